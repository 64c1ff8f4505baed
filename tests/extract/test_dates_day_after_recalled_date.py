"""A day alone opening a paragraph after a recalled date (早在2月3日 / 就曾于2月3日) is the story's day, in the page's
month; inside the recalled act's own paragraph it keeps that month.  Sentences written for the test."""
import datetime as dt

from cityaid.extract.dates import find_dates


def values(text, anchor=dt.date(2020, 4, 26)):
    return [d.value for d in find_dates(text, anchor)]


def test_a_day_in_a_new_paragraph_after_a_recalled_date_is_the_pages_month():
    assert values("早在2月6日，甲市就向乙市寄去手套。\n\n21日，乙市向甲市回赠口罩。") == ["2020-02-06", "2020-04-21"]


def test_a_day_after_a_date_told_as_a_past_act_with_ceng():
    assert values("甲市曾于2月6日向乙市寄去手套。\n\n21日，乙市回赠口罩。") == ["2020-02-06", "2020-04-21"]


def test_within_the_recalled_paragraph_the_month_runs_on():
    assert values("早在2月6日，甲市就向乙市寄去手套，9日又寄去护目镜。") == ["2020-02-06", "2020-02-09"]


def test_a_date_told_as_the_story_keeps_its_month():
    assert values("2月6日，甲市向乙市寄去手套。\n\n21日，乙市回赠口罩。") == ["2020-02-06", "2020-02-21"]
