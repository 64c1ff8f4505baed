"""English: an envoy named with the place of its post ("the Consul General of China in X presented masks,
donated by Y province, to X's governor"): the envoy speaks for its country, and the province
named after the goods gave; the place of the post is the receiver, not the giver."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _gifts(*paras, published="2020-05-06"):
    out = extract_document(Document(doc_id="t", text="\n\n".join(paras), content_hash="x", published=published))
    return [([a.key for a in e.from_], [a.key for a in e.to]) for e in out.events if e.type == "donation"]


def test_consul_general_of_country_in_post_hands_over_province_gift():
    got = _gifts("SONGKHLA – The Consul General of China in Songkhla on Monday (May 4) presented 20,000 face masks "
                 "and 300 gowns, donated by the Hainan Provincial Government, to Songkhla's governor Somchai Dee.")
    assert got == [(["CN/Hainan"], ["TH/Songkhla"])]
