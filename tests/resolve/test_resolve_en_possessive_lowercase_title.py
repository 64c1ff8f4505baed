"""A place's head named with the title in lower case after the place's possessive ("Liguria's governor Paolo
Parma", "Rhone's president Marc Lincoln") is a titled person of that place: the surname is no town."""
from cityaid.model import Document
from cityaid.pipeline import extract_document
from cityaid.resolve.english import find_actors_en


def _events(text, published="2020-03-21"):
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published=published))
    return [(e.type, [a.key for a in e.from_], [a.key for a in e.to]) for e in out.events]


def test_surname_after_lowercase_title_is_no_town():
    ms = find_actors_en("Liguria's governor Paolo Parma said on Thursday that the region was grateful to China.")
    assert "IT/Parma" not in [m.key for m in ms]
    person = next(m for m in ms if m.surface.endswith("Paolo Parma"))
    assert person.key == "IT/Liguria"


def test_thanks_of_the_head_go_from_the_region():
    got = _events("Experts arrive in Italy\n\nA team of 12 doctors from Zhejiang arrived in Genoa on Wednesday "
                  "with ventilators and masks.\n\nLiguria's governor Paolo Parma said on Thursday that the region "
                  "was grateful to China.")
    assert ("message", ["IT/Liguria"], ["CN"]) in got


def test_town_after_possessive_without_title_is_still_a_town():
    ms = find_actors_en("Liguria's port of Genoa received 5,000 masks from Shanghai.")
    assert "IT/Genoa" in [m.key for m in ms]
