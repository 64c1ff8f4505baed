"""'Bound for A and B in X province, and in C, a plane carrying ... took off': a fronted destination phrase is one
list of receivers (its ', and in C' goes on with the list, it opens no second act)."""
from tests.extract.en_helpers import gifts, keys, page_events


def test_fronted_destination_list_with_and_in():
    es = gifts(page_events("BOSTON, March 6 -- Headed for hospital staff in Xiangtan and Yueyang in Hunan province, "
                           "and in Nanjing, a cargo jet carrying 120,000 surgical masks and 900 protective suits "
                           "donated by the Boston Relief Fund was airborne, the fund said Thursday.",
                           "Boston charity ships masks"))
    assert len(es) == 1
    assert keys(es[0]["to"]) == ["CN/Xiangtan", "CN/Yueyang", "CN/Nanjing"] and keys(es[0]["from"]) == ["US/Boston"]


def test_destined_for_one_place_and_for_another():
    es = gifts(page_events("SEATTLE, Feb. 20 -- Destined for clinics in Chongqing, and for Chengdu, 60,000 gloves "
                           "donated by Seattle left the port on Wednesday.", "Gloves leave Seattle"))
    assert len(es) == 1 and keys(es[0]["to"]) == ["CN/Chongqing", "CN/Chengdu"]
