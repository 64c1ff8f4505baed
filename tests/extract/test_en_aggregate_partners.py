"""English totals over partners counted with their country ("to 14 Italian regions", "to at least 20 U.S.
states"): the partners' side is that country."""
from cityaid.extract.en_quantities import find_quantities_en
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(text):
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published="2020-05-10"))
    return [(e.type, tuple(a.key for a in e.from_), tuple(a.key for a in e.to), e.partners_count) for e in out.events]


def test_abbreviated_country_between_figure_and_partners():
    text = "Gifts went to at least 20 U.S. states in April."
    assert [q.kind for q in find_quantities_en(text)] == ["partners"]


def test_total_to_regions_of_a_country():
    got = _events("Aid round-up\n"
                  "Zhejiang has sent medical supplies to 14 Italian regions since early March, the provincial "
                  "government said on Friday.\n")
    assert ("aggregate", ("CN/Zhejiang",), ("IT",), 14) in got


def test_total_to_states_of_a_country():
    got = _events("Aid round-up\n"
                  "Japanese prefectures have donated more than 2 million masks to at least 20 U.S. states, the "
                  "embassy said.\n")
    assert any(t == "aggregate" and to == ("US",) and n == 20 for t, _f, to, n in got)
