"""Words of the home side's unnamed staff told to the reporter (外办有关负责人表示 / …一位工作人员说), of the
partner in the third person, are no message to the partner; words to it (你们, 贵市) still are. Own sentences."""
from tests.extract.page_helpers import page_sides


def _messages(*paras):
    return [x for x in page_sides(*paras, title="温州与友城") if x[0] == "message"]


def test_staff_remark_to_the_reporter_is_no_message():
    assert _messages("5月3日，光州市捐赠的2万只口罩运抵温州。温州市外办有关负责人表示，口罩将先发给社区卫生站，“光州的这份心意，温州人会一直记着”。") == []


def test_staff_speaking_to_the_partner_still_sends_a_message():
    assert _messages("5月3日，光州市捐赠的2万只口罩运抵温州。温州市外办有关负责人在交接时说：“谢谢你们，光州的朋友！”") == [
        ("message", ["CN/Wenzhou"], ["KR/Gwangju"])]
