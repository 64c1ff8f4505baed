"""'X, the Chinese partner city of Y, has sent ...': X, the head of the apposition, gave; Y only names whose
partner X is."""
from tests.extract.en_helpers import gifts, keys, page_events


def test_head_of_partner_apposition_gives():
    es = gifts(page_events("TILBURG, May 3 -- Wenzhou, the Chinese partner city of Tilburg, has at last delivered "
                           "a gift of 30,000 surgical masks to the town.", "Masks for Tilburg"))
    assert es and keys(es[0]["from"]) == ["CN/Wenzhou"] and keys(es[0]["to"]) == ["NL/Tilburg"]


def test_head_of_sister_province_apposition_gives():
    es = gifts(page_events("MUNICH, June 2 -- Shandong, the Chinese sister province of Bavaria, shipped 12,000 "
                           "protective gowns to the state last week.", "Gowns for Bavaria"))
    assert es and keys(es[0]["from"]) == ["CN/Shandong"] and keys(es[0]["to"]) == ["DE/Bavaria"]
