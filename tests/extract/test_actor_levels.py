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


def test_a_bare_autonomous_region_is_the_one_its_paragraph_named_last():
    text = ("广西壮族自治区外办统计，截至4月30日，自治区及各市已向越南各省捐赠口罩50万只。\n\n"
            "在宁夏，自治区人民政府4月7日向阿曼捐赠口罩3万只。")
    got = refs(text)
    assert ("自治区", "CN/Guangxi") in got and ("自治区人民政府", "CN/Ningxia") in got
