"""Consultations told by their medium and what was done in it, and a big foreign city written without its marks.

Chinese: 通过视频向X请教 / 通过视频就…进行了沟通 / 在线讲解 / 视频碰头会 / 交流…心得; English: a sizeable town named
alone without its diacritics ("with Poznan") is that town, as "Poznan sent ..." already was.
"""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _acts(text: str):
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published="2020-04-15"))
    return [(e.type, [a.key for a in e.from_], [a.key for a in e.to]) for e in out.events]


def test_asking_experts_for_advice_by_video_is_a_consultation():
    assert _acts("法国里昂医生通过视频向武汉专家请教重症救治经验。") == [("consultation", ["CN/Wuhan"], ["FR/Lyon"])]


def test_talks_by_video_about_measures_are_a_consultation():
    assert _acts("成都市卫健委通过视频与罗兹市卫生部门就社区防控措施进行了沟通。") == [
        ("consultation", ["CN/Chengdu"], ["PL/Łódź"])]


def test_experts_explaining_a_treatment_plan_online():
    assert _acts("南京专家在线为德国莱比锡的医护人员讲解诊疗方案。") == [("consultation", ["CN/Nanjing"], ["DE/Leipzig"])]


def test_an_online_meeting_named_by_its_kind():
    assert _acts("青岛市与大邱市卫生部门召开视频碰头会。") == [("consultation", ["CN/Qingdao"], ["KR/Daegu"])]


def test_a_town_written_without_its_marks_named_alone_in_english():
    assert _acts("Doctors from Poznan held a video call with Shenzhen experts on March 26.") == [
        ("consultation", ["CN/Shenzhen"], ["PL/Poznań"])]
    assert _acts("Wuhan doctors talked with Lodz health officials over Zoom on April 2.") == [
        ("consultation", ["CN/Wuhan"], ["PL/Łódź"])]
