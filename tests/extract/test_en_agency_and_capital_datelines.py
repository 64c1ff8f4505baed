"""Wire datelines written with the agency's name before the dash ("NARA, June 5 Kyodo -") or in capitals on a
line of their own ("DUSHANBE, JUNE 7"): the day the story was filed, which dates its weekdays and its acts."""
import datetime as dt

from cityaid.extract.en_dates import find_dateline_en, find_dates_en

from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(*paras, published=None):
    doc = Document(doc_id="t", text="\n\n".join(paras), content_hash="x", published=published)
    return [(e.type, e.date.value if e.date else None, e.evidence) for e in extract_document(doc).events]


def test_agency_name_before_the_dash_still_dates_the_page():
    assert find_dateline_en("Title\n\nSENDAI, July 2 Kyodo - The city said ...") == dt.date(2020, 7, 2)
    assert find_dateline_en("Title\n\nDUSHANBE, JUNE 7\n\nThe city said ...") == dt.date(2020, 6, 7)


def test_a_capital_dateline_line_is_a_date_of_the_text():
    text = "Published: June 08, 2020\n\nDUSHANBE, JUNE 7\n\nThe city has received masks."
    found = [(d.value, d.text) for d in find_dates_en(text, dt.date(2020, 6, 8))]
    assert ("2020-06-07", "JUNE 7") in found


def test_weekday_counts_from_the_agency_dateline_and_evidence_leaves_it_out():
    got = _events("Sendai gets masks from Changchun",
                  "SENDAI, July 2 Kyodo - Sendai on Tuesday received 40,000 masks from Changchun, "
                  "its friendship city in China, the city government said.")
    assert got == [("donation", "2020-06-30",
                    "Sendai on Tuesday received 40,000 masks from Changchun, its friendship city in China, "
                    "the city government said")]


def test_an_act_under_a_capital_dateline_takes_its_day():
    got = _events("Published: June 08, 2020 8:30 am", "DUSHANBE, JUNE 7",
                  "Urumqi, the Chinese sister city of Dushanbe, has handed over 20,000 masks to the city government.",
                  published="2020-06-08")
    assert [(t, d) for t, d, _ in got] == [("donation", "2020-06-07")]
