"""Event reading rules, each on sentences written for the test."""
from datetime import date

import pytest

from cityaid.clean import clean_text
from cityaid.extract.dedupe import dedupe
from cityaid.extract.events import extract_events
from cityaid.resolve import resolve_name

ANCHOR = date(2020, 3, 31)


def events(text: str, publisher: str | None = None, anchor=ANCHOR):
    pub = resolve_name(publisher) if publisher else None
    clean = clean_text(text)
    return dedupe(extract_events(clean, text, publisher=pub, anchor=anchor))


def keys(actors):
    return [a.key for a in actors]


def test_donation_with_items_date_and_roles():
    [e] = events("2月10日，丰川市政府向我市捐赠4500只口罩和200套防护服。", "无锡")
    assert e.type == "donation"
    assert keys(e.from_) == ["JP/Toyokawa"] and keys(e.to) == ["CN/Wuxi"]
    assert e.date.value == "2020-02-10" and e.date.qualifier == "on"
    assert {(i.item, i.quantity, i.unit) for i in e.items} == {("mask", 4500, "piece"), ("protective_suit", 200, "set")}


def test_evidence_is_cut_from_the_original_with_garbling():
    text = "3月6日，鎮(zhèn)江向韓國益山市捐贈(zèng)了2萬只口罩。"
    [e] = events(text, "镇江")
    assert e.evidence in text and "鎮(zhèn)江" in e.evidence
    a, b = e.evidence_span
    assert text[a:b] == e.evidence
    assert keys(e.to) == ["KR/Iksan"]


def test_recipient_first_with_shou_dao_lai_zi():
    [e] = events("3月2日，我市收到来自大邱市的1万只口罩。", "青岛")
    assert keys(e.from_) == ["KR/Daegu"] and keys(e.to) == ["CN/Qingdao"]


def test_shipment_verb_takes_the_place_after_it():
    [e] = events("3月18日，镇江人民的2万只口罩寄往日本友城仓敷市。", "镇江")
    assert keys(e.from_) == ["CN/Zhenjiang"] and keys(e.to) == ["JP/Kurashiki"]


def test_a_local_paper_sends_from_its_own_city_when_no_sender_is_named():
    [e] = events("3月18日，3万只口罩寄往韩国益山市。", "镇江")
    assert keys(e.from_) == ["CN/Zhenjiang"]


def test_plans_and_denials_are_not_events():
    assert events("下周，我市将向益山市捐赠5万只口罩。", "镇江") == []
    assert events("我市拟于4月向曼海姆市提供防护服。", "镇江") == []
    assert events("当地政府已无力再向外捐赠口罩。", "镇江") == []


def test_letters_in_and_out():
    [a] = events("4月1日，益山市市长在来信中写道，感谢我市的支持。", "镇江")
    assert a.type == "message" and keys(a.from_) == ["KR/Iksan"] and keys(a.to) == ["CN/Zhenjiang"]
    [b] = events("3月5日，市长张叶飞致信曼海姆市市长。", "镇江")
    assert b.type == "message" and keys(b.from_) == ["CN/Zhenjiang"] and keys(b.to) == ["DE/Mannheim"]
    assert b.medium == "letter"


def test_what_a_letter_says_is_not_read_as_new_acts():
    evs = events("3月9日，仓敷市市长在回信中写道：贵市向我们捐赠了8000只口罩，我们深受感动。", "镇江")
    assert [e.type for e in evs] == ["message"]


def test_one_call_per_leader_and_one_total_for_a_count():
    evs = events("3月19日，习近平同埃及、英国、法国领导人通电话。")
    assert sorted(k for e in evs for k in keys(e.to)) == ["EG", "FR", "GB"]
    assert all(e.type == "message" and keys(e.from_) == ["CN"] for e in evs)
    [agg] = events("截至4月10日，吉林省累计向日本宫城县、韩国庆尚北道等7个外国地方政府送去防疫物资15万余件。")
    assert agg.type == "aggregate" and agg.of == "donation"
    assert agg.partners_count == 7 and agg.date.qualifier == "as_of"
    assert agg.items[0].quantity == 150000 and agg.items[0].qualifier == "over"


