"""English events from sentences written for these tests (other cities, numbers and phrasing than the examples)."""
import datetime as dt

from cityaid.clean import clean_text
from cityaid.extract.en_events import extract_events_en, split_sentences_en
from cityaid.resolve.english import dateline_place


def _events(body, dateline="FRESNO, Calif. (April 17, 2020) —", anchor=dt.date(2020, 4, 17)):
    text = dateline + "\n" + body + "\n"
    clean = clean_text(text)
    pub = dateline_place(text)
    return [e.to_spec() for e in extract_events_en(clean, text, publisher=pub, anchor=anchor)], text


def _keys(actors):
    return [a["key"] for a in actors]


def test_active_donation_with_to():
    (e,), _ = _events("On April 3, Kunming donated 25,000 KN95 masks to Fresno.")
    assert e["type"] == "donation" and _keys(e["from"]) == ["CN/Kunming"] and _keys(e["to"]) == ["US/Fresno"]
    assert e["items"][0]["item"] == "n95_mask" and e["items"][0]["quantity"] == 25000
    assert e["date"] == {"value": "2020-04-03", "qualifier": "on"}


def test_received_from():
    (e,), _ = _events("Fresno received 3,000 protective suits from Kunming on Wednesday.")
    assert _keys(e["from"]) == ["CN/Kunming"] and _keys(e["to"]) == ["US/Fresno"]
    assert e["date"]["value"] == "2020-04-15"


def test_passive_donated_by_and_arrival_without_place_goes_to_page():
    (e,), _ = _events("About 8,000 test kits donated by Kunming arrived on Monday.")
    assert _keys(e["from"]) == ["CN/Kunming"] and _keys(e["to"]) == ["US/Fresno"]
    assert e["items"][0]["qualifier"] == "approx"


def test_passive_were_donated_by_x_to_y():
    (e,), _ = _events("In late March, 600 ventilators were donated by Shenzhen to Vienna.", dateline="VIENNA --")
    assert _keys(e["from"]) == ["CN/Shenzhen"] and _keys(e["to"]) == ["AT/Vienna"]
    assert e["date"] == {"value": "2020-03", "qualifier": "approx"}


def test_plans_are_not_events():
    events, _ = _events("Kunming will send 5,000 masks next week. The city plans to donate gloves to Kunming. "
                        "Kunming is expected to ship 2,000 goggles.")
    assert events == []


def test_letter_of_thanks_is_a_message_not_a_donation():
    (e,), _ = _events("Mayor Lee Brand sent a letter of thanks to Kunming on April 10 for the 25,000 masks.")
    assert e["type"] == "message" and e["kind"] == "thanks" and e["medium"] == "letter"
    assert _keys(e["from"]) == ["US/Fresno"] and _keys(e["to"]) == ["CN/Kunming"]


def test_tweet_thanks_same_day():
    events, _ = _events("Masks from Kunming reached Fresno on April 12. Mayor Lee Brand thanked Kunming on Twitter "
                        "the same day.")
    assert [e["type"] for e in events] == ["donation", "message"]
    assert events[1]["date"]["value"] == "2020-04-12" and events[1]["medium"] == "social_media"


def test_request_asked_for():
    (e,), _ = _events("In early April, the city asked Kunming for gloves and face shields.")
    assert e["type"] == "request" and _keys(e["from"]) == ["US/Fresno"] and _keys(e["to"]) == ["CN/Kunming"]
    assert {i["item"] for i in e["items"]} == {"gloves", "face_shield"}


def test_video_conference_runs_from_the_chinese_side():
    # the Chinese side shares its experience, whichever side the clause makes its subject
    (e,), _ = _events("On Thursday, Fresno doctors held a videoconference with health experts from Kunming.")
    assert e["type"] == "consultation" and _keys(e["from"]) == ["CN/Kunming"] and _keys(e["to"]) == ["US/Fresno"]
    assert e["date"]["value"] == "2020-04-16"


def test_medical_team():
    (e,), _ = _events("Guangdong sent a team of medical experts to Serbia on March 21.", dateline="BELGRADE --")
    assert e["type"] == "medical_team" and _keys(e["from"]) == ["CN", "CN/Guangdong"] and _keys(e["to"]) == ["RS"]


