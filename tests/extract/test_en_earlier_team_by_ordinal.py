"""English: after a Chinese medical team told as "the second such team", a sentence opening on "The first team,
formed by X province, ..." tells an earlier team, another one (not the same team described again); "The team,
selected by X province, ..." right after still describes the team just told."""
from tests.extract.page_helpers import page_sides

LEAD = ("BELGRADE, April 2 -- A 10-member team of Chinese medical experts from Guangdong province arrived in "
        "Belgrade on Wednesday, the second such team China has sent to Serbia.")


def test_first_team_after_the_second_is_another_team():
    got = page_sides("Wire", LEAD, "The first team, formed by Jiangsu province and a hospital in Nanjing, landed in "
                                   "Belgrade on March 21 with ventilators on board.", published="2020-04-02")
    teams = [f for t, f, _to in got if t == "medical_team"]
    assert ["CN", "CN/Guangdong"] in teams and ["CN", "CN/Jiangsu"] in teams


def test_the_team_described_again_is_one_team():
    got = page_sides("Wire", LEAD, "The team, selected by the health commission of Guangdong province, will stay for "
                                   "two weeks.", published="2020-04-02")
    assert [t for t, _f, _to in got].count("medical_team") == 1
