"""Totals whose own clause leaves a side open: the page's place, the partners listed right after
the total, the lands of one's people abroad, and the
one named before "received" in English."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(title, text, published="2020-05-10"):
    out = extract_document(Document(doc_id="t", text=title + "\n\n" + text, title=title, content_hash="x",
                                    published=published))
    return [(e.type, tuple(a.key for a in e.from_), tuple(a.key for a in e.to), e.events_count) for e in out.events]


def test_year_total_abroad_and_letters_received_on_a_city_page():
    got = _events("绥芬河市外事办公室年度工作总结",
                  "6月，我市向乌苏里斯克市捐赠医用口罩4万只、防护服500套。\n\n"
                  "年内累计对外捐赠抗疫物资价值逾150万元，收到外方感谢信9封。")
    assert ("aggregate", ("CN/Mudanjiang/Suifenhe",), (), None) in got
    assert ("aggregate", (), ("CN/Mudanjiang/Suifenhe",), 9) in got
    assert ("donation", ("CN/Mudanjiang/Suifenhe",), ("RU/Ussuriysk",), None) in got


def test_partners_listed_after_the_total():
    got = _events("杭州市外办消息",
                  "据市外办介绍，截至5月6日，杭州累计向欧、亚两大洲15个友好城市援助了口罩、防护服、护目镜等防疫物资。"
                  "受援城市有日本静冈市、韩国蔚山，以及意大利帕多瓦等欧洲友城。")
    totals = [e for e in got if e[0] == "aggregate"]
    assert len(totals) == 1 and totals[0][1] == ("CN/Hangzhou",)
    assert {k.split("/")[0] for k in totals[0][2]} == {"JP", "KR", "IT"}


def test_lead_without_a_figure_gets_no_partners():
    got = _events("中国侨网消息",
                  "今年夏天以来，国内不少省市先后给南美的友好省市寄去抗疫物资，对方政府相继致谢。"
                  "5月9日，江苏省向智利瓦尔帕莱索大区捐赠口罩3万只。")
    assert not any(e[0] == "aggregate" for e in got)


def test_lands_of_natives_abroad_are_the_recipients():
    got = _events("山东省外办消息",
                  "记者了解到，我省迄今已为在西班牙、法国、荷兰等20多个国家和地区生活的山东籍侨胞提供3万只口罩、"
                  "5000剂防疫中药。")
    total = next(e for e in got if e[0] == "aggregate")
    assert total[1] == ("CN/Shandong",) and set(total[2]) == {"ES", "FR", "NL"}


def test_english_total_by_a_class_of_places_so_far():
    got = _events("Masks for Nepal",
                  "KATHMANDU - According to the Chinese embassy in Kathmandu, Chinese provinces, cities and "
                  "companies have so far donated more than one million masks to Nepal.")
    assert ("aggregate", ("CN",), ("NP",), None) in got


def test_english_total_to_unnamed_partners_takes_the_named_gifts():
    got = _events("Chinese provinces help Korean partners",
                  "SEOUL - More than eight Chinese provinces have sent a total of over 500,000 masks to their Korean "
                  "partner provinces since early March.\n\n"
                  "Jiangsu Province sent 100,000 masks to Gyeonggi Province, its partner since 1993. Shandong "
                  "Province delivered 50,000 masks to South Chungcheong Province on March 9.")
    total = next(e for e in got if e[0] == "aggregate")
    assert set(total[1]) == {"CN/Jiangsu", "CN/Shandong"}
    assert set(total[2]) == {"KR/Gyeonggi", "KR/South Chungcheong"}
    assert ("donation", ("CN/Jiangsu",), ("KR/Gyeonggi",), None) in got


def test_english_as_of_total_by_a_class_of_givers():
    got = _events("Masks reach Chengdu",
                  "The consulate says that as of March 2 it had recorded over 4.4 million masks donated to China by "
                  "Korean companies.")
    assert ("aggregate", ("KR",), ("CN",), None) in got



def test_year_total_to_counted_partners_on_a_city_page():
    got = _events("珠海市外事局2020年工作回顾",
                  "全年累计向19个国家的27个友城捐赠口罩等防疫物资150余万件。")
    assert any(e[0] == "aggregate" and e[1] == ("CN/Zhuhai",) for e in got)
