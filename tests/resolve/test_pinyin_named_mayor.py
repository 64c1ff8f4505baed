"""A mayor with a Chinese name in pinyin, on a foreign town's page, is the mayor of the Chinese city the page
names, not of the page's town (sentences written for these tests)."""

from cityaid.resolve.english import find_actors_en, publisher_place_en


def people(text, title):
    pub = publisher_place_en(title, title, text)
    return [(m.surface, m.key) for m in find_actors_en(text, pub)]


def test_pinyin_mayor_speaks_for_the_chinese_city():
    title = "Leeds receives 8,000 gloves from Ningbo"
    text = ("Leeds has received 8,000 gloves from its partner city Ningbo. A note from Mayor Zhang Weiming "
            "wished Leeds a swift recovery.")
    got = people(text, title)
    assert ("Mayor Zhang Weiming", "CN/Ningbo") in got


def test_a_local_mayor_stays_the_towns():
    title = "Leeds receives 8,000 gloves from Ningbo"
    text = ("Leeds has received 8,000 gloves from its partner city Ningbo. Mayor James Lewis "
            "thanked Ningbo.")
    got = people(text, title)
    assert ("Mayor James Lewis", "GB/Leeds") in got
