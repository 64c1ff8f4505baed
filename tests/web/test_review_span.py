"""The add form's prefill (the extractor reading a selected span) and the review forms' parsing."""
from __future__ import annotations

import pytest

from cityaid.model import Document
from cityaid.office import OfficeError
from cityaid.web.review_routes import changed, event_fields, form_values, parse_items, parse_money
from cityaid.web.review_span import _blank_outside, read_span

from review_support import DOCS, MISSED, WX_DOC, ZJ_DOC, build_ledger, client, login

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
TEXT = DOCS[ZJ_DOC]


def _doc(text: str = TEXT) -> Document:
    return Document(doc_id=ZJ_DOC, text=text, content_hash="x")


def test_blanking_keeps_offsets_the_head_and_the_selection():
    s = TEXT.index("4月10日")
    e = TEXT.index("帮助") + 2
    out = _blank_outside(TEXT, s, e)
    assert len(out) == len(TEXT) and out.count("\n") == TEXT.count("\n")
    assert out[s:e] == TEXT[s:e]
    assert "镇江市外办消息" in out and "2020-04-12" in out  # headline and dateline stay
    assert "4月8日" not in out and "2019年5月" not in out


def test_read_span_offers_what_the_extractor_reads_there():
    s = TEXT.index("4月8日")
    e = TEXT.index("防护服") + 3
    got = read_span(_doc(), s, e)
    assert got["evidence"] == TEXT[s:e] and got["evidence_span"] == [s, e]
    ev = got["events"][0]
    assert ev["type"] == "donation" and ev["evidence"] == TEXT[s:e] and ev["evidence_span"] == [s, e]
    assert [a["key"] for a in ev["from"]] == ["CN/Zhenjiang"] and [a["key"] for a in ev["to"]] == ["DE/Mannheim"]
    assert ev["date"]["value"] == "2020-04-08"  # the dateline's year, kept in the head
    assert {(i["item"], i["quantity"]) for i in ev["items"]} == {("mask", 30000), ("protective_suit", 200)}


def test_read_span_with_nothing_to_read_still_gives_the_words():
    s = TEXT.index(MISSED[ZJ_DOC])
    got = read_span(_doc(), s, s + len(MISSED[ZJ_DOC]))
    assert got["evidence"] == MISSED[ZJ_DOC] and isinstance(got["events"], list)


@pytest.mark.parametrize("start,end", [(-1, 5), (5, 5), (9, 3), (0, 10 ** 6)])
def test_read_span_refuses_a_selection_outside_the_text(start, end):
    with pytest.raises(ValueError):
        read_span(_doc(), start, end)


def test_read_span_refuses_blank_and_overlong_selections():
    with pytest.raises(ValueError, match="select some words"):
        read_span(_doc("a\n\n\n\nb"), 1, 4)
    with pytest.raises(ValueError, match="at most"):
        read_span(_doc("口" * 5000), 0, 4000)


def test_form_lines():
    assert parse_items("口罩 20,000 piece\nmask\n\ngoggles 500 pair") == [
        {"item": "口罩", "quantity": 20000, "unit": "piece"}, {"item": "mask", "quantity": None, "unit": None},
        {"item": "goggles", "quantity": 500, "unit": "pair"}]
    assert parse_money("50000 eur\n1.5 CNY") == [{"amount": 50000, "currency": "EUR"},
                                                 {"amount": 1.5, "currency": "CNY"}]
    with pytest.raises(OfficeError):
        parse_items("mask many")
    with pytest.raises(OfficeError):
        parse_money("50000")


def test_a_fix_sends_only_what_the_person_changed():
    event = {"type": "donation", "from": [{"key": "CN/Zhenjiang", "name": "镇江市"}],
             "to": [{"key": "DE/Mannheim", "name": "曼海姆市"}], "date": {"value": "2020-04-08", "qualifier": "on"},
             "items": [{"item": "mask", "quantity": 30000, "unit": "piece", "qualifier": "exact"}], "money": [],
             "evidence": "4月8日，镇江市为德国曼海姆市送去3万只口罩"}
    values = form_values(event)
    assert values["items"] == "mask 30000 piece" and values["from"] == "CN/Zhenjiang"
    assert changed(event_fields(values), event) == {}
    values.update(date="2020-04-09", items="mask 35000 piece")
    assert changed(event_fields(values), event) == {
        "date": {"value": "2020-04-09", "qualifier": "on"},
        "items": [{"item": "mask", "quantity": 35000, "unit": "piece"}]}


def test_read_endpoint(tmp_path):
    from cityaid.ledger import Ledger

    with Ledger(build_ledger(tmp_path)) as lg:
        c = client(lg)
        text = DOCS[WX_DOC]
        s = text.index("3月12日")
        assert c.get(f"/review/read?doc={WX_DOC}&start={s}&end={s + 10}").status_code == 401
        login(c, "wx")
        r = c.get(f"/review/read?doc={WX_DOC}&start={s}&end={text.index('口罩') + 2}")
        assert r.status_code == 200 and r.json()["events"][0]["type"] == "donation"
        assert c.get(f"/review/read?doc={WX_DOC}&start=5&end=999999").status_code == 422
        assert c.get(f"/review/read?doc=nope.txt&start=0&end=3").status_code == 404
