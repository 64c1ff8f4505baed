"""English: a request told as a letter written to a side and asking it for help ("X wrote to Y asking for ...",
"she had written to Y asking for aid", "a letter that X sent to Y on a date, through an embassy, asking
for ...") runs from the writer's side to the side written to, even where a noun ("a request that the town made")
comes first in the sentence."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _requests(*paras, published="2020-04-29"):
    out = extract_document(Document(doc_id="t", text="\n\n".join(paras), content_hash="x", published=published))
    return [([a.key for a in e.from_], [a.key for a in e.to]) for e in out.events if e.type == "request"]


def test_request_noun_then_wrote_to_asking():
    got = _requests("Bremen - The city of Bremen on Monday received 20,000 masks from its Chinese partner city Dalian.",
                    "The gift answers a request that the town made in March, when Mayor Hans Ott wrote to "
                    "Dalian's mayor Li Ming asking for gowns for care homes.")
    assert got == [(["DE/Bremen"], ["CN/Dalian"])]


def test_letter_sent_through_a_consulate_asking():
    got = _requests("The Region of Tacna received 10,000 masks donated by the city of Ningbo.",
                    "It answers a letter that Governor Ana Ruiz sent to Ningbo on March 9, through the Chinese "
                    "Consulate in Lima, asking for protective equipment for nurses.")
    assert got == [(["PE/Tacna"], ["CN/Ningbo"])]


def test_had_sent_a_letter_to_a_leader_asking():
    got = _requests("HANOI - Six Chinese doctors arrived in Vietnam on Friday.",
                    "On March 4 Prime Minister Tran said in parliament that he had sent an urgent letter to "
                    "Chinese Premier Li asking for help.")
    assert got == [(["VN"], ["CN"])]
