"""Gift phrases, plans, teams and totals as Chinese reports tell them (issue 9 §2-3), on sentences
written for these tests (other places, other figures)."""
from datetime import date

import pytest

from cityaid.clean import clean_text
from cityaid.extract.dedupe import dedupe
from zh_reading import ANCHOR, events, keys  # noqa: F401 - the shared reader


def test_hui_before_an_act_is_a_plan():
    assert events("市长还说，横滨市会向上海市长致信，转达市民的谢意。") == []
    # a body whose name ends in 会 still acts
    [e] = events("4月2日，苏州市友好协会向池田市捐赠1万只口罩。")
    assert keys(e.to) == ["JP/Ikeda"]


def test_a_team_named_before_a_planned_departure_is_no_event():
    assert events("另据介绍，四川省组建的医疗专家组预计将于下周启程赴塞尔维亚。") == []


def test_a_bare_expert_team_on_its_way_is_a_medical_team():
    [e] = events("4月2日，由福建省组建的第二批专家组从福州出发前往意大利。")
    assert e.type == "medical_team" and keys(e.from_) == ["CN/Fujian"] and keys(e.to) == ["IT"]


def test_zizhiqu_alone_is_the_publishing_region():
    [e] = events("由自治区卫生健康委组建的10人医疗专家组于4月20日抵达乌兰巴托。", "内蒙古自治区")
    assert e.type == "medical_team" and keys(e.from_) == ["CN/Inner Mongolia"] and keys(e.to) == ["MN"]


def test_a_count_of_sister_cities_is_partners_not_goods():
    [e] = events("4月20日，嘉義市已分別向美國、日本共5個姊妹市撥贈口罩，總數約4萬片。")
    assert e.type == "aggregate" and [(i.item, i.quantity) for i in e.items] == [("mask", 40000)]


def test_the_airport_is_where_the_goods_landed_not_whom_they_are_for():
    [e] = events("常州市向友城德国埃森市捐赠的8千只口罩于4月6日运抵法兰克福机场。")
    assert keys(e.from_) == ["CN/Changzhou"] and keys(e.to) == ["DE/Essen"]


def test_an_agency_dateline_names_no_party():
    [e] = events("中国侨网4月9日电 据外事办消息，温州市向普拉托市捐赠的口罩已于4月8日运抵。")
    assert keys(e.from_) == ["CN/Wenzhou"]


def test_a_gift_phrase_with_yu_then_its_arrival_is_one_gift():
    [e] = events("天津市政府表示，该市捐赠予友好城市仁川广域市的3万个口罩，已于5日经海运送抵釜山港，再由陆路转运仁川。")
    assert keys(e.from_) == ["CN/Tianjin"] and keys(e.to) == ["KR/Incheon"]
    assert e.date.value == "2020-04-05"


def test_partner_province_noun_before_a_name_keeps_xiang():
    [e] = events("3月2日，日本石川縣亦向友好省份江蘇省贈送8000隻口罩。")
    assert keys(e.from_) == ["JP/Ishikawa"] and keys(e.to) == ["CN/Jiangsu"]


def test_these_goods_on_their_way_are_the_gift_told_before():
    out = events("4月9日，德國杜伊斯堡市接收友好城市武漢市捐贈的6萬隻口罩。據了解，這批物資4月5日從武漢啟運，經法蘭克福轉運抵達杜伊斯堡。")
    assert len([e for e in out if e.type == "donation"]) == 1


def test_goods_listed_between_the_gift_phrase_and_its_departure():
    [e] = events("山西省人民政府向埼玉縣捐贈的一批物資，包括口罩3萬個及防護服800套，4月6日由太原武宿機場發出。")
    assert keys(e.from_) == ["CN/Shanxi"] and keys(e.to) == ["JP/Saitama"] and e.date.value == "2020-04-06"


def test_the_teller_of_an_arrival_at_its_own_airport_got_the_gift():
    [e] = events("【本報訊】卑詩省府昨日證實，友好省份廣東省捐贈的20萬個口罩上周五（24日）運抵溫哥華國際機場。")
    assert keys(e.to) == ["CA/British Columbia"] and e.date.value == "2020-04-24"


def test_a_relative_day_dated_in_brackets_in_chinese_numerals():
    from cityaid.extract.dates import find_dates
    text = clean_text("今日（五日）經北京轉機運往里斯本").text
    assert [d.value for d in find_dates(text, date(2020, 4, 5))] == ["2020-04-05"]


def test_goods_that_travel_with_a_medical_team():
    out = events("4月2日，四川省組建的中國政府赴意大利抗疫醫療專家組抵達米蘭。同機運抵的還有呼吸機和防護服等一批醫療物資。")
    gift = [e for e in out if e.type == "donation"]
    # (the state's team made up by the province: its goods are the state's and the province's, as the team is)
    assert len(gift) == 1 and keys(gift[0].from_) == ["CN", "CN/Sichuan"] and keys(gift[0].to) == ["IT"]


def test_a_count_of_countries_named_by_region_is_no_goods():
    [e] = events("4月2日，浙江省向五个东欧国家捐赠了一批防疫物资，其中口罩共计20万只。")
    assert e.type == "aggregate" and all(i.quantity != 5 for i in e.items)


