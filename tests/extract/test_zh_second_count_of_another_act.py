"""Chinese: one sentence tallies two kinds of acts by counted partners (截至某日,N个友城向我市发来慰问信,另有/
M个友城捐赠了物资): the second count is a total of its own kind, not a part of the first (其中/另有 parts only
belong to a total of the same kind), and where its clause names no side the receiver is the one the first count
named."""
from tests.extract.page_helpers import page_sides

HEAD = "嘉兴市外办 工作动态"


def test_second_count_with_its_own_receiver():
    got = page_sides(HEAD, "据统计，截至4月2日，已有18个国际友城向我市发来慰问信函，另有6个友城向我市捐赠了口罩等物资。")
    assert got == [("aggregate", [], ["CN/Jiaxing"]), ("aggregate", [], ["CN/Jiaxing"])]


def test_second_count_with_no_side_named():
    got = page_sides(HEAD, "据统计，截至4月2日，已有18个国际友城向我市发来慰问信函，6个友城捐赠了口罩等物资。")
    assert got == [("aggregate", [], ["CN/Jiaxing"]), ("aggregate", [], ["CN/Jiaxing"])]


def test_part_of_a_total_of_the_same_kind_still_a_part():
    got = page_sides(HEAD, "截至4月2日，我市已向16个国际友城捐赠口罩30万只，其中首批10万只已于3月运抵。")
    assert [t for t, _f, _to in got] == ["aggregate"]
