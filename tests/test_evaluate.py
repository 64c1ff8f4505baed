"""cityaid eval follows the exchange format's scoring rules."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from cityaid.evaluate import evaluate, load_events, prf

SHARED = Path(__file__).resolve().parents[2] / "shared"


def _gold():
    return {"a.txt": [
        {"type": "donation", "from": [{"key": "JP/Toyokawa", "name": "丰川市", "aliases": ["丰川", "Toyokawa"]}],
         "to": [{"key": "CN/Wuxi", "name": "我市"}], "date": {"value": "2020-02-10", "qualifier": "on"},
         "items": [{"item": "mask", "quantity": 4500, "unit": "piece"}], "money": []},
        {"type": "message", "from": [{"key": "CN/Wuxi", "name": "无锡"}], "to": [{"key": "JP/Toyokawa", "name": "丰川"}],
         "date": None, "items": [], "money": []},
    ]}


def test_pairs_by_type_and_actor_and_scores_attributes():
    pred = {"a.txt": [
        {"type": "donation", "from": [{"key": None, "name": "丰川"}], "to": [{"key": "CN/Wuxi", "name": "我市"}],
         "date": {"value": "2020-02-10"}, "items": [{"item": "medical_mask", "quantity": 4500}], "money": []},
        {"type": "consultation", "from": [{"key": "CN/Wuxi", "name": "无锡"}], "to": [{"key": "JP/Toyokawa", "name": "x"}]},
    ]}
    rep = evaluate(_gold(), pred)
    assert rep.by_type["donation"] == [1, 1, 1]
    assert rep.by_type["message"] == [1, 0, 0]
    assert rep.by_type["consultation"] == [0, 1, 0]
    assert rep.attributes["items"] == [1, 1]  # medical_mask counts for gold "mask"
    assert rep.attributes["dates"] == [1, 1]
    assert rep.attributes["actor keys"] == [1, 2]  # the unresolved donor found by name, not key
    p, r, f = prf(*rep.totals)
    assert (p, r) == (0.5, 0.5)


def test_predictions_for_unknown_documents_count_against_precision():
    rep = evaluate(_gold(), {"other.txt": [{"type": "donation", "from": [], "to": []}]})
    assert rep.totals == (2, 1, 0)


def test_same_figures_as_the_shared_scorer(tmp_path):
    scorer = SHARED / "tools" / "score.py"
    gold_file = SHARED / "corpus" / "seeds.gold.jsonl"
    if not scorer.exists() or not gold_file.exists():
        pytest.skip("shared scorer not present")
    # A prediction file made from the gold by dropping and perturbing events.
    gold = load_events(gold_file)
    pred_lines = []
    for i, (doc, evs) in enumerate(sorted(gold.items())):
        kept = [dict(e, date=None) if j % 3 == 0 else e for j, e in enumerate(evs) if (i + j) % 4]
        pred_lines.append(json.dumps({"doc": doc, "events": kept}, ensure_ascii=False))
    pred = tmp_path / "pred.jsonl"
    pred.write_text("\n".join(pred_lines) + "\n", encoding="utf-8")
    shared_out = json.loads(subprocess.run([sys.executable, str(scorer), str(gold_file), str(pred), "--json"],
                                           capture_output=True, text=True, check=True).stdout)
    ours = evaluate(gold, load_events(pred)).to_dict()
    assert ours["f1"] == pytest.approx(shared_out["f1"])
    assert ours["precision"] == pytest.approx(shared_out["precision"])
    for k, v in shared_out["attributes"].items():
        assert ours["attributes"][k] == pytest.approx(v)
