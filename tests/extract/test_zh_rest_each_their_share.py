"""Chinese gifts shared out per place: the other places and each one's share named after (sentences written for
these tests)."""
from zh_reading import events, keys  # noqa: F401 - the shared reader


def _shares(*paras):
    return sorted((keys(e.to)[0], e.items[0].quantity) for e in events("\n\n".join(paras))
                  if e.type == "donation" and len(e.to) == 1 and e.items)


LEAD = "韩联社消息，韩国光州广域市2月3日称，该市已向中国7座友好城市运送医用口罩合计4万只。"


def test_the_rest_each_their_share_in_the_same_sentence():
    assert _shares(LEAD, "按照光州市方面发布的分配计划，长沙、成都两市各获赠1万只，太原、昆明、贵阳等其余5座城市每城4000只。") == [
        ("CN/Changsha", 10000), ("CN/Chengdu", 10000), ("CN/Guiyang", 4000), ("CN/Kunming", 4000), ("CN/Taiyuan", 4000)]


def test_the_rest_each_their_share_after_a_semicolon():
    assert _shares(LEAD, "从光州市公布的清单看，长沙和成都分别获得1万只；太原、昆明、贵阳等其余5市，每市4000只。") == [
        ("CN/Changsha", 10000), ("CN/Chengdu", 10000), ("CN/Guiyang", 4000), ("CN/Kunming", 4000), ("CN/Taiyuan", 4000)]
