"""English sentences whose giver or receiver is a country's body (a consulate, an embassy)."""
from cityaid.extract.en_events import _RECEIVING_THE_GOODS


def test_receiving_the_supplies_from_a_consul_restates_the_gift():
    assert _RECEIVING_THE_GOODS.match("Receiving the supplies at the town hall from Consul General Wang, the mayor said")
    assert _RECEIVING_THE_GOODS.match("Upon receiving the masks, the governor thanked Harbin.")
    assert not _RECEIVING_THE_GOODS.match("Receiving 5,000 masks from Harbin, the governor said")
