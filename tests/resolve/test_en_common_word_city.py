"""A big city whose name is also a common word is that city on a page that keeps naming it and names its land
(the country, or a division of it).  Sentences written for the test."""
from cityaid.resolve.english import find_actors_en


def keys(text):
    return [(m.surface, m.key) for m in find_actors_en(text, None)]


PAGE = ("Phoenix thanks Shenzhen for gloves\n\n"
        "Phoenix took in 8,000 gloves from Shenzhen on Friday, Arizona officials said.\n\n"
        "Phoenix had sent gowns to Shenzhen in February, and Phoenix firefighters will wear the gloves.")


def test_a_repeated_common_word_city_on_a_page_naming_its_state():
    assert ("Phoenix", "US/Phoenix") in keys(PAGE)


def test_once_and_without_its_land_the_word_stays_a_word():
    assert ("Phoenix", "US/Phoenix") not in keys("A phoenix rose on the banner. Phoenix Software donated 300 laptops.")
