"""Places on the goods' way (where they left from, where they landed on the way) are no side of a gift."""
from zh_reading import events, keys


def _gift(text, publisher=None):
    [e] = [e for e in events(text, publisher) if e.type == "donation"]
    return keys(e.from_), keys(e.to)


def test_zh_the_city_a_flight_left_from_is_not_the_giver_the_gift_phrase_names():
    assert _gift("这批由云南省政府捐出的三万只口罩于5月上旬交由东方航空自昆明空运至曼谷，随后经公路运抵清迈府。") \
        == (["CN/Yunnan"], ["TH/Chiang Mai"])


def test_zh_the_capital_the_goods_left_from_gives_way_to_the_giver_told_before():
    out = events("陕西省外办22日称，陕西省已向友好州意大利托斯卡纳大区捐助8万只口罩。"
                 "这些口罩已于21日从省会西安启运，将于下周送达。")
    assert all(keys(e.from_) == ["CN/Shaanxi"] for e in out if e.type == "donation")


def test_zh_goods_landed_and_then_sent_on_to_two_prefectures_go_to_them():
    assert _gift("5月3日，浙江省捐赠的6万只口罩运抵日本东京成田机场，随后分别转运至友好县静冈县和长野县。") \
        == (["CN/Zhejiang"], ["JP/Nagano", "JP/Shizuoka"])


def test_zh_goods_landed_in_a_city_and_handed_out_by_the_prefecture_go_to_the_prefecture():
    assert _gift("湖南省政府赠送的两万只口罩6月1日搭乘国航货机运抵日本福冈，之后将由滋贺县厅分发给各医院。") \
        == (["CN/Hunan"], ["JP/Shiga"])


def test_zh_goods_landed_in_a_city_and_handed_over_to_the_state_go_to_the_state():
    assert _gift("5月9日，河南省捐赠的3万只口罩运抵法兰克福，中国驻法兰克福总领事与黑森州政府代表在机场举行交接。") \
        == (["CN/Henan"], ["DE/Hesse"])


def test_zh_a_depot_town_of_the_state_the_goods_go_on_to_is_on_their_way():
    assert _gift("5月上旬，湖北省政府捐赠的4万只口罩由南航从武汉运至旧金山，再经陆路转运至华盛顿州西雅图的物资仓库，由该州卫生部门分配。") \
        == (["CN/Hubei"], ["US/Washington"])


def test_zh_goods_sent_on_to_a_body_of_a_state_go_to_the_partner_state_the_sentence_names():
    assert _gift("四川和科罗拉多两地于1990年结好，6月初，四川省政府赠送的3万个口罩搭国航货机运抵旧金山，再转运至科州应急管理局。") \
        == (["CN/Sichuan"], ["US/Colorado"])


def test_zh_a_city_the_goods_reach_with_nothing_after_is_still_the_recipient():
    assert _gift("5月4日，青岛市捐赠的1万只口罩运抵韩国大邱。") == (["CN/Qingdao"], ["KR/Daegu"])


def _en_gift(text):
    from datetime import date

    from cityaid.clean import clean_text
    from cityaid.extract.en_events import extract_events_en
    [e] = [e for e in extract_events_en(clean_text(text), text, anchor=date(2020, 4, 30)) if e.type == "donation"]
    return keys(e.from_), keys(e.to)


def test_en_the_city_a_flight_came_from_is_not_the_giver_named_by_by():
    assert _en_gift("The cargo flight from Chengdu also carried 20 ventilators and 5,000 test kits donated by "
                    "the Chinese government, which were handed to Peru's health ministry at the airport.") == (["CN"], ["PE"])


def test_en_a_ferry_from_one_port_to_another_names_no_side():
    assert _en_gift("The consignment, carried by ship from Dalian to Busan Port, holds 30,000 KN95 masks sent by "
                    "Heilongjiang Province, the sister province of South Gyeongsang.") \
        == (["CN/Heilongjiang"], ["KR/South Gyeongsang"])


def test_en_the_city_a_plane_brought_goods_from_is_not_the_giver_the_sentence_opens_with():
    assert _en_gift("The Chinese Embassy donated 10,000 masks to Peru and helped arrange the plane that brought "
                    "the Sichuan supplies from Chengdu.") == (["CN"], ["PE"])


def test_en_goods_that_arrived_in_a_city_before_being_trucked_on_go_where_they_were_trucked():
    assert _en_gift("The masks were donated by Hubei Province and arrived in Los Angeles on Friday before being "
                    "trucked to Sacramento.") == (["CN/Hubei"], ["US/Sacramento"])


def test_en_masks_from_a_partner_city_still_come_from_it():
    assert _en_gift("On Monday Suzhou received 10,000 masks from Kanazawa.") == (["JP/Kanazawa"], ["CN/Suzhou"])


def test_zh_goods_landed_in_the_capital_of_the_state_named_before_it_go_to_the_state():
    out = events("湖北省政府捐赠的8万只口罩和5千套防护服12日运抵西澳大利亚州首府珀斯。西澳州卫生厅长当天在机场接收。")
    assert {tuple(keys(e.to)) for e in out if e.type == "donation"} == {("AU/Western Australia",)}


def test_zh_goods_trucked_on_to_a_depot_in_a_town_of_a_state_go_to_the_state():
    out = events("吉林省政府于5月中旬捐出的3万只口罩，先由南航从长春空运到旧金山，随后用货车运到华盛顿州塔科马市一处物流中心，"
                 "再由州政府分发。")
    assert {tuple(keys(e.to)) for e in out if e.type == "donation"} == {("US/Washington",)}


def test_zh_goods_landed_in_a_town_of_the_one_region_the_page_gave_to_go_to_that_region():
    out = events("辽宁省近日向友好州加拿大马尼托巴省捐赠口罩8万只。这批口罩已于本月3日运抵温尼伯国际机场，将配发给医院。")
    assert {tuple(keys(e.to)) for e in out if e.type == "donation"} == {("CA/Manitoba",)}


def test_zh_goods_landed_in_towns_of_the_two_regions_given_to_name_no_new_gift():
    out = events("近日，我省分别向友好省州美国华盛顿州、加拿大阿尔伯塔省捐赠口罩3万只和2万只。物资已搭乘货运航班运抵西雅图和卡尔加里。",
                 None)
    assert not any({"US/Seattle", "CA/Calgary"} & set(keys(e.to)) for e in out)


def test_en_goods_that_arrived_in_a_city_and_were_handed_over_to_a_prefecture_go_to_it():
    assert _en_gift("Besides, 40,000 masks donated by Hubei Province arrived in Osaka on May 2 and were handed over "
                    "to the Hyogo prefectural government.") == (["CN/Hubei"], ["JP/Hyogo"])


def test_en_goods_that_landed_at_another_town_of_the_partners_country_go_to_the_partner():
    assert _en_gift("Seville asked Qingdao for masks in March. A first load of 30,000 surgical masks from Qingdao "
                    "landed at Malaga on Friday.") == (["CN/Qingdao"], ["ES/Seville"])


def test_en_goods_that_landed_at_the_only_town_named_go_to_it():
    assert _en_gift("A first load of 30,000 surgical masks from Qingdao landed at Malaga on Friday.") \
        == (["CN/Qingdao"], ["ES/Malaga"])
