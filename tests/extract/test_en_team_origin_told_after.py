"""English: a Chinese team told in one sentence and described in the next ("The team, chosen by the health
commission of X province, ...", "The doctors, most of them from X, ..."): X is where the team came from too,
and the description is no second team."""
from tests.extract.en_helpers import keys, page_events


def teams(es):
    return [e for e in es if e["type"] == "medical_team"]


def test_team_chosen_by_a_province_in_the_next_sentence():
    body = ("LIMA, May 2 -- A group of eleven Chinese medical experts landed in Lima on Saturday to assist Peru "
            "against the pandemic.\n\n"
            "The group, put together by China's health authorities and chosen by the health commission of "
            "Hubei Province, will stay for three weeks.\n")
    ts = teams(page_events(body, "Chinese doctors reach Peru"))
    assert len(ts) == 1
    assert keys(ts[0]["from"]) == ["CN", "CN/Hubei"]
    assert keys(ts[0]["to"])[0] == "PE"


def test_doctors_most_of_them_from_a_province():
    body = ("ADDIS ABABA, May 4 -- Eight Chinese medical experts arrived in Ethiopia on Monday to help the "
            "country fight the virus.\n\n"
            "The doctors, most of them from Sichuan province, will visit hospitals in the capital and in "
            "two other cities over the next fortnight.\n")
    ts = teams(page_events(body, "Chinese experts arrive"))
    assert len(ts) == 1
    assert keys(ts[0]["from"]) == ["CN", "CN/Sichuan"]
