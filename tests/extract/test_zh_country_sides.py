"""Chinese sentences whose giver or receiver is a country: the party the text names, not where goods land."""
from datetime import date

from cityaid.clean import clean_text
from cityaid.extract.dedupe import dedupe
from cityaid.extract.events import extract_events
from cityaid.resolve import resolve_name

ANCHOR = date(2020, 4, 20)


def events(text, publisher=None):
    pub = resolve_name(publisher) if publisher else None
    return dedupe(extract_events(clean_text(text), text, publisher=pub, anchor=ANCHOR))


def keys(actors):
    return [a.key for a in actors]


def test_gift_named_for_a_country_lands_in_one_of_its_cities():
    evs = [e for e in events("成都市向西班牙捐赠的一批防疫物资，包括五万个医用口罩，日前搭乘航班运抵马德里。", "成都")
           if e.type == "donation"]
    assert evs and keys(evs[0].to) == ["ES"]


def test_gift_named_for_a_city_keeps_that_city():
    evs = [e for e in events("成都市向马德里捐赠的一批防疫物资，包括五万个医用口罩，日前搭乘航班运抵西班牙。", "成都")
           if e.type == "donation"]
    assert evs and keys(evs[0].to) == ["ES/Madrid"]


def test_a_states_gift_with_its_worth_is_no_restatement_of_a_provinces_gift():
    evs = [e for e in events("老挝政府3月向中方提供了价值20万美元的医疗物资，琅勃拉邦省也向西双版纳州捐赠了口罩和消毒液。")
           if e.type == "donation"]
    assert sorted(keys(e.from_)[0] for e in evs) == ["LA", "LA/Luang Prabang"]


def test_both_sides_of_a_meeting_named_together_as_its_subject():
    [e] = [e for e in events("马来西亚卫生部官员和中国国家卫健委专家本月初召开视频会议，交流防控经验。") if e.type == "consultation"]
    assert keys(e.from_) == ["CN"] and keys(e.to) == ["MY"]
    [e] = [e for e in events("名古屋市卫生部门官员和南京市专家上周举行视频会议，交流救治经验。") if e.type == "consultation"]
    assert keys(e.from_) == ["CN/Nanjing"] and keys(e.to) == ["JP/Nagoya"]


def test_goods_carried_to_a_partner_with_yunsong():
    [e] = [e for e in events("今年三月，奥地利政府曾经由北京向武汉运送一批呼吸机。") if e.type == "donation"]
    assert keys(e.from_) == ["AT"] and keys(e.to) == ["CN/Wuhan"]


def test_one_character_country_names_with_guo():
    [e] = [e for e in events("今年二月，葡国政府曾向湖北运送一批手套。") if e.type == "donation"]
    assert keys(e.from_) == ["PT"] and keys(e.to) == ["CN/Hubei"]
    assert resolve_name("菲国").key == "PH" and resolve_name("意国").key == "IT"


def test_the_ask_that_sent_a_team_told_in_reported_speech():
    [e] = [e for e in events("参赞在机场表示，医疗队是中国政府应老挝政府请求派出的，体现了两国友谊。") if e.type == "request"]
    assert keys(e.from_) == ["LA"] and keys(e.to) == ["CN"]
    assert not [e for e in events("参赞在机场表示，希望今后继续应对疫情挑战。") if e.type == "request"]


def test_gifts_from_many_unnamed_places_of_a_country_are_a_total():
    evs = events("疫情期间，湖南省先后收到来自德国多个州和城市的捐赠物资。")
    assert [e.type for e in evs] == ["aggregate"] and keys(evs[0].from_) == ["DE"]
    evs = events("疫情期间，湖南省收到来自德国的捐赠物资。")
    assert [e.type for e in evs] == ["donation"]


def test_letters_counted_in_jian_received_are_no_goods():
    evs = events("据统计，我市共收到来自法国、英国等5个国家8个友好城市的慰问函电20余件。", "无锡")
    assert len(evs) == 1 and evs[0].of == "message"
    evs = events("据统计，我市共收到来自法国、英国等5个国家8个友好城市的口罩20余万只。", "无锡")
    assert len(evs) == 1 and evs[0].of == "donation"
