"""A receiving ceremony (接收仪式) is held by the one who got the goods: its host is the recipient, as at a
handover ceremony.  Sentences written for the test."""
from tests.extract.page_helpers import page_sides


def test_the_host_of_a_receiving_ceremony_got_the_goods():
    sides = page_sides("5月9日，在日本大分市政府举行的物资接收仪式上，大分市长说：“武汉送来的口罩让我们很温暖。”")
    assert ("donation", ["CN/Wuhan"], ["JP/Oita"]) in sides
    assert ("donation", ["JP/Oita"], ["CN/Wuhan"]) not in sides