def test_aggregate_claim_kept_as_printed():
    (e,), _ = _events("Jiangsu has donated more than 300,000 pieces of supplies to 15 partner cities as of April 8.",
                      dateline="NANJING, April 9 --")
    assert e["type"] == "aggregate" and e["of"] == "donation" and e["partners_count"] == 15
    assert e["items"] == [{"item": "supplies", "quantity": 300000, "unit": "piece", "qualifier": "over"}]
    assert e["date"] == {"value": "2020-04-08", "qualifier": "as_of"}


def test_aggregate_of_letters_from_countries():
    (e,), _ = _events("The province has received letters of sympathy from 12 countries, including Italy and Spain.",
                      dateline="CHENGDU --")
    assert e["type"] == "aggregate" and e["of"] == "message" and e["countries_count"] == 12
    assert _keys(e["to"]) == ["CN/Sichuan"]


def test_money_donation():
    (e,), _ = _events("Residents of Fresno donated $15,000 to Kunming hospitals in February.")
    assert e["money"] == [{"amount": 15000, "currency": "USD", "qualifier": "exact"}]


def test_two_shipments_in_one_sentence_and_capital_of():
    events, _ = _events("Zhejiang has donated 90,000 masks. The shipments included 40,000 masks for Italy's Lombardy, "
                        "sent on March 9, and 50,000 masks that reached Tokyo, capital of Japan, on March 12.",
                        dateline="HANGZHOU --", anchor=dt.date(2020, 3, 20))
    assert [(_keys(e["from"]), _keys(e["to"])) for e in events[1:]] == [
        (["CN/Zhejiang"], ["IT/Lombardy"]), (["CN/Zhejiang"], ["JP/Tokyo"])]


def test_evidence_is_original_text():
    events, text = _events("On April 3, Kunming donated 25,000 KN95 masks to Fresno.")
    a, b = events[0]["evidence_span"]
    assert text[a:b] == events[0]["evidence"] and "Kunming donated" in events[0]["evidence"]


def test_sentence_split_keeps_abbreviations():
    text = "On Feb. 4, Gov. Kim sent masks. They arrived."
    assert [text[a:b] for a, b in split_sentences_en(text)] == ["On Feb. 4, Gov. Kim sent masks.", "They arrived."]


def test_took_delivery_of_from_its_sister_city_with_comma():
    (e,), _ = _events("The City of Fresno on Tuesday took delivery of 6,000 gowns from its sister city, Kunming, China.")
    assert _keys(e["from"]) == ["CN/Kunming"] and _keys(e["to"]) == ["US/Fresno"]


def test_passive_received_takes_giver_from_by():
    (e,), _ = _events("Some 9,000 gloves donated by Kunming were received on May 2.")
    assert _keys(e["from"]) == ["CN/Kunming"] and _keys(e["to"]) == ["US/Fresno"]


def test_possessor_is_the_giver():
    (e,), _ = _events("Kunming's 15,000 masks reached Fresno on June 3.")
    assert _keys(e["from"]) == ["CN/Kunming"] and _keys(e["to"]) == ["US/Fresno"]
    (e,), _ = _events("Kunming's gift of 400 goggles was handed over at a ceremony in Fresno on May 9.")
    assert _keys(e["from"]) == ["CN/Kunming"]


def test_recipients_listed_with_their_countries():
    (e,), _ = _events("Yunnan donated 80,000 masks to its sister regions, Chiba Prefecture in Japan and "
                      "Gyeonggi Province in South Korea, officials said.")
    assert _keys(e["to"]) == ["JP/Chiba", "KR/Gyeonggi"]


def test_headline_and_kicker_above_the_body_are_skipped():
    text = ("City News | Online\nKunming sends 15,000 masks to Fresno\n(City News) 10:01, April 12, 2020\n"
            "FRESNO, April 11 -- Kunming has sent 15,000 masks to Fresno, the city said on Saturday.\n")
    clean = clean_text(text)
    evs = extract_events_en(clean, text, publisher=dateline_place(text), anchor=dt.date(2020, 4, 12))
    assert len(evs) == 1 and evs[0].evidence.startswith("Kunming has sent")


def test_subject_is_the_head_of_government_of_x_not_a_place_in_a_pp():
    (e,), _ = _events("The municipal government of Kunming has sent 7,000 masks to Fresno.")
    assert _keys(e["from"]) == ["CN/Kunming"]
    (e,), _ = _events("Fresno's sister city of Kunming in southwest China's Yunnan Province is sending 9,000 gowns.")
    assert _keys(e["from"]) == ["CN/Kunming"]


def _by_type(events):
    out = {}
    for e in events:
        out.setdefault(e["type"], []).append(e)
    return out


