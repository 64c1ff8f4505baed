"""Chinese plans and reported calls (sentences written for these tests): a letter of thanks still to be
written is no message; a gift announced as coming whose goods already left was made; a call told by
another speaker (县府表示, A致电B, 表达谢意) goes from the caller; an adverb after a bare title is no name."""
from cityaid.model import Document
from cityaid.pipeline import extract_document, spec_events


def _events(*paras):
    doc = Document(doc_id="t", content_hash="x", text="\n\n".join(paras), title=None, published="2020-04-29")
    return spec_events(extract_document(doc))


def _side(e, k):
    return sorted(a["key"] for a in e[k])


def test_a_letter_of_thanks_still_to_be_written_is_no_message():
    es = _events("冈山市长表示，收到的2万片口罩将优先分给养老院，并表示将写信向台南市长致谢。")
    assert not [e for e in es if e["type"] == "message"]


def test_a_gift_announced_as_coming_whose_goods_left_was_made():
    es = _events("新竹市府宣布将致赠姊妹市日本福冈市口罩2万片，已于9日寄出。")
    [d] = [e for e in es if e["type"] == "donation"]
    assert _side(d, "from") == ["TW/Hsinchu"] and _side(d, "to") == ["JP/Fukuoka"]


def test_a_gift_announced_as_coming_and_not_yet_sent_is_no_gift():
    es = _events("新竹市府宣布将致赠姊妹市日本福冈市口罩2万片，预计下周寄出。")
    assert not [e for e in es if e["type"] == "donation"]


def test_a_call_told_by_the_county_goes_from_the_caller():
    es = _events("屏东县政府上月致赠日本冲绳县石垣市口罩2万片。",
                 "县府表示，石垣市议会议长也于上周致电屏东县长，表达谢意。")
    [m] = [e for e in es if e["type"] == "message"]
    assert _side(m, "from") == ["JP/Ishigaki"] and _side(m, "to") == ["TW/Pingtung"]


def test_an_adverb_after_a_bare_title_is_no_name():
    es = _events("福冈市获赠新竹市口罩1万片。", "福冈市长随即在推特上向新竹致谢。")
    [m] = [e for e in es if e["type"] == "message"]
    assert [a["name"] for a in m["from"]] == ["福冈市长"]
