"""The Review service: decisions, their log, optimistic locking, evidence checks, access, and the ledger's view."""
from __future__ import annotations

import pytest

from cityaid.review import Conflict, Forbidden, InvalidEvidence, NotFound, ReviewError
from review_story import MISSED, TEXT, story_document, story_events


def _by_type(doc, type_):
    return [e for e in doc.events if e.event["type"] == type_]


def test_doc_lists_events_with_stable_ids_and_spans(review, stored, users):
    d = review.doc(users["viewer"], stored)
    assert d.text == TEXT and len(d.events) == 4
    assert all(e.state == "pending" and e.version == 1 and not e.reviewed for e in d.events)
    for e in d.events:
        s, t = e.span
        assert TEXT[s:t] == e.event["evidence"]
        assert e.ledger_event_id is not None
    assert [e.span[0] for e in d.events] == sorted(e.span[0] for e in d.events)
    assert review.doc(users["admin"], stored).events[0].can_decide
    assert not review.doc(users["viewer"], stored).events[0].can_decide


def test_accept_reject_fix_add_and_the_ledger_follows(review, ledger, stored, users):
    admin = users["admin"]
    d = review.doc(admin, stored)
    gift, letter, call = _by_type(d, "donation")[0], _by_type(d, "message")[0], _by_type(d, "consultation")[0]
    plan = _by_type(d, "donation")[1]

    a = review.accept(admin, gift.id, seen_version=gift.version, why="checked")
    assert (a.state, a.version, a.who) == ("accepted", 2, "ada")
    r = review.reject(admin, plan.id, "plan", seen_version=plan.version)
    assert (r.state, r.reason, r.ledger_event_id) == ("rejected", "plan", None)
    f = review.fix(admin, letter.id, {"date": "2020-04-05", "items": ["mask:300:piece"]}, seen_version=1)
    assert f.state == "fixed" and f.event["date"] == {"value": "2020-04-05", "qualifier": "on"}
    assert f.event["items"] == [{"item": "mask", "quantity": 300, "unit": "piece"}]
    added = review.add(admin, stored, {"type": "donation", "from": "KR/Cheongju", "to": "CN/Taizhou",
                                       "date": "2020-02-10", "items": ["口罩:10000:piece"], "evidence": MISSED})
    assert added.state == "added" and TEXT[added.span[0]:added.span[1]] == MISSED
    assert added.event["items"][0]["item"] == "mask"

    held = {r.event["evidence"]: r.event for r in ledger.iter_events(doc_id=stored)}
    assert len(held) == 4  # the plan is out, the missed gift in
    assert "本市还计划向意大利帕多瓦市提供防护物资" not in held
    assert held[MISSED]["reviewed"] == "added"
    assert held[letter.event["evidence"]]["date"]["value"] == "2020-04-05"
    assert held[gift.event["evidence"]]["reviewed"] == "accepted"
    assert "reviewed" not in held[call.event["evidence"]]  # nobody decided on it
    reviewed = list(ledger.facts(reviewed=True))
    assert {f.fact["evidence"] for f in reviewed} == {gift.event["evidence"], letter.event["evidence"], MISSED}
    assert all(f.fact["reviewed"] is True for f in reviewed)
    assert len(list(ledger.facts())) == 4


def test_every_decision_is_an_appended_record(review, stored, users):
    admin = users["admin"]
    e = review.doc(admin, stored).events[0]
    review.fix(admin, e.id, {"date": "2020-04-02"}, why="the report's date is the arrival")
    review.reject(admin, e.id, "same_as", same_as=review.doc(admin, stored).events[1].id, why="dup")
    review.accept(admin, e.id)
    h = review.history(admin, e.id)
    assert [x.action for x in h] == ["fix", "reject", "accept"]
    assert [x.seq for x in h] == [1, 2, 3]
    assert h[0].why == "the report's date is the arrival" and h[0].who == "ada" and h[0].data["set"]
    assert h[1].data["reason"] == "same_as" and h[1].data["same_as"]
    now = review.event(admin, e.id)
    assert now.state == "fixed" and now.event["date"]["value"] == "2020-04-02"  # accepted as fixed


def test_stale_version_is_a_conflict_and_stores_nothing(review, stored, users):
    admin = users["admin"]
    e = review.doc(admin, stored).events[0]
    review.accept(admin, e.id, seen_version=1)
    with pytest.raises(Conflict) as err:
        review.reject(admin, e.id, "plan", seen_version=1)
    assert (err.value.expected, err.value.current) == (1, 2)
    assert review.event(admin, e.id).state == "accepted"
    assert len(review.history(admin, e.id)) == 1


@pytest.mark.parametrize("changes, reason", [
    ({"evidence": "这句话不在报道里"}, "not_in_document"),
    ({"evidence": "   "}, "empty"),
    ({"evidence_span": [5, 99999]}, "out_of_range"),
    ({"evidence_span": [0, 4], "evidence": "本市向友好城市"}, "span_mismatch"),
])
def test_evidence_must_be_a_verbatim_span(review, stored, users, changes, reason):
    e = review.doc(users["admin"], stored).events[0]
    with pytest.raises(InvalidEvidence) as err:
        review.fix(users["admin"], e.id, changes)
    assert err.value.reason == reason
    assert review.event(users["admin"], e.id).state == "pending"


