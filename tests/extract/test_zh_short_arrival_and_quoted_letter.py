"""Chinese: goods arriving at a city named by its one-character short form after a bare 抵 (…也于次日抵穗 /
于3月2日抵滬), and a gift told in a later sentence of a quoted letter (信中写道:“…。贵市捐赠的N只口罩已于…运抵甲市”)
goes from the addressee to the writer's place.  Own sentences."""
from zh_reading import events, keys


def _gifts(text):
    return [e for e in events(text) if e.type == "donation"]


def test_second_gift_arrives_by_short_form():
    text = ("3月5日，法国里昂市捐赠的800件防护服运抵广州白云机场。"
            "德国法兰克福市捐赠的5万只口罩也于次日抵穗。")
    [e] = [e for e in _gifts(text) if keys(e.from_) == ["DE/Frankfurt"]]
    assert keys(e.to) == ["CN/Guangzhou"]
    assert [(i.item, i.quantity) for i in e.items] == [("mask", 50000)]


def test_traditional_short_form_of_shanghai():
    [e] = _gifts("意大利米蘭市捐贈的1萬隻口罩於3月2日抵滬。")
    assert keys(e.from_) == ["IT/Milan"] and keys(e.to) == ["CN/Shanghai"]


def test_bare_resist_is_no_arrival():
    assert not _gifts("两市人民携手抵御疫情，共同抵抗病毒。")


def test_quoted_letter_later_sentence_gift():
    text = ("近日，法国里昂市市长致信广州市市长，感谢广州向里昂捐赠防疫物资。信中写道：\n\n"
            "“我代表全体市民向您致以谢意。贵市捐赠的3万只口罩已于5月2日运抵里昂，并已分发给本市的养老院。”")
    [e] = _gifts(text)
    assert keys(e.from_) == ["CN/Guangzhou"] and keys(e.to) == ["FR/Lyon"]
    assert e.items[0].quantity == 30000


def test_passive_given_to_with_juan_dao():
    [e] = _gifts("4月下旬，3万只医用口罩由浙江省政府捐到友好州澳大利亚昆士兰州。")
    assert keys(e.from_) == ["CN/Zhejiang"] and keys(e.to) == ["AU/Queensland"]
    assert e.items[0].quantity == 30000
