"""A gift phrase with no giver of its own (捐赠给B的口罩), handed over by an office or a consulate: the one
who told it in the clause before (A市政府表示,…) gave it, not the office that carried it."""
from tests.extract.test_events import events, keys


def gifts(text, pub=None):
    return [e for e in events(text, pub) if e.type == "donation"]


def test_teller_gave_the_goods_a_consulate_handed_over():
    [e] = gifts("洛阳市政府今天表示，捐赠给日本友城冈山的3万片医疗口罩，已于当地时间20日由中国驻大阪总领事馆交到冈山市府手中。")
    assert keys(e.from_) == ["CN/Luoyang"] and keys(e.to) == ["JP/Okayama"]


def test_teller_gave_the_goods_an_office_handed_over_in_traditional_script():
    [e] = gifts("台南市政府昨天宣布，捐贈給美國姊妹市鳳凰城的8萬片口罩，已由駐鳳凰城台北經濟文化辦事處處長交到市府手中。")
    assert keys(e.from_) == ["TW/Tainan"] and keys(e.to) == ["US/Phoenix"]


def test_gift_phrase_with_its_own_giver_keeps_it():
    [e] = gifts("一批合肥市援助德国奥斯纳布吕克的口罩，由中国驻汉堡总领事馆交到奥斯纳布吕克市政府手中。")
    assert keys(e.from_) == ["CN/Hefei"]
