"""Chinese: a list of bare place names closed by a count word (甲、乙、丙三市) names its last member too; such a
counted, all-named list acting with 共/共同/联合 right before the act gives ONE gift together (a tally says
累计/先后 or leaves the list open with 等); and a count of givers that are all named and act 分别/各自 is no
total."""
from tests.extract.page_helpers import page_sides


def _events(*paras, title="无锡市"):
    return page_sides(*paras, title=title, published="2021-03-02")


def test_last_member_of_counted_list_is_named():
    got = _events("昨天，大邱、釜山、光州三市共向无锡捐赠防护服6000套。")
    assert got == [("donation", ["KR/Busan", "KR/Daegu", "KR/Gwangju"], ["CN/Wuxi"])]


def test_joint_words_before_the_act():
    got = _events("大邱、釜山、光州三市共同向无锡捐赠防护服6000套。")
    assert got == [("donation", ["KR/Busan", "KR/Daegu", "KR/Gwangju"], ["CN/Wuxi"])]


def test_summed_gift_stays_a_total():
    got = _events("大邱、釜山、光州三市累计共向无锡捐赠防护服6000套。")
    assert [g[0] for g in got] == ["aggregate"]


def test_counted_named_writers_each_wrote():
    got = _events("大邱、釜山、光州三个友城市长分别致函无锡市长，表达慰问。")
    assert sorted(got) == [("message", ["KR/Busan"], ["CN/Wuxi"]), ("message", ["KR/Daegu"], ["CN/Wuxi"]),
                           ("message", ["KR/Gwangju"], ["CN/Wuxi"])]


