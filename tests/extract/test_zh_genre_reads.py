"""Chinese gift reports read by their genre (gift phrases as subjects, receipts about to come, shares),
each on sentences written for the test."""
from datetime import date

from cityaid.clean import clean_text
from cityaid.extract.dedupe import dedupe
from cityaid.extract.events import extract_events
from cityaid.resolve import resolve_name

ANCHOR = date(2020, 4, 20)


def events(text: str, publisher: str | None = None):
    pub = resolve_name(publisher) if publisher else None
    return dedupe(extract_events(clean_text(text), text, publisher=pub, anchor=ANCHOR))


def keys(actors):
    return [a.key for a in actors]


def gifts(text: str, publisher: str | None = None):
    return sorted((keys(e.from_), keys(e.to), sorted(i.quantity for i in e.items if i.quantity))
                  for e in events(text, publisher) if e.type == "donation")


def test_gift_phrase_closed_by_its_count_names_the_giver_of_the_arrival():
    text = "韩国媒体透露,友城大邱市捐赠的首批医用口罩共六万个,已于9日下午抵达青岛。"
    assert (["KR/Daegu"], ["CN/Qingdao"]) in [(f, t) for f, t, _ in gifts(text)]


def test_receipt_about_to_come_of_goods_already_sent_is_a_gift():
    text = "仁川即将收到烟台人民政府赠送的4万个口罩,这批价值近6万美元的口罩已在12日寄出。"
    assert (["CN/Yantai"], ["KR/Incheon"]) in [(f, t) for f, t, _ in gifts(text)]


def test_receipt_about_to_come_alone_stays_a_plan():
    assert gifts("仁川即将收到烟台人民政府赠送的4万个口罩。") == []


def test_shares_told_after_the_departure_go_to_each_recipient():
    text = "一批由我市捐赠的防护服共四千套,已于4月2日从青岛流亭机场启运,大邱市、仁川市分别获赠2000套。"
    got = gifts(text, "青岛")
    assert (["CN/Qingdao"], ["KR/Daegu"], [2000]) in got and (["CN/Qingdao"], ["KR/Incheon"], [2000]) in got


def test_receipt_whose_giver_the_next_clause_names_with_you():
    text = "加利福尼亚州昨天接收了其中5万片,由中国驻洛杉矶总领事馆代为转赠。"
    assert (["CN"], ["US/California"]) in [(f, t) for f, t, _ in gifts(text)]


def test_gift_whose_hand_over_the_next_clause_names_with_you():
    text = "其中6万片昨天转赠给加利福尼亚州,由中国驻洛杉矶总领事馆与州政府办理交接。"
    assert (["CN"], ["US/California"]) in [(f, t) for f, t, _ in gifts(text)]


def test_partner_named_by_its_tie_opens_the_clause_and_gives_with_others():
    text = "”省外办负责人介绍,我省的友好省县日本冈山县,与日本华人商会、侨胞联谊会一道,捐赠了8000只口罩,于2月20日送达我省。"
    assert (["JP/Okayama"], ["CN/Jiangxi"]) in [(f, t) for f, t, _ in gifts(text, "江西")]


def test_two_cities_joined_by_yu_each_send():
    text = "大邱市长透露,中国青岛市与友城烟台已分别寄出防护服和口罩,目前正在运往大邱途中。"
    got = [(f, t) for f, t, _ in gifts(text)]
    assert (["CN/Qingdao"], ["KR/Daegu"]) in got and (["CN/Yantai"], ["KR/Daegu"]) in got
    assert not any(t == ["CN/Yantai"] for _, t in got)


def test_the_earlier_batch_told_after_a_count_of_batches_is_a_gift():
    text = "这已是烟台向大邱市赠送的第三批防疫物资,首批4万只口罩和80支体温枪早在3月已移交大邱市卫生部门。"
    assert (["CN/Yantai"], ["KR/Daegu"]) in [(f, t) for f, t, _ in gifts(text)]


def test_count_of_batches_alone_is_no_new_gift():
    assert gifts("这已是烟台向大邱市赠送的第三批防疫物资。") == []


def test_cleft_after_the_goods_names_who_gave_them():
    text = "昨天运出的,另有一批6000只防护口罩,是友城大邱市赠给青岛的。"
    assert (["KR/Daegu"], ["CN/Qingdao"]) in [(f, t) for f, t, _ in gifts(text)]
