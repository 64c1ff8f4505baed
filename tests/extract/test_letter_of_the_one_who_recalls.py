"""他/她 writing in the words of a person who opens the sentence speaking (某某表示,…,她也曾写信给乙市市长)
is that person; a person named with a bare office opening the clause right after a foreign place (运抵甲市,
市长某某…) is that place's. Own sentences."""
from tests.extract.page_helpers import page_sides


def test_the_mayor_who_recalls_wrote_the_letter():
    sides = page_sides("广州向西雅图赠送的7万个外科口罩22日运到西雅图，市长杜肯（Jenny Durkan）随即发表声明感谢广州市。",
                       "杜肯表示，今年2月广州抗疫最吃紧时，她也曾写信给广州市长，表达关心与支持。",
                       title="世界日报 西雅图")
    assert sides.count(("message", ["US/Seattle"], ["CN/Guangzhou"])) == 2
