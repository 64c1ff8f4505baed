"""English place readings: people named with a post, towns placed beside a known place, representative
offices, a dateline before a story that opens with another place, other romanisations of prefectures,
geographic features (sentences written for these tests)."""
from cityaid.resolve.english import find_actors_en


def _ms(text):
    return [(m.surface, m.key) for m in find_actors_en(text)]


def _keys(text):
    return [m.key for m in find_actors_en(text) if m.key]


# a name given a post by an apposition is a person, whatever place its first word also names
def test_a_name_apposed_to_a_chairmanship_is_a_person():
    assert _keys("At the ceremony, Nara Keiko, chairwoman of a friendship group, gave a letter to Okayama.") \
        == ["JP/Okayama"]


def test_a_name_apposed_to_a_deputy_mayoralty_is_a_person():
    assert _keys("Toyama Hiroshi, the deputy mayor of Sapporo, received the boxes.") == ["JP/Sapporo"]


def test_a_place_apposed_to_a_post_stays_a_place():
    assert "JP/Osaka" in _keys("Osaka Prefecture, the sister province of Jiangsu, sent 4,000 gowns.")
    assert _keys("Wuhan Mayor Zhou Li, head of the task force, thanked Nagoya.")[0] == "CN/Wuhan"


# "X, a town on the edge of / near / outside Y": X lies in Y's country
def test_a_town_on_the_edge_of_a_city_is_in_its_country():
    assert ("Sesto San Giovanni", "IT/Sesto San Giovanni") in _ms(
        "Sesto San Giovanni, a town on the northern edge of Milan, has received 9,000 gloves from Ningbo.")


def test_a_town_south_of_a_capital_is_in_its_country():
    assert ("Bagneux", "FR/Bagneux") in _ms("Bagneux, a town south of Paris, said its partner had sent gowns.")


def test_a_suburb_just_outside_a_city_is_in_its_country():
    assert ("Vaulx-en-Velin", "FR/Vaulx-en-Velin") in _ms(
        "Vaulx-en-Velin, a suburb just outside Lyon, took in 3,500 masks from Chinese friends.")


def test_a_name_near_nothing_known_is_not_opened():
    assert not any(m.surface == "Zorblatt" for m in find_actors_en("Zorblatt, a town near the hills, got masks."))


# Taiwan's representative offices stand for Taiwan (the city in their name or their seat is no party)
def test_a_taipei_office_with_its_seat_is_taiwan():
    ms = _ms("Masks went to the state of Ohio on Monday from the Taipei Economic and Cultural Office (TECO) in Chicago.")
    assert ("Taipei Economic and Cultural Office (TECO) in Chicago", "TW") in ms
    assert not any(k in ("TW/Taipei", "US/Chicago") for _s, k in ms)


def test_a_taipei_representative_office_is_taiwan():
    assert _keys("The Taipei Representative Office in Denmark gave 20,000 masks to Odense.") == ["TW", "DK/Odense"]


# a dateline's place before a story opening with another place is not that sentence's first party
def test_a_dateline_before_a_named_prefecture_gives_way():
    assert _keys("MATSUMOTO — Nagano Prefectural Government has been sent 3,400 bottles of sanitiser.") \
        == ["JP/Nagano"]


def test_a_dateline_with_agency_before_a_named_city_gives_way():
    assert _keys("GUANGZHOU, May 4 (Xinhua) -- Shenzhen has sent 10,000 masks to Busan.") == \
        ["CN/Shenzhen", "KR/Busan"]


def test_a_dateline_before_the_city_stays():
    assert _keys("WUHAN — The city got 7,000 masks from Oita.")[0] == "CN/Wuhan"


# one prefecture under two romanisations is one key
def test_tibetan_romanisations_of_prefectures_are_their_keys():
    assert _keys("Masks from Garze Prefecture and Ngawa reached Kathmandu.") == ["CN/Ganzi", "CN/Aba", "NP/Kathmandu"]
    assert _keys("Doctors from Kardze flew to Lhasa.")[0] == "CN/Ganzi"


# a peninsula, a river or a lake a country owns is no town
def test_a_countrys_peninsula_is_no_place():
    assert not any("Peninsula" in (k or "") for k in _keys("Groups on Malaysia's Cape Rachado Peninsula met."))
    assert not any("Lake" in (k or "") for k in _keys("Fishermen on Kenya's Turkana Lake sent thanks to Hubei."))


# an outlet's name for a title: the headline above a city's dateline names the page's prefecture
def test_a_headline_prefecture_over_a_dateline_city_under_an_outlet_title():
    from cityaid.resolve.english import publisher_place_en
    head = "Shinshu Overseas Weekly\nSanitiser for Nagano from overseas Chinese\nApril 2, 2021\nMATSUMOTO — Gifts came."
    pub = publisher_place_en("Shinshu Overseas Weekly", head, head)
    assert pub is not None and pub.key == "JP/Nagano"


def test_a_dateline_city_stays_where_the_headline_names_no_division():
    from cityaid.resolve.english import publisher_place_en
    head = "Shinshu Overseas Weekly\nSanitiser from overseas Chinese\nApril 2, 2021\nMATSUMOTO — Gifts came."
    pub = publisher_place_en("Shinshu Overseas Weekly", head, head)
    assert pub is not None and pub.key == "JP/Matsumoto"
