"""One shipment to partners all named, its goods summed (向A市、B市合计送去口罩N只), is one gift with them all
as recipients; the same sum over acts spread in time (先后 / 以来) stays a tally. Own sentences."""
from tests.extract.page_helpers import page_sides


def test_goods_summed_for_two_named_partners_are_one_gift():
    assert page_sides("5月下旬，温州又向美国波特兰市、韩国光州广域市合计送去口罩5万只和额温枪300支。", title="温州与友城") == [
        ("donation", ["CN/Wenzhou"], ["KR/Gwangju", "US/Portland"])]


def test_a_sum_over_acts_spread_in_time_stays_a_tally():
    assert page_sides("4月以来，温州先后向美国波特兰市、韩国光州广域市合计送去口罩5万只。", title="温州与友城") == [
        ("aggregate", ["CN/Wenzhou"], ["KR/Gwangju", "US/Portland"])]


def test_a_sum_over_a_counted_set_of_partners_stays_a_tally():
    sides = page_sides("今年2月，光州市曾向温州、台州、丽水三市合共捐出4.2万只口罩。", title="温州与友城")
    assert [x[0] for x in sides] == ["aggregate"]
