"""A total counted over partners, then its shares (其中向A…、向B…): the total names the shares' partners."""
from zh_reading import events, keys  # noqa: F401 - the shared reader


def test_shares_in_the_same_sentence_name_the_totals_partners():
    es = events("截至6月2日，西安已向14个国家的25个友好城市捐赠口罩共80万个，其中向德国多特蒙德市捐赠6万个、向法国波尔多市捐赠5万个。")
    [total] = [e for e in es if e.type == "aggregate"]
    assert sorted(keys(total.to)) == ["DE/Dortmund", "FR/Bordeaux"]
    assert sorted(k for e in es if e.type == "donation" for k in keys(e.to)) == ["DE/Dortmund", "FR/Bordeaux"]


def test_shares_in_the_next_sentence_name_the_totals_partners():
    es = events("截至目前，昆明已累计向9个国家的12个国际友城捐赠口罩逾20万只。其中，送给泰国清迈市的两万只口罩5月3日已到达当地。")
    [total] = [e for e in es if e.type == "aggregate"]
    assert keys(total.to) == ["TH/Chiang Mai"] and keys(total.from_) == ["CN/Kunming"]
