"""Clause-frame cues (cityaid.extract.frames), on text written for the tests."""
from cityaid.extract.frames import APPOSITION, ONWARD, SUBORDINATE, TO_WORD


def test_to_word_skips_relative_clauses_and_purpose():
    assert TO_WORD.search("与青岛结为友城的大邱") is None
    assert TO_WORD.search("为支援青岛") is None
    assert TO_WORD.search("为大邱捐赠").group() == "为"


def test_apposition_onward_and_circumstance_cues():
    assert APPOSITION.fullmatch("的小城")
    assert APPOSITION.fullmatch("首府")
    assert ONWARD.search("运抵首尔后再转送到大邱")
    assert SUBORDINATE.match("得知情况后")