def test_a_span_sets_the_evidence(review, stored, users):
    e = review.doc(users["admin"], stored).events[1]
    start = TEXT.index("奥格斯堡市市长致信")
    f = review.fix(users["admin"], e.id, {"evidence_span": [start, start + 9]})
    assert f.event["evidence"] == "奥格斯堡市市长致信" and f.span == (start, start + 9)


@pytest.mark.parametrize("changes", [{"type": "gift"}, {"date": "April"}, {"items": ["mask:many"]},
                                     {"to": "一个不存在的地方xyz"}, {"money": ["100"]}])
def test_bad_fields_are_refused_with_a_reason(review, stored, users, changes):
    e = review.doc(users["admin"], stored).events[0]
    with pytest.raises(ReviewError):
        review.fix(users["admin"], e.id, changes)


def test_access_viewer_other_editor_own_editor(review, stored, users):
    e = review.doc(users["admin"], stored).events[0]
    with pytest.raises(Forbidden):
        review.accept(users["viewer"], e.id)
    with pytest.raises(Forbidden):
        review.accept(users["wx"], e.id)
    with pytest.raises(Forbidden):
        review.doc(users["off"], stored)
    with pytest.raises(Forbidden):
        review.doc(None, stored)
    with pytest.raises(Forbidden):  # an editor cannot move an event out of its places
        review.fix(users["tz"], e.id, {"from": "CN/Wuxi", "to": "DE/Augsburg"})
    with pytest.raises(Forbidden):
        review.add(users["wx"], stored, {"type": "donation", "from": "KR/Cheongju", "to": "CN/Taizhou",
                                         "evidence": MISSED})
    assert review.accept(users["tz"], e.id).state == "accepted"
    assert review.add(users["tz"], stored, {"type": "donation", "from": "KR/Cheongju", "to": "CN/Taizhou",
                                            "evidence": MISSED}).state == "added"


def test_unknown_ids(review, stored, users):
    with pytest.raises(NotFound):
        review.accept(users["admin"], 99999)
    with pytest.raises(NotFound):
        review.doc(users["admin"], "nope.txt")
    with pytest.raises(NotFound):
        review.add(users["admin"], "nope.txt", {"type": "message", "evidence": "x"})
    with pytest.raises(ReviewError):
        review.reject(users["admin"], review.doc(users["admin"], stored).events[0].id, "")


def _export(review):
    import io

    from cityaid.review.gold import export_gold

    buf = io.StringIO()
    export_gold(review, buf)
    return buf.getvalue()


def test_decisions_survive_a_new_reading(review, ledger, stored, users):
    """Re-extraction that reads differently: a rejected event stays rejected, fixed/added stay the person's,
    a decision with nothing to attach to becomes an orphan that still counts."""
    from cityaid.merge import merge_pending

    admin = users["admin"]
    d = review.doc(admin, stored)
    gift, letter, call = _by_type(d, "donation")[0], _by_type(d, "message")[0], _by_type(d, "consultation")[0]
    plan = _by_type(d, "donation")[1]
    review.accept(admin, gift.id)
    review.reject(admin, plan.id, "plan")
    review.fix(admin, call.id, {"date": "2020-04-09"})
    review.add(admin, stored, {"type": "donation", "from": "KR/Cheongju", "to": "CN/Taizhou", "evidence": MISSED})
    before = _export(review)

    # the new extractor reads the gift with another date, reads the plan again, no longer reads the call,
    # now reads the missed gift itself, and still reads the letter
    from review_story import READINGS, story_events
    gift_r, letter_r, call_r, plan_r = READINGS
    new = [(gift_r[0], gift_r[1], gift_r[2], "2020-04-01", gift_r[4], gift_r[5]), letter_r, plan_r,
           ("donation", [{"key": "KR/Cheongju", "name": "清州市"}], [{"key": "CN/Taizhou", "name": "本市"}],
            "2020-02-10", [("mask", 10000, "piece")], MISSED)]
    doc = story_document()
    assert ledger.store(doc, None, story_events(readings=new), force=True) == "replaced"
    merge_pending(ledger)

    assert _export(review) == before
    after = {e.id: e for e in review.doc(admin, stored).events}
    assert after[gift.id].state == "accepted" and after[gift.id].event["date"]["value"] == "2020-04-03"
    assert after[gift.id].extracted["date"]["value"] == "2020-04-01"
    assert after[plan.id].state == "rejected" and after[plan.id].ledger_event_id is None
    assert after[letter.id].state == "pending" and after[letter.id].id == letter.id  # ids kept
    assert after[call.id].orphan and after[call.id].state == "fixed"
    assert [o.id for o in review.orphans(admin)] == [call.id]
    assert [h.action for h in review.history(admin, call.id)] == ["fix", "orphan"]
    held = [r.event for r in ledger.iter_events(doc_id=stored)]
    assert len(held) == 4  # gift (person's), letter, missed gift (added, read now), the orphaned call; plan out
    assert sum(1 for e in held if e["evidence"] == MISSED) == 1
    assert any(e["type"] == "consultation" and e["date"]["value"] == "2020-04-09" for e in held)

    # and back: the call is read again -> attached, no longer an orphan
    ledger.store(doc, None, story_events(), force=True)
    assert not review.event(admin, call.id).orphan
    assert review.orphans(admin) == []
    assert _export(review) == before


