"""English requests addressed to a side (a letter with a participle of asking, an appeal naming what to do,
a shortage told in a letter), and a page's own side at the level its national offices name."""
import datetime as dt

from cityaid.clean import clean_text
from cityaid.extract.en_events import extract_events_en
from cityaid.resolve.english import dateline_place


def _events(body, head="Regional digest"):
    text = head + "\n\n" + body + "\n"
    pub = dateline_place(text)
    return [e.to_spec() for e in extract_events_en(clean_text(text), text, publisher=pub, anchor=dt.date(2020, 6, 3))]


def _sides(e):
    return [a.get("key") for a in e["from"]], [a.get("key") for a in e["to"]]


def _of(es, kind):
    return [e for e in es if e["type"] == kind]


def test_a_letter_requesting_goods_is_a_request():
    es = _events("The mayor of Kumamoto had written to Guilin on May 4 requesting gowns and gloves for its clinics.")
    (r,) = _of(es, "request")
    assert _sides(r) == (["JP/Kumamoto"], ["CN/Guilin"])
    assert not _of(es, "message")


def test_a_letter_to_ask_about_goods_is_a_request():
    es = _events("Mayor Olsen of Duluth wrote to officials in Nanning in April to ask about the availability of gowns.")
    (r,) = _of(es, "request")
    assert _sides(r) == (["US/Duluth"], ["CN/Nanning"])


def test_an_appeal_naming_what_the_side_should_do_is_a_request():
    es = _events("The Malawian health minister appealed to the Chinese Government to consider further help with "
                 "ventilators.")
    (r,) = _of(es, "request")
    assert _sides(r) == (["MW"], ["CN"])


def test_an_appeal_to_residents_for_goods_is_no_request_between_places():
    assert not _of(_events("Officials in Leeds appealed to local residents for spare gowns last week."), "request")


def test_a_shortage_told_in_a_letter_is_a_request():
    es = _events("The mayor of Sakai had written to Xuhui district in May to say that the city's gown stocks "
                 "were running low.")
    (r,) = _of(es, "request")
    assert _sides(r) == (["JP/Sakai"], ["CN/Shanghai/Xuhui"])


def test_a_shortage_told_as_background_is_no_request():
    assert not _of(_events("Clinics in Lyon were running low on gowns in May, officials said."), "request")


def test_national_offices_on_a_capital_s_page_speak_for_the_country():
    es = _events("NAIROBI, June 2 -- A cargo of 40 ventilators donated by the Government of the People's Republic "
                 "of China arrived at the airport on Tuesday.\n\nThe Health Minister "
                 "later appealed to the Chinese Government to consider further help with test kits.")
    (d,) = _of(es, "donation")
    assert _sides(d) == (["CN"], ["KE"])
    (r,) = _of(es, "request")
    assert _sides(r) == (["KE"], ["CN"])


def test_a_city_office_keeps_the_page_s_city():
    es = _events("NAIROBI, June 2 -- The mayor received 8,000 masks donated by China at City Hall on Tuesday.")
    (d,) = _of(es, "donation")
    assert _sides(d) == (["CN"], ["KE/Nairobi"])
