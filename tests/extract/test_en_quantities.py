"""English amounts, money and items (own fixtures)."""
import pytest

from cityaid.extract.en_quantities import find_quantities_en, itemize_en, parse_number_en


@pytest.mark.parametrize("s,v", [("40,000", 40000), ("10k", 10000), ("1.2 million", 1_200_000),
                                 ("One hundred thousand", 100000), ("Fifteen thousand", 15000),
                                 ("twenty-five thousand", 25000), ("3,500", 3500)])
def test_parse_number(s, v):
    assert parse_number_en(s) == v


def _items(text):
    return [(i.item, i.quantity, i.qualifier) for i in itemize_en(text)]


def test_breakdown_itemised_without_total():
    got = _items("Lyon sent 2,000 masks (500 N95 masks and 1,500 surgical masks) to Guangzhou.")
    assert got == [("n95_mask", 500, "exact"), ("medical_mask", 1500, "exact")]


def test_qualifiers_and_units():
    assert _items("more than 200,000 pieces of medical supplies") == [("supplies", 200000, "over")]
    assert _items("about 50,000 face masks") == [("mask", 50000, "approx")]
    assert _items("10k KN95 masks and 300 hazmat suits") == [("n95_mask", 10000, "exact"),
                                                            ("protective_suit", 300, "exact")]


def test_item_words():
    got = dict((i, q) for i, q, _ in _items(
        "800 disposable masks, 60 goggles, 4,000 gloves, 90 face shields, 250 testing kits, 5 ventilators, "
        "40 thermometers and 600 bottles of hand sanitizer"))
    assert got == {"disposable_mask": 800, "goggles": 60, "gloves": 4000, "face_shield": 90, "test_kit": 250,
                   "ventilator": 5, "thermometer": 40, "disinfectant": 600}


def test_item_named_without_amount():
    assert _items("asked Perth for help finding PPE") == [("supplies", None, None)]


def _money(text):
    return [(q.value, q.currency) for q in find_quantities_en(text) if q.kind == "money"]


def test_money():
    assert _money("a gift of $1.2 million") == [(1_200_000, "USD")]
    assert _money("¥666,000 raised by Wuhan firms") == [(666000, "CNY")]
    assert _money("72,452 yen from residents, and ¥10,000 more") == [(72452, "JPY"), (10000, "JPY")]
    assert _money("5,000 euros") == [(5000, "EUR")]
    assert _money("one million won") == [(1_000_000, "KRW")]


def test_counts_are_not_goods():
    kinds = [(q.value, q.kind) for q in find_quantities_en(
        "supplies to 12 partner cities in 7 countries since 1994, after 30 years")]
    assert (12, "partners") in kinds and (7, "countries") in kinds
    assert (1994, "other") in kinds


def test_weights_are_not_counts_of_goods():
    assert _items("eight tonnes of ventilators, gloves and other supplies") == [
        ("ventilator", None, None), ("gloves", None, None)]


def test_one_amount_over_a_list_of_goods_is_supplies():
    assert _items("the county sent Rennes about 30,000 masks, goggles and protective gowns") == [
        ("supplies", 30000, "approx")]
    assert _items("12,000 masks and gloves") == [("mask", 12000, "exact"), ("gloves", None, None)]


def test_mask_kinds():
    assert _items("6,000 procedural masks") == [("medical_mask", 6000, "exact")]
    assert _items("7,000 disposable surgical masks") == [("medical_mask", 7000, "exact")]
    assert _items("9,000 disposable face masks") == [("disposable_mask", 9000, "exact")]


def test_masks_counted_without_their_kind_take_the_kind_named_before():
    text = "Ostrava received 60,000 KN95 masks. The truck left on Monday with 30,000 masks for each district."
    cut = text.index(".") + 1
    assert [(i.item, i.quantity) for i in itemize_en(text, cut)] == [("n95_mask", 30000)]


def test_modifier_sharing_the_noun_of_the_list():
    assert _items("flew in 40,000 surgical and 6,000 KN95 masks") == [("medical_mask", 40000, "exact"),
                                                                      ("n95_mask", 6000, "exact")]


def test_half_a_million():
    assert _items("half a million face masks") == [("mask", 500000, "exact")]


