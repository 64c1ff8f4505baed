"""Chinese: 甲市向乙市回赠的口罩运抵乙市,乙市市长某某在接收仪式上向甲市表示感谢: the receiving ceremony is where the
thanks were said, the one thanked named after 向 before the thanks; the taker thanks the giver (not the reverse, and
not dropped for naming no party after the verb)."""
from tests.extract.page_helpers import page_sides

HEAD = "某华文报 友城往来"


def test_thanks_at_receiving_ceremony_named_before_verb():
    got = page_sides(HEAD, "3月10日，宁波市向静冈市回赠的5万只口罩运抵静冈，静冈市长田边信宏在接收仪式上向宁波市表示感谢。")
    assert ("message", ["JP/Shizuoka"], ["CN/Ningbo"]) in got


def test_thanks_at_receiving_ceremony_traditional():
    got = page_sides(HEAD, "4月2日，溫州市向石卷市回贈的3萬隻口罩運抵石卷，石卷市長龜山紘在接收儀式上對溫州市表示感謝。")
    assert ("message", ["JP/Ishinomaki"], ["CN/Wenzhou"]) in got
