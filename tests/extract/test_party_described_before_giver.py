"""A party named inside the words that describe the next party (受到A制裁困扰的B,向C捐赠) only describes it:
the one described gives (sentences written for these tests)."""
import pytest

from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(body):
    out = extract_document(Document(doc_id="t", text="报道\n\n" + body, content_hash="x", published="2020-05-20"))
    return [(e.type, [a.key for a in e.from_], [a.key for a in e.to]) for e in out.events]


@pytest.mark.parametrize("body", [
    "同样在3月，自身受到美国制裁困扰的古巴，向中国捐赠了20万只口罩。",
    "3月，深受美国制裁困扰的古巴向中国捐赠了20万只口罩。",
])
def test_the_described_party_gives(body):
    evs = _events(body)
    assert ("donation", ["CU"], ["CN"]) in evs
    assert not [e for e in evs if e[1] == ["US"]]


def test_a_plain_giver_still_gives():
    assert ("donation", ["CU"], ["CN"]) in _events("3月，古巴向中国捐赠了20万只口罩。")
