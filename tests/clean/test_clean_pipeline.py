from hypothesis import given, settings
from hypothesis import strategies as st

from cityaid.clean import clean_document, clean_text
from cityaid.model import Document

GARBLED = "3月10日，鎮(zhèn)江市向友好城市韓國益山市寄(jì)出２萬只口罩(zhào)。"


def test_garbled_traditional_sentence_becomes_matchable_text():
    ct = clean_text(GARBLED)
    assert ct.text == "3月10日,镇江市向友好城市韩国益山市寄出2万只口罩。"
    assert ct.surface == "3月10日，鎮江市向友好城市韓國益山市寄出２萬只口罩。"
    start = ct.text.index("2万只口罩")
    o_start, o_end = ct.original_span(start, start + len("2万只口罩"))
    assert GARBLED[o_start:o_end] == "２萬只口罩"
    assert [r for *_, r in ct.removed] == ["pinyin"] * 3


def test_clean_document_uses_the_document_text():
    doc = Document(doc_id="x.txt", text=GARBLED, content_hash="0")
    assert clean_document(doc).text == clean_text(GARBLED).text


PIECES = ["鎮(zhèn)江", "捐贈", "口罩", "\n", "首页 | 新闻 | 国际 | 专题", "（套）", "２０２０-03-24 20:59 国际",
          "分享", "久久", "无码", "中文字幕|", "，", "。", "相关推荐", "韓國益山市", "友城", " "]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=60))
def test_offsets_always_point_at_the_surface_characters(pieces):
    text = "".join(pieces)
    ct = clean_text(text)
    assert len(ct.text) == len(ct.offsets) == len(ct.surface)
    assert all(text[o] == ch for o, ch in zip(ct.offsets, ct.surface))
    assert list(ct.offsets) == sorted(set(ct.offsets))
    kept = set(ct.offsets)
    for start, end, _ in ct.removed:
        assert 0 <= start < end <= len(text)
        assert not any(start <= o < end for o in kept)
    # every original character is either kept or inside a removed span
    removed = {i for start, end, _ in ct.removed for i in range(start, end)}
    assert kept | removed == set(range(len(text)))
