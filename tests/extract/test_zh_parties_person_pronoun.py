"""Chinese 他/她 opening a sentence after a titled person: the pronoun stands for that person's place."""
from datetime import date

from cityaid.clean import clean_text
from cityaid.extract.dedupe import dedupe
from cityaid.extract.events import extract_events

ANCHOR = date(2020, 4, 20)


def sides(text, kind):
    evs = dedupe(extract_events(clean_text(text), text, publisher=None, anchor=ANCHOR))
    return [([a.key for a in e.from_], [a.key for a in e.to]) for e in evs if e.type == kind]


def test_she_after_a_coordinator_asks_for_masks():
    text = ("这批口罩能送到俄州，源于俄亥俄州立大学国际项目主任怀特（Anna White）的牵线。"
            "上月她听说俄州医院手套短缺，便写信给山东省外办，请山东帮忙提供一批手套。")
    assert (["US/Ohio"], ["CN/Shandong"]) in sides(text, "request")


def test_he_is_the_caller_not_the_one_called():
    text = "里昂市长日前致电武汉市长。他对武汉人民表示慰问。"
    got = sides(text, "message")
    assert got and all(f == ["FR/Lyon"] for f, _t in got)


def test_he_as_a_speaker_gives_no_act_of_his_own():
    text = "中国驻名古屋总领事出席了交接仪式。他表示，武汉封城时爱知县民众曾慷慨解囊。"
    assert (["CN"], ["JP"]) not in sides(text, "message")
