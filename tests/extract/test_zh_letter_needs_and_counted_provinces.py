"""Chinese requests whose goods are told in the letter's words, a request told inside someone else's words,
and a list of provinces counted in digits with where they lie (sentences written for these tests)."""
from zh_reading import events, keys


def _requests(out):
    return [(keys(e.from_), keys(e.to), sorted(i.item for i in e.items)) for e in out if e.type == "request"]


def test_needs_told_in_the_letter_are_the_goods_asked_for():
    out = events("5月3日，市外办收到老挝万象市通过中国驻老挝大使馆转来的求助信。"
                 "万象市市长在信中表示，当地医院和社区工作者急需医用手套和防护服，希望昆明给予支持。")
    assert _requests(out) == [(["LA/Vientiane"], ["CN/Kunming"], ["gloves", "protective_suit"])]
    assert [e for e in out if e.type == "message"] == []  # (the letter's words are the request, no second act)


def test_hope_for_support_after_a_need_is_a_request():
    out = events("万象市市长表示，当地医院急需医用手套，希望昆明给予支持。")
    assert _requests(out) == [(["LA/Vientiane"], ["CN/Kunming"], ["gloves"])]


def test_a_request_told_inside_a_ministry_s_words_is_the_place_s():
    out = events("外交部指出，静冈县日前透过驻日代表处表示，县内医疗用口罩不足，希望台湾协助。")
    assert _requests(out) == [(["JP/Shizuoka"], ["TW"], ["medical_mask"])]


def test_provinces_counted_in_digits_are_the_receivers_not_goods():
    out = events("截至5月6日，云南省已向越南河江、谅山、高平3个边境省份捐赠医用口罩20万只、防护服5000套。")
    gifts = [e for e in out if e.type in ("donation", "aggregate")]
    assert len(gifts) == 1
    assert keys(gifts[0].to) == ["VN/Cao Bang", "VN/Ha Giang", "VN/Lang Son"]
    assert sorted((i.item, i.quantity) for i in gifts[0].items) == [("medical_mask", 200000), ("protective_suit", 5000)]
