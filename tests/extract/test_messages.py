"""Messages told as speech (cityaid.extract.messages), on sentences written for these tests."""

from cityaid.model import Document
from cityaid.pipeline import extract_document


def run(text: str, published: str = "2020-05-20"):
    return extract_document(Document(doc_id="t.txt", text=text, content_hash="t", published=published)).events


def sides(evs, kind="message"):
    return sorted((tuple(sorted(a.key for a in e.from_)), tuple(sorted(a.key for a in e.to)))
                  for e in evs if e.type == kind)


def test_zh_a_quotation_of_thanks_before_its_speaker_is_the_speakers_message():
    evs = run("“南京的援助来得非常及时，我们衷心感谢南京人民。”莱比锡市市长说。")
    assert sides(evs) == [(("DE/Leipzig",), ("CN/Nanjing",))]


def test_zh_a_speaker_then_a_quotation_of_thanks():
    evs = run("4月15日，莱比锡市市长在记者会上说：“感谢南京的朋友们，你们的援助让我们的医护人员得到保护。”")
    assert sides(evs) == [(("DE/Leipzig",), ("CN/Nanjing",))]
    assert next(e for e in evs if e.type == "message").date.value == "2020-04-15"


def test_zh_a_written_quotation_of_sympathy():
    evs = run("莱比锡市市长写道：「在这段不容易的日子里，我谨代表全市向南京人民致以慰问。」")
    assert sides(evs) == [(("DE/Leipzig",), ("CN/Nanjing",))]


def test_zh_a_quotation_without_thanks_is_no_message():
    assert sides(run("莱比锡市市长说：“南京是我们的老朋友。”")) == []


def test_en_a_speaker_then_a_quotation_of_gratitude():
    evs = run('Cllr Ann Smith, for Leipzig City Council, said: "We are very grateful to the people of Nanjing '
              'for their support."')
    assert sides(evs) == [(("DE/Leipzig",), ("CN/Nanjing",))]


def test_en_a_quotation_then_its_speaker():
    evs = run('"Thank you, Daegu, for standing with us," Qingdao Mayor Meng Fanli said on March 3.')
    assert sides(evs) == [(("CN/Qingdao",), ("KR/Daegu",))]


def test_en_the_speaker_is_not_the_party_in_a_phrase_about_the_gift():
    evs = run('Gov. Hirofumi Yoshimura of Osaka, who took the boxes from an envoy of Shanghai, said he was '
              '"deeply grateful to the people of Shanghai."')
    assert sides(evs) == [(("JP/Osaka",), ("CN/Shanghai",))]


def test_en_thanks_for_a_gift_told_before_answer_its_giver():
    evs = run("Chengdu donated 20,000 masks to Montpellier on April 2.\n\n"
              '"This is a wonderful gift, and I thank our friends for it," the mayor said.')
    assert sides(evs) == [(("FR/Montpellier",), ("CN/Chengdu",))]


def test_en_the_words_of_a_message_told_just_before_add_nothing():
    evs = run('Daegu Mayor Kwon Young-jin thanked Qingdao in a video on March 3. "Thank you, Qingdao," he said.')
    assert len([e for e in evs if e.type == "message"]) == 1


def test_en_a_quotation_without_thanks_is_no_message():
    assert sides(run('"The masks arrived in good time," Leipzig Mayor Burkhard Jung said of the Nanjing gift.')) == []


def test_en_the_virus_is_no_place():
    evs = run('"We stand with those affected by the Corona virus," Tel Aviv Mayor Ron Huldai wrote on Twitter '
              "in a message to Beijing.")
    assert all("US/Corona" not in k for pair in sides(evs) for side in pair for k in side)


def test_en_genre_phrases_of_messages():
    cases = {
        "Leipzig Mayor Burkhard Jung took to Twitter on February 5 to express support for Nanjing.":
            ("DE/Leipzig", "CN/Nanjing"),
        "On its Facebook page, the city of Leipzig wished Nanjing a quick recovery on February 5.":
            ("DE/Leipzig", "CN/Nanjing"),
        "Daegu's mayor spoke with the mayor of Qingdao by phone on March 12.": ("KR/Daegu", "CN/Qingdao"),
        "The governor of Osaka extended his thanks to Shanghai on April 3.": ("JP/Osaka", "CN/Shanghai"),
        "Nanjing's mayor wrote back to his counterpart in Leipzig on February 10.": ("CN/Nanjing", "DE/Leipzig"),
        "Nanjing's mayor replied to Leipzig's letter on February 10.": ("CN/Nanjing", "DE/Leipzig"),
        "A letter of thanks from the mayor of Florence reached Nanjing last week.": ("IT/Florence", "CN/Nanjing"),
    }
    for text, (frm, to) in cases.items():
        assert sides(run(text)) == [((frm,), (to,))], text


def test_zh_genre_phrases_of_messages_and_online_meetings():
    cases = {
        "2月10日，大邱市市长通过视频向青岛市民送上祝福。": ("message", "KR/Daegu", "CN/Qingdao"),
        "5月6日，丰川市市长发来视频寄语，为无锡加油。": ("message", "JP/Toyokawa", "CN/Wuxi"),
        "4月3日，青岛市专家通过远程视频为大邱市医护人员进行培训。": ("consultation", "CN/Qingdao", "KR/Daegu"),
        "4月9日，南京市与莱比锡市举行云连线，交流防控做法。": ("consultation", "CN/Nanjing", "DE/Leipzig"),
    }
    for text, (kind, frm, to) in cases.items():
        assert sides(run(text), kind) == [((frm,), (to,))], text


def test_en_letters_to_two_mayors_are_two_messages():
    evs = run("Nanjing's mayor sent letters of sympathy to the mayors of Leipzig and Milan on February 4.")
    assert sides(evs) == [(("CN/Nanjing",), ("DE/Leipzig",)), (("CN/Nanjing",), ("IT/Milan",))]


def test_en_two_senders_listed_are_two_messages():
    evs = run("The mayors of Toyokawa and Daegu both wrote to Wuxi on March 2 to express their thanks.")
    assert sides(evs) == [(("JP/Toyokawa",), ("CN/Wuxi",)), (("KR/Daegu",), ("CN/Wuxi",))]