def test_a_comment_that_it_was_the_first_team_is_no_second_team():
    out = events("5月6日，福建省卫健委选派的12名医生组成的医疗专家组乘包机抵达米兰，这是我国向意大利派出的第三支专家组。")
    assert len(out) == 1 and out[0].type == "medical_team"
    out = events("5月6日，福建省卫健委选派的12名医生组成的医疗专家组乘包机抵达罗马，这是我省派出的首支医疗专家组。")
    assert len(out) == 1


def test_a_letter_named_as_a_noun_phrase_is_its_writers():
    [e] = events("5月8日，中国驻名古屋总领事出席活动，代为宣读了南京市市长致名古屋市长的慰问信。")
    assert keys(e.from_) == ["CN/Nanjing"] and keys(e.to) == ["JP/Nagoya"]


def test_aid_remembered_from_an_old_disaster_is_no_event():
    assert events("市长回忆说，2011年东日本大地震时，大连曾向北九州提供援助。") == []
    [e] = events("两市于2009年结为友好城市后，今年4月，釜山市向重庆市捐赠了口罩8000只。")
    assert keys(e.from_) == ["KR/Busan"]


def test_taiwan_words_of_planning():
    assert events("嘉義市府正在研議向美國姊妹市捐贈額溫槍。") == []
    assert events("未來縣府也規劃在疫情趨緩後向日本姊妹市提供防疫協助。") == []


def test_goods_with_a_team_told_in_the_same_sentence():
    out = events("4月3日，由江蘇省組建的中國政府赴巴基斯坦抗疫醫療專家組抵達伊斯蘭堡，同機運抵的還有一批呼吸機和口罩。")
    gift = [e for e in out if e.type == "donation"]
    assert len(gift) == 1 and keys(gift[0].from_) == ["CN", "CN/Jiangsu"] and keys(gift[0].to) == ["PK"]


def test_a_departure_told_by_a_spokesman_reads_the_gift_phrase():
    [e] = events("山西省外办表示，山西省人民政府向埼玉縣捐贈的一批物資，包括口罩3萬個，昨日（6日）由太原機場發出。")
    assert keys(e.from_) == ["CN/Shanxi"] and keys(e.to) == ["JP/Saitama"]


def test_the_part_sent_to_one_partner_arrived():
    out = events("嘉義市長表示，市府已陸續將共6萬片口罩撥贈美國、日本等5個姊妹市，其中送往日本松山市的1萬片口罩已於8日運抵。")
    part = [e for e in out if e.type == "donation"]
    assert part and keys(part[0].to) == ["JP/Matsuyama"] and part[0].items[0].quantity == 10000


def test_totals_to_partners_in_general():
    [e] = events("截至3月底，福建省已累计向全球20多个国家的友城捐赠口罩150余万只。")
    assert e.type == "aggregate" and keys(e.from_) == ["CN/Fujian"] and e.items[0].quantity == 1500000
    [f] = events("目前，我市已向国外友城捐赠医用口罩16万只。", "宁波市")
    assert f.type == "aggregate" and f.items[0].quantity == 160000
    assert events("截至目前，中国多个省市已向友好省市送去防疫物资。") == []


def test_partners_counted_as_the_subject_wrote_to_us():
    [e] = events("3月以来，先后有10多个国家的30多个友城向我市发来慰问信。", "宁波市")
    assert e.type == "aggregate" and keys(e.to) == ["CN/Ningbo"] and not e.from_


def test_the_one_asked_is_the_subject_before_ying():
    [e] = events("5月2日，国家卫健委应柬方请求，组建了第二支赴柬医疗队。")
    assert e.type == "request" and keys(e.from_) == ["KH"] and keys(e.to) == ["CN"]


def test_a_request_of_unnamed_countries_is_no_request():
    assert all(e.type != "request" for e in events("4月1日，应一些国家请求，中国政府陆续向海外派出医疗专家组。", "四川省"))


@pytest.mark.parametrize("text", [
    "意大利帕尔马市日前喜获宁波市捐赠的口罩8000只。",
    "意大利帕尔马市受赠宁波市口罩8000只。",
    "意大利帕尔马市政府签收了宁波市捐赠的8000只口罩。",
])
def test_less_common_receipt_verbs_turn_the_subject_into_the_recipient(text):
    [e] = events(text)
    assert keys(e.from_) == ["CN/Ningbo"] and keys(e.to) == ["IT/Parma"]


def test_song_shang_hands_goods_to_the_one_after_xiang():
    [e] = events("今年1月，光州市曾向南宁送上8000个口罩和300套防护服。")
    assert e.type == "donation" and keys(e.from_) == ["KR/Gwangju"] and keys(e.to) == ["CN/Nanning"]


@pytest.mark.parametrize("text", [
    "韩国光州市政府表示，南宁市捐赠的3万个口罩已于4日入境，并运抵光州。",
    "韩国光州市政府表示，姊妹城市中国南宁市捐赠的3万个口罩已于4日经金浦机场入境，并以货车运抵光州。",
])
def test_arrival_carried_on_after_the_gift_phrase_in_reported_speech(text):
    [e] = events(text)
    assert e.type == "donation" and keys(e.from_) == ["CN/Nanning"] and keys(e.to) == ["KR/Gwangju"]


def test_fa_yun_sends_goods_to_each_partner_after_xiang():
    found = events("4月3日，市外办还分别向意大利佩鲁贾市和西班牙萨拉戈萨市各发运医用口罩2万只。", "成都市")
    assert sorted(keys(e.to)[0] for e in found) == ["ES/Zaragoza", "IT/Perugia"]
    assert all(e.type == "donation" and keys(e.from_) == ["CN/Chengdu"] for e in found)
