"""An airport named for a person (… landed at Miguel Hidalgo International Airport) is where goods arrive, no party:
the thanks told by the page's city stay that city's."""
from cityaid.resolve.english import find_actors_en
from tests.extract.page_helpers import page_sides


def test_a_person_named_on_an_airport_is_no_place():
    # Benito Juárez is also a borough in the gazetteer: before its airport it names neither
    text = "The boxes from Shanghai landed at Benito Juárez International Airport on Friday, the city said."
    assert [a.key for a in find_actors_en(text)] == ["CN/Shanghai"]


def test_thanker_is_the_page_city_not_the_airport_name():
    sides = page_sides("Guadalajara, 3 May 2020. The state governor thanked the Shanghai Municipal Government for a gift "
                       "of 30,000 medical masks, which landed on May 2 at Miguel Hidalgo International Airport.")
    msgs = [s for s in sides if s[0] == "message"]
    assert not any("MX/Miguel Hidalgo" in k for s in sides for k in s[1] + s[2])
    assert all(s[2] == ["CN/Shanghai"] for s in msgs)
