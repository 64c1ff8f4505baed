"""English: "X, the Romanian county twinned with Y, has been sent ..." — the apposition's demonym says which
country X lies in (known or not), and the tie it names is the giver. Own sentences."""
from tests.extract.en_helpers import gifts, keys, page_events


def test_receiver_with_demonym_apposition_and_tie():
    es = gifts(page_events("Kalisz, the Polish town twinned with Zhenjiang in Jiangsu Province, has been sent "
                           "300 protective suits and 30,000 surgical masks.", "Masks for Kalisz"))
    assert es and keys(es[0]["from"]) == ["CN/Zhenjiang"] and keys(es[0]["to"]) == ["PL/Kalisz"]


def test_unknown_town_placed_by_its_demonym():
    es = gifts(page_events("Kavarna, the Bulgarian town twinned with Zhenjiang, has been sent 4,000 gowns.",
                           "Gowns for Kavarna"))
    assert es and keys(es[0]["to"]) == ["BG/Kavarna"] and keys(es[0]["from"]) == ["CN/Zhenjiang"]
