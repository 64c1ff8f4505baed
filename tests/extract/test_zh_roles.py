"""Chinese event roles (who gives, who receives) on sentences written for these tests."""
from zh_reading import events, keys


def test_each_with_goods_named_before_the_amount_is_one_gift_per_recipient():
    out = events("5月2日，绍兴市向日本富山市、德国汉诺威市各捐赠医用口罩2万只。")
    assert sorted(keys(e.to)[0] for e in out) == ["DE/Hanover", "JP/Toyama"]
    assert all(keys(e.from_) == ["CN/Shaoxing"] and e.items[0].quantity == 20000 for e in out)


def test_gift_phrase_with_giver_recipient_and_count_is_the_act():
    [e] = events("5月6日，昆明市向缅甸仰光市捐赠的3万只口罩从长水机场出发。")
    assert e.type == "donation" and keys(e.from_) == ["CN/Kunming"] and keys(e.to) == ["MM/Yangon"]
    [f] = events("车上装着的是兰州市向蒙古国乌兰巴托市捐赠的4万只口罩。")
    assert keys(f.from_) == ["CN/Lanzhou"] and keys(f.to) == ["MN/Ulaanbaatar"]


def test_thanks_for_a_gift_named_as_a_noun_is_no_gift():
    out = events("4月9日，仓敷市政府向镇江表达了衷心的感谢，感谢镇江的慷慨捐赠。")
    assert [e.type for e in out] == ["message"]


def test_goods_named_again_as_the_time_of_what_follows_are_no_new_gift():
    out = events("2月初，丰川市向无锡捐赠口罩5000只。这批物资运抵后，无锡市长致信丰川市表示感谢。")
    assert [e.type for e in out].count("donation") == 1


def test_arrival_of_a_gift_phrase_takes_its_giver_not_a_later_subject():
    out = events("由大阪府友好省份江苏省捐赠的20万只口罩，周二经包机运抵关西机场，大阪府健康医疗部随即接收。", "江苏省")
    gifts = [e for e in out if e.type == "donation"]
    assert len(gifts) == 1
    assert keys(gifts[0].from_) == ["CN/Jiangsu"] and keys(gifts[0].to) == ["JP/Osaka"]


def test_that_city_is_not_the_city_it_acts_on():
    out = events("德国杜伊斯堡市长在信中感谢武汉送来的口罩。他说，今年2月该市曾向武汉寄出一批防护服。", "武汉")
    gifts = [e for e in out if e.type == "donation"]
    assert [(keys(e.from_), keys(e.to)) for e in gifts] == [(["DE/Duisburg"], ["CN/Wuhan"])]


def test_the_one_that_carries_goods_on_is_no_giver():
    [e] = events("西安市向拉合尔捐赠的3万只口罩已于5日运抵伊斯兰堡，并由巴方转运至拉合尔。", "西安")
    assert keys(e.from_) == ["CN/Xi'an"] and keys(e.to) == ["PK/Lahore"]


def test_goods_said_to_be_a_gift_of_one_party_to_another():
    [e] = events("这批物资是青岛市赠予大邱市的，包括2万只口罩和300套防护服。")
    assert keys(e.from_) == ["CN/Qingdao"] and keys(e.to) == ["KR/Daegu"]


def test_unquantified_gifts_to_partners_in_different_countries_are_one_each():
    out = events("4月9日，芜湖市向日本高知市、德国汉诺威市等友城寄去了口罩。", "芜湖")
    assert sorted(keys(e.to)[0] for e in out) == ["DE/Hanover", "JP/Kochi"]
    [one] = events("4月9日，芜湖市向日本高知市、德国汉诺威市共寄去口罩2万只。", "芜湖")
    assert keys(one.to) == ["DE/Hanover", "JP/Kochi"]


def test_goods_handed_to_a_body_after_a_warehouse_town_go_to_that_body():
    [e] = events("5月上旬，江西省政府捐赠的3万只医用口罩从南昌运至芝加哥，再经陆路转运至威斯康星州密尔沃基的物资仓库，"
                 "交由该州卫生厅分配给各县。", "江西省")
    assert keys(e.from_) == ["CN/Jiangxi"] and keys(e.to) == ["US/Wisconsin"]


def test_the_partner_word_is_the_one_partner_its_paragraph_names():
    [e] = events("镇江与韩国益山市于1998年结为友好城市。3月5日，我市向友城捐赠口罩5000只。", "镇江")
    assert keys(e.from_) == ["CN/Zhenjiang"] and keys(e.to) == ["KR/Iksan"]
    [f] = events("镇江与韩国益山市于1998年结为友好城市。2月，益山市向对方捐赠口罩5000只。", "镇江")
    assert keys(f.from_) == ["KR/Iksan"] and keys(f.to) == ["CN/Zhenjiang"]


def test_the_one_handing_over_a_gift_phrase_is_no_giver():
    [e] = events("中国驻大阪总领事将镇江捐赠的口罩转交仓敷市。")
    assert keys(e.from_) == ["CN/Zhenjiang"] and keys(e.to) == ["JP/Kurashiki"]


