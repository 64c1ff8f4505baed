"""English: 'the county' is the place just named with the unit word after its name ('Anji County')."""
from cityaid.resolve.english import find_actors_en, publisher_place_en


def test_the_county_is_the_county_named_with_its_unit_word_after():
    text = "Avellino, partner of Anji County in Zhejiang Province, got gowns sent by the county."
    pub = publisher_place_en("Zhejiang news", "Zhejiang news", text)
    ref = next((m for m in find_actors_en(text, pub) if m.surface == "the county"), None)
    assert ref is not None and ref.key == "CN/Huzhou/Anji"