def test_consultation_and_request():
    [c] = events("3月28日，我市卫健委专家与大阪府医疗专家举行视频会议，分享救治经验。", "上海")
    assert c.type == "consultation" and keys(c.to) == ["JP/Osaka"]
    [r] = events("萨克拉门托市向济南提出举行视频交流会的请求。", "济南")
    assert r.type == "request" and r.requested == "consultation"
    assert keys(r.from_) == ["US/Sacramento"] and keys(r.to) == ["CN/Jinan"]


def test_medical_teams_one_per_country():
    evs = events("3月20日，中国向塞尔维亚、柬埔寨派遣医疗专家组。")
    assert sorted(k for e in evs for k in keys(e.to)) == ["KH", "RS"]
    assert {e.type for e in evs} == {"medical_team"}


def test_money_and_declared_value():
    [e] = events("2月3日，津市国际交流协会向镇江捐款85000日元。", "镇江")
    assert [(m.amount, m.currency) for m in e.money] == [(85000, "JPY")]
    [agg] = events("截至4月底，我市共接收韩国、意大利等9个国家总价值约500万元的捐赠物资。", "重庆")
    assert agg.type == "aggregate" and agg.value.amount == 5_000_000 and agg.value.currency == "CNY"


def test_the_same_fact_told_twice_in_a_page_is_one_event():
    text = "3月10日，我市向益山市捐赠2万只口罩。\n据介绍，3月10日，我市向益山市捐赠的口罩已经寄出。\n3月10日，我市向益山市捐赠2万只口罩。"
    evs = events(text, "镇江")
    assert len([e for e in evs if e.type == "donation"]) == 1


def test_thanks_on_a_website_is_a_message_to_both_named_parties():
    [e] = events("明斯克州在州官网刊文，向重庆及中国的支援表示感谢。", "重庆")
    assert e.type == "message" and e.kind == "thanks" and e.medium == "web"
    assert set(keys(e.to)) == {"CN/Chongqing", "CN"}


@pytest.mark.parametrize("text", [
    "我市始终尽己所能支援各国友城。",  # no named partner, no date: a statement, not a fact
    "我市介绍抗疫经验的做法受到各方好评。",       # praise of an act told elsewhere
])
def test_generic_statements_yield_nothing(text):
    assert events(text, "重庆") == []


def test_a_mayor_named_before_the_title_belongs_to_the_partner_city_of_the_paragraph():
    evs = events("3月2日，丰川市向我市捐赠口罩。竹本幸夫市长在回信中表示，感谢无锡。", "无锡")
    [msg] = [e for e in evs if e.type == "message"]
    assert keys(msg.from_) == ["JP/Toyokawa"] and keys(msg.to) == ["CN/Wuxi"]


def test_a_person_named_with_a_place_is_that_place_later_on():
    evs = events("安纳波利斯市长加文·巴克利专门录制视频。3月20日，巴克利致信长沙，希望得到口罩援助。", "长沙")
    [req] = [e for e in evs if e.type == "request"]
    assert keys(req.from_) == ["US/Annapolis"] and keys(req.to) == ["CN/Changsha"]


def test_the_headline_is_not_read_as_a_fact_of_its_own():
    text = "辽宁省与日本富山县互致慰问\n3月15日，辽宁省向富山县捐赠口罩10万只。"
    evs = events(text, "辽宁")
    assert [e.type for e in evs] == ["donation"]


def test_our_partner_city_in_a_country_is_the_recipient_not_us():
    [e] = events("3月24日，4万只口罩从机场启运，寄往我市在美国的友好城市——马里兰州安纳波利斯市。", "长沙")
    assert keys(e.from_) == ["CN/Changsha"] and keys(e.to) == ["US/Annapolis"]


