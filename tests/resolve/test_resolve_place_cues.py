"""How a foreign place is keyed from the places written around it: a country and its region before a
city, the city's country in brackets after it (sentences written for the tests; real place names)."""
from __future__ import annotations

import pytest

from cityaid.model import Document
from cityaid.pipeline import extract_document
from cityaid.resolve import find_actors, geodb

pytestmark = pytest.mark.skipif(not geodb.enabled() or not geodb.stats()["rows"], reason="open-world layer off")


def keys(text: str) -> list[str | None]:
    return [m.key for m in find_actors(text)]


def receivers(head: str, text: str) -> list[list[str]]:
    doc = Document("t", head + "\n\n" + text, published="2020-04-10", content_hash="x")
    return [sorted(a["key"] for a in e.to_spec()["to"]) for e in extract_document(doc).events]


@pytest.mark.parametrize("text, key", [
    ("防疫物资发往加拿大安大略省汉密尔顿市", "CA/Hamilton"),  # the table knows Hamilton only in the US and Scotland
    ("口罩已寄到加拿大不列颠哥伦比亚省维多利亚市", "CA/Victoria"),
    ("美国阿拉巴马州伯明翰市收到了手套", "US/Birmingham"),
])
def test_a_city_after_a_country_and_its_region_is_of_that_country(text, key):
    assert keys(text)[-1] == key
    assert len([k for k in keys(text) if k]) == 1  # the country and the region are folded into the city


def test_the_region_alone_stays_a_region():
    assert keys("捐给加拿大安大略省的物资") == ["CA/Ontario"]


@pytest.mark.parametrize("text, key", [
    ("物资运往汉堡(德国)", "DE/Hamburg"),  # 汉堡 is also a sandwich: the country in brackets says it is the city
    ("寄给维多利亚(加拿大)的口罩", "CA/Victoria"),
    ("伯明翰(英国)的华人社团", "GB/Birmingham"),
    ("汉密尔顿(新西兰)市政府表示", "NZ/Hamilton"),
    ("杜塞尔多夫市(德国)来信", "DE/Düsseldorf"),
])
def test_a_city_with_its_country_in_brackets_is_one_place_of_that_country(text, key):
    assert [k for k in keys(text) if k] == [key]


def test_a_bracketed_country_after_a_city_is_not_a_second_receiver():
    got = receivers("武汉市外办消息", "5月6日，我市向米兰(意大利)捐赠了4万只外科口罩。")
    assert got == [["IT/Milan"]]
    got = receivers("武汉市外办消息", "5月7日，2万只口罩寄往加拿大安大略省汉密尔顿市。")
    assert got == [["CA/Hamilton"]]


@pytest.mark.parametrize("text, key", [
    ("西班牙加泰罗尼亚自治区卫生部门致信感谢", "ES/Catalonia"),  # an exonym no transliteration reaches
    ("加利西亚自治区政府收到了两万只手套", "ES/Galicia"),
    ("荷兰北布拉班特省的医院", "NL/North Brabant"),  # 北 is a translated word, not a sound
    ("墨西哥新莱昂州卫生厅", "MX/Nuevo Leon"),
    ("比利时瓦隆大区的养老院", "BE/Wallonia"),
])
def test_regions_named_by_their_chinese_exonym(text, key):
    assert key in keys(text)


def test_a_regions_bare_name_as_a_language_is_no_place():
    assert keys("他会说巴斯克语和弗拉芒语") == []


@pytest.mark.parametrize("text, key", [
    ("爱尔兰凯里郡议会转来一批面罩", "IE/County Kerry"),
    ("一批呼吸机运抵爱尔兰戈尔韦郡", "IE/County Galway"),
])
def test_an_irish_county_is_keyed_as_ireland_writes_it(text, key):
    assert key in keys(text)
