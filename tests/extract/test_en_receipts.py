"""The page's own side and paired lists in English (cityaid.extract.en_receipts), from sentences written
for these tests."""
import datetime as dt

from cityaid.clean import clean_text
from cityaid.extract.en_events import extract_events_en
from cityaid.resolve.english import dateline_place


def _events(body, head="Friends of Fresno and Kunming :: newsletter", anchor=dt.date(2020, 5, 20)):
    text = head + "\n\n" + body + "\n"
    pub = dateline_place(text)
    return [e.to_spec() for e in extract_events_en(clean_text(text), text, publisher=pub, anchor=anchor)]


def _keys(actors):
    return [a["key"] for a in actors]


def _by_type(events, kind):
    return [e for e in events if e["type"] == kind]


_PAGE = ("Fresno has been paired with Kunming since 1991. Volunteers in Fresno meet every month, and the "
         "Fresno chapter keeps in touch with friends in Kunming. ")


def test_a_gift_told_by_its_participle_goes_to_the_page_s_other_side():
    es = _events(_PAGE + "Last week 6,000 gloves, donated by the city of Kunming, were handed to a clinic downtown.")
    (d,) = _by_type(es, "donation")
    assert _keys(d["from"]) == ["CN/Kunming"] and _keys(d["to"]) == ["US/Fresno"]


def test_the_writer_as_sender_is_the_page_s_city():
    es = _events(_PAGE + "On Monday I wrote Mayor Wang a short letter of thanks to Kunming for its kindness.")
    (m,) = _by_type(es, "message")
    assert _keys(m["from"]) == ["US/Fresno"] and _keys(m["to"]) == ["CN/Kunming"]


def test_our_board_as_sender_is_the_page_s_city():
    es = _events(_PAGE + "In February our steering committee sent a letter of support to Kunming.")
    (m,) = _by_type(es, "message")
    assert _keys(m["from"]) == ["US/Fresno"] and _keys(m["to"]) == ["CN/Kunming"]


def test_a_plan_of_the_writer_is_left_alone():
    es = _events(_PAGE + "We hope we will send a video greeting to Kunming next month.")
    assert not _by_type(es, "message")


def test_senders_and_figures_paired_by_respectively():
    es = _events("Osaka and Kyoto sent 12,000 and 7,000 masks, respectively, to Shanghai in March.")
    ds = sorted(_by_type(es, "donation"), key=lambda e: e["items"][0]["quantity"])
    assert [(_keys(d["from"]), _keys(d["to"]), d["items"][0]["quantity"]) for d in ds] == [
        (["JP/Kyoto"], ["CN/Shanghai"], 7000), (["JP/Osaka"], ["CN/Shanghai"], 12000)]


def test_recipients_and_figures_paired_by_respectively():
    es = _events("In April the province of Zhejiang shipped 60,000 and 25,000 surgical masks respectively to "
                 "Shizuoka and Hyogo.")
    ds = sorted(_by_type(es, "donation"), key=lambda e: e["items"][0]["quantity"])
    assert [(_keys(d["to"]), d["items"][0]["quantity"]) for d in ds] == [(["JP/Hyogo"], 25000), (["JP/Shizuoka"], 60000)]


def test_receivers_listed_first_with_respectively():
    es = _events("Lyon and Munich received 9,000 and 4,000 gowns respectively from Guangzhou last month.")
    ds = sorted(_by_type(es, "donation"), key=lambda e: e["items"][0]["quantity"])
    assert [(_keys(d["from"]), _keys(d["to"])) for d in ds] == [(["CN/Guangzhou"], ["DE/Munich"]),
                                                               (["CN/Guangzhou"], ["FR/Lyon"])]


def test_respectively_after_an_apposition_naming_the_receiver():
    # "A and B, both partner cities of C, gave N and M ...": C is named in the apposition, not a giver
    es = _events("Early in February the Italian city of Padua and the Polish city of Lodz, both partner cities "
                 "of Chengdu, gave 6,000 and 9,000 pairs of gloves respectively.")
    ds = sorted(_by_type(es, "donation"), key=lambda e: e["items"][0]["quantity"])
    assert [(_keys(d["from"]), _keys(d["to"]), d["items"][0]["quantity"]) for d in ds] == [
        (["IT/Padua"], ["CN/Chengdu"], 6000), (["PL/Łódź"], ["CN/Chengdu"], 9000)]


