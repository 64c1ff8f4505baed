"""Chinese: a gift told inside a noun phrase whose verb already carries 给 (A捐给B的口罩共N个，于某日起运),
two givers joined by 与 before the gift verb (A与B寄来的口罩…正在途中), and money handed over with 把…交给.
Own sentences."""
from zh_reading import events, keys


def _gifts(text):
    return [e for e in events(text) if e.type == "donation"]


def test_gift_phrase_with_given_to_verb_then_departure():
    [e] = _gifts("杭州市政府捐给波士顿的口罩共2万个，于5月12日起运，总值约3万美元。")
    assert keys(e.from_) == ["CN/Hangzhou"] and keys(e.to) == ["US/Boston"]


def test_gift_phrase_with_given_to_verb_traditional():
    [e] = _gifts("杭州市政府捐給波士頓的口罩共2萬個，於5月12日起運。")
    assert keys(e.from_) == ["CN/Hangzhou"] and keys(e.to) == ["US/Boston"]


def test_gift_phrase_sent_to_then_arrived():
    [e] = _gifts("南京市送给名古屋的防护服共3000套，已于4月20日运抵。")
    assert keys(e.from_) == ["CN/Nanjing"] and keys(e.to) == ["JP/Nagoya"]


def test_two_givers_joined_before_gift_verb_both_give():
    found = _gifts("费城市长表示，天津市与姊妹市南京市寄来的医用口罩和防护服正在途中。")
    assert found and sorted(k for e in found for k in keys(e.from_)) == ["CN/Nanjing", "CN/Tianjin"]
    assert all(keys(e.to) == ["US/Philadelphia"] for e in found)


def test_with_and_to_still_differ():
    [e] = _gifts("大阪市向友城上海市捐赠的口罩昨天运抵。")
    assert keys(e.from_) == ["JP/Osaka"] and keys(e.to) == ["CN/Shanghai"]


def test_money_handed_over():
    [e] = _gifts("4月3日，熊本县日中友好协会经中国驻福冈总领事，把约200万日元的支援金交给中国政府。")
    assert keys(e.from_) == ["JP/Kumamoto"] and keys(e.to) == ["CN"]
