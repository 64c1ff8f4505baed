"""A town named as the owner of a tie with an adjective between ("Duluth's Chinese sister city") is a place;
"the city" a gift goes to is not its giver but the other city named before.  Sentences written for the test."""
from tests.extract.en_helpers import gifts, keys, page_events


def test_the_city_helped_is_the_owner_of_the_tie():
    es = gifts(page_events("Eugene's Japanese sister city of Kakegawa has mailed 3,000 masks to help the city's "
                           "care homes.", "Masks arrive"))
    assert [(keys(e["from"]), keys(e["to"])) for e in es] == [(["JP/Kakegawa"], ["US/Eugene"])]


def test_a_longtime_tie_cues_a_small_town():
    es = gifts(page_events("Tacoma's longtime sister city Fuzhou shipped 900 gowns to the city in May.", "Gowns arrive"))
    assert [(keys(e["from"]), keys(e["to"])) for e in es] == [(["CN/Fuzhou"], ["US/Tacoma"])]
