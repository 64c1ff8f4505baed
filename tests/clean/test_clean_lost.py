"""Lost-character placeholders (``? `` between Han characters) are dropped before matching."""
from cityaid.clean import clean_text
from cityaid.clean.lost import find_lost


def test_placeholder_inside_a_place_name_is_dropped():
    ct = clean_text("6月，向加拿大温尼伯? 市捐赠口罩3万只。")
    assert "温尼伯市捐赠" in ct.text
    assert any(reason == "lost character" for _, _, reason in ct.removed)


def test_placeholder_between_country_and_town_in_traditional_script():
    ct = clean_text("此前已向葡萄牙? 科英布拉市捐贈防疫物資。")
    assert "葡萄牙科英布拉市" in ct.text


def test_offsets_still_quote_the_original():
    raw = "主席阮文? 明表示感谢。"
    ct = clean_text(raw)
    i = ct.text.index("明")
    assert raw[ct.offsets[i]] == "明"


def test_real_question_full_width_and_unspaced_marks_are_kept():
    assert find_lost("你们还好吗? 我们都好。") == []
    assert find_lost("怎么办？ 大家商量。") == []
    assert find_lost("编号A? B") == []
    assert find_lost("温尼伯?市") == []
