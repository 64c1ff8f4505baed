"""上述N省 / 以上三市: a counted word names again the places of one foreign country listed in an earlier sentence
of the page, here as the giver of an earlier gift (sentences written for these tests)."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(body):
    out = extract_document(Document(doc_id="t", text="报道\n\n" + body, content_hash="x", published="2020-05-20"))
    return [(e.type, [a.key for a in e.from_], [a.key for a in e.to]) for e in out.events]


def test_counted_word_as_the_giver_takes_the_listed_places():
    evs = _events("广东日前分别向泰国清迈府、清莱府、南奔府捐赠医用口罩各3万只。清迈府尹在交接时表示感谢。\n\n"
                  "据介绍，今年2月，泰国上述3府曾向广东捐赠口罩等物资共计约10万件。")
    earlier = [e for e in evs if e[2] == ["CN/Guangdong"] and e[0] != "message"]
    assert earlier and earlier[0][1] == ["TH/Chiang Mai", "TH/Chiang Rai", "TH/Lamphun"]


def test_traditional_script_and_chinese_numeral():
    evs = _events("廣東日前分別向越南廣寧省、諒山省、高平省捐贈醫用口罩各3萬只。\n\n"
                  "今年2月，越南以上三省曾向廣東捐贈口罩等物資共計約10萬件。")
    earlier = [e for e in evs if e[2] == ["CN/Guangdong"]]
    assert earlier and earlier[0][1] == ["VN/Quang Ninh", "VN/Lang Son", "VN/Cao Bang"]


def test_count_that_does_not_fit_the_list_reads_nothing_new():
    evs = _events("广东日前分别向越南广宁省、谅山省捐赠医用口罩各3万只。\n\n"
                  "今年2月，越南上述3省曾向广东捐赠口罩等物资共计约10万件。")
    assert not any(len(e[1]) > 1 for e in evs)
