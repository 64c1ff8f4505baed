"""English: a team's arrival told with the goods it brought and who gave them ("..., landed in X on March 21,
carrying 16 tonnes of supplies including ventilators donated by Y") is a gift from Y to the side the team went to,
as well as the team; a team arriving with no giver of goods named is the team alone."""
from tests.extract.page_helpers import page_sides


def test_team_carrying_goods_donated_by_a_side():
    got = page_sides("Wire", "A team of Chinese medical experts, formed by Jiangsu province, landed in Belgrade on "
                             "March 21, carrying 16 tonnes of supplies including ventilators and masks donated by China.",
                     published="2020-04-02")
    assert ("medical_team", ["CN", "CN/Jiangsu"], ["RS"]) in got
    assert ("donation", ["CN"], ["RS"]) in got


def test_team_alone():
    got = page_sides("Wire", "A team of Chinese medical experts, formed by Jiangsu province, landed in Belgrade on "
                             "March 21.", published="2020-04-02")
    assert [t for t, _f, _to in got] == ["medical_team"]
