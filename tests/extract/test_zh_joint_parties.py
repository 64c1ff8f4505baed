"""Chinese: one act with several parties on a side is one event (one meeting with partners of several
countries, one letter signed jointly, a meeting hosted jointly); acts told as held one by one stay apart.
Own sentences."""
from zh_reading import events, keys


def _of(text, kind):
    return [e for e in events(text) if e.type == kind]


def test_one_meeting_with_partners_of_several_countries():
    [e] = _of("5月8日，苏州市与金泽、波特兰、维罗纳等友城召开防疫视频会商会。", "consultation")
    assert keys(e.from_) == ["CN/Suzhou"]
    assert keys(e.to) == ["IT/Verona", "JP/Kanazawa", "US/Portland"]


def test_one_meeting_traditional():
    [e] = _of("5月8日，蘇州市與日本金澤市、美國波特蘭市、意大利維羅納市舉行視頻會議，交流防疫經驗。", "consultation")
    assert keys(e.to) == ["IT/Verona", "JP/Kanazawa", "US/Portland"]


def test_meetings_held_one_by_one_stay_apart():
    found = _of("5月8日，苏州市先后与金泽、波特兰、维罗纳等友城召开视频会议。", "consultation")
    assert sorted(k for e in found for k in keys(e.to)) == ["IT/Verona", "JP/Kanazawa", "US/Portland"]
    assert len(found) == 3


def test_joint_letter_of_listed_mayors():
    [e] = _of("3月9日，意大利维罗纳市、帕多瓦市和维琴察市市长联名致信苏州市，对苏州人民表示慰问。", "message")
    assert keys(e.from_) == ["IT/Padua", "IT/Verona", "IT/Vicenza"]
    assert keys(e.to) == ["CN/Suzhou"]
    assert all("联名" not in a.name for a in e.from_)


def test_joint_letter_of_two_mayors_joined_by_with():
    [e] = _of("金泽市长与富山市长近日联名致函苏州市长，感谢苏州的支援。", "message")
    assert keys(e.from_) == ["JP/Kanazawa", "JP/Toyama"]
    assert keys(e.to) == ["CN/Suzhou"]


def test_joint_letter_of_counted_partners():
    [e] = _of("今年2月，苏州的两个日本友好城市金泽市和富山市的市长联名致信苏州市，表达慰问。", "message")
    assert keys(e.from_) == ["JP/Kanazawa", "JP/Toyama"]
    assert keys(e.to) == ["CN/Suzhou"]


def test_joint_letter_traditional():
    [e] = _of("維羅納市長與帕多瓦市長日前聯名致函蘇州市長，感謝蘇州提供的援助。", "message")
    assert keys(e.from_) == ["IT/Padua", "IT/Verona"]
    assert all("日前" not in a.name for a in e.from_)


def test_meeting_hosted_jointly_partners_in_next_clause():
    [e] = _of("6月3日，江苏省与苏州市联合举办视频会议，与日本石川县、意大利威尼托大区的医疗机构分享了疫情常态化阶段的防控经验。",
              "consultation")
    assert keys(e.from_) == ["CN/Jiangsu", "CN/Suzhou"]
    assert keys(e.to) == ["IT/Veneto", "JP/Ishikawa"]


def test_joint_givers_with_a_day_between():
    [e] = _of("浙江省与杭州市4月2日联合向意大利威尼托大区捐赠的6万只口罩已运抵威尼斯。", "donation")
    assert keys(e.from_) == ["CN/Hangzhou", "CN/Zhejiang"]
    assert keys(e.to) == ["IT/Veneto"]


def test_joint_givers_with_a_long_taker():
    [e] = _of("4月上旬，浙江省与杭州市共同向意大利威尼托大区卫生部门捐赠了6万只医用口罩。", "donation")
    assert keys(e.from_) == ["CN/Hangzhou", "CN/Zhejiang"] and keys(e.to) == ["IT/Veneto"]


def test_counted_writers_of_a_joint_letter():
    [e] = _of("口罩运抵后，金泽市、富山市和高冈市三市市长联名致信苏州市，感谢苏州人民。", "message")
    assert keys(e.from_) == ["JP/Kanazawa", "JP/Takaoka", "JP/Toyama"]


