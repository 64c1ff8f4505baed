"""Totals with nothing to count: help told without goods, count or amount is no total; a place's own
experts meeting counted partners abroad on its page are the place's total."""
from zh_reading import events, keys  # noqa: F401 - the shared reader


def test_help_told_without_goods_or_count_is_no_total():
    assert [e for e in events("据市外办介绍，到目前为止，已有多个德国友城向合肥伸出援手。") if e.type == "aggregate"] == []


def test_many_partners_giving_named_goods_stay_a_total():
    [e] = events("疫情期间，日本、韩国多个友好城市纷纷向绍兴市捐赠口罩等物资。")
    assert e.type == "aggregate"


def test_experts_meeting_counted_partners_abroad_are_the_pages_place():
    es = events("2020年全省外事工作回顾\n\n全年组织医疗专家与国外同行举行视频交流会25场。", "湖北省")
    [e] = [e for e in es if e.type == "aggregate"]
    assert e.of == "consultation" and keys(e.from_) == ["CN/Hubei"]