def test_a_friendship_society_is_its_citys_and_cash_is_not_the_masks():
    text = "2月上旬，丰川市向我市捐赠了4500只口罩。丰川市日中友好协会还向我市捐款5万元。"
    evs = events(text, "无锡")
    assert len(evs) == 2
    assert all(keys(e.from_) == ["JP/Toyokawa"] for e in evs)
    assert [(m.amount, m.currency) for e in evs for m in e.money] == [(50000, "CNY")]


def test_a_place_read_as_foreign_earlier_keeps_that_reading():
    evs = events("3月下旬，1万只口罩发往三重县津市。4月5日，津市市长在感谢信中写道，感谢镇江。", "镇江")
    [msg] = [e for e in evs if e.type == "message"]
    assert keys(msg.from_) == ["JP/Tsu"]


def test_asked_for_help_at_whose_request_and_on_the_same_day():
    evs = events("应意大利政府请求，中国于3月12日派遣医疗专家组赴意大利。同日，中国红十字会向伊朗捐赠了一批医疗物资。")
    by_type = {e.type: e for e in evs}
    assert keys(by_type["request"].from_) == ["IT"] and keys(by_type["request"].to) == ["CN"]
    assert keys(by_type["medical_team"].to) == ["IT"]
    assert by_type["donation"].date.value == "2020-03-12" and keys(by_type["donation"].to) == ["IR"]


def test_a_medical_team_goes_to_the_country_whose_city_it_lands_in():
    [e] = events("3月23日，广西组建的医疗专家组抵达柬埔寨金边。")
    assert e.type == "medical_team" and keys(e.to) == ["KH"]


def test_a_total_received_from_unnamed_senders_is_still_a_claim():
    [agg] = events("疫情发生以来，我市共收到来自12个国家的28个友城发来的慰问信40余封。", "苏州")
    assert agg.type == "aggregate" and agg.of == "message" and keys(agg.to) == ["CN/Suzhou"]
    assert (agg.countries_count, agg.partners_count, agg.events_count) == (12, 28, 40)


def test_gift_of_the_possessors_partner_goes_to_the_possessor():
    # 甲州的友好省乙省捐赠的口罩: the state whose partner gave is the recipient, not the airport's city
    out = events("华盛顿州的友好省四川省捐赠的8万只口罩，12日运抵西雅图塔科马国际机场。")
    gifts = [e for e in out if e.type == "donation"]
    assert [(keys(e.from_), keys(e.to)) for e in gifts] == [(["CN/Sichuan"], ["US/Washington"])]
    out = events("休斯敦的姊妹城市深圳市寄来的3000套防护服已运抵当地。")
    [e] = [e for e in out if e.type == "donation"]
    assert keys(e.from_) == ["CN/Shenzhen"] and keys(e.to) == ["US/Houston"]


def test_asked_to_help_someone_buy_is_a_request_by_the_one_helped():
    [e] = [e for e in events("上月底，墨尔本市长致函成都市市长，希望成都协助墨尔本采购防护服。") if e.type == "request"]
    assert keys(e.from_) == ["AU/Melbourne"] and keys(e.to) == ["CN/Chengdu"]


@pytest.mark.parametrize("text", [
    "4月初，丹佛市市长致信南京市，希望在呼吸机采购方面得到帮助。",
    "丹佛市卫生局近日致函南京市外办，希望能获得防护服方面的支援。",
    "近日，丹佛市长致函南京市政府，希望南京提供口罩和手套方面的协助。",
])
def test_hoping_to_get_help_in_a_letter_is_a_request(text):
    [e] = [e for e in events(text) if e.type == "request"]
    assert keys(e.to) == ["CN/Nanjing"] and e.from_ and e.from_[0].key.startswith("US/")