def test_fronted_letter_writer_is_the_main_subject():
    evs, _ = _events("In a letter of sympathy to Fresno, the mayor of Kunming wrote that the two cities stand together.")
    (m,) = _by_type(evs)["message"]
    assert _keys(m["from"]) == ["CN/Kunming"] and _keys(m["to"]) == ["US/Fresno"]


def test_message_with_one_side_named_goes_to_the_page():
    evs, _ = _events("Kunming also sent a video message of encouragement in April.")
    (m,) = _by_type(evs)["message"]
    assert _keys(m["from"]) == ["CN/Kunming"] and _keys(m["to"]) == ["US/Fresno"]


def test_gift_sent_with_a_letter_is_two_events():
    evs, _ = _events("Kunming last week sent 3,500 gowns, together with a letter wishing Fresno a quick recovery.")
    got = _by_type(evs)
    assert _keys(got["donation"][0]["from"]) == ["CN/Kunming"] and got["donation"][0]["items"][0]["quantity"] == 3500
    assert _keys(got["message"][0]["from"]) == ["CN/Kunming"]


def test_thanks_for_delivering_is_a_message_and_the_gift():
    evs, _ = _events("Fresno thanked Kunming for delivering 4,400 masks in May.")
    got = _by_type(evs)
    assert _keys(got["message"][0]["from"]) == ["US/Fresno"] and _keys(got["message"][0]["to"]) == ["CN/Kunming"]
    assert _keys(got["donation"][0]["from"]) == ["CN/Kunming"] and _keys(got["donation"][0]["to"]) == ["US/Fresno"]


def test_gapped_consultation_with_a_far_partner():
    evs, _ = _events("Doctors in southwest China's Yunnan Province shared their treatment and nursing experience "
                     "with nurses from the U.S. state of Oregon on Thursday.", dateline="KUNMING --")
    (c,) = _by_type(evs)["consultation"]
    assert _keys(c["from"]) == ["CN/Yunnan"] and _keys(c["to"]) == ["US/Oregon"]


def test_consultation_between_the_two_cities_uses_the_page_and_its_partner():
    evs, _ = _events("Kunming donated 2,000 gowns to Fresno in March. On April 2, health officials of the two "
                     "cities held a video conference on testing.")
    (c,) = _by_type(evs)["consultation"]
    assert {_keys(c["from"])[0], _keys(c["to"])[0]} == {"CN/Kunming", "US/Fresno"}


def test_medical_team_goes_to_the_country_of_its_landing_city():
    evs, _ = _events("A nine-member team of Chinese infectious-disease experts from Yunnan Province landed in "
                     "Vientiane on Sunday.", dateline="KUNMING --")
    (t,) = _by_type(evs)["medical_team"]
    assert "CN" in _keys(t["from"]) and "CN/Yunnan" in _keys(t["from"]) and "LA" in _keys(t["to"])


def test_decided_to_provide_is_a_plan():
    evs, _ = _events("Fresno said Monday it has decided to provide 30,000 gloves to Kunming.")
    assert not evs


def test_ditransitive_recipient_right_after_the_verb():
    (e,), _ = _events("In March, Fresno sent Kunming about 6,000 gloves.")
    assert _keys(e["from"]) == ["US/Fresno"] and _keys(e["to"]) == ["CN/Kunming"]


def test_apiece_to_a_list_is_one_gift_each():
    evs, _ = _events("Kunming shipped 3,000 gowns apiece to Fresno, Stockton and Modesto, California, on May 4.")
    assert sorted(_keys(e["to"])[0] for e in evs) == ["US/Fresno", "US/Modesto", "US/Stockton"]
    assert all(e["items"][0]["quantity"] == 3000 for e in evs)


def test_each_of_the_partners_splits_the_total_told_before():
    evs, _ = _events("Yunnan has donated 60,000 masks to its sister regions, Chiba Prefecture in Japan and Gyeonggi "
                     "Province in South Korea. The shipment left Kunming on Monday, with 30,000 masks bound for "
                     "each of the two partners.", dateline="KUNMING --")
    got = sorted((_keys(e["to"])[0], e["items"][0]["quantity"]) for e in evs if e["type"] == "donation")
    assert got == [("JP/Chiba", 30000), ("KR/Gyeonggi", 30000)]


def test_dateline_with_agency_is_not_an_actor():
    evs, _ = _events("Doctors in Yunnan Province shared their experience with nurses from Oregon on Thursday.",
                     dateline="KUNMING, May 7 (Newswire) --")
    (c,) = _by_type(evs)["consultation"]
    assert "CN/Kunming" not in _keys(c["from"]) + _keys(c["to"])