def test_separately_donated_to_two_partners_is_two_gifts():
    es = _events("Hangzhou has separately donated gloves to its partner cities Leeds in Britain and Padua in Italy.")
    ds = _by_type(es, "donation")
    assert sorted(_keys(d["to"])[0] for d in ds) == ["GB/Leeds", "IT/Padua"]


def test_a_reply_goes_to_the_one_who_wrote():
    es = _events("In March, Lyon sent a letter of support to Guangzhou. Two weeks later Guangzhou sent a warm reply.")
    ms = _by_type(es, "message")
    assert sorted((_keys(m["from"])[0], _keys(m["to"])[0]) for m in ms) == [("CN/Guangzhou", "FR/Lyon"),
                                                                            ("FR/Lyon", "CN/Guangzhou")]


def test_a_gift_as_a_reply_goes_to_the_one_who_wrote():
    es = _events("Leeds sent a letter of sympathy to Hangzhou on February 3. In May, Hangzhou replied with 8,000 "
                 "masks, which were delivered on May 12.")
    (d,) = _by_type(es, "donation")
    assert _keys(d["from"]) == ["CN/Hangzhou"] and _keys(d["to"]) == ["GB/Leeds"]


def test_the_writer_recorded_a_video_for_the_partner():
    es = _events(_PAGE + "Last month I recorded a brief video for the people of Kunming.")
    (m,) = _by_type(es, "message")
    assert _keys(m["from"]) == ["US/Fresno"] and _keys(m["to"]) == ["CN/Kunming"]


def test_a_shipment_of_a_series_takes_the_sides_of_the_series():
    es = _events("Leeds has taken in three consignments from Hangzhou since March. The latest, of 12,000 gloves, "
                 "arrived on May 9.")
    (d,) = [e for e in _by_type(es, "donation") if any(i["item"] == "gloves" for i in e["items"])]
    assert _keys(d["from"]) == ["CN/Hangzhou"] and _keys(d["to"]) == ["GB/Leeds"]


def test_a_video_conference_talked_about_is_no_consultation():
    es = _events("Padua officials are in talks with Hangzhou about a video conference on school reopening.")
    assert not _by_type(es, "consultation")
    es = _events("A proposal to hold an online seminar for nurses of Padua and Hangzhou is under discussion.")
    assert not _by_type(es, "consultation")


def test_a_held_conference_stays_when_another_is_planned():
    es = _events("Nurses of Padua and Hangzhou held a video conference on May 4; a second one is expected to take "
                 "place in June.")
    assert len(_by_type(es, "consultation")) == 1


def test_a_past_gift_told_in_the_mayor_s_words():
    es = _events("BRNO (April 9) -- Brno received 6,000 masks from its partner Chengdu this week. \"Back in January, "
                 "when they were struggling, we sent them 800 protective suits,\" the mayor said.",
                 head="City news")
    ds = [d for d in _by_type(es, "donation") if _keys(d["from"]) == ["CZ/Brno"]]
    assert len(ds) == 1 and _keys(ds[0]["to"]) == ["CN/Chengdu"] and ds[0]["items"][0]["quantity"] == 800


def test_a_gift_hoped_for_in_speech_is_no_gift():
    es = _events("BRNO (April 9) -- Brno received 6,000 masks from its partner Chengdu this week. \"We hope we can "
                 "send them gloves soon,\" the mayor said.", head="City news")
    assert not [d for d in _by_type(es, "donation") if _keys(d["from"]) == ["CZ/Brno"]]


def test_a_running_total_of_the_dateline_city_is_kept():
    es = _events("LEEDS, May 6 (Press) -- To date, Leeds has given more than 90,000 gloves to 14 partner cities in "
                 "9 countries, the city's international office said.", head="Leeds news")
    (g,) = _by_type(es, "aggregate")
    assert _keys(g["from"]) == ["GB/Leeds"] and g["to"] == []


