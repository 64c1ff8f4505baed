"""English: "Y doctors took part in an online meeting arranged by Z, during which experts from X shared their
experience with A, B and C": the relative clause tells the sides - X shared, the places listed after "with" heard."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _meetings(*paras, published="2020-05-20"):
    out = extract_document(Document(doc_id="t", text="\n\n".join(paras), content_hash="x", published=published))
    return [([a.key for a in e.from_], sorted(a.key for a in e.to)) for e in out.events if e.type == "consultation"]


def test_joined_a_conference_in_which_experts_shared():
    got = _meetings("On May 5, Samoan doctors took part in an online meeting arranged by China's foreign ministry, "
                    "during which experts from Fujian shared their experience with health officials from Samoa, Tonga "
                    "and Fiji.")
    assert got == [(["CN/Fujian"], ["FJ", "TO", "WS"])]
