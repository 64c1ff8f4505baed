"""English: a video meeting held "with doctors from X in order to find out how ..." runs from X (whose experts share) to
the side that holds it to learn."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _meetings(*paras, published="2020-04-29"):
    out = extract_document(Document(doc_id="t", text="\n\n".join(paras), content_hash="x", published=published))
    return [([a.key for a in e.from_], [a.key for a in e.to]) for e in out.events if e.type == "consultation"]


def test_held_a_call_with_experts_to_learn_how():
    got = _meetings("NURSES from Kraków's university hospital held a video call on Tuesday with intensive-care "
                    "doctors from Chengdu, hoping to find out how Chengdu had organised its fever clinics.")
    assert got == [(["CN/Chengdu"], ["PL/Kraków"])] or got == [(["CN/Chengdu"], ["PL/Krakow"])]


def test_the_citys_people_held_it_to_learn():
    got = _meetings("DORTMUND - Nurses from the city's clinics and the council's health office held a video call "
                    "on Monday with doctors from Xuzhou, Dortmund's Chinese partner, in order to find out how Xuzhou had "
                    "brought its infections down.")
    assert got == [(["CN/Xuzhou"], ["DE/Dortmund"])]


def test_held_a_call_with_experts_to_share():
    got = _meetings("Doctors from Chengdu held a video call on Tuesday with nurses from Kraków's university "
                    "hospital, sharing how the city had organised its fever clinics.")
    assert got and got[0][0] == ["CN/Chengdu"]
