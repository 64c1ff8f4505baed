"""English open-world names: "the A-B Sister City Association" is a body named for a tie, not a town called
"A-B Sister" (nor is "X Friendship City"); the gift it ships is its home town's."""
from cityaid.clean import clean_text
from cityaid.model import Document
from cityaid.pipeline import extract_document
from cityaid.resolve.english import find_actors_en

PAGE = ("The Leeds Post | Local\n\nLeeds gets 10,000 masks from sister city in China\n\nAPRIL 17, 2020\n\n"
        "Leeds has taken delivery of 10,000 surgical masks sent by Harbin, the northern Chinese city it has been "
        "paired with since 1988, city officials said Wednesday.\n\n"
        "In February, when hospitals in Harbin were still short of gear, the Leeds-Harbin Sister City Association "
        "shipped 300 boxes of gloves and 400 gowns to the Chinese city.\n")


def test_no_town_is_read_from_a_tie_body_name():
    text = clean_text(PAGE).text
    keys = {m.key for m in find_actors_en(text, None) if m.key}
    assert not any("Sister" in k for k in keys)


def test_the_tie_body_gift_runs_from_its_home_to_the_partner():
    out = extract_document(Document(doc_id="t", text=PAGE, content_hash="x", published="2020-04-17"))
    got = [([a.key for a in e.from_], [a.key for a in e.to]) for e in out.events if e.type == "donation"]
    assert (["GB/Leeds"], ["CN/Harbin"]) in got
