"""English: a meeting told in the passive with only the side met named ("another such online meeting was held
with staff from B") is held by the one who held the meeting told before, not by that meeting's partner."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _meetings(*paras, published="2020-05-20"):
    out = extract_document(Document(doc_id="t", text="\n\n".join(paras), content_hash="x", published=published))
    return [([a.key for a in e.from_], [a.key for a in e.to]) for e in out.events if e.type == "consultation"]


def test_similar_link_held_with():
    got = _meetings("On April 2, Hubei's health experts held an online meeting with doctors from Gifu Prefecture in "
                    "Japan about testing.",
                    "On April 9, another such online meeting was held with health staff from Gyeonggi Province in "
                    "South Korea.")
    assert got == [(["CN/Hubei"], ["JP/Gifu"]), (["CN/Hubei"], ["KR/Gyeonggi"])]
