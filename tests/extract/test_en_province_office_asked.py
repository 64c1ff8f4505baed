"""A request to a province's office in its capital ('the provincial Foreign Affairs Office in Harbin', 'the
Foreign Affairs Office in Harbin, whether the province could spare ...') is a request to the province."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _requests(*paras):
    text = "\n\n".join(paras) + "\n"
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published="2020-05-11"))
    return [(e.from_[0].key if e.from_ else None, [a.key for a in e.to]) for e in out.events if e.type == "request"]


def test_office_in_capital_asked_whether_the_province_could_help():
    got = _requests("Sichuan gowns for Michigan",
                    "LANSING -- Sichuan, Michigan's sister province, has sent 4,000 gowns to Michigan.",
                    "The gift came from a note sent in March by John Doe, exchange officer at a Michigan college, "
                    "who asked the Foreign Affairs Office in Chengdu whether the province could spare gowns for "
                    "Michigan.")
    assert got and all(to == ["CN/Sichuan"] for _, to in got)


def test_provincial_office_emailed_in_capital():
    got = _requests("Sichuan gowns for Michigan",
                    "LANSING -- Sichuan, Michigan's sister province, has sent 4,000 gowns to Michigan.",
                    "John Doe, the exchange officer at the University of Michigan-Flint, emailed the provincial "
                    "Foreign Affairs Office in Chengdu asking if the province could spare any gowns for the state.")
    assert got and all(to == ["CN/Sichuan"] for _, to in got)
