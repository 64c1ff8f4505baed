"""first_char_guard: the guarded pattern finds exactly what the pattern alone finds."""
import random
import re

from cityaid.clean.fastre import first_char_guard, trie_alternation


def _same(source: str, texts: list[str], flags: int = 0) -> None:
    plain, guarded = re.compile(source, flags), re.compile(first_char_guard(source, flags), flags)
    for t in texts:
        a = [(m.span(), m.group(), m.lastgroup) for m in plain.finditer(t)]
        b = [(m.span(), m.group(), m.lastgroup) for m in guarded.finditer(t)]
        assert a == b, t


def test_guard_reads_the_first_characters():
    assert first_char_guard("ab|c[de]") == "(?=[ac])(?:ab|c[de])"
    assert first_char_guard("(?P<p0>寄给[^,]{0,4}?信)|送(?:达|往)").startswith("(?=[寄送])")


def test_guard_left_out_where_the_start_is_unknown():
    for source in (r"\w+市", "[^,]信", "(?i:x)y", "^甲", "a?", "(?:甲|乙)?丙*", "x|y?", r"(?:并|还)?\w"):
        assert first_char_guard(source) == source


def test_guard_reads_past_an_optional_start():
    assert first_char_guard("a?b") == "(?=[ab])(?:a?b)"
    assert first_char_guard("(?:并|还|也|同时)?带去(?:了)?").startswith("(?=[也同带并还])")
    assert first_char_guard("(?:甲|乙?)丙|丁").startswith("(?=[丁丙乙甲])")
    assert first_char_guard("(?P<p0>寄给.{0,3}信)|(?:又)*送").startswith("(?=[又寄送])")


def test_same_matches_on_mixed_text():
    rng = random.Random(3)
    alphabet = "赠送寄给致以感谢慰问信函口罩万只，。,、甲乙丙 NnKk95"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(400)]
    _same("(?P<p0>致以[^,，。]{0,4}?(?:感谢|慰问))|(?P<p1>寄给[^,，。]{1,6}?的信)|" + trie_alternation(["赠送", "送", "捐"]), texts)
    _same(trie_alternation(["n95", "口罩", "kn95"], head=lambda ch: r"(?<![A-Za-z0-9])" if ch.isascii() else ""),
          texts, re.IGNORECASE)
    _same("(?P<p0>(?:并|还|也|同时)?带去(?:了)?(?=[感谢慰问]{1,4}?信))|(?P<p1>(?:致以)?[口罩]{1,2}?万只)|送?给", texts)
