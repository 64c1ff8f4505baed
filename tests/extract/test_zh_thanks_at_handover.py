"""Thanks at a handover (sentences written for these tests): the mayor named by office alone who thanks
the giver at a reception ceremony, in the sentence that tells the gift, sends a message; attending the
handover ceremony of a gift told just before is no second gift."""
from cityaid.model import Document
from cityaid.pipeline import extract_document, spec_events


def _events(*paras):
    doc = Document(doc_id="t", content_hash="x", text="\n\n".join(paras), title=None, published="2020-04-29")
    return spec_events(extract_document(doc))


def _side(e, k):
    return sorted(a["key"] for a in e[k])


def test_thanks_at_a_reception_ceremony_in_the_gift_sentence_are_a_message():
    es = _events("成都市早前向友城孟菲斯捐赠的5万个口罩，日前运抵孟菲斯，市长斯特里克兰（Jim Strickland）"
                 "昨日（28日）在市政厅举行简短接收仪式，感谢成都的慷慨支持。")
    [m] = [e for e in es if e["type"] == "message"]
    assert _side(m, "from") == ["US/Memphis"] and _side(m, "to") == ["CN/Chengdu"]


def test_attending_the_handover_of_a_gift_told_before_is_no_second_gift():
    es = _events("成都市向友城美国田纳西州孟菲斯市捐赠的5万个口罩，已于20日在孟菲斯机场完成交接。"
                 "孟菲斯市长出席交接仪式，感谢成都「在困难时刻伸出援手」。")
    assert len([e for e in es if e["type"] == "donation"]) == 1
    [m] = [e for e in es if e["type"] == "message"]
    assert _side(m, "from") == ["US/Memphis"]


def test_words_that_the_kindness_is_not_forgotten_are_thanks():
    es = _events("今年2月，孟菲斯友好委员会向成都寄去一批防护手套。",
                 "成都市外办官员在视讯中向孟菲斯表示，「你们2月的帮助，成都人没有忘记」。")
    [m] = [e for e in es if e["type"] == "message"]
    assert _side(m, "from") == ["CN/Chengdu"] and _side(m, "to") == ["US/Memphis"]