def test_a_foreign_place_named_again_without_its_suffix():
    out = events("2月，韩国丽水市向我市捐赠口罩3000只。4月初，我市筹集的1万只医用口罩运抵丽水。", "杭州")
    assert [(keys(e.from_), keys(e.to)) for e in out] == [(["KR/Yeosu"], ["CN/Hangzhou"]), (["CN/Hangzhou"], ["KR/Yeosu"])]


def test_goods_leaving_by_a_border_post_and_handed_into_a_partners_hands():
    out = events("2月，蒙古国色楞格省向我市捐赠口罩。5月初，我市筹集的医用口罩2万只经二连浩特口岸出境，"
                 "在苏赫巴托交到色楞格省卫生局手中。", "乌兰察布")
    assert [(keys(e.from_), keys(e.to)) for e in out] == [(["MN/Selenge"], ["CN/Ulanqab"]), (["CN/Ulanqab"], ["MN/Selenge"])]


def test_a_ceremony_where_words_were_said_is_no_second_gift():
    out = events("5月3日，仁川市市长在交接仪式上表示，感谢天津送来的口罩。", "天津")
    assert [e.type for e in out if e.type == "donation"] == []


def test_gift_phrase_with_the_recipient_after_the_verb_and_a_count():
    [e] = events("长沙市政府赠送给圣保罗的物资共有口罩3万只、防护服500套。", "长沙")
    assert keys(e.from_) == ["CN/Changsha"] and keys(e.to) == ["BR/Sao Paulo"]


def test_goods_said_to_be_aboard_as_one_partys_gift_to_another():
    [e] = events("4月初，一架货机从广州飞往内罗毕，机上就有湖南为肯尼亚捐赠的物资。", "湖南省")
    assert keys(e.from_) == ["CN/Hunan"] and keys(e.to) == ["KE"]


def test_a_chinese_city_named_in_full_is_named_again_bare_after_an_arrival_verb():
    out = events("德国小城魏玛收到了中国友好城市浙江省绍兴市寄来的口罩。今年2月，魏玛市寄出的两箱口罩送达绍兴，支援当地抗疫。")
    assert (["DE/Weimar"], ["CN/Shaoxing"]) in [(keys(e.from_), keys(e.to)) for e in out]


def test_the_party_named_with_you_before_a_receipt_verb_is_the_recipient():
    [e] = events("4月2日，温州市捐赠的2万只口罩由普拉托市政府接收。")
    assert keys(e.from_) == ["CN/Wenzhou"] and keys(e.to) == ["IT/Prato"]


def test_thanks_go_to_the_one_thanked_not_to_the_one_its_act_was_for():
    [e] = [x for x in events("5月9日,新潟市长在信中感谢哈尔滨市向新潟市捐赠的8000只口罩。") if x.type == "message"]
    assert keys(e.from_) == ["JP/Niigata"] and keys(e.to) == ["CN/Harbin"]
    [f] = events("冈山县知事感谢南昌市为冈山县送来的防护服。")
    assert keys(f.from_) == ["JP/Okayama"] and keys(f.to) == ["CN/Nanchang"]


def test_a_closed_at_frame_does_not_make_the_next_name_a_place_of_the_act():
    # 在会上 / 在信中 ends before the name: the name after the verb is the counterpart
    [e] = events("6月3日,横滨市长在会上感谢上海市的帮助。")
    assert keys(e.from_) == ["JP/Yokohama"] and keys(e.to) == ["CN/Shanghai"]


def test_the_way_the_goods_take_through_a_city_of_the_partners_country_is_no_second_gift():
    [e] = events("其中,向法国南特市捐赠的1万只口罩5月6日从武汉启运,经里昂转运至巴黎。", "武汉")
    assert keys(e.from_) == ["CN/Wuhan"] and keys(e.to) == ["FR/Nantes"]


def test_goods_in_use_at_a_place_were_given_by_the_one_before_the_gift_phrase():
    [e] = events("西班牙马德里的医院里,使用着青岛市捐赠的15台呼吸机,这批设备于5月初运抵。")
    assert keys(e.from_) == ["CN/Qingdao"] and keys(e.to) == ["ES/Madrid"]


def test_goods_that_will_be_raised_are_a_plan():
    out = events("富山县知事致电辽宁省省长表达慰问,并表示富山县民众将募集物资送往辽宁。")
    assert [e.type for e in out] == ["message"]


def test_the_province_a_city_lies_in_speaks_for_itself():
    out = events("武汉市3月下旬向德国友好城市杜伊斯堡送出2万个口罩,杜伊斯堡所在的北莱茵-威斯特法伦州卫生部表示感谢。", "武汉")
    [m] = [e for e in out if e.type == "message"]
    assert keys(m.from_) == ["DE/North Rhine-Westphalia"] and keys(m.to) == ["CN/Wuhan"]


