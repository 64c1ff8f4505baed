"""English diplomatic missions named with the full name of their state stand for that state."""
from cityaid.resolve.english import find_actors_en


def _keys(text):
    return {m.surface: m.key for m in find_actors_en(text)}


def test_mission_of_the_peoples_republic_stands_for_the_country():
    got = _keys("The Consulate General of the People's Republic of China in Houston presented gloves to Denver.")
    assert got["Consulate General of the People's Republic of China in Houston"] == "CN"
    got = _keys("The Consulate-General of the People's Republic of China in Wellington donated masks.")
    assert got["Consulate-General of the People's Republic of China in Wellington"] == "CN"


def test_embassy_of_the_republic_stands_for_the_country():
    got = _keys("The Embassy of the Republic of Korea in Hanoi sent test kits to Da Nang.")
    assert got["Embassy of the Republic of Korea in Hanoi"] == "KR"
