"""Chinese gifts to counted partners with one value claimed over them all (sentences written for these tests)."""
from zh_reading import events, keys  # noqa: F401 - the shared reader


def test_value_over_four_counted_partners_is_a_total():
    [e] = events("3月下旬，湖南省首批向日本滋贺县、韩国全罗北道、美国马里兰州和德国黑森州等4个国际友城捐赠口罩、"
                 "防护服等物资，总价值约90万元。")
    assert e.type == "aggregate" and keys(e.from_) == ["CN/Hunan"] and len(e.to) == 4


def test_counted_partners_with_no_value_stay_one_gift_each():
    es = events("3月下旬，湖南省向日本滋贺县、韩国全罗北道、美国马里兰州和德国黑森州等4个国际友城捐赠口罩、防护服等物资。")
    assert es and all(e.type == "donation" for e in es)
