"""Chinese constructions (sentences written for these tests): shares each partner gets from a named giver on a
local paper's page; goods arriving at a place and then handed out to its people; a foreign mayor named after
his title; a president named bare after the association the page named; a letter carried by a go-between and
told again (在信中…); stock flown to partners (空运给); a team sent at a partner's request in quoted words; asks to
provide a list or to tell how things were done (请X提供…名单); support voiced to a partner's people; batches
received from several partners (先后收到了A、B和C的三批捐赠); who arranged the receipt or the transport (no gift);
thanks to a country's government and, within it, one city (对中国政府、特别是X市表示感谢); wishes for the gift in a
letter (no ask); an e-mail or a letter asking to learn a partner's experience (a request)."""
from cityaid.model import Document
from cityaid.pipeline import extract_document
from zh_reading import events, keys


def page(body: str):
    """The events of a page (a headline, then ``body``) read by the whole pipeline."""
    return extract_document(Document(doc_id="t.txt", text="本地新闻\n\n" + body, content_hash="x")).events


def of(evs, kind):
    return [e for e in evs if e.type == kind]


# --- A与B将各获得N, 这批由C捐出: on a local paper's page the named giver still gives each share ---

def test_shares_from_named_giver_on_a_hong_kong_page():
    text = "【本報訊】日本靜岡縣與韓國全羅南道將各獲得5萬隻外科口罩，這批由浙江省捐出、合共10萬隻的物資，20日已從杭州啟運。"
    gifts = of(events(text, "香港"), "donation")
    assert sorted(k for e in gifts for k in keys(e.to)) == ["JP/Shizuoka", "KR/South Jeolla"]
    assert all(keys(e.from_) == ["CN/Zhejiang"] for e in gifts)
    assert all(e.items[0].quantity == 50000 for e in gifts)


def test_shares_from_named_giver_simplified_with_a_city_publisher():
    text = "日本静冈县与韩国全罗南道将各获得3万只口罩，这批由浙江省捐出、合计6万只的物资，已从宁波启运。"
    gifts = of(events(text, "杭州"), "donation")
    assert len(gifts) == 2 and all(keys(e.from_) == ["CN/Zhejiang"] for e in gifts)


# --- 运抵X,将发放给市民: the goods came to X; the residents they go on to are X's own ---

def test_arrived_then_handed_out_on_another_citys_page():
    [e] = of(events("上海捐出的1万只口罩终于运抵米兰，下周起会分发给市民。", "温州"), "donation")
    assert keys(e.from_) == ["CN/Shanghai"] and keys(e.to) == ["IT/Milan"]


def test_arrived_then_handed_out_traditional():
    [e] = of(events("無錫捐贈的3000隻口罩日前送抵名古屋，隨後分發給全市各學校。", "苏州"), "donation")
    assert keys(e.from_) == ["CN/Wuxi"] and keys(e.to) == ["JP/Nagoya"]


def test_goods_sent_to_a_place_named_in_the_clause_after_stay_read():
    [e] = of(events("苏州向名古屋市寄出6400只口罩，随后分发给当地医院。"), "donation")
    assert keys(e.to) == ["JP/Nagoya"]


# --- 对于A的帮助,市长X·Y表示感谢: a mayor with a foreign name is the foreign city's ---

def test_foreign_mayor_named_after_title_thanks():
    text = "德国曼海姆市收到苏州捐赠的7200只口罩。对于苏州的帮助，市长彼得·库尔茨表示衷心感谢。"
    for publisher in (None, "温州"):
        [m] = of(events(text, publisher), "message")
        assert keys(m.from_) == ["DE/Mannheim"] and keys(m.to) == ["CN/Suzhou"]


# --- 代为转交了某某会长写给X的慰问信: the president of the association the page named ---

def test_bare_president_heads_the_association_named_before():
    text = "本次交接得到中国人民对外友好协会的协助。仪式上，友好团体负责人代为转交了王大明会长写给静冈县知事的慰问信。"
    [m] = of(events(text), "message")
    assert keys(m.from_) == ["CN"] and keys(m.to) == ["JP/Shizuoka"]


def test_bare_president_traditional():
    text = "本次交接得到中國人民對外友好協會的協助。儀式上，友好團體負責人代為轉交了王大明會長寫給靜岡縣知事的慰問信。"
    [m] = of(events(text), "message")
    assert keys(m.from_) == ["CN"] and keys(m.to) == ["JP/Shizuoka"]


