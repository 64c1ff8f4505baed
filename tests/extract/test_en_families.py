"""English: gift acts told as families of predicates (departure, receipt, possession), not one wording each."""
import pytest

from cityaid.model import Document
from cityaid.pipeline import extract_document


def _gifts(body, published="2020-05-20"):
    out = extract_document(Document(doc_id="t", text="Report\n\n" + body, content_hash="x", published=published))
    return [(e.type, [a.key for a in e.from_], [a.key for a in e.to]) for e in out.events if e.type == "donation"]


@pytest.mark.parametrize("verb", ["left for", "departed for", "set off for", "headed for", "was destined for",
                                  "left on Apr. 2 for", "left Genoa on Thursday for"])
def test_departure_family_names_the_receiver_after_for(verb):
    body = f"Some 7,500 gowns from Genoa, the Italian port, {verb} Ningbo, its partner city in China."
    assert ("donation", ["IT/Genoa"], ["CN/Ningbo"]) in _gifts(body)


@pytest.mark.parametrize("body", [
    "Ningbo is set to receive 6,000 gowns dispatched by Genoa last week.",
    "Ningbo will take delivery of 6,000 gowns, shipped from Genoa on Monday.",
    "Ningbo is expected to receive 6,000 gowns that Genoa already sent.",
])
def test_receipt_still_to_come_of_goods_already_sent_is_a_gift(body):
    assert ("donation", ["IT/Genoa"], ["CN/Ningbo"]) in _gifts(body)


@pytest.mark.parametrize("body", [
    "Ningbo will receive 6,000 gowns from Genoa next month.",
    "Genoa plans to send 6,000 gowns to Ningbo.",
])
def test_receipt_or_gift_only_planned_is_no_gift(body):
    assert _gifts(body) == []


@pytest.mark.parametrize("body", [
    "Several crates of gowns arrived as Genoa's gift to the Ningbo community.",
    "Genoa later returned the favour: a few crates of gowns arrived as its gift to the Ningbo community.",
])
def test_gift_owned_by_a_name_or_its_pronoun_arriving(body):
    assert ("donation", ["IT/Genoa"], ["CN/Ningbo"]) in _gifts(body)


def test_several_givers_lead_is_still_no_gift():
    assert _gifts("Several Italian cities have sent gowns to Ningbo.") == []


@pytest.mark.parametrize("verb", ["followed with", "chipped in with", "stepped in with", "came through with"])
def test_series_verbs_give(verb):
    body = f"Genoa {verb} 7,500 gowns, which Ningbo received on July 9."
    assert ("donation", ["IT/Genoa"], ["CN/Ningbo"]) in _gifts(body)


@pytest.mark.parametrize("noun", ["appeal", "plea", "request"])
def test_asking_received_from_a_side_is_its_request(noun):
    body = (f"In April the mayor of Ningbo received an urgent {noun} from officials in Genoa, "
            "asking her to help them find gowns.")
    out = extract_document(Document(doc_id="t", text="Report\n\n" + body, content_hash="x", published="2020-05-20"))
    got = [([a.key for a in e.from_], [a.key for a in e.to]) for e in out.events if e.type == "request"]
    assert got == [(["IT/Genoa"], ["CN/Ningbo"])]


def _all(body, published="2020-05-20"):
    out = extract_document(Document(doc_id="t", text="Report\n\n" + body, content_hash="x", published=published))
    return [(e.type, [a.key for a in e.from_], [a.key for a in e.to]) for e in out.events]


@pytest.mark.parametrize("verb", ["will be donated", "will be sent", "is to be shipped", "will be handed over"])
def test_batch_whose_own_verb_is_still_to_come_is_no_gift(verb):
    body = f"Lyon, May 4 (AFP) A third batch of 2 million surgical masks {verb} by Norway to partner cities, an aide said."
    assert _gifts(body) == []


@pytest.mark.parametrize("body", [
    "Nurses from Lyon and doctors from central China's Hunan Province met online on Tuesday, with the Chinese "
    "side sharing its experience of treating patients.",
    "Lyon has received 9,000 masks from Wuhan, its partner city. On 4 May health officials from the two cities "
    "met by video conference, with the Chinese side passing on its experience of tracing contacts.",
])
def test_the_chinese_side_of_a_meeting_is_the_chinese_place_named(body):
    cn = "CN/Hunan" if "Hunan" in body else "CN/Wuhan"
    assert ("consultation", [cn], ["FR/Lyon"]) in _all(body)


@pytest.mark.parametrize("share", [
    "It was on Monday that the masks left Changsha, the provincial capital, 30,000 of them bound for Lazio "
    "and as many for Alsace.",
    "Lazio and Alsace will each take delivery of 30,000 of them, shipped out of the provincial capital on May 2.",
    "Of these, 30,000 are earmarked for Lazio and 25,000 for Alsace.",
])
@pytest.mark.parametrize("lead", [
    "A gift of 60,000 surgical masks from central China's Hunan Province is heading for the province's partner "
    "regions, Lazio in Italy and Alsace in France, the office said.",
    "A gift of 60,000 surgical masks from central China's Hunan Province is on its way to the province's two "
    "partner regions, Italy's Lazio and France's Alsace, the office said.",
])
def test_shares_of_a_gift_told_before_go_to_each_receiver_from_its_giver(lead, share):
    got = _all(lead + "\n\n" + share)
    assert ("donation", ["CN/Hunan"], ["IT/Lazio"]) in got and ("donation", ["CN/Hunan"], ["FR/Alsace"]) in got
    assert not any(t == "aggregate" or (t == "donation" and len(to) > 1) for t, _f, to in got)


def test_town_in_country_at_sentence_start_receives_the_double_object_passive():
    assert ("donation", ["CN/Hunan"], ["FR/Tours"]) in _gifts("Tours in France was sent 9,000 gowns by Hunan last week.")


@pytest.mark.parametrize("body", [
    "Ningbo answered an urgent appeal from Genoa by sending 7,500 gowns to the city on April 2.",
    "Responding to a plea from Genoa, Ningbo shipped 7,500 gowns to the city on April 2.",
    "Ningbo heeded a call for help from Genoa and sent 7,500 gowns on April 2.",
])
def test_who_answers_a_plea_from_a_side_gives_to_it(body):
    assert ("donation", ["CN/Ningbo"], ["IT/Genoa"]) in _gifts(body)


def test_two_messages_glued_after_a_closing_quote():
    body = ("CHUNCHEON, March 12 -- As Gangwon Province battles the outbreak, help has come from abroad, the "
            "provincial government said Thursday.\n\nA letter from Vietnam's Quang Ninh Province promised to \"stand "
            "with Gangwon whatever happens,\" and Russia's Tuva Republic, a fellow member of the regional "
            "association, wished the province a speedy recovery in a message.")
    got = _all(body)
    assert ("message", ["RU/Tuva"], ["KR/Gangwon"]) in got
    assert not any(t == "message" and to == ["RU/Tuva"] for t, _f, to in got)
