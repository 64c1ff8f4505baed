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
