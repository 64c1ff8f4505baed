"""Chinese constructions read as the genre writes them (issue 9), on sentences written for these tests."""

from cityaid.clean import clean_text
from cityaid.extract.dedupe import dedupe
from cityaid.extract.events import extract_events
from cityaid.model import Event
from cityaid.pipeline import extract_document
from cityaid.model import Document


def run(text: str, published: str | None = "2020-05-20"):
    return extract_document(Document(doc_id="t.txt", text=text, content_hash="t", published=published)).events


def keys(actors):
    return sorted(a.key for a in actors)


def test_a_total_over_many_partners_names_those_its_shares_name_next():
    # (the total was claimed over the partners its shares name: they are its receivers, each share its own gift)
    evs = run("截至5月10日，无锡市已向9个国家的15个友好城市捐赠口罩30万只。"
              "其中，无锡市分别向韩国大邱市、日本丰川市各捐赠口罩2万只。")
    [total] = [e for e in evs if e.type == "aggregate"]
    assert sorted(keys(total.to)) == ["JP/Toyokawa", "KR/Daegu"]
    assert sorted(k for e in evs if e.type == "donation" for k in keys(e.to)) == ["JP/Toyokawa", "KR/Daegu"]


def test_goods_sent_to_a_transit_city_then_on_go_to_the_partner():
    evs = run("4月2日，无锡市向意大利友城佛罗伦萨捐赠口罩2万只，物资经北京发往米兰后转运佛罗伦萨。")
    assert [(e.type, keys(e.to)) for e in evs] == [("donation", ["IT/Florence"])]


def test_a_video_message_told_as_a_noun_phrase():
    [e] = run("5月6日，大邱市市长在一段发给青岛市民的视频中说，感谢青岛的帮助。")
    assert e.type == "message" and keys(e.from_) == ["KR/Daegu"] and keys(e.to) == ["CN/Qingdao"]


def test_a_new_paragraphs_bare_masks_are_not_the_kind_named_before():
    evs = run("3月2日，无锡市向丰川市捐赠N95口罩1万只。\n\n回顾2月，丰川市向无锡市捐赠了6000只口罩。")
    back = next(e for e in evs if keys(e.from_) == ["JP/Toyokawa"])
    assert [(i.item, i.quantity) for i in back.items] == [("mask", 6000)]


def _ev(**kw) -> Event:
    return Event.model_validate({"type": "donation", "from": [{"key": "CN/Wuxi", "name": "无锡"}], **kw})


def test_a_count_over_all_partners_and_a_named_handful_are_two_totals():
    many = _ev(type="aggregate", of="donation", to=[], partners_count=25,
               items=[{"item": "mask", "quantity": 300000}])
    few = _ev(type="aggregate", of="donation", date={"value": "2020-03", "qualifier": "approx"},
              to=[{"key": k, "name": k} for k in ("KR/Daegu", "JP/Toyokawa", "IT/Florence")],
              items=[{"item": "mask"}])
    assert len(dedupe([many, few])) == 2


def test_goods_reported_arrived_now_are_the_gift_told_before():
    gift = _ev(to=[{"key": "JP/Toyokawa", "name": "丰川市"}], date={"value": "2020-03", "qualifier": "approx"},
               items=[{"item": "mask", "quantity": 20000}])
    status = _ev(to=[{"key": "JP", "name": "日本"}], date={"value": "2020-05-20", "qualifier": "as_of"},
                 items=[{"item": "supplies"}])
    [one] = dedupe([gift, status])
    assert one.date.value == "2020-03" and keys(one.to) == ["JP/Toyokawa"]
    second = _ev(to=[{"key": "JP", "name": "日本"}], date={"value": "2020-05-20", "qualifier": "as_of"},
                 items=[{"item": "mask", "quantity": 8000}])
    assert len(dedupe([gift, second])) == 2


def test_a_gift_phrase_then_its_arrival_after_a_comma():
    [e] = run("5月2日，友好城市丰川市捐赠的8000只口罩和500套防护服，4日抵达无锡硕放机场。")
    assert e.type == "donation" and keys(e.from_) == ["JP/Toyokawa"] and keys(e.to) == ["CN/Wuxi"]
    assert e.date.value == "2020-05-04"


