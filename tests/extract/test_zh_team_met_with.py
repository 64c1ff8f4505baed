"""Chinese: the other side's medical team named as who a meeting is held with (与Y市医疗队举行视频会议) is no team sent."""
from zh_reading import events  # noqa: F401 - the shared reader


def _types(text):
    return sorted(e.type for e in events(text))


def test_a_meeting_with_the_partners_medical_team_is_a_consultation_only():
    assert _types("长沙市组织专家与韩国光阳市医疗团队开展线上交流。") == ["consultation"]
    assert _types("成都市专家与波兰罗兹省医疗队举行视频会议。") == ["consultation"]


def test_a_team_sent_and_then_meeting_colleagues_stays_a_team():
    assert _types("浙江省派出的医疗队与意大利佛罗伦萨同行举行视频会议。") == ["consultation", "medical_team"]