def test_the_letters_words_told_again_are_no_second_message():
    text = ("本次交接得到中国人民对外友好协会的协助。仪式上，友好团体负责人代为转交了王大明会长写给静冈县知事的慰问信。"
            "王大明在信中对静冈县出现的疫情深表关切。")
    assert len(of(page(text), "message")) == 1


# --- 从储备库中调出口罩N只,(交…)分别空运给A、B两省: one gift with both as receivers ---

def test_stock_flown_to_two_partners():
    text = "3月5日，静冈县从县防灾仓库中调出口罩50万只，交领事馆人员分别空运给浙江、江苏两个友好省。"
    [e] = of(events(text), "donation")
    assert keys(e.from_) == ["JP/Shizuoka"] and sorted(keys(e.to)) == ["CN/Jiangsu", "CN/Zhejiang"]
    assert e.items[0].quantity == 500000


def test_flown_and_carried_to_one_partner():
    [e] = of(events("静冈县将5万只口罩空运给浙江。"), "donation")
    assert keys(e.to) == ["CN/Zhejiang"]
    [e] = of(events("靜岡縣將5萬隻口罩運給浙江。"), "donation")
    assert keys(e.from_) == ["JP/Shizuoka"] and keys(e.to) == ["CN/Zhejiang"]


# --- “这支专家组是A应B请求派出的。”X表示: the ask told in quoted words ---

def test_quoted_team_sent_at_request():
    text = "“此次派出的医疗队是北京应老挝方面请求组建的。”大使当天说。"
    [r] = of(events(text), "request")
    assert keys(r.from_) == ["LA"] and keys(r.to) == ["CN/Beijing"]


def test_quoted_wish_is_no_request():
    assert not of(events("“我们希望中国政府能派出医疗队。”部长表示。"), "request")


# --- (曾)请X提供一份…名单 / 请X介绍…经验: a request from the one asking ---

def test_asked_to_provide_a_list():
    [r] = of(events("当时，南京方面曾请名古屋提供一份口罩供应商名单。"), "request")
    assert keys(r.from_) == ["CN/Nanjing"] and keys(r.to) == ["JP/Nagoya"]
    assert not of(events("当时，南京方面曾请名古屋提供一份口罩供应商名单。"), "donation")


def test_asked_to_provide_traditional():
    [r] = of(events("今年年初，蘇州方面曾請大阪市提供一份防護服供應商名單。"), "request")
    assert keys(r.from_) == ["CN/Suzhou"] and keys(r.to) == ["JP/Osaka"]


def test_asked_to_tell_experience():
    [r] = of(events("南京市请名古屋市介绍当地的防疫经验。"), "request")
    assert keys(r.from_) == ["CN/Nanjing"]


def test_invited_or_reporters_asked_are_no_request():
    assert not of(events("南京市邀请名古屋市介绍防疫经验。"), "request")
    assert not of(events("南京市长请记者提供更多信息。"), "request")


# --- 向X市民表达了支持: a message of support ---

def test_support_voiced_to_partner_people():
    [m] = of(events("当时，名古屋市长也向南京市民表达了支持。"), "message")
    assert keys(m.from_) == ["JP/Nagoya"] and keys(m.to) == ["CN/Nanjing"] and m.kind == "solidarity"
    [m] = of(events("當時，大阪市長也向蘇州市民表達了支持。"), "message")
    assert keys(m.from_) == ["JP/Osaka"] and keys(m.to) == ["CN/Suzhou"]


def test_support_stated_or_wished_is_no_message():
    assert not of(events("名古屋市长表示支持南京的抗疫工作。"), "message")
    assert not of(events("南京向名古屋表达了支持的意愿。"), "message")


# --- A先后收到了友城B、C和D的三批捐赠: one total from all the givers to A ---

def test_batches_received_from_partners():
    [e] = of(events("帕尔马先后收到了友城宁波、温州的两批捐赠。"), "aggregate")
    assert sorted(keys(e.from_)) == ["CN/Ningbo", "CN/Wenzhou"] and keys(e.to) == ["ES/Palma"]


