"""A news-in-brief item: a heading line, then 甲市致信乙国丙州丁市，感谢该市此前捐赠N美元: the letter of thanks
and the sum it thanks for, however the heading above ends."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(*paras):
    doc = Document(doc_id="t", text="\n".join(paras), content_hash="x", published="2020-05-02")
    return extract_document(doc).events


def test_letter_and_thanked_sum_below_a_heading():
    evs = _events("■ 十堰去信美国友城", "\u3000\u3000十堰市日前去信美国加利福尼亚州弗雷斯诺市，感谢该市先前捐赠2万美元善款。")
    sides = {(e.type, tuple(a.key for a in e.from_), tuple(a.key for a in e.to)) for e in evs}
    assert ("message", ("CN/Shiyan",), ("US/Fresno",)) in sides
    gift = [e for e in evs if e.type == "donation" and [a.key for a in e.from_] == ["US/Fresno"]]
    assert gift and [a.key for a in gift[0].to] == ["CN/Shiyan"]
    assert gift[0].money and gift[0].money[0].amount == 20000 and gift[0].money[0].currency == "USD"
