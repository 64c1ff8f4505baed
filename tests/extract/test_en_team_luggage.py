"""Goods a medical team took along ('Their luggage included ...', 'the supplies it carried') go where the team
went, not to the place the page was filed from."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def test_luggage_of_the_team_goes_where_it_went():
    text = ("Provinces staff teams abroad\n\n"
            "BEIJING, May 2 -- China has been sending doctors abroad since March.\n\n"
            "Mongolia received a 9-member team on April 20, when experts selected by the Inner Mongolia "
            "Autonomous Region health commission arrived in Ulaanbaatar. Their luggage included 3,100 N95 "
            "respirators and 900 protective suits, all of them gifts from China.\n")
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published="2020-05-02"))
    gifts = [(e.from_[0].key if e.from_ else None, [a.key for a in e.to]) for e in out.events if e.type == "donation"]
    assert gifts and all("CN/Beijing" not in to for _, to in gifts)
    assert any(to and to[0].startswith("MN") for _, to in gifts)
