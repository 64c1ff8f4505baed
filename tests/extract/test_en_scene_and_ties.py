"""English: the scene a sentence opens on, ties named in appositions and clauses, quoted gratitude, unnamed
plural or counted sides (sentences written for these tests)."""
from en_helpers import keys, page_events


def _of(es, kind):
    return [e for e in es if e["type"] == kind]


# --- quoted gratitude, its addressee after the quotation
def test_quoted_grateful_then_to_a_place_is_thanks():
    es = page_events('Chengdu Mayor Li Wen told reporters on Friday that she was "deeply grateful" to Perth for '
                     'the gowns.', "Gowns reach Chengdu")
    msg = _of(es, "message")
    assert len(msg) == 1 and keys(msg[0]["from"]) == ["CN/Chengdu"] and keys(msg[0]["to"]) == ["AU/Perth"]


def test_quoted_thankful_then_to_a_place_is_thanks():
    es = page_events('The governor of Nara said he felt "truly thankful" to Suzhou, calling the gift a lifeline.',
                     "Nara thanks Suzhou")
    msg = _of(es, "message")
    assert len(msg) == 1 and keys(msg[0]["from"]) == ["JP/Nara"] and keys(msg[0]["to"]) == ["CN/Suzhou"]


def test_quoted_grateful_to_own_nurses_names_no_partner():
    es = page_events('Hamilton Mayor Jo Smith said the city was "very grateful" to its own nurses.', "Nurses")
    assert not [e for e in _of(es, "message") if e["to"]]


# --- an arrival with no receiving place named: the giver's partner, else the country of the scene
def test_arrival_at_an_airport_goes_to_the_partner_the_giver_apposition_names():
    es = page_events("In Peru, a plane loaded with 40,000 masks from Fuzhou, Lima's sister city, touched down at "
                     "Jorge Chavez International Airport on Friday.", "DENVER (AP) -- Masks arrive")
    gift = _of(es, "donation")
    assert len(gift) == 1 and keys(gift[0]["from"]) == ["CN/Fuzhou"] and keys(gift[0]["to"]) == ["PE/Lima"]
    assert gift[0]["items"][0]["quantity"] == 40000


def test_arrival_with_a_partner_of_phrase_after_the_giver():
    es = page_events("A freighter carrying 12,000 gloves from Dalian, a partner city of Kobe, landed at Kansai "
                     "International Airport.", "DENVER (AP) -- Gloves arrive")
    gift = _of(es, "donation")
    assert len(gift) == 1 and keys(gift[0]["to"]) == ["JP/Kobe"]


def test_arrival_in_a_scene_country_other_than_the_page_goes_to_that_country():
    es = page_events("In Chile, a cargo flight bringing 8,000 gowns from Ningbo landed at a military airfield on "
                     "Sunday.", "DENVER (AP) -- Gowns arrive")
    gift = _of(es, "donation")
    assert len(gift) == 1 and keys(gift[0]["from"]) == ["CN/Ningbo"] and keys(gift[0]["to"]) == ["CL"]


def test_scene_of_the_page_own_country_is_left_to_the_page():
    es = page_events("In the United States, a cargo flight bringing 8,000 gowns from Ningbo landed at a military "
                     "airfield on Sunday.", "DENVER (AP) -- Gowns arrive")
    gift = _of(es, "donation")
    assert len(gift) == 1 and keys(gift[0]["to"]) != ["US"]


# --- an office named by its kind ("the prefectural government") in a sentence opening on another place
def test_office_of_the_scene_place_receives():
    body = ("Gansu province sent 4,000 masks to Akita on Monday.\n\n"
            "In Nagano, 12,000 masks donated by Hubei were received by the prefectural government last week.")
    es = page_events(body, "Masks for prefectures")
    gift = [e for e in _of(es, "donation") if keys(e["from"]) == ["CN/Hubei"]]
    assert len(gift) == 1 and keys(gift[0]["to"]) == ["JP/Nagano"]


# --- "X, which is twinned with Y, received N from its partner city": Y, not the page's partner
def test_partner_named_in_a_relative_clause_gives():
    body = ("Leeds sent 8,000 masks to Xiamen in February.\n\n"
            "Last week Cardiff, which is twinned with Xiamen, received 6,000 gowns from its sister city.\n\n"
            "Earlier this month Bath, which has been paired with Kaifeng since 1995, took delivery of 3,000 masks "
            "from its partner city.")
    es = page_events(body, "LEEDS, England -- Masks arrive")
    by_to = {tuple(keys(e["to"])): keys(e["from"]) for e in _of(es, "donation")}
    assert by_to[("GB/Cardiff",)] == ["CN/Xiamen"]
    assert by_to[("GB/Bath",)] == ["CN/Kaifeng"]


