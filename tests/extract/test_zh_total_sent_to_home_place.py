"""Chinese: a total sent out to another place of China with no giver named (此前,本地企业已先后向湖北运送物资20余
批次) on a Chinese place's page is the page's side giving, aid at home, and is set aside like any gift between
two places of China; a total the page's own place received stays."""
from tests.extract.page_helpers import page_sides

HEAD = "包头市政府网 新闻"


def test_total_sent_to_another_chinese_province_is_aid_at_home():
    got = page_sides(HEAD, "3月1日，大阪市向我市捐赠口罩1万只。此前，本地企业已先后向湖北运送牛奶等物资30余批次。")
    assert got == [("donation", ["JP/Osaka"], ["CN/Baotou"])]


def test_total_received_by_the_page_stays():
    got = page_sides(HEAD, "截至3月1日，我市已累计收到国际友城捐赠的防疫物资30余批次。")
    assert [t for t, _f, _to in got] == ["aggregate"]
