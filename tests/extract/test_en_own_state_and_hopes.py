"""No partner, no act: a place asking its own state ("asked the central government"), a nation that "hoped to
receive more help", a ministry that "expects a group of experts to arrive".  Sentences written for the test."""
from tests.extract.en_helpers import page_events


def _types(body):
    return [e["type"] for e in page_events(body, "Aid arrives")]


def test_asking_its_own_government_is_no_request_to_a_partner():
    assert _types("Harbin sent 6,000 gowns to Edmonton on Monday. Calgary has asked the provincial government "
                  "for more gowns and gloves.") == ["donation"]


def test_hoping_to_receive_more_is_no_gift():
    assert _types("Jiangsu sent a medical team to Skopje. Officials said North Macedonia hoped to receive more help "
                  "and would buy gloves abroad.") == ["medical_team"]


def test_expecting_a_team_is_no_team_sent():
    assert _types("Kunming sent 9,000 masks to Vientiane on Monday. The Lao health ministry said it expects a group "
                  "of Chinese doctors to arrive in the coming days.") == ["donation"]


def test_a_partner_asked_is_still_a_request():
    assert _types("Last month Bergamo asked its sister city Shenyang for gloves.") == ["request"]


def test_asking_a_national_agency_by_its_acronym_is_no_request_to_a_partner():
    assert _types("Harbin sent 6,000 gowns to Edmonton on Monday. Cook County asked FEMA for more gowns.") == ["donation"]
