"""Messages and consultations as the genre words them (sentences written for these tests)."""

from cityaid.model import Document
from cityaid.pipeline import extract_document


def run(text: str, published: str = "2020-05-20"):
    return extract_document(Document(doc_id="t.txt", text=text, content_hash="t", published=published)).events


def sides(evs, kind="message"):
    return sorted((tuple(sorted(a.key for a in e.from_)), tuple(sorted(a.key for a in e.to)))
                  for e in evs if e.type == kind)


# ------------------------------------------------------------------ Chinese
def test_zh_a_meeting_held_by_video_as_its_manner_is_a_consultation():
    evs = run("4月9日上午，天津市卫健委与日本神户市保健局通过视频方式召开会议，天津专家介绍了救治经验。")
    assert sides(evs, "consultation") == [(("CN/Tianjin",), ("JP/Kobe",))]


def test_zh_an_online_form_of_exchange_is_a_consultation():
    evs = run("哈尔滨市与俄罗斯哈巴罗夫斯克市卫生部门采用线上形式进行交流，介绍了社区防控做法。")
    assert sides(evs, "consultation") == [(("CN/Harbin",), ("RU/Khabarovsk",))]


def test_zh_hant_thanks_by_letter_in_one_word():
    evs = run("台南市長函謝日本姬路市捐贈口罩。")
    assert sides(evs) == [(("TW/Tainan",), ("JP/Himeji",))]


def test_zh_cheering_a_partner_on_told_with_xiang():
    evs = run("西雅图市长录制视频，向重庆市民加油打气。")
    assert sides(evs) == [(("US/Seattle",), ("CN/Chongqing",))]


# ------------------------------------------------------------------ English
def test_en_a_place_in_a_fronted_when_clause_does_not_write_the_letter():
    evs = run("When the virus reached Milan in March, Hangzhou's Lord Mayor sent a letter of sympathy to the Italian city.")
    assert sides(evs) == [(("CN/Hangzhou",), ("IT/Milan",))]


def test_en_solidarity_told_as_a_stance_in_reported_speech():
    evs = run("The mayor of Leipzig said in a statement that the city stands with the people of Nanjing.")
    assert sides(evs) == [(("DE/Leipzig",), ("CN/Nanjing",))]


def test_en_a_quoted_fragment_of_thanks_addresses_the_party_after_it():
    evs = run('Manchester council leader Bev Craig said the city was "truly thankful" to Wuhan for the gowns.')
    assert sides(evs) == [(("GB/Manchester",), ("CN/Wuhan",))]


def test_en_a_quotation_owning_a_debt_is_thanks():
    evs = run('"Daegu will always remember and never forget the kindness of Qingdao," said Mayor Kwon Young-jin.')
    assert sides(evs) == [(("KR/Daegu",), ("CN/Qingdao",))]


def test_en_a_quotation_of_hearts_going_out_is_sympathy():
    evs = run('"Our thoughts are with the people of Bergamo in these dark days," Wenzhou Mayor Yao Gaoyuan wrote.')
    assert sides(evs) == [(("CN/Wenzhou",), ("IT/Bergamo",))]


def test_en_a_plan_to_stand_with_is_no_message_without_two_sides():
    assert sides(run("The council said it would stand with local businesses during the lockdown.")) == []


# ------------------------------------------------------------------ a counted set of addressees
def test_zh_thanks_to_two_cities_counted_go_to_the_two_named_before():
    evs = run("4月2日，上海和广州捐赠的口罩运抵洛杉矶。4月3日，洛杉矶市长贾西提在记者会上向两座中国城市致谢。")
    msgs = [e for e in evs if e.type == "message" and e.date and e.date.value == "2020-04-03"]
    assert [sorted(a.key for a in e.to) for e in msgs] == [["CN/Guangzhou", "CN/Shanghai"]]
    assert [[a.key for a in e.from_] for e in msgs] == [["US/Los Angeles"]]


def test_en_thanks_to_the_two_cities_counted_go_to_the_two_named_before():
    evs = run("Masks from Shanghai and Guangzhou reached Los Angeles on April 2.\n\n"
              "On April 3 the mayor of Los Angeles thanked the two Chinese cities in a video message.")
    msgs = [e for e in evs if e.type == "message"]
    assert [sorted(a.key for a in e.to) for e in msgs] == [["CN/Guangzhou", "CN/Shanghai"]]


# ------------------------------------------------------------------ letters that ask, statements to several
def test_zh_a_letter_that_only_asks_for_a_meeting_is_no_message():
    evs = run("3月5日，比什凯克市政府致函乌鲁木齐市，希望就新冠肺炎防控经验进行交流。")
    assert sides(evs) == []


