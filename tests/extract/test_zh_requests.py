"""Requests in Chinese (cityaid.extract.events with the request rows of data/triggers.tsv), on sentences
written for these tests: a letter or call that asks, the one asked named after 希望/请/询问."""

from cityaid.model import Document
from cityaid.pipeline import extract_document


def run(text: str, published: str = "2020-05-20"):
    return extract_document(Document(doc_id="t.txt", text=text, content_hash="t", published=published)).events


def sides(evs, kind="request"):
    return sorted((tuple(sorted(a.key for a in e.from_)), tuple(sorted(a.key for a in e.to)))
                  for e in evs if e.type == kind)


def test_zh_a_letter_hoping_the_one_asked_provides_goods_is_a_request():
    evs = run("大田广域市政府早前致函合肥市，希望合肥提供一批额温枪。")
    assert sides(evs) == [(("KR/Daejeon",), ("CN/Hefei",))]
    assert sides(evs, "donation") == []


def test_zh_hoping_the_one_asked_helps_with_purchases_is_a_request():
    evs = run("里昂市长早前致函武汉市政府，希望武汉在防护服采购方面提供协助。")
    assert sides(evs) == [(("FR/Lyon",), ("CN/Wuhan",))]


def test_zh_asking_the_one_named_after_qing_to_help_is_a_request():
    evs = run("去年底，中国驻名古屋总领事馆曾请爱知县帮忙筹集手套、护目镜等物资。")
    assert sides(evs) == [(("CN",), ("JP/Aichi",))]


def test_zh_asking_whether_the_other_can_share_experience_is_a_request():
    evs = run("此前，大邱市市长曾致电成都市，询问能否分享学校复课管理经验。")
    assert [e.type for e in evs] == ["request"]
    assert sides(evs) == [(("KR/Daegu",), ("CN/Chengdu",))]


def test_zh_wanting_to_know_whether_the_other_can_help_is_a_request():
    evs = run("俄勒冈州一位大学教师写信给湖南省外办，希望了解湖南是否可以支援该州一批手套。")
    assert sides(evs) == [(("US/Oregon",), ("CN/Hunan",))]


def test_zh_a_wish_told_to_the_one_asked_is_a_request():
    evs = run("法国驻华使馆早些时候曾向中方表示，希望获得呼吸机方面的帮助。")
    assert sides(evs) == [(("FR",), ("CN",))]


def test_zh_wishes_that_are_no_ask():
    assert sides(run("市长表示，希望这批手套能帮助大田早日战胜疫情。")) == []
    assert sides(run("市长表示，希望继续为大田提供支援。")) == []
    assert sides(run("大田市长向记者表示，希望得到更多援助。")) == []
    assert sides(run("大田市政府说，各方的请求从帮忙采购到直接捐赠都有。")) == []
