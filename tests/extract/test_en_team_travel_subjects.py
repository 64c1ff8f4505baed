"""English: a medical team told only by the team's travel ("a team ... reached Y", "specialists from X ... landed in
Y to assist Z", "Y's team, 8 strong, was picked by X and touched down in Y"), with the goods it carried going to the
team's country, not to the city it landed in."""
import datetime as dt

from tests.extract.en_helpers import keys, page_events


def _teams(es):
    return sorted((keys(e["from"])[-1], keys(e["to"])) for e in es if e["type"] == "medical_team")


def test_team_with_relative_clause_reached():
    body = ("Laos was helped by a 9-strong team picked by the Yunnan Province health commission, which reached "
            " Vientiane on May 3. Donated by China, the supplies it carried included "
            "three ventilators and 5,500 protective suits.")
    es = page_events(body, "Chinese provinces and medical missions", anchor=dt.date(2020, 5, 20))
    assert ("CN/Yunnan", ["LA"]) in _teams(es)
    gift = [e for e in es if e["type"] == "donation"]
    assert gift and keys(gift[0]["to"]) == ["LA"]


def test_specialists_landed_and_team_took_off():
    body = ("On May 2, a team from Chongqing Municipality took off for Zimbabwe. That evening, 14 specialists "
            "from Hunan Province, coming from Xiangya Hospital, the Hunan Center for Disease Control and two "
            "more bodies, landed in Lusaka to assist Zambia.")
    es = page_events(body, "Provinces staff missions abroad", anchor=dt.date(2020, 5, 20))
    got = _teams(es)
    assert ("CN/Chongqing", ["ZW"]) in got and ("CN/Hunan", ["ZM"]) in got


def test_team_in_apposition_touched_down():
    body = ("Algeria's team, 7 strong, was chosen by the Guangxi Zhuang Autonomous Region's health "
            "commission and touched down in Algiers on May 11.")
    es = page_events(body, "Provinces staff missions abroad", anchor=dt.date(2020, 5, 20))
    assert ("CN/Guangxi", ["DZ"]) in _teams(es)