def test_from_x_s_partner_city_y_is_y():
    (e,), _ = _events("The mayor welcomed 8,000 gowns from Fresno's Chinese partner city, Kunming, on Monday.")
    assert _keys(e["from"]) == ["CN/Kunming"]


def test_a_consulate_stands_for_its_country():
    evs, _ = _events("Fresno sent gloves after the Consulate General of China in San Francisco asked for help "
                     "with gloves in March.")
    (r,) = _by_type(evs)["request"]
    assert _keys(r["from"]) == ["CN"] and _keys(r["to"]) == ["US/Fresno"]


def test_a_reporters_question_is_not_a_request():
    evs, _ = _events("Asked which cities would receive the masks, the mayor said the list was not final.")
    assert not evs


def test_request_with_no_party_is_dropped():
    evs, _ = _events("The friendship society has asked its members to send photos and supplies.")
    assert not _by_type(evs).get("request")


def test_active_gift_with_a_received_relative_clause():
    (e,), _ = _events("Yunnan's friendship association sent 2,400 masks to Fresno, which were received at city hall.")
    assert _keys(e["from"]) == ["CN/Yunnan"] and _keys(e["to"]) == ["US/Fresno"]


def test_a_lead_about_many_senders_is_no_event():
    evs, _ = _events("Several sister cities in China have sent masks to California this spring.")
    assert not evs


def test_a_running_total_as_of_a_day_is_an_aggregate():
    (e,), _ = _events("As of May 3, Fresno had sent 40,000 masks and 900 gowns to Kunming.")
    assert e["type"] == "aggregate"


def test_generic_equipment_between_two_named_places_is_a_gift():
    (e,), _ = _events("On June 2, Kisumu in Kenya took delivery of equipment from Kunming, its sister city in "
                      "China.", dateline="KISUMU --")
    assert _keys(e["from"]) == ["CN/Kunming"] and e["items"][0]["item"] == "supplies"


def test_receipt_reads_the_giver_after_sent_by():
    (e,), _ = _events("On Monday the city took delivery of 6,000 gloves, sent by the Chinese city of Kunming.")
    assert _keys(e["from"]) == ["CN/Kunming"]


def test_request_in_a_subordinate_clause_goes_to_the_main_subject():
    evs, _ = _events("Chiba Prefecture released 90,000 masks after the Consulate General of China in Osaka asked "
                     "for help with masks.", dateline="TOKYO --")
    (r,) = _by_type(evs)["request"]
    assert _keys(r["from"]) == ["CN"] and _keys(r["to"]) == ["JP/Chiba"]


def test_unnamed_giver_of_a_gift_abroad_is_the_page_place():
    evs, _ = _events("The relief foundation's 70,000 gowns reached Kunming on Feb. 20.")
    (e,) = _by_type(evs)["donation"]
    assert _keys(e["from"]) == ["US/Fresno"] and _keys(e["to"]) == ["CN/Kunming"]


def test_a_post_and_a_wrote_that_are_messages():
    evs, _ = _events("The mayor of Kunming wrote that the city would always stand by Fresno.")
    assert _keys(_by_type(evs)["message"][0]["from"]) == ["CN/Kunming"]
    evs, _ = _events("Kunming said in a post on Weibo that it was thankful for the help of Fresno.")
    assert _by_type(evs)["message"][0]["medium"] == "social_media"


def test_a_note_from_is_a_message():
    evs, _ = _events("The parcel came with a note from Kunming's mayor.")
    assert _keys(_by_type(evs)["message"][0]["from"]) == ["CN/Kunming"]


def test_a_body_named_after_a_country_is_its_city_and_a_gift_at_home_is_no_event():
    evs, _ = _events("A Korean association in Fresno donated 1,000 masks to the city's clinics.")
    assert not evs


def test_two_gifts_joined_by_and_share_the_verb():
    evs, _ = _events("Kunming sent 2,000 masks to Fresno and 1,500 masks to Stockton, California, in March.")
    got = sorted((_keys(e["to"])[0], e["items"][0]["quantity"]) for e in evs)
    assert got == [("US/Fresno", 2000), ("US/Stockton", 1500)]


def test_the_city_of_x_is_x_and_a_reporting_tail_is_not_a_recipient():
    (e,), _ = _events("The gloves were donated to Fresno by the city of Kunming and arrived Friday.")
    assert _keys(e["from"]) == ["CN/Kunming"] and _keys(e["to"]) == ["US/Fresno"]
    (e,), _ = _events("Fresno shipped 4,000 gowns to its sister city Kunming, the city said Thursday.")
    assert _keys(e["to"]) == ["CN/Kunming"]


