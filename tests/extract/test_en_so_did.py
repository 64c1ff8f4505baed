"""English "So did X, mayor of B in C.": the act told last, again, by B (to the same receiver)."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(body):
    text = "Mayors write to Nanjing\n\nNANJING -- " + body + "\n"
    out = extract_document(Document(doc_id="t", text=text, content_hash="x"))
    return [(e.type, tuple(a.key for a in e.from_), tuple(a.key for a in e.to)) for e in out.events]


def test_so_did_another_mayor():
    got = _events("Karl Weber, mayor of Graz in Austria, sent a letter of condolence to the people of Nanjing. "
                  "So did Jan Novak, mayor of Brno in the Czech Republic.")
    assert ("message", ("AT/Graz",), ("CN/Nanjing",)) in got
    assert ("message", ("CZ/Brno",), ("CN/Nanjing",)) in got


def test_so_did_many_others_names_no_one():
    got = _events("Karl Weber, mayor of Graz in Austria, sent a letter of condolence to the people of Nanjing. "
                  "So did many others.")
    assert got == [("message", ("AT/Graz",), ("CN/Nanjing",))]
