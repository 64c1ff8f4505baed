"""A speaker's thanks in Chinese written as pinyin with its tone marks ("xièxiè, Hefei") is thanks, as "xiexie" is."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _sides(text):
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", title="Masks from Hefei arrive",
                                    published="2020-04-20"))
    return [(e.type, [a.key for a in e.from_], [a.key for a in e.to]) for e in out.events]


def test_tone_marked_pinyin_thanks_is_a_message():
    text = ("Masks from Hefei arrive\n\n50,000 masks donated by Aschaffenburg's partner city Hefei landed at Frankfurt "
            "Airport on Monday.\n\n\"Our whole town sends a heartfelt xièxiè to Hefei,\" Mayor Anna Weber told "
            "reporters at the airport.\n")
    assert ("message", ["DE/Aschaffenburg"], ["CN/Hefei"]) in _sides(text)
