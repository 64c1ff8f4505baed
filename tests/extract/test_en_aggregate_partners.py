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


def test_partners_named_in_the_totals_own_clause_among_them():
    got = _events("Aid round-up\n"
                  "Chengdu's foreign affairs office says it has shipped medical supplies to 35 sister and friendly "
                  "cities across 28 countries, Perth among them.\n")
    assert any(t == "aggregate" and f == ("CN/Chengdu",) and to == ("AU/Perth",) for t, f, to, _n in got)


def test_partners_named_in_the_totals_own_clause_among_the_latest():
    got = _events("Aid round-up\n"
                  "Officials in Nanning said the city had by then sent supplies to 12 of its 19 foreign partner "
                  "cities, with Penang and Da Nang among the latest.\n")
    assert any(t == "aggregate" and set(to) == {"MY/Penang", "VN/Da Nang"} for t, _f, to, _n in got)


def test_odd_count_of_partners_is_more_than_the_round_figure():
    text = "Hunan had received donations from 40-odd foreign partners worth about 9 million yuan in total."
    [q] = [q for q in find_quantities_en(text) if q.kind == "partners"]
    assert q.value == 40 and q.qualifier == "over"
