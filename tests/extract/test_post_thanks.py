"""A post's subject-less thanks: the poster's place (the speaker label, or the page's own place under an account
line) thanks the place it names."""
from tests.extract.page_helpers import page_sides


def test_label_then_thanks_line_zh():
    sides = page_sides("【新潟县知事 某某】", "感谢黑龙江省的朋友！5月3日，贵省寄来的防护服800件已运抵新潟。", published="2020-05-06")
    assert ("message", ["JP/Niigata"], ["CN/Heilongjiang"]) in sides


def test_label_without_a_head_title_is_no_poster():
    sides = page_sides("【新潟县观光协会】", "感谢黑龙江省的朋友！", published="2020-05-06")
    assert not [s for s in sides if s[0] == "message" and s[1] == ["JP/Niigata"]]


def test_account_line_then_thanks_en():
    sides = page_sides("@LordMayorOfLeeds \u00b7 6 May 2020",
                       "Many thanks to our friends in Dalian, who shipped 8,000 gloves to Leeds for our care homes.",
                       published="2020-05-06")
    assert ("message", ["GB/Leeds"], ["CN/Dalian"]) in sides
