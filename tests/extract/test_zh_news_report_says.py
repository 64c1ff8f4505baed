"""报道说,… / 报导称,…: what a news report tells is the story itself, not a speaker's words; its acts are facts."""
from zh_reading import events, keys  # noqa: F401 - the shared reader


def test_meeting_told_by_the_report_is_read():
    es = events("报道称，4月上旬，湖北省专家曾与明斯克市卫生局官员举行视频会议，交流救治经验。")
    [c] = [e for e in es if e.type == "consultation"]
    assert keys(c.from_) == ["CN/Hubei"] and keys(c.to) == ["BY/Minsk"]


def test_meeting_told_by_the_report_traditional():
    es = events("報導說，5月中旬，湖北省專家曾與明斯克市衛生局官員舉行視訊會議，交流救治經驗。")
    assert [e.type for e in es] == ["consultation"]

