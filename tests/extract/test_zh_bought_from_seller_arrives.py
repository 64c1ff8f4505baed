"""Chinese: goods a government bought from a seller (甲国从中国采购的呼吸机, 自乙地订购的口罩) arriving are a
purchase, never a gift, even where no place of arrival is named; goods bought with donated money and then given
stay a gift."""
from tests.extract.page_helpers import page_sides

HEAD = "北京日报 国际新闻"


def test_bought_from_china_arriving_is_no_gift():
    got = page_sides(HEAD, "4月1日，北京市向华沙捐赠的5万只口罩运抵。",
                     "另据了解，波兰政府近期从中国采购的数百台呼吸机已分批运抵，波兰卫生部长多次前往机场迎接。")
    assert got == [("donation", ["CN/Beijing"], ["PL/Warsaw"])]


def test_bought_from_in_traditional_script():
    got = page_sides(HEAD, "4月1日，北京市向華沙捐贈的5萬隻口罩運抵。",
                     "波蘭政府自中國訂購的300台呼吸機也已運抵。")
    assert got == [("donation", ["CN/Beijing"], ["PL/Warsaw"])]


def test_bought_with_raised_money_then_given_is_a_gift():
    got = page_sides(HEAD, "华沙华侨华人用募集的善款采购的2万只口罩已捐赠给北京市。")
    assert [t for t, _f, _to in got] == ["donation"]
