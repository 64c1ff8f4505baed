"""English: on a page of several pairs, "Y gave its Chinese partner N masks" names the place Y was last told
with (of the adjective's country), not the page's first partner."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _gifts(text):
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published="2020-03-12"))
    return [([a.key for a in e.from_], [a.key for a in e.to]) for e in out.events if e.type == "donation"]


PAGE = ("Photo gallery | Regional News\n\nPublished : Mar 12, 2020\n\n"
        "[Photo 1/2] Workers unload boxes of masks donated by Dalian, China, at Pohang City Hall on Monday.\n\n"
        "[Photo 2/2] Mokpo city officials pose with 20,000 KN95 masks that arrived from Weihai, Shandong Province, "
        "last Friday. In February, Mokpo gave {ref} 15,000 masks.\n")


def test_its_chinese_partner_is_the_place_its_owner_was_last_told_with():
    assert (["KR/Mokpo"], ["CN/Weihai"]) in _gifts(PAGE.format(ref="its Chinese partner"))


def test_its_partner_without_an_adjective_too():
    assert (["KR/Mokpo"], ["CN/Weihai"]) in _gifts(PAGE.format(ref="its partner city"))


def test_the_page_partner_stays_where_its_owner_was_told_with_no_one():
    text = ("Leeds Evening Post | News\n\nBy Ann Smith | 20 May 2020\n\nLeeds has been twinned with Harbin since "
            "1988. The city council said on Monday it had sent its Chinese partner 3,000 gowns in February.\n")
    assert all(to == ["CN/Harbin"] for _f, to in _gifts(text))
