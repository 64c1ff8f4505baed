"""``A truck loaded with N masks left X, capital of ..., on April 2 for Y``: the goods left X (its apposition is no
more than the place) for Y of another country; with no giver named, X gave them. A leg at home is no giver."""
from tests.extract.en_helpers import gifts, keys, page_events


def _sides(body, head):
    return [(keys(e["from"]), keys(e["to"])) for e in gifts(page_events(body, head))]


def test_goods_left_a_capital_with_apposition():
    body = ("A truck loaded with 50,000 face masks left Kashgar, capital of northwest China's Xinjiang Uygur "
            "Autonomous Region, on April 2 for Almaty.")
    assert _sides(body, "BEIJING, April 5 (Xinhua) --") == [(["CN/Kashgar"], ["KZ/Almaty"])]
    assert _sides(body, "KASHGAR/LANZHOU, April 5 (Xinhua) --") == [(["CN/Kashgar"], ["KZ/Almaty"])]


def test_joined_gifts_keep_their_own_gap():
    body = "Kunming sent 2,000 masks to Fresno and 1,500 masks to Stockton, California, in March."
    assert sorted(t for _f, t in _sides(body, "BEIJING, April 5 (Xinhua) --")) == [["US/Fresno"], ["US/Stockton"]]
