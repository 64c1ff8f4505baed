"""A letter or call told after a receipt that only dates it (X在收到物资后致信Y / X收到口罩后即致电Y) goes
from the one who took the goods in to the one written to. Own sentences."""
from tests.extract.page_helpers import page_sides


def _messages(*paras, title):
    return [x for x in page_sides(*paras, title=title) if x[0] == "message"]


def test_letter_after_goods_received_goes_from_the_taker():
    assert _messages("6月2日，浙江省向日本静冈县捐赠的口罩运抵静冈。", "静冈县知事在收到物资后致信省政府，称“这是两地友谊的见证”。",
                     title="浙江与友好省州同心抗疫") == [("message", ["JP/Shizuoka"], ["CN/Zhejiang"])]


def test_call_at_once_after_the_goods_came():
    assert _messages("6月2日，浙江省向日本静冈县捐赠的口罩运抵静冈。", "静冈县知事收到物资后即致电浙江省省长，表示感谢。",
                     title="浙江与友好省州同心抗疫") == [("message", ["JP/Shizuoka"], ["CN/Zhejiang"])]
