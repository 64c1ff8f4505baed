"""English parties read from context: "the province" on a page from an Italian region's city is the Chinese
province named before; a past shipment of named goods told in a quote is a gift (sentences written for these
tests)."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(text, published="2020-04-20"):
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published=published))
    return [(e.type, tuple(a.key for a in e.from_), tuple(a.key for a in e.to), tuple(i.item for i in e.items))
            for e in out.events]


def test_the_province_is_the_chinese_province_not_the_italian_region():
    got = _events("Doctors from Jiangsu land in Turin\n"
                  "TURIN, April 2 (Xinhua) -- Nine doctors from east China's Jiangsu Province reached Turin on "
                  "Thursday to work in Piedmont, the Italian region.\n"
                  "They carried protective suits and other supplies donated by the province, including 4,000 "
                  "protective suits.\n")
    assert any(t == "donation" and f == ("CN/Jiangsu",) for t, f, _to, _i in got)
    assert not any(f == ("IT/Piedmont",) and t == "donation" for t, f, _to, _i in got)


def test_quoted_past_shipment_of_goods_is_a_gift():
    got = _events("Gloves from Chengdu for Bonn\n"
                  "Bonn's Chinese partner city Chengdu has sent 10,000 masks to the city. Mayor Ashok Sridharan "
                  "received them on Friday.\n"
                  "\"In February we sent a shipment of gloves to Chengdu when the hospitals there were short. "
                  "That Chengdu now helps us is a sign of true friendship,\" Sridharan said.\n")
    assert ("donation", ("DE/Bonn",), ("CN/Chengdu",), ("gloves",)) in got


def test_bare_partner_noun_is_the_pages_partner():
    got = _events("Kobe and Jinan swap gear\n"
                  "KOBE, April 14 (Kyodo) -- The western Japan city of Kobe and Jinan in China's Shandong Province, "
                  "sister cities since 1973, have swapped protective gear, officials said Tuesday.\n"
                  "In early February, the city shipped 20,000 surgical masks from its own stockpile to its partner, "
                  "according to Kobe's international division.\n", published="2020-04-14")
    assert any(t == "donation" and f == ("JP/Kobe",) and to == ("CN/Jinan",) for t, f, to, _i in got)
