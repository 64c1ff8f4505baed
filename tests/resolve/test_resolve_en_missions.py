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


def test_mission_opening_a_sentence_after_another_one_is_not_read_with_the_word_before():
    got = _keys("Leeds took 6,000 gloves from Dalian last week. The Embassy of the Republic of Korea in London "
                "gave 800 gowns to the city.")
    assert got["Embassy of the Republic of Korea in London"] == "KR"


def test_a_head_of_state_without_a_place_is_the_page_country():
    from cityaid.resolve.english import publisher_place_en
    text = "LIMA, May 3 -- Peru thanked Beijing. President Ana Ruiz tweeted her thanks on Sunday."
    pub = publisher_place_en(None, text, text)
    got = {m.surface: m.key for m in find_actors_en(text, pub)}
    assert got["President Ana Ruiz"] == "PE"
    text = "KIEL, May 3 -- Minister-President Jan Brandt wrote to Shanghai."
    pub = publisher_place_en(None, text, text)
    got = {m.surface: m.key for m in find_actors_en(text, pub)}
    assert got.get("Minister-President Jan Brandt") != "DE"


def test_a_regions_president_is_not_the_page_country():
    from cityaid.resolve.english import publisher_place_en
    text = "ROME, May 3 -- Tuscany's regional President Marco Rossi thanked Wuhan."
    pub = publisher_place_en(None, text, text)
    got = {m.surface: m.key for m in find_actors_en(text, pub)}
    assert all(v != "IT" for k, v in got.items() if "Marco Rossi" in k)
