"""Chinese meetings of one pair told on days listed together (sentences written for these tests)."""
from zh_reading import events, keys  # noqa: F401 - the shared reader

GIFT = "3月28日，绥芬河市向俄罗斯乌苏里斯克市捐赠口罩2万只。"


def _meetings(evs):
    return [(keys(e.from_), keys(e.to), e.date.value) for e in evs if e.type == "consultation"]


def test_two_meetings_counted_on_two_days_are_one_each():
    evs = events(GIFT + "据悉，两市于2月3日和3月9日先后举行了两次视频会议，就口岸检疫等交换意见。", "绥芬河")
    assert not [e for e in evs if e.type == "aggregate"]
    assert _meetings(evs) == [(["CN/Mudanjiang/Suifenhe"], ["RU/Ussuriysk"], "2020-02-03"),
                              (["CN/Mudanjiang/Suifenhe"], ["RU/Ussuriysk"], "2020-03-09")]


def test_days_before_the_pair_told_apart_with_no_count():
    evs = events(GIFT + "2月3日和3月1日，两地先后举行视频会议，交流防控经验。", "绥芬河")
    assert [d for _f, _t, d in _meetings(evs)] == ["2020-02-03", "2020-03-01"]
    evs = events(GIFT + "兩市於2月3日、3月5日分別召開視頻會議。", "绥芬河")
    assert [d for _f, _t, d in _meetings(evs)] == ["2020-02-03", "2020-03-05"]


def test_a_tally_of_meetings_stays_a_tally():
    evs = events(GIFT + "截至3月20日，两市累计举行视频会议5次。", "绥芬河")
    assert [e.type for e in evs if e.type != "donation"] == ["aggregate"]