def test_en_a_consultation_runs_from_the_chinese_side_that_shares_even_when_the_partner_holds_it():
    evs = run("The Ohio Department of Health held a teleconference with Hebei's health commission on February 20.")
    assert sides(evs, "consultation") == [(("CN/Hebei",), ("US/Ohio",))]
    evs = run("Daegu Mayor Kwon Young-jin and Qingdao Mayor Meng Fanli held a video call on March 12 "
              "to exchange views on epidemic control.")
    assert sides(evs, "consultation") == [(("CN/Qingdao",), ("KR/Daegu",))]


def test_en_a_consultation_with_doctors_of_two_places_keeps_both():
    evs = run("Shanghai experts joined a videoconference with doctors from Milan and Marseille on March 31.")
    assert sides(evs, "consultation") == [(("CN/Shanghai",), ("FR/Marseille", "IT/Milan"))]


def test_zh_thanks_by_an_office_after_a_gift_answer_the_gift():
    evs = run("无锡市向丰川市捐赠了2万只口罩。市长竹本幸夫对这份心意表示感谢，第二天便把口罩分发给了市民。")
    assert sides(evs) == [(("JP/Toyokawa",), ("CN/Wuxi",))]


def test_zh_thanks_naming_another_party_are_not_the_gifts_answer():
    evs = run("无锡市向丰川市捐赠了2万只口罩。大邱市市长对青岛的支持表示感谢。")
    assert (("JP/Toyokawa",), ("CN/Wuxi",)) not in sides(evs)


def test_en_the_people_named_for_a_place_hold_the_meeting():
    evs = run("Doctors from Wuxi answered questions from their peers in Toyokawa during a two-hour video call on April 2.")
    assert sides(evs, "consultation") == [(("CN/Wuxi",), ("JP/Toyokawa",))]


def test_en_thanks_told_at_a_video_conference_are_a_message_too():
    evs = run("On April 2, the governor of Osaka said during the video conference with Shanghai officials "
              "that Osaka was grateful for the masks.")
    assert sides(evs, "consultation") == [(("CN/Shanghai",), ("JP/Osaka",))]
    assert sides(evs) == [(("JP/Osaka",), ("CN/Shanghai",))]


def test_en_thanks_for_the_sharing_are_the_consultation_itself():
    evs = run("On April 2, the governor of Osaka thanked the Shanghai doctors for sharing their experience in a "
              "video conference.")
    assert sides(evs) == []


def test_en_a_letter_to_a_counterpart_named_by_nationality_goes_to_the_partner_place():
    evs = run("Wuxi has long been twinned with Toyokawa. Toyokawa received 5,000 masks from Wuxi on March 2.\n\n"
              "In a letter to his Japanese counterpart on March 3, Wuxi's mayor wrote that the two cities stood together.")
    assert (("CN/Wuxi",), ("JP/Toyokawa",)) in sides(evs)


def test_en_thanks_to_bodies_of_a_country_and_one_of_its_provinces_go_to_the_province():
    evs = run("The State of Oregon thanks the Portland China Friendship Society and the Fujian Provincial "
              "Government for the 5,000 masks that arrived on April 28.")
    assert sides(evs) == [(("US/Oregon",), ("CN/Fujian",))]


def test_zh_more_genre_phrases_of_sympathy():
    cases = [
        "2月3日，莱比锡市市长向南京人民表示诚挚的慰问。",
        "2月3日，莱比锡市市长对南京人民表示深切同情。",
        "2月3日，莱比锡市向南京发来声援。",
        "2月3日，莱比锡市民在市政厅前为南京祈福。",
        "2月3日，莱比锡市长通过视频向南京市民问好。",
        "2月3日，莱比锡市长在给南京市民的一封公开信中表示，莱比锡与南京同在。",
    ]
    for text in cases:
        assert sides(run(text)) == [(("DE/Leipzig",), ("CN/Nanjing",))], text


def test_zh_a_letters_content_told_next_is_the_same_letter():
    evs = run("3月27日，和口罩一起寄到丰川的，还有无锡市市长致丰川市市长的信。市长在信中对丰川面临的疫情表示关切和慰问。")
    assert sides(evs) == [(("CN/Wuxi",), ("JP/Toyokawa",))]


def test_en_a_fronted_video_link_leaves_the_subject_after_it():
    evs = run("Via a video link, experts from Sichuan shared their experience with doctors in Milan on March 20.")
    assert sides(evs, "consultation") == [(("CN/Sichuan",), ("IT/Milan",))]


def test_en_sent_condolences():
    assert sides(run("The mayor of Milan sent condolences to Sichuan on February 3.")) == [(("IT/Milan",), ("CN/Sichuan",))]


def test_en_a_quoted_thanks_read_backwards_takes_the_speakers_side():
    evs = run("Gov. Hirofumi Yoshimura of Osaka, who took the boxes from an envoy of Shanghai, thanked the city and "
              'said he was "deeply grateful to the people of Shanghai."')
    assert sides(evs) == [(("JP/Osaka",), ("CN/Shanghai",))]


def test_en_letters_received_from_many_partners_are_a_total_to_the_receiver():
    [e] = run("Since February, Wuxi has received letters of support from 20 sister cities in 12 countries.")
    assert e.type == "aggregate" and e.of == "message"
    assert [a.key for a in e.to] == ["CN/Wuxi"] and e.from_ == []


def test_zh_thanks_in_reported_speech_naming_both_sides():
    evs = run("无锡市向丰川市捐赠了2万只口罩。丰川市长说，无锡在最困难的时候伸出援手，丰川市民都很感激。")
    assert (("JP/Toyokawa",), ("CN/Wuxi",)) in sides(evs)


def test_zh_reported_words_of_general_friendship_are_no_message():
    evs = run("无锡市外办负责人说，几个月来无锡和各友城互相扶持，和丰川市的感情也更深了。")
    assert sides(evs) == []


