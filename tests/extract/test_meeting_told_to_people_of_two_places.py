"""X医生借助视频会议,向A市卫生局官员和B市医院的专家讲解了做法: the link is the means; those told to, each named
by their people and joined by 和, are the partners met."""
from tests.extract.page_helpers import page_sides


def test_told_to_officials_and_doctors_of_two_places():
    sides = page_sides("珠海市人民医院的医生9日借助视频会议，向波尔图市卫生局官员和里斯本医院的专家讲解了重症救治做法。")
    assert len(sides) == 1 and sides[0][0] == "consultation"
    assert sides[0][1] == ["CN/Zhuhai"] and "PT/Porto" in sides[0][2]


def test_told_to_one_place_still_read():
    sides = page_sides("11日，珠海市專家通過視頻連線，向波爾圖市衞生部門的醫生介紹了發熱門診的做法。")
    assert sides == [("consultation", ["CN/Zhuhai"], ["PT/Porto"])]