def test_zh_a_letter_that_thanks_and_asks_is_still_a_message():
    evs = run("3月5日，比什凯克市政府致函乌鲁木齐市，感谢此前的援助，并希望就防控经验进行交流。")
    assert sides(evs) == [(("KG/Bishkek",), ("CN/Urumqi",))]


def test_en_a_letter_asking_for_masks_is_no_message():
    evs = run("On March 2 the mayor of Sapporo wrote to Harbin asking for help with masks.")
    assert sides(evs) == []


def test_zh_one_statement_of_thanks_to_several_partners_is_one_message():
    evs = run("3月20日，襄阳市人民政府向法国科尔马市、美国奥罗拉市表示衷心感谢。")
    assert sides(evs) == [(("CN/Xiangyang",), ("FR/Colmar", "US/Aurora"))]


def test_zh_letters_to_several_partners_stay_one_each():
    evs = run("3月20日，襄阳市市长致信法国科尔马市和美国奥罗拉市，表示慰问。")
    assert sides(evs) == [(("CN/Xiangyang",), ("FR/Colmar",)), (("CN/Xiangyang",), ("US/Aurora",))]


# ------------------------------------------------------------------ quotations: more ways of thanking
def test_zh_a_quotation_that_will_never_forget_is_thanks():
    evs = run("“威海的朋友们，普利茅斯人民永远不会忘记你们的帮助。”普利茅斯市长说。")
    assert sides(evs) == [(("GB/Plymouth",), ("CN/Weihai",))]


def test_zh_a_quotation_written_down_on_social_media():
    evs = run("莱比锡市长在推特上用中文写下「谢谢南京！」")
    assert sides(evs) == [(("DE/Leipzig",), ("CN/Nanjing",))]


def test_zh_on_behalf_of_a_counted_population():
    evs = run("莱比锡市长在仪式上致词说：「我代表60万莱比锡市民，向南京说声谢谢。」")
    assert sides(evs) == [(("DE/Leipzig",), ("CN/Nanjing",))]


def test_a_foreign_city_named_in_full_is_known_bare_later():
    from cityaid.resolve.actors import find_actors
    found = [(m.key, m.surface) for m in find_actors("台南市捐赠的口罩运抵熊本县。熊本知事说：“谢谢台南！”")]
    assert ("TW/Tainan", "台南") in found


# ------------------------------------------------------------------ more lexicon of the genre
def test_zh_an_exchange_held_in_a_video_manner():
    evs = run("天津市卫生健康委于5月6日与日本神户市保健局以视讯方式交流，分享了社区防控经验。")
    assert sides(evs, "consultation") == [(("CN/Tianjin",), ("JP/Kobe",))]


def test_zh_support_told_to_an_addressee():
    evs = run("5月2日，莱比锡市议会通过决议，对南京市民抗击疫情表达支持。")
    assert sides(evs) == [(("DE/Leipzig",), ("CN/Nanjing",))]


def test_zh_a_greeting_sent_to_a_partner():
    evs = run("美国凤凰城市长日前透过视讯向台北市民致意。")
    assert sides(evs) == [(("US/Phoenix",), ("TW/Taipei",))]


def test_en_a_get_well_message():
    evs = run("The governor of Toyama sent a get-well message to Liaoning Province in February.")
    assert sides(evs) == [(("JP/Toyama",), ("CN/Liaoning",))]


def test_en_a_council_motion_of_solidarity():
    evs = run("The Leipzig city council passed a motion of solidarity with Nanjing in February.")
    assert sides(evs) == [(("DE/Leipzig",), ("CN/Nanjing",))]


def test_en_a_briefing_over_zoom_is_a_consultation():
    evs = run("Chengdu's health commission briefed officials from Montpellier on its measures over Zoom on April 8.")
    assert sides(evs, "consultation") == [(("CN/Chengdu",), ("FR/Montpellier",))]


# ------------------------------------------------------------------ who wrote the letter
def test_zh_a_letter_read_out_by_a_consul_is_its_authors():
    evs = run("上海日报\n\n4月23日，中国驻大阪总领事出席交接仪式，并代为宣读了南京市市长致名古屋市市长的慰问信。")
    assert sides(evs) == [(("CN/Nanjing",), ("JP/Nagoya",))]


def test_zh_a_mayor_named_bare_in_a_city_paper_is_its_own():
    evs = run("大连日报\n\n3月中旬，王建国市长分别致信北九州市市长和仁川广域市市长，对两市疫情表示慰问。")
    assert sides(evs) == [(("CN/Dalian",), ("JP/Kitakyushu",)), (("CN/Dalian",), ("KR/Incheon",))]


