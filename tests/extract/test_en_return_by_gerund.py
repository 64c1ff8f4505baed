"""A favour returned "by sending/giving ...": the gerund after "by" tells how the subject acted; the subject gave
(sentences written for this test)."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _gifts(*paras):
    doc = Document(doc_id="t", content_hash="x", published="2020-05-02", text="\n\n".join(paras))
    return [(e.from_[0].key if e.from_ else None, [a.key for a in e.to]) for e in extract_document(doc).events
            if e.type == "donation"]


def test_returned_the_favour_by_sending():
    assert ("CN/Fujian", ["NZ/Tauranga"]) in _gifts(
        "Fujian later returned the favour by sending 6,000 surgical masks to Tauranga in April.")


def test_repaid_the_gesture_by_giving_after_an_earlier_gift():
    got = _gifts("In February Tauranga sent 1,500 masks to Xiamen.",
                 "Fujian later repaid the gesture by giving the Tauranga community 6,000 surgical masks.")
    assert ("NZ/Tauranga", ["CN/Xiamen"]) in got and ("CN/Fujian", ["NZ/Tauranga"]) in got


def test_a_passive_agent_after_by_is_still_the_giver():
    assert ("CN/Fujian", ["NZ/Tauranga"]) in _gifts("6,000 surgical masks were sent by Fujian to Tauranga in April.")
