"""A name ending in "City" right after "the", with no body of the town after it ("shipped masks to the Queen
City on Friday", "arrived in the Garden City, and ..."), is a town's nickname, not a small town of that name;
a named city with its government after it ("the Tagbilaran City government") stays a place."""
from cityaid.resolve.english import find_actors_en


def _keys(text):
    return [m.key for m in find_actors_en(text)]


def test_nickname_after_the_is_no_town():
    assert "US/Queen City" not in _keys("Kobe's sister city in China sent 4,000 gowns to the Queen City on Monday.")
    assert "US/Queen City" not in _keys("The gowns reached the Queen City, and nurses got them first.")


def test_bare_town_name_stays():
    assert "US/Queen City" in _keys("Officials in Queen City received masks.")


def test_city_government_after_the_stays():
    assert "PH/Tagbilaran City" in _keys("Xiamen sent masks to the Tagbilaran City government.")