def test_counted_writers_each_wrote():
    found = _of("口罩运抵后，金泽市、富山市和高冈市三市市长分别致信苏州市，感谢苏州人民。", "message")
    assert sorted(keys(e.from_)[0] for e in found) == ["JP/Kanazawa", "JP/Takaoka", "JP/Toyama"]


def test_a_governor_named_then_later_wrote():
    [e] = _of("威尼托大区主席扎亚其后致函浙江省省长，感谢浙江的援助。", "message")
    assert keys(e.from_) == ["IT/Veneto"] and all("其后" not in a.name for a in e.from_)


def test_one_letter_to_two_addressees():
    [e] = _of("威尼托大区主席其后致函浙江省省长及杭州市市长，感谢两地的援助。", "message")
    assert keys(e.to) == ["CN/Hangzhou", "CN/Zhejiang"]


def test_letters_to_partners_listed_with_deng_are_one_each():
    found = _of("4月3日，苏州市向金泽、维罗纳等友城致信问候。", "message")
    assert sorted(keys(e.to)[0] for e in found) == ["IT/Verona", "JP/Kanazawa"]


def test_letters_to_partners_of_two_countries_are_one_each():
    found = _of("3月20日，苏州市市长致信日本金泽市和意大利维罗纳市，表示慰问。", "message")
    assert sorted(keys(e.to)[0] for e in found) == ["IT/Verona", "JP/Kanazawa"]


def test_joint_givers_listed_after_with():
    [e] = _of("苏州市与昆山市、常熟市联合向德国汉堡市捐赠的5万只口罩，已于近日运抵汉堡。", "donation")
    assert keys(e.from_) == ["CN/Suzhou", "CN/Suzhou/Changshu", "CN/Suzhou/Kunshan"]
    assert keys(e.to) == ["DE/Hamburg"]


def test_a_body_of_the_first_giver_before_with():
    [e] = _of("苏州市人民对外友好协会与昆山市联合向德国汉堡市捐赠的5万只口罩已运抵。", "donation")
    assert keys(e.from_) == ["CN/Suzhou", "CN/Suzhou/Kunshan"]


def test_a_city_and_the_state_it_lies_in_share_one_shipment():
    [e] = _of("苏州市向德国汉堡市及其所在的下萨克森州合送的一批口罩共3万只，已运抵汉堡。", "donation")
    assert keys(e.from_) == ["CN/Suzhou"]
    assert keys(e.to) == ["DE/Hamburg", "DE/Lower Saxony"]


def test_the_taker_of_a_joint_gift_is_not_its_giver():
    found = _of("浙江省与杭州市联合向威尼托大区捐赠的3万只口罩，9日由威尼托大区政府接收。", "donation")
    assert {(tuple(keys(e.from_)), tuple(keys(e.to))) for e in found} == {(("CN/Hangzhou", "CN/Zhejiang"), ("IT/Veneto",))}


def test_two_writers_of_one_request_with_a_time_word_between():
    [e] = _of("威尼托大区上月与维罗纳市联合致函友城杭州，请求协助采购呼吸机。", "request")
    assert keys(e.from_) == ["IT/Veneto", "IT/Verona"] and keys(e.to) == ["CN/Hangzhou"]


def test_an_online_forum_whose_partners_took_part():
    [e] = _of("4月20日，苏州市举办国际友城抗疫线上论坛，金泽、维罗纳、波特兰等友城市长在线参加。", "consultation")
    assert keys(e.from_) == ["CN/Suzhou"]
    assert keys(e.to) == ["IT/Verona", "JP/Kanazawa", "US/Portland"]


def test_an_online_summit_with_partners():
    [e] = _of("4月20日，苏州市与金泽、维罗纳等友城召开抗疫视频峰会。", "consultation")
    assert keys(e.to) == ["IT/Verona", "JP/Kanazawa"]


def test_a_web_forum_that_is_no_meeting():
    assert not _of("苏州市民在网络论坛上讨论口罩价格。", "consultation")
