"""Round-up pages: under a heading that is only a place's name, that place is the page's own side."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _sides(text):
    out = extract_document(Document(doc_id="t", text=text, content_hash="x"))
    return sorted((e.type, e.from_[0].key if e.from_ else None, e.to[0].key if e.to else None) for e in out.events)


ROUNDUP = ("Network News: Partners Help Each Other\n"
           "Here is what our member cities told us this month.\n"
           "Fresno, California\n"
           "Mayor Lee Brand wrote a letter of thanks to Kunming on May 3.\n"
           "Boise, Idaho\n"
           "Boise welcomed 4,000 gowns from Chengdu. Later that week 6,000 gloves from Chengdu were delivered on May 8.\n"
           "Fresno news again: Fresno hosted a video call with Kunming doctors.\n")


def test_titled_mayor_belongs_to_the_section_place():
    got = _sides(ROUNDUP)
    assert ("message", "US/Fresno", "CN/Kunming") in got


def test_arrival_without_place_goes_to_the_section_place():
    got = _sides(ROUNDUP)
    assert ("donation", "CN/Chengdu", "US/Boise") in got
    assert not any(t == "donation" and to == "US/Fresno" for t, _f, to in got)


def test_one_place_line_is_no_section_page():
    text = ("Fresno, California\n"
            "Kunming donated 12,000 gloves on May 4. Mayor Lee Brand thanked Kunming in a letter on May 6.\n")
    got = _sides(text)
    assert ("message", "US/Fresno", "CN/Kunming") in got


def test_university_named_after_a_state_stands_in_the_city_named_after_it():
    text = ("Doctors share lessons\n"
            "LINCOLN, Neb. (May 2, 2020) — On May 1, physicians from Hefei held a video conference with nurses at "
            "University of Nebraska Medical Center in Omaha on ventilator care.\n")
    got = _sides(text)
    assert ("consultation", "CN/Hefei", "US/Omaha") in got


def test_university_named_after_a_state_is_the_page_city():
    text = ("Masks for the campus\n"
            "EDMONTON -- A box of 3,000 masks from Harbin arrived on June 2 for University of Alberta Hospital.\n")
    got = _sides(text)
    assert ("donation", "CN/Harbin", "CA/Edmonton") in got
