"""The project writes its own sentences: no test, example report or comment copies a corpus page.

The brief allows facts to be reused, never wording.  This check finds any run
of ten Chinese characters (after traditional -> simplified) or eight English
words in ``cityaid/``, ``tests/`` or the bundled example reports that also
stands in a page of ``../shared/corpus`` (the seeds and the dev corpus).  Proper
names are not wording: the few long ones that legitimately recur (an
organisation, a Russian krai, an office's full title) are listed below, and a
window inside one of them does not count.  Skipped where ``../shared`` is absent.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
CJK_WINDOW = 10
EN_WORDS = 8

#: Long proper names that recur in pages and in the project's tables/tests as names, not as sentences.
NAMES = (
    "中国人民对外友好协会", "克拉斯诺亚尔斯克边区", "巴什科尔托斯坦共和国", "广西医科大学第一附属医院",
    "驻迈阿密台北经济文化办事处", "韩国大邱广域市东区厅", "无锡市人民政府外事办公室", "武汉市人民政府外事办公室",
)

pytestmark = pytest.mark.skipif(not (CORPUS / "dev").is_dir(), reason="../shared/corpus is not beside this checkout")


def _corpus_text() -> str:
    from cityaid.clean import clean_document
    from cityaid.model import Document
    from cityaid.read import iter_documents

    texts = []
    for root in (CORPUS / "dev" / "docs", CORPUS / "seeds"):
        for d in iter_documents([root]):
            if isinstance(d, Document):
                texts += [d.text, clean_document(d).text]
    return "\n".join(texts)


def _project_lines():
    """(where, line) of every source, test and example report, reports decoded as cityaid reads them."""
    from cityaid.model import Document
    from cityaid.read import iter_documents

    for folder in ("cityaid", "tests"):
        for p in sorted((ROOT / folder).rglob("*.py")):
            for i, line in enumerate(p.read_text(encoding="utf-8", errors="ignore").splitlines(), 1):
                yield f"{p.relative_to(ROOT)}:{i}", line
    for d in iter_documents([ROOT / "examples" / "reports"]):
        if isinstance(d, Document):
            for i, line in enumerate(d.text.splitlines(), 1):
                yield f"examples/reports/{d.doc_id}:{i}", line


def test_no_corpus_wording_in_the_project():
    from opencc import OpenCC

    t2s = OpenCC("t2s").convert
    corpus = _corpus_text()
    corpus_s = t2s(corpus)
    copied = []
    for where, line in _project_lines():
        for run in re.findall(r"[\u4e00-\u9fff0-9，,、]{%d,}" % CJK_WINDOW, line):
            s = t2s(run)
            for k in range(len(s) - CJK_WINDOW + 1):
                w = s[k:k + CJK_WINDOW]
                if w in corpus_s and not any(w in name for name in NAMES):
                    copied.append(f"{where}: {run[:60]}")
                    break
        for run in re.findall(r"(?:[A-Za-z,']+ ){%d,}[A-Za-z,']+" % (EN_WORDS - 1), line):
            if run in corpus:
                copied.append(f"{where}: {run[:80]}")
    assert not copied, "wording copied from corpus pages (write your own sentences):\n" + "\n".join(copied)
