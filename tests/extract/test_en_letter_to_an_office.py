"""English: a letter written to an office that handles the goods ("wrote to Customs", "write to the tax office") is
paperwork, not a message between partners."""
import datetime as dt

from tests.extract.en_helpers import page_events


def test_wrote_to_customs_is_no_message():
    body = ("Linyi officials offered the gowns to the Springfield twinning board in June. Shipping them took six "
            "weeks; the town had to write to Customs stating that the cartons were a donation, not goods for sale.")
    es = page_events(body, "Gowns reach Springfield", anchor=dt.date(2020, 8, 20))
    assert not [e for e in es if e["type"] == "message"]


def test_wrote_to_a_partner_is_a_message():
    body = "In March, Springfield wrote to Linyi to express its sympathy over the outbreak."
    es = page_events(body, "Springfield and its partner", anchor=dt.date(2020, 8, 20))
    assert [e["type"] for e in es] == ["message"]