def test_zh_a_quotation_closing_a_speech_opened_earlier_in_the_sentence():
    evs = run("无锡市捐赠给丰川市的2万只口罩今天运抵。竹本幸夫在仪式上致词表示，当地医院口罩紧缺，"
              "“无锡的心意让市民非常感动，衷心感谢无锡市民的支持”。")
    assert (("JP/Toyokawa",), ("CN/Wuxi",)) in sides(evs)


def test_zh_idioms_of_gratitude_in_a_quotation():
    evs = run("无锡市向丰川市捐赠了2万只口罩。丰川市市长表示：“无锡的朋友在我们最需要的时候雪中送炭。”")
    assert (("JP/Toyokawa",), ("CN/Wuxi",)) in sides(evs)


def test_en_a_quotation_about_a_generous_donation_is_no_thanks():
    evs = run('Changzhou donated 5,000 masks to Minden on April 2. "We were delighted to hear that Changzhou wanted '
              'to make this generous donation," said Mayor Michael Jaeger.')
    assert sides(evs) == []


def test_en_noun_phrase_messages_and_exchanges():
    assert sides(run("In a message to the people of Nanjing, Leipzig Mayor Burkhard Jung said the city stood with them.")) \
        == [(("DE/Leipzig",), ("CN/Nanjing",))]
    assert sides(run("Nanjing's mayor received a call from his counterpart in Leipzig on March 2.")) \
        == [(("DE/Leipzig",), ("CN/Nanjing",))]
    assert sides(run("Nanjing Mayor Han Liming and Leipzig Mayor Burkhard Jung exchanged letters in February.")) \
        == [(("CN/Nanjing",), ("DE/Leipzig",)), (("DE/Leipzig",), ("CN/Nanjing",))]


def test_en_more_words_of_messages_and_online_meetings():
    assert sides(run("On March 4, the mayor of Leipzig voiced strong support for Nanjing.")) == [(("DE/Leipzig",), ("CN/Nanjing",))]
    assert sides(run("Leipzig's mayor said the city was thankful to Nanjing for the masks it shipped.")) \
        == [(("DE/Leipzig",), ("CN/Nanjing",))]
    assert sides(run("On April 8, Chengdu doctors joined a Zoom call with physicians in Montpellier."), "consultation") \
        == [(("CN/Chengdu",), ("FR/Montpellier",))]


def test_a_video_link_for_greetings_is_a_message():
    assert sides(run("3月5日，南京市长与莱比锡市长通过视频连线，互致问候。")) == [(("CN/Nanjing",), ("DE/Leipzig",))]
    assert sides(run("3月5日，南京市与莱比锡市通过视频连线交流防控经验。"), "consultation") == [(("CN/Nanjing",), ("DE/Leipzig",))]


def test_zh_a_handwritten_letter_received():
    assert sides(run("2月3日，南京市长收到了莱比锡市长的亲笔信。")) == [(("DE/Leipzig",), ("CN/Nanjing",))]


def test_en_online_guidance_and_questions_answered_by_video():
    for text in ("On April 8, doctors from Chengdu gave online guidance to medical staff in Montpellier.",
                 "Experts in Chengdu answered questions from Montpellier physicians online on April 8.",
                 "On April 8, Chengdu experts briefed Montpellier health officials over video on treating severe cases."):
        assert sides(run(text), "consultation") == [(("CN/Chengdu",), ("FR/Montpellier",))], text


def test_zh_hant_video_and_card_words():
    for text in ("岐阜縣知事錄製影片，感謝台中市捐贈口罩。", "岐阜縣知事寄來感謝卡，感謝台中市的幫助。",
                 "岐阜縣知事在影片中向台中市民致意。"):
        assert sides(run(text)) == [(("JP/Gifu",), ("TW/Taichung",))], text
    assert sides(run("香港衞生署與大阪府專家舉行視像連線，交流抗疫經驗。"), "consultation") == [(("HK",), ("JP/Osaka",))]


def test_en_a_pronoun_sender_is_the_previous_acts_sender():
    evs = run("Qingdao and Daegu have been partners for decades. Late in January the city of Qingdao shipped 20,000 masks to "
              "Daegu. A few weeks later it also sent a video message cheering Daegu on.")
    assert (("CN/Qingdao",), ("KR/Daegu",)) in sides(evs)


def test_zh_one_meeting_with_a_state_and_a_city_in_it_is_one_consultation():
    evs = run("3月26日，南京市卫生健康委组织专家，与萨克森州卫生部门和莱比锡大学医院专家举行视频会议，交流救治经验。")
    cons = [e for e in evs if e.type == "consultation"]
    assert len(cons) == 1 and {a.key for a in cons[0].to} >= {"DE/Saxony"}


def test_zh_meetings_held_one_by_one_stay_apart():
    evs = run("3月31日，南京市卫生健康委先后与意大利米兰、法国马赛的医学专家举行视频会议。")
    assert sides(evs, "consultation") == [(("CN/Nanjing",), ("FR/Marseille",)), (("CN/Nanjing",), ("IT/Milan",))]


def test_zh_an_email_sent_or_received():
    assert sides(run("2月3日，无锡市外办收到丰川市政府发来的问候邮件。")) == [(("JP/Toyokawa",), ("CN/Wuxi",))]
    assert sides(run("2月3日，丰川市发来邮件询问口罩的寄送地址。")) == []
    assert sides(run("3月3日，无锡市外办向丰川市政府发送慰问邮件。")) == [(("CN/Wuxi",), ("JP/Toyokawa",))]


def test_en_grateful_for():
    assert sides(run("Leipzig Mayor Burkhard Jung said on May 4 the city was grateful for Nanjing's support.")) \
        == [(("DE/Leipzig",), ("CN/Nanjing",))]


def test_zh_a_letter_sent_with_the_goods_goes_the_gifts_way():
    evs = run("3月5日，无锡市向丰川市捐赠口罩2万只，随物资还附上了无锡市市长的慰问信。")
    assert sides(evs) == [(("CN/Wuxi",), ("JP/Toyokawa",))]


def test_zh_thanks_by_an_office_after_a_receipt_told_in_the_same_sentence():
    evs = run("丰川市收到无锡市捐赠的2万只口罩后，市长竹本幸夫专门致信表示感谢。")
    assert sides(evs) == [(("JP/Toyokawa",), ("CN/Wuxi",))]