def test_a_lead_about_cities_and_countries_is_no_event():
    assert not _events("Cities and countries around the world have sent masks to China.")[0]


def test_message_addressee_is_the_other_sides_place_not_an_adjective():
    evs, _ = _events("Fresno thanks the Valley Arts Council, the Lotus Foundation and the Kunming Municipal "
                     "Government for their help.")
    assert _keys(_by_type(evs)["message"][0]["to"]) == ["CN/Kunming"]


def test_two_messages_joined_by_while():
    evs, _ = _events("Mexico's Jalisco wrote that it stood with Fresno, while Japan's Chiba Prefecture sent a "
                     "message wishing the city a quick recovery.")
    assert sorted(_keys(e["from"])[0] for e in _by_type(evs)["message"]) == ["JP/Chiba", "MX/Jalisco"]


def test_called_the_meeting_is_no_phone_call_and_plural_senders_no_message():
    assert not _events("The health chief called the meeting a valuable chance to compare notes.")[0]
    assert not _events("Messages of support are pouring into Fresno from its sister cities overseas.")[0]


def test_expressed_its_gratitude_and_a_thank_you_video_are_messages():
    evs, _ = _events("Kunming expressed its deep gratitude to Fresno for the gowns.")
    assert _keys(_by_type(evs)["message"][0]["from"]) == ["CN/Kunming"]
    evs, _ = _events("Kunming posted a thank-you video for Fresno on its website.")
    assert _by_type(evs)["message"][0]["kind"] == "thanks"


def test_experts_named_by_adjective_are_from_the_place_that_follows():
    evs, _ = _events("Chinese doctors from Kunming shared their experience with nurses in Fresno through a webinar.")
    (c,) = _by_type(evs)["consultation"]
    assert _keys(c["from"]) == ["CN/Kunming"] and _keys(c["to"]) == ["US/Fresno"]


def test_online_session_and_parties_named_after_the_trigger():
    evs, _ = _events("Over the video link, Kunming doctors walked their Fresno peers through ward routines.")
    (c,) = _by_type(evs)["consultation"]
    assert _keys(c["from"]) == ["CN/Kunming"] and _keys(c["to"]) == ["US/Fresno"]
    evs, _ = _events("Experts at Yunnan University Hospital answered questions from Fresno physicians during an "
                     "online session on May 5.")
    assert _by_type(evs)["consultation"][0]["date"]["value"] == "2020-05-05"


def test_more_message_forms():
    for sentence in ("Fresno recorded a video to cheer on the people of Kunming in February.",
                     "The Fresno City Council issued a statement of solidarity with Kunming.",
                     "Kunming's mayor spoke by phone with the mayor of Fresno on Monday."):
        evs, _ = _events(sentence)
        (m,) = _by_type(evs)["message"]
        assert {_keys(m["from"])[0], _keys(m["to"])[0]} == {"US/Fresno", "CN/Kunming"}


def test_its_sister_city_after_the_recipient_is_an_apposition():
    (e,), _ = _events("Kunming donated 7,000 masks to Fresno, Calif., its sister city.")
    assert _keys(e["to"]) == ["US/Fresno"]


def test_a_team_that_landed_is_a_medical_team_to_the_country():
    evs, _ = _events("The eight-member team that landed in Vientiane on April 2 was picked by the health "
                     "commission of Yunnan Province.", dateline="KUNMING --")
    (t,) = _by_type(evs)["medical_team"]
    assert "LA" in _keys(t["to"]) and "CN/Yunnan" in _keys(t["from"])


def test_supplies_brought_by_a_team_go_where_it_went():
    evs, _ = _events("A team of Chinese medical experts from Yunnan landed in Vientiane on April 2. It brought "
                     "3,000 test kits and 20 ventilators, all donated by the Chinese side.", dateline="KUNMING --")
    (d,) = _by_type(evs)["donation"]
    assert "LA" in _keys(d["to"])


def test_landing_outside_a_capital_city_goes_to_that_city():
    (e,), _ = _events("On May 2, a plane with 9,000 masks from Kunming touched down at an airfield outside "
                      "Vientiane, capital of Laos.", dateline="KUNMING --")
    assert _keys(e["to"]) == ["LA/Vientiane"]


