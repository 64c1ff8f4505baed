"""English: a place named in a fronted circumstance ("In March, when X was fighting the virus, the council sent
a letter to X's mayor", "In early March, as X was under quarantine, Y's mayor posted a video, saying '...'")
is the scene of the act, not its doer: the sender is the main clause's side (else the page's own place)."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _messages(text, published="2020-05-12"):
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published=published))
    return [([a.key for a in e.from_], [a.key for a in e.to]) for e in out.events if e.type == "message"]


def test_unnamed_council_after_fronted_when_clause_is_the_page_place():
    text = ("BRISBANE WELCOMES GIFT FROM CHONGQING\n\n"
            "Brisbane City Council has taken delivery of 40,000 medical masks from Chongqing, its sister city.\n\n"
            "In March, when Chongqing was struggling with its own epidemic, the Council sent a letter of "
            "encouragement to Chongqing Mayor Tang Liangzhi and raised funds for local hospitals.\n")
    msgs = _messages(text)
    assert (["AU/Brisbane"], ["CN/Chongqing"]) in msgs
    assert (["CN/Chongqing"], ["AU/Brisbane"]) not in msgs


def test_quoted_words_after_fronted_as_clause_are_the_named_speaker_s():
    text = ("Chengdu sends masks to Phoenix\n\n"
            "CHENGDU, May 11 -- A shipment of 30,000 masks donated by Chengdu reached Phoenix, its U.S. sister city, "
            "on Sunday.\n\n"
            "In late January, as Chengdu was under strict controls, Phoenix Mayor Kate Gallego taped a video greeting "
            "to the residents of Chengdu, saying \"Stay strong, dear friends, our hearts are with you.\"\n")
    msgs = _messages(text)
    assert (["US/Phoenix"], ["CN/Chengdu"]) in msgs
    assert (["CN/Chengdu"], ["US/Phoenix"]) not in msgs