def test_en_on_behalf_of_an_unknown_place_of_the_pages_country():
    evs = run("INVERNESS -- Chengdu has sent 3,000 masks to Moray, the council said on July 2.\n\n"
              'Councillor Ann Brown said: "On behalf of the people of Moray, I would like to extend my sincere '
              'gratitude to Chengdu."')
    assert any(frm[0].startswith("GB/") and to == ("CN/Chengdu",) for frm, to in sides(evs))


def test_en_a_consulate_stands_for_the_country_it_serves():
    evs = run("On April 3, the consul general of Japan in Shanghai thanked Shanghai for its donation.")
    assert sides(evs) == [(("JP",), ("CN/Shanghai",))]


def test_zh_thanks_by_an_office_whose_place_is_named_are_that_place_s_not_the_last_gift_s_recipient():
    # the last gift runs the other way (a gift from the thanker's city told as a flashback); the mayor's city is named
    evs = run("3月2日，青岛市向大邱市捐赠口罩2万只。1月底青岛疫情初起时，大邱市曾向青岛捐赠防护服500套。"
              "此番物资抵达后，大邱市市长专门录制视频，向青岛市民表示感谢。")
    assert sides(evs) == [(("KR/Daegu",), ("CN/Qingdao",))]


def test_en_the_one_thanked_in_the_attribution_is_addressed_not_the_speaker():
    evs = run('"Osaka and Shanghai have been friends for decades. They stood by us," the governor told reporters on '
              'Friday, thanking Shanghai Mayor Gong Zheng for the gowns.')
    assert (("CN/Shanghai",), ("JP/Osaka",)) not in sides(evs)


def test_zh_a_cheer_that_names_its_city_addresses_it_and_the_speaker_is_the_other_side():
    evs = run("去年冬天，青岛疫情紧张时，大邱市曾从当地企业采购一批手套寄到青岛，市长还在视频里用中文说了一句“青岛加油”。")
    assert (("KR/Daegu",), ("CN/Qingdao",)) in sides(evs)
    assert (("CN/Qingdao",), ("KR/Daegu",)) not in sides(evs)


def test_en_a_quotation_that_goes_on_after_its_speakers_sentence_is_still_the_speakers():
    evs = run('Gloves donated by the people of Wuxi arrived in Toyokawa on Friday.\n\n'
              '"They helped us when it mattered," the mayor said at a news conference. "This morning I wrote to '
              'their mayor to say thank you on behalf of every Toyokawa family."')
    assert (("JP/Toyokawa",), ("CN/Wuxi",)) in sides(evs)
    assert (("CN/Wuxi",), ("JP/Toyokawa",)) not in sides(evs)


def test_zh_a_speaker_recalling_their_own_sides_gift_speaks_for_the_giver():
    evs = run("4月2日，大邱市市长在会上表示，感谢青岛送来的口罩。他回忆说，今年1月底该市曾向青岛寄出一批手套，"
              "“两市是真正的朋友”。")
    assert (("CN/Qingdao",), ("KR/Daegu",)) not in sides(evs)


def test_zh_words_said_in_a_video_are_not_the_letter_told_close_by():
    evs = run("3月20日，大邱市市长给青岛市政府发来一封感谢信。\n今年2月，青岛疫情吃紧的时候，大邱市曾从当地企业采购一批"
              "手套寄来青岛，市长在视频里用中文说了一句“青岛加油”。")
    assert sides(evs) == [(("KR/Daegu",), ("CN/Qingdao",)), (("KR/Daegu",), ("CN/Qingdao",))]


def test_en_the_one_a_relative_clause_of_thanks_is_about_thanks_the_one_named_after_it():
    evs = run("The gloves were received by the Deputy Mayor of Leipzig, Anna Berg, who thanked the Nanjing "
              "government for its help.")
    assert sides(evs) == [(("DE/Leipzig",), ("CN/Nanjing",))]


def test_en_a_person_named_alone_writes_for_the_place_their_office_was_told_with():
    evs = run("Nanjing sent 20,000 masks to Leipzig. Leipzig Mayor Burkhard Jung wrote to Nanjing Mayor Han Liming "
              "on March 2.\n\nHan replied on March 9, thanking the city for its concern.")
    assert (("CN/Nanjing",), ("DE/Leipzig",)) in sides(evs)


def test_en_the_indirect_object_of_a_letter_sent_is_addressed():
    evs = run("Kobe Mayor Kizo Hisamoto sent Tianjin a letter of thanks on May 2.")
    assert sides(evs) == [(("JP/Kobe",), ("CN/Tianjin",))]


def test_en_the_agent_of_a_passive_thanks_is_the_sender():
    evs = run("Tianjin was thanked by Kobe for the gowns in a letter on May 2.")
    assert sides(evs) == [(("JP/Kobe",), ("CN/Tianjin",))]


def test_zh_words_moved_by_a_letter_received_leave_the_letter_running_from_its_writer():
    evs = run("大邱市市长表示，收到青岛市的慰问信后深受感动。")
    assert sides(evs) == [(("CN/Qingdao",), ("KR/Daegu",))]


def test_en_the_one_thanked_is_addressed_not_a_place_named_in_what_they_are_thanked_for():
    evs = run("The Chinese Consulate General in Osaka posted a message thanking the city of Osaka for its support "
              "to Tianjin.")
    assert [tuple(a.key for a in e.to) for e in evs if e.type == "message"] == [("JP/Osaka",)]


def test_zh_a_letter_attached_to_goods_goes_to_each_recipient_of_the_goods():
    evs = run("4月8日，杭州向德累斯顿、卡尔斯鲁厄两市各赠送口罩1万只，并附上市长的亲笔信，信中写道“杭州人民不会忘记朋友”。")
    assert sides(evs) == [(("CN/Hangzhou",), ("DE/Dresden",)), (("CN/Hangzhou",), ("DE/Karlsruhe",))]


