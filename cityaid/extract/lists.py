"""Lists of parties that act each on their own: which figure goes with which member.

A gift told to (or from) several parties at once names its amounts in one of
two ways the reader must split:

* figures in step with the list (向A、B捐赠的5万只和3万只口罩; 5万、3万和2万只):
  as many figures, joined by 和/、/及, as there are parties, the goods noun
  after the last one: the first figure is the first party's, and so on;
* one figure for each (捐赠给A和B的各3万只, A和B各得10万只): every member got
  that much.

Both helpers only read the text; the event builders decide what the parties
are and make one event per member.
"""
from __future__ import annotations

import re

from cityaid.extract.quantities import QuantityMention, find_quantities

# what may stand between two figures of one list: 和, 与, 及, 、 (a comma only with 和 after it)
_STEP_JOIN = re.compile(r"\s*(?:和|与|及|以及|、|,\s*and|,?\s*and)\s*$")
# after the last party, before 各: a particle, a verb of getting or giving, nothing that starts a new act
_EACH_GAP = re.compile(r"\s*(?:的|都|均|也|则)?\s*各(?:自)?\s*(?:获赠|收到|获得|分得|得|得到|接收|捐赠|赠送|为|约|近)?\s*$")


def _goods(q: QuantityMention) -> bool:
    return q.value is not None and q.currency is None and (q.kind == "goods" or (q.kind == "other" and q.unit is None))


def figures_in_step(text: str, start: int, end: int) -> list[QuantityMention]:
    """The longest run of two or more goods figures in ``text[start:end]`` joined only by 和/、/及
    (``4万只和2万只医用口罩``, ``5万、3万和2万只``); [] when there is none."""
    qs = [q for q in find_quantities(text, start, end) if _goods(q)]
    best: list[QuantityMention] = []
    run: list[QuantityMention] = []
    for q in qs:
        if run and _STEP_JOIN.match(text[run[-1].end:q.start]) and text[run[-1].end:q.start].strip():
            run.append(q)
        else:
            run = [q]
        if len(run) > len(best):
            best = list(run)
    return best if len(best) >= 2 else []


def each_figure(text: str, list_end: int, end: int) -> QuantityMention | None:
    """``(A和B)的各3万只`` / ``(A和B)各得10万只``: the figure each member of a list ending at
    ``list_end`` got, when 各 follows the list directly."""
    for q in find_quantities(text, list_end, end):
        if not _goods(q):
            continue
        return q if _EACH_GAP.match(text[list_end:q.start]) else None
    return None


_CLAUSE_END = re.compile(r"[,，;；。:：]")
# a count word standing for the list just named: 两县, 两市, 三地, 两州
_COUNTED = re.compile(r"\s*(?:这|该)?[两二三四五六七八九十]\s*(?:个)?(?:市|城|地|县|州|省|道|区|国|座城市|个城市)\s*$")
# a verb that sends the goods on to the list's members: 分别转运至, 运往, 送往, 转交
_ON_TO = re.compile(r"(?:分别|再|随后|之后|并)*(?:转运|运|送|发|转交|转赠|分送|分发|寄)(?:至|往|到|给)|(?:分别|再)?转交|(?:分别)?(?:交给|送给)")


def _names(piece: str, resolve, at: int = 0) -> list[tuple[int, str, object]] | None:
    """``A和B`` / ``A、B及C`` at offset ``at``: (offset, surface, resolved) for every member when every
    member resolves, else None.  Joining words inside a name (和歌山) are tried as names first."""
    lead = len(piece) - len(piece.lstrip())
    piece, at = piece.strip(), at + lead
    if not piece:
        return None
    r = resolve(piece)
    if r is not None and getattr(r, "key", None):
        return [(at, piece, r)]
    for m in re.finditer(r"[和与及、]|以及", piece):
        left, right = piece[:m.start()], piece[m.end():]
        a = _names(left, resolve, at) if left else None
        if a is None:
            continue
        b = _names(right, resolve, at + m.end())
        if b is not None:
            return a + b
    return None


#: ``各 / 各自获赠`` right before the figure each got
_EACH_BEFORE = re.compile(r"各(?:自)?\s*(?:获赠|收到|获得|分得|得到|得|接收|为|约|近)?\s*$")


