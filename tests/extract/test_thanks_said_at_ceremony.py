"""Thanks said at a ceremony or in a speech (在致辞中感谢 / 在仪式上致谢) are words said in person: an earlier
letter of the same side told later in the page is another message (sentences written for these tests)."""
import pytest

from cityaid.model import Document
from cityaid.pipeline import extract_document

HANDOVER = ("5月12日，由中国成都市政府捐赠给智利圣地亚哥市的一批防疫物资在圣地亚哥市政厅举行交接仪式。"
            "中国驻智利大使代表成都市将物资移交给圣地亚哥市长阿尔莱斯。")


def _events(body):
    out = extract_document(Document(doc_id="t", text="报道\n\n" + body, content_hash="x", published="2020-05-20"))
    return [(e.type, [a.key for a in e.from_], [a.key for a in e.to], e.date.value if e.date else None)
            for e in out.events]


@pytest.mark.parametrize("thanks", [
    "阿尔莱斯市长在致辞中感谢成都市政府和人民的慷慨援助。",
    "阿尔莱斯市长在交接仪式上向成都市表示感谢。",
])
@pytest.mark.parametrize("letter", [
    "回顾疫情初期，圣地亚哥市曾于2月致函成都，表示支持。",
    "回顾疫情初期，圣地亚哥市曾于2月致函成都，对中国人民抗击疫情表示支持。",
])
def test_ceremony_thanks_and_an_earlier_letter_are_two(thanks, letter):
    evs = _events(HANDOVER + thanks + "\n" + letter)
    assert ("message", ["CL/Santiago"], ["CN/Chengdu"], "2020-05-12") in evs
    assert ("message", ["CL/Santiago"], ["CN/Chengdu"], "2020-02") in evs


def test_ceremony_thanks_in_traditional_script():
    body = ("5月12日，由中國成都市政府捐贈給智利聖地亞哥市的一批防疫物資在聖地亞哥市政廳舉行交接儀式。"
            "中國駐智利大使代表成都市將物資移交給聖地亞哥市長阿爾萊斯。阿爾萊斯市長在致辭中感謝成都市政府和人民的慷慨援助。\n"
            "回顧疫情初期，聖地亞哥市曾於2月致函成都，表示支持。")
    evs = _events(body)
    assert ("message", ["CL/Santiago"], ["CN/Chengdu"], "2020-05-12") in evs
    assert ("message", ["CL/Santiago"], ["CN/Chengdu"], "2020-02") in evs
