"""Chinese clause frames of the genre (issue 9 §2-4), on sentences written for these tests."""
from datetime import date

from cityaid.extract.dedupe import dedupe
from zh_reading import ANCHOR, events, keys  # noqa: F401 - the shared reader


def test_receipt_reverses_direction_and_reads_the_sender_before_de():
    [e] = events("4月2日，韩国大邱市政府收到青岛市捐赠的8000只口罩。")
    assert e.type == "donation" and keys(e.from_) == ["CN/Qingdao"] and keys(e.to) == ["KR/Daegu"]
    [f] = events("4月3日，仓敷市接收了镇江捐赠的5000只口罩。")
    assert keys(f.from_) == ["CN/Zhenjiang"] and keys(f.to) == ["JP/Kurashiki"]


def test_common_giving_verbs():
    [e] = events("3月9日，无锡市为丰川市送去3000只口罩。")
    assert e.type == "donation" and keys(e.from_) == ["CN/Wuxi"] and keys(e.to) == ["JP/Toyokawa"]
    [f] = events("2月5日，益山市向镇江捐出600套防护服。")
    assert keys(f.from_) == ["KR/Iksan"] and keys(f.to) == ["CN/Zhenjiang"]


def test_bare_provide_counts_only_with_goods():
    [e] = events("4月1日，青岛市向大邱市提供了2万只口罩。")
    assert e.type == "donation"
    assert events("4月1日，青岛市向大邱市提供了有关信息。") == []


def test_gift_told_as_a_noun_phrase_that_sets_off():
    [e] = events("4月6日，无锡市向丰川市捐赠的1万只口罩从上海起运。")
    assert e.type == "donation" and keys(e.from_) == ["CN/Wuxi"] and keys(e.to) == ["JP/Toyokawa"]


def test_messages_with_a_gap_inside_the_phrase():
    [e] = events("4月8日，镇江市长向益山市民致以诚挚的慰问。")
    assert e.type == "message" and e.kind == "condolence" and keys(e.to) == ["KR/Iksan"]
    [f] = events("4月9日，仓敷市政府向镇江表达了衷心的感谢。")
    assert f.type == "message" and f.kind == "thanks" and keys(f.from_) == ["JP/Kurashiki"]


def test_a_letter_as_a_noun_phrase():
    evs = events("4月10日，青岛市向大邱市捐赠口罩，随物资送达的还有青岛市长致大邱市长的一封信。")
    msg = [e for e in evs if e.type == "message"]
    assert len(msg) == 1 and keys(msg[0].from_) == ["CN/Qingdao"] and keys(msg[0].to) == ["KR/Daegu"]
    assert msg[0].medium == "letter"


def test_an_aside_in_brackets_is_not_the_act():
    evs = events("4月2日，丰川市对无锡市的支援十分重视(一家物流公司帮助把物资从机场运至丰川)。")
    assert [e for e in evs if e.type == "donation"] == []


def test_heading_and_sidebar_lines_are_not_read():
    text = ("青岛市向大邱市捐赠防疫物资\n"
            "4月2日，青岛市向大邱市捐赠了8000只口罩。\n"
            "上一条：无锡市向丰川市捐赠口罩\n"
            "· 镇江市向益山市捐赠防护服\n")
    evs = events(text)
    assert [(keys(e.from_), keys(e.to)) for e in evs] == [(["CN/Qingdao"], ["KR/Daegu"])]


def test_a_bullet_label_names_no_party():
    [e] = events("● 韩国大邱 4月6日，青岛市向大邱市捐赠物资交接仪式在大邱举行，物资包括口罩和防护服。")
    assert keys(e.from_) == ["CN/Qingdao"] and keys(e.to) == ["KR/Daegu"]


def test_a_ceremony_named_with_xiang_keeps_giver_and_recipient():
    [e] = events("4月6日，无锡市向丰川市捐赠3000只口罩的仪式在丰川举行。")
    assert keys(e.from_) == ["CN/Wuxi"] and keys(e.to) == ["JP/Toyokawa"]


def test_the_asker_is_the_subject_of_a_request():
    [e] = events("今年2月，镇江市曾请求益山市支援口罩等物资。")
    assert e.type == "request" and keys(e.from_) == ["CN/Zhenjiang"] and keys(e.to) == ["KR/Iksan"]


def test_thanks_without_named_parties_follow_the_gift_told_before():
    evs = events("4月2日，青岛市向大邱市捐赠了8000只口罩。大邱市长对这一善举表示诚挚感谢。")
    [m] = [e for e in evs if e.type == "message"]
    assert m.kind == "thanks" and keys(m.from_) == ["KR/Daegu"] and keys(m.to) == ["CN/Qingdao"]


