"""English: "it" names the place the sentence before was about, even when that sentence told no act
("X, a port city in the province, has also helped its twin town. Masks it donated to Y ...")."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def test_it_is_the_place_the_sentence_before_opened_with():
    text = ("Help across the border\n"
            "A team of eight doctors from China's Jilin Province arrived in Ulaanbaatar on May 3.\n"
            "Hunchun, a border city in the province, has also helped its twin town across the river.\n"
            "Masks it donated to Vladivostok, including 60,000 surgical masks, crossed the border on May 6.\n")
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published="2020-05-08"))
    gifts = [(e.from_[0].key if e.from_ else None, e.to[0].key if e.to else None) for e in out.events
             if e.type == "donation"]
    assert gifts == [("CN/Yanbian/Hunchun", "RU/Vladivostok")] or gifts == [("CN/Hunchun", "RU/Vladivostok")]
