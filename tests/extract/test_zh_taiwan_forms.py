"""Forms of the genre common in Taiwan, Hong Kong and overseas Chinese press (issue 9), on sentences
written for these tests: mixed numerals, names glossed in brackets, partner nouns before a name,
Minguo datelines, and party names kept in the page's own script."""
from datetime import date

from cityaid.clean import clean_text
from cityaid.extract.dates import find_publication_date
from cityaid.extract.dedupe import dedupe
from cityaid.extract.quantities import find_quantities
from zh_reading import ANCHOR, events, keys  # noqa: F401 - the shared reader


def test_mixed_numerals_after_a_magnitude():
    assert [q.value for q in find_quantities("寄出2万4000片口罩")] == [24000]
    assert [q.value for q in find_quantities("共3万5千个口罩")] == [35000]
    assert [q.value for q in find_quantities("另有6千2百只手套")] == [6200]
    # a date after a round amount is not its tail
    assert [q.value for q in find_quantities("捐赠的20万只口罩4月3日运抵")][:1] == [200000]


def test_a_name_glossed_in_brackets_does_not_end_the_list():
    out = events("4月8日，新竹市分別致贈姊妹市美國加州庫帕提諾市（Cupertino）及日本熊本市各8000片口罩。")
    assert sorted(k for e in out for k in keys(e.to)) == ["JP/Kumamoto", "US/Cupertino"]
    assert all(e.items[0].quantity == 8000 for e in out)


def test_partner_noun_after_gei_keeps_the_recipient_list():
    [e] = events("4月9日，台南市政府撥贈6萬片口罩給姊妹市美國俄亥俄州哥倫布市（Columbus）與日本仙台市，由同一架貨機運送。")
    assert keys(e.from_) == ["TW/Tainan"] and keys(e.to) == ["JP/Sendai", "US/Columbus"]


def test_tong_zai_describes_the_subject():
    [e] = events("同在美國西岸的舊金山市亦於4月2日收到姊妹市上海捐贈的3萬個口罩。")
    assert keys(e.from_) == ["CN/Shanghai"] and keys(e.to) == ["US/San Francisco"]


def test_minguo_dateline_dates_the_page():
    text = clean_text("縣府新聞　發布日期：109-05-07　點閱數：210\n內文").text
    assert find_publication_date(text) == date(2020, 5, 7)


def test_party_names_keep_the_page_script():
    [e] = events("4月2日，日本熊本市收到高雄市捐贈的1萬片口罩。")
    assert [a.name for a in e.to] == ["日本熊本市"] and [a.name for a in e.from_] == ["高雄市"]
    [f] = events("4月2日，韓國大邱市收到青島市捐贈的8000個口罩。")
    assert [a.name for a in f.to] == ["韓國大邱市"] and [a.name for a in f.from_] == ["青島市"]


def test_shi_fu_is_the_home_city_named_last():
    [e] = events("台南市長黃偉哲指出，日本仙台市在3月初曾捐贈市府8000片口罩。")
    assert keys(e.from_) == ["JP/Sendai"] and keys(e.to) == ["TW/Tainan"]


def test_local_government_is_the_place_the_sentence_is_set_in():
    [e] = events("在德国西部城市杜塞尔多夫，当地市政府5月6日接收了友好城市湖北省宜昌市赠送的2万只口罩。")
    assert keys(e.from_) == ["CN/Yichang"] and keys(e.to) == ["DE/Düsseldorf"]


def test_a_city_called_again_by_one_character_and_shi():
    out = events("高雄市政府4月3日將3萬片口罩寄給美國邁阿密市。4月9日，日本熊本市也收到高市致贈的6000片口罩。")
    assert ["TW/Kaohsiung"] in [keys(e.from_) for e in out if keys(e.to) == ["JP/Kumamoto"]]
    [r] = events("溫哥華市議會3月2日開會。溫市隨後向姊妹市廣州市提出請求，希望協助採購防護衣。")
    assert r.type == "request" and keys(r.from_) == ["CA/Vancouver"] and keys(r.to) == ["CN/Guangzhou"]


def test_words_ending_in_shi_are_no_short_form():
    from cityaid.extract.actors import gather
    refs = gather(clean_text("上海市4月向大阪捐赠口罩。高市长说，上市公司也捐了。").text, None)
    assert [r.name for r in refs] == ["上海市", "大阪"]  # (大阪: a city of millions, read bare)


def test_taiwan_giving_and_greeting_words():
    [e] = events("今年3月，日本松山市曾寄贈嘉義市口罩4000片。")
    assert e.type == "donation" and keys(e.from_) == ["JP/Matsuyama"] and keys(e.to) == ["TW/Chiayi"]
    [f] = events("4月18日，台南市政府運送1萬片口罩到美國俄亥俄州哥倫布市。")
    assert f.type == "donation" and keys(f.to) == ["US/Columbus"]
    [g] = events("4月8日，新竹市透過視訊與美國庫帕提諾市交流社區防疫作法。")
    assert g.type == "consultation" and keys(g.to) == ["US/Cupertino"]
    [h] = events("4月16日，宜蘭縣長透過臉書向日本美濃加茂市致意。")
    assert h.type == "message" and keys(h.to) == ["JP/Minokamo"]


