"""A Chinese page published by a place abroad: its masthead or site name says whose page it is, and
本市/我市 on it stand for that place, not for the Chinese partner its headline names."""
from cityaid.model import Document
from cityaid.pipeline import extract_document
from cityaid.resolve import publisher_place
from cityaid.resolve.actors import _foreign_site


def test_site_after_bar_is_the_publisher():
    p = publisher_place("昆明市向本市赠送防护服 | 清州市", "", "本市收到防护服。")
    assert p.key == "KR/Cheongju"


def test_site_after_underscore_or_spaced_dash_is_the_publisher():
    for title in ("昆明市向本市赠送防护服_清州市政府", "昆明市向本市赠送防护服 - 清州市", "昆明市向本市赠送防护服--清州市"):
        assert publisher_place(title, "", "本市收到防护服。").key == "KR/Cheongju", title


def test_a_dash_inside_a_name_is_not_a_site_bar():
    assert _foreign_site("本市收到巴登-符腾堡州的口罩") is None


def test_masthead_line_is_the_publisher():
    head = "全州市\n全州市 中文通讯 2021年5月号\n昆明市捐赠的手套抵达本市。"
    assert publisher_place(None, head, "昆明市捐赠的手套抵达本市。").key == "KR/Jeonju"


def test_newsletter_title_names_the_publisher():
    p = publisher_place("昌原市新闻简报(中文版)第12期", "", "本市向洛阳市捐赠口罩。洛阳市感谢本市。")
    assert p.key == "KR/Changwon"


def test_chinese_site_or_headline_is_left_to_the_other_rules():
    assert _foreign_site("洛阳援助昌原 | 洛阳市人民政府") is None
    assert _foreign_site("全州市通讯员报道") is None  # a correspondent, not a newsletter
    assert _foreign_site("全州与洛阳 携手抗疫") is None  # a headline, not a site's name


def test_our_city_on_a_foreign_newsletter_receives():
    text = ("全州市\n\n全州市 中文通讯 2021年5月号\n\n"
            "中国友好城市洛阳市捐赠的KN95口罩6万个、手套3000副,5月6日抵达本市。\n\n"
            "本市此前已于3月2日向洛阳市捐赠手套4000副。\n")
    doc = Document(doc_id="t.txt", text=text, content_hash="x", published="2021-05-20")
    evs = [e for e in extract_document(doc).events if e.type == "donation"]
    got = {(e.from_[0].key, e.to[0].key) for e in evs if e.from_ and e.to}
    assert ("CN/Luoyang", "KR/Jeonju") in got
    assert ("KR/Jeonju", "CN/Luoyang") in got
