"""A shipment told with no taker (一批物资从某机场启运) and then shared out after 其中 — places listed with 各 and
one amount, or a place with its own goods — is one gift to each place named, each with its own share."""
from tests.extract.page_helpers import page_sides


def test_listed_places_each_with_one_amount_and_a_place_with_its_goods():
    got = page_sides("5月11日，成都市募集的第二批抗疫物资从双流机场起运，其中法国蒙彼利埃市、波兰罗兹市各1.5万只口罩，"
                     "意大利帕多瓦市8000只口罩和200套防护服。")
    assert got == [("donation", ["CN/Chengdu"], ["FR/Montpellier"]),
                   ("donation", ["CN/Chengdu"], ["PL/Łódź"]),
                   ("donation", ["CN/Chengdu"], ["IT/Padua"])]


def test_each_gets_after_the_list():
    got = page_sides("昨日，一批由长沙市筹措的防疫物资从黄花机场启运，其中日本鹿儿岛市、韩国全州市各得6000只口罩。")
    assert got == [("donation", ["CN/Changsha"], ["JP/Kagoshima"]),
                   ("donation", ["CN/Changsha"], ["KR/Jeonju"])]