def test_zh_the_thanks_of_another_countrys_speaker_after_a_letter_are_their_own():
    evs = run("2月3日，韩国釜山市长致信上海市长，对上海人民表示慰问。3月9日，上海向意大利米兰市捐赠口罩5万只，"
              "米兰市长在社交媒体上写下“谢谢上海”。")
    assert sides(evs) == [(("IT/Milan",), ("CN/Shanghai",)), (("KR/Busan",), ("CN/Shanghai",))]


def test_zh_the_place_a_quotation_makes_the_subject_of_its_thanks_speaks():
    evs = run("市长9日发表声明说：「在最困难的时候，名古屋伸出了援手，洛杉矶衷心感谢我们的姊妹城市。」")
    assert sides(evs) == [(("US/Los Angeles",), ("CN/Nagoya",))] or sides(evs) == [(("US/Los Angeles",), ("JP/Nagoya",))]


def test_zh_a_place_cheered_in_a_quotation_is_addressed_not_the_speaker():
    evs = run("3月2日，南京向莱比锡捐赠口罩1万只。莱比锡市长录制视频，用中文说“南京加油”。")
    assert (("DE/Leipzig",), ("CN/Nanjing",)) in sides(evs)


def test_en_thanks_in_the_first_person_run_from_the_speakers_side():
    evs = run('Adelaide received 30,000 masks from its sister city Qingdao on Friday.\n\n'
              '"We want to thank Mayor Li and the people of Qingdao for this gift," the Lord Mayor said.')
    assert (("AU/Adelaide",), ("CN/Qingdao",)) in sides(evs)
    assert (("CN/Qingdao",), ("AU/Adelaide",)) not in sides(evs)


def test_zh_a_bare_link_told_with_what_it_shared_is_a_consultation():
    evs = run("4月9日，成都市外办与美国菲尼克斯市卫生部门连线，介绍了成都在社区防控方面的做法。")
    assert sides(evs, "consultation") == [(("CN/Chengdu",), ("US/Phoenix",))]


def test_zh_a_meeting_still_to_be_held_is_no_consultation():
    evs = run("5月8日，市外办将成都市捐赠的2万只口罩交付西雅图市。5月，市卫健委与西雅图市卫生部门将举办视频会议，"
              "交流复学防控措施。")
    assert sides(evs, "donation") == [(("CN/Chengdu",), ("US/Seattle",))]
    assert sides(evs, "consultation") == []


def test_en_on_behalf_of_the_city_of_x_names_the_speakers_side():
    evs = run('Perth received 20,000 masks from its sister city Nanjing on Monday.\n\n'
              '"On behalf of the City of Perth, I thank the people of Nanjing for their kindness," said the Lord Mayor.')
    assert (("AU/Perth",), ("CN/Nanjing",)) in sides(evs)


def test_en_would_like_to_express_gratitude_is_thanks_not_a_plan():
    evs = run('Nanjing sent 20,000 masks to Perth in April.\n\n'
              'At a briefing on May 4, the Lord Mayor said, "I would like to express my sincere gratitude to the people '
              'of Nanjing."')
    assert (("AU/Perth",), ("CN/Nanjing",)) in sides(evs)


def test_en_a_message_from_the_giver_that_read_goes_to_the_recipient():
    evs = run('Nanjing has sent 20,000 masks to its sister city of Perth.\n\n'
              'The masks reached Perth on May 4, along with a message from Nanjing Mayor Han that read, '
              '"We will always remember your kindness to us."')
    assert (("CN/Nanjing",), ("AU/Perth",)) in sides(evs)


def test_zh_thanks_by_an_office_in_a_clause_after_the_gifts_places_answer_the_gift():
    # the gift's clause names a further place of the recipient's country; the office thanks in its own clause
    evs = run("杭州市向友好州美国华盛顿州捐赠的3万只口罩于4月12日运抵西雅图市，州长当天在记者会上向杭州人民致谢。")
    msgs = [e for e in evs if e.type == "message"]
    assert sides(evs) == [(("US/Washington",), ("CN/Hangzhou",))]
    assert msgs[0].date.value == "2020-04-12"


def test_zh_thanks_by_a_bare_name_to_the_gifts_giver_answer_the_gift():
    evs = run("成都市捐赠蒙彼利埃市的2万只口罩于3月3日运抵。索雷尔在接收仪式上向成都市政府和市民表示感谢。")
    assert sides(evs) == [(("FR/Montpellier",), ("CN/Chengdu",))]


def test_zh_thanks_by_a_bare_name_to_another_place_are_not_the_gifts_answer():
    evs = run("成都市捐赠蒙彼利埃市的2万只口罩于3月3日运抵。索雷尔在接收仪式上向武汉市民表示感谢。")
    assert (("FR/Montpellier",), ("CN/Chengdu",)) not in sides(evs)


def test_zh_thanks_by_an_office_after_a_gift_take_its_recipient_not_a_place_told_before():
    evs = run("3月31日，上海市捐赠给大阪府的口罩运抵，知事在府厅前发表讲话，感谢上海“雪中送炭”。"
              "上海市援助德国汉堡市的口罩已于4月1日交付，市长随后在社交媒体上发文，向“上海朋友”致谢。")
    assert (("DE/Hamburg",), ("CN/Shanghai",)) in sides(evs)
    assert (("CN/Shanghai",), ("JP/Osaka",)) not in sides(evs)


def test_zh_a_letter_of_thanks_told_as_daoxie_is_thanks():
    evs = run("宁波市向友好城市奥克兰捐赠的10万只口罩已运抵。奥克兰市长表示，这批物资来得及时，他已代表全体市民向宁波市长致函道谢。")
    assert sides(evs) == [(("NZ/Auckland",), ("CN/Ningbo",))]


def test_en_a_consultation_runs_from_the_city_whose_experts_hold_it_not_its_province_named_beside():
    evs = run("Medical experts from Hangzhou, capital of east China's Zhejiang Province, held a video conference with "
              "health officials in Padua on Monday, sharing their experience of treating severe cases.")
    assert sides(evs, "consultation") == [(("CN/Hangzhou",), ("IT/Padua",))]


