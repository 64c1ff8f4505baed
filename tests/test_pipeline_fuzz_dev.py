"""Every development document, cut, shuffled and joined to another, is read without failing.

The rules meet pages nobody here wrote: a truncated download, paragraphs in
another order, two articles glued by a scraper.  Whatever comes in, extraction
must hand back events whose evidence stands where it says, never raise.
Skips where ../shared (the development corpus) is absent.
"""
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cityaid.model import Document
from cityaid.pipeline import ExtractError, extract_document, iter_extracted
from cityaid.read import ReadError, iter_documents

DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev" / "docs"
pytestmark = pytest.mark.skipif(not DEV.is_dir(), reason="development corpus (../shared) not present")


def _texts() -> list[str]:
    if not DEV.is_dir():
        return ["-"]
    return [d.text for d in iter_documents([DEV]) if isinstance(d, Document)]


TEXTS = _texts()


def test_every_dev_document_is_accounted_for():
    files = sorted(p for p in DEV.iterdir() if p.is_file())
    seen = list(iter_extracted([DEV]))
    failures = [str(x) for x in seen if isinstance(x, (ReadError, ExtractError))]
    assert failures == []
    assert len(seen) >= len(files)  # a JSON Lines file holds several documents


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_cut_shuffled_and_joined_documents_extract(data):
    first = data.draw(st.sampled_from(TEXTS))
    second = data.draw(st.sampled_from(TEXTS))
    paras = first.split("\n")
    order = data.draw(st.permutations(range(len(paras))))
    text = "\n".join(paras[i] for i in order)
    cut_a = data.draw(st.integers(0, len(text)))
    cut_b = data.draw(st.integers(cut_a, len(text)))
    tail = second[: data.draw(st.integers(0, len(second)))]
    text = text[cut_a:cut_b] + data.draw(st.sampled_from(["", "\n", "\n\n", "。"])) + tail
    out = extract_document(Document(doc_id="fuzz.txt", text=text, content_hash="h"))
    for e in out.events:
        a, b = e.evidence_span
        assert text[a:b] == e.evidence


def test_a_failing_document_is_an_error_value_and_the_run_goes_on(tmp_path, monkeypatch):
    import cityaid.pipeline as pipeline

    (tmp_path / "a.txt").write_text("3月1日，甲市向乙市捐赠口罩1000只。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("3月2日，丙市向丁市捐赠口罩2000只。", encoding="utf-8")
    real = pipeline.extract_document

    def flaky(doc):
        if doc.doc_id == "a.txt":
            raise AttributeError("'NoneType' object has no attribute 'key'")
        return real(doc)

    monkeypatch.setattr(pipeline, "extract_document", flaky)
    out = list(pipeline.iter_extracted([tmp_path]))
    assert [type(x).__name__ for x in out] == ["ExtractError", "Extracted"]
    assert str(out[0]).startswith("a.txt: extraction failed: AttributeError")
    assert "\n" not in str(out[0])


def test_cli_extract_writes_the_rest_and_exits_non_zero(tmp_path, monkeypatch):
    import json

    from typer.testing import CliRunner

    import cityaid.pipeline as pipeline
    from cityaid.cli import app

    (tmp_path / "a.txt").write_text("3月1日，甲市向乙市捐赠口罩1000只。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("3月2日，丙市向丁市捐赠口罩2000只。", encoding="utf-8")
    real = pipeline.extract_document
    monkeypatch.setattr(pipeline, "extract_document",
                        lambda doc: (_ for _ in ()).throw(KeyError("x")) if doc.doc_id == "a.txt" else real(doc))
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--out", str(out)])
    assert result.exit_code == 1
    assert [json.loads(line)["doc"] for line in out.read_text(encoding="utf-8").splitlines()] == ["b.txt"]