def test_not_one_to_be_had_is_no_amount():
    assert find_quantities(clean_text("當時口罩一片難求").text) == []


def test_what_came_in_came_to_the_home_city_of_the_story():
    [e] = events("嘉義市長黃敏惠表示。她說，今年2月初，日本松山市曾透過市民團體寄來2000片口罩。")
    assert keys(e.from_) == ["JP/Matsuyama"] and keys(e.to) == ["TW/Chiayi"] and e.date.value == "2020-02"


def test_a_partner_gift_told_as_done_inside_a_quotation():
    [e] = events("台南市長受訪時說：「去年12月，仙台市就寄來了一批防護衣，我們一直記得。」")
    assert keys(e.from_) == ["JP/Sendai"] and keys(e.to) == ["TW/Tainan"]


def test_the_one_asked_inside_a_wish():
    [e] = events("3月6日，都灵市表达了希望得到中方防护物资援助的愿望。")
    assert e.type == "request" and keys(e.from_) == ["IT/Turin"] and keys(e.to) == ["CN"]


def test_a_pair_that_each_received_is_split_and_given_by_the_home_city():
    out = events("嘉義市長黃敏惠表示，市府已將5萬片口罩撥贈姊妹市。市府補充，美國柏克萊市與日本松山市分別獲贈8000片。")
    got = sorted((keys(e.from_)[0], keys(e.to)[0], e.items[0].quantity) for e in out if e.type == "donation")
    assert ("TW/Chiayi", "JP/Matsuyama", 8000) in got and ("TW/Chiayi", "US/Berkeley", 8000) in got


def test_hong_kong_variant_wei_reads_as_health():
    out = events("4月2日，雲南省專家分別與老撾衞生部、越南衞生部舉行視頻會議。")
    assert sorted(keys(e.to)[0] for e in out) == ["LA", "VN"]


def test_the_one_spoken_for_sends():
    [e] = events("4月3日，秘鲁驻上海总领事代表利马大区致函浙江省，希望获得口罩援助。")
    assert e.type == "request" and keys(e.to) == ["CN/Zhejiang"] and keys(e.from_) == ["PE/Lima"]


def test_macau_press_names_its_own_region():
    [e] = events("澳門消息。4月5日，特區政府向葡萄牙撥贈5萬個口罩。")
    assert keys(e.from_) == ["MO"] and keys(e.to) == ["PT"]
    [f] = events("4月6日，里斯本市政廳致函特區政府，希望本澳協助採購呼吸機。澳門")
    assert f.type == "request" and keys(f.to) == ["MO"]


def test_that_town_is_the_town_named_before():
    out = events("奧地利小鎮巴德伊舍（Bad Ischl）鎮長去函求援。4月5日，溫州市籌集的3000隻口罩經維也納機場運抵該鎮。")
    gift = [e for e in out if e.type == "donation"]
    assert gift and keys(gift[0].to) == ["AT/Bad Ischl"]


def test_within_the_province_is_the_province_named_before():
    [e] = events("據忠清南道政府統計，截至3月9日，道內15個市郡共收到中國友城捐贈的口罩12萬餘個。")
    assert keys(e.to) == ["KR/South Chungcheong"]


def test_taiwan_relative_days_with_the_day_in_brackets():
    from cityaid.extract.dates import find_dates
    text = clean_text("嘉義市政府昨（9）日將口罩寄出，今（10）日宣布").text
    assert [d.value for d in find_dates(text, date(2020, 4, 10))] == ["2020-04-09", "2020-04-10"]


def test_taiwan_receipt_words_and_tokens_of_thanks():
    [e] = events("4月3日，雲林縣政府接獲日本姊妹市松山市致贈的口罩3000片。")
    assert keys(e.from_) == ["JP/Matsuyama"] and keys(e.to) == ["TW/Yunlin"]
    assert all(e.type != "donation" for e in events("4月3日，釜山市長向重慶市贈送了感謝牌。"))


def test_gifts_told_as_done_in_reported_speech_are_facts_each_way():
    from zh_reading import events, keys
    out = events("嘉義市長黃敏惠表示,日本松江市曾於3月寄來5000片口罩,嘉義市也回贈2萬片口罩給松江市。")
    gifts = sorted((keys(e.from_)[0], keys(e.to)[0], e.items[0].quantity) for e in out if e.type == "donation")
    assert gifts == [("JP/Matsue", "TW/Chiayi", 5000), ("TW/Chiayi", "JP/Matsue", 20000)]


def test_a_gift_announced_for_later_is_a_plan():
    from zh_reading import events
    assert events("屏東縣府昨(8)日宣布,將致贈姊妹市美國奧克蘭市1萬片口罩。") == []


def test_thanks_posted_online_go_to_the_one_thanked():
    from zh_reading import events, keys
    [e] = events("美國奧蘭多市長在推特感謝高雄市,表示口罩將交給醫院使用。")
    assert e.type == "message" and keys(e.from_) == ["US/Orlando"] and keys(e.to) == ["TW/Kaohsiung"]
