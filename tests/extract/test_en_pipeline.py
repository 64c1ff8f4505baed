"""Routing in ``extract_document``: English pages to the English reader, mixed pages paragraph by paragraph."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _doc(text, **kw):
    return Document(doc_id="t", text=text, content_hash="x", **kw)


def test_english_document_goes_through_english_reader():
    text = ("Fresno receives gloves from Kunming\n"
            "FRESNO, Calif. (April 17, 2020) — Kunming donated 12,000 gloves to Fresno on Wednesday.\n")
    out = extract_document(_doc(text))
    assert [(e.type, e.from_[0].key, e.to[0].key, e.date.value) for e in out.events] == [
        ("donation", "CN/Kunming", "US/Fresno", "2020-04-15")]
    assert out.document.published == "2020-04-17"


def test_mixed_document_reads_each_paragraph_in_its_language():
    text = ("昆明市向美国友城弗雷斯诺市捐赠口罩\n"
            "2020年4月10日，昆明市向美国友城弗雷斯诺市捐赠1万只口罩。\n"
            "FRESNO, Calif. (April 17, 2020) — Mayor Lee Brand thanked Kunming in a video message on Thursday.\n")
    out = extract_document(_doc(text))
    types = sorted(e.type for e in out.events)
    assert "message" in types and "donation" in types
    msg = next(e for e in out.events if e.type == "message")
    assert msg.from_[0].key == "US/Fresno" and msg.to[0].key == "CN/Kunming"


def test_unknown_county_dateline_and_bare_name_reused():
    text = ("Gloves reach Okcheon\n"
            "OKCHEON, North Chungcheong Province, June 4 -- Okcheon County said Thursday that 6,000 gloves "
            "donated by Xiuning County in China's Anhui Province had been delivered to the county office.\n"
            "The gift comes a month after Okcheon sent 800 masks and 2 million won (US$1,700) to Xiuning in early May.\n")
    out = extract_document(_doc(text))
    got = sorted((e.from_[0].key, e.to[0].key) for e in out.events if e.type == "donation" and e.from_ and e.to)
    assert ("KR/Okcheon", "CN/Huangshan/Xiuning") in got
    assert ("CN/Huangshan/Xiuning", "KR/Okcheon") in got


def test_request_to_a_partner_named_after_its_adjective():
    text = ("Gdynia asks for gloves\n"
            "The northern Polish city of Gdynia asked its Chinese partner, Haidian District of Beijing, "
            "for gloves and goggles on April 2, 2020.\n")
    out = extract_document(_doc(text))
    req = [e for e in out.events if e.type == "request"]
    assert req and req[0].from_[0].key == "PL/Gdynia" and req[0].to[0].key == "CN/Beijing/Haidian"


def test_request_addressed_before_the_ask():
    text = ("Lyon asks Haikou for advice\n"
            "Lyon Mayor Jean Martin wrote to Haikou in late April asking to learn from its experience in testing.\n"
            )
    out = extract_document(_doc(text))
    req = [(e.from_[0].key, e.to[0].key) for e in out.events if e.type == "request" and e.from_ and e.to]
    assert req and all(r == ("FR/Lyon", "CN/Haikou") for r in req)


def test_writer_unnamed_asks_whether_the_partner_can_spare_goods():
    text = ("Masks for Oregon\n"
            "SALEM, Ore. (June 9, 2020) — Last month an aide at the university wrote to the Foreign Affairs "
            "Office in Fuzhou to ask whether Fujian had any gloves to spare for Oregon.\n")
    out = extract_document(_doc(text))
    req = [(e.from_[0].key, e.to[0].key) for e in out.events if e.type == "request" and e.from_ and e.to]
    assert req == [("US/Oregon", "CN/Fujian")]