def test_thanks_told_by_a_speaker_are_the_speakers_message():
    evs = events("4月3日，仓敷市接收了镇江捐赠的5000只口罩。仓敷市长表示，口罩将用于医院，并向镇江表达了衷心感谢。")
    [m] = [e for e in evs if e.type == "message"]
    assert keys(m.from_) == ["JP/Kurashiki"] and keys(m.to) == ["CN/Zhenjiang"]


def test_each_recipient_gets_the_amount_after_ge():
    evs = events("3月2日，大邱市向青岛和镇江各捐赠3000只口罩。")
    assert sorted((keys(e.to)[0], e.items[0].quantity) for e in evs) == [("CN/Qingdao", 3000), ("CN/Zhenjiang", 3000)]
    assert all(e.type == "donation" and keys(e.from_) == ["KR/Daegu"] for e in evs)


def test_a_shipment_split_between_two_partners_after_ge():
    evs = events("4月6日，无锡市向丰川市和益山市捐赠的6万只口罩起运，两地各3万只。")
    assert sorted(keys(e.to)[0] for e in evs) == ["JP/Toyokawa", "KR/Iksan"]
    assert all([(i.item, i.quantity) for i in e.items] == [("mask", 30000)] for e in evs)


def test_a_count_with_ge_and_named_partners_is_not_a_total():
    evs = events("3月2日，大邱市向青岛、镇江、无锡等5个城市各捐赠2000只口罩。")
    assert {e.type for e in evs} == {"donation"} and len(evs) == 3


def test_named_givers_told_together_each_gave():
    evs = events("2月，青岛、镇江、无锡等地也陆续向大邱市送出口罩。")
    assert sorted(keys(e.from_)[0] for e in evs) == ["CN/Qingdao", "CN/Wuxi", "CN/Zhenjiang"]
    assert {e.type for e in evs} == {"donation"}
    evs = events("3月，丰川市、仓敷市的市长也先后来函，向无锡人民致以慰问。")
    assert sorted(keys(e.from_)[0] for e in evs) == ["JP/Kurashiki", "JP/Toyokawa"]


def test_a_counted_list_of_givers_gave_one_gift():
    [e] = evs = events("3月30日，青岛、镇江两市已向大邱市回赠5万只口罩。")
    assert keys(e.from_) == ["CN/Qingdao", "CN/Zhenjiang"] and e.type == "donation"


def test_partners_in_named_countries_are_a_total():
    [e] = events("4月，无锡市先后向韩国、日本的友好城市寄送了抗疫物资。")
    assert e.type == "aggregate" and e.of == "donation"


def test_the_party_after_wei_is_not_the_subject():
    [e] = events("4月8日，无锡市本着互帮互助的精神，为正受疫情冲击的日本友城丰川市捐赠了防疫物资。")
    assert keys(e.from_) == ["CN/Wuxi"] and keys(e.to) == ["JP/Toyokawa"]


def test_a_place_named_through_the_larger_one_stands_for_itself():
    [e] = events("5月8日，韩国第四大城市大邱市接收了青岛市捐赠的2万只口罩。")
    assert keys(e.to) == ["KR/Daegu"] and keys(e.from_) == ["CN/Qingdao"]


def test_a_gift_told_in_parts_is_one_gift():
    evs = events("2月1日，大邱市宣布援助青岛市口罩3万只，其中首批1万只已在2月3日送到，另外2万只随后运抵。")
    assert len(evs) == 1 and evs[0].items[0].quantity == 30000


def test_a_total_itemised_after_qizhong():
    evs = events("4月28日，无锡市等向丰川市捐赠的3万只口罩交付丰川市。其中，无锡市捐赠2万只，镇江市捐赠1万只。")
    agg = [e for e in evs if e.type == "aggregate"]
    gifts = sorted((keys(e.from_)[0], keys(e.to)[0], e.items[0].quantity) for e in evs if e.type == "donation")
    assert len(agg) == 1 and agg[0].items[0].quantity == 30000
    assert gifts == [("CN/Wuxi", "JP/Toyokawa", 20000), ("CN/Zhenjiang", "JP/Toyokawa", 10000)]


def test_a_partner_named_before_the_meeting_clause_still_meets():
    [e] = events("无锡市与日本友城丰川市的医生，5月6日通过视频连线交流了救治经验。")
    assert e.type == "consultation" and keys(e.from_) == ["CN/Wuxi"] and keys(e.to) == ["JP/Toyokawa"]


def test_a_meeting_held_by_video():
    [e] = events("6月2日，青岛市同韩国大邱市以视频方式召开疫情防控交流会。")
    assert e.type == "consultation" and keys(e.to) == ["KR/Daegu"]


