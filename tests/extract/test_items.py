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
    ("保护衣", "protective_suit"), ("酒精搓手液", "disinfectant"),  # (Hong Kong and Macau usage)
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
    assert lines("友城寄来360套防护服和2万只口罩") == [
        ("protective_suit", 360, "set", "exact"), ("mask", 20_000, "piece", "exact")]


def test_money_is_not_an_item():
    assert lines("侨胞凑了260只医用口罩、430只一次性口罩，外加51830日元") == [
        ("medical_mask", 260, "piece", "exact"), ("disposable_mask", 430, "piece", "exact")]


@pytest.mark.parametrize("text, expected", [
    ("仓库调出口罩2万只", [("mask", 20_000, "piece", "exact")]),
    ("仓库调出2万只口罩", [("mask", 20_000, "piece", "exact")]),
    ("从港口发出47万个口罩", [("mask", 470_000, "piece", "exact")]),
    ("收到各类捐赠物资近40万件", [("supplies", 400_000, "item", "approx")]),
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
    got = lines("向友城捐助口罩、防护服、检测试剂盒等防疫物资")
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


@pytest.mark.parametrize("text, expected", [
    ("运去3万片医用口罩", [("medical_mask", 30_000, "piece", "exact")]),
    ("送来两百万片医疗口罩", [("medical_mask", 2_000_000, "piece", "exact")]),
    ("送去中药颗粒剂500人份", [("medicine", 500, "dose", "exact")]),
    ("另有中药制剂2.6万剂", [("medicine", 26_000, "dose", "exact")]),
    ("寄去7355个一次性医用外科口罩", [("medical_mask", 7_355, "piece", "exact")]),
    ("寄出6450个一次性医用口罩", [("disposable_mask", 6_450, "piece", "exact")]),
    ("送来1.2万只KF94口罩", [("mask", 12_000, "piece", "exact")]),
])
def test_counters_and_kinds(text, expected):
    assert lines(text) == expected


def test_a_vague_count_is_no_amount():
    assert lines("收到友城寄来的数千只口罩") == [("mask", None, None, None)]
    assert lines("已运抵几万个防护口罩") == [("mask", None, None, None)]


def test_goods_outside_the_list_are_other():
    got = lines("还带去核酸提取仪、PCR仪等实验室设备和检测试剂")
    assert [g[0] for g in got] == ["other", "test_kit"]


def test_amount_whose_goods_are_left_unsaid_counts_the_goods_counted_before():
    text = "5月3日,丙省捐赠的7.2万只医用外科口罩已到达丁县。其中,丙省政府捐赠4.5万只,戊市捐赠2.7万只。"
    cut = text.index("。") + 1
    got = [(ln.item, ln.quantity) for ln in itemize(text, cut)]
    assert got == [("medical_mask", 45_000), ("medical_mask", 27_000)]
    assert [(ln.item, ln.quantity) for ln in itemize("这批30万只防护服已启运,两地各15万套")] == [
        ("protective_suit", 300_000), ]  # another counter (套 is not 只): nothing is guessed


def test_unsaid_goods_each():
    text = "己市已向三个友城送去共计9000只护目镜。\n其中向庚市捐赠3000只。"
    cut = text.index("\n") + 1
    assert [(ln.item, ln.quantity) for ln in itemize(text, cut)] == [("goggles", 3_000)]


def test_a_generic_count_over_a_list_is_supplies():
    assert lines("友城捐赠了约3万件口罩、护目镜和隔离衣等防护用品") == [("supplies", 30_000, "item", "approx")]
    # a mask counter counts masks, whatever the list
    assert lines("捐赠8万只口罩、护目镜等物资") == [("mask", 80_000, "piece", "exact"), ("goggles", None, None, None)]


def test_a_generic_word_that_is_a_list_member_is_kept():
    got = lines("向友城寄出医用口罩和医护人员急需的个人防护装备")
    assert [g[0] for g in got] == ["medical_mask", "supplies"]


def test_masks_counted_without_their_kind_take_the_kind_named_before():
    text = "辛省向两地捐赠了40万只N95口罩。物资从码头起运,两地各得到20万只口罩。"
    cut = text.index("。") + 1
    assert [(ln.item, ln.quantity) for ln in itemize(text, cut)] == [("n95_mask", 200_000)]


def test_weights_are_no_counts():
    assert lines("运抵的还有呼吸机、口罩等八吨医疗物资") == [("ventilator", None, None, None), ("mask", None, None, None)]
    assert lines("捐赠3吨消毒液") == [("disinfectant", None, None, None)]


def test_goods_the_lexicon_does_not_know_are_other():
    assert lines("向友城捐赠了300台收音机") == [("other", 300, "unit", "exact")]
    assert lines("送去60箱罐头和2万只口罩") == [("other", 60, "box", "exact"), ("mask", 20_000, "piece", "exact")]
    assert lines("分两个阶段推进") == []


def test_a_part_of_a_total_in_the_same_sentence_is_not_counted_again():
    assert [(ln.item, ln.quantity) for ln in itemize("运抵的3.6万只外科口罩中,其中甲市捐赠2万只")] == [
        ("medical_mask", 36_000)]


def test_asides_in_brackets_are_not_amounts_of_the_gift():
    assert [(ln.item, ln.quantity) for ln in itemize("县里将3万个口罩运往友城(库存共约5万个)")] == [("mask", 30_000)]


def test_an_amount_reaches_its_goods_over_a_relative_clause():
    assert lines("其中有3000只专供一线医护人员使用的高性能口罩") == [("n95_mask", 3_000, "piece", "exact")]
    assert lines("运来800套,另有一批在路上的防护服") == [("protective_suit", None, None, None)]


def test_taiwan_and_hong_kong_words():
    assert lines("捐赠5000剂快筛试剂与20台呼吸器") == [("test_kit", 5_000, "dose", "exact"), ("ventilator", 20, "unit", "exact")]
