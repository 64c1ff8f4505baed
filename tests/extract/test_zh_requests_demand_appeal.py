"""Requests told as a demand or need put to a named side (向X提出要求 / 表达了物资需求), as an appeal to a named
side to help (呼吁X提供帮助), and as the reason a sender gives for a team it sent (X表示,甲国政府派出专家组,
是应乙方的请求), on sentences written for these tests (other places, other figures)."""
from zh_reading import events, keys  # noqa: F401 - the shared reader


def test_demand_put_to_a_consulate():
    es = events("5月6日，加纳库马西市政府向中国驻阿克拉大使馆提出要求，希望协助采购呼吸机和试剂盒。")
    [r] = [e for e in es if e.type == "request"]
    assert keys(r.from_) == ["GH/Kumasi"] and keys(r.to) == ["CN"]


def test_demand_put_traditional():
    es = events("5月6日，加納政府向中國提出援助要求，希望協助採購呼吸機。")
    [r] = [e for e in es if e.type == "request"]
    assert keys(r.from_) == ["GH"] and keys(r.to) == ["CN"]
    assert not [e for e in es if e.type == "donation"]


def test_appeal_to_a_named_side():
    es = events("6月2日，秘鲁总统公开呼吁中国提供帮助，请求派出医疗专家并支援制氧机等设备。")
    [r] = [e for e in es if e.type == "request"]
    assert keys(r.from_) == ["PE"] and keys(r.to) == ["CN"]


def test_appeal_to_the_world_is_no_request():
    es = events("6月2日，秘鲁总统呼吁国际社会提供帮助。")
    assert not [e for e in es if e.type == "request"]


def test_orders_to_own_staff_are_no_request():
    es = events("6月2日，市长对全市防控工作提出要求。")
    assert not [e for e in es if e.type == "request"]


def test_team_sent_then_the_ask_in_reported_words():
    es = events("4月20日，大使在欢迎仪式上表示，中国政府此次派出专家组，是应泰方的请求，体现了两国友谊。")
    [r] = [e for e in es if e.type == "request"]
    assert keys(r.from_) == ["TH"] and keys(r.to) == ["CN"]