def test_bare_amounts_after_counted_goods():
    assert _items("3,000 gloves went to the clinic and 1,500 to the school.") == [
        ("gloves", 3000, "exact"), ("gloves", 1500, "exact")]
    # the parts of a total already counted are not counted again
    assert _items("It sent 900 goggles: 600 went to Kaunas and 300 to Vilnius.") == [("goggles", 900, "exact")]
    assert _items("a 12,000-mask consignment") == [("mask", 12000, "exact")]


def test_a_day_of_the_month_is_no_amount():
    assert _items("9,000 gloves donated by Tartu were received on Oct. 14.") == [("gloves", 9000, "exact")]


def test_only_the_bare_word_takes_the_kind_named_before():
    text = "Riga's gift included 7,000 KN95 masks. Its 9,000 face masks came later"
    cut = text.index("Its")
    assert [(i.item, i.quantity) for i in itemize_en(text, cut)] == [("mask", 9000)]


def test_more_currencies():
    got = [(q.value, q.currency) for q in find_quantities_en("worth 310,000 Namibian dollars and NT$2 million") if q.currency]
    assert got == [(310000, "NAD"), (2000000, "TWD")]


def test_counted_goods_the_lexicon_does_not_know_are_other():
    assert _items("4,000 boxes of instant noodles") == [("other", 4000, "exact")]
    assert _items("150 pieces of equipment") == [("supplies", 150, "exact")]


def test_numbers_in_names_are_not_bare_amounts():
    assert _items("Lodz sent 9,000 masks to help fight COVID-19.") == [("mask", 9000, "exact")]
    assert _items("9,000 masks reached the depot on Route 66.") == [("mask", 9000, "exact")]


def test_handed_over_is_a_verb_particle_not_more_than():
    from cityaid.extract.en_quantities import find_quantities_en
    got = [(q.value, q.qualifier) for q in find_quantities_en("Qinzhou handed over 7,500 gowns to Haiphong on Monday.")]
    assert got[0] == (7500.0, "exact")
    got = [(q.value, q.qualifier) for q in find_quantities_en("Qinzhou has sent over 7,500 gowns since March.")]
    assert got[0] == (7500.0, "over")


def test_counted_noun_after_two_joined_capitalised_modifiers():
    qs = find_quantities_en("It has mailed 40,000 gloves to eleven Central and West African countries.")
    assert [(q.kind, q.value) for q in qs] == [("goods", 40000), ("countries", 11)]
    qs = find_quantities_en("Gifts went to 14 Nordic or Baltic partner cities.")
    assert [(q.kind, q.value) for q in qs] == [("partners", 14)]


def test_medicine_as_a_field_is_no_item():
    from cityaid.extract.en_quantities import itemize_en
    assert itemize_en("The team of specialists in lung disease, emergency care and traditional Chinese medicine left.") == []
    assert itemize_en("doctors from the School of Medicine joined") == []
    assert [ln.item for ln in itemize_en("Hebei sent boxes of traditional Chinese medicine and masks.")] == ["medicine", "mask"]


def test_thousands_set_apart_by_a_space():
    text = "The town shipped 7 340 KN95 masks and 1 250 000 gloves, then 60 000 gowns."
    got = [(q.value, q.kind) for q in find_quantities_en(text, 0, len(text))]
    assert (7340, "goods") in got and (1250000, "goods") in got and (60000, "goods") in got
    assert parse_number_en("45 600") == 45600


def test_a_day_and_a_figure_stay_apart():
    text = "On April 15 200 masks reached the port."
    got = [q.value for q in find_quantities_en(text, 0, len(text))]
    assert 15200 not in got


def test_sets_of_protective_equipment_are_protective_suits():
    got = _items("Lindau handed 3,500 sets of personal protective equipment (PPE) and 70 thermometers to Tarnow.")
    assert got == [("protective_suit", 3500, "exact"), ("thermometer", 70, "exact")]
    got = _items("The town shipped 1.4 million gloves, 6,200 sets of protective gear and 8 ventilators to Vaasa.")
    assert ("protective_suit", 6200, "exact") in got
    assert _items("Rovaniemi got 900 sets of PPE on Friday.") == [("protective_suit", 900, "exact")]
