"""Goods shown (in a photo, in boxes) and identified as a gift the page's side made (视频里那些纸箱,就是本市送给X
的口罩) tell that gift as an act, to each partner where the sentence says 分别…各. Own sentences."""
from tests.extract.page_helpers import page_sides


def test_goods_in_a_photo_identified_as_gifts_to_two_partners():
    sides = page_sides("视频里那些纸箱，就是温州5月中旬分别送给波特兰市和韩国光州市的N95口罩，每市1.5万只。", title="温州与友城")
    assert sorted(sides) == [("donation", ["CN/Wenzhou"], ["KR/Gwangju"]), ("donation", ["CN/Wenzhou"], ["US/Portland"])]


def test_a_gift_named_as_a_noun_without_goods_is_no_act():
    assert page_sides("这正是我市向波特兰市捐赠的意义所在。", title="温州与友城") == []
