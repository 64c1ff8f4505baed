from pathlib import Path

import pytest

from cityaid.model import Document
from cityaid.read import iter_documents

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "seeds"


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared corpus not present")
def test_seeds_read_as_utf8_text_named_by_file():
    docs = list(iter_documents([SEEDS]))
    assert len(docs) == 5 and all(isinstance(d, Document) for d in docs)
    assert [d.doc_id for d in docs] == sorted(p.name for p in SEEDS.glob("*.txt"))
    for d in docs:
        assert d.format == "txt" and d.encoding == "utf_8"
        assert d.text == (SEEDS / d.doc_id).read_text(encoding="utf-8")
