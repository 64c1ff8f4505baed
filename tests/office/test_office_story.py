"""End to end: an office's records of one gift, beside two press reports, become one fact in the pair answer."""
from __future__ import annotations

import io

from office_story import POEM, press_doc, run_story

from cityaid.ledger.office_sql import OfficeStore, record_events
from cityaid.merge import merge_ledger
from cityaid.office import state as st
from cityaid.office.matching import needs, unmet
from cityaid.office.partners import export_csv, import_csv, is_partner_pair
from cityaid.report import pair_report


def test_story_end_to_end(ledger, office, users):
    zj = users["zj"]
    # two outlets printed a slightly different figure; the record's count must win
    ledger.store(*press_doc("paper-a.txt", 20050, source="Paper A"))
    ledger.store(*press_doc("paper-b.txt", 20050, "2020-03-11", source="Paper B"))
    merge_ledger(ledger)
    import_csv(ledger, io.StringIO("a,b,kind,since,source\n镇江,曼海姆,友好城市,2004-10-21,registry\n"))
    r = run_story(office, zj)

    ship = office.get(zj, r["shipment"].id)
    assert ship.status == "partly_received" and ship.state["closed"] is True
    line = ship.state["lines"][0]
    assert (line["sent"], line["received"], line["damaged"], line["returned"]) == (20000, 18000, 0, 0)
    assert ship.state["inscription"] == POEM
    req = office.get(zj, r["request"].id)
    assert req.status == "partly_met" and req.state["received"] == {"mask": 18000}
    assert office.get(zj, r["pledge"].id).status == "shipped"
    # unmet: 2,000 masks still missing for Mannheim
    rows = unmet(office, zj)
    assert [(x["partner"], x["item"], x["missing"]) for x in rows] == [("DE/Mannheim", "mask", 2000)]
    assert needs(office, zj)[0]["lines"][0]["pledged"] == 20000

    # unpublished: the ledger does not show it yet
    assert not any(d.doc_id.startswith("office:") for d in ledger.iter_documents())
    for k in ("shipment", "ack", "meeting"):
        office.publish(zj, r[k].id)
    rep = pair_report(ledger.facts(actor="CN/Zhenjiang", include_sub=True), "CN/Zhenjiang", "DE/Mannheim")
    assert len(rep["a_to_b"]) == 1, rep["a_to_b"]
    gift = rep["a_to_b"][0]
    assert gift["items"][0]["quantity"] == 20000 and gift["items"][0]["received"] == 18000
    assert gift["date"] == "2020-03-10" and gift["sources"] == 3
    assert gift["partners"]["kind"] == "友好城市" and rep["partners"]["since"] == "2004-10-21"
    assert rep["exchanges"] == {"message b_to_a": 1, "consultation a_to_b": 1}
    fact = ledger.fact(gift["fact"])
    docs = {s["doc"] for s in fact.fact["sources"]}
    assert docs == {"paper-a.txt", "paper-b.txt", f"office:shipment:{r['shipment'].id}"}
    assert any(d["field"] == "items.mask" for d in fact.disagreements)  # the papers' 20,050 stays visible
    assert is_partner_pair(ledger, "CN/Zhenjiang/Jingkou", "DE/Mannheim")
    assert not is_partner_pair(ledger, "CN/Wuxi", "DE/Mannheim")
    assert "镇江" not in export_csv(ledger) and "CN/Zhenjiang,DE/Mannheim,友好城市" in export_csv(ledger)


def test_state_is_the_fold_of_the_events(ledger, office, users):
    r = run_story(office, users["zj"])
    with OfficeStore(ledger.engine).tx() as s:
        for rec in r.values():
            cached = office.get(users["admin"], rec.id)
            evs = record_events(s, rec.id)
            assert [e.seq for e in evs] == list(range(1, cached.version + 1))
            assert st.fold((e.action, e.data, e.why) for e in evs) == cached.state
            assert all(e.who == "zj" for e in evs)
    hist = office.history(users["zj"], r["shipment"].id)
    assert [e.action for e in hist] == ["create", "status", "receive", "acknowledge"]
    assert hist[2].why == "2,000 held at customs"