def test_a_letter_that_asks_whether_the_partner_can_help_is_a_request():
    [e] = run("2月9日，丰川市长致函无锡市长，询问能否帮忙采购防护服。")
    assert e.type == "request" and keys(e.from_) == ["JP/Toyokawa"] and keys(e.to) == ["CN/Wuxi"]
    [f] = run("2月9日，丰川市长致信无锡，希望无锡在医疗物资方面给予援助。")
    assert f.type == "request" and keys(f.from_) == ["JP/Toyokawa"]


def test_meetings_held_in_turn_with_named_partners_are_one_each():
    evs = run("4月8日和9日，无锡市卫健委先后与德国汉堡、荷兰鹿特丹的医生举行视频会议。")
    assert sorted((e.type, keys(e.to)[0]) for e in evs) == [("consultation", "DE/Hamburg"),
                                                             ("consultation", "NL/Rotterdam")]
    [total] = run("4月9日，无锡市先后与汉堡、鹿特丹等城市举行视频会议。")
    assert total.type == "aggregate"


def test_a_bracketed_reporters_byline_names_no_party():
    evs = run("【本报记者 李华 维也纳报道】4月3日，无锡市捐赠给友好城市林茨市的1万只口罩运抵维也纳机场。")
    assert [(keys(e.from_), keys(e.to)) for e in evs] == [(["CN/Wuxi"], ["AT/Linz"])]


def test_together_with_is_not_a_counterpart_marker():
    evs = run("3月3日，无锡市收到丰川市捐赠的6000只口罩。随口罩一同寄来的还有丰川市长的亲笔慰问信。")
    [m] = [e for e in evs if e.type == "message"]
    assert keys(m.from_) == ["JP/Toyokawa"] and keys(m.to) == ["CN/Wuxi"]


def test_a_letter_sent_with_the_goods_takes_the_gifts_date():
    evs = run("4月6日，无锡市向丰川市捐赠的1万只口罩运抵丰川。\n\n3月下旬，丰川市曾致函无锡市，询问能否提供口罩。"
              "据悉，无锡方面还随物资附上了一封市长签名的慰问信。")
    [m] = [e for e in evs if e.type == "message"]
    assert keys(m.to) == ["JP/Toyokawa"] and m.date.value == "2020-04-06"


def test_the_speakers_own_gift_told_inside_a_quotation():
    [e] = run("丰川郡守接受访问时说：「今年2月我们向无锡送去了3000个口罩，没想到这么快就收到了回礼。」")
    assert e.type == "donation" and keys(e.from_) == ["JP/Toyokawa"] and keys(e.to) == ["CN/Wuxi"]
    assert e.date.value == "2020-02" and [(i.item, i.quantity) for i in e.items] == [("mask", 3000)]
    assert run("丰川市长说：“我们将向无锡寄出5000只口罩。”") == []


def test_taiwan_and_hong_kong_words():
    [e] = run("4月7日，台中市政府宣布，市府共准备3万片医疗口罩，分送日本友好城市丰川市及金泽市。")
    assert e.type == "donation" and keys(e.to) == ["JP/Kanazawa", "JP/Toyokawa"]
    [m] = run("4月7日，丰川市长录制加油影片，为无锡市民打气。")
    assert m.type == "message" and m.medium == "video" and keys(m.to) == ["CN/Wuxi"]
    [g] = run("4月7日，无锡的姊妹市丰川市向无锡捐赠了5000片口罩。")
    assert keys(g.from_) == ["JP/Toyokawa"] and keys(g.to) == ["CN/Wuxi"]


def test_goods_on_their_way_told_in_speech_are_sent():
    evs = run("4月5日，芝加哥市长说，沈阳市和芝加哥的姐妹城市上海市正分别向芝加哥寄送防护服。")
    assert sorted(keys(e.from_)[0] for e in evs if e.type == "donation") == ["CN/Shanghai", "CN/Shenyang"]


def test_the_speakers_own_words_of_sympathy_quoted():
    [m] = run("3月4日，法国里昂市市长写道：「在这段不容易的日子里，我谨代表全市向无锡人民致以慰问。」")
    assert m.type == "message" and keys(m.from_) == ["FR/Lyon"] and keys(m.to) == ["CN/Wuxi"]
    text = "里昂市长说：“我们将向无锡致以慰问。”"
    assert extract_events(clean_text(text), text) == []  # (a plan, in the event reader's own terms)