def each_named(text: str, start: int, end: int, resolve) -> tuple[list[tuple[int, str, object]], QuantityMention] | None:
    """``A和B各得10万个`` / ``分别转运至A和B,两县各5万只`` in ``text[start:end]``: the members named
    before 各 ((offset, surface, resolved) in order) and the figure each got; None when there is no such list."""
    for q in find_quantities(text, start, end):
        if not _goods(q):
            continue
        gap = text[start:q.start]
        m = _EACH_BEFORE.search(gap) if "各" in gap else None  # (speed) no 各, no match: the gap is not scanned
        if m is None:
            continue
        head = start + m.start()
        cut = max((x.end() for x in _CLAUSE_END.finditer(text, start, head)), default=start)
        at, seg = cut, text[cut:head]
        seg = re.sub(r"(?:的|都|均|也|则)\s*$", "", seg)
        if _COUNTED.fullmatch(seg) and cut > start:
            # 分别转运至A和B,两县各5万只: the count word stands for the list of the clause before
            prev = max((x.end() for x in _CLAUSE_END.finditer(text, start, cut - 1)), default=start)
            at, seg = prev, text[prev:cut - 1]
            on = None
            for on in _ON_TO.finditer(seg):
                pass
            if on is None:
                return None
            at, seg = at + on.end(), seg[on.end():]
            dash = None
            for dash in re.finditer(r"——|—|--|:|：", seg):
                pass
            if dash is not None:  # 发往X的两个友城——A和B: the members follow the dash that names them
                at, seg = at + dash.end(), seg[dash.end():]
        found = _names(seg, resolve, at)
        if found and len(found) >= 2 and len({f[2].key for f in found}) == len(found):
            return found, q
        return None
    return None


# ------------------------------------------------------------------ lists grouped by country
# after a country's name: a place of it that goes on as a list item (静冈县、 / 伦巴第大区等 / 长野县，)
# (a place's name ends with its kind: 县, 道, 州, 大区 …; 提供了大量支持和… does not)
_PLACE_WITH_KIND = r"[\u4e00-\u9fff\-·・]{1,12}?[省县縣道州市区區府郡町村]"
_GROUP_PLACE = re.compile(_PLACE_WITH_KIND + r"(?=、|和|及|等|的|[，,][\u4e00-\u9fff])")
# the last group may be one place with the act right after it (，韩国京畿道捐赠… / ，韩国京畿道分别…)
_LAST_GROUP_PLACE = re.compile(_PLACE_WITH_KIND + r"(?=分别|各|共|均|都|捐|赠|送|寄|致|提供|发|运|援|支)")
# what may stand inside one group, between its first place and the comma: more places of it (、静冈县 / 和长野县)
_GROUP_REST = re.compile(r"(?:(?:、|和|及|与|以及)" + _PLACE_WITH_KIND + r")*")
# where a group ends: a comma (another group may follow) or the end of the clause or sentence
_GROUP_BREAK = re.compile(r"[，,。；;\n]")
# the list's opening: a preposition or a letter's verb before the first group (向韩国全罗南道、忠清北道)
_GROUP_OPEN = re.compile(r"(?:向|给|为|对|与|同|致信|致函|致电|发往|寄往|运往|援助|支援)\s*(?=[\u4e00-\u9fff]{4})")


def _country_then_place(text: str, pos: int, names_a_country, last: bool = False) -> int:
    """Where the place after a country's name at ``pos`` ends (韩国全罗南道、…), or -1; with ``last``, a group
    after a comma, the place may also end where the act begins (，韩国京畿道捐赠…).

    (speed) The place pattern is tried before the country look-up: both must hold, the look-up is a pure
    function and by far the dearer (a string that names nothing known is sounded out against the open world).
    """
    for k in (2, 3, 4, 5):
        m = _GROUP_PLACE.match(text, pos + k) or (_LAST_GROUP_PLACE.match(text, pos + k) if last else None)
        if m is not None and names_a_country(text[pos:pos + k]):
            return m.end()
    return -1


def join_country_groups(text: str, names_a_country) -> str:
    """向韩国A、B，日本C、D，意大利E等10个友好省州分别捐赠…: a list of partners grouped by country, the groups
    parted by commas, is one list, not a clause per group (whose last group would read as the act's subject).

    The commas between the groups become 、 (one character for one, so every offset holds) in the text the
    Chinese reader matches on; ``names_a_country(s)`` says whether ``s`` alone names a country.
    """
    if "，" not in text and "," not in text:
        return text
    chars: list[str] | None = None
    for opening in _GROUP_OPEN.finditer(text):
        pos = _country_then_place(text, opening.end(), names_a_country)
        if pos == -1 or text[pos:pos + 1] in "，,":
            continue  # (a list opens with a country's place and goes on with 、 before any comma)
        while True:
            brk = _GROUP_BREAK.search(text, pos)
            if brk is None or brk.group() not in "，,":
                break
            stop = brk.start()
            if not _GROUP_REST.fullmatch(text, pos, stop):
                break  # …捐赠口罩3万只，日本A县、B县也向我省…: the comma ends the act, not a group of its list
            nxt = _country_then_place(text, stop + 1, names_a_country, last=True)
            if nxt == -1:
                break
            chars = chars if chars is not None else list(text)
            chars[stop] = "、"
            pos = nxt
    return "".join(chars) if chars is not None else text
