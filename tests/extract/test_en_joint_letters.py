"""English: one letter written together by several senders ("co-signed", "a joint letter/message") is one message
with all of them as senders; letters of several writers told without such a word stay one each."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _messages(*paras, published="2020-04-29"):
    out = extract_document(Document(doc_id="t", text="\n\n".join(paras), content_hash="x", published=published))
    return [(sorted(a.key for a in e.from_), sorted(a.key for a in e.to)) for e in out.events if e.type == "message"]


def test_co_signed_letter():
    got = _messages("The mayors of Leipzig, Lyon and Perth co-signed a letter to Nanjing's mayor on March 2.")
    assert got == [(["AU/Perth", "DE/Leipzig", "FR/Lyon"], ["CN/Nanjing"])]


def test_joint_message_of_support():
    got = _messages("Leipzig, Lyon and Perth sent a joint message of support to Nanjing on March 2.")
    assert got == [(["AU/Perth", "DE/Leipzig", "FR/Lyon"], ["CN/Nanjing"])]


def test_received_a_joint_letter_from():
    got = _messages("On March 2, Nanjing received a joint letter from Leipzig, Lyon and Perth.")
    assert got == [(["AU/Perth", "DE/Leipzig", "FR/Lyon"], ["CN/Nanjing"])]


def test_letters_without_joint_stay_apart():
    got = _messages("Nanjing received letters of support from the mayors of Leipzig and Lyon on March 2.")
    assert sorted(got) == [(["DE/Leipzig"], ["CN/Nanjing"]), (["FR/Lyon"], ["CN/Nanjing"])]


def test_letters_written_separately_to_a_mayor_and_a_governor():
    got = _messages("PERTH - Mayor Jones has since written separately to the Mayor of Nanjing and to the Governor of "
                    "Jiangsu to thank them.")
    assert sorted(got) == [(["AU/Perth"], ["CN/Jiangsu"]), (["AU/Perth"], ["CN/Nanjing"])]


def test_joint_letter_of_a_mayor_and_a_premier_to_a_mayor_and_a_governor():
    got = _messages("The mayor of Munich and the premier of Bavaria co-signed a letter to the mayor of Wuxi and the "
                    "governor of Jiangsu.")
    assert got == [(["DE/Bavaria", "DE/Munich"], ["CN/Jiangsu", "CN/Wuxi"])]
