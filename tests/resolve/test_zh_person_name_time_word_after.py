"""Chinese: a word of time right after a foreign official's written-out name (甲市长菲尔·高夫日前致信…) ends the
name; it is no part of it, and the name the page titles again (高夫市长) still stands for the place."""
from cityaid.resolve import persons


def test_time_word_after_name_is_trimmed():
    assert persons.trim_name("菲尔·高夫日前") == "菲尔·高夫"
    assert persons.trim_name("安娜·卡特近日") == "安娜·卡特"


def test_name_ending_like_a_time_word_is_kept_when_short():
    assert persons.trim_name("日前") == "日前"
