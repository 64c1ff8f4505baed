"""该市 takes up the partner the sentence before was about, also where that sentence names the page's own
city as the owner of the tie with a place or a rank between (甲市是乙市在北美的第二个友好城市), and where a
place is named only inside the words quoted later in the clause. Own sentences."""
from tests.extract.page_helpers import page_sides


def test_that_city_is_the_partner_not_the_owner_of_the_tie():
    assert page_sides("里昂市是温州在西欧的第二个国际友城，两市交往已有多年。2月初，该市曾寄来慰问信。", title="温州口罩抵达里昂") == [
        ("message", ["FR/Lyon"], ["CN/Wenzhou"])]


def test_a_city_named_in_quoted_words_does_not_block_that_city():
    sides = page_sides("5月6日，温州向里昂捐赠的口罩途经巴黎，运抵里昂。", "里昂是温州在欧洲最早的友城。2月初，该市曾经由驻沪总领馆寄来一封信，市长写道“里昂与温州心连心”。",
                       title="温州口罩抵达里昂")
    assert ("message", ["FR/Lyon"], ["CN/Wenzhou"]) in sides and all("FR/Paris" not in f for _, f, _ in sides)