def test_asking_whether_the_partner_can_provide_is_a_request():
    evs = events("3月，仓敷市致函镇江市外办，询问对方能否提供一批口罩。")
    assert [e.type for e in evs] == ["request"] and keys(evs[0].from_) == ["JP/Kurashiki"]


def test_goods_sent_on_reach_their_final_recipient():
    [e] = events("4月下旬，青岛市捐赠的3万只口罩运抵首尔后再转送到大邱。")
    assert keys(e.to) == ["KR/Daegu"]


def test_a_gift_named_as_a_thing_is_not_a_new_act():
    assert [e for e in events("这也是那一年韩国各城市数额最大的一笔对华捐赠。") if e.type == "donation"] == []


def test_the_dateline_city_is_not_a_party():
    [e] = events("中新网青岛4月8日电 近日，无锡市向丰川市捐赠了防疫物资。")
    assert keys(e.from_) == ["CN/Wuxi"]


def test_thanks_after_a_gift_to_a_place_named_with_its_province():
    evs = events("4月6日，无锡市捐赠的口罩送达日本爱知县丰川市。丰川市长说，口罩会送到医院，他也向无锡市表示了由衷的感谢。")
    [m] = [e for e in evs if e.type == "message"]
    assert keys(m.from_) == ["JP/Toyokawa"] and keys(m.to) == ["CN/Wuxi"]


def test_a_prospective_partner_is_not_a_plan():
    [e] = events("截至6月，本省已向24个友好省州及拟结好的外国地区发出慰问函。", "山西")
    assert e.type == "aggregate" and e.of == "message"


def test_greetings_listed_after_a_colon_are_one_message_each():
    evs = events("近日，各地友城纷纷来信问候：大邱市市长(韩国)、丰川市市长(日本)等人先后来函。", "无锡")
    assert sorted(keys(e.from_)[0] for e in evs) == ["JP/Toyokawa", "KR/Daegu"]
    assert all(e.type == "message" and keys(e.to) == ["CN/Wuxi"] for e in evs)


def test_a_letter_told_by_what_it_says():
    [e] = events("3月4日，大邱市市长在信中说，大邱人民与青岛人民站在一起。", "青岛")
    assert e.type == "message" and keys(e.from_) == ["KR/Daegu"] and keys(e.to) == ["CN/Qingdao"]


def test_asking_for_help_to_buy_supplies_is_a_request():
    [e] = events("2月，仓敷市致函镇江市，希望镇江协助采购一批防护服。")
    assert e.type == "request" and keys(e.from_) == ["JP/Kurashiki"] and keys(e.to) == ["CN/Zhenjiang"]


def test_a_town_named_through_its_region_with_a_description():
    [e] = events("5月8日，日本爱知县的小城丰川市日前收到无锡市捐赠的2万只口罩。")
    assert keys(e.to) == ["JP/Toyokawa"] and keys(e.from_) == ["CN/Wuxi"]


def test_an_office_abroad_is_not_the_place_it_sits_in():
    [e] = events("4月22日，大邱市从中国驻大邱总领馆接收了青岛市捐赠的物资。")
    assert keys(e.to) == ["KR/Daegu"] and "KR/Daegu" not in keys(e.from_)


def test_obtaining_goods_is_a_receipt():
    [e] = events("青岛市疫情最严峻的那几周，曾获得大邱市捐赠的一批防护服。")
    assert keys(e.from_) == ["KR/Daegu"] and keys(e.to) == ["CN/Qingdao"]


def test_the_recipient_named_among_the_givers_stays_the_recipient():
    [e] = events("2月16日，青岛市收到了大邱市和当地青岛同乡会联合捐出的1万只口罩。")
    assert keys(e.to) == ["CN/Qingdao"] and keys(e.from_) == ["KR/Daegu"]


def test_the_same_goods_told_again_in_a_later_clause_are_not_a_new_gift():
    evs = events("4月22日，大邱市收到青岛市捐赠的防疫用品，这些用品全部由青岛一家药企提供。")
    assert len([e for e in evs if e.type == "donation"]) == 1


def test_a_purpose_clause_is_not_a_gift():
    evs = events("为支援青岛抗击疫情，大邱市于2月3日向青岛市送去3万只口罩。")
    assert len(evs) == 1 and keys(evs[0].to) == ["CN/Qingdao"]


def test_promises_and_decisions_are_plans():
    assert events("无锡市还承诺在5月前向丰川市提供援助。", "无锡") == []
    assert events("大邱市随即决定捐出储备口罩。", "青岛") == []


