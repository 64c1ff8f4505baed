import pytest
from hypothesis import given
from hypothesis import strategies as st

from cityaid.clean.offsets import MappedText, merge_spans

spans_strategy = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=8)


@given(st.text(max_size=60), st.lists(spans_strategy, max_size=4))
def test_any_sequence_of_deletions_maps_back(original, rounds):
    mt = MappedText.identity(original)
    for spans in rounds:
        mt = mt.delete_spans([(min(a, b), max(a, b)) for a, b in spans])
        surface = mt.surface(original)
        assert len(surface) == len(mt.text)
        for i, ch in enumerate(mt.text):
            assert original[mt.offsets[i]] == ch == surface[i]
        assert list(mt.offsets) == sorted(set(mt.offsets))


@given(st.text(max_size=40), spans_strategy)
def test_deleted_characters_are_exactly_the_covered_ones(original, spans):
    spans = [(min(a, b), max(a, b)) for a, b in spans]
    mt = MappedText.identity(original).delete_spans(spans)
    covered = {i for a, b in spans for i in range(a, min(b, len(original)))}
    assert list(mt.offsets) == [i for i in range(len(original)) if i not in covered]


def test_map_chars_keeps_offsets_and_refuses_length_changes():
    mt = MappedText.identity("a(b)c").delete_spans([(1, 4)])
    up = mt.map_chars(str.upper)
    assert up.text == "AC" and list(up.offsets) == [0, 4]
    with pytest.raises(ValueError):
        mt.map_chars(lambda s: s + "x")


def test_to_original_and_slice():
    original = "ab(zhèn)cdef"
    mt = MappedText.identity(original).delete_spans([(2, 8)])
    assert mt.text == "abcdef"
    assert mt.to_original([(1, 3, "x")]) == [(1, 9, "x")]
    assert mt.slice(2, 4).text == "cd" and list(mt.slice(2, 4).offsets) == [8, 9]


def test_merge_spans():
    assert merge_spans([(5, 7), (0, 2), (1, 3), (7, 9), (4, 4)]) == [(0, 3), (5, 9)]
