"""English: an act told by its noun whose own verb says it is still to come is no event: "A video call with
X's doctors is planned for July", and a council's motion in the mandative form ("resolved that a letter of
thanks be sent to the Mayor of X", "THAT a letter of thanks be sent on behalf of Council to ...")."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(*paras, published="2020-05-12"):
    text = "\n\n".join(("Masks from a sister city",) + paras)
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published=published))
    return [(e.type, [a.key for a in e.from_], [a.key for a in e.to]) for e in out.events]


def test_call_planned_for_a_month_is_no_consultation():
    got = _events("Perth received 8,000 masks from its sister city Nanjing on Monday, officials said.",
                  "A video call with Nanjing nurses is planned for July.")
    assert [g for g in got if g[0] == "consultation"] == []


def test_call_held_is_still_a_consultation():
    got = _events("Perth received 8,000 masks from its sister city Nanjing on Monday, officials said.",
                  "On Tuesday a video call with Nanjing nurses was held at Perth's town hall.")
    assert any(g[0] == "consultation" for g in got)


def test_minutes_resolved_letter_be_sent_is_no_message():
    got = _events("Perth received 12,000 masks from its sister city Nanjing on 4 May, officials said.",
                  "On the motion of Cllr. P. Walsh, seconded by Cllr. T. Ryan, it was resolved that a letter of "
                  "thanks be sent to the Mayor of Nanjing on behalf of the Council.")
    assert [g for g in got if g[0] == "message"] == []


def test_motion_clause_letter_be_sent_is_no_message():
    got = _events("Perth received 12,000 masks from its sister city Nanjing on 4 May, officials said.",
                  "THAT a letter of thanks be sent on behalf of Council to the Mayor of Nanjing.")
    assert [g for g in got if g[0] == "message"] == []


def test_letter_of_thanks_sent_is_a_message():
    got = _events("Perth received 12,000 masks from its sister city Nanjing on 4 May, officials said.",
                  "On 6 May Perth's Lord Mayor sent a letter of thanks to the Mayor of Nanjing.")
    assert [g for g in got if g[0] == "message"] != []
