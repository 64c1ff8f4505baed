"""English: a letter written to a side and asking it for help asks every partner listed after "to" (one
request with them all), and the partner named after "its sister city" is the one asked, not the asker."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _requests(*paras, published="2020-05-20"):
    out = extract_document(Document(doc_id="t", text="\n\n".join(paras), content_hash="x", published=published))
    return [([a.key for a in e.from_], sorted(a.key for a in e.to)) for e in out.events if e.type == "request"]


def test_wrote_to_a_list_asking():
    got = _requests("The mayor of Rennes wrote to Hefei, Jinan and Kunming on March 30 asking for help to find "
                    "ventilators.")
    assert got == [(["FR/Rennes"], ["CN/Hefei", "CN/Jinan", "CN/Kunming"])]


def test_letter_to_its_partner_city_asking():
    got = _requests("In March, Rennes sent a letter to its partner city Jinan asking for help finding ventilators.")
    assert got == [(["FR/Rennes"], ["CN/Jinan"])]


def test_letter_to_its_sister_cities_asking():
    got = _requests("In March, Rennes wrote to its sister cities Hefei and Jinan asking for help finding "
                    "ventilators.")
    assert got == [(["FR/Rennes"], ["CN/Hefei", "CN/Jinan"])]
