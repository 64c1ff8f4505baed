"""English: "had received letters and videos of support from N partner cities" tells messages received (the
verb of receiving with letters or videos as its object, no message word of its own), here a tally over counted
partners: an aggregate to the receiver."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(*paras, published="2020-04-09"):
    text = "\n\n".join(("Sister cities and the outbreak",) + paras)
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published=published))
    return [(e.type, [a.key for a in e.from_], [a.key for a in e.to]) for e in out.events]


def test_letters_and_videos_received_from_counted_partners_is_an_aggregate():
    got = _events("Perth received 8,000 masks from Nanjing on Monday.",
                  "As of April 2, Nanjing had received letters and videos of support from 25 sister and friendship "
                  "cities, officials said.")
    assert ("aggregate", [], ["CN/Nanjing"]) in got


def test_goods_received_stay_a_gift():
    got = _events("On Monday Perth received 8,000 masks and a letter from Nanjing.")
    assert ("donation", ["CN/Nanjing"], ["AU/Perth"]) in got