def test_a_gift_told_in_speech_whose_next_clause_says_it_left():
    evs = run("4月20日，台中市新闻局表示，市府也分别致赠姊妹市美国俄勒冈州波特兰市及德州奥斯汀市各5000片口罩，已于本月中旬寄出。")
    assert sorted(keys(e.to)[0] for e in evs if e.type == "donation") == ["US/Austin", "US/Portland"]


def test_a_team_formed_by_the_national_commission_and_chosen_by_a_province_is_sent_by_both():
    evs = run("应老挝政府请求，由国家卫健委组建、贵州省卫健委选派的中国赴老挝抗疫医疗专家组3月29日飞抵万象。")
    [team] = [e for e in evs if e.type == "medical_team"]
    assert keys(team.from_) == ["CN", "CN/Guizhou"] and keys(team.to) == ["LA"]
    [ask] = [e for e in evs if e.type == "request"]
    assert keys(ask.from_) == ["LA"] and "CN" in keys(ask.to)


def test_a_taiwanese_agency_date_after_the_editors_line_dates_the_page():
    evs = run("（中央社记者某某东京21日专电）台中市政府捐赠给友好城市日本岐阜县的2万片医疗用口罩，今天上午送抵岐阜县厅。"
              "\n台中市长表示，将视友好城市疫情发展再评估。（编辑：某某）1090421", published=None)
    [e] = evs
    assert e.date.value == "2020-04-21" and [(i.item, i.quantity) for i in e.items] == [("medical_mask", 20000)]


def test_a_later_clause_naming_the_gift_again_dates_it():
    evs = run("为支援丰川抗疫，无锡市向丰川市捐赠了8000只医用外科口罩。由于出口手续繁多，无锡市做了大量协调工作，"
              "这批捐赠最终于4月9日运抵丰川。")
    [e] = [e for e in evs if e.type == "donation"]
    assert e.date.value == "2020-04-09"


def test_a_handover_of_masks_is_the_gift_of_surgical_masks_told_before():
    gift = _ev(to=[{"key": "JP/Toyokawa", "name": "丰川市"}],
               items=[{"item": "medical_mask", "quantity": 8000}, {"item": "n95_mask", "quantity": 500}])
    handover = _ev(to=[{"key": "JP/Toyokawa", "name": "丰川市"}], date={"value": "2020-04-09", "qualifier": "on"},
                   items=[{"item": "supplies"}, {"item": "mask"}])
    [one] = dedupe([gift, handover])
    assert one.date.value == "2020-04-09" and sorted(i.item for i in one.items) == ["medical_mask", "n95_mask"]


def test_a_gift_sent_as_encouragement_is_no_message():
    evs = run("4月7日，无锡市准备了3万只口罩，分送丰川市及金泽市，作为疫情期间的打气礼物。")
    assert [e.type for e in evs] == ["donation"]


def test_taiwan_words_for_a_video_meeting():
    [e] = run("3月24日，无锡市卫生局与丰川市医师公会视讯连线，介绍防疫做法。")
    assert e.type == "consultation" and keys(e.to) == ["JP/Toyokawa"]
    [f] = run("5月8日，无锡专家又与丰川市的医生举行了一个半小时的影片交流。")
    assert f.type == "consultation"


def test_support_declared_is_no_gift():
    evs = run("3月4日，丰川市长致函无锡市政府，表示全力支援。")
    assert [e.type for e in evs] == ["message"]
    evs = run("3月4日，无锡市长表示，抗疫取得成效，离不开丰川市各界的支援和帮助。")
    assert [e for e in evs if e.type == "donation"] == []


def test_a_foreign_state_named_again_by_its_first_character_and_zhou():
    evs = run("无锡和俄勒冈州1990年结好。4月3日，无锡市捐出的口罩2万只先运到洛杉矶，之后转运至俄州应急管理办公室。")
    assert [keys(e.to) for e in evs if e.type == "donation"] == [["US/Oregon"]]
    evs = run("4月3日，俄亥俄州接收了无锡市捐赠的口罩。5日，俄州州长致信无锡表示感谢。")
    [m] = [e for e in evs if e.type == "message"]
    assert keys(m.from_) == ["US/Ohio"]


def test_goods_bought_with_help_and_the_boxes_of_a_gift_are_no_gift():
    assert run("4月9日，这批由无锡帮助采购的口罩已经送达开罗。") == []
    assert [e.type for e in run("早在2011年，无锡就与丰川结为友好城市，这次的捐赠物资箱上写着两市的友好标语。")] == []


