"""English sentences whose giver or receiver is a country's body (a consulate, an embassy)."""
from cityaid.extract.en_events import _RECEIVING_THE_GOODS


def test_receiving_the_supplies_from_a_consul_restates_the_gift():
    assert _RECEIVING_THE_GOODS.match("Receiving the supplies at the town hall from Consul General Wang, the mayor said")
    assert _RECEIVING_THE_GOODS.match("Upon receiving the masks, the governor thanked Harbin.")
    assert not _RECEIVING_THE_GOODS.match("Receiving 5,000 masks from Harbin, the governor said")


def test_a_total_to_partners_in_named_countries_goes_to_those_countries():
    from datetime import date
    from cityaid.clean import clean_text
    from cityaid.extract.en_events import extract_events_en
    text = ("Central China's Hubei Province has donated more than 200,000 masks and 10,000 protective suits "
            "to 12 sister provinces and cities in Germany, France and Italy, the provincial office said.")
    evs = [e for e in extract_events_en(clean_text(text), text, anchor=date(2020, 4, 2)) if e.type == "aggregate"]
    assert evs and [a.key for a in evs[0].to] == ["DE", "FR", "IT"]