def test_the_state_on_a_chinese_page_is_the_last_state_named():
    evs, _ = _events("Yunnan and the U.S. state of Oregon are sister states. Yunnan shipped 90,000 masks to the "
                     "state in April.", dateline="KUNMING --")
    (d,) = _by_type(evs)["donation"]
    assert _keys(d["to"]) == ["US/Oregon"]


def test_consultation_runs_from_the_chinese_side_whichever_the_subject():
    evs, _ = _events("On April 6, doctors from Fresno held a video conference with lung specialists of Kunming.")
    e = next(e for e in evs if e["type"] == "consultation")
    assert _keys(e["from"]) == ["CN/Kunming"] and _keys(e["to"]) == ["US/Fresno"]
    evs, _ = _events("On April 9, Kunming doctors took part in a video call with nurses from Fresno.")
    e = next(e for e in evs if e["type"] == "consultation")
    assert _keys(e["from"]) == ["CN/Kunming"] and _keys(e["to"]) == ["US/Fresno"]


def test_an_airport_on_the_way_is_not_the_recipient():
    evs, _ = _events("Eight thousand gloves donated by Kunming arrived at Oakland International Airport on April 2 "
                     "and were handed out to Fresno's clinics.")
    e = next(e for e in evs if e["type"] == "donation")
    assert _keys(e["from"]) == ["CN/Kunming"] and _keys(e["to"]) == ["US/Fresno"]


def test_a_shipment_that_is_expected_or_due_is_still_to_come():
    evs, _ = _events("A third consignment of 4,000 gowns from Kunming, the city's partner, is expected in June.")
    assert not [e for e in evs if e["type"] == "donation"]
    evs, _ = _events("The next batch of 7,500 masks from Kunming is due at the end of May, officials said.")
    assert not [e for e in evs if e["type"] == "donation"]
    evs, _ = _events("A shipment of 6,000 masks from Kunming arrived on Monday; more are expected in May.")
    assert [e["type"] for e in evs] == ["donation"]


def test_it_as_subject_is_the_side_that_acted_last():
    evs, _ = _events("In late January, Fresno sent 4,000 gloves to Kunming.\n"
                     "In February it then sent a video message of support, made together with students in Kunming.",
                     dateline="KUNMING, April 17 --")
    msg = next(e for e in evs if e["type"] == "message")
    assert _keys(msg["from"]) == ["US/Fresno"] and _keys(msg["to"]) == ["CN/Kunming"]


def test_a_demonym_counterpart_is_the_pages_place_of_that_country():
    evs, _ = _events("In a letter to his American counterpart, Kunming's mayor Wang Xi wrote that help would follow.")
    msg = next(e for e in evs if e["type"] == "message")
    assert _keys(msg["from"]) == ["CN/Kunming"] and _keys(msg["to"]) == ["US/Fresno"]


def test_a_running_total_since_a_month_is_told_as_of_the_page():
    evs, _ = _events("Since early March, Kunming has donated more than 400,000 masks to 25 sister cities in 12 countries.")
    agg = next(e for e in evs if e["type"] == "aggregate")
    assert agg["date"] == {"value": "2020-04-17", "qualifier": "before"}


def test_one_day_dates_every_recipient_of_a_gift_split_apiece():
    evs, _ = _events("Kunming said Thursday it had given 2,000 gowns apiece to the American towns of Selma, Sanger "
                     "and Kerman.\nThe gowns were shipped from the port on Monday.")
    dates = {e["date"]["value"] for e in evs if e["type"] == "donation"}
    assert dates == {"2020-04-13"}


def test_a_body_named_after_a_country_is_not_that_country():
    evs, _ = _events("The City of Fresno thanks the Fresno China Friendship Society, a local bakery and the "
                     "Kunming Municipal Government for their gifts.")
    msg = next(e for e in evs if e["type"] == "message")
    assert _keys(msg["from"]) == ["US/Fresno"] and _keys(msg["to"]) == ["CN/Kunming"]


def test_a_nation_asking_for_a_team_asks_the_nation():
    evs, _ = _events("The eight-member team was sent at the request of the Peruvian government.",
                     dateline="KUNMING, April 17 --")
    req = next(e for e in evs if e["type"] == "request")
    assert _keys(req["from"]) == ["PE"] and _keys(req["to"]) == ["CN"]


