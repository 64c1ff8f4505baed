"""English: a letter of support sent along with an earlier gift, and thanks a leader voices in a quote on the
page's day, are two messages between the same sides (the letter keeps the kind its own words give it)."""
from tests.extract.page_helpers import page_sides


def test_support_letter_with_gift_and_later_quoted_thanks():
    got = page_sides("Protective gowns donated by the German city of Dortmund have arrived in Leeds.",
                     "In March, Leeds City Council sent 8,000 masks to Dortmund, along with a letter of support "
                     "from the people of Leeds.",
                     "Council leader Jane Doe said: \"We are very grateful to our friends in Dortmund. "
                     "They stood by us.\"",
                     published="2020-05-12", title="Leeds receives gowns from Dortmund")
    assert got.count(("message", ["GB/Leeds"], ["DE/Dortmund"])) == 2


def test_letter_of_thanks_with_gift_and_quoted_thanks_stay_one():
    got = page_sides("In April, Graz shipped 5,000 masks to Linz, along with a letter of thanks from its mayor.",
                     "\"We thank our friends in Linz for their help in January,\" the mayor wrote.",
                     published="2020-05-12", title="Masks for Linz")
    assert got.count(("message", ["AT/Graz"], ["AT/Linz"])) <= 1
