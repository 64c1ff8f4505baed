"""``Carrying N gloves, a freight train left X, capital of Y, on Monday for Z``: the goods left X (its apposition
is no more than the place) for Z of another country; with no giver named, X gave them."""
from tests.extract.en_helpers import gifts, keys, page_events


def _sides(body, head):
    return [(keys(e["from"]), keys(e["to"])) for e in gifts(page_events(body, head))]


def test_goods_left_a_capital_with_apposition():
    body = "A freight train loaded with 40,000 gloves left Harbin, capital of Heilongjiang Province, on Monday for Khabarovsk."
    assert _sides(body, "BEIJING, April 5 (Xinhua) --") == [(["CN/Harbin"], ["RU/Khabarovsk"])]
    assert _sides(body, "HARBIN/DALIAN, April 5 (Xinhua) --") == [(["CN/Harbin"], ["RU/Khabarovsk"])]


def test_joined_gifts_keep_their_own_gap():
    body = "Kunming sent 2,000 masks to Fresno and 1,500 masks to Stockton, California, in March."
    assert sorted(t for _f, t in _sides(body, "BEIJING, April 5 (Xinhua) --")) == [["US/Fresno"], ["US/Stockton"]]
