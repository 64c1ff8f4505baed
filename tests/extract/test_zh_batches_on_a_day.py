"""Goods of one day (or a few days) sent in parts (分批) are one gift; a sum or a stream stays a total."""
from zh_reading import events, keys  # noqa: F401 - the shared reader


def test_sent_in_parts_on_a_day_is_one_gift():
    es = events("冈山县随即调出50万只口罩，3月5日由总领馆人员分批空运到江西、湖南两个友好省。")
    assert [e.type for e in es] == ["donation"]
    assert sorted(keys(es[0].to)) == ["CN/Hunan", "CN/Jiangxi"]


def test_sent_in_parts_with_a_sum_stays_a_total():
    es = events("截至3月5日，冈山县已分批向江西、湖南等友好省捐赠口罩50万只。")
    assert [e.type for e in es] == ["aggregate"]


def test_sent_in_parts_to_many_counted_partners_stays_a_total():
    es = events("3月5日，冈山县分批向江西、湖南等8个友好省捐赠口罩50万只。")
    assert [e.type for e in es] == ["aggregate"]
