"""Homonyms, partner nouns and labels around a place (sentences written for the tests; real place names)."""
from __future__ import annotations

import pytest

from cityaid.resolve import find_actors, geodb

pytestmark = pytest.mark.skipif(not geodb.enabled() or not geodb.stats()["rows"], reason="open-world layer off")


def keys(text: str) -> list[str | None]:
    return [m.key for m in find_actors(text)]


def test_homonym_takes_the_country_the_text_names():
    # 奥克兰 is Auckland (New Zealand) and Oakland (California); 列治文 is Richmond in two countries
    assert "US/Oakland" in keys("美国加州的奥克兰市议会通过决议，支持友城抗疫")
    assert "NZ/Auckland" in keys("奥克兰市政府与新西兰卫生部门一道分发了口罩")
    assert "CA/Richmond" in keys("列治文市长致函友城。加拿大卑诗省的华人社团也捐了款")


def test_a_homonym_read_once_keeps_its_reading_with_a_suffix():
    got = keys("意大利·威尼斯\n威尼斯的市民收到了口罩。美国俄勒冈州也发来问候，威尼斯市表示感谢")
    assert got.count("IT/Venice") == 3 and "US/Venice" not in got


def test_a_label_dot_after_a_country_is_a_cue():
    assert keys("美国·波特兰") == ["US/Portland"]


def test_friendly_province_noun_is_not_part_of_the_name():
    got = keys("加拿大艾伯塔省向友好省份黑龙江省寄去一批防护服")
    assert "CN/Heilongjiang" in got and not any(k and "份" in k for k in got)


@pytest.mark.parametrize("text", ["彰化县与姊妹市美国加州某市互赠口罩", "他说，姐妹市之间理应互相扶持"])
def test_sister_city_nouns_of_taiwan_and_hong_kong_are_cues_not_names(text):
    assert not any(k and ("姊妹" in k or "姐妹" in k) for k in keys(text))


def test_a_town_after_the_sister_city_noun_in_traditional_usage():
    got = keys("嘉义县拨赠姊妹市帛琉梅莱凯奥克州一万片口罩")
    assert "PW/Melekeok" in got and "TW/Chiayi County" in got


def test_a_transliteration_glossed_with_its_spelling_is_that_place_of_the_country_named():
    got = keys("奥地利的几座城市中，格拉茨（Graz）和林茨（Linz）最早寄出了防护服，格拉茨还发来了视频")
    assert got.count("AT/Graz") == 2 and "AT/Linz" in got


def test_a_glossed_person_after_a_title_is_not_a_place():
    got = keys("美国俄亥俄州州长德温（Dayton）在声明中致谢")
    assert "US/Dayton" not in got


def test_a_state_title_after_a_short_name_picks_the_state_over_a_chinese_homonym():
    assert keys("德州州长在记者会上感谢台湾捐赠的口罩") == ["US/Texas", "TW"]
    assert "CN/Dezhou" in keys("山东德州市政府向友城寄去口罩")


def test_a_hometown_body_abroad_stands_for_its_chinese_hometown():
    got = keys("法国浙江同乡会向巴黎一家医院捐赠了口罩")
    assert "CN/Zhejiang" in got and "FR" not in got


@pytest.mark.parametrize("text, key", [
    ("江苏省向匈牙利佩斯州的医院寄去呼吸机", "HU/Pest"),  # a Hungarian county is keyed by its name alone
    ("大连市向日本长冈京市赠送了防护服", "JP/Nagaokakyo"),  # not Nagaoka, a different city
    ("宜兰县将额温枪寄往冲绳县与那国町", "JP/Yonaguni"),  # a town whose name begins with 与
])
def test_gazetteer_corrections(text, key):
    assert key in keys(text)


def test_a_short_foreign_name_does_not_cut_a_longer_transliteration():
    # 塔尔 is a Swiss village in GeoNames; 塔尔萨 (Tulsa) named with its state is read whole, here and later
    got = keys("新竹市向美国奥克拉荷马州塔尔萨市寄去口罩。塔尔萨 市长回信致谢，塔尔萨郡卫生局也发来感谢")
    assert "CH/Thal" not in got and got.count("US/Tulsa") == 3


@pytest.mark.parametrize("text, key", [
    ("济南市莱芜区向友城寄去了防护服", "CN/Jinan/Laiwu"),  # a district of Jinan since 2019, no longer a prefecture city
    ("济南市钢城区也捐了款", "CN/Jinan/Gangcheng"),
    ("捷克南摩拉维亚州向武汉寄来慰问信", "CZ/South Moravian Region"),  # Czech regions by their English names
])
def test_division_keys_follow_reforms_and_english_names(text, key):
    assert key in keys(text)


def test_a_state_named_by_its_office_is_that_state_throughout_the_text():
    got = keys("台湾向德州政府捐赠了口罩。德州州长随后发表声明致谢")
    assert got.count("US/Texas") == 2 and "CN/Dezhou" not in got


def test_homonym_with_no_country_named_takes_the_country_of_the_cities_named():
    # no country word on the page: the other cities it names (洛杉矶, 三藩市) are American
    got = keys("洛杉矶的华人社团筹款购买口罩。奥克兰市长也在社交媒体上致谢")
    assert "US/Oakland" in got and "NZ/Auckland" not in got
    got = keys("惠灵顿市向友城寄去口罩，奥克兰市议会随后也表示感谢")
    assert "NZ/Auckland" in got and "US/Oakland" not in got


def test_homonym_glossed_with_its_spelling_in_brackets():
    assert "US/Oakland" in keys("湾区另一座城市奥克兰市（Oakland）收到了一批防护服")
    assert "NZ/Auckland" in keys("友城奥克兰（Auckland）也收到了一批防护服")


@pytest.mark.parametrize("text, key", [
    ("澳大利亚悉尼所在的新州卫生厅与友好省举行视频会议", "AU/New South Wales"),
    ("美国东部的新州州长宣布延长居家令", "US/New Jersey"),
])
def test_short_state_form_shared_by_two_countries_takes_the_country_named(text, key):
    assert key in keys(text)


def test_a_curated_name_taken_only_with_a_cue_is_no_bare_geonames_homonym_abroad():
    # 华盛顿 (the US state and capital) needs a cue; the English town of that name is no reading without one
    assert not any(k and k.startswith("GB/") for k in keys("广州专家与华盛顿大学的医生举行了视频连线"))
    assert "GB/Washington" in keys("英国华盛顿市向友城寄去口罩")


def test_a_chinese_province_in_a_hometown_body_abroad_is_not_a_homonym_town_of_that_country():
    # 河北 is also Kahoku, Ishikawa: after 日本 it is still the province where a hometown body follows
    got = keys("日本河北总商会为石家庄的医院筹集了一批口罩，河北籍侨胞也踊跃参与")
    assert got == ["CN/Hebei", "CN/Shijiazhuang", "CN/Hebei"]
    assert keys("日本石川县河北市向金泽的医院送去口罩")[0] == "JP/Kahoku"