# --- places told only as a plural: a lead, no act of a side
def test_plural_places_rushing_to_help_with_a_participle_is_no_event():
    es = page_events("Kobe sent 3,000 masks to Tianjin. Italian towns are rushing to help their Chinese sister "
                     "cities, sending masks and letters of support.", "TOKYO (Kyodo) -- Masks")
    assert [e["type"] for e in es] == ["donation"]


def test_some_unnamed_cities_asking_is_no_request():
    es = page_events("Kobe sent 3,000 masks to Tianjin. Several Japanese towns have asked for gloves.",
                     "TOKYO (Kyodo) -- Masks")
    assert not _of(es, "request")


def test_plural_subject_with_a_counted_gift_stays():
    es = page_events("Dutch cities have been quick to help, sending 5,000 masks to Suzhou.", "TOKYO (Kyodo) -- M")
    assert len(_of(es, "donation")) == 1


# --- a count of unnamed givers as the subject of a total
def test_counted_givers_across_the_country_are_the_page_country():
    es = page_events("Kobe sent 3,000 masks to Tianjin. As of March 2, 23 local governments across the country had "
                     "shipped masks and gloves worth about 300 million yen to 40 Chinese cities.",
                     "TOKYO (Kyodo) -- Masks")
    agg = _of(es, "aggregate")
    assert len(agg) == 1 and keys(agg[0]["from"]) == ["JP"]


def test_counted_givers_in_a_named_country():
    es = page_events("Kobe sent 3,000 masks to Tianjin. So far, 12 local governments in Italy have sent 2 million "
                     "masks to Chinese partners.", "TOKYO (Kyodo) -- Masks")
    agg = _of(es, "aggregate")
    assert len(agg) == 1 and keys(agg[0]["from"]) == ["IT"]


# --- a country that received a team: the country, not the city it landed in
def test_country_that_received_a_team_is_the_receiver():
    es = page_events("Laos became the second country in Asia to receive a team of Chinese medical experts, which "
                     "landed in Vientiane on March 29.", "BEIJING (Xinhua) -- team")
    team = _of(es, "medical_team")
    assert len(team) == 1 and keys(team[0]["to"]) == ["LA"]


def test_team_landing_in_a_city_goes_to_its_country():
    es = page_events("A team of Chinese medical experts landed in Milan on Friday.", "BEIJING (Xinhua) -- team")
    team = _of(es, "medical_team")
    assert len(team) == 1 and keys(team[0]["to"]) == ["IT"]


# --- a sentence opening on the place its writer speaks from
def test_writer_place_fronted_with_from():
    es = page_events("From Galway in Ireland, council leader Mary Quinn wrote to Nanjing that the city was thinking "
                     "of its people.", "DENVER (AP) -- Letters")
    msg = _of(es, "message")
    assert len(msg) == 1 and keys(msg[0]["from"]) == ["IE/Galway"] and keys(msg[0]["to"]) == ["CN/Nanjing"]


def test_writer_place_fronted_with_from_no_country():
    es = page_events("From Tampere, Mayor Anna Lind sent a letter of sympathy to Shenzhen.", "DENVER (AP) -- Letters")
    msg = _of(es, "message")
    assert len(msg) == 1 and keys(msg[0]["from"]) == ["FI/Tampere"]


# --- a call for help received
def test_call_for_help_received_from_a_place_is_its_request():
    es = page_events("Dresden received a call for help from Hangzhou, the capital of Zhejiang province.",
                     "DENVER (AP) -- Requests")
    req = _of(es, "request")
    assert len(req) == 1 and keys(req[0]["from"]) == ["CN/Hangzhou"] and keys(req[0]["to"]) == ["DE/Dresden"]


def test_calls_for_help_counted():
    es = page_events("Bonn got two calls for help from Xuzhou in February.", "DENVER (AP) -- Requests")
    req = _of(es, "request")
    assert len(req) == 1 and keys(req[0]["from"]) == ["CN/Xuzhou"]


def test_a_call_for_help_answered_is_the_gift_not_a_request():
    es = page_events("Turku heeded a call for help from Wenzhou and sent 3,500 gowns on May 1.", "DENVER (AP) -- Gowns")
    assert [e["type"] for e in es] == ["donation"] and keys(es[0]["from"]) == ["FI/Turku"]


def test_goods_a_team_brought_to_the_city_it_landed_in_go_to_its_country():
    es = page_events("A team of eleven Chinese medical experts from Hunan Province arrived in Harare on May 2. They "
                     "brought 3,000 protective suits and 20,000 surgical masks donated by China.", "BEIJING (Xinhua) -- team")
    assert [keys(e["to"]) for e in es if e["type"] in ("medical_team", "donation")] == [["ZW"], ["ZW"]]
