"""Words of the home side's unnamed staff told to the reporter (外办有关负责人表示 / …一位工作人员说), of the
partner in the third person, are no message to the partner; words to it (你们, 贵市) still are. Own sentences."""
from tests.extract.page_helpers import page_sides


def _messages(*paras):
    return [x for x in page_sides(*paras, title="台州与友城") if x[0] == "message"]


def test_staff_remark_to_the_reporter_is_no_message():
    assert _messages("6月8日，昌原市寄来的8000副手套到达台州。台州外事部门负责人对记者说，手套先给一线医院，“昌原朋友的情义，台州人不会忘”。") == []


def test_staff_speaking_to_the_partner_still_sends_a_message():
    assert _messages("6月8日，昌原市寄来的8000副手套到达台州。台州外事部门负责人在交接时说：“谢谢你们，昌原的朋友！”") == [
        ("message", ["CN/Taizhou, Zhejiang"], ["KR/Changwon"])]
