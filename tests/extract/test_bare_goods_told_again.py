"""Goods told with no amount and no day of their own (组织筹措,将物资运出), between the same two sides as a gift
the page counts, are that gift told again, not a second one; a dated gift of the same pair stays its own."""
from tests.extract.page_helpers import page_sides


def test_getting_the_counted_gift_ready_is_no_second_gift():
    got = page_sides("4月9日，长沙市捐赠的2万只口罩在鹿儿岛市役所完成交接。",
                     "3月下旬，鹿儿岛市长致函长沙市，希望得到口罩援助。接到请求后，长沙市马上组织货源，把物资运往鹿儿岛市。")
    assert [g for g in got if g[0] == "donation"] == [("donation", ["CN/Changsha"], ["JP/Kagoshima"])]


def test_an_earlier_dated_gift_of_the_pair_stays():
    got = page_sides("4月9日，长沙市捐赠的2万只口罩在鹿儿岛市役所完成交接。",
                     "早在2月5日，长沙市就向鹿儿岛市寄去一批物资。")
    assert got.count(("donation", ["CN/Changsha"], ["JP/Kagoshima"])) == 2