def test_batches_received_traditional():
    [e] = of(events("帕爾馬先後收到了友城寧波、溫州和台州的三批捐贈。"), "aggregate")
    assert len(e.from_) == 3 and keys(e.to) == ["ES/Palma"]


def test_gift_noun_received_from_one():
    [e] = of(events("帕尔马收到了宁波的捐赠。"), "donation")
    assert keys(e.from_) == ["CN/Ningbo"] and keys(e.to) == ["ES/Palma"]


# --- A口罩的接收工作由B牵线安排…: who arranged the receipt or the transport, no gift ---

def test_receipt_arranged_by_is_no_gift():
    assert not events("苏州口罩的接收工作由当地的华人商会牵线安排，东方航空把货物运往芝加哥。")
    assert not events("無錫口罩的接收工作由一家非營利機構協調安排，運費由一家基金會承擔，貨物由廈門航空運到洛杉磯。")


def test_gift_with_receipt_told_after_stays():
    [e] = of(events("苏州向洛杉矶捐赠的口罩已运到，接收工作由当地商会负责。"), "donation")
    assert keys(e.from_) == ["CN/Suzhou"]


# --- 对中国政府、特别是X市表示感谢: thanks to both ---

def test_thanks_to_government_and_especially_a_city():
    text = "拉合尔专员接收了昆明市捐赠的1万只口罩。专员公署23日发布声明称，他对中国政府、特别是昆明市市长表示感谢。"
    [m] = of(events(text, "昆明"), "message")
    assert keys(m.from_) == ["PK/Lahore"] and sorted(keys(m.to)) == ["CN", "CN/Kunming"]
    [m] = of(events("拉合爾專員接收了昆明市捐贈的1萬隻口罩。他對中國政府、特別是昆明市市長表示感謝。"), "message")
    assert sorted(keys(m.to)) == ["CN", "CN/Kunming"]


# --- a letter's wish for the gift is no ask; an e-mail or letter asking to learn is a request ---

def test_wish_for_the_gift_in_a_letter_is_a_message():
    text = ("拉合尔专员接收了昆明市捐赠的1万只口罩。市长在给拉合尔专员的信中表示，他非常关注拉合尔的疫情，"
            "希望这份捐赠能帮助拉合尔渡过难关。")
    evs = page(text)
    assert not of(evs, "request")
    [m] = of(evs, "message")
    assert keys(m.from_) == ["CN/Kunming"] and keys(m.to) == ["PK/Lahore"]


def test_mail_asking_to_learn_is_a_request():
    [r] = of(page("英国利兹一位医生向苏州的医院发去电子邮件称，希望了解当地抗疫的经验。"), "request")
    assert keys(r.from_) == ["GB/Leeds"]
    [r] = of(page("利茲市長致信蘇州市長，希望借鑒蘇州的防疫做法。"), "request")
    assert keys(r.from_) == ["GB/Leeds"] and keys(r.to) == ["CN/Suzhou"]


def test_letter_with_thanks_and_wish_to_learn_stays_a_message():
    assert of(page("利兹市长致信苏州市长，感谢苏州的帮助，希望学习苏州的防疫经验。"), "message")


# --- 录制了一段加油视频寄给X: the video is the message, no gift; 给X发去邮件: a message by mail ---

def test_video_sent_is_a_message_not_a_gift():
    for text in ("2月下旬，奈良县又录制了一段加油视频寄给洛阳。", "月底，奈良縣也錄製了加油影片寄給洛陽。"):
        evs = events(text)
        assert not of(evs, "donation")
        [m] = of(evs, "message")
        assert keys(m.from_) == ["JP/Nara"] and keys(m.to) == ["CN/Luoyang"]


def test_goods_sent_with_a_video_stay_a_gift():
    [e] = of(events("奈良县向洛阳寄去口罩2000只和一段加油视频。"), "donation")
    assert e.items[0].quantity == 2000


def test_mail_sent_to_a_partner():
    [m] = of(page("英国利兹一位医生给苏州的医院写了一封邮件，感谢苏州医生的帮助。"), "message")
    assert keys(m.from_) == ["GB/Leeds"] and keys(m.to) == ["CN/Suzhou"]
    [r] = of(page("英国利兹一位医生向苏州的医院发去邮件，希望了解当地抗疫的经验。"), "request")
    assert keys(r.from_) == ["GB/Leeds"]
