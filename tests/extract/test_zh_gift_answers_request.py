"""Goods sent in answer to a request, on sentences written for these tests (other places, other figures):
the asker writes to the one asked (致函B,希望B提供口罩); the one asked then sends goods with no receiver named
(B省捐赠的N只口罩从某机场启运): they go to the one that asked. A gift to a named receiver keeps it."""
from zh_reading import events, keys  # noqa: F401 - the shared reader


def test_goods_leave_for_the_asker():
    es = events("3月中旬，波兰波兹南市市长致函湖北省人民政府，希望湖北提供口罩等防疫物资。\n\n"
                "接函后，省外办迅速组织物资。4月3日，湖北省捐赠的8万只医用口罩和3000套防护服从武汉天河国际机场启运。")
    [g] = [e for e in es if e.type == "donation"]
    assert keys(g.from_) == ["CN/Hubei"] and keys(g.to) == ["PL/Poznań"]
    assert g.date.value == "2020-04-03"


def test_goods_leave_for_the_asker_traditional():
    es = events("3月下旬，美國俄亥俄州州長致函江蘇省長，希望友好州江蘇能夠提供幫助。\n\n"
                "4月9日，江蘇省政府捐贈的醫用口罩15萬只從南京祿口國際機場起運。")
    [g] = [e for e in es if e.type == "donation"]
    assert keys(g.from_) == ["CN/Jiangsu"] and keys(g.to) == ["US/Ohio"]


def test_a_gift_with_its_own_receiver_keeps_it():
    es = events("3月中旬，波兰波兹南市市长致函湖北省人民政府，希望湖北提供口罩。\n\n"
                "4月3日，湖北省向友好省州德国萨克森州捐赠的8万只医用口罩从武汉启运。")
    [g] = [e for e in es if e.type == "donation"]
    assert keys(g.to) == ["DE/Saxony"]
