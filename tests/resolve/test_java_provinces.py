"""The provinces of Java named in Chinese (中爪哇省 / 东爪哇 / 西爪哇省) are places of Indonesia; a gift
to the province that lands at its capital stays the province's (sentences written for these tests)."""
import pytest

from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(body):
    out = extract_document(Document(doc_id="t", text="报道\n\n" + body, content_hash="x", published="2020-05-20"))
    return [(e.type, [a.key for a in e.from_], [a.key for a in e.to]) for e in out.events]


@pytest.mark.parametrize("name,key", [("中爪哇省", "ID/Central Java"), ("東爪哇省", "ID/East Java"),
                                      ("西爪哇省", "ID/West Java")])
def test_a_java_province_receives(name, key):
    assert ("donation", ["CN/Zhejiang"], [key]) in _events(f"5月7日，浙江省向{name}捐贈了一批口罩。")


def test_gift_to_the_province_landing_at_its_capital():
    body = ("浙江省政府援助東爪哇省的一批抗疫物資，已於5月6日運抵泗水，並於次日在省長官邸舉行交接儀式。"
            "這批物資包括醫用外科口罩10萬個。\n"
            "東爪哇省長在儀式上發表講話，他說：「我代表東爪哇人民向浙江表示衷心感謝。」\n"
            "4月下旬，兩省衛生部門舉行視頻會議，浙江專家與東爪哇醫生深入交流。")
    evs = _events(body)
    assert ("donation", ["CN/Zhejiang"], ["ID/East Java"]) in evs
    assert ("message", ["ID/East Java"], ["CN/Zhejiang"]) in evs
    assert ("consultation", ["CN/Zhejiang"], ["ID/East Java"]) in evs
    assert not [e for e in evs if "ID/Surabaya" in e[2]]
