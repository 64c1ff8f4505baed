"""Chinese gifts split evenly over the places named, told as 每地/每市 N (sentences written for these tests)."""
from zh_reading import events, keys  # noqa: F401 - the shared reader


def _amounts(e):
    return [(i.item, i.quantity) for i in e.items]


def test_amount_for_each_place_after_the_total():
    es = events("5日，福建省捐给友好州美国俄勒冈州、友好县日本长崎县的医用口罩从福州启运，共计6万只，每地3万只。")
    assert sorted(k for e in es for k in keys(e.to)) == ["JP/Nagasaki", "US/Oregon"]
    assert all(_amounts(e) == [("medical_mask", 30000)] for e in es)


def test_goods_loaded_and_sent_to_two_partners_each_its_share():
    es = events("5月5日，6万只医用口罩在福州装车起运，分别发往我省的友好州美国俄勒冈州和友好县日本长崎县，每地3万只。",
                publisher="福建省")
    assert sorted(k for e in es for k in keys(e.to)) == ["JP/Nagasaki", "US/Oregon"]
    assert all(_amounts(e) == [("medical_mask", 30000)] for e in es)