def test_urgently_needed_goods_are_not_a_request():
    evs = events("2月，大邱市为青岛市筹集到一批当时急需的医疗用品。")
    assert [e.type for e in evs] == ["donation"]


def test_a_counterpart_named_but_not_a_place_is_not_the_publisher():
    assert [e for e in events("3月，大邱市已转而向当地七家企业求助。", "青岛") if e.type == "request"] == []


def test_those_who_acted_before_us_each_did_the_same():
    evs = events("据大邱市介绍，青岛市是继无锡市(3月7日)、镇江市(3月19日)之后，又一个给大邱市送来防疫物资的中国城市。")
    got = sorted((keys(e.from_)[0], e.date.value if e.date else None) for e in evs)
    assert ("CN/Wuxi", "2020-03-07") in got and ("CN/Zhenjiang", "2020-03-19") in got
    assert all(keys(e.to) == ["KR/Daegu"] for e in evs) and "KR/Daegu" not in [g[0] for g in got]


def test_an_earlier_act_told_in_full_after_ji_is_not_repeated():
    evs = events("继3月2日同青岛、无锡通电话后，大邱市市长3日又同镇江市长通电话。")
    assert all(keys(e.from_) != ["CN/Qingdao"] for e in evs)


def test_a_speaker_letter_in_reported_speech_is_a_message():
    [e] = events("5月6日，大邱市长称，盼借此信向青岛人民传达声援之意。", "青岛")
    assert e.type == "message" and keys(e.from_) == ["KR/Daegu"]


def test_a_province_capital_named_through_its_province():
    [e] = events("6月23日，山东省会济南市向大邱市捐赠的3万个口罩已经启运。")
    assert keys(e.from_) == ["CN/Jinan"]


def test_a_province_written_before_its_city_only_locates_it():
    [e] = events("4月16日，青岛市捐赠的口罩送达韩国庆尚北道庆州市。")
    assert keys(e.to) == ["KR/Gyeongju"]


def test_partners_listed_after_baokuo():
    [e] = events("4月21日，青岛市第一次同各国友城开视频会，参会的有10个城市，其中包括大邱、仓敷等城市。")
    assert e.type == "consultation" and keys(e.to) == ["JP/Kurashiki", "KR/Daegu"]


def test_baokuo_zainei_is_not_a_list_of_partners():
    evs = events("3月24日，大邱市市长在推特发文，感谢中方包括青岛在内的援助。")
    assert all("CN/Qingdao" not in keys(e.to) or keys(e.to) != ["CN/Qingdao"] for e in evs)


def test_a_cue_two_clauses_before_makes_a_total():
    [e] = events("截至8月3日，该协会已借助多种途径，向韩国、日本等9个国家的友好团体捐赠了近6万个口罩。")
    assert e.type == "aggregate"


def test_a_thing_about_the_gift_is_not_the_gift():
    assert events("仓敷市发来邮件了解抗疫物资的邮寄地址。", "镇江") == []


def test_two_acts_joined_by_dun_hao():
    evs = events("4月，青岛支援大邱、无锡支援丰川。")
    assert sorted((keys(e.from_)[0], keys(e.to)[0]) for e in evs) == [("CN/Qingdao", "KR/Daegu"), ("CN/Wuxi", "JP/Toyokawa")]


def test_a_list_of_givers_after_laizi_is_not_split_into_clauses():
    evs = events("大邱市还先后收到过来自青岛市、无锡市的捐赠物资。")
    assert sorted(keys(e.from_)[0] for e in evs) == ["CN/Qingdao", "CN/Wuxi"]


def test_amounts_given_respectively():
    evs = events("3月5日，大邱市分别向青岛和无锡捐助5万只和3万只口罩。")
    assert sorted((keys(e.to)[0], e.items[0].quantity) for e in evs) == [("CN/Qingdao", 50000), ("CN/Wuxi", 30000)]


def test_a_shortage_described_is_not_a_request():
    assert events("当时，大邱市面临口罩短缺。", "青岛") == []


def test_the_party_of_a_circumstance_clause_does_not_act():
    [e] = events("得知大邱市疫情严重后，青岛市立即向大邱市捐赠了2万只口罩。")
    assert keys(e.from_) == ["CN/Qingdao"] and keys(e.to) == ["KR/Daegu"]


def test_links_held_with_several_partners_are_one_each():
    evs = events("4月，无锡市继与丰川、仓敷开展连线后，又同大邱举行视频会议。")
    assert sorted(keys(e.to)[0] for e in evs if e.type == "consultation") == ["JP/Kurashiki", "JP/Toyokawa", "KR/Daegu"]


