"""Thanks said while welcoming a team at the airport, told after its arrival and after other days the page
gives: of the team's arrival day (sentences written for these tests)."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(body, published="2020-04-12"):
    out = extract_document(Document(doc_id="t", text="报道\n\n" + body, content_hash="x", published=published))
    return [(e.type, [a.key for a in e.from_], [a.key for a in e.to], e.date.value if e.date else None)
            for e in out.events]


def test_thanks_said_at_the_airport_welcome_take_the_arrival_day():
    evs = _events("当地时间4月9日下午，河南省组建的援塞医疗专家组10人降落在贝尔格莱德机场。\n\n"
                  "在此之前，专家组成员已于4月3日与塞方医生进行了视频连线。\n\n"
                  "贝尔格莱德市长在机场迎接时说：“中国朋友的到来给了我们信心。”他代表市政府向河南人民表示衷心感谢。",
                  )
    thanks = [e for e in evs if e[0] == "message"]
    assert thanks and thanks[0][3] == "2020-04-09"
