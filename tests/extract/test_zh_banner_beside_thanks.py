"""A cheer put on a banner (挂出“X加油”的横幅) is an act of its own: a letter of thanks the same partner sends later,
told close by, does not take it in. Sentences written for these tests (other places, other figures)."""
from tests.extract.page_helpers import page_sides


def test_banner_kept_beside_later_thanks():
    got = page_sides("本月10日，我市送往姊妹城松山的2万只口罩已经到货。",
                     "今年2月，松山市曾向我市捐赠手套5000副，并在车站前挂出“宁波加油”的横幅。",
                     "松山市长对宁波这次及时的帮忙再三表示感谢。")
    assert got.count(("message", ["JP/Matsuyama"], ["CN/Ningbo"])) == 2


def test_spoken_cheer_still_one_with_the_letter():
    got = page_sides("3月2日，松山市长致信宁波市长，表示慰问。",
                     "信中说：“宁波加油，松山与你们站在一起。”")
    assert got.count(("message", ["JP/Matsuyama"], ["CN/Ningbo"])) == 1
