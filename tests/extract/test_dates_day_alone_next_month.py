"""A day alone far below the last day told runs into the next month when that lies nearer and not after
the page (a report tells its days forward); a flashback stays in the month.  Sentences written for the test."""
import datetime as dt

from cityaid.extract.dates import find_dates


def values(text, anchor):
    return [d.value for d in find_dates(text, anchor)]


def test_a_small_day_after_a_month_end_is_the_next_month():
    assert values("1月29日，甲市寄出一批手套。2日，手套运抵乙市。", dt.date(2020, 2, 10)) == ["2020-01-29", "2020-02-02"]


def test_the_turn_of_the_year():
    assert values("12月30日物资启运，4日送达。", dt.date(2021, 1, 8)) == ["2020-12-30", "2021-01-04"]


def test_a_day_after_the_page_stays_in_the_month():
    # the next month's day would lie after the page was written: a flashback in the same month
    assert values("3月27日举行交接仪式。5日，对方来信求助。", dt.date(2020, 3, 28)) == ["2020-03-27", "2020-03-05"]


def test_a_nearer_flashback_stays_in_the_month():
    assert values("4月20日物资运抵。12日，两市通了电话。", dt.date(2020, 5, 30)) == ["2020-04-20", "2020-04-12"]