def test_zh_a_foreign_mayor_named_bare_is_not_the_papers_own():
    evs = run("温州日报\n\n斯特凡诺市长对这家企业的善举致以谢意。")
    assert all("CN/Wenzhou" not in [a.key for a in e.from_] for e in evs if e.type == "message")


# ------------------------------------------------------------------ consultations told in other words
def test_zh_a_remote_link_is_a_consultation():
    evs = run("5月6日，苏州市与威尼斯市远程连线，介绍了复工复产中的防疫做法。")
    assert sides(evs, "consultation") == [(("CN/Suzhou",), ("IT/Venice",))]


def test_zh_experience_presented_to_a_named_partner_is_a_consultation():
    evs = run("4月下旬，哈尔滨市卫健委向新潟市卫生部门详细介绍了社区防控经验。")
    assert sides(evs, "consultation") == [(("CN/Harbin",), ("JP/Niigata",))]


def test_en_experts_of_both_sides_met_online():
    evs = run("Experts from Wuxi and Hamilton met online on June 2 to compare testing protocols.")
    cons = [e for e in evs if e.type == "consultation"]
    assert [[a.key for a in e.from_] for e in cons] == [["CN/Wuxi"]]


# ------------------------------------------------------------------ thanks promised are not thanks given
def test_zh_thanks_promised_in_reported_speech_are_no_message():
    assert sides(run("苏州市长表示，今后将向威尼斯市致函转达全市人民的谢意。")) == []



# ------------------------------------------------------------------ two messages between the same sides
def test_a_letter_and_a_video_between_the_same_sides_are_two_messages():
    evs = run("宁波日报\n\n疫情发生后，亚琛市曾致函宁波市长，对宁波人民表示慰问。\n\n"
              "亚琛市长日前还录制视频，向宁波市民表达谢意。")
    assert sides(evs) == [(("DE/Aachen",), ("CN/Ningbo",)), (("DE/Aachen",), ("CN/Ningbo",))]


def test_zh_an_open_letter_thanking_several_partners_is_one_message():
    evs = run("5月8日，加州州长发表公开信，感谢广东省、上海市等中国友好省市给予的物资援助。")
    assert sides(evs) == [(("US/California",), ("CN/Guangdong", "CN/Shanghai"))]


def test_zh_condolence_money_in_reported_speech_is_no_message():
    assert sides(run("莱比锡市长表示，南京市曾向莱比锡捐赠口罩和慰问金10万元。")) == []


# ------------------------------------------------------------------ English reported speech, attributed at its end
def test_en_unquoted_thanks_attributed_at_the_end_of_the_sentence():
    evs = run("Incheon Mayor Park Nam-choon received the gloves on March 5. "
              "The people of our city will never forget the kindness of Tianjin, Park said in a statement.")
    assert sides(evs) == [(("KR/Incheon",), ("CN/Tianjin",))]


def test_en_an_australian_premier_speaks_for_the_state():
    evs = run("PERTH, May 4 -- Western Australia received 50,000 masks from Zhejiang last week.\n\n"
              "Premier Jane Doe said she had written to the governor of Zhejiang to thank the province.")
    assert (("AU/Western Australia",), ("CN/Zhejiang",)) in sides(evs)


def test_en_a_letter_told_in_the_first_person_is_the_pages_own():
    evs = run("TACOMA, Washington -- A shipment of masks from Fuzhou arrived this week.\n\n"
              "I sent Fuzhou Mayor You Mengjun a letter this morning to say thank you on behalf of every resident.")
    assert (("US/Tacoma",), ("CN/Fuzhou",)) in sides(evs)
    assert (("CN/Fuzhou",), ("US/Tacoma",)) not in sides(evs)


def test_en_officials_who_joined_a_meeting_with_experts_received_the_experience():
    evs = run("Last week, Busan health officials also joined a video conference with disease control experts from Shanghai.")
    assert sides(evs, "consultation") == [(("CN/Shanghai",), ("KR/Busan",))]


def test_en_officials_who_held_a_meeting_with_experts_hear_their_experience():
    evs = run("Busan health officials held a video conference with experts from Shanghai on March 12.")
    assert sides(evs, "consultation") == [(("CN/Shanghai",), ("KR/Busan",))]


