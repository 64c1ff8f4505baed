"""A second-level division (a Scottish council area) named by its name alone (sentences written for these tests)."""

from cityaid.resolve.english import find_actors_en


def keys(text):
    return [(m.surface, m.key) for m in find_actors_en(text, None)]


def test_a_council_area_where_the_page_names_its_country_division():
    text = ("Moray has taken delivery of 6,500 gloves sent by the city of Nanchang. "
            "The shipment reached Moray through a Scotland-based friendship society, and the council thanked "
            "Nanchang on behalf of everyone in Moray.")
    assert ("Moray", "GB/Moray") in keys(text)


def test_a_council_area_is_not_read_where_nothing_names_its_country():
    text = "The shipment reached Moray on Tuesday, and Moray staff unpacked it."
    assert not any(k == "GB/Moray" for _s, k in keys(text))
