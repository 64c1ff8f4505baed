"""X大区主席某某在机场说:"…"。他(代表大区)向Y致谢: 他/她 opening the sentence goes on with the head who spoke
in the sentence before; the thanks are that place's (sentences written for these tests)."""
import pytest

from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(body):
    out = extract_document(Document(doc_id="t", text="报道\n\n" + body, content_hash="x", published="2020-05-20"))
    return [(e.type, [a.key for a in e.from_], [a.key for a in e.to]) for e in out.events]


@pytest.mark.parametrize("then", ["他代表大区向江苏人民表示衷心感谢。", "他向江苏人民表示衷心感谢。", "她也向江苏表示感谢。"])
def test_he_goes_on_with_the_head_who_spoke(then):
    body = "4月2日，托斯卡纳大区主席罗西在机场迎接时说：“我们正经历一场战争，中国朋友的到来给了我们力量。”" + then
    assert ("message", ["IT/Tuscany"], ["CN/Jiangsu"]) in _events(body)


def test_he_after_no_speaking_head_takes_nobody():
    body = "4月2日，托斯卡纳大区的医院收治了更多病人。他向江苏人民表示衷心感谢。"
    assert not [e for e in _events(body) if e[1] == ["IT/Tuscany"]]
