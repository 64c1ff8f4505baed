"""A foreign province or region named with its suffix but no country before it, on a page that names its
country (sentences written for these tests)."""

from cityaid.resolve import find_actors


def keys(text):
    return [(m.surface, m.key) for m in find_actors(text)]


def test_bare_region_of_a_named_country():
    got = keys("据意大利媒体报道，伦巴第大区收到了杭州寄来的八千副手套。")
    assert ("伦巴第大区", "IT/Lombardy") in got


def test_chinese_provinces_untouched():
    got = keys("在法国的华侨向湖北省捐赠了物资，贵州省也送来手套。")
    assert ("湖北省", "CN/Hubei") in got and ("贵州省", "CN/Guizhou") in got
