"""A mayor titled bare at a sentence's start, named with a Latin gloss and making a statement on the city's
website, is the mayor of the city the sentence before opened with: the thanks go from that city."""
from tests.extract.page_helpers import page_sides


def test_glossed_bare_mayor_statement_thanks_the_giver():
    got = page_sides("奥克兰市政府前日宣布，已收到姊妹市宁波捐赠的2万个外科口罩。",
                     "市长高夫（Phil Goff）在市府网站发表声明：「我们衷心感谢宁波市政府和市民的支援。」")
    assert ("message", ["NZ/Auckland"], ["CN/Ningbo"]) in got
    assert ("message", ["CN/Ningbo"], ["NZ/Auckland"]) not in got


def test_glossed_bare_mayor_in_traditional_script():
    got = page_sides("溫哥華市政府昨日宣布，已收到姊妹市廣州捐贈的3萬個外科口罩。",
                     "市長沈觀健（Ken Sim）在市府網站發表聲明：「我們衷心感謝廣州市政府的慷慨支援。」")
    assert ("message", ["CA/Vancouver"], ["CN/Guangzhou"]) in got
