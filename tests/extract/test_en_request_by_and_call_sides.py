"""English sides of a request told as a noun with its asker after "by" ("a request made by X"), of a call to
"the Mayor of Y" made to thank, and of thanks said by video "on behalf of" a place."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(body, published="2020-05-20"):
    text = "Leeds Evening Post | News\n\nBy Ann Smith | 20 May 2020\n\n" + body + "\n"
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published=published))
    return [e.to_spec() for e in out.events]


def _sides(es, etype):
    return [([a["key"] for a in e["from"]], [a["key"] for a in e["to"]]) for e in es if e["type"] == etype]


def test_request_made_by_names_the_asker_after_by():
    es = _events("It follows a request made by Leeds City Council earlier this month, when the "
                 "authority asked its partners in Harbin whether they could help find gowns.")
    assert _sides(es, "request") == [(["GB/Leeds"], ["CN/Harbin"])]


def test_request_by_with_goods_and_giver_after_it():
    es = _events("Harbin has sent 4,000 gowns to Leeds. The gift answers a request by Leeds City Council for "
                 "gowns from Harbin.")
    assert _sides(es, "request") == [(["GB/Leeds"], ["CN/Harbin"])]


def test_request_by_email_names_no_asker():
    es = _events("Leeds City Council asked its partners in Harbin last week whether they could help find gowns; "
                 "the request by email was answered within a day.")
    assert (["CN/Harbin"], ["GB/Leeds"]) not in _sides(es, "request")


def test_call_to_the_mayor_of_a_place_to_thank_runs_from_the_caller():
    es = _events("The Lord Mayor of Leeds called the Mayor of Harbin on Tuesday to thank him.")
    assert _sides(es, "message") == [(["GB/Leeds"], ["CN/Harbin"])]


def test_thanks_by_video_on_behalf_of_a_place_run_from_that_place():
    es = _events("Mr Gray said he had spoken to Harbin's vice mayor by video link on Tuesday morning to thank "
                 "the city on behalf of Leeds.")
    assert _sides(es, "message") == [(["GB/Leeds"], ["CN/Harbin"])]
