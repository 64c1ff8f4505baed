"""A letter's signer is the writer's official: "X sent a letter ... signed by Mayor Y" makes Y X's mayor."""
from cityaid.resolve.english import find_actors_en


def _person(ms, surname):
    return next(m for m in ms if surname in m.surface and m.surface.startswith("Mayor"))


def test_signer_belongs_to_the_writing_town():
    text = ("Leipzig flew in 3,000 gowns in early February. The Dutch city of Eindhoven sent a letter of "
            "support signed by Mayor John Smit, written in Chinese.")
    ms = find_actors_en(text)
    assert _person(ms, "Smit").key == "NL/Eindhoven"


def test_mayor_without_signing_keeps_the_usual_reading():
    text = "Leipzig flew in 3,000 gowns in early February. Mayor John Smit thanked the donors."
    ms = find_actors_en(text)
    assert _person(ms, "Smit").key != "NL/Eindhoven"
