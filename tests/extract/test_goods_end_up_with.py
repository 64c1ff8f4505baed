"""Goods shipped to a country and finally handed to a town (运往甲国，最终交到乙市…手中) went to the town.
Sentences written for the test."""
from tests.extract.page_helpers import page_sides


def test_where_the_goods_finally_ended_is_the_receiver():
    assert page_sides("台州市的6000副手套经宁波港运往韩国，最终交到昌原市政府手中。") == [
        ("donation", ["CN/Taizhou, Zhejiang"], ["KR/Changwon"])]
