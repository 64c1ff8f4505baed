"""English receivers: "X city officials pose with N masks that arrived from Y": the goods' relative clause names
no place they reached; the place whose people handle them (the main clause's subject) took them in."""
from cityaid.model import Document
from cityaid.pipeline import extract_document

PAGE = ("The Seoul Daily | National\n\n[Photo News] Chinese sister cities send masks to Korean towns\n\n"
        "Published : Mar 12, 2020\n\n{body}\n")


def _gifts(body):
    out = extract_document(Document(doc_id="t", text=PAGE.format(body=body), content_hash="x", published="2020-03-12"))
    return [([a.key for a in e.from_], [a.key for a in e.to]) for e in out.events if e.type == "donation"]


def test_officials_of_a_place_posing_with_goods_that_arrived():
    got = _gifts("[Photo 2/2] Mokpo city officials pose with 20,000 KN95 masks that arrived from Weihai, Shandong "
                 "Province, last Friday.")
    assert got == [(["CN/Weihai"], ["KR/Mokpo"])]


def test_goods_that_arrived_in_a_named_place_keep_it():
    got = _gifts("Mokpo city officials pose with 20,000 KN95 masks that arrived in Yeosu from Weihai last Friday.")
    assert all(to == ["KR/Yeosu"] for _f, to in got)