def test_a_letter_from_the_giver_goes_to_the_recipient_of_the_gift():
    evs = events("5月13日，丰川市收到无锡市捐赠的3万只口罩。无锡市市长在早先写给对方市长的信中就提到了这批口罩。")
    [m] = [e for e in evs if e.type == "message"]
    assert keys(m.from_) == ["CN/Wuxi"] and keys(m.to) == ["JP/Toyokawa"]


def test_the_counterpart_read_again_as_subject_does_not_act():
    [e] = events("3月26日，市疾控中心专家同韩国大邱市的医生视频连线，大邱市副市长全程参会。", "青岛")
    assert e.type == "consultation" and keys(e.to) == ["KR/Daegu"] and keys(e.from_) != ["KR/Daegu"]


def test_a_clause_without_subject_goes_on_with_the_previous_clauses():
    evs = events("今年2月，我市疫情严峻之际，丰川市曾向我市捐赠4500只口罩，丰川市市长还专门致信我市市长，表达慰问。", "无锡")
    msgs = [e for e in evs if e.type == "message"]
    assert msgs and all(keys(m.from_) == ["JP/Toyokawa"] and keys(m.to) == ["CN/Wuxi"] for m in msgs)


def test_amounts_given_respectively_with_one_goods_word():
    evs = events("此外，我市还分别向韩国益山市和德国曼海姆市捐赠了1万只和5000只口罩。", "无锡")
    assert sorted((keys(e.to)[0], e.items[0].quantity) for e in evs) == [("DE/Mannheim", 5000), ("KR/Iksan", 10000)]


def test_the_nearest_clause_opening_with_a_party_is_the_subject():
    [e] = events("2月初，我市物资紧缺，大邱市政府得知情况后，第一时间向我市捐赠了1万只口罩。", "青岛")
    assert keys(e.from_) == ["KR/Daegu"] and keys(e.to) == ["CN/Qingdao"]


def test_a_team_goes_where_the_clause_after_says():
    evs = events("3月11日，由四川省组建的抗疫医疗专家组从成都出发，飞赴意大利罗马。")
    [t] = [e for e in evs if e.type == "medical_team"]
    assert keys(t.from_) == ["CN/Sichuan"] and keys(t.to) == ["IT"]


def test_different_goods_given_respectively():
    evs = events("4月8日，无锡市向丰川市、益山市分别捐赠2万只N95口罩和1万套防护服。")
    got = sorted((keys(e.to)[0], e.items[0].item, e.items[0].quantity) for e in evs)
    assert got == [("JP/Toyokawa", "n95_mask", 20000), ("KR/Iksan", "protective_suit", 10000)]


def test_regional_words_for_a_video_conference():
    [e] = events("3月5日，青島市與大邱市舉行視像會議，分享防疫經驗。")
    assert e.type == "consultation" and keys(e.to) == ["KR/Daegu"]


def test_a_lead_about_cities_in_general_is_not_a_total():
    assert events("中国侨网9月2日电 入夏以来，中国多个省市先后给南亚的友好省市送去抗疫物资。") == []


def test_thanks_to_a_person_who_keeps_ties_with_a_place_are_not_to_that_place():
    evs = events("4月2日，大邱市收到青岛市捐赠的口罩。大邱市长同时感谢一直与无锡朋友保持联系的金博士。")
    assert all("CN/Wuxi" not in keys(e.to) for e in evs)


def test_where_a_flight_left_from_is_not_the_giver():
    evs = events("6日，中国政府派出的10人医疗专家组乘包机由成都飞抵老挝万象。")
    [t] = [e for e in evs if e.type == "medical_team"]
    assert keys(t.from_) == ["CN"]


def test_a_past_gift_told_by_the_speaker_is_a_fact():
    [e] = events("韩国大邱市政府27日表示，已收到青岛市捐赠的5万只口罩。")
    assert keys(e.from_) == ["CN/Qingdao"] and keys(e.to) == ["KR/Daegu"]
    assert [(i.item, i.quantity) for i in e.items] == [("mask", 50000)]


def test_a_plan_told_by_the_speaker_stays_a_plan():
    assert events("大邱市政府表示，将向青岛市捐赠5万只口罩。") == []


def test_letters_exchanged_go_both_ways():
    evs = events("4月17日，青岛市向大邱市捐赠口罩。疫情期间，两市市长还互致信函，相互鼓励。", "青岛")
    msgs = sorted((keys(e.from_)[0], keys(e.to)[0]) for e in evs if e.type == "message")
    assert msgs == [("CN/Qingdao", "KR/Daegu"), ("KR/Daegu", "CN/Qingdao")]


def test_a_count_of_partners_all_named_is_one_shipment():
    [e] = events("3月2日，青岛市向大邱、釜山、仁川三个友城捐赠口罩共3万只。")
    assert e.type == "donation" and keys(e.to) == ["KR/Busan", "KR/Daegu", "KR/Incheon"]


