"""The trigger scan read in two halves (gapped phrases, then words) finds what the joined pattern finds."""
from __future__ import annotations

from cityaid.extract.triggers import _matches, _pattern


def test_trigger_scan_in_two_halves_equals_the_joined_pattern():
    sentences = [
        "3月2日,甲市向友城乙市捐赠5000只口罩,并致以诚挚的慰问。",  # a word, then a gapped phrase
        "丙省省长表达了衷心的感谢,表示将继续合作。",  # a gapped phrase first
        "丁市与戊市举行视频会议,分享疫情防控和救治经验,派出医疗专家组。",
        "没有任何触发词的一句话。",
        "",
    ]
    text = "\n".join(sentences)
    spans = [(0, len(text))] + [(a, b) for a in range(0, len(text), 7) for b in range(a, len(text) + 1, 11)]
    for a, b in spans:
        joined = [(m.span(), m.lastgroup, m.group()) for m in _pattern().finditer(text, a, b)]
        halves = [(m.span(), m.lastgroup, m.group()) for m in _matches(text, a, b)]
        assert halves == joined


def test_both_halves_keep_their_first_character_guard():
    # (speed) a row whose start the guard cannot read (one that may match the empty string, a negated class
    # first) leaves its whole half trying every phrase at every position of a page
    from cityaid.extract.triggers import _parts

    gapped, words = _parts()
    assert gapped is None or gapped.pattern.startswith("(?=[")
    assert words.pattern.startswith("(?=[")
