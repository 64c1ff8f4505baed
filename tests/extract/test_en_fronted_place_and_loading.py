"""'In X, a port city in Y, officials on Monday loaded N masks onto a cargo flight for Z': X's officials sent them
(a fronted place whose people are the subject; loading goods onto a carrier is sending them); 'donated to A by its
Chinese friendship district, B': B, named in the apposition, gave."""
from tests.extract.en_helpers import gifts, keys, page_events


def test_fronted_place_officials_loaded_goods_for_partner():
    es = gifts(page_events("NIIGATA, April 21 -- In Harbin, a city in Northeast China's Heilongjiang Province, "
                           "officials on Tuesday loaded 60,000 surgical masks onto a cargo flight for Niigata, the "
                           "city's sister city.", "Masks leave Harbin"))
    assert es and keys(es[0]["from"]) == ["CN/Harbin"] and "JP/Niigata" in keys(es[0]["to"])


def test_loaded_onto_trucks_bound_for_a_place():
    es = gifts(page_events("KAZAN, May 2 -- Volunteers in Wuhan loaded 8,000 gowns into trucks bound for Kazan "
                           "on Friday.", "Gowns for Kazan"))
    assert es and keys(es[0]["from"]) == ["CN/Wuhan"] and keys(es[0]["to"]) == ["RU/Kazan"]


def test_friendship_district_named_in_apposition_after_by():
    es = gifts(page_events("ULSAN, March 9 -- At the district level, 12,000 surgical masks were donated to Ulsan's "
                           "Nam District by its Chinese friendship district, Changchun's Chaoyang District, on Friday.",
                           "Masks for Ulsan"))
    assert es and keys(es[0]["from"]) == ["CN/Changchun/Chaoyang"]
