"""Chinese: an ask recalled with 曾 inside reported speech ("市长说，甲市在2月初曾请乙协助提供防疫物资") happened;
a wish that the named side could supply ("曾希望乙能供应一批防护服") is an ask; money granted to buy goods for a
named side ("拨款N元，通过红十字会为乙购买防疫物资") is a gift of the granting side."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(*paras, published="2020-04-29"):
    out = extract_document(Document(doc_id="t", text="\n\n".join(paras), content_hash="x", published=published,
                                    title="友城互助"))
    return [(e.type, [a.key for a in e.from_], sorted(a.key for a in e.to)) for e in out.events]


def test_recalled_ask_in_speech_traditional():
    got = _events("維也納市長在視訊會議中說，維也納在2月初曾請成都協助提供防疫物資，成都很快就回應了。")
    assert ("request", ["AT/Vienna"], ["CN/Chengdu"]) in got
    assert not any(t == "donation" and f == ["AT/Vienna"] for t, f, _ in got)


def test_bare_recalled_ask_names_no_one_asked():
    got = _events("里昂市府表示，友城廣州曾請求提供防護服，但庫存不足，未能滿足。")
    assert not any(t == "request" for t, _, _ in got)


def test_wish_that_named_side_could_supply():
    got = _events("據悉，里昂的友城廣州曾希望里昂能供應一批防護服；里昂市府表示庫存不足。")
    assert ("request", ["CN/Guangzhou"], ["FR/Lyon"]) in got


def test_speaker_hoping_to_supply_is_no_ask():
    got = _events("成都市长表示，我们希望能提供更多帮助。")
    assert not any(t == "request" for t, _, _ in got)


def test_money_granted_to_buy_goods_through_red_cross():
    got = _events("里爾與成都自2005年結為友城。今年2月成都疫情吃緊後，里爾市政府曾撥款3萬歐元，通過法國紅十字會向成都購買防疫物資。")
    assert ("donation", ["FR/Lille"], ["CN/Chengdu"]) in got


def test_money_granted_to_buy_for_simplified():
    got = _events("格拉茨市政府拨款2万欧元，为成都采购防护用品。")
    assert ("donation", ["AT/Graz"], ["CN/Chengdu"]) in got


def test_association_with_a_states_bodies_gives_as_that_state():
    got = _events("布里斯本華人社團新聞", "會長表示，早在3月初，同鄉會已聯同昆士蘭州多個僑團募得善款3萬澳元，採購防護物資寄往成都。")
    assert ("donation", ["AU/Queensland"], ["CN/Chengdu"]) in got


def test_association_with_bodies_told_plainly():
    got = _events("布里斯本華人社團新聞", "同鄉會聯同昆士蘭州多個社團，向成都捐贈口罩2萬個。")
    assert ("donation", ["AU/Queensland"], ["CN/Chengdu"]) in got