def test_the_two_cities_of_a_roundup_are_the_pair_just_told_not_the_dateline():
    evs, _ = _events("Lanzhou, capital of northwest China's Gansu Province, sent 6,000 test kits to Almaty, its "
                     "sister city in Kazakhstan, on May 4. Nurses from the two cities held a video conference on May 9 to "
                     "discuss triage.", dateline="BEIJING, May 12 (Xinhua) --")
    (c,) = _by_type(evs)["consultation"]
    assert _keys(c["from"]) == ["CN/Lanzhou"] and _keys(c["to"]) == ["KZ/Almaty"]


def test_recipient_of_a_later_verb_after_a_long_gift_phrase():
    evs, _ = _events("A shipment of protective goods donated by east China's Fujian Province, including 12,000 "
                     "masks, 6,000 pairs of gloves and 900 face shields, was handed over to Cambodia's Siem Reap "
                     "Province on Monday.", dateline="BEIJING, April 15 (Xinhua) --")
    (d,) = _by_type(evs)["donation"]
    assert _keys(d["from"]) == ["CN/Fujian"] and _keys(d["to"])[0].startswith("KH/")


def test_a_letter_that_came_with_the_gift_runs_from_the_giver():
    evs, _ = _events("Ningbo has sent 6,000 gowns to Fresno, its sister city in California, city officials said on "
                     "Monday. The gowns, a gift from the Ningbo Municipal Government, came with a letter from Ningbo "
                     "mayor Qiu Dong praising Fresno's nurses.")
    (m,) = _by_type(evs)["message"]
    assert _keys(m["from"]) == ["CN/Ningbo"] and _keys(m["to"]) == ["US/Fresno"]


def test_a_message_that_arrived_along_with_the_goods():
    evs, _ = _events("Harbin shipped 3,000 face shields to Fresno. The shields reached City Hall on Tuesday, along "
                     "with a message wishing residents good health.")
    (m,) = _by_type(evs)["message"]
    assert _keys(m["from"]) == ["CN/Harbin"] and _keys(m["to"]) == ["US/Fresno"]


def test_receiver_apposed_as_partner_of_the_giver():
    events, _ = _events("Toulon, Qingdao's second sister city in France, took delivery of 12,000 masks on April 3.")
    gift = next(e for e in events if e["type"] == "donation")
    assert _keys(gift["from"]) == ["CN/Qingdao"] and _keys(gift["to"]) == ["FR/Toulon"]
    events, _ = _events("Lyon, another sister city of Guangzhou, received 7,000 masks last week.")
    gift = next(e for e in events if e["type"] == "donation")
    assert _keys(gift["from"]) == ["CN/Guangzhou"] and _keys(gift["to"]) == ["FR/Lyon"]


def test_another_figure_went_to_a_second_receiver():
    events, _ = _events("Lyon, Guangzhou's sister city, took delivery of 12,000 masks on April 3, while another "
                        "8,000 went to Birmingham in Britain.")
    gifts = {e["to"][0]["key"]: e for e in events if e["type"] == "donation"}
    assert _keys(gifts["GB/Birmingham"]["from"]) == ["CN/Guangzhou"]
    assert gifts["GB/Birmingham"]["items"][0]["quantity"] == 8000


def test_a_recalled_gift_does_not_become_the_page_giver():
    events, _ = _events("Xiamen has sent masks to 12 partner cities since March. Sasebo received 6,000 masks on "
                        "April 2. The Japanese city had sent 900 gowns to Xiamen in February. Officials said "
                        "7,000 masks arrived in Busan on Monday and another 5,000 reached Penang, Malaysia, on April 8.")
    gifts = {e["to"][0]["key"]: e for e in events if e["type"] == "donation"}
    assert _keys(gifts["KR/Busan"]["from"]) == ["CN/Xiamen"]
    assert _keys(gifts["MY/Penang"]["from"]) == ["CN/Xiamen"]


def test_its_sister_city_apposed_by_name_is_that_city():
    events, _ = _events("Jilin province has sent 40,000 masks to Niigata. Nagaoka separately received 6,000 masks "
                        "from its sister city, Changchun, on Monday.", dateline="NIIGATA, Japan —")
    got = [(_keys(e["from"]), _keys(e["to"])) for e in events if e["type"] == "donation"]
    assert (["CN/Changchun"], ["JP/Nagaoka"]) in got
    assert (["CN/Jilin"], ["JP/Nagaoka"]) not in got


def test_a_closed_relative_clause_on_the_subject_keeps_the_province_of_the_main_clause():
    events, _ = _events("Miyagi, which has been a sister of Jilin since 1987, mailed 8,000 gowns to the province "
                        "on Feb. 9.", dateline="SENDAI, Japan —")
    gift = next(e for e in events if e["type"] == "donation")
    assert _keys(gift["from"]) == ["JP/Miyagi"] and _keys(gift["to"]) == ["CN/Jilin"]


