"""Chinese lists of parties: partners grouped by country with commas between the groups, and counted givers
who act as the subject (sentences written for these tests)."""
from cityaid.extract.actors import names_a_country
from cityaid.extract.lists import join_country_groups
from zh_reading import events, keys  # noqa: F401 - the shared reader


def test_commas_between_country_groups_become_list_marks_of_the_same_length():
    text = "我省向日本山梨县、长野县，意大利托斯卡纳大区，德国黑森州等友好省州寄去慰问信。"
    joined = join_country_groups(text, names_a_country)
    assert len(joined) == len(text) and "，" not in joined[:joined.index("等")]
    # a new clause after a comma (a place, then its own verb) stays a clause
    other = "我省向日本山梨县、长野县捐赠口罩，意大利托斯卡纳大区也向我省寄来了手套。"
    assert join_country_groups(other, names_a_country) == other


def test_letters_to_partners_grouped_by_country_go_from_the_writer_to_each():
    found = events("5月，省长分别致信日本山梨县、长野县，意大利托斯卡纳大区，德国黑森州的行政长官，表示慰问。", "四川省")
    assert [keys(e.from_) for e in found] == [["CN/Sichuan"]] * 4
    assert sorted(k for e in found for k in keys(e.to)) == ["DE/Hesse", "IT/Tuscany", "JP/Nagano", "JP/Yamanashi"]


def test_counted_givers_as_the_subject_give_one_gift_not_a_tally():
    [e] = events("6月2日，成都、绵阳、德阳三市向尼泊尔博克拉市捐赠口罩3万只。")
    assert e.type == "donation" and keys(e.from_) == ["CN/Chengdu", "CN/Deyang", "CN/Mianyang"]
    assert keys(e.to) == ["NP/Pokhara"]
    # received from counted givers: the receiver's tally stays a total
    [t] = events("6月3日，博克拉市已收到成都、绵阳、德阳三市捐赠的口罩3万只。")
    assert t.type == "aggregate"


def test_a_side_named_with_fang_is_no_list_group():
    # (中方 is no country's place: the comma after a clause about help stays a clause break)
    text = "韩国政府和各界向中方提供了大量帮助和支持，中方对此表示感谢，中方也愿同韩方分享经验。"
    assert join_country_groups(text, names_a_country) == text
