"""English: whose place an act is on a page of several members or told by a speaker -- "X City Council"
is X's council (not the page's own "Council"), a gift from "our partner city" that landed in another town of
the speaker's country went to the speaker's place, and a titled writer speaking "on behalf of the people of X"
writes for X, not for the page's first place."""
import datetime as dt

from en_helpers import keys, page_events

from cityaid.clean import clean_text
from cityaid.extract.en_events import extract_events_en
from cityaid.resolve.english import publisher_place_en


def _member_page(text):
    c = clean_text(text)
    pub = publisher_place_en(None, text.split("\n")[0], c.text)
    return [e.to_spec() for e in extract_events_en(c, text, publisher=pub, anchor=dt.date(2020, 5, 8))]


def test_a_named_city_council_receives_for_its_own_place():
    es = page_events("Geelong - Kunming\nGeelong City Council took delivery of 20,000 masks from Kunming in May.\n\n"
                     "Ballarat - Suzhou\nBallarat City Council received a box of 3,000 masks and 100 thermometers "
                     "from its sister city Suzhou on 12 May.", "Network news")
    assert [(keys(e["from"]), keys(e["to"])) for e in es] == [
        (["CN/Kunming"], ["AU/Geelong"]), (["CN/Suzhou"], ["AU/Ballarat"])]


def test_a_named_shire_council_sends_for_its_own_place():
    es = page_events("Geelong received 20,000 masks from Kunming in May. The Ballarat Council sent 3,000 gloves "
                     "to Suzhou on 12 February.", "Network news")
    assert [(keys(e["from"]), keys(e["to"])) for e in es] == [
        (["CN/Kunming"], ["AU/Geelong"]), (["AU/Ballarat"], ["CN/Suzhou"])]


def test_the_bare_council_is_still_the_pages_own():
    es = page_events("BALLARAT, May 8 - The Council received 3,000 masks from Suzhou on Tuesday.", "Masks arrive")
    assert [keys(e["to"]) for e in es] == [["AU/Ballarat"]]


def test_a_gift_from_our_partner_city_that_landed_elsewhere_went_to_the_speakers_place():
    es = page_events("Augsburg and Nanjing have been partners since 1990. On May 3 a shipment from our partner city "
                     "landed in Munich: 30,000 masks and 2,000 gowns.", "AUGSBURG, May 8 -")
    assert [(keys(e["from"]), keys(e["to"])) for e in es] == [(["CN/Nanjing"], ["DE/Augsburg"])]


def test_a_gift_from_a_named_giver_still_went_where_it_landed():
    es = page_events("On May 3 a shipment from Nanjing landed in Munich: 30,000 masks and 2,000 gowns.",
                     "AUGSBURG, May 8 -")
    assert [keys(e["to"]) for e in es] == [["DE/Munich"]]


def test_a_titled_writer_on_behalf_of_another_members_people():
    es = _member_page("Geelong - Kunming\nGeelong City Council took delivery of 20,000 masks from Kunming in May. "
                      "Lord Mayor Tom Baker said the masks would go to nurses.\n\nHobart - Suzhou\nIn February, Lord "
                      "Mayor Ann Lee wrote to the Mayor of Suzhou on behalf of the people of Hobart to offer support.\n")
    msgs = [e for e in es if e["type"] == "message"]
    assert [(keys(e["from"]), keys(e["to"])) for e in msgs] == [(["AU/Hobart"], ["CN/Suzhou"])]


def test_a_titled_writer_with_no_behalf_stays_the_pages():
    es = _member_page("Geelong - Kunming\nGeelong City Council took delivery of 20,000 masks from Kunming in May. "
                      "In February, Lord Mayor Tom Baker wrote to the Mayor of Kunming to offer support.\n")
    msgs = [e for e in es if e["type"] == "message"]
    assert [keys(e["from"]) for e in msgs] == [["AU/Geelong"]]


def test_the_whole_page_keeps_the_writer_on_behalf_of_another_member():
    from page_helpers import page_sides
    sides = page_sides("MEMBER NEWS", "Geelong - Kunming\nGeelong City Council took delivery of 20,000 masks from "
                       "Kunming in May. Lord Mayor Tom Baker said the masks would go to nurses.",
                       "Hobart - Suzhou\nIn February, Lord Mayor Ann Lee wrote to the Mayor of Suzhou on behalf of "
                       "the people of Hobart to offer the city's support.")
    assert ("message", ["AU/Hobart"], ["CN/Suzhou"]) in sides
    assert ("donation", ["CN/Kunming"], ["AU/Geelong"]) in sides


def test_a_relative_clause_after_a_city_located_in_its_province_is_the_citys():
    from page_helpers import page_sides
    sides = page_sides("ANSAN -- Ansan City said it received a letter of thanks from the mayor of Yantai in Shandong "
                       "province, who thanked Ansan for the 30,000 masks it sent to Yantai in March.")
    assert ("donation", ["KR/Ansan"], ["CN/Yantai"]) in sides
    assert all("CN/Shandong" not in f + t for _ty, f, t in sides)
