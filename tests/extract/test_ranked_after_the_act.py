"""…运抵长春,这也成为我省获得的第一批海外友城援助物资: a subjectless clause that ranks the act just told (first,
second batch) names the goods with its gift word; it is no act of its own."""
from tests.extract.page_helpers import page_sides


def test_ranked_goods_are_no_second_gift():
    sides = page_sides("吉林省外办：山形情谊",
                       "2月5日，山形县向我省紧急捐赠的3万只口罩运抵长春，这也成为我省获得的第一批海外友城援助物资。",
                       title="吉林省外办：山形情谊")
    assert [x for x in sides if x[0] == "donation"] == [("donation", ["JP/Yamagata"], ["CN/Jilin"])]


def test_second_batch_ranked_too():
    sides = page_sides("3月8日，大邱市向青岛市捐赠的5000套防护服运抵青岛，是青岛获得的第二批海外援助物资。")
    assert [x for x in sides if x[0] == "donation"] == [("donation", ["KR/Daegu"], ["CN/Qingdao"])]
