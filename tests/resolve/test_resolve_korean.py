"""Korean counties and cities written in Han characters; Taiwan's counties; English subdivision keys.

Sentences written for the tests (invented events, real place names).
"""
from __future__ import annotations

import pytest

from cityaid.resolve import find_actors, geodb
from cityaid.resolve.korean import romanise

pytestmark = pytest.mark.skipif(not geodb.enabled() or not geodb.stats()["rows"], reason="open-world layer off")


def keys(text: str) -> list[str | None]:
    return [m.key for m in find_actors(text)]


@pytest.mark.parametrize("han, rr", [
    ("高灵", "Goryeong"), ("淳昌", "Sunchang"), ("扶安", "Buan"), ("务安", "Muan"), ("灵岩", "Yeongam"),
    ("丽水", "Yeosu"), ("江陵", "Gangneung"), ("全州", "Jeonju"), ("光阳", "Gwangyang"), ("新罗", "Silla"),
])
def test_han_name_romanised_by_its_korean_reading(han, rr):
    assert romanise(han) == rr


def test_unreadable_or_too_long_names_are_not_romanised():
    assert romanise("") is None and romanise("一二三四五") is None


def test_korean_county_after_country_gets_its_english_key():
    assert "KR/Gochang" in keys("韩国高敞郡的郡守来信，感谢湖北省的帮助")


def test_counties_listed_without_a_country_are_korean():
    got = keys("山西省日前分别向陕川郡、咸平郡和礼山郡寄去防疫物资")
    assert {"KR/Hapcheon", "KR/Hampyeong", "KR/Yesan"} <= set(got)


def test_county_follows_the_country_its_paragraph_names():
    got = keys("日本北海道的町村也收到了捐赠。\n此前，该省还向韩国蔚珍郡、清道郡捐赠了口罩")
    assert "KR/Uljin" in got and "KR/Cheongdo" in got


@pytest.mark.parametrize("text, key", [
    ("台湾屏东县向菲律宾友城捐赠口罩", "TW/Pingtung"),
    ("宜兰县政府送来一批防护服", "TW/Yilan"),
    ("台中市议会致函表示慰问", "TW/Taichung"),
])
def test_taiwan_counties_and_cities(text, key):
    assert key in keys(text)


def test_subdivision_keys_are_english():
    assert "PL/Lower Silesia" in keys("河北省向波兰下西里西亚省赠送了呼吸机")


def test_japanese_keys_have_no_macrons():
    got = keys("日本八王子市向友城赠送口罩")
    assert "JP/Hachioji" in got


def test_a_governor_title_is_not_a_county():
    got = keys("韩国咸阳郡郡守来信。朴明郡守表示感谢")
    assert "KR/Hamyang" in got and not any(k and k.endswith("/Bakmyeong") for k in got)


def test_district_of_a_korean_metropolitan_city_nests_under_it():
    assert "KR/Seoul/Jongno" in keys("韩国首尔特别市钟路区厅向辽宁省捐赠了口罩")
    assert "KR/Daegu/Dong-gu" in keys("韩国大邱广域市东区收到了江西省的慰问信")


def test_a_word_for_an_area_is_no_district():
    got = keys("韩国大邱市疫区的医院收到了物资")
    assert got == ["KR/Daegu"]


def test_simplified_characters_are_read_as_korea_writes_them():
    # 达 is 達 (dal), 钟 is 鍾 (jong), 广 is 廣 (gwang); 陕 stays 陜 (hap)
    assert romanise("达西") == "Dalseo" and romanise("钟阁") == "Jonggak"
    assert romanise("广津") == "Gwangjin" and romanise("陕川") == "Hapcheon"


def test_direction_ward_after_a_metropolitan_city():
    got = find_actors("4月2日，温州市向韩国仁川广域市中区赠送的口罩已运抵")
    assert [m.key for m in got if m.country == "KR"] == ["KR/Incheon/Jung-gu"]
    assert [m.surface for m in got if m.country == "KR"] == ["韩国仁川广域市中区"]


def test_ward_named_again_alone_keeps_its_city():
    got = keys("扬州市与釜山广域市西区结为友城。5月6日，西区向扬州捐赠口罩，西区厅长随后来信")
    assert got.count("KR/Busan/Seo-gu") == 3 and "CN/Panzhihua/Xiqu" not in got


def test_county_of_a_metropolitan_city_is_under_it():
    got = keys("宁波市鄞州区向韩国仁川广域市江华郡捐赠口罩。江华郡守来信感谢，江华郡保健所也发来视频")
    assert got.count("KR/Incheon/Ganghwa") == 3


def test_ward_office_names_a_ward_of_the_city_the_page_names():
    got = keys("物资从南京运往首尔。此前，永登浦区厅长曾向鼓楼区致信，感谢永登浦区的友好城区")
    assert got.count("KR/Seoul/Yeongdeungpo") == 2


def test_chinese_district_named_like_a_common_word_needs_its_city():
    assert "CN/Jincheng/Chengqu" not in keys("青岛向友好城区韩国光州广域市南区寄送口罩，城区居民踊跃捐款")
    assert "CN/Jincheng/Chengqu" in keys("山西省晋城市城区向武汉捐赠口罩")


def test_a_ward_of_two_characters_or_more_is_keyed_by_its_name_alone():
    # 达西区 is Dalseo (no -gu in the key); a one-character ward keeps it (西区 Seo-gu)
    got = keys("青岛市向韩国大邱广域市达西区赠送口罩，达西区厅长回信致谢")
    assert got.count("KR/Daegu/Dalseo") == 2
    assert "KR/Busan/Seo-gu" in keys("威海市向韩国釜山广域市西区捐赠了防护服")
