"""A homonym with its country named right after it, in English (", Spain", " in Scotland") and a Chinese
homonym decided by the country the page names (sentences written for these tests)."""

from cityaid.resolve import find_actors
from cityaid.resolve.english import find_actors_en


def en_keys(text):
    return [m.key for m in find_actors_en(text)]


def test_name_then_its_country_in_english():
    assert "GB/Perth" in en_keys("Perth in Scotland got 700 gowns from Jiangsu.")
    assert "ES/Navarre" in en_keys("Navarre, Spain, took delivery of 9,000 gloves.")
    assert "NZ/Hamilton" in en_keys("Officials in Hamilton, New Zealand, thanked Wuxi.")


def test_name_in_its_own_country_keeps_its_reading():
    assert "US/Portland" in en_keys("Portland, Oregon, received 800 masks from Suzhou.")
    assert "CN/Wuhan" in en_keys("Wuhan in China sent 600 gowns.")


def test_chinese_homonym_follows_the_page_country():
    got = [m.key for m in find_actors("新西兰基督城与汉密尔顿两市都收到了口罩。汉密尔顿市长致信无锡。")]
    assert "NZ/Hamilton" in got and "US/Hamilton" not in got
    got = [m.key for m in find_actors("加拿大安大略省汉密尔顿市收到了福州寄来的手套。")]
    assert "CA/Hamilton" in got


def test_weak_short_form_after_the_full_name():
    text = "辽宁省向友好省萨斯喀彻温省寄去了手套。上月，沙省政府也向辽宁送来了四千只口罩。"
    got = [(m.surface, m.key) for m in find_actors(text)]
    assert ("沙省", "CA/Saskatchewan") in got
    assert not any(s == "沙省" for s, _k in (m for m in [(m.surface, m.key) for m in find_actors("沙省政府发来感谢信。")]))


def test_county_by_its_chinese_name():
    got = [m.key for m in find_actors("西雅图所在的金郡收到了三千只口罩。")]
    assert "US/King County" in got
