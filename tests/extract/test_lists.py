"""Lists of parties that each get their own figure (cityaid.extract.lists), on sentences written for
these tests (other places, other figures)."""
from cityaid.extract.lists import each_figure, each_named, figures_in_step
from cityaid.resolve import resolve_name
from zh_reading import events, keys


def _gifts(evs):
    return sorted((keys(e.from_)[0], tuple(keys(e.to)), [(i.item, i.quantity) for i in e.items][0])
                  for e in evs if e.type == "donation")


def test_figures_in_step_are_a_run_joined_by_and():
    t = "捐赠的4万只和2万只医用口罩"
    assert [q.value for q in figures_in_step(t, 0, len(t))] == [40000, 20000]
    t = "捐赠4万只医用口罩和2万套防护服"
    assert figures_in_step(t, 0, len(t)) == []


def test_each_figure_follows_the_list_directly():
    t = "巴伐利亚州和黑森州的各4万只口罩"
    assert each_figure(t, t.index("州的") + 1, len(t)).value == 40000
    t = "巴伐利亚州和黑森州捐赠4万只口罩"
    assert each_figure(t, t.index("州捐") + 1, len(t)) is None


def test_each_named_reads_the_members_even_with_and_inside_a_name():
    t = "随后分别转运至友好县和歌山县和山口县,两县各6万只"
    members, q = each_named(t, 0, len(t), resolve_name)
    assert [m[2].key for m in members] == ["JP/Wakayama", "JP/Yamaguchi"] and q.value == 60000


def test_figures_in_step_with_the_recipients_in_a_gift_phrase():
    evs = events("5月6日，成都市向友好城市德国波恩市、法国里昂市捐赠的4万只和2万只医用口罩已经运抵两市。")
    assert _gifts(evs) == [("CN/Chengdu", ("DE/Bonn",), ("medical_mask", 40000)),
                           ("CN/Chengdu", ("FR/Lyon",), ("medical_mask", 20000))]


def test_each_after_the_recipients_in_a_gift_phrase():
    evs = events("5月6日，我省捐赠给德国巴伐利亚州和法国布列塔尼大区的各4万只医用口罩从机场起运。", "四川省")
    assert _gifts(evs) == [("CN/Sichuan", ("DE/Bavaria",), ("medical_mask", 40000)),
                           ("CN/Sichuan", ("FR/Brittany",), ("medical_mask", 40000))]


def test_goods_sent_on_to_a_list_each_with_a_share():
    evs = events("5月6日，四川省捐赠的8万只口罩运抵法兰克福机场，随后分别转运至巴伐利亚州和黑森州，两州各4万只。")
    assert _gifts(evs) == [("CN/Sichuan", ("DE/Bavaria",), ("mask", 40000)),
                           ("CN/Sichuan", ("DE/Hesse",), ("mask", 40000))]


def test_goods_told_again_split_among_the_recipients_replace_the_whole():
    evs = events("四川省外办7日说，四川省已向友好州德国巴伐利亚州和黑森州捐赠8万只医用口罩。"
                 "这批口罩已于6日从成都启运，巴伐利亚州和黑森州各得4万只。")
    assert _gifts(evs) == [("CN/Sichuan", ("DE/Bavaria",), ("medical_mask", 40000)),
                           ("CN/Sichuan", ("DE/Hesse",), ("medical_mask", 40000))]


def test_shares_after_a_dash_naming_the_members_of_a_counted_list():
    t = "6月2日，一批共计8万只的医用口罩从南京启运，寄往江苏省的两座友好城市——日本名古屋市和韩国忠清南道，两地各得4万只，均由江苏省免费提供。"
    got = _gifts(events(t))
    assert [(g[1], g[2]) for g in got] == [(("JP/Nagoya",), ("medical_mask", 40000)),
                                           (("KR/South Chungcheong",), ("medical_mask", 40000))]
