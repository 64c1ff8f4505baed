"""Batches and the taker of a gift (Chinese): a further batch and an earlier one between the same pair are
two gifts; a gift phrase taken in by 由B接收 is the gift phrase's giver's; a batch still being arranged
is no gift.  Sentences written for these tests."""
from zh_reading import events, keys  # noqa: F401 - the shared reader


def _gifts(text, publisher=None):
    return [e for e in events(text, publisher) if e.type == "donation"]


def test_a_second_batch_and_an_earlier_one_are_two_gifts():
    evs = _gifts("衢州市支援意大利帕尔马市的第二批物资于5月6日运抵。此前，衢州曾向该市提供口罩8000只。")
    assert len(evs) == 2
    assert all(keys(e.from_) == ["CN/Quzhou"] for e in evs)


def test_first_and_second_batch_told_apart_are_two_gifts():
    evs = _gifts("5月3日，丽水市向日本伊东市捐赠了第二批防疫物资。此前，丽水市曾向该市捐赠首批防疫物资。")
    assert len(evs) == 2


def test_one_batch_told_twice_is_one_gift():
    evs = _gifts("5月3日，丽水市向日本伊东市捐赠的第二批口罩运抵。这是丽水市向伊东市捐赠的第二批口罩。")
    assert len(evs) == 1


def test_gift_phrase_taken_in_by_the_receivers_mayor():
    evs = _gifts("汕头市向友城泰国普吉市赠送的2万只口罩，由普吉市长当面接收。")
    assert [(keys(e.from_), keys(e.to)) for e in evs] == [(["CN/Shantou"], ["TH/Phuket"])]


def test_a_later_batch_still_being_arranged_is_no_gift():
    assert _gifts("第三批物资方面，该协会还在清点货源并安排航班，启运日期尚未确定。", "南昌市") == []


def test_a_bare_name_after_its_country_was_named_keeps_that_country():
    evs = _gifts("英国约克市与南通市交往多年。4月初，约克市向南通市寄赠了3000只口罩。")
    assert [keys(e.from_) for e in evs] == [["GB/York"]]
