"""English page dates: a press release's own dateline ("CITY - Weekday, Month D, YYYY - ...") dates its
"today" even on a page dated later, and a numeric date alone on a line of page furniture is read month first
unless the first number cannot be a month. Own sentences."""
import datetime as dt

from cityaid.extract.en_dates import find_dateline_en, release_dateline_en


def test_release_dateline_wins_over_page_date():
    text = ("News\nJune 9, 2020\nDENVER - Monday, June 8, 2020 - Mayor Ada Quill today thanked the people of "
            "Kunming for 40,000 masks.")
    assert release_dateline_en(text) == dt.date(2020, 6, 8)
    assert find_dateline_en(text) == dt.date(2020, 6, 8)


def test_no_release_dateline_in_a_wire_story():
    assert release_dateline_en("HARBIN, March 28 -- The province sent masks to Niigata.") is None


def test_numeric_line_month_first():
    text = "Office of the Governor\n\n05/07/2020\n\nALBANY - The governor today welcomed 20,000 gowns."
    assert find_dateline_en(text) == dt.date(2020, 5, 7)


def test_numeric_line_day_first_when_it_must_be():
    assert find_dateline_en("Council news\n23/04/2020\nThe council sent a letter to Nanning.") == dt.date(2020, 4, 23)
