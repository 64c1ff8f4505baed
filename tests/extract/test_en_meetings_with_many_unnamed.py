"""English: a count of meetings held "with foreign counterparts" or "with over N countries" names no other
side: the total keeps its partners open (not the page's place nor a partner named elsewhere)."""
from tests.extract.en_helpers import keys, page_events


def totals(es):
    return [e for e in es if e["type"] == "aggregate"]


def test_meetings_with_counterparts_abroad_name_no_partner():
    body = ("LUSAKA, June 2 -- Hunan sent 20,000 masks to Lusaka Province in May.\n\n"
            "Hunan's doctors have also held 17 video conferences with overseas counterparts since March.\n")
    ts = [e for e in totals(page_events(body, "Hunan's year abroad")) if not e["items"]]
    assert len(ts) == 1
    assert keys(ts[0]["from"]) == ["CN/Hunan"]
    assert ts[0]["to"] == []


def test_meetings_with_many_countries_name_no_partner():
    body = ("ACCRA - Chinese health officials have held more than 60 video meetings with over 80 countries "
            "since February, according to the national health ministry.\n")
    ts = totals(page_events(body, "Know-how by video"))
    assert len(ts) == 1
    assert ts[0]["to"] == []
