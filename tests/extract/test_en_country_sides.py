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


def _en(text):
    from datetime import date
    from cityaid.clean import clean_text
    from cityaid.extract.en_events import extract_events_en
    return extract_events_en(clean_text(text), text, anchor=date(2020, 5, 2))


def test_a_mission_opening_the_next_sentence_gives_for_its_country():
    evs = _en("Denver received 9,000 masks from Kunming on Friday. The Consulate General of the People's Republic "
              "of China in Chicago gave 4,000 gloves to Denver on Monday and helped arrange the flight that brought "
              "the Yunnan cargo from Kunming.")
    assert [a.key for a in evs[-1].from_] == ["CN"]


def test_gift_received_from_a_named_envoy_of_a_mission_is_the_countrys():
    evs = _en("Utah received 30,000 masks from Gansu. Utahns had earlier received 3,500 masks from Li Ming, "
              "Consul General of the Chinese Consulate General in Los Angeles.")
    assert [a.key for a in evs[-1].from_] == ["CN"]


def test_thanks_quoted_across_a_sentence_stop_are_the_speakers_after_it():
    from cityaid.resolve.english import publisher_place_en
    from datetime import date
    from cityaid.clean import clean_text
    from cityaid.extract.en_events import extract_events_en
    text = ("LUSAKA, May 4 -- Doctors from Henan arrived in Zambia on Sunday. \"Thank you China for standing with us. "
            "Zambia is grateful,\" President Joseph Banda tweeted on Monday.")
    pub = publisher_place_en(None, text, text)
    msgs = [e for e in extract_events_en(clean_text(text), text, publisher=pub, anchor=date(2020, 5, 4))
            if e.type == "message"]
    assert msgs and [a.key for a in msgs[0].from_] == ["ZM"]