def test_the_city_as_subject_is_the_city_the_sentence_named():
    es = _events("LEEDS -- Leeds took delivery of 7,000 masks from Hangzhou on Monday. According to a release from "
                 "the Hangzhou Foreign Affairs Office, the city has given medical supplies to 45 sister and "
                 "friendship cities so far, including Padua, Leeds and Frankfurt.", head="Leeds news")
    (g,) = _by_type(es, "aggregate")
    assert _keys(g["from"]) == ["CN/Hangzhou"]
    assert sorted(_keys(g["to"])) == ["DE/Frankfurt", "GB/Leeds", "IT/Padua"]


def test_a_count_of_sister_and_friendship_cities_is_a_total():
    es = _events("Hangzhou has donated gloves to 17 sister and friendship cities in 9 countries.")
    (g,) = _by_type(es, "aggregate")
    assert g["partners_count"] == 17


def test_a_count_whose_givers_are_all_named_is_one_gift_each():
    es = _events("Two Italian regions - Veneto and Piedmont - have each sent 4,000 gowns to Hangzhou.")
    ds = _by_type(es, "donation")
    assert sorted(_keys(d["from"])[0] for d in ds) == ["IT/Piedmont", "IT/Veneto"]
    assert all(d["items"][0]["quantity"] == 4000 for d in ds) and not _by_type(es, "aggregate")


def test_money_wired_to_a_partner_is_a_donation():
    es = _events("In February, the Leeds twinning society wired $4,500 to its sister city Hangzhou.")
    (d,) = _by_type(es, "donation")
    assert _keys(d["to"]) == ["CN/Hangzhou"]


def test_two_lists_paired_by_respectively():
    es = _events("Leeds and Padua got 3,000 gowns apiece from their partners, Hangzhou and Suzhou, respectively.")
    pairs = sorted((_keys(d["from"])[0], _keys(d["to"])[0]) for d in _by_type(es, "donation"))
    assert pairs == [("CN/Hangzhou", "GB/Leeds"), ("CN/Suzhou", "IT/Padua")]


def test_the_province_s_experts_after_its_gift_and_two_counterparts():
    es = _events("Hunan also shipped 9,000 masks to Shizuoka on May 2, and the province's health experts briefed "
                 "counterparts in Padua and Hyogo by video link on May 6 and May 11 respectively.")
    cs = _by_type(es, "consultation")
    assert sorted((_keys(c["from"])[0], _keys(c["to"])[0]) for c in cs) == [("CN/Hunan", "IT/Padua"),
                                                                            ("CN/Hunan", "JP/Hyogo")]


def test_thanks_to_the_n_givers_just_told():
    es = _events("Two Italian regions - Veneto and Piedmont - have each sent 4,000 gowns to Hangzhou. "
                 "The mayor of Hangzhou thanked the two regions in a video message.")
    (m,) = _by_type(es, "message")
    assert sorted(_keys(m["to"])) == ["IT/Piedmont", "IT/Veneto"] and _keys(m["from"]) == ["CN/Hangzhou"]


def test_senders_and_kinds_of_goods_paired_by_respectively():
    # one kind of goods from each giver, in the order they are named
    es = _events("Sendai and Ulsan had given 9,000 face shields and 30,000 masks respectively to Yunnan in April, "
                 "when the province ran short.")
    got = {(tuple(_keys(e["from"])), tuple(_keys(e["to"])), tuple((i["item"], i["quantity"]) for i in e["items"]))
           for e in _by_type(es, "donation")}
    assert got == {(("JP/Sendai",), ("CN/Yunnan",), (("face_shield", 9000),)),
                   (("KR/Ulsan",), ("CN/Yunnan",), (("mask", 30000),))}


def test_receivers_and_kinds_of_goods_paired_by_respectively():
    es = _events("Fresno mailed 4,000 gowns and 25,000 masks respectively to Kunming and Dali last spring.")
    got = {(tuple(_keys(e["to"])), tuple(i["item"] for i in e["items"])) for e in _by_type(es, "donation")}
    assert got == {(("CN/Kunming",), ("protective_suit",)), (("CN/Dali",), ("mask",))}
