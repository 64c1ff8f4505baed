"""Unit checks of the party mentions themselves (cityaid.extract.actors)."""
from cityaid.extract.actors import _school_short_refs, gather


def _keys(text):
    return [(r.name, r.key, r.marker) for r in gather(text, None)]


def test_school_short_forms():
    assert [x[2] for x in _school_short_refs("与兰大一院专家连线")] == ["CN/Lanzhou"]
    assert [x[2] for x in _school_short_refs("郑大一附院派出专家")] == ["CN/Zhengzhou"]
    assert [x[2] for x in _school_short_refs("川大华西医院专家")] == ["CN/Sichuan"]


def test_school_short_forms_not_words():
    assert _school_short_refs("这是一次重大医疗考验") == []
    assert _school_short_refs("广西大学附属医院") == []
    assert _school_short_refs("同济大学附属协和医院") == []


def test_for_which_is_not_at():
    refs = gather("对于光州在我市疫情暴发之时倾力相助，我们深表感谢。", None)
    first = next(r for r in refs if r.key == "KR/Gwangju")
    assert first.marker == "about"


def test_counted_word_needs_that_many():
    refs = gather("巴黎疫情告急，我市向三地各捐赠口罩1万只。", None)
    assert not any(r.name == "巴黎" and r.start > 4 for r in refs)
