"""这次A向B赠送口罩,在当地引起反响: a sentence that opens on "this time's" gift, between the sides of a gift already
told and with no amount of its own, names that gift again to judge it; it is no second gift."""
from tests.extract.page_helpers import page_sides


def _gifts(*paras):
    return [s for s in page_sides(*paras) if s[0] == "donation"]


def test_this_gift_judged_is_the_one_told():
    gifts = _gifts("3月5日，郑州市向日本大阪市赠送了3万只口罩。这次郑州向大阪赠送口罩，在大阪引起了热烈反响。")
    assert gifts == [("donation", ["CN/Zhengzhou"], ["JP/Osaka"])]


def test_this_gift_to_one_of_two_partners():
    gifts = _gifts("长春市3月9日向日本千岁市和韩国水原市寄出了医用口罩，每批数量均为2万只。",
                   "本次长春向千岁捐赠口罩，千岁市民在网上纷纷留言。")
    assert sorted(gifts) == [("donation", ["CN/Changchun"], ["JP/Chitose"]),
                             ("donation", ["CN/Changchun"], ["KR/Suwon"])]


def test_this_time_with_its_own_amount_is_a_gift():
    gifts = _gifts("2月，大阪市向郑州市捐赠了口罩。此次郑州向大阪回赠口罩5万只。")
    assert ("donation", ["CN/Zhengzhou"], ["JP/Osaka"]) in gifts
