"""Item words and lists of goods with their amounts."""
from __future__ import annotations

import pytest

from cityaid.extract.items import find_items, itemize


def lines(text: str):
    return [(ln.item, ln.quantity, ln.unit, ln.qualifier) for ln in itemize(text)]


@pytest.mark.parametrize("text, item", [
    ("口罩", "mask"), ("医用外科口罩", "medical_mask"), ("外科口罩", "medical_mask"),
    ("N95口罩", "n95_mask"), ("kn95口罩", "n95_mask"), ("一次性普通口罩", "disposable_mask"),
    ("一次性医用口罩", "disposable_mask"), ("隔离衣", "protective_suit"), ("医用防护服", "protective_suit"),
    ("防护眼镜", "goggles"), ("乳胶手套", "gloves"), ("防护面屏", "face_shield"),
    ("核酸检测试剂盒", "test_kit"), ("检测试剂", "test_kit"), ("呼吸机", "ventilator"),
    ("额温枪", "thermometer"), ("红外测温仪", "thermometer"), ("洗手液", "disinfectant"),
    ("连花清瘟", "medicine"), ("中成药", "medicine"), ("防疫用品", "supplies"), ("医疗防护物资", "supplies"),
])
def test_lexicon(text, item):
    found = find_items(f"共有{text}若干")
    assert [(m.item, m.word.lower()) for m in found] == [(item, text.lower())]


def test_leftmost_longest_and_offsets():
    text = "运来一次性普通口罩和医用手套"
    a, b = find_items(text)
    assert (a.item, text[a.start:a.end]) == ("disposable_mask", "一次性普通口罩")
    assert (b.item, text[b.start:b.end]) == ("gloves", "医用手套")


def test_specific_mask_words_written_together_are_one_item():
    found = find_items("一批N95医用防护口罩")
    assert [(m.item, m.word) for m in found] == [("n95_mask", "N95医用防护口罩")]


def test_amount_before_item():
    assert lines("友城寄来240套防护服和1万只口罩") == [
        ("protective_suit", 240, "set", "exact"), ("mask", 10_000, "piece", "exact")]


def test_money_is_not_an_item():
    assert lines("华侨凑齐380只医用口罩、540只一次性普通口罩以及72452日元") == [
        ("medical_mask", 380, "piece", "exact"), ("disposable_mask", 540, "piece", "exact")]


@pytest.mark.parametrize("text, expected", [
    ("仓库调出口罩2万只", [("mask", 20_000, "piece", "exact")]),
    ("仓库调出2万只口罩", [("mask", 20_000, "piece", "exact")]),
    ("从港口发出47万个口罩", [("mask", 470_000, "piece", "exact")]),
    ("收到医疗捐赠物资近30万件", [("supplies", 300_000, "item", "approx")]),
    ("送出20余万件(套)防疫用品", [("supplies", 200_000, "item", "over")]),
    ("口罩共计3万只,防护服800套", [("mask", 30_000, "piece", "exact"), ("protective_suit", 800, "set", "exact")]),
    ("送去两千副护目镜、近千套防护服", [("goggles", 2_000, "pair", "exact"), ("protective_suit", 1_000, "set", "approx")]),
    ("运去1255台呼吸机", [("ventilator", 1255, "unit", "exact")]),
    ("另有5000瓶84消毒液", [("disinfectant", 5000, "bottle", "exact")]),
])
def test_amounts(text, expected):
    assert lines(text) == expected


def test_items_without_amounts():
    assert lines("医院急需口罩和防护服等物资") == [("mask", None, None, None), ("protective_suit", None, None, None)]


def test_summary_word_is_dropped_when_specific_items_are_listed():
    got = lines("向友城捐赠口罩、防护服、核酸检测试剂盒等医疗防护物资")
    assert [g[0] for g in got] == ["mask", "protective_suit", "test_kit"]


def test_summary_word_alone_is_kept():
    assert lines("分批寄出防疫物资") == [("supplies", None, None, None)]


def test_counts_of_countries_acts_and_money_never_pair():
    assert lines("向12个国家捐赠口罩") == [("mask", None, None, None)]
    assert lines("分3批寄出口罩") == [("mask", None, None, None)]
    assert lines("出资5000美元采购口罩") == [("mask", None, None, None)]


def test_separator_stops_an_amount():
    # the amount before 和 belongs to the first item only
    assert lines("捐出500套防护服和口罩") == [("protective_suit", 500, "set", "exact"), ("mask", None, None, None)]


def test_clause_window_and_offsets():
    text = "甲市:240套防护服。乙市:1万只口罩。"
    cut = text.index("。") + 1
    got = itemize(text, cut)
    assert [(g.item, g.quantity) for g in got] == [("mask", 10_000)]
    assert text[got[0].start:got[0].end] == "1万只口罩"
