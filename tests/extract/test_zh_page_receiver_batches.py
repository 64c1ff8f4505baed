"""Chinese: batches received from several partners told part by part (其中两批在去年运抵 is no new gift);
the givers named after the goods (捐赠方分别是A、B和C / 捐赠者是A); a later batch of a partner's gift phrase
arriving with no place named goes to whom the page's gift went (A捐赠的N只口罩则在8月28日送达); many unnamed
givers of a country (中国多个友好团体向X寄来口罩) are no gift; goods handed on to local bodies (这批口罩已转赠
社区卫生团体) are no new gift.  Own sentences."""
from zh_reading import events, keys


def of(evs, kind):
    return [e for e in evs if e.type == kind]


# --- 先后接收了A、B和C的三批捐赠,其中两批在去年运抵: the parts of the batches are no gift back ---

def test_batch_parts_are_no_gift():
    evs = events("帕尔马先后接受了友好城市宁波、温州、台州和绍兴的4批捐赠，大部分在去年送达，最近一批于今年1月到货。")
    assert not of(evs, "donation")
    [a] = of(evs, "aggregate")
    assert keys(a.to) == ["ES/Palma"] and len(a.from_) == 4


def test_batch_parts_traditional():
    evs = events("帕爾馬先後接收了友好城市寧波、溫州和台州的三批捐贈，其中兩批在去年運抵，最後一批是今年2月到的。")
    assert not of(evs, "donation") and len(of(evs, "aggregate")) == 1


def test_last_batch_of_one_giver_stays():
    [e] = of(events("宁波向帕尔马捐赠了两批口罩，最后一批已于5月运抵。"), "donation")
    assert keys(e.from_) == ["CN/Ningbo"] and keys(e.to) == ["ES/Palma"]


# --- 捐赠方分别是A、B和C / 捐赠者是A: the givers of what was received ---

def test_givers_named_after_batches():
    evs = events("帕尔马先后收到三批来自中国友好城市的捐赠，捐赠方分别是宁波、温州和台州。")
    assert not of(evs, "donation")
    [a] = of(evs, "aggregate")
    assert sorted(keys(a.from_)) == sorted(["CN/Ningbo", "CN/Wenzhou", "CN/Taizhou, Zhejiang"]) and keys(a.to) == ["ES/Palma"]


def test_giver_named_after_goods():
    [e] = of(events("里斯本4月15日接收了5万只医用口罩，捐赠者是杭州市政府。"), "donation")
    assert keys(e.from_) == ["CN/Hangzhou"] and keys(e.to) == ["PT/Lisbon"]


def test_unnamed_giver_after_goods_gives_nothing_reversed():
    evs = events("里斯本4月15日接收了5万只医用口罩，捐赠者是当地一家华人商会。")
    assert not [e for e in evs if keys(e.from_) == ["PT/Lisbon"]]


# --- A捐赠的N只口罩则在8月28日送达: a later batch arrives where the page's gift went ---

def test_later_batches_go_to_page_receiver():
    evs = of(events("利马市政府的文件显示，该市先后接收了友好城市广州、成都和武汉的三批捐赠。\n"
                    "西安捐赠的1万只口罩于9月上旬寄到。\n长沙捐赠的5000只口罩在7月初送达。"), "donation")
    assert sorted((keys(e.from_)[0], keys(e.to)[0]) for e in evs) == [("CN/Changsha", "PE/Lima"), ("CN/Xi'an", "PE/Lima")]


def test_later_batch_traditional_and_society():
    evs = of(events("利馬在庫斯科接收了成都市人民對外友好協會寄來的3000個口罩。\n"
                    "廣州市人民對外友好協會捐贈的2000個口罩則於10月初寄抵。"), "donation")
    assert ("CN/Guangzhou", "PE/Lima") in [(keys(e.from_)[0], keys(e.to)[0]) for e in evs]


def test_no_receiver_from_same_country():
    evs = of(events("今年以来，韩国多个城市向武汉寄来口罩。广州捐赠的2000只口罩于10月上旬运抵。"), "donation")
    assert not [e for e in evs if keys(e.from_) == ["CN/Guangzhou"]]


# --- 中国多个友好团体向X寄来口罩: many unnamed givers, no gift ---

def test_many_unnamed_givers_no_gift():
    assert not of(events("今年以来，中国多个友好团体和友好省份向秘鲁寄来口罩。"), "donation")
    assert not of(events("今年以來，多個中國友好團體向智利寄來口罩。"), "donation")


def test_country_giver_alone_stays():
    [e] = of(events("中国向秘鲁寄来口罩。"), "donation")
    assert keys(e.from_) == ["CN"] and keys(e.to) == ["PE"]


# --- 这批口罩已转赠社区卫生团体:…: handed on at home, no new gift ---

def test_handed_on_to_local_bodies():
    evs = of(events("利马在库斯科接收了成都市人民对外友好协会寄来的3000只口罩。"
                    "这批口罩已转赠社区卫生团体：利马1000只，阿雷基帕分会送出800只，另有200只由分会会员分享。"), "donation")
    assert [(keys(e.from_), keys(e.to)) for e in evs] == [(["CN/Chengdu"], ["PE/Lima"])]


def test_handed_on_to_named_city_is_not_dropped_by_this_rule():
    evs = of(events("日本大阪捐赠的口罩运抵上海，这批口罩随后转交武汉。"), "donation")
    assert any(keys(e.from_) == ["JP/Osaka"] for e in evs)
