"""A receipt told from the taker's side with its giver named after a giver noun (…接收了N只口罩,捐赠方为B):
B gave, not the place a dateline or an outlet's name made the page's own."""
from tests.extract.page_helpers import page_sides


def test_giver_noun_wins_over_the_outlets_province():
    sides = page_sides("新湖南客户端6月3日讯　近日，法国里昂市副市长在市政厅接收了4万只医用口罩，捐赠方为株洲市。",
                       published="2020-06-03")
    assert ("donation", ["CN/Zhuzhou"], ["FR/Lyon"]) in sides
    assert not any(t == "donation" and f == ["CN/Hunan"] for t, f, _ in sides)


def test_giver_noun_fills_an_unnamed_giver():
    sides = page_sides("日本仓敷市近日收到了6000只口罩，捐赠方为江西省九江市。")
    assert ("donation", ["CN/Jiujiang"], ["JP/Kurashiki"]) in sides
