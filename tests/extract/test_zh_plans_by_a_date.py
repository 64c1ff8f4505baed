"""Chinese aid still planned by a date (争取/准备在…以前) is no act yet (sentences written for these tests)."""
from zh_reading import events  # noqa: F401 - the shared reader


def test_striving_to_help_partners_by_a_date_is_a_plan():
    assert events("杭州市外办8日透露，杭州将统筹全市防疫物资产能，争取在4月中旬以前为分布于20个国家的30座国际友城"
                  "提供援助，拟援助的物资包括防护服、医用口罩等。") == []


def test_getting_ready_to_help_by_a_date_is_a_plan():
    assert events("杭州正在统筹全市防疫物资产能，准备在4月中旬以前，向20个国家的30个国际友城提供帮助。") == []
