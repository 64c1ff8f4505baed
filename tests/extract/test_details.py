"""A gift told in one sentence takes the goods listed in the next one."""
from __future__ import annotations

from cityaid.extract.details import fill_detail_items
from cityaid.model import CleanText, Event, ItemQty


def _clean(text: str) -> CleanText:
    return CleanText(text=text, offsets=list(range(len(text))), surface=text)


def _gift(text: str, sentence: str, items=()) -> Event:
    a = text.index(sentence)
    return Event(type="donation", evidence=sentence, evidence_span=(a, a + len(sentence)), items=list(items),
                 **{"from": [], "to": []})


def test_chinese_detail_sentence():
    text = "甲市向友城乙市捐赠防疫物资的仪式9日举行。物资包括护目镜、隔离衣和检测试剂等,箱上写着祝福。"
    (e,) = fill_detail_items([_gift(text, "甲市向友城乙市捐赠防疫物资的仪式9日举行", [ItemQty(item="supplies")])],
                             _clean(text))
    assert [i.item for i in e.items] == ["goggles", "protective_suit", "test_kit"]


def test_english_detail_sentence_with_amounts():
    text = ("Tartu County has shipped medical supplies to Weinan, its partner city.\n\n"
            "The consignment of 15,000 surgical masks and 300 pairs of gloves left on Friday.")
    (e,) = fill_detail_items([_gift(text, "Tartu County has shipped medical supplies to Weinan, its partner city",
                                    [ItemQty(item="supplies")])], _clean(text), [(0, len(text))])
    assert [(i.item, i.quantity) for i in e.items] == [("medical_mask", 15000), ("gloves", 300)]


def test_specific_goods_of_the_act_are_kept_and_other_sentences_ignored():
    text = "甲市向乙市捐赠了2万只口罩。物资包括防护服。"
    gift = _gift(text, "甲市向乙市捐赠了2万只口罩", [ItemQty(item="mask", quantity=20000, unit="piece")])
    assert fill_detail_items([gift], _clean(text)) == [gift]
    text2 = "甲市向乙市捐赠了物资。市长表示感谢,并称需要防护服。"
    gift2 = _gift(text2, "甲市向乙市捐赠了物资", [ItemQty(item="supplies")])
    assert fill_detail_items([gift2], _clean(text2)) == [gift2]
