"""English: a gift given back with its time told right after the phrase ("returned the favour in May with ...");
a gift named by a relative clause with its own subject ("a gift of N masks that X's Y District sent to Z");
a saint's town written without the abbreviation's point ("St Paul")."""
from tests.extract.page_helpers import page_sides


def test_return_gift_with_time_after_the_phrase():
    got = page_sides("In March, Tulsa mailed 3,000 gloves to Zhuhai.",
                     "Zhuhai returned the favour in May with 40,000 surgical masks.")
    assert ("donation", ["CN/Zhuhai"], ["US/Tulsa"]) in got
    assert ("donation", ["US/Tulsa"], ["CN/Zhuhai"]) in got
    got = page_sides("In March, Tulsa mailed 3,000 gloves to Zhuhai.",
                     "Zhuhai returned the favor on Monday with 40,000 surgical masks.")
    assert ("donation", ["CN/Zhuhai"], ["US/Tulsa"]) in got


def test_return_gift_told_by_arrival():
    got = page_sides("In March, Tulsa mailed 3,000 gloves to Zhuhai.",
                     "Zhuhai returned the favor in May, when 40,000 masks from the city reached Tulsa City Hall.")
    assert ("donation", ["CN/Zhuhai"], ["US/Tulsa"]) in got


def test_relative_clause_names_the_giver():
    got = page_sides("Beijing donated 50,000 masks to Ottawa on May 4.",
                     "Ottawa and Beijing have been sister cities since 1999. That shipment came after a gift of "
                     "15,000 gloves that Beijing's Chaoyang District sent to the City of Burnaby in March.")
    assert ("donation", ["CN/Beijing/Chaoyang"], ["CA/Burnaby"]) in got
    assert ("donation", ["CN/Beijing"], ["CA/Burnaby"]) not in got


def test_saint_town_without_point():
    got = page_sides("Suzhou's contribution to St Paul, its oldest sister city, included 20,000 gloves.")
    assert ("donation", ["CN/Suzhou"], ["US/Saint Paul"]) in got


def test_relative_clause_giver_named_with_its_district_word():
    got = page_sides("Beijing donated 50,000 masks to Ottawa on May 4.",
                     "That shipment came after a gift of 15,000 gloves that Chongqing's Yuzhong District sent to the "
                     "City of Burnaby in March.")
    assert ("donation", ["CN/Chongqing/Yuzhong"], ["CA/Burnaby"]) in got
