"""Words of the page's own unnamed staff to the press (市外办相关负责人说, 一位工作人员说) are no message to the
partner.  Sentences written for the test."""
from tests.extract.page_helpers import page_sides


def test_own_staff_speaking_to_the_press_is_no_message():
    sides = page_sides("5月6日，烟台向韩国群山市回赠口罩3万只。", "“群山的帮助，烟台人记在心里。”市外办有关负责人说。")
    assert sides == [("donation", ["CN/Yantai"], ["KR/Gunsan"])]


def test_a_worker_speaking_to_the_press_is_no_message():
    sides = page_sides("5月6日，烟台向韩国群山市回赠口罩3万只。", "“能回报朋友，我们很高兴。”一位参与装箱的工作人员说。")
    assert sides == [("donation", ["CN/Yantai"], ["KR/Gunsan"])]
