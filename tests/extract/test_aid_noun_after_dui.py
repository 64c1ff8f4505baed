"""A gift named as a noun after 甲对乙的 (甲对乙的援助已送达) goes from 甲 to 乙; 对乙的援助表示感谢 stays thanks for
乙's gift.  Sentences written for the test."""
from tests.extract.page_helpers import page_sides


def test_aid_named_after_dui_goes_to_the_place_after_dui():
    assert page_sides("4月中旬，温州对意大利友城普拉托的援助已全部送达。") == [("donation", ["CN/Wenzhou"], ["IT/Prato"])]


def test_a_batch_named_after_dui():
    assert page_sides("宁波对德国亚琛市的第二批捐赠物资于5月6日运抵。") == [("donation", ["CN/Ningbo"], ["DE/Aachen"])]


def test_thanks_for_the_aid_of_the_place_after_dui_is_no_gift_to_it():
    sides = page_sides("大阪府知事对上海的援助表示衷心感谢。")
    assert ("donation", ["JP/Osaka"], ["CN/Shanghai"]) not in sides
