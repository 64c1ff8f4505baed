"""English places: a titled head coordinated with a nation's people or government named by its adjective
("thanked President X and the Chinese people") heads that nation, not the page's country."""
from cityaid.resolve.english import find_actors_en


def _keys(text):
    return {m.surface: m.key for m in find_actors_en(text) if m.surface.startswith(("President", "Prime"))}


def test_head_beside_a_nations_people_heads_that_nation():
    text = ("Lisbon, 2 April 2020\n\nThe visitors reached Lisbon on Monday. The minister thanked "
            "President Moon Jae-in and the Korean people for their generous help.")
    assert _keys(text)["President Moon Jae-in"] == "KR"


def test_head_beside_a_nations_government_heads_that_nation():
    text = "The mayor of Porto thanked Prime Minister Abe Shinzo, and the Japanese government for the masks."
    assert _keys(text)["Prime Minister Abe Shinzo"] == "JP"
