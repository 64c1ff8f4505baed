"""The learned side step (cityaid.extract.roles): its features, its decision, and its training.

Sentences are written for these tests (their own places and figures).  The
decision is tested with small hand-set models, so nothing here needs
scikit-learn; the one training test is skipped where it or ../shared is absent.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from cityaid.extract.roles import (
    Candidate, Model, candidates, decide, event_info, features, language, model_from, reassign_sides,
    shipped_model, side_context, side_scores,
)
from cityaid.model import Actor, Document, Event
from cityaid.pipeline import extract_document

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"

ZH_RECEIPT = "郑州日报讯 4月9日，芬兰坦佩雷市收到了郑州市捐赠的18000只口罩，另有650副护目镜。\n"
EN_RECEIPT = "Tampere received 20,000 masks donated by Zhengzhou on April 9, the city said.\n"


def _read(text: str):
    x = extract_document(Document(doc_id="t.txt", text=text, content_hash="t", published="2020-04-10"))
    return x, side_context(x)


def _swapped(e: Event) -> Event:
    return e.model_copy(update={"from_": list(e.to), "to": list(e.from_)})


def _keys(e: Event) -> tuple[list, list]:
    return [a.key for a in e.from_], [a.key for a in e.to]


@pytest.mark.parametrize("text", [ZH_RECEIPT, EN_RECEIPT])
def test_candidates_and_features_describe_the_construction_not_the_place(text):
    x, ctx = _read(text)
    (e,) = [e for e in x.events if e.type == "donation"]
    lang = language(e)
    cands = {c.key: c for c in candidates(e, ctx, lang)}
    assert {"CN/Zhengzhou", "FI/Tampere"} <= set(cands)
    assert cands["CN/Zhengzhou"].rule_sides == {"from"} and cands["FI/Tampere"].rule_sides == {"to"}
    info = event_info(e, ctx, lang)
    giver = features(e, cands["CN/Zhengzhou"], "from", ctx, lang, info)
    taker = features(e, cands["FI/Tampere"], "from", ctx, lang, info)
    assert "from|rule_this" in giver and "from|home" in giver and "from|pos:after" in giver
    assert "from|rule_other" in taker and "from|foreign" in taker and "from|pos:before" in taker
    every = " ".join(giver + taker)
    for name in ("Zhengzhou", "Tampere", "郑州", "坦佩雷"):
        assert name not in every  # a name never becomes a feature


def test_cue_words_around_a_mention_are_features():
    x, ctx = _read(ZH_RECEIPT)
    (e,) = [e for e in x.events if e.type == "donation"]
    cands = {c.key: c for c in candidates(e, ctx, "zh")}
    f = features(e, cands["FI/Tampere"], "to", ctx, "zh")
    assert "to|R2:收到" in f and "to|R1:收|before" in f
    x, ctx = _read(EN_RECEIPT)
    (e,) = [e for e in x.events if e.type == "donation"]
    cands = {c.key: c for c in candidates(e, ctx, "en")}
    assert "from|L2:donated by" in features(e, cands["CN/Zhengzhou"], "from", ctx, "en")


# a model that reads a receipt: the party before 收到/received takes, the one before 捐赠/after "by" gives
READS_RECEIPTS = {"from|R2:捐赠": 4.0, "to|R2:收到": 4.0, "from|L2:donated by": 4.0, "to|R1:received": 4.0}


@pytest.mark.parametrize("text", [ZH_RECEIPT, EN_RECEIPT])
def test_a_confident_model_puts_a_reversed_receipt_right(text):
    x, ctx = _read(text)
    (e,) = [e for e in x.events if e.type == "donation"]
    wrong = _swapped(e)  # as a rule reader that missed the receipt would have it
    model = Model(READS_RECEIPTS, -2.0, threshold=0.8, margin=0.3, fill=1.1)
    (fixed,) = reassign_sides([wrong], ctx, model)
    assert _keys(fixed) == (["CN/Zhengzhou"], ["FI/Tampere"])
    assert fixed.items == e.items and fixed.evidence == e.evidence


@pytest.mark.parametrize("text", [ZH_RECEIPT, EN_RECEIPT])
def test_a_model_short_of_the_threshold_leaves_the_rules_alone(text):
    x, ctx = _read(text)
    (e,) = [e for e in x.events if e.type == "donation"]
    wrong = _swapped(e)
    timid = Model({k: 1.0 for k in READS_RECEIPTS}, -2.0, threshold=0.8, margin=0.3, fill=1.1)
    assert reassign_sides([wrong], ctx, timid)[0] is wrong
    assert reassign_sides([wrong], ctx, Model({}, 0.0, 0.5, 0.0, 1.1))[0] is wrong  # no weights: no opinion


def _cands() -> list[Candidate]:
    return [Candidate("CN/Harbin", "哈尔滨", "city", "CN", rule_sides={"from"}),
            Candidate("RU/Khabarovsk", "哈巴罗夫斯克", "city", "RU", rule_sides={"to"}),
            Candidate("RU", "俄罗斯", "country", "RU"),
            Candidate("CN/Heilongjiang", "黑龙江省", "adm1", "CN")]


def _event(frm, to) -> Event:
    return Event(type="donation", evidence="x", evidence_span=(0, 1),
                 **{"from": [Actor(key=k, name=k) for k in frm]}, to=[Actor(key=k, name=k) for k in to])


def test_decide_needs_both_the_threshold_and_the_margin():
    cands = _cands()
    e = _event(["CN/Harbin"], ["RU/Khabarovsk"])
    model = Model({}, 0.0, threshold=0.7, margin=0.3, fill=1.1)
    near = {"from": [0.6, 0.0, 0.0, 0.75], "to": [0.0, 0.9, 0.1, 0.0]}  # above the threshold, within the margin
    assert decide(e, cands, near, model) is e
    clear = {"from": [0.2, 0.0, 0.0, 0.9], "to": [0.0, 0.9, 0.1, 0.0]}
    assert _keys(decide(e, cands, clear, model)) == (["CN/Heilongjiang"], ["RU/Khabarovsk"])


def test_decide_keeps_lists_and_never_puts_one_party_on_both_sides():
    cands = _cands()
    model = Model({}, 0.0, threshold=0.5, margin=0.1, fill=1.1)
    listed = _event(["CN/Harbin", "CN/Heilongjiang"], ["RU/Khabarovsk"])
    probs = {"from": [0.1, 0.1, 0.95, 0.1], "to": [0.1, 0.2, 0.1, 0.1]}
    assert decide(listed, cands, probs, model) is listed  # a side of two stays as the rules read it
    one = _event(["CN/Harbin"], ["RU/Khabarovsk"])
    both = {"from": [0.1, 0.95, 0.1, 0.1], "to": [0.1, 0.2, 0.1, 0.1]}  # would give Khabarovsk to itself
    assert decide(one, cands, both, model) is one


def test_scope_same_only_moves_within_the_rules_country():
    cands = _cands()
    e = _event(["CN/Harbin"], ["RU/Khabarovsk"])
    probs = {"from": [0.1, 0.0, 0.0, 0.2], "to": [0.1, 0.2, 0.1, 0.1]}
    probs["to"] = [0.95, 0.1, 0.8, 0.1]  # the best is Chinese, the best of Khabarovsk's country is Russia
    same = Model({}, 0.0, threshold=0.5, margin=0.1, fill=1.1, scope="same")
    assert _keys(decide(e, cands, probs, same)) == (["CN/Harbin"], ["RU"])


def test_model_json_round_trip_and_scores():
    data = {"weights": {"to|R2:收到": 2.0}, "intercept": -1.0,
            "decision": {"threshold": 0.6, "margin": 0.2, "fill": 0.9, "scope": "same"}}
    m = model_from(data)
    assert (m.threshold, m.margin, m.fill, m.scope) == (0.6, 0.2, 0.9, "same")
    assert m.probability(["to|R2:收到"]) == pytest.approx(1 / (1 + 2.718281828 ** -1.0), rel=1e-6)
    x, ctx = _read(ZH_RECEIPT)
    (e,) = [e for e in x.events if e.type == "donation"]
    cands, probs = side_scores(e, ctx, m)
    taker = next(i for i, c in enumerate(cands) if c.key == "FI/Tampere")
    assert probs["to"][taker] > 0.7 > max(p for i, p in enumerate(probs["to"]) if i != taker)


def test_without_a_shipped_model_the_step_changes_nothing():
    x, ctx = _read(ZH_RECEIPT)
    if shipped_model() is not None:
        pytest.skip("a model is shipped: the step has its own figures")
    assert reassign_sides(x.events, ctx) == x.events


def test_training_rows_label_candidates_by_the_gold_sides():
    pytest.importorskip("sklearn")
    if not (SHARED / "tools" / "score.py").exists():
        pytest.skip("../shared is absent")
    spec = importlib.util.spec_from_file_location("train_roles", ROOT / "scripts" / "train_roles.py")
    train = importlib.util.module_from_spec(spec)
    sys.modules["train_roles"] = train
    spec.loader.exec_module(train)
    score = train._scorer(SHARED / "tools" / "score.py")
    x = extract_document(Document(doc_id="t.txt", text=ZH_RECEIPT, content_hash="t", published="2020-04-10"))
    gold = [{"type": "donation", "from": [{"key": "CN/Zhengzhou", "name": "郑州市"}],
             "to": [{"key": "FI/Tampere", "name": "坦佩雷市"}], "date": {"value": "2020-04-09"},
             "items": [{"item": "mask", "quantity": 18000}]}]
    doc = train.Doc("t.txt", "g", x, gold, score)
    rows = list(doc.rows(score))
    positive = {next(f for f in feats if f.endswith("|home") or f.endswith("|foreign")) for feats, y in rows if y}
    assert positive == {"from|home", "to|foreign"}
    weights, _b = train._fit(rows * 3, 1.0)
    assert weights and all("Zhengzhou" not in k and "Tampere" not in k for k in weights)
