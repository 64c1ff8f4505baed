"""English construction: a community named by its origin's adjective and living in a place of another country
("Denver-area Chinese associations", "Chinese associations in the Denver area") acts for that place, not for
its country of origin; near-miss: no local place named keeps the adjective's reading."""
from en_helpers import gifts, keys, page_events

HEAD = "Timeline: how Denver and Kunming helped each other"
LEAD = "Kunming and Denver have been sister cities since 1985.\n\n"


def test_area_community_joined_to_a_city_board():
    es = gifts(page_events(LEAD + "March 3 - Volunteers of the Denver Sister Cities board and Denver-area Chinese "
                                  "associations ship 4,000 surgical masks to Kunming.", HEAD))
    assert [(keys(e["from"]), keys(e["to"])) for e in es] == [(["US/Denver"], ["CN/Kunming"])]


def test_community_placed_by_in_after_its_noun():
    es = gifts(page_events(LEAD + "March 12 - Chinese associations in the Denver area donated 1,000 gloves to "
                                  "Kunming.", HEAD))
    assert [(keys(e["from"]), keys(e["to"])) for e in es] == [(["US/Denver"], ["CN/Kunming"])]


def test_no_local_place_keeps_the_adjective():
    es = gifts(page_events(LEAD + "March 14 - Chinese community groups donated 900 gowns to Kunming.", HEAD))
    assert all(keys(e["from"]) != ["US/Denver"] for e in es)