def test_prefectures_gift_landing_in_a_city_of_the_publishing_province_is_for_the_province():
    out = events("3月2日，日本冈山县捐赠的防护服3000套运抵南昌昌北国际机场。", "江西省")
    [e] = [e for e in out if e.type == "donation"]
    assert keys(e.from_) == ["JP/Okayama"] and keys(e.to) == ["CN/Jiangxi"]
    # (a city's gift landing in its partner city stays the city's)
    out = events("3月2日，日本仓敷市捐赠的防护服3000套运抵南昌。", "江西省")
    [e] = [e for e in out if e.type == "donation"]
    assert keys(e.to) == ["CN/Nanchang"]


def test_team_goes_to_help_the_one_named_after_its_landing():
    [e] = [e for e in events("这支由江苏省选派的医疗专家组共12人，于27日深夜抵达马德里，随后将支援当地防疫工作。")
           if e.type == "medical_team"]
    assert keys(e.from_) == ["CN/Jiangsu"] and keys(e.to) == ["ES"]


def test_team_errand_is_no_gift_and_the_province_that_formed_it_sent_it():
    out = events("5月9日，中国政府赴委内瑞拉抗疫医疗专家组由成都启程，主要由我省医疗专家组成，"
                 "经停马德里飞往加拉加斯，支援委内瑞拉疫情防控。", "四川省")
    assert [e.type for e in out] == ["medical_team"]
    assert keys(out[0].from_) == ["CN", "CN/Sichuan"] and keys(out[0].to) == ["VE"]


@pytest.mark.parametrize("text", [
    "此外，杭州市与日本友城的视频交流也在筹划之中。",
    "据悉，静冈县正在研究向浙江省追加提供消毒液。",
])
def test_an_act_being_planned_or_studied_is_not_told_as_done(text):
    assert events(text) == []


def test_aid_from_one_chinese_place_to_another_is_domestic_not_an_event():
    assert events("疫情发生以来，我省共向湖北派出医疗队9批。", "江西") == []
    assert events("截至目前，我市共向黄冈市捐赠各类防疫物资价值800余万元。", "嘉兴") == []


def test_a_gift_thanked_for_with_when_it_was_given_between_giver_and_verb():
    evs = events("近日，日本冈山市长致信我市市长，感谢我市3月向冈山市捐赠的2万只口罩。", "洛阳")
    [gift] = [e for e in evs if e.type == "donation"]
    assert keys(gift.from_) == ["CN/Luoyang"] and keys(gift.to) == ["JP/Okayama"]
    assert gift.date.value == "2020-03" and [(i.item, i.quantity) for i in gift.items] == [("mask", 20000)]
    evs = events("会上，大分市长感谢厦门此前捐赠的1万只口罩。")
    assert any(e.type == "donation" and keys(e.from_) == ["CN/Xiamen"] for e in evs)


def test_goods_arrived_go_to_the_one_who_tells_of_them():
    [e] = events("大阪市政府15日证实，友好城市武汉市捐赠的3万只口罩已经运抵。")
    assert keys(e.from_) == ["CN/Wuhan"] and keys(e.to) == ["JP/Osaka"]
    [e] = events("温哥华市长证实，姐妹城市广州市政府赠送的3万只口罩已在上周交到市府。")
    assert keys(e.from_) == ["CN/Guangzhou"] and keys(e.to) == ["CA/Vancouver"]
    # (运抵首府X: the seat is where they landed; the state telling of them got them)
    [e] = events("犹他州州长18日在记者会上证实，友好省州浙江省捐赠的5万只口罩已于16日运抵首府盐湖城。")
    assert keys(e.from_) == ["CN/Zhejiang"] and keys(e.to) == ["US/Utah"]


def test_goods_that_came_with_the_same_batch_are_a_gift_of_their_own():
    [e] = events("同批运抵的还有哈尔滨市向友好城市新潟市赠送的1万只口罩。")
    assert keys(e.from_) == ["CN/Harbin"] and keys(e.to) == ["JP/Niigata"]
    [e] = events("同日运抵的，还有福州市赠送友好城市长崎市的1万只口罩。")
    assert keys(e.from_) == ["CN/Fuzhou"] and keys(e.to) == ["JP/Nagasaki"]