def test_a_total_to_named_partners_itemised_after_is_an_aggregate():
    evs = events("3月下旬，青岛市向大邱、釜山两个友城捐赠了口罩。其中，青岛市分别向大邱捐赠口罩3万只，向釜山捐赠口罩2万只。")
    assert [e.type for e in evs].count("aggregate") == 1 and [e.type for e in evs].count("donation") == 2


def test_the_partner_in_a_relative_clause_with_yu_is_not_a_counterpart_marker():
    [e] = events("与青岛结为友城的大邱市向青岛捐赠了口罩。")
    assert keys(e.from_) == ["KR/Daegu"] and keys(e.to) == ["CN/Qingdao"]


def test_these_goods_sent_on_are_an_act():
    [e] = events("这批物资转送至大邱市。", "青岛")
    assert keys(e.to) == ["KR/Daegu"]


def test_letters_to_two_mayors_are_two_messages():
    evs = events("在分别致大邱市长和釜山市长的信中，青岛市长表达了慰问。")
    assert sorted(keys(e.to)[0] for e in evs) == ["KR/Busan", "KR/Daegu"]
    assert all(keys(e.from_) == ["CN/Qingdao"] for e in evs)


def test_a_counted_list_of_givers_with_one_total_is_an_aggregate():
    [e] = events("3月25日，大邱市宣布，已收到青岛、无锡和镇江三市回赠的5万个口罩。")
    assert e.type == "aggregate" and e.of == "donation" and keys(e.to) == ["KR/Daegu"]
    assert keys(e.from_) == ["CN/Qingdao", "CN/Wuxi", "CN/Zhenjiang"]


def test_willingness_talks_appeals_and_conditions_are_not_acts():
    for text in ("益山市曾表示愿意向镇江提供帮助。", "目前，双方正在商讨向益山市捐赠口罩的具体事宜。",
                 "如果疫情持续，镇江市将考虑向益山市提供更多援助。", "镇江市呼吁各界向益山市伸出援手。"):
        assert events(text, "镇江") == [], text


def test_hoping_the_partner_shares_experience_asks_for_a_meeting():
    [e] = events("3月，益山市希望镇江市分享防疫经验。", "镇江")
    assert e.type == "request" and e.requested == "consultation" and keys(e.from_) == ["KR/Iksan"]


def test_a_meeting_by_video_link_exchanging_experience():
    [e] = events("4月3日，镇江市人民政府通过视频连线方式，与益山市政府交流疫情防控经验。")
    assert e.type == "consultation" and keys(e.to) == ["KR/Iksan"]


def test_the_partner_named_in_the_gift_phrase_beats_its_country_after():
    [e] = events("镇江向益山捐赠的5万只口罩，已于3月18日搭乘航班运往韩国。")
    assert keys(e.to) == ["KR/Iksan"]


def test_goods_named_in_the_clause_after_the_act():
    [e] = events("2月3日，益山市向我市伸出援手，捐赠了2万只口罩。", "镇江")
    assert [(i.item, i.quantity) for i in e.items] == [("mask", 20000)]


def test_taiwan_and_hong_kong_words_for_giving():
    [e] = events("台北市政府致贈10萬片口罩予姊妹市美國舊金山市。")
    assert e.type == "donation" and keys(e.to) == ["US/San Francisco"]


def test_the_giver_named_with_you_before_a_receipt():
    [e] = events("日前，由青岛市捐赠的3万只口罩在大邱市厅完成交接，大邱市长代表该市接收了这批物资。")
    assert keys(e.from_) == ["CN/Qingdao"] and keys(e.to) == ["KR/Daegu"]


def test_a_letter_from_the_papers_city_goes_to_the_recipient_of_its_gift():
    evs = events("日前，2万只口罩寄往韩国大邱市。市长专门致信大邱市长，表示十分牵挂大邱的疫情。", "青岛")
    [m] = [e for e in evs if e.type == "message"]
    assert keys(m.from_) == ["CN/Qingdao"] and keys(m.to) == ["KR/Daegu"]


def test_money_listed_in_a_clause_after_the_total_belongs_to_it():
    [e] = events("截至3月底，青岛市已接收韩国、日本等国送来的防疫物资近3万件，另有捐款8万余元。")
    assert e.type == "aggregate" and [(m.amount, m.currency) for m in e.money] == [(80000, "CNY")]


def test_one_amount_given_respectively_is_that_much_each():
    evs = events("其中，青岛市向釜山、仁川分别捐赠5万只口罩。")
    assert sorted((keys(e.to)[0], e.items[0].quantity) for e in evs) == [("KR/Busan", 50000), ("KR/Incheon", 50000)]