def test_en_a_consultation_after_a_dateline_runs_from_the_experts_place_to_the_officials_place():
    evs = run("Milan: Doctors from Hubei province in China shared their experience of treating patients with Lombardy "
              "health officials during a video conference on Friday, the regional government said.")
    assert sides(evs, "consultation") == [(("CN/Hubei",), ("IT/Lombardy",))]


def test_zh_a_video_conference_with_two_cities_listed_is_one_consultation_with_both():
    # (spec, "One event or two": one meeting with several partners is one event; 分别/先后 would make two)
    evs = run("南宁市疾控中心专家4月2日与越南河内市、海防市卫生部门举行视频会议，分享防控经验。")
    assert sides(evs, "consultation") == [(("CN/Nanning",), ("VN/Haiphong", "VN/Hanoi"))]


def test_zh_video_conferences_held_in_turn_with_two_cities_are_one_consultation_each():
    evs = run("南宁市疾控中心专家4月2日先后与越南河内市、海防市卫生部门举行视频会议，分享防控经验。")
    assert sides(evs, "consultation") == [(("CN/Nanning",), ("VN/Haiphong",)), (("CN/Nanning",), ("VN/Hanoi",))]


def test_zh_a_video_conference_with_a_state_and_its_city_stays_one_consultation():
    evs = run("成都市卫健委专家4月2日与德国巴伐利亚州卫生部门和慕尼黑市专家举行视频会议，分享防控经验。")
    assert sides(evs, "consultation") == [(("CN/Chengdu",), ("DE/Bavaria", "DE/Munich"))]


def test_en_a_letter_only_debated_or_ordered_is_no_message():
    evs = run("Boston city councilors on Monday discussed whether the city should send masks or a letter of support "
              "to its sister city Hangzhou.")
    assert sides(evs) == []
    evs = run("After discussion, the City Council directed staff to prepare a letter of thanks to the Mayor and "
              "people of Suzhou for the Mayor's signature.")
    assert sides(evs) == []


def test_en_a_councils_own_meeting_by_teleconference_is_no_consultation():
    evs = run("Mayor Lee called the meeting to order at 3:05 p.m. with all Councilmembers present via teleconference. "
              "Officials from sister city Wuxi shared their experience with Boston doctors by video conference on May 2.")
    assert sides(evs, "consultation") == [(("CN/Wuxi",), ("US/Boston",))]


def test_zh_the_words_of_a_letter_told_after_it_are_no_second_message():
    evs = run("5月8日，日本神户市长久保致信李市长，感谢天津市4月向神户市捐赠的2万只口罩。"
              "久保在信中说，在神户市医院防护服告急之际，天津的援助帮助医护人员渡过了难关。")
    assert sides(evs) == [(("JP/Kobe",), ("CN/Tianjin",))]


def test_zh_one_sentence_read_as_a_message_both_ways_keeps_the_subjects():
    from cityaid.extract.messages import one_direction
    from cityaid.model import Actor, Event

    words = "里昂市长科隆在接收物资后致信王市长，感谢成都在法国抗疫艰难时期给予的支持"
    lyon, chengdu = Actor(key="FR/Lyon", name="里昂", level="city"), Actor(key="CN/Chengdu", name="成都", level="city")
    back = Event(type="message", evidence=words, **{"from": [chengdu], "to": [lyon]})
    right = Event(type="message", evidence=words, **{"from": [lyon], "to": [chengdu]})
    assert one_direction([back, right]) == [right]


def test_zh_letters_exchanged_stay_both_ways():
    from cityaid.extract.messages import one_direction
    from cityaid.model import Actor, Event

    words = "里昂市长与成都市长互致信函，祝愿对方早日战胜疫情"
    lyon, chengdu = Actor(key="FR/Lyon", name="里昂", level="city"), Actor(key="CN/Chengdu", name="成都", level="city")
    one = Event(type="message", evidence=words, **{"from": [lyon], "to": [chengdu]})
    two = Event(type="message", evidence=words, **{"from": [chengdu], "to": [lyon]})
    assert one_direction([one, two]) == [one, two]


def test_zh_thanks_passed_on_through_a_mission_are_the_asking_sides():
    evs = run("仙台市长出席接收仪式，并委托中国驻新潟总领事馆转达对长春市民的诚挚谢意。")
    assert sides(evs) == [(("JP/Sendai",), ("CN/Changchun",))]


def test_zh_deep_thanks_for_support_told_just_before():
    evs = run("吉林市向仙台市捐赠了手套。在口罩紧缺的时候，长春市给予了有力支持，仙台市对此深表谢意。")
    assert sides(evs) == [(("JP/Sendai",), ("CN/Changchun",))]


def test_zh_a_speaker_glossed_in_latin_letters_after_the_quotation():
    evs = run("「长春在最困难的时刻伸出援手，全仙台都心存感激。」代表仙台市政府接受捐赠的仓库主任森田（Kenji Morita）表示。")
    assert sides(evs) == [(("JP/Sendai",), ("CN/Changchun",))]


def test_zh_a_mail_named_as_a_thing_with_its_writer_after_it():
    evs = run("「新春愉快，无锡挺住！」这封替无锡打气的电邮，来自日本相模原市国际交流协会理事。")
    assert sides(evs) == [(("JP/Sagamihara",), ("CN/Wuxi",))]


def test_zh_a_letter_with_the_goods_whose_writer_and_addressee_are_told_by_role():
    evs = run("四川省送给忠清北道的手套已于上周寄抵。同批寄达的，另有一封信：写信人是四川的副省长，收信人是忠清北道知事。")
    assert sides(evs) == [(("CN/Sichuan",), ("KR/North Chungcheong",))]


def test_zh_a_letter_whose_writer_is_a_national_body():
    evs = run("交接仪式上，一位侨领转交了一封问候信，写信人是全国对外友协的负责人，收信人为鸟取县知事。")
    assert sides(evs) == [(("CN",), ("JP/Tottori",))]


def test_zh_the_writer_telling_why_he_wrote_is_his_message():
    evs = run("利物浦市议会领袖对记者说，他写下这封邮件是想表达对上海的声援。")
    assert sides(evs) == [(("GB/Liverpool",), ("CN/Shanghai",))]