def test_taiwans_representative_office_and_today_in_a_wire_story():
    evs = run("（中央社记者某某纽约10日专电）驻休斯敦台北经济文化办事处今天把其中5万片口罩转交德克萨斯州政府。",
              published="2020-04-11")
    [e] = evs
    assert keys(e.from_) == ["TW"] and keys(e.to) == ["US/Texas"] and e.date.value == "2020-04-10"


def test_a_letter_sent_with_the_goods_is_the_letter_quoted_after():
    evs = run("3月27日，无锡市捐赠的5万只口罩运抵丰川市。与口罩一起寄到的还有无锡市长写给丰川市长的一封信。"
              "无锡市长在信中对丰川面临的疫情表示慰问。")
    assert len([e for e in evs if e.type == "message"]) == 1


def test_a_paragraph_wrapped_at_a_fixed_width_is_read_as_sentences():
    para = ("3月2日，无锡市向友好城市丰川市捐赠了医用口罩2万只和防护服500套，物资已于当天从上海浦东机场启运。"
            "丰川市长在给无锡市长的回信中表示衷心感谢，并表示两市友谊历久弥新。4月1日，丰川市向无锡市回赠了消毒液300瓶。")
    wrapped = "\n".join(para[i:i + 24] for i in range(0, len(para), 24))
    whole, cut = run(para), run(wrapped)
    assert len(cut) >= len(whole) - 1 and {e.type for e in cut} == {e.type for e in whole}


def test_ordinary_pages_have_no_wrapped_breaks():
    from cityaid.extract.units import wrapped_breaks
    page = "无锡向丰川捐赠口罩\n\n3月2日，无锡市向丰川市捐赠了口罩。\n上一条：无锡召开会议\n下一条：丰川市长来信致谢\n"
    assert wrapped_breaks(page) == frozenset()


def test_a_giver_before_for_and_a_described_partner_is_not_the_partners_possessor():
    [e] = run("4月8日，无锡市为疫情形势严峻的日本友城丰川市捐赠了抗疫物资。")
    assert keys(e.from_) == ["CN/Wuxi"] and keys(e.to) == ["JP/Toyokawa"]


def test_a_district_written_after_its_city_is_the_party():
    evs = run("4月8日，无锡市致信日本丰川市、韩国大邱广域市东区厅等友城，表达问候。")
    assert sorted(keys(e.to)[0] for e in evs if e.type == "message") == ["JP/Toyokawa", "KR/Daegu/Dong-gu"]


def test_the_date_a_tie_was_founded_dates_neither_the_page_nor_its_acts():
    evs = run("丰川市捐给无锡的2万只口罩今天已经发出。\n\n丰川市和无锡市在1987年6月6日结为友好城市。", published=None)
    [e] = evs
    assert e.date is None or e.date.value.startswith("2020")
    from cityaid.extract.dates import find_publication_date
    assert find_publication_date("丰川市和无锡市在1987年6月6日结为友好城市。") is None


def test_gifts_told_clause_by_clause_keep_their_own_figures():
    evs = run("5月6日，江苏省等向友好省县日本爱知县捐赠的7万只口罩交付爱知县。其中，江苏省政府捐赠5万只，"
              "无锡市捐赠1.5万只，江苏省友协向爱知县日中友好协会捐赠5000只。")
    gifts = sorted((keys(e.from_)[0], e.items[0].quantity) for e in evs if e.type == "donation")
    assert gifts == [("CN/Jiangsu", 5000), ("CN/Jiangsu", 50000), ("CN/Wuxi", 15000)]


def test_that_city_is_one_named_before_its_clause_not_the_clauses_subject():
    evs = run("应美国波特兰市请求，无锡市于4月2日向该市捐赠了5万只口罩。")
    [g] = [e for e in evs if e.type == "donation"]
    assert keys(g.from_) == ["CN/Wuxi"] and keys(g.to) == ["US/Portland"]


def test_days_listed_before_meetings_held_in_turn_go_one_to_each_partner():
    evs = run("4月8日和9日，无锡市卫健委先后与德国汉堡、荷兰鹿特丹的医生举行视频会议。")
    assert sorted((keys(e.to)[0], e.date.value) for e in evs) == [("DE/Hamburg", "2020-04-08"),
                                                                  ("NL/Rotterdam", "2020-04-09")]


