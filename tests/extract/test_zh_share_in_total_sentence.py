"""Chinese: a total over partners told in one sentence, then 其中A获赠N (the share one named partner got), also
inside reported speech: that partner's own gift from the total's giver, with its own amount."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(*paras, title="中央社"):
    out = extract_document(Document(doc_id="t", text="\n\n".join(paras), content_hash="x", title=title,
                                    published="2021-03-02"))
    return [(e.type, sorted(a.key for a in e.from_), sorted(a.key for a in e.to),
             [i.quantity for i in e.items]) for e in out.events]


def test_share_received_inside_reported_speech():
    got = _events("台中市政府昨天表示，已向美国圣地亚哥市、日本横滨市、韩国仁川市等8个友好城市捐赠口罩共40万只，"
                  "其中横滨市获赠7万只。")
    assert ("donation", ["TW/Taichung"], ["JP/Yokohama"], [70000]) in got
    assert [g[0] for g in got].count("aggregate") == 1
