"""``In X, the capital of Y, N gloves were sent to the city's sister city Z``: the sentence opens on the
place that gave; "the city" there is X, not the page's place nor the side of the sentence before."""
from tests.extract.en_helpers import gifts, keys, page_events

HEAD = "BEIJING, May 6 (Xinhua) --"


def test_fronted_town_is_the_unnamed_giver():
    es = gifts(page_events("The shipment came after the Osh city government asked Kashgar for help.\n\n"
                           "In Hefei, the capital of Anhui, 30,000 gloves were sent on Thursday to the city's "
                           "German sister city Aschaffenburg.", HEAD))
    assert [(keys(e["from"]), keys(e["to"])) for e in es] == [(["CN/Hefei"], ["DE/Aschaffenburg"])]


def test_fronted_town_with_bare_city_word():
    es = gifts(page_events("In Changsha, 10,000 gowns were shipped on Monday to the city's sister city Kagoshima.", HEAD))
    assert [(keys(e["from"]), keys(e["to"])) for e in es] == [(["CN/Changsha"], ["JP/Kagoshima"])]


def test_fronted_town_that_took_in_keeps_named_giver():
    es = gifts(page_events("In Osaka, 5,000 masks donated by Shanghai were delivered to City Hall.", HEAD))
    assert [(keys(e["from"]), keys(e["to"])) for e in es] == [(["CN/Shanghai"], ["JP/Osaka"])]