def test_unchanged_document_is_not_rewritten_without_force(review, ledger, stored, users):
    e = review.doc(users["admin"], stored).events[0]
    review.accept(users["admin"], e.id)
    doc = story_document()
    assert ledger.store(doc, None, story_events()) == "unchanged"
    assert review.event(users["admin"], e.id).version == 2


def test_queue_orders_unsure_first_and_drops_decided(review, stored, users):
    q = review.queue(users["admin"])
    assert q and q[0].score >= q[-1].score
    plan = [x for x in q if x.kind == "unsure" and x.event_id is not None]
    assert plan
    worst = plan[0]
    assert review.next_doc(users["admin"]) == stored
    assert review.next_doc(users["admin"], after=stored) is None
    review.reject(users["admin"], worst.event_id, "plan")
    assert worst.event_id not in {x.event_id for x in review.queue(users["admin"])}
    assert review.queue(users["wx"]) == []  # nothing of Wuxi's here
    assert all(x.to_dict()["reason"] for x in q)


def test_published_office_records_are_not_reviewed_here(review, ledger, users):
    from dataclasses import replace as dc_replace

    doc = dc_replace(story_document(), doc_id="office:letter:7")
    ledger.store(doc, None, story_events(doc.text))
    e = review.doc(users["admin"], "office:letter:7").events[0]
    with pytest.raises(ReviewError):
        review.accept(users["admin"], e.id)
    with pytest.raises(ReviewError):
        review.add(users["admin"], "office:letter:7", {"type": "message", "evidence": MISSED})
    assert all(not q.doc_id.startswith("office:") for q in review.queue(users["admin"]))


def test_ledger_event_ids_stay_through_decisions_and_new_readings(review, ledger, stored, users):
    """Links to /event/{id} and merge/split decisions name events.id: a review keeps them."""
    admin = users["admin"]
    before = {e.id: e.ledger_event_id for e in review.doc(admin, stored).events}
    d = review.doc(admin, stored)
    review.accept(admin, d.events[0].id)
    review.fix(admin, d.events[1].id, {"date": "2020-04-05"})
    review.reject(admin, d.events[3].id, "plan")
    after = {e.id: e.ledger_event_id for e in review.doc(admin, stored).events}
    assert after[d.events[3].id] is None
    assert all(after[k] == v for k, v in before.items() if k != d.events[3].id)
    assert {r.id for r in ledger.iter_events(doc_id=stored)} == {v for k, v in before.items() if k != d.events[3].id}
    ledger.store(story_document(), None, story_events(), force=True)
    again = {e.id: e.ledger_event_id for e in review.doc(admin, stored).events}
    assert again == after


def test_adding_twice_after_the_last_stored_document(review, ledger, stored, users):
    """New rows beside kept ids: the database's next id must not be one of the ids kept (found by the property)."""
    admin = users["admin"]
    s, e = TEXT.index(MISSED), TEXT.index(MISSED) + len(MISSED)
    review.add(admin, stored, {"type": "donation", "from": "KR/Cheongju", "to": "CN/Taizhou", "evidence_span": [s, e]})
    review.add(admin, stored, {"type": "message", "from": "KR/Cheongju", "to": "CN/Taizhou", "evidence_span": [s, e]})
    assert len(list(ledger.iter_events(doc_id=stored))) == 6


def test_listings_limited_to_reviewed(review, ledger, stored, users):
    from cityaid.ledger import web_queries as wq

    d = review.doc(users["admin"], stored)
    review.accept(users["admin"], d.events[0].id)
    only = wq.WebFilters(reviewed=True)
    facts = wq.facts_page(ledger, only)
    assert len(facts) == 1 and facts[0].fact["reviewed"] is True
    assert wq.count_facts(ledger, wq.WebFilters()) == 4
    assert [e.id for e in wq.events_page(ledger, only)] == [d.events[0].ledger_event_id]
    assert sum(g["n"] for g in wq.overview_groups(ledger, only)) == 1
    assert [f.id for f in wq.answer_facts(ledger, "CN/Taizhou", reviewed=True)] == [facts[0].id]
    assert wq.answer_facts(ledger, "CN/Taizhou", reviewed=True)[0].fact["reviewed"]


def test_the_same_reading_again_moves_no_version(review, ledger, stored, users):
    ledger.store(story_document(), None, story_events(), force=True)
    assert [e.version for e in review.doc(users["admin"], stored).events] == [1, 1, 1, 1]
