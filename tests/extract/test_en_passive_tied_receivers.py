"""'X, Y's oldest sister state, was sent N masks': the subject received, the partner named in the apposition gave;
'A and B, Z Prefecture's sister provinces in China, ..., were sent roughly N': both names received from Z."""
from cityaid.resolve.english import find_actors_en
from tests.extract.en_helpers import gifts, keys, page_events


def test_tie_apposition_names_the_giver_of_a_passive_gift():
    es = gifts(page_events("SYDNEY, April 9 -- In Australia, Victoria, Jiangsu's oldest sister state, was sent 90,000 "
                           "masks and 2,000 protective suits, which were received by the state health department.",
                           "Masks for Victoria"))
    assert es and keys(es[0]["from"]) == ["CN/Jiangsu"] and "AU/Victoria" in keys(es[0]["to"])


def test_listed_receivers_before_a_two_word_possessor_apposition():
    es = gifts(page_events("KOBE, Feb. 12 -- Hunan and Hubei, Osaka Prefecture's sister provinces in China, where "
                           "gloves have run short, were sent about 500,000 gloves by the prefecture on Monday.",
                           "Gloves for China"))
    assert es and keys(es[0]["from"]) == ["JP/Osaka"] and keys(es[0]["to"]) == ["CN/Hunan", "CN/Hubei"]


def test_rounded_or_spelled_figure_after_were_sent():
    es = gifts(page_events("NAGANO, March 3 -- Hebei and Henan, Nagano Prefecture's partner provinces, were sent "
                           "roughly 300,000 masks from the prefecture's stockpile on Monday.", "Masks leave Nagano"))
    assert es and keys(es[0]["to"]) == ["CN/Hebei", "CN/Henan"]
    es = gifts(page_events("SENDAI, March 3 -- Jilin, Sendai's sister province, was sent two million gloves by the "
                           "city on Monday.", "Gloves leave Sendai"))
    assert es and keys(es[0]["to"]) == ["CN/Jilin"]


def test_name_before_a_possessor_is_not_located_by_it():
    ms = find_actors_en("Masks for China\n\nHunan and Hubei, Osaka Prefecture's sister provinces, got masks.\n")
    assert "CN/Hubei" in [m.key for m in ms]
