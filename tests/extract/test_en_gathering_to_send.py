""""Student volunteers are gathering gloves to ship to families in Wuhan": goods being gathered for a sending are
no sending told as done; "collected masks and sent them to X" is one."""
from tests.extract.en_helpers import gifts, keys, page_events


def test_gathering_to_send_is_no_gift():
    body = ("The mayor of Hamilton has written to the Mayor of Wuxi. Student volunteers in the city are also "
            "gathering gloves to send to families in China.")
    assert not gifts(page_events(body, "HAMILTON, Feb 20 --"))


def test_collected_and_sent_is_a_gift():
    es = gifts(page_events("Volunteers in Denver collected 4,000 masks and sent them to Kunming on March 3.",
                           "DENVER, March 5 --"))
    assert [(keys(e["from"]), keys(e["to"])) for e in es] == [(["US/Denver"], ["CN/Kunming"])]
