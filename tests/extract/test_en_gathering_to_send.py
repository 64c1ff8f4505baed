""""Community groups have been collecting masks to send to relatives in China": goods being gathered for a
sending are no sending told as done; "collected masks and sent them to X" is one."""
from tests.extract.en_helpers import gifts, keys, page_events


def test_collecting_to_send_is_no_gift():
    body = ("Hamilton Mayor Jane Doe has written to the Mayor of Wuxi. Local community groups have been collecting "
            "masks to send to relatives in China.")
    assert not gifts(page_events(body, "HAMILTON, Feb 20 --"))


def test_collected_and_sent_is_a_gift():
    es = gifts(page_events("Volunteers in Denver collected 4,000 masks and sent them to Kunming on March 3.",
                           "DENVER, March 5 --"))
    assert [(keys(e["from"]), keys(e["to"])) for e in es] == [(["US/Denver"], ["CN/Kunming"])]
