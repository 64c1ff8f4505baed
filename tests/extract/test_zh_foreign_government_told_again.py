"""Chinese: a bare 市政府 in the sentence where a foreign city's government was named by its own name
("甲广域市政府10日表示,今年2月初,市政府先后向乙、丙等友好城市捐赠口罩共计N个") is that government, even where
the page's publisher is read as a Chinese partner named in the body."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(*paras, title="友城互助", published="2020-04-12"):
    out = extract_document(Document(doc_id="t", text="\n\n".join(paras), content_hash="x", published=published,
                                    title=title))
    return [(e.type, [a.key for a in e.from_], sorted(a.key for a in e.to)) for e in out.events]


def test_total_by_the_named_foreign_government():
    got = _events("大田广域市政府10日表示，今年2月初，市政府先后向中国南京、沈阳等友好城市捐赠口罩共计15万个。")
    assert ("aggregate", ["KR/Daejeon"], ["CN/Nanjing", "CN/Shenyang"]) in got


def test_total_when_a_partner_is_named_more_often():
    got = _events("大田广域市政府10日表示，今年2月初，市政府先后向中国南京、沈阳等友好城市捐赠口罩共计15万个。",
                  "4月2日，南京市捐赠的3万个口罩运抵大田。南京与大田是友好城市。")
    assert ("aggregate", ["KR/Daejeon"], ["CN/Nanjing", "CN/Shenyang"]) in got
    assert ("donation", ["CN/Nanjing"], ["KR/Daejeon"]) in got


def test_other_place_between_keeps_the_home_reading():
    got = _events("大田广域市政府10日表示，南京市政府已收到口罩。")
    assert not [g for g in got if g[1] == ["KR/Daejeon"] and g[2] == ["KR/Daejeon"]]
