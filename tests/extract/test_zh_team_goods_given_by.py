"""Chinese: goods a medical team takes along whose giver is told after them (全部由中方捐赠 / 均为中方捐赠 /
系中国政府提供) came from that giver, not from the province that chose the team.  Own sentences."""
from zh_reading import events, keys

TEAM = "5月3日，湖南省组建的一支中国政府医疗专家组飞抵乌兹别克斯坦塔什干。"


def _gift(text):
    [e] = [e for e in events(text) if e.type == "donation"]
    return e


def test_all_given_by_the_country():
    e = _gift(TEAM + "专家组随机带去的物资全部由中方捐赠，计有N95口罩3000只、防护服800套。")
    assert keys(e.from_) == ["CN"] and keys(e.to) == ["UZ"]
    assert {(i.item, i.quantity) for i in e.items} == {("n95_mask", 3000), ("protective_suit", 800)}


def test_giver_in_a_closing_clause():
    e = _gift(TEAM + "专家组随机带去N95口罩3000只、防护服800套，均为中方捐赠。")
    assert keys(e.from_) == ["CN"]


def test_government_provided():
    e = _gift(TEAM + "专家组还携带了呼吸机4台，系中国政府提供。")
    assert keys(e.from_) == ["CN"] and keys(e.to) == ["UZ"]


def test_no_giver_told_keeps_the_teams_sender():
    e = _gift(TEAM + "专家组随机带去N95口罩3000只、防护服800套。")
    assert keys(e.from_) == ["CN", "CN/Hunan"]  # (the state's team made up by the province: both sent it)
