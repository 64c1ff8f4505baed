"""Where goods arrive names the town even when its name is also a word (运抵汉堡, 汉堡机场); "the State Government"
written with capitals is the page's state; "talked about sending" is no gift.  Sentences written for the test."""
from tests.extract.en_helpers import gifts, keys, page_events
from tests.extract.page_helpers import page_sides


def test_goods_arriving_at_a_towns_airport():
    assert page_sides("友城宁波赠送的3万只手套6日运抵汉堡机场。") == [("donation", ["CN/Ningbo"], ["DE/Hamburg"])]


def test_goods_arriving_at_a_town_named_by_a_word():
    assert page_sides("友城宁波赠送的3万只手套6日运抵汉堡。") == [("donation", ["CN/Ningbo"], ["DE/Hamburg"])]


def test_a_food_word_stays_a_word():
    assert page_sides("宁波志愿者中午吃了汉堡，下午继续装箱。") == []


def test_the_state_government_capitalised_is_the_pages_state():
    es = gifts(page_events("PERTH, May 5 -- Western Australia's sister province in China has delivered 40,000 gloves "
                           "to the State Government.", "Gloves arrive"))
    assert [keys(e["to"]) for e in es] == [["AU/Western Australia"]]


def test_talking_about_sending_is_no_gift():
    assert not gifts(page_events("In March a few of us talked about sending gloves to Yangzhou, but nothing came of it.",
                                 "Looking back"))
