"""English: an envoy handing over goods that a place of the envoy's country gave ("the consul general passed on
N masks donated by X province", "the county was offered N masks by the consul general on behalf of X
province"): the place gave, not the envoy's nation."""
from cityaid.model import Document
from cityaid.pipeline import extract_document, spec_events


def _gifts(*paras):
    doc = Document(doc_id="t", content_hash="x", text="\n\n".join(paras), title="Fife thanks Hubei for masks",
                   published="2020-07-20")
    return [([a["key"] for a in e["from"]], e["items"][0]["quantity"]) for e in spec_events(extract_document(doc))
            if e["type"] == "donation" and e["items"]]


def test_passed_on_goods_donated_by_a_province():
    got = _gifts("Four thousand masks have been donated to Fife by the provincial government of Hubei in China.",
                 "Chinese Consul General Li Wei had in May passed on 20,000 masks donated by Hebei province, a "
                 "long-standing partner of the county.")
    assert (["CN/Hebei"], 20000) in got


def test_offered_by_the_envoy_on_behalf_of_a_province():
    got = _gifts("Four thousand masks have been donated to Fife by the provincial government of Hubei in China.",
                 "Back in May, the county was offered 20,000 masks by Chinese Consul General Li Wei on behalf of "
                 "Hebei province, a long-standing partner of Fife.")
    assert (["CN/Hebei"], 20000) in got