def test_zh_a_letter_from_a_place_of_the_same_country_is_no_message():
    assert sides(run("这封信来自无锡市外办，写给苏州市外办。")) == []


def test_zh_a_letter_that_only_asks_for_a_video_meeting_is_a_request():
    evs = run("利兹市政府上周致函杭州，希望同杭州的传染病专家开展视频交流，了解方舱医院的做法。")
    assert sides(evs, "request") == [(("GB/Leeds",), ("CN/Hangzhou",))]
    assert sides(evs, "consultation") == []


def test_zh_a_meeting_asked_for_and_then_held_stays_a_meeting():
    evs = run("利兹市政府致函杭州，希望同杭州的传染病专家开展视频交流，两地专家已经举行视频会议。")
    assert sides(evs, "consultation") == [(("CN/Hangzhou",), ("GB/Leeds",))]


def test_en_a_meeting_told_then_said_to_have_been_asked_for():
    evs = run("Doctors from Hangzhou held a video conference with clinicians in Leeds on 3 April. "
              "Leeds had asked Hangzhou for the exchange after admissions climbed in the city.")
    assert sides(evs, "request") == [(("GB/Leeds",), ("CN/Hangzhou",))]


def test_en_a_meeting_told_then_said_to_have_been_requested_by_the_partner():
    evs = run("Doctors from Hangzhou held a video conference with clinicians in Leeds on 3 April. "
              "The conference had been requested by the council's public health team.")
    assert sides(evs, "request") == [(("GB/Leeds",), ("CN/Hangzhou",))]


def test_en_asked_for_the_exchange_with_no_meeting_told_before_is_no_request_here():
    assert sides(run("Leeds had asked Hangzhou for the exchange of students last year."), "request") == []


def test_zh_thanks_said_while_taking_in_the_goods_are_no_gift_from_the_thanker():
    evs = run("签收这批物资时，利兹市议会秘书长向杭州市民致以诚挚谢意。")
    assert sides(evs) == [(("GB/Leeds",), ("CN/Hangzhou",))]
    assert sides(evs, "donation") == []


def test_zh_a_gift_and_thanks_for_earlier_help_in_one_sentence_stay_both():
    evs = run("利兹市向杭州市捐赠了两千副手套，并对杭州早前的帮助表示感谢。")
    assert sides(evs, "donation") == [(("GB/Leeds",), ("CN/Hangzhou",))]


def test_en_experience_shared_in_letters_is_a_message_not_a_meeting():
    evs = run("Wuxi has also mailed a letter of support to Leeds in England, its partner city, sharing "
              "its experience of containing the outbreak.")
    assert sides(evs, "consultation") == []
    assert (("CN/Wuxi",), ("GB/Leeds",)) in sides(evs)


def test_zh_experience_shared_by_video_after_a_letter_stays_a_meeting():
    evs = run("无锡市卫生部门与利兹市卫生部门通过视频会议交流了防控经验，会前无锡市曾致信利兹市。")
    assert sides(evs, "consultation") != []


def test_zh_a_request_received_runs_from_the_asker_to_the_receiver():
    evs = run("去年12月中旬，里昂市接到了苏州市的紧急请求，对方希望里昂协助采购一批防护服。")
    assert sides(evs, "request") == [(("CN/Suzhou",), ("FR/Lyon",))]


def test_zh_a_request_received_with_its_asker_named_after_it():
    evs = run("波尔多市上个月也收到了求援，发出请求的是其友城武汉。")
    assert sides(evs, "request") == [(("CN/Wuhan",), ("FR/Bordeaux",))]


def test_zh_a_mission_asking_stands_for_its_country():
    evs = run("去年12月，爱知县接到了中国驻名古屋总领事馆的援助请求。")
    assert sides(evs, "request") == [(("CN",), ("JP/Aichi",))]


def test_zh_a_letter_received_is_the_writers_message():
    evs = run("里昂市民还收到了成都市市长专门寄来的一封信函，信中对里昂的疫情表示牵挂。")
    assert sides(evs) == [(("CN/Chengdu",), ("FR/Lyon",))]


def test_zh_a_letter_received_that_only_asks_is_a_request():
    evs = run("成都市外办收到了一封来自里昂市卫生局的邮件，邮件中问对方能否提供一批手套。")
    assert sides(evs, "request") == [(("FR/Lyon",), ("CN/Chengdu",))]
    assert sides(evs) == [] and sides(evs, "donation") == []


def test_zh_greetings_received_from_friends_of_a_country_are_no_message():
    assert sides(run("成都市民收到了法国友人寄来的问候。")) == []


def test_en_an_appeal_received_runs_from_the_asker():
    evs = run("In early February, Lyon City Council chief executive Anne Martin received an urgent appeal from "
              "Wuhan, its sister city, asking for help finding masks.")
    assert sides(evs, "request") == [(("CN/Wuhan",), ("FR/Lyon",))]


def test_zh_a_letter_named_again_as_what_the_next_act_answers_is_no_second_message():
    evs = run("里昂市市长致函成都市外办，询问成都能否提供一批手套。接到来函后，市外办立即联系了本地企业。")
    assert sides(evs) == []


def test_zh_a_reply_after_the_letter_received_stays_a_message():
    evs = run("成都市市长致信里昂市市长表示慰问。收到这封信之后，里昂市市长回信感谢成都。")
    assert (("FR/Lyon",), ("CN/Chengdu",)) in sides(evs)


def test_zh_a_letter_named_with_its_writer_that_only_asks_is_the_request():
    evs = run("上月，成都市外办收到一封邮件，发信人是里昂市卫生局局长，邮件中询问成都能否提供一批手套。")
    assert sides(evs, "request") == [(("FR/Lyon",), ("CN/Chengdu",))]
    assert sides(evs) == []


def test_zh_greetings_arriving_in_a_crowd_then_their_senders_listed():
    evs = run("近日，成都国际友城的问候纷至沓来：法国里昂市市长、德国波恩市市长等友城领导人，"
              "陆续以函电形式向奋战在抗疫一线的成都人民表达慰问。")
    assert sides(evs) == [(("DE/Bonn",), ("CN/Chengdu",)), (("FR/Lyon",), ("CN/Chengdu",))]