def test_the_provinces_health_commission_is_the_province_and_a_counting_office_is_no_party():
    from cityaid.resolve import resolve_name
    text = "3月26日，省卫生健康委组织医院专家，与巴伐利亚州卫生部门专家举行视频会议。"
    evs = extract_events(clean_text(text), text, publisher=resolve_name("湖南省"))
    assert [(keys(e.from_), keys(e.to)) for e in evs] == [(["CN/Hunan"], ["DE/Bavaria"])]
    text = "据省外事办统计，截至3月2日，来自海外友城的捐助已累计到位，包括医用口罩约40万只。"
    evs = extract_events(clean_text(text), text, publisher=resolve_name("湖南省"))
    assert [(e.type, keys(e.from_), keys(e.to)) for e in evs] == [("aggregate", [], ["CN/Hunan"])]


def test_that_state_is_the_state_named_before_its_clause():
    [m] = [e for e in run("5月9日，美国华盛顿州州长致信无锡市长，感谢无锡市为该州送来3万只口罩。") if e.type == "message"]
    assert keys(m.from_) == ["US/Washington"] and keys(m.to) == ["CN/Wuxi"]
    [g] = run("5月3日，美国俄亥俄州州长在记者会上宣布，该州已收到无锡市捐赠的2万只口罩。")
    assert keys(g.from_) == ["CN/Wuxi"] and keys(g.to) == ["US/Ohio"]


def test_a_mayor_named_by_a_long_transliterated_name_is_not_the_papers_mayor():
    from cityaid.extract.actors import gather
    from cityaid.resolve import resolve_name
    text = "意大利维罗纳市向温州捐赠了口罩。\n\n5月2日，萨尔瓦托雷蒂市长对这家公司表达了谢意。"
    refs = gather(clean_text(text).text, resolve_name("温州市"))
    assert not any(r.key == "CN/Wenzhou" and "市长" in r.name for r in refs)


def test_the_two_cities_are_the_pair_named_just_before():
    [e] = run("无锡市人民政府外事办公室\n无锡与日本丰川市于1987年结为友好城市。4月10日，两市卫生部门举行视频会议，交流疫情防控经验。")
    assert e.type == "consultation" and keys(e.from_) == ["CN/Wuxi"] and keys(e.to) == ["JP/Toyokawa"]


def test_that_foundation_is_the_foreign_body_named_with_its_place():
    evs = run("武汉市人民政府外事办公室\n记者获悉，美国波特兰市慈善机构“某某基金会”为武汉募集的物资已经启运。这也是这家基金会第二次向武汉提供帮助。"
              "此前，该基金会捐赠的第一批5万只口罩已于2月20日运抵武汉。")
    firsts = [e for e in evs if e.date is not None and e.date.value == "2020-02-20"]
    assert [(e.type, keys(e.from_), keys(e.to)) for e in firsts] == [("donation", ["US/Portland"], ["CN/Wuhan"])]


def test_thanks_in_the_sentence_of_the_gift_from_its_recipient():
    evs = run("4月9日，台中市政府将2万片医疗口罩转赠友好城市美国波特兰市，波特兰市长去函感谢。")
    [m] = [e for e in evs if e.type == "message"]
    assert keys(m.from_) == ["US/Portland"] and keys(m.to) == ["TW/Taichung"]


def test_asking_whether_one_side_can_provide_for_another():
    from cityaid.resolve import resolve_name
    text = "4月2日，俄勒冈州一所大学来信询问我省能否给该州提供口罩。"
    evs = extract_events(clean_text("美国俄勒冈州疫情持续蔓延。" + text), "美国俄勒冈州疫情持续蔓延。" + text,
                         publisher=resolve_name("江苏省"))
    [r] = [e for e in evs if e.type == "request"]
    assert keys(r.from_) == ["US/Oregon"] and keys(r.to) == ["CN/Jiangsu"]


def test_a_titled_person_followed_by_ji_is_named_for_later_mentions():
    evs = run("3月21日，迎接专家组的是匈牙利总理奥班及两位部长。奥班和专家们逐一握手，借此向中国政府和人民表示感谢。")
    [m] = [e for e in evs if e.type == "message"]
    assert keys(m.from_) == ["HU"] and keys(m.to) == ["CN"]
