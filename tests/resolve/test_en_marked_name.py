"""A place written with marks the gazetteer's English name lacks (sentences written for these tests)."""

from cityaid.resolve.english import find_actors_en


def keys(text):
    return [(m.surface, m.key) for m in find_actors_en(text, None)]


def test_a_macron_name_takes_the_gazetteer_key_without_marks():
    got = keys("Officials in Taupō thanked Jiangxi for the 700 masks.")
    assert ("Taupō", "NZ/Taupo") in got


def test_a_plain_name_is_unchanged():
    got = keys("Officials in Taupo thanked Jiangxi for the 700 masks.")
    assert ("Taupo", "NZ/Taupo") in got
