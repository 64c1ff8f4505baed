"""The clean step over the five development pages (skipped without ../shared)."""
import re
from pathlib import Path

import pytest

from cityaid.clean import clean_document
from cityaid.read import read_document

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="shared corpus not present")

PINYIN = re.compile(r"[(（]?[a-zA-Z\u00c0-\u024f\u0300-\u036f]*[\u00c0-\u024f\u0300-\u036f][a-zA-Z\u00c0-\u024f\u0300-\u036f]*[)）]")
SENTENCE = re.compile(r"[^。!?;\n]+[。!?;]")


def _seed(prefix):
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    doc = read_document(path)
    return doc, clean_document(doc)


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_offsets_map_back_to_the_original(prefix):
    doc, ct = _seed(prefix)
    assert len(ct.text) == len(ct.offsets) == len(ct.surface)
    assert all(doc.text[o] == ch for o, ch in zip(ct.offsets, ct.surface))
    assert list(ct.offsets) == sorted(set(ct.offsets))
    for start, end, reason in ct.removed:
        assert 0 <= start < end <= len(doc.text) and reason


@pytest.mark.parametrize("prefix", ["002", "003", "004"])
def test_no_pinyin_left(prefix):
    _, ct = _seed(prefix)
    assert not PINYIN.findall(ct.surface)
    assert "(友好组织)" in ct.text or prefix != "002"


def test_spam_gone_from_002():
    _, ct = _seed("002")
    for word in ("无码", "中文字幕", "久久", "在线播放"):
        assert word not in ct.text
    assert "市外办主任" in ct.text  # the last paragraph stays


def test_each_sentence_of_001_once():
    doc, ct = _seed("001")
    # the page prints its body twice: every sentence that stands there more
    # than once is body text, and must be kept exactly once
    sentences = {s.strip() for s in SENTENCE.findall(doc.text) if len(s.strip()) >= 12}
    repeated = {s for s in sentences if doc.text.count(s) >= 2 and "本网" not in s}  # not the notice
    assert len(repeated) > 20
    for s in repeated:
        assert ct.surface.count(s) == 1, s


def test_related_lists_and_recommendations_gone_from_003_004():
    for prefix, last_body in (("003", "醫療物資捐贈"), ("004", "特別峰會")):
        doc, ct = _seed(prefix)
        assert last_body in ct.surface
        tail = ct.surface[ct.surface.index(last_body):]
        assert not re.search(r"20\d\d-\d\d-\d\d \d\d:\d\d", tail)
        for cue in ("相關推薦", "最新聞", "責任編輯", "評論"):
            assert cue not in ct.surface


def test_headline_of_000_kept_once_and_copyright_gone():
    _, ct = _seed("000")
    assert ct.text.count("心手相牵 共克时艰") == 1
    assert "来源:黑龙江日报" in ct.text
    assert "法律责任" not in ct.text and "版权" not in ct.text
    assert "持续唱响" in ct.text
