"""Chinese: 甲市获赠的口罩数量最多,达8万只 / 乙市获赠的防护服达3000套: a place's receipt told as the goods it received,
their amount after 达, is that place's gift from the page's side (in a list of shares), not a noun phrase
of a gift told elsewhere; 感谢甲市获赠的支持 with no amount stays a noun."""
from tests.extract.page_helpers import page_sides

HEAD = "宁波市外办 工作动态"


def test_share_told_as_most_received():
    got = page_sides(HEAD, "具体来看，我市向德国亚琛捐赠口罩5万只；休斯敦获赠的口罩数量最多，达8万只；南非开普敦收到口罩2万只。")
    assert ("donation", ["CN/Ningbo"], ["US/Houston"]) in got
    assert len(got) == 3


def test_received_goods_amount_after_da():
    got = page_sides(HEAD, "5月，休斯敦获赠的防护服达3000套。")
    assert got == [("donation", ["CN/Ningbo"], ["US/Houston"])]
