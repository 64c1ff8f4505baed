"""A page's place voicing support where its sentence names the partner's country (not a city of it): the
country is addressed, not the city the page names elsewhere (in a chant, or as the sister city)."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _messages(*paras):
    text = "\n\n".join(paras) + "\n"
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published="2020-03-04"))
    return [(e.from_[0].key if e.from_ else None, [a.key for a in e.to]) for e in out.events if e.type == "message"]


def test_tweet_naming_the_country_addresses_it():
    got = _messages("Porto lights its bridge for Korea",
                    "Porto lit the Luis I Bridge in blue on Monday night.",
                    "In a tweet, Mayor Rui Faria said the lights were a sign of friendship with all those fighting "
                    "the virus, adding that the city admired Korea's calm response.",
                    "Crowds on the quay sang \"Daegu, hold on\" in Portuguese and Korean.")
    assert got and all(to == ["KR"] for _, to in got)
