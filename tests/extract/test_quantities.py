"""Amounts: numerals, qualifiers, counters, currencies and what is not an amount."""
from __future__ import annotations

import re
from pathlib import Path

import cn2an
import pytest
from hypothesis import given, strategies as st

from cityaid.extract.quantities import QuantityMention, find_quantities, parse_number

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def only(text: str) -> QuantityMention:
    found = find_quantities(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("raw, value", [
    ("1万", 10_000), ("1.5万", 15_000), ("47万", 470_000), ("五万", 50_000), ("两千", 2_000),
    ("一万五千", 15_000), ("近千", 1_000), ("千", 1_000), ("十余万", 100_000), ("3000万", 30_000_000),
    ("2亿", 200_000_000), ("1,000", 1_000), ("72452", 72_452), ("贰拾万", 200_000), ("20余万", 200_000),
    ("约3000万", 30_000_000), ("2万亿", 2e12), ("三千万", 30_000_000),
])
def test_parse_number(raw, value):
    assert parse_number(raw) == value


@pytest.mark.parametrize("raw", ["", "口罩", "abc", "万里长城"])
def test_parse_number_rejects_words(raw):
    assert parse_number(raw) is None


@given(st.integers(min_value=0, max_value=10**12))
def test_chinese_numeral_round_trip(n):
    assert parse_number(cn2an.an2cn(n)) == n


@given(st.integers(min_value=0, max_value=10**12))
def test_grouped_arabic_round_trip(n):
    assert parse_number(f"{n:,}") == n
    assert parse_number(str(n)) == n


@pytest.mark.parametrize("text, value, qualifier, unit", [
    ("友城又送来1万只,以解燃眉之急", 10_000, "exact", "piece"),
    ("向邻省捐赠20余万件(套)", 200_000, "over", "item"),
    ("累计收到近30万件", 300_000, "approx", "item"),
    ("商会募集五万只", 50_000, "exact", "piece"),
    ("仓库里还有2000余只", 2_000, "over", "piece"),
    ("医院只剩近千套", 1_000, "approx", "set"),
    ("共发出47万个", 470_000, "exact", "piece"),
    ("随车运去240套", 240, "exact", "set"),
    ("当地华侨凑了380只", 380, "exact", "piece"),
    ("工厂赶制了30多个", 30, "over", "piece"),
    ("送去1,000只", 1_000, "exact", "piece"),
    ("大约500副", 500, "approx", "pair"),
    ("运去5吨", 5, "exact", "ton"),
    ("一共300件/套", 300, "exact", "item"),
])
def test_goods_amounts(text, value, qualifier, unit):
    q = only(text)
    assert (q.value, q.qualifier, q.unit, q.currency, q.kind) == (value, qualifier, unit, None, "goods")
    assert text[q.start:q.end] == q.text


@pytest.mark.parametrize("text, value, qualifier, currency", [
    ("捐款十余万元用于采购", 100_000, "over", "CNY"),
    ("另附72452日元现金", 72_452, "exact", "JPY"),
    ("物资总价约3000万元", 30_000_000, "approx", "CNY"),
    ("侨胞捐款11万余元", 110_000, "over", "CNY"),
    ("基金会拨出5000美元", 5_000, "exact", "USD"),
    ("市政府出资人民币3000万元", 30_000_000, "exact", "CNY"),
    ("企业捐赠3000万元人民币", 30_000_000, "exact", "CNY"),
    ("募得2万欧元善款", 20_000, "exact", "EUR"),
    ("汇去500万韩元", 5_000_000, "exact", "KRW"),
    ("筹集100万卢布", 1_000_000, "exact", "RUB"),
    ("援助2亿港元", 200_000_000, "exact", "HKD"),
])
def test_money(text, value, qualifier, currency):
    q = only(text)
    assert (q.value, q.qualifier, q.currency, q.kind) == (value, qualifier, currency, "money")


def test_longest_currency_word_wins():
    q = only("寄来500日元")
    assert q.currency == "JPY" and q.unit_raw == "日元"


@pytest.mark.parametrize("text, value, kind, qualifier", [
    ("向12个国家的友城去信", 12, "countries", "exact"),
    ("已向80多个国家提供援助", 80, "countries", "over"),
    ("同34国分享经验", 34, "countries", "exact"),
    ("收到25个外国地方政府的来电", 25, "partners", "exact"),
    ("致电30多个国际友城", 30, "partners", "over"),
    ("与5座城市连线", 5, "partners", "exact"),
    ("发出慰问信9封", 9, "events", "exact"),
    ("举行5场视频会", 5, "events", "exact"),
    ("双方通话25次", 25, "events", "exact"),
    ("同22位外国领导人交流", 22, "people", "exact"),
    ("派出约50名医生", 50, "people", "approx"),
])
def test_counts_of_partners_and_acts(text, value, kind, qualifier):
    q = only(text)
    assert (q.value, q.kind, q.qualifier) == (value, kind, qualifier)


def test_country_unit():
    q = only("向12个国家的友城去信")
    assert q.unit == "country" and q.unit_raw == "个国家"


@pytest.mark.parametrize("text", [
    "会议于3月10日召开", "2020年是特殊的一年", "24日晚抵达", "更新时间17:48:50",
    "发布于2020-03-27", "第一批物资", "第二大城市", "一箱箱物资", "一次性用品", "G20峰会",
    "N95", "二十国集团峰会", "万里连线", "一带一路", "千万市民", "COVID-19",
])
def test_not_amounts(text):
    assert [q for q in find_quantities(text) if q.kind in ("goods", "money")] == []
    assert all(q.unit is None or q.kind == "other" for q in find_quantities(text))


def test_dates_and_times_are_not_numbers_at_all():
    assert find_quantities("2020-03-27 17:48:50 3月10日 2020年") == []


def test_percent_and_durations_are_other():
    pct, dur = find_quantities("增长了34%,历时两个多月")
    assert (pct.value, pct.unit, pct.kind) == (34, "percent", "other")
    assert (dur.value, dur.unit, dur.kind, dur.qualifier) == (2, "month", "other", "over")


def test_bare_number_has_no_unit():
    q = only("热线号码12345")
    assert q.unit_raw is None and q.unit is None and q.kind == "other"


def test_offsets_and_search_window():
    text = "甲市送来1万只,乙市送来2万只"
    first, second = find_quantities(text)
    assert text[first.start:first.end] == "1万只" and text[second.start:second.end] == "2万只"
    inside = find_quantities(text, 8)
    assert [q.value for q in inside] == [20_000] and inside[0].start == second.start


def _seed_texts():
    if not (SHARED / "corpus" / "seeds").is_dir():
        pytest.skip("shared corpus not available")
    opencc = pytest.importorskip("opencc")
    from cityaid.clean.normalize import to_half_width

    cc = opencc.OpenCC("t2s")
    pinyin = re.compile(r"(?<=[\u3400-\u9fff])\([a-zA-Z\u00c0-\u024f\u0300-\u036f]+\)")
    return {p.name[:3]: to_half_width(cc.convert(pinyin.sub("", p.read_text(encoding="utf-8"))))
            for p in sorted((SHARED / "corpus" / "seeds").glob("*.txt"))}


def test_seed_numbers_found():
    import datetime

    from cityaid.extract.dates import find_dates, find_publication_date
    from cityaid.extract.items import itemize

    texts = _seed_texts()
    found = {k: {(q.value, q.currency, q.qualifier, q.kind) for q in find_quantities(t)} for k, t in texts.items()}
    assert (72452, "JPY", "exact", "money") in found["002"]
    assert (110000, "CNY", "over", "money") in found["000"]
    assert (30_000_000, "CNY", "approx", "money") in found["001"]
    assert (200000, None, "over", "goods") in found["000"]
    assert (30, None, "over", "countries") in found["001"]
    assert (9, None, "exact", "events") in found["003"]
    lines = {(ln.item, ln.quantity) for k, t in texts.items() for ln in itemize(t)}
    assert {("mask", 470000), ("protective_suit", 240), ("medical_mask", 380),
            ("disposable_mask", 540), ("supplies", 300000)} <= lines
    assert find_publication_date(texts["000"]) == datetime.date(2020, 3, 27)
    assert find_publication_date(texts["001"]) == datetime.date(2020, 4, 30)
    dates = {(d.value, d.qualifier) for d in find_dates(texts["002"], datetime.date(2020, 4, 3))}
    assert {("2020-02-06", "on"), ("2020-03-04", "on"), ("2020-01-30", "on")} <= dates
    asof = {(d.value, d.qualifier) for d in find_dates(texts["003"], datetime.date(2020, 3, 24))}
    assert ("2020-03-20", "as_of") in asof


def test_amount_after_a_colon_or_dash_in_prose():
    assert [q.value for q in find_quantities("市长:1万只;副市长-2000只")] == [10_000, 2_000]
    assert find_quantities("1.5万只")[0].value == 15_000


def test_vague_counts_and_exact_sums():
    from cityaid.extract.quantities import find_quantities

    assert find_quantities("寄来数十万只口罩") == []
    assert find_quantities("送去几千个") == []
    assert [q.value for q in find_quantities("库存总数30万只")] == [300_000]
    assert [q.value for q in find_quantities("共收到61.2783万个口罩")] == [612_783]


def test_a_currency_named_before_the_number_beats_yuan():
    from cityaid.extract.quantities import find_quantities

    assert [(q.value, q.currency) for q in find_quantities("捐出港币30万元")] == [(300_000, "HKD")]
    assert [(q.value, q.currency) for q in find_quantities("送交新台币80万元")] == [(800_000, "TWD")]
    assert [(q.value, q.currency) for q in find_quantities("约合人民币60万元")] == [(600_000, "CNY")]


def test_japanese_prefectures_and_municipalities_counted_are_partners():
    assert only("已有超过60个都道府县与市町村收到口罩").kind == "partners"
    assert only("已有40多个地方自治体收到口罩").kind == "partners"


def test_chinese_numeral_without_the_zero_before_a_lower_group():
    # 三亿两千 (no 零 before the thousands) is read group by group
    assert parse_number("三亿两千") == 300_002_000
    assert parse_number("三亿零两千") == 300_002_000
