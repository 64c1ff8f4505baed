"""X将筹集到的N日元捐款汇往Y: 将 with a verb's result (到的) names the object it moves, the sum raised; it is no
plan (将募集… is one)."""
from tests.extract.page_helpers import page_sides


def test_raised_sum_sent_is_a_gift():
    sides = page_sides("3月初，松山市日中友好协会将筹集到的80万日元捐款汇往武汉市慈善总会。")
    assert sides == [("donation", ["JP/Matsuyama"], ["CN/Wuhan"])]


def test_sum_to_be_raised_is_a_plan():
    sides = page_sides("松山市日中友好协会将募集30万日元善款汇至武汉市红十字会。")
    assert not sides
