"""A gift named as the subject of its arrival, on sentences written for these tests (other places, other
figures): 友好城市甲送来的N个口罩已经到货 told by the mayor of 乙 (乙 got them); 甲捐赠的N只口罩在乙国丙州
首府丁交付 (handed over at a place: that place got them); 乙迎来一份礼物：友好城市甲捐赠的N只口罩 (the
one greeting the gift got it)."""
from zh_reading import events, keys  # noqa: F401 - the shared reader


def test_sent_here_goods_arrived_told_by_the_receivers_mayor():
    [e] = events("周三，奥克兰市长宣布，友好城市宁波送来的3万个口罩已经到货。")
    assert e.type == "donation" and keys(e.from_) == ["CN/Ningbo"] and keys(e.to) == ["NZ/Auckland"]


def test_gift_goods_arrived_told_by_the_receivers_mayor_traditional():
    [e] = events("奧克蘭市長週三宣布，友好城市寧波捐贈的3萬個口罩已經到貨。")
    assert keys(e.from_) == ["CN/Ningbo"] and keys(e.to) == ["NZ/Auckland"]


def test_gift_handed_over_at_a_city():
    [e] = events("5月3日，湖北省捐赠的3万只口罩和500套防护服在肯尼亚首都内罗毕交付。")
    assert e.type == "donation" and keys(e.from_) == ["CN/Hubei"] and keys(e.to) == ["KE/Nairobi"]


def test_gift_greeted_after_a_colon():
    [e] = events("美国西雅图市长日前迎来一份礼物：友好城市重庆捐赠的2万只医用口罩。")
    assert e.type == "donation" and keys(e.from_) == ["CN/Chongqing"] and keys(e.to) == ["US/Seattle"]


def test_gift_greeted_after_a_colon_traditional():
    [e] = events("美國西雅圖市長日前迎來一份遠方的禮物：友好城市重慶捐贈的2萬隻醫用口罩。")
    assert keys(e.from_) == ["CN/Chongqing"] and keys(e.to) == ["US/Seattle"]


def test_goods_bought_and_arrived_are_no_gift():
    assert [e for e in events("奥克兰市长宣布，市政府订购的3万个口罩已经到货。") if e.type == "donation"] == []
