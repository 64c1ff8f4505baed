"""A lead opening on how long ago the act it recalls was ("Ten weeks after X sent ..., the favour came back"):
that act is so long before the page's date; a span of time counted ("Ten weeks") is no amount of goods.
Sentences written for the test."""
import datetime as dt

from cityaid.extract.en_dates import find_dates_en
from cityaid.extract.en_quantities import itemize_en


def test_weeks_after_opening_a_lead():
    (d,) = find_dates_en("Six weeks after Sendai mailed gowns to Changchun, the favour has been returned.",
                         dt.date(2020, 4, 14))
    assert (d.value, d.qualifier) == ("2020-03-03", "approx")


def test_months_after_opening_a_lead():
    (d,) = find_dates_en("Three months after Incheon shipped masks to Weihai, Weihai has repaid it.", dt.date(2020, 5, 2))
    assert (d.value, d.qualifier) == ("2020-02", "approx")


def test_weeks_after_inside_a_sentence_is_not_read_so():
    assert not find_dates_en("The mayor wrote two weeks after the gift arrived.", dt.date(2020, 5, 2))


def test_a_span_of_time_is_no_amount_of_goods():
    assert [ln.quantity for ln in itemize_en("Ten weeks after the city rushed protective gear to its partner")] == [None]