def test_zh_letters_as_the_subject_with_their_writers_listed_after_come_from():
    evs = run("祝愿成都人民早日渡过难关的慰问信，分别来自法国里昂市市长和德国波恩市市长。")
    assert sides(evs) == [(("DE/Bonn",), ("CN/Chengdu",)), (("FR/Lyon",), ("CN/Chengdu",))]


def test_en_a_message_for_the_people_of_a_place_is_not_sent_by_it():
    evs = run("Bremen, which has been twinned with Dalian since 1985, shipped 8,000 gloves to Dalian in February. "
              "Mayor Karl Vogt also recorded a video message for the people of Dalian on Feb. 11, telling them to stay strong.")
    assert (("DE/Bremen",), ("CN/Dalian",)) in sides(evs)
    assert (("CN/Dalian",), ("DE/Bremen",)) not in sides(evs)


def test_en_the_place_thanked_after_a_reported_gift_is_the_addressee():
    evs = run("RALEIGH — North Carolina's sister province in China has sent the state 30,000 gloves, Gov. Tom Hale "
              "said on Tuesday, thanking Jiangsu province for its steady friendship.")
    assert (("US/North Carolina",), ("CN/Jiangsu",)) in sides(evs)
    assert (("CN/Jiangsu",), ("US/North Carolina",)) not in sides(evs)


def test_zh_thanks_for_the_kindness_of_a_place_named_after_dui_go_to_it():
    evs = run("据当地媒体报道，德国不来梅市日前收到大连市捐赠的1.5万只手套。对于大连市的这份情谊，不来梅市长表示感谢。")
    assert (("DE/Bremen",), ("CN/Dalian",)) in sides(evs)
    assert (("CN/Dalian",), ("DE/Bremen",)) not in sides(evs)


def test_zh_thanks_for_aid_a_country_gave_named_after_dui_go_to_that_country():
    evs = run("韩国国会议长在欢迎仪式上致辞时，对近期中国各界向韩方提供的医疗物资深表感谢。")
    assert (("KR",), ("CN",)) in sides(evs)
    assert (("CN",), ("KR",)) not in sides(evs)


def test_en_a_place_thanking_a_body_named_after_itself_stays_the_sender():
    evs = run("The State of Vermont thanks the Vermont Asia Society and the Jiangsu Provincial Government for the "
              "donation of 12,000 masks.")
    assert (("CN/Jiangsu",), ("US/Vermont",)) not in sides(evs)


def test_en_thanking_a_partner_named_by_its_owners_possessive_keeps_the_owner_the_sender():
    evs = run("Mayor Jane Roe on Monday thanked Denver's sister city of Kunming, China, for a gift of 20,000 gloves.")
    assert (("CN/Kunming",), ("US/Denver",)) not in sides(evs)


def test_en_writing_to_thank_the_city_keeps_the_writer_the_sender():
    evs = run("Lord Provost Ann Gray has written to the Mayor of Kunming to thank the city on behalf of the people of Leeds.")
    assert (("CN/Kunming",), ("GB/Leeds",)) not in sides(evs)


def test_zh_thanks_told_as_the_words_that_introduce_a_quotation():
    evs = run("3月9日，南京市向莱比锡市捐赠了8000只口罩。\n\n"
              "韦伯市长特别感谢南京市市长：「危难之时见真情，两座城市的友谊经受住了考验。」")
    assert (("DE/Leipzig",), ("CN/Nanjing",)) in sides(evs)


def test_zh_a_remark_that_sets_help_then_against_our_turn_now_is_no_message():
    evs = run("4月2日，南京市向莱比锡市寄去5000只口罩。\n\n“那时莱比锡对我们雪中送炭，如今该由我们回报了。”市外办一位负责人说。")
    assert sides(evs) == []


def test_zh_words_to_the_partner_recalling_then_and_now_stay_a_message():
    evs = run("莱比锡市市长说：“当时你们帮助了我们，现在我们衷心感谢南京的朋友。”")
    assert sides(evs) == [(("DE/Leipzig",), ("CN/Nanjing",))]


def test_zh_first_person_thanks_for_what_a_country_gave_go_to_that_country():
    evs = run("4月6日，南京市向莱比锡市捐赠防疫物资的仪式在莱比锡举行。德国议员施密特在仪式上说，此前中国各地政府向德方"
              "送来了许多口罩，我们十分感动，在此表示衷心感谢。")
    assert (("DE",), ("CN",)) in sides(evs)


def test_en_a_place_office_holder_acknowledging_a_gift_sends_the_message():
    evs = run("Leipzig took delivery of 8,000 masks from Nanjing, a gift that Leipzig Mayor Anna Weber "
              "acknowledged in a thank-you video posted on April 9.")
    assert (("DE/Leipzig",), ("CN/Nanjing",)) in sides(evs)


def test_en_a_place_adjective_before_an_office_names_the_sender():
    evs = run("Germany's Saxony received 40,000 masks from Hubei. Saxon Minister-President Karl Braun thanked Hubei "
              "Governor Wang Lin for the masks in a letter on May 4.")
    assert (("DE/Saxony",), ("CN/Hubei",)) in sides(evs)


def test_en_the_office_held_in_the_place_named_before_where_sends_the_message():
    evs = run("The masks from Nanjing were flown to Frankfurt and then driven to Leipzig, where Mayor Anna Weber "
              "posted a thank-you letter on her website on April 12.")
    assert (("DE/Leipzig",), ("CN/Nanjing",)) in sides(evs)


def test_en_thanks_on_behalf_of_a_place_read_as_addressed_to_it_run_from_it():
    evs = run("The town council of Dresden welcomed the masks.\n\nCouncillor Anna Weber said: \"The people of Nanjing "
              "were very kind, and I want to thank them warmly for the masks on behalf of the people of Leipzig.\"")
    assert (("DE/Leipzig",), ("CN/Nanjing",)) in sides(evs)
    assert (("CN/Nanjing",), ("DE/Leipzig",)) not in sides(evs)