def test_zh_a_meeting_with_the_foreign_side_as_subject_runs_from_the_chinese_side():
    evs = run("4月12日，德国莱比锡市卫生局与南京市卫健委举行视频会议，就核酸检测进行交流。")
    assert sides(evs, "consultation") == [(("CN/Nanjing",), ("DE/Leipzig",))]
    evs = run("5月3日，高雄市衛生局與日本熊本縣官員舉行視訊會議，分享社區防疫做法。")
    assert sides(evs, "consultation") == [(("TW/Kaohsiung",), ("JP/Kumamoto",))]


def test_en_a_meeting_where_the_foreign_side_shared_its_own_experience_runs_its_way():
    evs = run("On March 2, Daegu doctors shared their experience with Chinese colleagues from Qingdao in a video call "
              "that lasted two hours.")
    assert sides(evs, "consultation") == [(("KR/Daegu",), ("CN/Qingdao",))]


# ------------------------------------------------------------------ letters and calls told by their manner
def test_zh_words_written_in_a_letter_that_came_with_the_goods_are_a_message():
    evs = run("大邱市市长在随物资寄来的信中写道：“得知青岛正与疫情斗争，大邱市民感同身受。”")
    assert sides(evs) == [(("KR/Daegu",), ("CN/Qingdao",))]


def test_zh_a_letter_sent_here_by_its_writer_is_a_message_to_the_gifts_giver():
    evs = run("高雄市上月寄出口罩给熊本县。熊本县知事今天寄来亲笔信道谢。")
    assert (("JP/Kumamoto",), ("TW/Kaohsiung",)) in sides(evs)


def test_zh_concern_told_by_phone_is_a_message():
    evs = run("高雄市上月寄出口罩给熊本县。熊本县知事还曾透过电话向高雄市表达关心。")
    assert (("JP/Kumamoto",), ("TW/Kaohsiung",)) in sides(evs)


def test_zh_a_letter_of_sympathy_named_in_a_letter_phrase_keeps_its_kind():
    evs = run("大邱市市长在致青岛人民的慰问信中说：“患难之中见真情。”")
    assert [e.kind for e in evs if e.type == "message"] == ["condolence"]


def test_zh_a_letter_that_asks_the_partner_to_assist_is_a_request_not_a_message():
    evs = run("北海道知事致函上海市，希望上海协助当地医院采购口罩。")
    assert sides(evs) == []
    assert sides(evs, "request") == [(("JP/Hokkaido",), ("CN/Shanghai",))]


def test_zh_a_letter_written_here_by_its_writer_is_a_message():
    evs = run("台中市先前已撥贈石垣市3000片口罩，石垣市長也曾寫信來致謝。")
    assert (("JP/Ishigaki",), ("TW/Taichung",)) in sides(evs)


def test_zh_a_video_meeting_broken_by_a_stray_space_is_still_one():
    evs = run("西澳州已與姊妹省浙江省衞生健康委員會專家舉行視 像會議，交流防疫經驗。")
    assert sides(evs, "consultation") == [(("CN/Zhejiang",), ("AU/Western Australia",))]


def test_zh_thanks_said_in_a_video_are_a_message_beside_the_letter_of_sympathy_told_after():
    evs = run("大邱市長收到物資後發來視頻，用中文說了一句「謝謝青島」。\n"
              "疫情發生後，大邱市曾在2月中旬致函青島市長，對青島人民表示慰問。")
    assert sides(evs) == [(("KR/Daegu",), ("CN/Qingdao",)), (("KR/Daegu",), ("CN/Qingdao",))]


def test_en_meetings_with_two_partners_held_one_by_one_are_one_consultation_each():
    evs = run("Sichuan's medical experts shared their experience with counterparts in Bavaria and Osaka through "
              "video links on April 3 and April 9 respectively.")
    assert sides(evs, "consultation") == [(("CN/Sichuan",), ("DE/Bavaria",)), (("CN/Sichuan",), ("JP/Osaka",))]


def test_en_experts_who_brief_their_counterparts_by_video_consult():
    evs = run("On May 6, doctors from Tianjin briefed Kobe physicians on intensive care via video.")
    assert sides(evs, "consultation") == [(("CN/Tianjin",), ("JP/Kobe",))]


def test_en_thanks_by_card_and_thanks_received():
    assert sides(run("Kobe has sent a thank-you card to its sister city Tianjin.")) == [(("JP/Kobe",), ("CN/Tianjin",))]
    assert sides(run("Tianjin's mayor received thanks from Kobe on June 3.")) == [(("JP/Kobe",), ("CN/Tianjin",))]


