"""Chinese: 由X(统一)接收 after a gift to X names who takes the goods in; it is no gift from X back to the giver."""
from tests.extract.page_helpers import page_sides


def _events(*paras, title="无锡市"):
    return page_sides(*paras, title=title, published="2021-03-02")


def test_receiver_takes_the_goods_in():
    got = _events("近日，我市向大邱、釜山两市发运防护服8000套，由大邱市负责接收后分送釜山市。")
    assert got == [("donation", ["CN/Wuxi"], ["KR/Busan", "KR/Daegu"])]


def test_residents_beside_a_local_body_are_not_the_page_city():
    got = _events("据悉，由江苏苏州市与南通市联合捐赠的3万只口罩，4月2日运抵日本大阪市，将分发给当地医院和市民。",
                  title="苏州日报")
    assert got == [("donation", ["CN/Nantong", "CN/Suzhou"], ["JP/Osaka"])]
