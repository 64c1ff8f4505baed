"""Chinese consultations told as a briefing to the partner's doctors (sentences written for these tests)."""
from zh_reading import events, keys  # noqa: F401 - the shared reader


def test_experts_brief_a_partners_doctors_on_a_plan_or_key_points():
    [e] = events("5月6日，苏州市疾控中心专家通过视频连线，向德国卡尔斯鲁厄市的医生介绍了新冠肺炎诊疗方案。")
    assert e.type == "consultation" and keys(e.from_) == ["CN/Suzhou"] and keys(e.to) == ["DE/Karlsruhe"]
    [f] = events("5月7日，苏州市专家在线上向日本池田市医护人员讲解了防控要点。")
    assert f.type == "consultation" and keys(f.to) == ["JP/Ikeda"]


def test_a_briefing_to_reporters_is_no_consultation():
    assert events("5月8日，苏州市卫健委向记者介绍了防控措施。") == []
