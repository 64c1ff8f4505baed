"""A partner contacted and asked to help find goods (A联系B的负责人,请她帮忙寻找口罩 / 请求协助采购口罩) is a request."""
from zh_reading import events, keys


def _requests(text):
    return [e for e in events(text) if e.type == "request"]


def test_contacted_then_asked_to_help_find_masks():
    (e,) = _requests("4月初,旧金山的友好省湖南省的官员紧急联系旧金山市议会首席执行官,请她帮忙寻找口罩。")
    assert keys(e.from_) == ["CN/Hunan"] and keys(e.to) == ["US/San Francisco"]
    assert e.date.value == "2020-04"
    assert [i.item for i in e.items] == ["mask"]


def test_reached_then_asked_for_help_buying():
    (e,) = _requests("湖南省官员曾紧急联络美国旧金山市议会行政总裁,请求协助采购防护服。")
    assert keys(e.from_) == ["CN/Hunan"] and keys(e.to) == ["US/San Francisco"]
    assert [i.item for i in e.items] == ["protective_suit"]


def test_asked_urgently_for_a_source_of_masks():
    (e,) = _requests("湖南省官员联系旧金山市议会首席执行官,紧急请求协助寻找口罩货源。")
    assert keys(e.from_) == ["CN/Hunan"] and keys(e.to) == ["US/San Francisco"]


def test_shortly_before_a_lockdown_dates_by_the_month_told():
    (e,) = _requests("据当地报纸披露,2月下旬日本封城前不久,大阪府的官员紧急联系上海市外办,请对方帮忙寻找口罩。")
    assert e.date.value == "2020-02"


def test_contact_with_no_asking_is_no_request():
    assert _requests("湖南省官员联系旧金山市议会首席执行官,介绍了本省的防疫做法。") == []
