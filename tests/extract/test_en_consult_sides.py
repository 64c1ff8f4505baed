"""Consultations: the Chinese side shares its experience, whichever side the clause makes its subject; a bare tie
apposition (', sister state of X,') names no subject."""
from tests.extract.en_helpers import keys, page_events


def _consults(es):
    return [e for e in es if e["type"] == "consultation"]


def test_foreign_subject_with_chinese_doctors_after_with():
    es = _consults(page_events("WUHAN, June 4 (Xinhua) -- Nurses in the U.S. state of Ohio, sister state of China's "
                               "Hubei Province, spent an hour on a video link with Hubei doctors on Wednesday, "
                               "swapping advice on treating COVID-19 patients.", "Ohio nurses talk to Hubei"))
    assert es and keys(es[0]["from"]) == ["CN/Hubei"] and keys(es[0]["to"]) == ["US/Ohio"]


def test_foreign_city_held_call_with_chinese_city():
    es = _consults(page_events("ROTTERDAM, May 12 -- Rotterdam held a video conference with doctors from Shanghai on "
                               "Monday to learn how the city had contained the epidemic.", "Rotterdam learns"))
    assert es and keys(es[0]["from"]) == ["CN/Shanghai"] and keys(es[0]["to"]) == ["NL/Rotterdam"]


def test_bare_tie_apposition_is_not_the_subject():
    es = [e for e in page_events("CHANGSHA, April 2 -- Kumamoto, partner prefecture of Hunan since 1983, sent "
                                 "6,000 gowns to the province on Monday.", "Gowns for Hunan") if e["type"] == "donation"]
    assert es and keys(es[0]["from"]) == ["JP/Kumamoto"]
