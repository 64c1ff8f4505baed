"""Words standing for parties named before (Chinese): 向两地 / 向上述友城 / 当地医生 / 对于X在…之时 /
a university's short name in a hospital's (浙大一院)."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(sentence: str, head: str = "成都市外办消息\n"):
    doc = Document("t", head + sentence, published="2020-04-10", content_hash="x")
    return [e.to_spec() for e in extract_document(doc).events]


def _pairs(sentence: str, kind: str):
    out = set()
    for e in _events(sentence):
        if e["type"] == kind:
            for a in e["from"]:
                for b in e["to"]:
                    out.add((a["key"], b["key"]))
    return out


def test_two_places_counted_after_the_list():
    got = _pairs("大邱、名古屋两市相继告急，我市分两批向两地运送口罩共5万只。", "donation")
    assert got == {("CN/Chengdu", "KR/Daegu"), ("CN/Chengdu", "JP/Nagoya")}


def test_the_places_above():
    got = _pairs("3月中旬，米兰和巴塞罗那疫情急剧恶化，我市随即向上述友城发出慰问信。", "message")
    assert got == {("CN/Chengdu", "IT/Milan"), ("CN/Chengdu", "ES/Barcelona")}


def test_these_cities():
    got = _pairs("针对米兰、巴塞罗那、蒙彼利埃的防疫需求，我市向这些城市分别寄去一批防护物资。", "donation")
    assert got == {("CN/Chengdu", "IT/Milan"), ("CN/Chengdu", "ES/Barcelona"), ("CN/Chengdu", "FR/Montpellier")}


def test_each_partner_city():
    got = _pairs("名古屋、大邱等友城疫情加重，我市向各友城分别捐赠医用口罩1万只。", "donation")
    assert got == {("CN/Chengdu", "JP/Nagoya"), ("CN/Chengdu", "KR/Daegu")}


def test_two_places_with_named_giver():
    got = _pairs("大阪府和旧金山市防疫物资紧缺，上海市向两地各捐赠防护服5000套。", "donation")
    assert got == {("CN/Shanghai", "JP/Osaka"), ("CN/Shanghai", "US/San Francisco")}


def test_plan_to_the_places_above_is_no_event():
    assert _events("我市计划近期向上述友城提供更多帮助。") == []


def test_local_doctors_are_the_place_of_the_request():
    got = _pairs("5月6日，应美国休斯敦市邀请，我市援外医疗专家与当地医生开展视频交流。", "consultation")
    assert got == {("CN/Chengdu", "US/Houston")}


def test_local_doctors_after_a_prefecture():
    got = _pairs("4月8日，应日本大阪府要求，我市卫健委组织专家与当地医生举行线上交流会。", "consultation")
    assert got == {("CN/Chengdu", "JP/Osaka")}


def test_local_health_office():
    got = _pairs("应德国法兰克福市卫生局请求，我市疾控专家与当地卫生部门举行视频连线，分享防控经验。", "consultation")
    assert ("CN/Chengdu", "DE/Frankfurt") in got


def test_bare_local_before_the_verb():
    got = _pairs("在洛杉矶疫情暴发后，我市第一时间向当地致以慰问。", "message")
    assert got == {("CN/Chengdu", "US/Los Angeles")}


def test_thanks_for_help_at_a_time_is_not_a_location():
    got = _pairs("西雅图市长来信，对成都在西雅图抗疫关键之时雪中送炭表达谢意。", "message")
    assert got == {("US/Seattle", "CN/Chengdu")}


def test_university_short_name_in_hospital_name():
    got = _pairs("安医大二附院专家与意大利都灵医生开展视频连线，交流重症救治经验。", "consultation")
    assert got == {("CN/Anhui", "IT/Turin")}
    got = _pairs("浙大二院专家同德国慕尼黑医院举行视频会议。", "consultation")
    assert got == {("CN/Zhejiang", "DE/Munich")}
    got = _pairs("吉大一院与俄罗斯符拉迪沃斯托克医疗机构举行远程视频会议。", "consultation")
    assert got == {("CN/Jilin", "RU/Vladivostok")}
