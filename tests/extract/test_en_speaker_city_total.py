"""English: "the city" right after a place's officials or office say it is that place ("X officials said the
city had sent ..."), and the partners named after a counted total ("to 9 of its twin cities, among them A and
B", "..., with A and B among the latest") are its receivers."""
from tests.extract.en_helpers import keys, page_events


def totals(es):
    return [e for e in es if e["type"] == "aggregate"]


def test_officials_said_the_city_with_partners_among_the_latest():
    body = ("PERTH, May 6 -- Chengdu officials said on Tuesday the city had by now shipped supplies to 15 of its 30 foreign "
            "sister cities, with Perth and Lyon among the most recent.\n")
    ts = totals(page_events(body, "Help flows out"))
    assert len(ts) == 1
    assert keys(ts[0]["from"]) == ["CN/Chengdu"]
    assert sorted(keys(ts[0]["to"])) == ["AU/Perth", "FR/Lyon"]


def test_office_says_the_city_among_them():
    body = ("LEIPZIG, May 6 -- The Nanjing Foreign Affairs Office says the city has so far sent medical supplies to 12 of its "
            "twin cities, among them Leipzig, Perth and Nagoya.\n")
    ts = totals(page_events(body, "Masks for partners"))
    assert len(ts) == 1
    assert keys(ts[0]["from"]) == ["CN/Nanjing"]
    assert keys(ts[0]["to"]) == ["DE/Leipzig", "AU/Perth", "JP/Nagoya"]
