"""export_jsonl: the spec's JSON Lines, one line per document, round-tripping the stored events."""
from __future__ import annotations

import io
import json

from ledger_factories import make_doc, make_event

from cityaid.model import Event


def as_json(event: Event) -> dict:
    """The spec dict as it reads back from JSON (tuples become lists)."""
    return json.loads(json.dumps(event.to_spec()))


def test_export_round_trips_spec_dicts(ledger):
    a_events = [make_event(), make_event(type="message", items=(), date=None, medium=["letter", "web"],
                                         kind="thanks", evidence="「感謝信」")]
    b_events = [make_event(type="aggregate", of="donation", partners_count=10, items=(("mask", 2.5e5, "piece"),),
                           money=((1.5e8, "CNY"),), value={"amount": 72452, "currency": "JPY"},
                           evidence_span=(3, 17))]
    ledger.store(make_doc("b.txt", text="b"), None, b_events)
    ledger.store(make_doc("a.txt", text="a"), None, a_events)
    ledger.store(make_doc("empty.txt", text="nothing here"), None, [])

    out = io.StringIO()
    assert ledger.export_jsonl(out) == 3
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [ln["doc"] for ln in lines] == ["a.txt", "b.txt", "empty.txt"]
    assert lines[0]["events"] == [as_json(e) for e in a_events]
    assert lines[1]["events"] == [as_json(e) for e in b_events]
    assert lines[2]["events"] == []
    # spec dicts re-validate to the same events, and amounts keep their integer form
    assert [Event.model_validate(d) for d in lines[1]["events"]] == b_events
    assert lines[1]["events"][0]["evidence_span"] == [3, 17]
    assert lines[1]["events"][0]["money"] == [{"amount": 150000000, "currency": "CNY"}]
    assert "\\u" not in out.getvalue()  # UTF-8, not escapes
    assert lines[0]["events"][1]["evidence"] == "「感謝信」"


def test_export_adds_canonical_where_set(ledger):
    ledger.store(make_doc("a.txt", text="a"), None, [make_event(), make_event(type="message", items=())])
    ledger.store(make_doc("b.txt", text="b"), None, [make_event(evidence="另一报道")])
    ids = {(r.doc_id, r.idx): r.id for r in ledger.iter_events()}
    ledger.set_canonical({ids[("a.txt", 0)]: "fact-1", ids[("b.txt", 0)]: "fact-1"})
    out = io.StringIO()
    ledger.export_jsonl(out)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [e.get("canonical") for e in lines[0]["events"]] == ["fact-1", None]
    assert "canonical" not in lines[0]["events"][1]
    assert lines[1]["events"][0]["canonical"] == "fact-1"


def test_export_of_empty_ledger_writes_nothing(ledger):
    out = io.StringIO()
    assert ledger.export_jsonl(out) == 0
    assert out.getvalue() == ""
