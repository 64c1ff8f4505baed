"""A provincial university's hospital given with its short form in brackets: the short form alone later is
the same body, in the capital (sentences written for these tests)."""

from cityaid.resolve.english import find_actors_en


def keys(text):
    return [(m.surface, m.key) for m in find_actors_en(text, None)]


def test_short_form_named_again():
    text = ("Doctors of the First Affiliated Hospital of Hunan University School of Medicine (FAHHU) met "
            "colleagues from Ghana by video. A week before, a Kumasi doctor had written to FAHHU for advice.")
    got = keys(text)
    assert ("FAHHU", "CN/Changsha") in got


def test_a_country_code_in_brackets_is_no_body():
    text = "Doctors of Sichuan University Hospital (USA) met the team. USA then sent gloves."
    got = keys(text)
    assert ("USA", "US") in got
