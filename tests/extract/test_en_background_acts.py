"""English: acts that are no event of the page's days - a tie's history ("since 1978", "over the years"),
a company named only by its country's adjective, a meeting still being arranged."""
from en_helpers import page_events


def _types(body):
    return [e["type"] for e in page_events(body, "Partners in the pandemic")]


def test_teams_sent_since_an_old_year_are_history():
    assert _types("Yunnan has dispatched doctors' teams to Laos since 1978, and its 20th team now works in Vientiane.") == []
    assert _types("Since 1990, Fujian has sent medical teams to Senegal.") == []


def test_gifts_over_the_years_are_history():
    assert _types("Over the years, Jinan has sent gifts of books and seeds to Nantes.") == []


def test_a_recent_since_still_counts():
    es = page_events("Since March 2, Erfurt has sent 3,000 masks to Wuhan.", "Partners in the pandemic")
    assert [e["type"] for e in es] == ["donation"]


def test_a_tie_dated_in_a_relative_clause_keeps_the_gift():
    es = page_events("Erfurt, which has had ties with Wuhan since 1995, sent 3,000 masks to Wuhan on Feb. 3.",
                     "Partners in the pandemic")
    assert [e["type"] for e in es] == ["donation"]


def test_companies_named_by_a_country_adjective_give_no_event():
    assert _types("Japanese firms and charities have donated thousands of gowns to Germany.") == []
    assert _types("A big Korean electronics group said it had given 200,000 masks to Vietnam.") == []


def test_a_government_beside_companies_still_gives():
    es = page_events("In March, the State Government and Queensland businesses sent 40,000 gloves to Sichuan.",
                     "Partners in the pandemic")
    assert [e["type"] for e in es] == ["donation"]


def test_a_meeting_being_arranged_is_no_consultation_yet():
    assert _types("Perugia is also arranging a video meeting between its doctors and those of Hubei Province.") == []


def test_places_told_only_as_a_plural_give_no_event():
    assert _types("Korean towns that got masks from their Chinese partners in January are now sending gowns "
                  "back to China, as cases pass 9,000.") == []
    assert _types("A spokesman said the province's partner states around the world had voiced sympathy in many "
                  "ways since January.") == []
    assert _types("As Sichuan fights the outbreak, its sister states abroad have voiced support in many ways.") == []


def test_a_counted_or_named_plural_still_gives():
    assert _types("Japanese sister cities have sent 100,000 masks to Wuhan.") == ["donation"]
    assert _types("Its partner cities, including Osaka, sent masks to Wuhan.") == ["donation"]


def test_a_page_announcing_its_list_is_no_receipt():
    body = ("Jinan sent 3,000 gowns to Nantes in April. Here is an overview of the gowns we have received and "
            "where they went.")
    assert _types(body) == ["donation"]


def test_a_message_passed_on_by_its_medium_is_no_second_message():
    body = ("Mayor Klein of Bern recorded a video message for Suzhou on Feb. 2. It was uploaded to the council's "
            "website and shared on Weibo by Suzhou's foreign affairs office.")
    assert _types(body) == ["message"]


def test_keen_to_stand_with_is_an_intention():
    assert _types("With the outbreak at home under control, Shaanxi is keen to stand with its partners abroad, "
                  "said the director.") == []


def test_teams_told_by_their_standing_presence_are_no_dispatch():
    assert _types("According to the health ministry, 31 Cuban medical teams are currently stationed in 28 "
                  "countries.") == []
    assert _types("Hebei sent two medical teams to Serbia on April 2.") == ["medical_team"]


def test_a_diaspora_as_giver_gives_no_place_to_place_gift():
    assert _types("Associations of Lyon's Vietnamese community have also donated 4 ventilators to the city "
                  "hospital.") == []
    assert _types("Lyon has donated 4 ventilators to Hanoi.") == ["donation"]
