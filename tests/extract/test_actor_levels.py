"""Sides at the right level and place: which actor a word or construction stands for (sentences written for these tests)."""

from cityaid.extract.actors import gathered
from cityaid.model import Document
from cityaid.pipeline import extract_document


def run(text: str, published: str | None = "2020-05-20"):
    return extract_document(Document(doc_id="t.txt", text=text, content_hash="t", published=published)).events


def keys(actors):
    return sorted(a.key for a in actors)


def refs(text: str):
    return [(r.name, r.key) for r in gathered(text, None)]


def test_that_zhou_after_an_autonomous_prefecture_read_without_its_zhou_is_the_prefecture():
    text = "四川省外办介绍，凉山州去年收到了意大利友城的口罩；日前该州又向对方回赠了3万只口罩。"
    assert ("该州", "CN/Liangshan") in refs(text)

