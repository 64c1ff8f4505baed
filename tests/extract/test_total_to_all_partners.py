"""A letter or gift to every partner a place has, none named (向全部国际友城, 所有友好省州, 各友城): a tally over
all of them with its count left out, from the place; the mayors of a class of cities (友城市长) are no one
city's mayor.  Sentences written for the test."""
from tests.extract.page_helpers import page_sides


def test_letters_to_all_partner_mayors_are_a_total_from_the_writer():
    assert page_sides("3月2日，昆明市长向全部国际友城市长发出慰问信。") == [("aggregate", ["CN/Kunming"], [])]


def test_each_partner_as_a_class():
    assert page_sides("4月初，厦门市向各国际友好城市致函，介绍本市防控经验并表达慰问。") == [("aggregate", ["CN/Xiamen"], [])]


def test_gifts_to_all_partner_provinces():
    assert page_sides("截至5月，云南省已向所有友好省州捐赠了防疫物资。") == [("aggregate", ["CN/Yunnan"], [])]


def test_a_counted_class_of_partner_mayors_is_written_to_not_writing():
    assert page_sides("福州市长致信15个国际友城市长，表达慰问。") == [("aggregate", ["CN/Fuzhou"], [])]


def test_a_named_partner_is_still_one_letter():
    assert page_sides("昆明市长致信泰国清迈府府尹，表达慰问。") == [("message", ["CN/Kunming"], ["TH/Chiang Mai"])]
