"""English: a body "based" in a place stands for that place ("the Lyon-based ... club"), and the common word
that ends a body's name after "of" ("Chamber of Commerce") is not a town."""
from cityaid.model import Document
from cityaid.pipeline import extract_document
from cityaid.resolve.english import find_actors_en


def test_x_based_names_the_place():
    got = [(m.surface, m.key) for m in find_actors_en("A Vienna-based trading house shipped gloves to Kunming.")]
    assert ("Vienna", "AT/Vienna") in got


def test_chamber_of_commerce_is_no_town():
    got = [m.key for m in find_actors_en("The Spanish Chamber of Commerce sent gowns to Shanghai.")]
    assert "US/Commerce" not in got


def test_based_body_gives_for_its_place():
    text = ("Gloves for Xi'an\n"
            "In March, the Vienna-based Austrian Chinese Business Association of Commerce donated 40,000 gloves "
            "to Xi'an.\n")
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published="2020-04-01"))
    assert [(e.from_[0].key, e.to[0].key) for e in out.events if e.type == "donation"] == [("AT/Vienna", "CN/Xi'an")]


def test_a_demonym_body_after_a_place_is_that_place():
    ms = find_actors_en("Last month the Calgary Chinese Cultural Association shipped 400 gowns to Harbin.")
    assert [(m.surface, m.key) for m in ms if m.surface == "Chinese"] == [("Chinese", "CA/Calgary")]


def test_immigrants_in_a_place_are_that_place():
    ms = find_actors_en("In March, Chinese immigrants in Florence had sent 9,000 masks to Hangzhou.")
    assert [(m.surface, m.key) for m in ms if m.surface == "Chinese"] == [("Chinese", "IT/Florence")]


def test_a_state_adjective_is_the_state():
    ms = find_actors_en("The Western Australian Government and South Australian firms sent 700 gowns to Ningbo.")
    assert [m.key for m in ms if m.key.startswith("AU")] == ["AU/Western Australia", "AU/South Australia"]
