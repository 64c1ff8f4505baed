"""Chinese: a receiver taking goods from a go-between's hands (甲市市长从当地华人商会会长手中接过了N只口罩) names
the people who hand them over, not the ones acting; the clause after it (这批口罩由乙市捐赠) names the giver,
also where the paragraph before told another giver.  Own sentences."""
from zh_reading import events, keys


def _gifts(text):
    return [e for e in events(text) if e.type == "donation"]


TAKEN = ("6月2日，智利瓦尔帕莱索市市长从当地华人商会会长手中接过了2万只口罩，"
         "这批口罩由浙江省温州市政府捐赠，委托商会转交给友城。")


def test_taken_from_hands_of_overseas_chinese():
    [e] = _gifts(TAKEN)
    assert keys(e.from_) == ["CN/Wenzhou"] and keys(e.to) == ["CL/Valparaiso"]
    assert e.items[0].quantity == 20000


def test_giver_after_taking_beats_paragraph_before():
    text = "浙江省宁波市向秘鲁友城利马市捐赠的3万只口罩近日运抵该市。\n\n智利方面，" + TAKEN
    [e] = [e for e in _gifts(text) if keys(e.to) == ["CL/Valparaiso"]]
    assert keys(e.from_) == ["CN/Wenzhou"]


def test_overseas_chinese_giving_stay_filtered():
    text = "葡萄牙里斯本市收到了友城捐赠的物资。当地华人华侨也积极行动，向医院捐赠口罩5000只。"
    assert all(keys(e.from_) != ["PT/Lisbon"] for e in _gifts(text))