def test_gifts_being_got_ready_said_to_be_no_gift_or_letters_sent_are_not_donations():
    assert events("长崎市正在筹备向友好城市福州市捐赠防疫物资，首批物资预计下周启运。") == []
    assert events("浙江省向德国石勒苏益格州等友好省州捐赠物资的工作也在推进中。") == []
    assert events("日前有报道称南京向美国加州捐赠300台呼吸机，但南京方面表示，这批物资属商业订单，并非捐赠。") == []
    evs = events("奥克兰市议会2月通过决议，向宁波人民表达声援，并寄送了一封由全体议员签名的慰问信。")
    assert [e.type for e in evs] == ["message"]
    [e] = events("奥克兰市2月向宁波寄送了3000只口罩。")
    assert e.type == "donation"


def test_the_batches_just_told_arriving_are_no_total_of_their_own():
    evs = events("近日，成都市分别向日本冈山市、韩国光州市捐赠医用外科口罩各2万只，向美国檀香山市捐赠KN95口罩5000只，三批物资均已运抵当地。")
    assert sorted(e.type for e in evs) == ["donation"] * 3


def test_named_partners_one_after_another_without_a_total_are_one_act_each():
    evs = events("4月以来，成都已通过航空、铁路等渠道，陆续向日本冈山、韩国光州等友城送去防疫物资，其中向冈山捐赠的3万只口罩已于17日送达。")
    assert all(e.type == "donation" for e in evs)
    assert sorted(keys(e.to)[0] for e in evs) == ["JP/Okayama", "KR/Gwangju"]
    evs = events("深圳市第三人民医院专家此前已先后与大阪市立医院、釜山大学医院的医生举行两场视频交流会。")
    assert [e.type for e in evs] == ["consultation", "consultation"]
    # (with a total amount, it is still a claim to count)
    [agg] = events("截至目前，苏州已先后向日本冈山、韩国光州等友城送去口罩5万只。")
    assert agg.type == "aggregate"
    # (batches sent to countries one after another stay a tally of the city's aid)
    [agg] = events("自2月下旬起，一批批满载扬州市民心意的防疫物资陆续发往日本、泰国、秘鲁等急需的国家。")
    assert agg.type == "aggregate" and agg.of == "donation"


def test_a_place_said_to_lie_in_another_is_the_giver_not_a_place_where():
    [e] = events("同在江苏的无锡市亦于本周向日本友城丰川市寄出2万个口罩。")
    assert keys(e.from_) == ["CN/Wuxi"] and keys(e.to) == ["JP/Toyokawa"]


def test_the_first_part_of_a_gift_received_is_no_gift_of_its_own():
    evs = events("济南市向韩国水原市寄出3万个口罩。水原市表示，已收到首批2万个口罩，其余物资仍在清关中。")
    assert [[(i.item, i.quantity) for i in e.items] for e in evs] == [[("mask", 30000)]]
    [e] = events("仁川市表示，已收到首批来自天津的2万个口罩。")
    assert keys(e.from_) == ["CN/Tianjin"]


def test_acts_told_since_a_month_are_dated_by_that_month():
    # one act per named partner, told "since early March": the month it began, not the page's day
    out = events("3月上旬以来，湖北省卫生健康委分别与德国巴伐利亚州、意大利伦巴第大区卫生部门举行视频会议，交流救治经验。")
    assert {(e.type, e.date.value, e.date.qualifier) for e in out} == {("consultation", "2020-03", "approx")}
    # a total counted since then stands as of the page's day
    (total,) = events("3月以来，本市已先后向14个国际友城捐赠各类口罩31万只。", publisher="杭州市")
    assert (total.type, total.date.value, total.date.qualifier) == ("aggregate", "2020-03-31", "as_of")
