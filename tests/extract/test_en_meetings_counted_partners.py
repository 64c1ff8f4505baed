"""English: a meeting with a count of partners that are then all named ("with three of its sister cities -
A, B and C -", "with counterparts from three partner cities, A, B and C,") is one consultation with the named
partners, not a total; one that briefs "counterparts in A, B and C" has all of them on the other side; the
last name of such a list is a place even when written without its marks."""
from cityaid.model import Document
from cityaid.pipeline import extract_document
from cityaid.resolve.english import find_actors_en


def _events(*paras, published="2020-05-20"):
    out = extract_document(Document(doc_id="t", text="\n\n".join(paras), content_hash="x", published=published))
    return [(e.type, [a.key for a in e.from_], sorted(a.key for a in e.to)) for e in out.events]


def test_counted_partners_after_a_dash_are_one_meeting():
    got = _events("Kunming has held online talks with three of its partner cities - Tours, Rennes and Malmo - to "
                  "pass on what its hospitals learned about treating the virus.")
    assert got == [("consultation", ["CN/Kunming"], ["FR/Rennes", "FR/Tours", "SE/Malmö"])]


def test_counted_partners_in_commas_are_one_meeting():
    got = _events("Doctors from Kunming shared their know-how with colleagues from three partner cities, Tours, "
                  "Rennes and Malmo, over a video link on May 11.")
    assert got == [("consultation", ["CN/Kunming"], ["FR/Rennes", "FR/Tours", "SE/Malmö"])]


def test_briefed_counterparts_in_a_list():
    got = _events("During an online meeting on May 11, health officials from Kunming briefed their peers in Tours, "
                  "Rennes and Malmo on how the city traced contacts.")
    assert got == [("consultation", ["CN/Kunming"], ["FR/Rennes", "FR/Tours", "SE/Malmö"])]


def test_last_of_a_list_after_a_partner_word_is_a_place():
    keys = [m.key for m in find_actors_en("It keeps in touch with its sister cities: Tours, Rennes and Malmo.")]
    assert "SE/Malmö" in keys
    keys = [m.key for m in find_actors_en("It held talks with Tours, Rennes and Malmo, officials said.")]
    assert "SE/Malmö" in keys


def test_count_with_fewer_names_stays_a_total():
    got = _events("Kunming has held online talks with five of its partner cities - among them Tours and Rennes - "
                  "since March.")
    assert [t for t, _, _ in got] == ["aggregate"]
