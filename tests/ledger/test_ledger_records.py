"""Pure conversions from pipeline objects to ledger columns."""
from __future__ import annotations

import pytest
from ledger_factories import make_event

from cityaid.ledger.records import actor_key, cleaned_json, date_bounds, event_record, kept_ranges, new_actor_record
from cityaid.model import Actor, CleanText


@pytest.mark.parametrize("value, bounds", [
    ("2020", ("2020-01-01", "2020-12-31")),
    ("2020-02", ("2020-02-01", "2020-02-29")),
    ("2021-02", ("2021-02-01", "2021-02-28")),
    ("2020-03-10", ("2020-03-10", "2020-03-10")),
    ("2020-3-1", ("2020-03-01", "2020-03-01")),
    ("2020-02-30", (None, None)),
    ("2020-13", (None, None)),
    ("2020-02-E", (None, None)),
    ("", (None, None)),
    (None, (None, None)),
])
def test_date_bounds(value, bounds):
    assert date_bounds(value) == bounds


def test_kept_ranges_from_offsets():
    assert kept_ranges([0, 1, 2, 5, 6, 9]) == [[0, 3], [5, 7], [9, 10]]
    assert kept_ranges([0, 0, 1, 3]) == [[0, 2], [3, 4]]  # one original char expanded to two
    assert kept_ranges([]) == []
    assert cleaned_json(None) is None
    assert cleaned_json(CleanText(text="ab", offsets=[0, 4], removed=[(1, 4, "pinyin")])) == {
        "kept": [[0, 1], [4, 5]], "removed": [[1, 4, "pinyin"]]}


def test_actor_keys_and_rows():
    assert actor_key(Actor(key="JP/Hokkaido", name="北海道")) == "JP/Hokkaido"
    assert actor_key(Actor(name="某商会")) == "?/某商会"
    r = new_actor_record(Actor(key="CN/Chongqing/Shapingba", name="沙坪坝", level="district"))
    assert (r.key, r.name, r.level, r.country) == ("CN/Chongqing/Shapingba", "Shapingba", "district", "CN")
    r = new_actor_record(Actor(key="ORG/WHO", name="世卫组织", level="org"))
    assert (r.name, r.country) == ("WHO", None)
    r = new_actor_record(Actor(key="KR", name="韩国", level="country"))
    assert (r.name, r.country) == ("韩国", "KR")
    r = new_actor_record(Actor(name="a/b", level=None))
    assert (r.key, r.name, r.country) == ("?/a/b", "a/b", None)


def test_event_record_columns():
    e = make_event(date="2020-03", qualifier="approx", money=((100, "USD"),), medium=["letter", "video"],
                   kind="thanks", evidence_span=(4, 9), value={"amount": 2, "currency": "EUR", "qualifier": "over"})
    r = event_record(e, 3)
    assert (r.idx, r.type, r.date_value, r.date_qualifier, r.date_lo, r.date_hi) == (
        3, "donation", "2020-03", "approx", "2020-03-01", "2020-03-31")
    assert (r.span_start, r.span_end, r.medium, r.kind) == (4, 9, "letter,video", "thanks")
    assert r.payload == e.to_spec()
    assert [(i.item, i.quantity, i.unit) for i in r.items] == [("mask", 10000.0, "piece")]
    assert [(m.role, m.amount, m.currency, m.qualifier) for m in r.money] == [
        ("money", 100.0, "USD", None), ("value", 2.0, "EUR", "over")]
