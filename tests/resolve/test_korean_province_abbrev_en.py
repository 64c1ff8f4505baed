"""Korean provinces shortened the way headlines write them, N./S. for North/South (sentences written here)."""

from cityaid.resolve.english import find_actors_en


def keys(text):
    return [(m.surface, m.key) for m in find_actors_en(text, None)]


def test_north_and_south_shortened():
    assert ("S. Gyeongsang", "KR/South Gyeongsang") in keys("S. Gyeongsang sends gloves to Guangxi partners")
    assert ("N. Jeolla", "KR/North Jeolla") in keys("Hubei thanks N. Jeolla for its masks")
