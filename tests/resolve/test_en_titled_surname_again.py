"""English titled people: an official named in full once ("Mayor Sun Zhe", given to the Chinese city the page
names) and later by title and one of the names ("Mayor Sun") is the same person, of the same place — not the
page's own mayor."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _messages(body):
    text = "Leeds Evening Post | News\n\nBy Ann Smith | 20 May 2020\n\n" + body + "\n"
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published="2020-05-20"))
    return [([a.key for a in e.from_], [a.key for a in e.to]) for e in out.events if e.type == "message"]


def test_title_and_surname_again_keeps_the_place_of_the_full_name():
    got = _messages("Leeds has been twinned with Harbin since 1988. In January our Lord Mayor sent a letter to "
                    "Mayor Sun Zhe to say that Leeds stood with Harbin. On May 7 the Lord Mayor called Mayor Sun to "
                    "thank him personally.")
    assert got.count((["GB/Leeds"], ["CN/Harbin"])) == 2
    assert (["CN/Harbin"], ["GB/Leeds"]) not in got


def test_a_one_name_mayor_of_the_page_still_thanks():
    got = _messages("Leeds has been twinned with Harbin since 1988. In January our Lord Mayor sent a letter to "
                    "Mayor Sun Zhe to say that Leeds stood with Harbin. On May 7 Mayor Gray wrote to Harbin to thank "
                    "the city.")
    assert got.count((["GB/Leeds"], ["CN/Harbin"])) == 2
