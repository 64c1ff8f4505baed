"""Vietnam's provinces on the Chinese border, named in Chinese or English (with or without the Vietnamese
marks): each is its own province (sentences written for these tests)."""
from __future__ import annotations

import pytest

from cityaid.resolve import find_actors
from cityaid.resolve.english import find_actors_en


@pytest.mark.parametrize("text, key", [
    ("Vietnam's Dien Bien province asked Guangxi in early May for help with quarantine rules.", "VN/Dien Bien"),
    ("Officials of Lai Chau province thanked the Chinese side on Tuesday.", "VN/Lai Chau"),
    ("The gloves were handed over to Hà Giang province at the border gate.", "VN/Ha Giang"),
    ("Health officials of Quảng Ninh held a video call with Chinese doctors.", "VN/Quang Ninh"),
])
def test_english_names(text, key):
    assert key in [m.key for m in find_actors_en(text)]


@pytest.mark.parametrize("text, key", [
    ("广西向越南谅山省捐赠口罩3万只。", "VN/Lang Son"),
    ("云南省卫健委与越南莱州省卫生厅举行视频会议。", "VN/Lai Chau"),
    ("越南高平省向百色市致函感谢。", "VN/Cao Bang"),
    ("河江省官员出席了交接仪式。", "VN/Ha Giang"),
])
def test_chinese_names(text, key):
    assert key in [m.key for m in find_actors(text)]


def test_a_list_of_provinces_is_not_a_town_in_the_next_province():
    text = "Yunnan sent gloves to the provinces of Lào Cai, Lạng Sơn, Điện Biên and Lai Châu on Friday."
    got = [m.key for m in find_actors_en(text)]
    assert got == ["CN/Yunnan", "VN/Lao Cai", "VN/Lang Son", "VN/Dien Bien", "VN/Lai Chau"], got
