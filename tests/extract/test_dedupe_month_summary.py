"""A gift told first by its month with no goods, then with its day and figures, is one gift; two gifts
with their own goods in one month stay two.  Sentences written for the test."""
from zh_reading import events


def _gifts(text, pub):
    return [e for e in events(text, pub) if e.type == "donation"]


def test_month_summary_then_dated_detail_is_one_gift():
    gifts = _gifts("今年3月，日本鸟取县政府从县民捐款中筹集物资，驰援吉林。3月18日，吉林省收到鸟取县捐赠的2万只口罩。",
                   "吉林省")
    assert len(gifts) == 1
    assert gifts[0].date.value == "2020-03-18" and gifts[0].items[0].quantity == 20000


def test_two_gifts_with_their_own_goods_in_one_month_stay_two():
    gifts = _gifts("今年3月，日本鸟取县向吉林省捐赠防护服500套。3月18日，吉林省收到鸟取县捐赠的2万只口罩。", "吉林省")
    assert len(gifts) == 2