def test_givers_with_their_own_amounts_respectively():
    evs = events("今年2月，大邱、釜山两市分别向青岛市捐赠了1万只和2万只口罩。")
    assert sorted((keys(e.from_)[0], e.items[0].quantity) for e in evs) == [("KR/Busan", 20000), ("KR/Daegu", 10000)]


def test_a_three_party_meeting_is_one_event():
    [e] = events("4月2日，青岛市与大邱市、釜山市举行三方视频会议。")
    assert keys(e.to) == ["KR/Busan", "KR/Daegu"]


def test_cheering_and_relayed_greetings_are_messages():
    [e] = events("大邱市市长通过视频为青岛人民加油鼓劲。", "青岛")
    assert e.type == "message" and keys(e.from_) == ["KR/Daegu"] and keys(e.to) == ["CN/Qingdao"]
    [f] = events("大邱市向青岛市转达了慰问。")
    assert f.type == "message" and f.kind == "condolence"


def test_gifts_coming_in_told_as_arrived_totals():
    [e] = events("截至2月9日，来自海外友城及企业的捐助已累计到位，其中医用口罩约64万只。", "青岛")
    assert e.type == "aggregate" and keys(e.to) == ["CN/Qingdao"] and e.items[0].quantity == 640000


def test_a_total_to_partners_of_a_country_takes_the_partners_named_next():
    evs = events("1月底，大邱市共向5个中国友城捐出3万只口罩。大邱市向青岛和无锡各捐赠1万只，向镇江捐赠1万只。")
    [agg] = [e for e in evs if e.type == "aggregate"]
    assert keys(agg.to) == ["CN/Qingdao", "CN/Wuxi", "CN/Zhenjiang"]


def test_a_wish_to_overcome_the_epidemic_is_a_solidarity_message():
    [e] = events("3月17日的交接仪式上，青岛方面深有同感，希望这批物资可以帮助大邱早日战胜疫情。")
    assert e.type == "message" and e.kind == "solidarity" and keys(e.to) == ["KR/Daegu"]


def test_givers_recipients_and_amounts_listed_in_parallel_pair_in_order():
    evs = events("3月9日，嘉兴和湖州分别向大邱和仁川捐赠口罩1万只和2万只。")
    got = sorted((keys(e.from_)[0], keys(e.to)[0], e.items[0].quantity) for e in evs)
    assert got == [("CN/Huzhou", "KR/Incheon", 20000), ("CN/Jiaxing", "KR/Daegu", 10000)]


def test_goods_sent_on_to_a_partner_named_after_the_verb():
    [e] = events("5月12日，嘉兴市将8000只口罩送往友好城市大邱。")
    assert keys(e.from_) == ["CN/Jiaxing"] and keys(e.to) == ["KR/Daegu"]


def test_a_press_agency_dateline_in_brackets_is_not_the_giver():
    evs = events("（某社记者王某大阪9日专电）台南市府赠予姊妹市日本堺市的3万片口罩今天运抵。")
    assert [keys(e.from_) for e in evs] == [["TW/Tainan"]]


def test_this_time_before_a_giver_and_recipient_is_an_act_not_a_noun():
    evs = events("4月2日，嘉兴市向湖州捐赠口罩。此次嘉兴市向大邱市捐赠口罩6万只，向仁川市捐赠防护服300套。")
    assert sorted(keys(e.to)[0] for e in evs if e.items and e.items[0].quantity) == ["KR/Daegu", "KR/Incheon"]


def test_a_shipment_to_two_partners_then_told_partner_by_partner_is_the_itemised_gifts():
    evs = events("5月6日，一批防疫物资经机场发往友好城市韩国大邱市和仁川市。嘉兴市向大邱市捐赠口罩4万只，向仁川市捐赠防护服600套。", "嘉兴")
    assert sorted(a.key for e in evs for a in e.to) == ["KR/Daegu", "KR/Incheon"]
    assert all(e.items[0].quantity for e in evs)


def test_thanks_after_telling_a_receipt_go_from_the_speaker_to_the_one_thanked():
    [e] = events("5月8日，仁川市长在交接仪式上表示，收到来自嘉兴的援助，市民十分感动，衷心感谢嘉兴人民。")
    assert e.type == "message" and keys(e.from_) == ["KR/Incheon"] and keys(e.to) == ["CN/Jiaxing"]


def test_parts_opened_by_qizhong_take_the_date_of_the_total_they_itemise():
    evs = events("截至4月6日，仁川累计获赠中国友好城市的口罩9万个。\n\n其中，嘉兴和湖州分别向仁川捐赠口罩1万只和2万只。")
    assert {e.date.value for e in evs if e.type == "donation"} == {"2020-04-06"}


