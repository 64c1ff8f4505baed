"""A first-level division told with another unit word than the gazetteer's keeps the gazetteer's key."""
from cityaid.resolve.english import find_actors_en


def _keys(text):
    return [(m.surface, m.key) for m in find_actors_en(text, None)]


def test_region_told_for_oblast():
    assert ("Amur Region", "RU/Amur Oblast") in _keys("Last week the Amur Region shipped 3,000 gowns to Harbin.")


def test_lower_case_region_after_country():
    assert any(k == "RU/Amur Oblast" for _s, k in _keys("Doctors in Russia's Amur region met by video on Friday."))
