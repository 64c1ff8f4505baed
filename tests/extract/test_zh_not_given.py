"""Chinese sentences that tell no new act: help offered, raising begun, a request answered, a lead summing up
the gifts told next (sentences written for these tests)."""
from zh_reading import events, keys

from cityaid.extract.messages import gifts_summed_up


def _types(out):
    return sorted(e.type for e in out)


def test_help_offered_is_no_gift():
    out = events("1月28日，秋田县知事致信甘肃省省长表示慰问，并表示秋田县愿全力提供帮助。")
    assert _types(out) == ["message"]
    out = events("横滨市志愿者自愿捐赠口罩5000只给上海。")  # (自愿: given of one's own will)
    assert _types(out) == ["donation"]


def test_raising_begun_is_no_gift():
    assert events("与此同时，横滨市也启动了募集防疫物资的工作。") == []


def test_a_request_of_an_unnamed_partner_answered_is_no_new_request():
    for text in ("为回应友好城市的请求，4月2日，杭州市向岐阜市捐赠2万只口罩。",
                 "为回应对方的请求，4月2日，杭州市向岐阜市捐赠2万只口罩。"):
        out = events(text)
        assert [(keys(e.from_), keys(e.to)) for e in out] == [(["CN/Hangzhou"], ["JP/Gifu"])]
    out = events("为回应札幌市的求助，沈阳市向札幌市捐赠口罩1万只。")  # (the asker named: the request is told)
    assert _types(out) == ["donation", "request"]


def test_a_lead_counting_the_gifts_told_next_is_no_total():
    out = gifts_summed_up(events("来自浙江的两个城市的防疫物资本周相继运抵德国。宁波市向汉堡市捐赠的2万只口罩于4月3日运抵，"
                                 "温州市赠予杜塞尔多夫市的1万只口罩则在4月5日送达。"))
    assert [(keys(e.from_), keys(e.to)) for e in out] == [(["CN/Ningbo"], ["DE/Hamburg"]), (["CN/Wenzhou"], ["DE/Düsseldorf"])]
    out = gifts_summed_up(events("截至4月10日，浙江省已向德国两座城市捐赠口罩3万只。宁波市向汉堡市捐赠的2万只口罩于4月3日运抵。"))
    assert _types(out) == ["aggregate", "donation"]  # (a total with its own figure stays)
    out = gifts_summed_up(events("来自浙江的两个城市的防疫物资本周相继运抵德国。宁波市向汉堡市捐赠的2万只口罩于4月3日运抵。"))
    assert [keys(e.from_) for e in out] == [["CN/Zhejiang"], ["CN/Ningbo"]]  # (one gift told of the two counted: the lead stays)