def test_the_whole_province_and_its_leaders_stand_for_the_papers_province():
    [e] = events("截至6月3日，全省共向17个国家的29个国际友城捐赠口罩41万余只。", "山西")
    assert e.type == "aggregate" and keys(e.from_) == ["CN/Shanxi"] and e.partners_count == 29
    [m] = events("截至6月3日，省领导已先后向36个友好省州的州长致信问候。", "山西")
    assert m.type == "aggregate" and m.of == "message" and keys(m.from_) == ["CN/Shanxi"]


def test_a_posted_clip_with_a_quoted_cheer_is_a_message_to_the_place_cheered():
    for text in ("2月11日，佛罗伦萨市长在个人网页上发布了一条短片，以中文喊出「嘉兴加油」。",
                 "2月11日，佛罗伦萨市长录制视频，高喊“嘉兴加油”。"):
        [e] = events(text)
        assert e.type == "message" and keys(e.from_) == ["IT/Florence"] and keys(e.to) == ["CN/Jiaxing"]


def test_a_place_the_goods_pass_through_is_no_party():
    [e] = events("接到求援信后，嘉兴连夜调集物资，3万只口罩和250套防护服途经首尔仁川机场，4月7日送达大邱。")
    assert keys(e.from_) == ["CN/Jiaxing"] and keys(e.to) == ["KR/Daegu"]
    assert [(i.item, i.quantity) for i in e.items] == [("mask", 30000), ("protective_suit", 250)]


def test_a_request_letter_received_before_a_gift_is_not_a_new_request():
    evs = events("收到求援信之后，嘉兴连夜调集物资，4月7日送达大邱。")
    assert [e.type for e in evs] == ["donation"]


def test_an_act_describing_a_party_is_not_told_as_done():
    assert events("近日，多个曾援助中国的韩国地方政府陆续收到回赠。") == []
    evs = events("截至4月底，江苏各地已先后向韩国19个城市捐赠口罩逾60万只，韩国是江苏捐赠口罩最多的国家。")
    assert [e.type for e in evs] == ["aggregate"]


def test_other_cities_one_after_another_is_not_one_gift():
    evs = events("3月20日，嘉兴向大邱捐赠口罩1万只。江苏其他城市亦纷纷向韩国伸出援手。")
    assert [e.type for e in evs if keys(e.from_) == ["CN/Jiangsu"]] in ([], ["aggregate"])


def test_a_county_of_the_city_is_the_giver_and_a_county_inside_a_province_the_recipient():
    [e] = events("4月8日，我市下辖兰陵县向韩国忠清南道扶余郡捐赠了3000只口罩。", "临沂")
    assert keys(e.from_) == ["CN/Linyi/Lanling"]
    assert len(e.to) == 1 and e.to[0].key != "KR/South Chungcheong"


def test_a_tally_of_acts_done_told_in_speech_is_a_total():
    [e] = events("2月12日，嘉兴市外事部门表示，入春以来，已有二十多个国际友城以多种方式向嘉兴表达慰问。")
    assert e.type == "aggregate" and e.of == "message" and keys(e.to) == ["CN/Jiaxing"] and e.partners_count == 20


def test_gifts_between_two_countries_places_in_general_are_no_total():
    assert events("韩国地方政府近来陆续收到中国城市捐赠的口罩，外交部对此表示欢迎。") == []


def test_a_dash_or_colon_after_the_partner_noun_names_one_partner():
    # 其德国友好城市——亚琛市: one city named after the dash, not the country's partners in general
    [e] = events("5月2日，宁波市向其德国友好城市——亚琛市捐赠了医用口罩两万只。")
    assert e.type == "donation" and keys(e.from_) == ["CN/Ningbo"] and keys(e.to) == ["DE/Aachen"]
    [f] = events("5月3日，宁波市向法国友好城市：鲁昂市赠送了医用口罩一万只。")
    assert f.type == "donation" and keys(f.to) == ["FR/Rouen"]
    # without a name after it the country's partners stay many
    [g] = events("5月4日，宁波市向日本、法国的友好城市捐赠了医用口罩两万只。")
    assert g.type == "aggregate"


def test_our_partner_in_a_country_named_without_a_dash_is_still_the_recipient():
    [e] = events("6月1日，3万只口罩从机场启运，寄往我市在日本的友好城市冈山县仓敷市。", "福州")
    assert e.type == "donation" and keys(e.from_) == ["CN/Fuzhou"] and keys(e.to) == ["JP/Kurashiki"]
