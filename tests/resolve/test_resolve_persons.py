"""People standing for their place across a page: name forms and where a later mention ends."""
from cityaid.extract.actors import gather
from cityaid.resolve import persons


def test_adverb_read_into_a_transliterated_name_is_dropped():
    assert persons.trim_name("乔瓦尼·罗西已") == "乔瓦尼·罗西"
    assert persons.trim_name("乔瓦尼·罗西还") == "乔瓦尼·罗西"
    assert persons.trim_name("乔瓦尼·罗西") == "乔瓦尼·罗西"
    assert persons.trim_name("安娜·米勒出席") == "安娜·米勒"


def test_family_name_only_before_a_title():
    assert persons.name_forms("山田一郎", "JP") == {"山田一郎": True, "山田": False}
    assert persons.name_forms("朴成民", "KR") == {"朴成民": True, "朴": False}
    assert persons.name_forms("乔瓦尼·罗西", "IT") == {"乔瓦尼·罗西": True, "乔瓦尼": True, "罗西": True}


def test_title_after_a_later_mention():
    text = "罗西专员收到来信"
    assert persons.title_after(text, 2) == 4
    assert persons.title_after(text, 1) == 1


def test_later_bare_name_after_an_adverb_stands_for_the_place():
    text = "奥斯陆市长乔瓦尼·罗西已在市政厅收下这批物资。罗西对嘉兴市的支持表示感谢"
    refs = gather(text, None)
    first, later = refs[0], next(r for r in refs if r.name.startswith("罗西"))
    assert first.name == "奥斯陆市长乔瓦尼·罗西" and later.key == first.key


def test_family_name_with_title_stands_for_the_place():
    text = "富山县知事山田一郎来信。此后山田知事又在视频中向温州表示慰问"
    refs = gather(text, None)
    later = next(r for r in refs if r.name.startswith("山田知事"))
    assert later.key == refs[0].key and later.key.startswith("JP/")


def test_name_followed_by_a_date_is_still_the_person():
    text = "德累斯顿市长卡尔森5日在网上发布视频。随后卡尔森再次致信合肥"
    refs = gather(text, None)
    assert refs[0].name == "德累斯顿市长卡尔森"
    assert any(r.name == "卡尔森" and r.key == refs[0].key for r in refs[1:])
