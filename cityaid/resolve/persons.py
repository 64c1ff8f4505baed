"""People standing for their place across a page (Chinese script).

A page introduces an official once with place and title (某市市长甲乙丙, 某县知事甲乙丙丁,
某专员甲·乙) and later names only the person (甲乙丙市长, 乙, 甲乙知事).  This module says
which short forms a name so introduced may take later, and where such a later mention ends:

* :func:`trim_name` — the name as introduced, without a word that only follows it (…·乙已在…);
* :func:`name_forms` — the forms of the name a later mention may use, each marked as standing
  alone or only before a title (a surname: 甲知事, never a bare 甲);
* :func:`title_after` — the title that may follow a later mention (甲乙丙市长, 乙专员).
"""
from __future__ import annotations

import re
from typing import Optional

#: separators inside a transliterated name (安娜·玛丽亚)
DOTS = "·‧・•"
#: adverbs that follow a name in a clause, never end a transliterated one (乙已在…, 乙也表示, 乙还提议)
_AFTER_NAME = frozenset("已也还曾")
#: words of time that follow a name with nothing between (甲·乙丙日前发来…, 乙丙近日表示)
_TIME_AFTER = re.compile(r"(?:日前|近日|近期|当天|当日|随后|此前|今天|昨天)$")
#: verbs that follow a name with nothing between (甲·乙丙出席, 甲·乙丙表示)
_VERB_AFTER = re.compile(r"(?:出席|表示|指出|强调|感谢|会见|致信|致函|发来|收到|接收|签署|宣布|说|称)$")
#: titles a later mention may carry after the name (甲乙丙省长, 乙专员, 甲乙知事)
TITLE_AFTER = re.compile(r"(?:第一|副)?(?:市议会议长|道知事|市长|知事|州长|省长|县长|区长|郡守|总领事|领事|大使|外长|"
                         r"总理|总统|首相|首脑|专员|议长|主席|部长|先生|女士)")
#: places whose people write the family name first in two characters of a four-character name
_TWO_CHAR_SURNAME = frozenset({"JP"})
#: places whose people write a one-character family name first (three-character names)
_ONE_CHAR_SURNAME = frozenset({"CN", "TW", "HK", "MO", "KR", "KP", "SG"})


def trim_name(name: str) -> str:
    """``name`` without the words of the clause read into its last part (伊·乙丙已 -> 伊·乙丙)."""
    last = re.split(f"[{DOTS}]", name)[-1]
    time = _TIME_AFTER.search(last)
    if time is not None and time.start() >= 2:
        name, last = name[:len(name) - len(last) + time.start()], last[:time.start()]  # 甲·乙丙日前致信: not 丙日前
    while len(last) > 2 and name[-1] in _AFTER_NAME:
        name, last = name[:-1], last[:-1]
    verb = _VERB_AFTER.search(last)
    if verb is not None and verb.start() >= 2:
        name = name[:len(name) - len(last) + verb.start()]
    return name


def name_forms(name: str, country: Optional[str]) -> dict[str, bool]:
    """The forms of ``name`` (a person's, as introduced with the title of a place of ``country``) that a
    later mention may use: form -> True where it stands alone, False where only a title after it makes
    it the person (a family name: 井上知事, 金省长)."""
    forms: dict[str, bool] = {name: True}
    parts = [p for p in re.split(f"[{DOTS}]", name) if p]
    if len(parts) > 1:
        # any part of a transliterated name of two characters or more stands for the person (阿吉拉尔市长)
        for part in parts:
            if len(part) >= 2:
                forms.setdefault(part, True)
        return forms
    if country in _TWO_CHAR_SURNAME and len(name) == 4:
        forms.setdefault(name[:2], False)
    elif country in _ONE_CHAR_SURNAME and len(name) == 3:
        forms.setdefault(name[:1], False)
    return forms


def title_after(text: str, end: int) -> int:
    """Where a title right after a later mention ending at ``end`` ends; ``end`` when none follows."""
    m = TITLE_AFTER.match(text, end)
    return m.end() if m else end