def test_a_chinese_mission_named_again_bare_is_china():
    out = events("5月8日,驻里约热内卢总领馆向巴西尼泰罗伊市转交了济南市捐赠的口罩。当天,总领馆还向里约热内卢州政府捐赠了3000只N95口罩。", "济南")
    gifts = [e for e in out if e.type == "donation" and e.items and e.items[0].quantity == 3000]
    assert [keys(e.from_) for e in gifts] == [["CN"]]


def test_that_association_is_the_one_named_with_its_city():
    [e] = events("总部位于波特兰的非营利组织“东方之桥基金会”表示,该会捐给友好城市苏州的首批5万个医用口罩,已于3月4日运抵苏州。")
    assert keys(e.from_) == ["US/Portland"] and keys(e.to) == ["CN/Suzhou"]


def test_one_gift_to_one_partner_sent_in_parts_is_no_total_and_dates_from_its_first_day():
    [e] = events("5月3日至9日,我市陆续向美国加州圣何塞市寄送医用手套3万副。", "徐州")
    assert e.type == "donation" and keys(e.to) == ["US/San Jose"] and e.date.value == "2020-05-03"


def test_a_gift_thanked_for_with_its_figure_is_a_gift_where_the_page_tells_it_nowhere_else():
    out = events("5月6日,日本鸟取县知事致信吉林省省长,感谢吉林省捐赠的2万只口罩。")
    assert sorted(e.type for e in out) == ["donation", "message"]
    [g] = [e for e in out if e.type == "donation"]
    assert keys(g.from_) == ["CN/Jilin"] and keys(g.to) == ["JP/Tottori"] and g.items[0].quantity == 20000
    told = events("4月上旬,吉林省向鸟取县捐赠了2万只口罩。5月6日,鸟取县知事致信吉林省省长,感谢吉林省捐赠的2万只口罩。")
    assert sorted(e.type for e in told) == ["donation", "message"]


def test_the_airline_that_carries_the_goods_and_the_city_they_land_in_are_no_gift():
    [e] = events("长沙市向法国友城斯特拉斯堡市捐赠2万只口罩,由法国航空运抵巴黎。", "长沙")
    assert keys(e.from_) == ["CN/Changsha"] and keys(e.to) == ["FR/Strasbourg"]


def test_one_act_told_by_a_month_then_a_day_of_that_month_takes_the_day():
    [e] = events("今年3月,日本松山市向我市捐赠的8000只口罩,于3月17日运抵。", "平泽")
    assert e.date.value == "2020-03-17"


def test_recently_is_counted_back_from_the_day_the_sentence_is_told_on():
    [e] = events("记者5月12日从市外办获悉,常州市日前向德国明登市捐赠了1万只口罩。", "常州")
    assert e.date.value == "2020-05-12"


def test_a_mayor_named_with_a_date_right_after_still_stands_for_the_city_later():
    text = ("昂热市长克里斯托夫·贝谢5月上旬曾致函我市,希望获得防护服方面的支援。\n"
            "洛阳市捐赠昂热市的5000套防护服近日已运抵当地。\n"
            "“你们的帮助来得正是时候,昂热人民铭记在心。”贝谢在给洛阳市长的信中写道。")
    msgs = [e for e in events(text, "洛阳") if e.type == "message"]
    assert [(keys(e.from_), keys(e.to)) for e in msgs] == [(["FR/Angers"], ["CN/Luoyang"])]


def test_the_two_cities_that_wrote_are_the_two_partners_named_just_before():
    out = events("高雄市分别致赠美国奥兰多市、日本松江市各5000片口罩,市长说,高雄疫情期间也收到两市的关怀信函。")
    msgs = [e for e in out if e.type == "message"]
    assert sorted(keys(e.from_)[0] for e in msgs) == ["JP/Matsue", "US/Orlando"]
    assert all(keys(e.to) == ["TW/Kaohsiung"] for e in msgs)


def test_goods_the_team_carried_are_a_gift_to_where_it_went():
    out = events("4月12日,云南医疗专家组抵达老挝万象。专家组还携带了云南捐赠的呼吸机、防护服等医疗物资。")
    gifts = [e for e in out if e.type == "donation"]
    assert [(keys(e.from_), keys(e.to)) for e in gifts] == [(["CN/Yunnan"], ["LA"])]


def test_a_small_town_in_a_part_of_its_state_is_the_party_and_goods_to_be_handed_on_are_no_gift():
    out = events("美国密歇根州北部小城马凯特(Marquette)日前收到来自中国吉林省的1万片口罩,将分送当地诊所。")
    assert [(keys(e.from_), keys(e.to)) for e in out] == [(["CN/Jilin"], ["US/Marquette"])]


def test_goods_brought_by_a_team_from_the_chinese_side_go_to_the_country_it_reached():
    out = events("6日，由甘肃省组建的中国政府赴乌兹别克斯坦医疗专家组一行7人抵达塔什干，并带去中方捐赠的一批呼吸机和检测试剂。")
    gifts = [e for e in out if e.type == "donation"]
    assert [(keys(e.from_), keys(e.to)) for e in gifts] == [(["CN"], ["UZ"])]