# ------------------------------------------------------------------ Chinese: words at a ceremony
def test_zh_a_second_partner_thanking_at_its_own_ceremony_is_its_own_message():
    evs = run("今年3月，大阪市向我市捐赠了5000套防护服，大阪市长还致信上海市长表示慰问。\n"
              "5日，堺市市长在接收上海捐赠的口罩后说：“谢谢上海的朋友！”", published="2020-04-08")
    assert (("JP/Sakai",), ("CN/Shanghai",)) in sides(evs)


def test_zh_words_split_by_a_cueless_fragment_keep_their_speaker_and_the_day_of_the_ceremony():
    evs = run("4月12日，广州市捐赠的口罩运抵福冈市，福冈市长在市役所出席交接仪式。\n"
              "高岛宗一郎在仪式上表示，今年1月福冈市向广州送去的口罩只是“小小的心意”，没想到广州这么快就回赠，"
              "“福冈市民会永远铭记广州朋友的情谊”。", published="2020-04-15")
    msgs = [e for e in evs if e.type == "message"]
    assert sides(evs) == [(("JP/Fukuoka",), ("CN/Guangzhou",))]
    assert msgs[0].date is None or msgs[0].date.value != "2020-01"


def test_zh_words_on_the_gift_received_are_thanks_without_a_word_of_thanks():
    evs = run("5月3日，杭州市捐赠的口罩运抵岐阜市。岐阜市长在接收仪式上说，杭州的这份礼物“就像冬天里的一把火”。")
    assert (("JP/Gifu",), ("CN/Hangzhou",)) in sides(evs)


def test_zh_a_statement_made_then_its_words_the_speaker_opens_the_clause():
    evs = run("5月6日，南京市回赠的3万只口罩送达意大利佛罗伦萨市，佛罗伦萨市长在市政厅签收这批物资后发表谈话，"
              "称南京的回赠“让全体市民倍感温暖”。")
    assert (("IT/Florence",), ("CN/Nanjing",)) in sides(evs)
    assert (("CN/Nanjing",), ("IT/Florence",)) not in sides(evs)


def test_zh_thanks_at_a_ceremony_are_not_the_sympathy_letter_told_before():
    evs = run("今年1月，大邱市向青岛捐赠了口罩，大邱市长还致信青岛市长表示慰问。\n"
              "3月9日，青岛市回赠的物资运抵大邱，大邱市长当天在接收仪式上说，青岛的这份情谊“我们会一直记在心里”。",
              published="2020-03-12")
    assert sides(evs).count((("KR/Daegu",), ("CN/Qingdao",))) == 2


def test_zh_thanks_to_a_city_then_to_china_go_to_the_city_where_the_message_read_china():
    from cityaid.extract.messages import Party, _Spoken, _events
    from cityaid.model import Actor, CleanText, Event

    text = "维也纳市长5日发布视频，用中文说：“谢谢北京！谢谢中国朋友！”"
    clean = CleanText(text=text, offsets=list(range(len(text))), surface=text, removed=[])
    read = Event(type="message", evidence=text[:text.index("！")], **{"from": [Actor(key="AT/Vienna", name="维也纳")],
                                                                    "to": [Actor(key="CN", name="中国", level="country")]})
    spoken = _Spoken(0, len(text), Party(0, 3, "AT/Vienna", "city", "维也纳", "AT"),
                     Party(20, 22, "CN/Beijing", "city", "北京", "CN"), "thanks", 15)
    assert _events(clean, text, [read], [spoken], lambda s: None) == []
    assert [a.key for a in read.to] == ["CN/Beijing"]


def test_zh_words_written_on_the_boxes_told_by_the_receiver_are_no_message():
    evs = run("名古屋市长说，苏州方面在纸箱上写著「守望相助，共克时艰」。")
    assert sides(evs) == []


def test_en_thanks_on_behalf_of_a_places_residents_run_from_that_place():
    from cityaid.extract.messages import Party, _behalf_of_residents
    from cityaid.model import Actor, CleanText, Event

    text = '"On behalf of all Torontonians, I thank the people of Chongqing for the masks," the mayor said.'
    clean = CleanText(text=text, offsets=list(range(len(text))), surface=text, removed=[])
    read = Event(type="message", evidence=text, **{"from": [Actor(key="CN/Chongqing", name="Chongqing")],
                                                   "to": [Actor(key="CA/Toronto", name="Toronto")]})
    parties = [Party(70, 79, "CN/Chongqing", "city", "Chongqing", "CN"), Party(200, 207, "CA/Toronto", "city", "Toronto", "CA")]
    got = _behalf_of_residents(text, clean, text, parties, read)
    assert ([a.key for a in got.from_], [a.key for a in got.to]) == (["CA/Toronto"], ["CN/Chongqing"])