def test_a_county_with_its_prefecture_in_an_apposition_is_the_subject():
    events, _ = _events("Jiangshan County, in the hilly prefecture of Quzhou, also sent 7,000 masks to Verona.",
                        dateline="Staff report")
    gift = next(e for e in events if e["type"] == "donation")
    assert _keys(gift["from"])[0].endswith("/Jiangshan") and _keys(gift["to"]) == ["IT/Verona"]


def test_a_mission_handing_over_a_citys_goods_passes_on_that_citys_gift():
    # the consulate carries the gift; the giver is the city after "from", the receiver the city the clause is set in
    events, _ = _events("Bari has taken 8,000 gowns, while in Bologna the Chinese Consulate General handed over "
                        "25,000 masks and 4 ventilators from Wuxi to the city government on May 6.",
                        dateline="ROME, Italy —")
    gift = next(e for e in events if e["type"] == "donation" and _keys(e["from"]) == ["CN/Wuxi"])
    assert _keys(gift["to"]) == ["IT/Bologna"]
    assert not any(_keys(e["from"]) == ["CN"] for e in events if e["type"] == "donation")


# --- trigger word families (data/triggers_en.tsv): each member reads as its family's act
import pytest  # noqa: E402


@pytest.mark.parametrize("body", [
    "On April 6, Kunming contributes 12,000 surgical masks to Fresno.",
    "On April 6, Kunming allocates 12,000 surgical masks to Fresno.",
    "On April 6, Kunming supplied 12,000 surgical masks to Fresno.",
])
def test_family_gift_verbs(body):
    es = [e for e in _events(body)[0] if e["type"] == "donation"]
    assert es and _keys(es[0]["from"]) == ["CN/Kunming"] and _keys(es[0]["to"]) == ["US/Fresno"]


@pytest.mark.parametrize("body", [
    "On April 6, Fresno took receipt of 12,000 surgical masks from Kunming.",
    "On April 6, Fresno welcomes 12,000 surgical masks from Kunming.",
])
def test_family_receipt_verbs(body):
    es = [e for e in _events(body)[0] if e["type"] == "donation"]
    assert es and _keys(es[0]["from"]) == ["CN/Kunming"] and _keys(es[0]["to"]) == ["US/Fresno"]


@pytest.mark.parametrize("body", [
    "Mayor Lee of Fresno wrote a letter to the mayor of Kunming on April 6 to thank the city.",
    "Mayor Lee of Fresno emailed the mayor of Kunming on April 6 to thank the city.",
])
def test_family_message_verbs(body):
    assert "message" in [e["type"] for e in _events(body)[0]]


@pytest.mark.parametrize("body", [
    "Doctors from Fresno and Kunming met in a video-conference on April 6 on treating patients.",
    "Doctors in Fresno and Kunming held video meetings on April 6 on treating patients.",
    "Doctors in Kunming shares its experience with Fresno hospitals in an online call on April 6.",
])
def test_family_consultation_words(body):
    assert "consultation" in [e["type"] for e in _events(body)[0]]


def test_family_request_words():
    assert "request" in [e["type"] for e in _events("On April 6, Fresno pleaded for masks from Kunming.")[0]]


def test_family_medical_team_words():
    body = "A medical aid team from Kunming arrived in Fresno on April 6."
    assert "medical_team" in [e["type"] for e in _events(body)[0]]


@pytest.mark.parametrize("phrase,typ", [
    ("Quito presents", "donation"), ("Quito airlifts", "donation"), ("Quito was transferring", "donation"),
    ("Quito accepts", "donation"), ("the cargo was reaching Quito", "donation"), ("the plane lands", "donation"),
    ("Quito is tweeting", "message"), ("sympathy cards", "message"), ("sent video messages", "message"),
    ("video links", "consultation"), ("online seminars", "consultation"), ("teleconferencing", "consultation"),
    ("exchanging experience", "consultation"), ("Quito seeks help", "request"), ("appeal for", "request"),
    ("teams of experts", "medical_team"), ("an expert team", "medical_team"), ("medical support team", "medical_team"),
])
def test_family_members_are_read_as_their_family(phrase, typ):
    from cityaid.extract.en_events import find_triggers_en
    assert [t.type for t in find_triggers_en(phrase)][-1:] == [typ]
