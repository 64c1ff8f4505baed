"""A letter asking the addressee to help the writer buy goods (sentences written for these tests):
X市市长致信Y市,希望协助X采购… — X, named again inside the wish as the one helped, is the asker, not the one
asked; the request goes to the letter's addressee."""
from cityaid.model import Document
from cityaid.pipeline import extract_document, spec_events


def _events(*paras):
    doc = Document(doc_id="t", content_hash="x", text="\n\n".join(paras), title=None, published="2020-06-10")
    return spec_events(extract_document(doc))


def _side(e, k):
    return sorted(a["key"] for a in e[k])


def test_mayor_writes_asking_help_for_his_city_to_buy():
    es = _events("5月，美国匹兹堡市市长致信武汉市，希望协助匹兹堡采购医用防护物资。")
    [r] = [e for e in es if e["type"] == "request"]
    assert _side(r, "from") == ["US/Pittsburgh"] and _side(r, "to") == ["CN/Wuhan"]


def test_named_mayor_writes_asking_help_for_his_city_to_buy():
    es = _events("5月，美国匹兹堡市市长比尔·佩杜托致信武汉市，希望协助匹兹堡采购医用防护物资。")
    [r] = [e for e in es if e["type"] == "request"]
    assert _side(r, "from") == ["US/Pittsburgh"] and _side(r, "to") == ["CN/Wuhan"]


def test_the_one_asked_named_in_the_wish_still_asked():
    es = _events("美国匹兹堡市致函武汉市，希望武汉协助匹兹堡采购口罩。")
    [r] = [e for e in es if e["type"] == "request"]
    assert _side(r, "from") == ["US/Pittsburgh"] and _side(r, "to") == ["CN/Wuhan"]


def test_short_name_of_johannesburg_asks():
    es = _events("据了解，约堡市卫生局早前透过总领馆向北京方面提出，希望获得呼吸机支援。")
    [r] = [e for e in es if e["type"] == "request"]
    assert _side(r, "from") == ["ZA/Johannesburg"] and _side(r, "to") == ["CN/Beijing"]
