"""A bare mayor right after a clause that only sets the scene in a foreign city (在某国首都甲市，市长某某接收…) is
that city's mayor, so a gift the mayor takes in goes to that city."""
from tests.extract.page_helpers import page_sides


def test_scene_city_is_the_bare_mayors():
    got = page_sides("3月25日，在捷克首都布拉格，市长贺瑞普接收上海市捐赠的防护物资。")
    assert ("donation", ["CN/Shanghai"], ["CZ/Prague"]) in got


def test_scene_city_in_traditional_script():
    got = page_sides("4月2日，在希臘雅典，市長巴科揚尼斯接收北京市捐贈的口罩。")
    assert ("donation", ["CN/Beijing"], ["GR/Athens"]) in got


def test_a_home_scene_gives_the_bare_mayor_no_foreign_city():
    got = page_sides("4月2日，在杭州，市长接收了一批捐赠的口罩。", published="2020-04-03")
    assert not any(t == "donation" and to and to[0].startswith("GR/") for t, _f, to in got)
