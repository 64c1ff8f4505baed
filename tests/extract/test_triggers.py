"""Trigger word families (data/triggers.tsv): each member of a family reads as the family's act.

Sentences written for these tests: other places, other numbers than any page.
"""
from datetime import date

import pytest

from cityaid.clean import clean_text
from cityaid.extract.dedupe import dedupe
from cityaid.extract.events import extract_events
from cityaid.extract.triggers import find_triggers
from cityaid.resolve import resolve_name

ANCHOR = date(2020, 4, 30)


def events(text: str, publisher: str | None = None):
    pub = resolve_name(publisher) if publisher else None
    return dedupe(extract_events(clean_text(text), text, publisher=pub, anchor=ANCHOR))


def sides(e):
    return [a.key for a in e.from_], [a.key for a in e.to]


def types(text: str) -> list[str]:
    return [t.type for t in find_triggers(text)]


@pytest.mark.parametrize("text", [
    "4月8日，无锡市捐资5万元援助友城丰川市，用于购买防疫物资。",
    "4月8日，无锡市将8000只口罩送至友城丰川市。",
    "4月8日，无锡市将8000只口罩寄至友城丰川市。",
    "4月8日，无锡市把8000只口罩邮寄给友城丰川市。",
    "4月8日，无锡市将8000只口罩空运到友城丰川市。",
    "4月8日，无锡市惠赠友城丰川市口罩8000只。",
    "4月8日，无锡市向友城丰川市捎去口罩8000只。",
])
def test_gift_verbs_name_giver_and_recipient(text):
    (e,) = [e for e in events(text, "无锡") if e.type == "donation"]
    assert sides(e) == (["CN/Wuxi"], ["JP/Toyokawa"])


def test_gift_verbs_that_need_goods_do_not_stand_alone():
    assert "donation" not in [e.type for e in events("4月8日，无锡市邮寄了一份会议材料给丰川市。", "无锡")]
    assert "donation" not in [e.type for e in events("4月8日，无锡市邮寄资料用于本市道路建设。", "无锡")]


@pytest.mark.parametrize("text", [
    "4月9日，丰川市获捐无锡市口罩8000只。",
    "4月9日，丰川市接到了无锡市捐赠的8000只口罩。",
    "4月9日，丰川市迎来了无锡市捐赠的8000只口罩。",
])
def test_receipt_verbs_make_the_subject_the_recipient(text):
    (e,) = [e for e in events(text, "丰川") if e.type == "donation"]
    assert sides(e) == (["CN/Wuxi"], ["JP/Toyokawa"])


def test_receipt_verbs_guarded_before_other_objects():
    for text, verb in (("丰川市市长接到了无锡市市长的电话。", "接到"), ("这一做法得到了各方的认可。", "得到"),
                       ("两市迎来了樱花盛开的季节。", "迎来")):
        assert not [t for t in find_triggers(text) if t.word.word.startswith(verb)]


@pytest.mark.parametrize("text", [
    "4月10日，无锡市捐赠的8000只口罩运达友城丰川市。",
    "4月10日，载有无锡市捐赠的8000只口罩的航班飞抵丰川市。",
])
def test_arrival_verbs_move_the_gift(text):
    (e,) = [e for e in events(text, "无锡") if e.type == "donation"]
    assert sides(e) == (["CN/Wuxi"], ["JP/Toyokawa"])


@pytest.mark.parametrize("text,kind", [
    ("4月11日，无锡市市长向丰川市市长发去唁电，对疫情中逝去的市民表示哀悼。", "condolence"),
    ("4月11日，丰川市市长向无锡市市长寄去贺卡，祝愿两市友谊长存。", "solidarity"),
    ("4月11日，无锡市市长电话慰问丰川市市长。", "condolence"),
    ("4月11日，无锡市青年给丰川市市民发了一段加油视频。", "solidarity"),
])
def test_message_words(text, kind):
    ms = [e for e in events(text, "无锡") if e.type == "message"]
    assert ms and ms[0].kind == kind


@pytest.mark.parametrize("text", [
    "4月12日，无锡市卫健委与丰川市卫生部门进行视频通话，介绍了核酸检测做法。",
    "4月12日，无锡市与丰川市举办抗疫经验交流会，两市医生参加。",
    "4月12日，无锡市医生通过线上座谈向丰川市同行传授经验。",
])
def test_consultation_words(text):
    assert "consultation" in [e.type for e in events(text, "无锡")]


@pytest.mark.parametrize("text", [
    "4月13日，丰川市致函无锡市，恳请无锡市协助采购一批防护服。",
    "4月13日，丰川市向无锡市寻求支援，希望采购一批防护服。",
])
def test_request_words(text):
    assert "request" in [e.type for e in events(text, "无锡")]


@pytest.mark.parametrize("word", ["防疫专家组", "医疗专家团", "医疗团队", "医疗援助队", "医疗救援队", "医疗支援队", "医疗小分队"])
def test_medical_team_words(word):
    assert "medical_team" in types(f"4月14日，无锡市派出的{word}抵达丰川市。")
