"""From cleaned English text to typed aid events, each tied to its sentence.

The same six event types and the same rules as the Chinese extractor, read
with English syntax:

1. sentences (abbreviation-aware) are cut into segments where one sentence
   lists two shipments (``50,000 masks for X, sent on March 6, and 30,000
   masks that reached Y``); a headline (first line, no final stop) is skipped
   as it restates the body;
2. trigger words come from ``triggers_en.tsv``; those inside quotes, under a
   plan (``will``, ``plans to``, ``is expected to``, ``offered``) or a
   negation are dropped; ``sent a letter``/``received letters`` are
   messages, not donations; thanks *for* a gift is a message only;
3. roles: ``by X`` after a participle and ``from X`` give the source; the
   subject (the last actor before the first trigger, not inside a
   prepositional phrase) gives the source of active verbs and the recipient
   of ``received``; ``to``/``for X``, ``arrived in/at X``, ``reached X`` give
   the recipient; arrivals with no place go to the page's place, sources
   left unsaid are the donor of the previous donation (``The shipments
   included ...``); consultations run from the side sharing experience
   (``with X experts``) to the subject; ``at the request of X`` is X's
   request; ``He``/``She`` is the last titled person;
4. a count of partners or countries (``to 10 partner regions``, ``from 28
   local governments``) or ``as of`` makes the event an ``aggregate``
   claim, never summed or split;
5. items, money and the date (the first non-reporting date of the segment,
   ``the same day`` = the previous event's date) are attached, and the
   document's events are merged per fact (:func:`dedupe`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Optional

from cityaid.clean.tables import load_table
from cityaid.extract.totals import en_totals
from cityaid.extract.dedupe import dedupe
from cityaid.extract.route import en_off_route
from cityaid.extract.en_dates import event_date_en, find_dates_en
from cityaid.extract.en_quantities import find_quantities_en, itemize_en
from cityaid.extract.en_receipts import revise_en, spoken_gifts_en
from cityaid.clean.fastre import trie_alternation
from cityaid.model import Actor, CleanText, DateRef, Event, ItemQty, Money
from cityaid.resolve.actors import ActorMention
from cityaid.resolve.english import OWN_GOVERNMENT_BEHALF_EN, find_actors_en

_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Gov|Lt|Sen|Rep|St|Mt|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|"
                     r"No|Co|Corp|Inc|Ltd|Md|Calif|Mass|Wash|Va|Pa|Ore|Fla|Ga|Ill|Mich|Minn|Tenn|vs|approx|Gen|Prof)"
                     r"|\b[A-Z])\.$")
_SENT_END = re.compile(r"[.!?][\"'”’)]*(?=\s+[\"“'‘(]?[A-Z0-9])|\n+")
_PLAN = re.compile(r"\b(?:will|would|shall|plans? to|planned to|planning to|intends? to|intended to|is expected to|"
                   r"are expected to|expects to|is set to|are set to|(?:is|are|was|were)\s+(?:now\s+)?(?:scheduled|due|slated|poised|about)\s+to|(?:is|are)\s+(?:now\s+|also\s+|currently\s+)*(?:arranging|organi[sz]ing)|is going to|are going to|is to|are to|hope[sd]? to|(?:talked|talking|thought|spoke|speaking)\s+about|"
                   r"expect(?:s|ed|ing)?\s+(?:a|an|the|some|more|further|another|its|their)\b|"
                   r"offered|offers|offer to|pledged|promised|promises|agreed to|considering|could|(?-i:may)|might|decided to|decides to|"
                   r"decide to|intent to|intention to|ready to|eager to|keen to|determined to|prepared to|preparing to|willing to|wants? to|aims? to|"
                   r"(?:directed|instructed|authori[sz]ed|asked|tasked)\s+(?:the\s+)?(?:city\s+)?(?:staff|clerk|"
                   r"manager|administration|officials|departments?)\s+to)\b[^.;:]*$",
                   re.I)
_NEGATION = re.compile(r"\b(?:not|never|no longer|didn't|did not|hasn't|has not|haven't|have not|refused to|without|"
                       r"rather than|instead of)\s+(?:\w+\s+)?$",
                       re.I)
_REPORTING = re.compile(r"\b(?:said|says|announced|reported|told|added|stated)\s*$", re.I)
_PREP = re.compile(r"\b(?:in|at|on|of|for|from|with|to|by|across|into|near|among|between|about|after|before|"
                   r"since|than|like|around|throughout)\s+(?:the\s+)?$", re.I)
_HELP = re.compile(r"\b(?:help|assistance|aid|support|supplies|masks?|equipment|donations?|PPE|consultations?|"
                   r"conferences?|meetings?|experience|provide|send|donate|share|details|advice|guidance|expertise|"
                   r"know-how|protocols?|test(?:ing)?\s+kits?|ventilators?|video\s+(?:exchanges?|calls?|links?))\b", re.I)
#: asking to learn how the other side fought the outbreak ("asking how X had handled the epidemic", "to hear about
#: X's response to the outbreak"): a request for its experience
_LEARN_HOW = re.compile(r"\bhow\s+(?:[\w'’-]+\s+){1,4}?(?:responded|dealt|handled|coped|tackled|contained|controlled|"
                        r"fought|beat|managed)\b|\bresponse\s+to\s+(?:the\s+)?(?:[\w-]+\s+)?(?:outbreak|epidemic|"
                        r"pandemic|virus|coronavirus)\b", re.I)
_CONSULT_WORDS = re.compile(r"\b(?:conference|meeting|video|online|exchange|experience|consultation|call)\b", re.I)
_AGG_CUE = re.compile(r"\b(?:as of|a total of|in total|so far|altogether|in all|combined|cumulative(?:ly)?|to date)\b", re.I)
_MEDIUM = (("social_media", r"twitter|tweet|instagram|facebook|weibo|wechat|social media|line account"),
           ("video", r"video"), ("phone", r"phone|called|telephone"), ("letter", r"letter"),
           ("telegram", r"telegram"), ("web", r"statement|website|web site|press release"))
_DATELINE_PREFIX = re.compile(r"[A-Z][A-Z .'’-]+(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?(?:,?\s*\(?[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?\)?)?"
                              r"(?:\s*\([A-Z][\w .&-]{0,30}\)|\s+[A-Z][A-Za-z]+(?=\s+(?:--|—|–|-)\s))?\s*(?:--|—|–|-(?=\s))\s*")
_PRONOUN = re.compile(r"^(?:He|She)\b")
#: a titled person named again by the title alone, as the sentence's subject ("The governor thanked ...")
_THE_TITLE = re.compile(r"\W*The\s+(?P<title>governor|mayor|lord\s+mayor|prefect|premier|chief\s+minister|"
                        r"president|consul[\s-]general|ambassador)\s+(?:(?:also|then|later|personally)\s+)?$")
#: a sentence that tells the last act again of another doer ("So did X, mayor of B.", "As did B's mayor.")
_SO_DID = re.compile(r"\W*(?:(?:And\s+)?[Ss]o|As)\s+(?:too\s+)?did\s+")
#: "the sister city association", "its sister-city committee": a body of the place itself, not its partner
_BODY_NEXT = r"\s+(?i:association|committee|commission|society|program|programme|group|organi[sz]ation|council|" \
             r"foundation|club|board|network|office)s?\b"
_SISTER_REF = re.compile(r"\b(?:its|our|their|his|her|the)\s+(?i:sister|partner|twin|friendship)\s+"
                         rf"(?i:city|cities|province|state|prefecture|region)\b(?!\s+(?:of\s+)?[A-Z]|{_BODY_NEXT})")
#: the page's partner told in the first person ("our sister city", "our partner province")
_OUR_PARTNER = re.compile(r"our\s+(?i:sister|partner|twin|friendship)\b")
#: "shipped masks to its partner": the page's partner called by the bare noun (not "its partner hospital",
#: "its partner organisations", "its partner of forty years, X")
_BARE_PARTNER_REF = re.compile(r"\b(?:its|their)\s+(?:partner|twin)\b(?![\w'’-]|\s+(?:of\b|[A-Za-z]+(?:s\b|ing\b)|"
                               r"hospital|school|university|agency|company|firm|group|body|institution|organi[sz]ation|"
                               r"association|city|town|province|state|prefecture|region|county|district|country|nation|"
                               r"[A-Z]))")


_QUOTED = re.compile(r"[\"“][^\"”\n]*[\"”]")
#: words quoted in single marks, closed by a comma or a stop before the attribution ("'We will never forget
#: your help,' the mayor wrote"): an apostrophe inside ends the match early, so only a clean quotation counts
_QUOTED_SINGLE = re.compile(r"(?:^|(?<=[\s(\[]))['‘](?=[A-Z])[^'’\"“”\n]{6,300}?[,!?]['’](?=\s)")
_AND_SECOND_GIFT = re.compile(r"\s+and\s+(?:another\s+|a further\s+)?(?=\d)")
_TO_NAME = re.compile(r"\b(?:to|for)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}[A-Z]")
#: "received 100,000 masks from X and another 50,000 from Y": a second giver after the second figure
_FROM_NAME = re.compile(r"\bfrom\s+(?:the\s+)?(?:[a-z]+\s+){0,4}[A-Z]")
_BARE_FIGURE_TO = re.compile(r"\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?:to|for)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}[A-Z]")
#: "..., while another 30,000 went to Y", "and a further 20,000 reached Y": a bare figure of the same goods
#: "another 5,000 went / a further 2 million were sent": the figure and the verb of a second lot
_FURTHER_FIGURE = r"(?:[Aa]nother|[Aa]\s+further)\s+\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?:\w+ly\s+)?"
#: a sentence that opens with the next lot of the gift told before: "Another 40,000 masks went to Y."
_NEXT_LOT = re.compile(r"(?:[Aa]nother|[Aa]\s+further)\s+\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?:[a-z-]+\s+){1,3}?"
                       r"(?:went|were\s+sent|were\s+shipped|were\s+delivered)\s+to\s+(?:the\s+)?(?:[a-z]+\s+){0,3}[A-Z]")
_WENT_VERB = r"went|were\s+sent|were\s+shipped|reached|arrived|landed|headed|were\s+delivered"
_AND_ANOTHER_WENT = re.compile(r"(?:,?\s+(?:and|while|whereas)|,)\s+(?P<rest>" + _FURTHER_FIGURE + r"(?:" + _WENT_VERB
                               + r")\b)")
_ANOTHER_WENT = re.compile(_FURTHER_FIGURE + r"(?:[a-z-]+\s+){0,3}?(?P<verb>" + _WENT_VERB + r")\b")
_HAD_BEFORE = re.compile(r"\bhad\s+(?:(?:also|already|earlier|previously|\w+ly)\s+)?$")
#: "received 10,000 masks from X and 20,000 from Y": the second figure's own giver, the goods understood
_BARE_FIGURE_FROM = re.compile(r"\d[\d,.]*(?:\s+(?:million|thousand))?\s+from\s+(?:the\s+)?(?:[a-z]+\s+){0,2}[A-Z]")
_TWO_ACTS_GLUE = re.compile(r",[\"”’]?\s+and\s+|;\s+|,?\s+while\s+|,\s+after\s+|"
                            r",\s+(?:recalling|noting|remembering|adding|mentioning)\s+that\s+")
_CAPITAL = re.compile(r"[A-Z]")
#: "X sent masks to Y, while Z delivered gowns to W on April 9": a second subject's act, with a day of its own
_CONTRAST_SUBJECT = re.compile(r",\s+(?:while|whereas)\s+[A-Z]")
#: a sentence's last stop, with the emoji a post may end it with ("... landed this morning. ✈️")
_FINAL_STOP = re.compile(r"[.!?][\"'”’)]*(?:\s*[\u2190-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]+)*$")
_CLAUSE_CUT = re.compile(r"[;:]|,\s+(?:and|but|while|as|when)\s+|\bthat\b|\bwhich\b")
_CALLED_WHOM = re.compile(r"\s+(?:[A-Z]|his|her|their|its|the\s+(?:[A-Z]|(?:vice|deputy|executive)\s+mayor\b))|\s+to\s+(?:express|convey|offer|extend|voice|send)\b")
_QUESTION = re.compile(r"\s+(?:which|what|how|when|why|who)\b", re.I)
_NAME_NEXT = re.compile(r"\s+[A-Z]")
_THE_NAME_NEXT = re.compile(r"\s+the\s+[A-Z]")
_MESSAGE_OBJECT = re.compile(r"\s+(?:a|an|the|his|her|their|its)?\s*(?:letter|message|video|telegram|note|greeting)")
#: after "received": plural letters or videos, with no other object ("received letters and videos of support")
_LETTERS_RECEIVED = re.compile(r"\s+(letter|video)s\s+(?:and\s+(?:letter|video|message)s\s+)?(?:of\s+\w+\s+)?from\b")
_IN_COUNTRY_GAP = re.compile(r",?\s+(?:both\s+|all\s+|each\s+)?in\s+(?:the\s+)?")
#: "in Hubei province" after a listed city: the unit noun that closes the skipped place
_UNIT_NOUN = re.compile(r"\s+(?:province|prefecture|state|region|county|oblast)\b", re.I)
#: between two names of one list; "and the city of X", "and the Italian region of X" go on with the list
_LIST_GAP = re.compile(r",?\s*(?:and\s+(?:also\s+)?(?:in\s+|to\s+|for\s+)?|or\s+|as\s+well\s+as\s+(?:in\s+|to\s+|for\s+)?)?(?:the\s+(?:(?:[A-Z][a-z]+\s+)?(?:city|town|region|"
                       r"province|prefecture|county|state|municipality|district)\s+of\s+)?)?")
#: "X's gift" makes X no subject, but "X's mayor/consul general/embassy" speaks for X
_POSSESSED = re.compile(r"\s*(?:'s|’s|(?<=s)['’](?=\s))\s+(?!(?:health|foreign|government|ministry|office|mayor|governor|deputy|vice|"
                        r"consul|consulate|embassy|ambassador|envoy|representative|officials|authorities|council|"
                        r"president|premier|prime|chairman|party|municipal|provincial|city|people)\b)"
                        r"(?!(?:[\w-]+\s+){1,2}(?:officials|experts|doctors|specialists|authorities|leaders|staff)\b)")
_CAPITAL_OF = re.compile(r",\s+(?:the\s+)?capital\s+of\s+")
#: a relative clause whose subject is named: "masks that X sent to Y", "the gowns which X had shipped"
_REL_THAT = re.compile(r"\b(?:that|which)\s+(?:the\s+)?$")
_REL_SUBJ_GAP = re.compile(r"(?:\s+(?:District|County|Borough|City|Province|Prefecture|(?:City\s+|Municipal\s+|Provincial\s+)?"
                           r"Government|Council|Municipality))?\s+(?:(?:had|has|have)\s+)?(?:(?:also|just|already|recently)\s+)?")
_PASSIVE_AFTER = re.compile(r"\s+(?:by|on|in|at|to\s+the)\b")
#: A time told right after the verb of a named subject ("X sent on Monday ..."): no place after "in".
_TIME_AFTER = re.compile(r"\s+(?:in|on|at)\s+(?:(?:early|late|mid|mid-)\s*)?(?:January|February|March|April|May|June|July|"
                         r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|"
                         r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|20\d\d|the\s+(?:spring|summer|"
                         r"autumn|fall|winter|end|start|beginning|middle|same\s+(?:day|week|month)|following\s+"
                         r"(?:day|week|month)|weekend))\b")
_BY_BEFORE = re.compile(r"\bby\s*$")
#: Many unnamed givers of one country ("municipal governments in China", "cities across Japan", "Chinese cities").
_MANY_GIVERS = re.compile(r"\b(?:by|from)\s+(?:[a-z]+\s+){0,2}(?:governments|cities|provinces|municipalities|partners|"
                          r"companies|groups|organi[sz]ations|donors)\s+(?:in|across|of|from|around)\s+[A-Z]|"
                          r"\b(?:by|from)\s+(?:various\s+|several\s+|many\s+)?[A-Z][a-z]+\s+(?:cities|provinces|"
                          r"municipalities|partners|governments|companies|donors)\b")
#: "left X" / "departed from X" / "set off from X": the place right after the verb of leaving
_LEFT_PLACE = re.compile(r"\b(?:left|departed|departing|set\s+off\s+from|set\s+out\s+from)\s+(?:from\s+)?"
                         r"(?:the\s+(?:city|town|port)\s+of\s+)?$")
_TRAVEL_FROM = re.compile(r"\b(?:took off|taken off|departed|departing|flew|flown|left|set off|shipped out|"
                          r"lifted off)\s+from\s+(?:the\s+)?$")
_SHARED_BETWEEN = re.compile(r"\b(?:to be|will be|would be|were|was)\s+(?:shared|split|divided|distributed)\s+"
                             r"(?:equally\s+|evenly\s+)?(?:between|among|amongst)\s+")
_REL_PASSIVE = re.compile(r"\b(?:that|which)\s+(?:were|was|had been|have been|has been)\s+(?:\w+ly\s+)?$")
_BY_AFTER = re.compile(r"\s+by\b")
_HELP_BY_AFTER = re.compile(r"\s+(?:(?:help|aid|assistance|support)\s+)?by\b")
#: "a request (made) by X", "the appeal sent by X for gowns": the asker named after the request noun, as in
#: "at the request of X" (a name must follow "by": "a request by email" names no one)
_REQUEST_MADE_BY = re.compile(r"\s+(?:(?:made|sent|lodged|submitted|issued|put\s+forward)\s+)?by\s+(?=(?:the\s+)?[A-Z])")
_REQUEST_NOUNS = frozenset(("request", "requests", "appeal", "appeals", "plea", "pleas"))
_RECEIVED = re.compile(r"\b(?:received|receives|got)\b")
#: "Letters of sympathy (also) came from the mayors of A and B", "Messages poured in from A": the message noun is
#: what came in; the writers are named after "from", the page's place got them (a bare "from" after the noun
#: says nothing of who got it)
_MESSAGE_NOUN = re.compile(r"(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:letters?|messages?|notes?|cards?|telegrams?)\b"
                           r"(?:\s+of\s+[\w-]+)?$", re.I)
#: "Sympathy letters were sent by X to Y": a message told in the passive, its writer after "by"
_MESSAGE_SENT_BY = re.compile(r"\s+(?:(?:was|were|(?:had|has|have)\s+(?:also\s+|since\s+)?been)\s+(?:also\s+|later\s+|then\s+)?"
                              r"(?:sent|written|mailed|posted|addressed|delivered|signed|dispatched|forwarded)\s+"
                              r"(?:[\w-]+\s+){0,3}?by\b)")
#: thanks or a tribute addressed to the speaker's own people (no place named as the one thanked)
_OWN_PEOPLE_THANKED = re.compile(r"\b(?:thank(?:s|ed|ing)?|(?:paid|pays|paying|pay)\s+(?:a\s+)?tribute\s+to|grateful\s+to|"
                                 r"praised|praising|praises|saluted|salutes|hailed)\s+(?:all\s+)?(?:(?:the|its|his|her|their|"
                                 r"our)\s+)?(?:(?:city|town|county|state|province|prefecture|region|council)(?:'s|’s|(?<=s)['’](?=\s))\s+)?"
                                 r"(?:own\s+)?(?:local\s+)?(?:(?:hospital|medical|health|health-care|healthcare|front-?line|"
                                 r"city|council|municipal|emergency|care)\s+){0,2}(?:staff|workers|nurses|doctors|volunteers|"
                                 r"employees|residents|citizens|first\s+responders|police|firefighters|carers|personnel|"
                                 r"teams?)\b", re.I)
#: a go-between passing on a message: "The consulate conveyed/handed over a letter from X to Y"
_HANDED_ON_BEFORE = re.compile(r"\b(?:conveyed|handed(?:\s+over)?|delivered|passed(?:\s+on)?|forwarded|presented|"
                               r"transmitted|relayed|brought)\s+(?:[\w-]+\s+){0,2}$", re.I)
_CAME_FROM_AFTER = re.compile(r"\s+(?:(?:also|later|then|soon|have|has|had)\s+)*(?:(?:came|come|comes|arrived|poured\s+in|"
                              r"flooded\s+in|streamed\s+in|were\s+received|was\s+received)\s+(?:[\w-]+\s+){0,2}?"
                              # "came by letter or telephone from": the means, then the writers
                              r"(?:(?:by|via|through)\s+(?:[\w-]+\s+){1,2}?(?:or|and)\s+(?:[\w-]+\s+){1,2}?)?"
                              # "arrived, one after another, from": a phrase set off by commas before "from"
                              r"|(?:came|come|arrived|poured\s+in)\s*,\s+(?:[\w-]+\s+){0,3}[\w-]+,\s+)from\b")


@dataclass(frozen=True)
class TriggerEn:
    start: int
    end: int
    word: str
    type: str
    direction: str
    kind: str
    medium: str


#: "Fifteen experts from X, selected from two hospitals and a disease control centre, reached Y": who the
#: team's members are, set off by commas between the team and its travel verb.
_TEAM_APPOSITION = (r"(?:,\s+(?:(?:drawn|selected|picked|chosen|recruited|made\s+up|composed|consisting|comprising|"
                    r"including|led|headed|mostly|mainly|all|coming|who)\b[^;.!?\"“”]{0,200}?|"
                    # "The X team, China's first team bound for the region, flew out": a noun phrase set off by
                    # commas, holding no comma; "Y's team, 10 strong, was picked by Z and touched down in"
                    r"[^,;.!?\"“”]{1,80}?),(?:\s+[\w'’-]+){0,12}?|"
                    # "experts from X Hospital of Y University, the Z Center and three other bodies landed in":
                    # the institutions they come from, named
                    # "a team chosen by X's health commission, which reached Y": a relative clause
                    r",\s+(?:which|who)(?:\s+(?:had|has|have|then|later|finally|eventually))?|"
                    r"\s+from(?:\s+(?:[A-Z][\w'’-]*|of|the|for|and|at|in),?){1,25}?(?:\s+[\w'’-]+){0,4}?)?")
#: the nouns a medical team is told with as the subject of a travel verb ("12 specialists from X landed in Y",
#: "a team from X took off for Y"): a gapped trigger row headed by one of them is read with any of them.
_TEAM_NOUNS = ("team", "experts", "specialists", "doctors", "medics")
#: In ``triggers_en.tsv`` a word with `` ... `` (``shared ... experience``) allows up to this many words in the gap.
GAP_WORDS = 5
#: ", capital of northwest China's X Region," / ", a city in Y,": a place's apposition inside a gap
_PLACE_APPOSITION = (r",\s+(?:the\s+)?(?:capital|provincial\s+capital|(?:a|the)\s+(?:city|town|port\s+city)|seat|hub)"
                     r"\s+(?:of|in)\s+[^;.!?,]{0,60}(?:,\s+[^;.!?,]{0,40})?,")
#: ... and this many for a medical team, told with a participle between the team and its travel verb
#: ("a team organized by the X Autonomous Region flew to").
TEAM_GAP_WORDS = 9


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, dict[str, str]]:
    return {r["word"].lower(): r for r in load_table("triggers_en.tsv") if " ... " not in r["word"]}


@lru_cache(maxsize=1)
def _gapped() -> tuple[tuple[re.Pattern, dict[str, str]], ...]:
    """Trigger phrases with a gap (``team of ... experts``: a six-member team of Chinese medical experts)."""
    out, seen = [], set()
    for r in load_table("triggers_en.tsv"):
        if " ... " in r["word"]:
            words_ = r["word"].split(" ... ")
            parts = [re.escape(p) for p in words_]
            travel = r["type"] == "medical_team" and (words_[-1].split()[-1] in ("to", "in", "for", "into", "team")
                                                      or (len(words_) == 2 and words_[0] in _TEAM_NOUNS
                                                          and " of" not in words_[-1]))  # not "team of ... doctors"
            if travel and len(words_) == 2 and words_[0] in _TEAM_NOUNS:
                # "team ... landed in" reads "specialists ... landed in" as well
                parts[0] = "(?:" + "|".join(_TEAM_NOUNS) + ")"
                if words_[-1] in seen:
                    continue  # "experts ... landed in" after "team ... landed in": read already
                seen.add(words_[-1])
            words = TEAM_GAP_WORDS if travel else GAP_WORDS
            # goods leaving on a date ("left on Feb. 10 for"): the gap may hold an abbreviated month
            chars = r"[\w'’,:.-]" if r["direction"] == "arrive" and r["type"] == "donation" else r"[\w'’,:$£€¥-]"
            if words_[0].split()[-1] in ("raised", "raises") and words_[-1] in ("to buy", "to purchase"):
                # "raised about 12,000 U.S. dollars from its residents to buy": the sum and who gave it
                chars, words = r"[\w'’,:.$£€¥-]", words + 2
            gap = rf"(?:\s+{chars}+){{0,{words}}}?" + (_TEAM_APPOSITION if travel else "") + r"\s+"
            if r["direction"] == "arrive" and r["type"] == "donation":
                # "left X, capital of Y Province, on Monday for W": the place the goods left, set off with
                # what it is the capital of, is no more than the place (the words after it are read on)
                gap = rf"(?:\s+{chars}+){{0,{words}}}?(?:" + _PLACE_APPOSITION + rf"(?:\s+{chars}+){{0,4}}?)?\s+"
            if r["type"] == "message" and words_[0] == "received":
                # "received a heartfelt letter from": words that tell what kind of letter, not a list of what
                # came ("received 8,000 masks and a letter from" is a gift and a letter)
                gap = r"(?:\s+(?!and\b|or\b|with\b)[a-z'’-]+){0,3}?\s+"
            out.append((re.compile(r"(?<![\w-])" + gap.join(parts) + r"(?![\w-])", re.I), r))
    return tuple(out)


@lru_cache(maxsize=1)
def _gapped_words() -> tuple[tuple[str, ...], ...]:
    """(speed) For each phrase of :func:`_gapped`, words every match of it holds as written (lower-cased): its
    last part, and its first unless a team noun stands for it; none (always searched) for a word not ASCII.

    180 phrases, each a pattern whose look-behind start defeats the engine's skip to a first character, were
    searched over every span; a span without a phrase's words is passed by a substring test instead."""
    out = []
    for pattern, r in _gapped():
        parts = r["word"].split(" ... ")
        words = [parts[-1]] + ([parts[0]] if pattern.pattern.startswith(r"(?<![\w-])" + re.escape(parts[0])) else [])
        out.append(tuple(w.lower() for w in words) if all(w.isascii() for w in words) else ())
    return tuple(out)


@lru_cache(maxsize=1)
def _gapped_by_last() -> tuple[dict[str, list[int]], list[int]]:
    """(speed) The phrases of :func:`_gapped` by their last word (their place in order), and those always searched."""
    by_last: dict[str, list[int]] = {}
    always: list[int] = []
    for k, need in enumerate(_gapped_words()):
        if need:
            by_last.setdefault(need[0], []).append(k)
        else:
            always.append(k)
    return by_last, always


def _folded(text: str, start: int, end: int) -> str:
    """``text[start:end]`` with each character as the ignore-case patterns compare it: ASCII lower-cased, any other
    character the ASCII letter it matches ignoring case (ı, ſ, K, İ), else itself (one character for one)."""
    seg = text[start:end]
    if seg.isascii():
        return seg.lower()
    return "".join(c.lower() if c.isascii() else _fold_char(c) for c in seg)


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    """The ASCII letter that ``c`` (not ASCII) matches in an ignore-case pattern, else ``c`` itself."""
    return next((a for a in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(a, c, re.I)), c)


@lru_cache(maxsize=1)
def _trigger_re() -> re.Pattern:
    # the longest trigger word at each position, as a trie (see cityaid.clean.fastre)
    return re.compile(r"(?<![\w-])" + trie_alternation(_lexicon()) + r"(?![\w-])", re.I)


def find_triggers_en(text: str, start: int = 0, end: int | None = None) -> list[TriggerEn]:
    """Trigger words of ``triggers_en.tsv`` in ``text[start:end]``, longest first, whole words.

    A sentence is asked about more than once (to cut it, then per segment):
    the answer is remembered (the triggers are frozen records).
    """
    return list(_triggers_en(text, start, len(text) if end is None else end))


#: gratitude quoted as the speaker's own word, its addressee outside the quotation: 'was "most grateful" to X'
_QUOTED_GRATEFUL = re.compile(r"\b(?:grateful|thankful)[!.,]?[\"”’']\s+(?P<to>to)\s+(?=(?:the\s+)?(?:people\s+of\s+|"
                              r"city\s+of\s+)?(?-i:[A-Z]))", re.I)


#: thanks told as being moved by the help ("said he was moved that X had come to Y's aid", "called it touching
#: that X was helping"), not a thing moved on a day ("the truck was moved that morning")
_MOVED_THAT = re.compile(r"\b(?:(?:was|were|is|are|am|been|felt|feels?|deeply|very|so|greatly|truly)\s+(?:moved|touched)|"
                         r"(?:called|calls|found|finds)\s+it\s+(?:(?:very|so|deeply)\s+)?(?:touching|moving|heartwarming))"
                         r"\s+(?P<t>that)\b(?!\s+(?:morning|day|night|afternoon|evening|week|month|year|time)\b)", re.I)

#: a sentence whose subject is a nation's envoy, named by office alone ("The consul general said ...")
_ENVOY_SUBJECT = re.compile(r"\s*(?:The|the)\s+(?:(?:deputy|acting)\s+)?(?:consul(?:\s+general)?|ambassador|"
                            r"chargé d'affaires|embassy|consulate(?:\s+general)?)\b")
#: good wishes told with the goods handed over ("expressed the hope that the supplies would help X defeat the virus")
_HOPED_HELP = re.compile(r"\b(?P<t>hoped|hopes|hope)\s+(?:that\s+)?(?:the|these|this|its|our|his|her|their)\s+"
                         r"(?:(?:medical|donated|relief)\s+)?(?:supplies|masks|goods|donations?|gifts?|materials|items|aid)\s+"
                         r"(?:would|will|could|can)\s+help\b", re.I)

#: support offered in words ("offered the council's support to X", "pledged its full support", "offers Y's warm
#: solidarity"), addressed to someone or put in a letter; not help of a kind ("offered technical support": no
#: adjective of feeling), nor support recalled with no one addressed ("when X was fighting, the two offered firm support.")
_OFFERED_SUPPORT = re.compile(r"\b(?P<t>offered|offers|offer|pledged|pledges|pledge)\s+"
                              r"(?:(?:the\s+)?(?:[A-Z][\w-]+|council|city|town|county|province|state|government|people)"
                              r"(?:'s|’s|(?<=s)['’](?=\s))\s+|(?:his|her|their|its|our|the)\s+)?"
                              r"(?:(?:full|firm|strong|warm|sincere|heartfelt|unwavering|wholehearted|moral|every|"
                              r"complete|unconditional|total)\s+)*(?:support|solidarity)\b"
                              r"(?=\s+(?:to|for|with)\s+\w|\s+in\s+(?:a|an|his|her|their|its)\s+"
                              r"(?:\w+\s+)?(?:letter|message|video|call|statement)\b)")


#: "specialists from X spoke with doctors in Y about treating severe cases": experts talking with experts of
#: care or control (a consultation), however they met
_EXPERTS_SPOKE = re.compile(r"\b(?:doctors|physicians|specialists|experts|clinicians|epidemiologists|nurses)\s+"
                            r"(?:[^.;]{0,60}?)\b(?P<t>spoke|talked|conferred)\s+with\s+(?:[\w-]+\s+){0,2}?(?:doctors|"
                            r"physicians|specialists|experts|clinicians|colleagues|counterparts|health\s+(?:officials|"
                            r"workers|authorities))\b[^.;]{0,80}?\babout\s+(?:treating|the\s+treatment|caring|testing|"
                            r"tracing|containing|controlling|their\s+experience|how\s+to)\b")
_TO_BEFORE = re.compile(r"\bto\s+$")
#: "got in touch with", "got in contact", "got together", "got sick": "got" receiving nothing
_GOT_NO_GOODS = re.compile(r"\s+(?:in\s+(?:touch|contact)|back\s+in\s+touch|together|sick|ill|infected)\b", re.I)
#: "wished to <verb>": wanted to do something (not "wished the city well", "wished them a speedy recovery")
_WISHED_TO_DO = re.compile(r"\s+to\s+(?!(?:all|every\w*|each|the|its|their|his|her|our)\b)[a-z]+\b")


@lru_cache(maxsize=256)
def _triggers_en(text: str, start: int, end: int) -> tuple[TriggerEn, ...]:
    out = []
    for m in _trigger_re().finditer(text, start, end):
        r = _lexicon()[m.group().lower()]
        if r["word"] == "wished" and _WISHED_TO_DO.match(text, m.end()):
            continue  # "told the city it wished to repay the kindness": a wish to act, no good wishes sent
        if r["word"].lower() in ("got", "get", "gets", "getting") and _GOT_NO_GOODS.match(text, m.end()):
            continue  # "got in touch with X", "got sick": no goods received
        out.append(TriggerEn(m.start(), m.end(), m.group(), r["type"], r["direction"], r["kind"], r["medium"]))
    for m in _QUOTED_GRATEFUL.finditer(text, start, end):
        # 'said he was "deeply grateful" to X': the thanks quoted, the one thanked named after the quotation
        out.append(TriggerEn(m.start("to"), m.end("to"), "grateful to", "message", "out", "thanks", ""))
    for m in _MOVED_THAT.finditer(text, start, end):
        if not any(t.start <= m.start("t") < t.end for t in out):
            out.append(TriggerEn(m.start("t") - 1, m.end("t"), "grateful that", "message", "out", "thanks", ""))
    for m in _HOPED_HELP.finditer(text, start, end):
        if not any(t.start <= m.start("t") < t.end for t in out):
            out.append(TriggerEn(m.start("t"), m.end("t"), "best wishes", "message", "out", "solidarity", ""))
    for m in _OFFERED_SUPPORT.finditer(text, start, end):
        if not any(t.start <= m.start("t") < t.end for t in out):
            out.append(TriggerEn(m.start("t"), m.end(), "offered support", "message", "out", "solidarity", ""))
    for m in _EXPERTS_SPOKE.finditer(text, start, end):
        if not any(t.start <= m.start("t") < t.end for t in out):
            out.append(TriggerEn(m.start("t"), m.end("t"), m.group("t"), "consultation", "out", "", ""))
    # (speed) only the phrases whose words the span holds are searched, in their order
    gapped, words, (by_last, always) = _gapped(), _gapped_words(), _gapped_by_last()
    folded = _folded(text, start, end)
    for k in sorted(always + [k for w, ks in by_last.items() if w in folded for k in ks]):
        if any(w not in folded for w in words[k][1:]):
            continue
        pattern, r = gapped[k]
        for m in pattern.finditer(text, start, end):
            if any(t.start < m.start() < t.end or t.start < m.end() < t.end for t in out):
                continue  # crosses a word already read
            # the longer phrase wins over the words inside it ("team ... landed in" over "landed")
            out = [t for t in out if not m.start() <= t.start < m.end()]
            out.append(TriggerEn(m.start(), m.end(), r["word"], r["type"], r["direction"], r["kind"], r["medium"]))
    return tuple(sorted(out, key=lambda t: t.start))


# --------------------------------------------------------------------- units
def split_sentences_en(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the sentences of ``text``; a stop after an abbreviation (``Feb.``, ``Md.``) does not end one."""
    out, pos = [], 0
    for m in _SENT_END.finditer(text):
        if m.group().startswith(".") and _ABBREV.search(text[max(0, m.start() - 6):m.start() + 1]):
            continue
        end = m.end() if not m.group().startswith("\n") else m.start()
        if text[pos:end].strip():
            out.append(_strip(text, pos, end))
        pos = m.end()
    if text[pos:].strip():
        out.append(_strip(text, pos, len(text)))
    return out


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _quotes(text: str) -> list[bool]:
    mask = [False] * len(text)
    for m in (*_QUOTED.finditer(text), *_QUOTED_SINGLE.finditer(text)):
        for i in range(m.start(), m.end()):
            mask[i] = True
    return mask


#: a sentence opening on where the goods were headed ("Bound for A and B, a plane carrying ... took off")
_FRONTED_DEST = re.compile(r"\W*(?:(?:[A-Z]\w+ly|Now|First|Initially)\s+)?(?:[Bb]ound|[Hh]eaded|[Hh]eading|[Dd]estined|"
                           r"[Ee]n\s+route|[Ee]armarked|[Ii]ntended|[Mm]eant)\s+(?:for|to)\b")
#: the list of destinations going on after ", and" ("..., and for B", "..., and in C and D")
_DEST_GOES_ON = re.compile(r"(?:also\s+)?(?:for|to|in|at)\s+(?:the\s+)?[A-Z]")
#: the fronted phrase closed already: its subject and verb have come ("Bound for A, the plane took off, and ...")
_SUBJECT_AFTER_OPENER = re.compile(r",\s+(?:a|an|the|its|their)\s+[^,;]*?\b(?:was|were|is|are|has|have|had|took|left|"
                                   r"landed|arrived|reached|flew|departed|set)\b")


def _segments(text: str, a: int, b: int, goods_at: list[int], acts_at: list[int] = ()) -> list[tuple[int, int]]:
    """One sentence telling two acts -> two segments.

    ``..., and 30,000 masks that reached Y`` (goods on both sides), or
    ``X had asked Y for help, and Y shipped masks to X`` (a trigger word on
    both sides of ``, and`` / ``;``).
    """
    cuts = []
    for m in _AND_SECOND_GIFT.finditer(text, a, b):
        # "2,000 masks to X and 1,000 masks to Y": a recipient between the two quantities
        second = any(m.end() <= p <= m.end() + 3 for p in goods_at) or (
            re.search(r"another|further", m.group()) is not None) or (  # "and another 50,000 from Y": goods understood
            _BARE_FIGURE_TO.match(text, m.end()) is not None) or (  # "1 million masks to X and 200,000 to Y"
            _BARE_FIGURE_FROM.match(text, m.end()) is not None)  # "10,000 masks from X and 20,000 from Y"
        prev = max((p for p in goods_at if p < m.start()), default=None)  # the figure before the "and"
        if prev is not None and second \
                and (_TO_NAME.search(text, prev, m.start()) or _FROM_NAME.search(text, prev, m.start())):
            cuts.append((m.start(), m.end()))
    for m in _AND_ANOTHER_WENT.finditer(text, a, b):
        # "took delivery of 50,000 masks, while another 30,000 went to Y": the same goods, a second receiver
        if any(p < m.start() for p in goods_at) and not any(c0 <= m.start() < c1 for c0, c1 in cuts):
            cuts.append((m.start(), m.start("rest")))
    fronted = _FRONTED_DEST.match(text, a, b)
    for m in _TWO_ACTS_GLUE.finditer(text[a:b]):
        at = a + m.start()
        if any(c0 <= at < c1 or at <= c0 < a + m.end() for c0, c1 in cuts):
            continue
        if fronted is not None and _DEST_GOES_ON.match(text, a + m.end()) \
                and not _SUBJECT_AFTER_OPENER.search(text, a, at):
            continue  # "Bound for A in X province, and for B, a plane carrying ...": one list of destinations
        goods = any(p < at for p in goods_at) and any(at + len(m.group()) <= p < at + len(m.group()) + 12 for p in goods_at)
        acts = any(p < at for p in acts_at) and any(p >= at + len(m.group()) for p in acts_at)
        if goods or acts:
            cuts.append((at, a + m.end()))
    if not cuts:
        return [(a, b)]
    cuts.sort()
    out, pos = [], a
    for c0, c1 in cuts:
        out.append((pos, c0))
        pos = c1
    out.append((pos, b))
    return out


#: A relative clause after a name that tells an act of its own (``to Y, which sent a letter``, ``Y, whose
#: residents had sent ...``).
_RELATIVE_ACT = re.compile(r",\s+(?:which|who|whose\s+[a-z]+)\s+")
_PLACE_NOUN_AFTER = re.compile(r"\s+(?:[Pp]rovince|[Pp]refecture|[Cc]ity|[Ss]tate|[Rr]egion|[Cc]ounty|[Mm]unicipality)")


def _relative_acts(text: str, segments: list[tuple[int, int]], actors: list[ActorMention]) -> list[tuple[int, int]]:
    """A segment whose relative clause tells a second act -> two segments, the second one starting at the
    name the clause hangs on (``X gave masks to Y, whose residents had sent X gowns``: Y sent the gowns).

    Only where the main clause has an act of its own and the clause's act is a gift, a message, a team or a
    request sent (not "which arrived on Monday", a receipt of the same goods)."""
    out = []
    for s0, s1 in segments:
        pos = s0
        for m in _RELATIVE_ACT.finditer(text, s0, s1):
            head = next((x for x in actors if x.start >= pos and x.key and (x.end == m.start() or _PLACE_NOUN_AFTER.fullmatch(
                text, x.end, m.start()))), None)
            if head is None:
                continue
            city = next((x for x in reversed(actors) if pos <= x.start and x.end < head.start and x.key), None) \
                if head.level == "adm1" else None
            if city is not None and city.country == head.country and city.level not in ("country", "adm1") \
                    and _IN_COUNTRY_GAP.fullmatch(text, city.end, head.start):
                head = city  # "the mayor of X in Y province, who thanked ...": the province only locates X
            acts = find_triggers_en(text, m.end(), s1)
            before = find_triggers_en(text, pos, m.start())
            if not before or not any(t.direction not in ("in", "arrive") for t in acts):
                continue
            out.append((pos, m.start()))
            pos = head.start
        out.append((pos, s1))
    return out


_ANAPHOR = re.compile(r"(?:the|our|this)\s+(?:city|town|province|prefecture|state|county|region|municipality)$", re.I)


#: A place opening a sentence as its subject: a verb or an apposition follows ("X has ...", "X, a city in ...,").
_WITH_MANY = re.compile(r"[^.;]{0,20}?\bwith\s+(?:(?:more\s+than|over|about|around|some|nearly|at\s+least)\s+)?"
                        r"(?:\d[\d,]*\+?\s+|(?:their|its)\s+)?(?:foreign|overseas|international)?\s*(?:counterparts|peers|"
                        r"partners|countries|cities|experts|colleagues|health)\b")
_OPENER_VERB = re.compile(r"(?:,\s+(?:a|an|the)\s[^,;]{3,80},)?\s+(?:has|have|had|is|was|also|then|later|\w+ed)\b")


#: a second act of the subject between the gift and a "from X" ("donated masks to Y and helped arrange the flight
#: that brought Z's shipment from X"): X is no giver whose gift the mission carried
_NEXT_ACT = re.compile(r"\b(?:and|which|that|who)\s+(?:also\s+)?(?:helped|arranged|brought|organi[sz]ed|facilitated|"
                       r"coordinated|paid)\b")
#: a diplomatic mission as a subject: it hands over what a city or province gave
_MISSION_NAME = re.compile(r"\b(?:consulate|embassy|consul)\b", re.I)

#: "The donation came from X", "The masks were a gift from X": who gave the goods told just before.
_CAME_FROM = re.compile(r"(?:The|These|Those|This|That)\s+(?:[\w-]+\s+){0,2}?(?:donations?|gifts?|masks|supplies|shipments?|"
                        r"consignments?|goods|batch|cargo|parcels?|boxes|gloves|suits|gowns|kits|items|equipment|"
                        r"materials|ventilators|respirators|aid)\s+(?:came|had come|come|comes|were|was|are|is)\s+"
                        r"(?:(?:a|an)\s+(?:\w+\s+)?(?:gift|donation)\s+)?from\s+")


def _giver_told_after(text: str, a: int, b: int, actors: list[ActorMention], events: list[Event]) -> None:
    """``X took delivery of 20,000 masks on Wednesday. The donation came from its partner city Y.``: the gift
    told just before, with no giver, was Y's."""
    m = _CAME_FROM.match(text, a, b)
    last = next((e for e in reversed(events) if e.type == "donation"), None) if m else None
    if last is None or any(x.key for x in last.from_):
        return
    giver = _after(text, _actors_in(actors, m.end(), b), a, "from", limit=m.end() - a + 60) or next(
        (x for x in actors if m.end() <= x.start < b and x.key), None)
    if giver is not None and giver.key not in {x.key for x in last.to}:
        last.from_ = [_to_actor(giver)]


def _relative_head(text: str, actors: list[ActorMention], s0: int) -> tuple[Optional[ActorMention], Optional[re.Match]]:
    """The name a segment cut by :func:`_relative_acts` starts with, and its relative pronoun; (None, None)
    for any other segment."""
    head = next((x for x in actors if x.start == s0 and x.key), None)
    if head is None:
        return None, None
    tail = _PLACE_NOUN_AFTER.match(text, head.end)
    rel = _RELATIVE_ACT.match(text, tail.end() if tail else head.end)
    return (head, rel) if rel is not None else (None, None)


def _relative_sides(text: str, s0: int, s1: int, ev: Event, main: Event, actors: list[ActorMention]) -> None:
    """The other side of an act told in a relative clause is the main clause's other side, unless the clause
    names its own (``X gave masks to Y, which sent a letter of thanks``: to X; ``..., whose residents sent the
    city 30,000 masks``: "the city" is X)."""
    head, rel = _relative_head(text, actors, s0)
    if rel is None or head.key not in {x.key for x in ev.from_}:
        return
    main_to, main_from = {x.key for x in main.to}, {x.key for x in main.from_}
    other = main.from_ if head.key in main_to else main.to if head.key in main_from else []
    if not other:
        return
    # "the city" in the clause points back to the main clause's side, not to the page's place
    named = {x.key for x in actors if rel.end() <= x.start < s1 and x.key and not _ANAPHOR.match(x.surface)}
    if ev.type == "medical_team":
        if not ev.to:  # "G, which also sent a medical team to the country": where the goods went
            first = next((x for x in actors if x.key == other[0].key), None)
            ev.to = [_to_actor(_as_country(first))] if first is not None else []
    elif not any(x.key in named for x in ev.to):
        ev.to = [x.model_copy() for x in other]


#: a capitalised word right before an official's title ("Victorian Premier A B", "Bavarian Minister-President")
_WORD_BEFORE_TITLE = re.compile(r"\b([A-Z][a-z]{3,}(?:n|ns))\s+(?=(?:State\s+)?(?:Premier|Governor|Mayor|"
                                r"Minister-President|First Minister|Chief Minister|government|Government)\b)")


def _place_adjectives(text: str, actors: list[ActorMention]) -> list[ActorMention]:
    """``the state of Victoria ... Victorian Premier A B``: the adjective of a state, province or city the page
    names (its name and -n, -an or -ian) before an official's title stands for that place, so the official
    speaks for it (not, for a premier, for the nation of a page written in China)."""
    places = {m.name_en: m for m in actors if m.key and m.level in ("adm1", "city") and m.name_en
              and m.name_en[:1].isupper() and " " not in m.name_en}
    if not places:
        return actors
    taken = [(m.start, m.end) for m in actors]
    extra, absorbed = [], []
    for w in _WORD_BEFORE_TITLE.finditer(text):
        word = w.group(1)
        if any(a <= w.start(1) < b for a, b in taken):
            continue
        for name, m in places.items():
            stem = name[:-1] if name[-1] in "aeoy" else name
            if word in (name + "n", stem + "an", stem + "ian", name + "an", name + "ian"):
                # (the titled person read on its own right after it is the same party: "Victorian Premier A B")
                # (or given to a nation by its title alone: a premier on a page written in China)
                person = next((x for x in actors if x.start == w.end() and (x.key is None or x.level == "country")),
                              None)
                end = person.end if person is not None else w.end(1)
                if person is not None:
                    absorbed.append(person)
                extra.append(replace(m, start=w.start(1), end=end, surface=text[w.start(1):end]))
                break
    if not extra:
        return actors
    return sorted([x for x in actors if all(x is not y for y in absorbed)] + extra, key=lambda x: x.start)


# --------------------------------------------------------------------- events
def extract_events_en(clean: CleanText, original: str, publisher: Optional[ActorMention] = None,
                      anchor: Optional[date] = None, ranges: Optional[list[tuple[int, int]]] = None) -> list[Event]:
    """All events stated in English ``clean`` text (offsets of evidence into ``original``).

    ``publisher`` is the page's place (what 'the city' and arrivals without
    a place refer to); ``anchor`` the page's date (weekdays, omitted years);
    ``ranges`` (cleaned-text offsets) limits the reading to those paragraphs
    of a mixed-language page.
    """
    text = clean.text
    actors = find_actors_en(text, publisher)
    actors = _place_adjectives(text, actors)
    sections = _place_headings(text, ranges)
    if sections and publisher is not None:
        actors = _section_homes(text, actors, publisher, sections)
    partner = _partner(actors, publisher)
    actors = _with_sister_refs(text, actors, partner)
    actors = _owners_partner_refs(text, actors)
    actors = _place_of_speaker(text, actors)
    actors = _without_partner_in_body_name(text, actors)
    # "the Taipei Economic and Cultural Office": the island's mission abroad speaks for Taiwan, not for the city
    actors = [_as_country(m) if m.key == "TW/Taipei" and _TECO_NEXT.match(text, m.end) else m for m in actors]
    quotes = _quotes(text)
    dates = find_dates_en(text, anchor)
    events: list[Event] = []
    state = {"donor": None, "date": None, "person": None, "partner": partner, "anchor": anchor,
             "publisher": publisher}
    sentences = split_sentences_en(text)
    actors = en_off_route(text, actors, sentences)  # ("the flight from X", "flown to X Port": the goods' way)
    state["actors"] = actors
    body_from = next((i for i, (a, b) in enumerate(sentences) if b - a > 60 and _FINAL_STOP.search(text[a:b])), 0)
    for i, (a, b) in enumerate(sentences):
        if ranges is not None and not any(r0 <= a < r1 for r0, r1 in ranges):
            continue
        if i <= body_from and _headline(text, a, b):
            continue  # the title and kicker lines above the body restate it
        dl = _DATELINE_PREFIX.match(text, a, b)
        if dl:
            a = dl.end()
        if sections:
            home = _home_at(sections, a)
            if home is not None:
                if any(h.start <= a < h.end + 1 for _s, h in sections):
                    continue  # the heading itself
                publisher = home
        _giver_told_after(text, a, b, actors, events)
        shares = _shares_of_total(clean, original, text, a, b, actors, events)
        if shares:
            events += shares  # "Of the total, 60,000 came from X, 20,000 from Y and 4,000 from Z"
            continue
        shares = _receiver_shares(clean, original, text, a, b, sentences[i - 1] if i else None, actors, events,
                                  dates, state)
        if shares:
            events += shares  # "100,000 of them bound for A and as many for B"
            continue
        goods_at = [q.start for q in find_quantities_en(text, a, b) if q.kind == "goods"]
        acts_at = [t.start for t in find_triggers_en(text, a, b)]
        carried = None
        last = events[-1] if events else None
        if last is not None and last.type == "donation" and _NEXT_LOT.match(text, a, b) \
                and any(x.key for x in last.from_) and any(q.kind == "goods" for q in find_quantities_en(text, a, b)):
            # "X got 100,000 masks. Another 40,000 masks went to Y.": the next lot of the same giver's gift
            carried = TriggerEn(a, a, "sent", "donation", "out", "", "")
        told_before = {id(e) for e in events}
        segments = _segments(text, a, b, goods_at, acts_at)
        relative = _relative_acts(text, segments, actors)
        uncut = dict(relative)
        relative = _cut_after_clause(text, relative, goods_at + [t.start for t in find_triggers_en(text, a, b)
                                                                if t.type == "donation"])
        ranked_until = a  # (the givers listed after "the third ... after": their relative clauses told with them)
        for s0, s1 in relative:
            if s0 < ranked_until:
                continue
            ev = _segment_event(clean, original, text, s0, s1, actors, quotes, dates, publisher, state,
                                carried=carried)
            if ev is not None and ev.type == "aggregate" and (one_of := _ONE_OF_TOTAL.search(text, s0, s1)) is not None:
                # "X delivered N masks to Y, one of eight cities to which it has sent a total of M masks": the
                # gift told first, then the running total in apposition to its receiver
                gift = _segment_event(clean, original, text, s0, one_of.start(), actors, quotes, dates, publisher,
                                      state, carried=carried)
                if gift is not None and gift.type == "donation" and gift.from_ and gift.to \
                        and any(i.quantity for i in gift.items):
                    told = {(i.item, i.quantity) for i in gift.items if i.quantity}
                    ev.items = [i for i in ev.items if (i.item, i.quantity) not in told]
                    if any(i.quantity for i in ev.items):
                        events.append(gift)
            if ev is not None and ev.type == "donation" and ev.from_ and not ev.to and i > 0 \
                    and _DEFINITE_GOODS.match(text, s0):
                ev.to = _told_before(text, sentences[i - 1], actors, ev)
            if ev is not None and ev.type == "donation" and ev.from_ and i > 0 and _CARGO.search(text, s0, s1) \
                    and not any(x.key and any(m.key == x.key for m in _actors_in(actors, s0, s1)) for x in ev.to):
                ev.to = _told_before(text, sentences[i - 1], actors, ev) or ev.to  # the place it landed
            if ev is not None and ev.type == "donation" and events:
                _same_gifts_receiver(ev, events[-1], publisher)
            ev = revise_en(text, s0, s1, ev, actors, events)  # the page's own side, pairs (en_receipts)
            if ev is not None:
                _own_body_giver(text, a, s0, s1, ev, publisher, actors)
            main = next((e for e in reversed(events) if id(e) not in told_before), None)
            if ev is not None and main is not None:
                _relative_sides(text, s0, s1, ev, main, actors)
            live = _live_triggers(text, s0, s1, quotes)
            carried = next((t for t in live if t.type == "donation"), None) or carried
            if ev is not None and ev.type == "donation" and _passed_on(text, s0, s1, ev, actors, events):
                continue
            if ev is not None and ev.type == "message":
                _thanks_for_own_government(text, s0, s1, ev, actors)
                _reply_reverses(text, s0, s1, ev, events)
            if ev is not None and ev.type == "donation" and _bought_from_giver(text, s0, s1, ev, actors):
                continue  # "took delivery of 100 ventilators purchased from Chinese makers": a purchase
            if ev is not None and ev.type == "aggregate" and _ONE_LOT_TOTAL.match(text, s0) \
                    and _same_figures(text, s0, ev, events):
                continue  # "The consignment, 50,000 masks in all, was flown to X": the size of the lot told before
            if ev is not None and ev.type == "donation" and (_restates(text, s0, ev, events)
                                                             or _same_figures(text, s0, ev, events)
                                                             or _goods_along(text, s0, ev, events)):
                _lend_date(events, ev)  # "The masks, shipped from X, were taken in at its warehouse": told already
                _name_the_giver(events, ev)
            elif ev is not None and ev.type == "donation" and len(ev.to) > 1 and _EACH.search(text[s0:s1]):
                events = _distribute(events, ev)
            elif ev is not None and ev.type == "donation" and _each_in_its_land(text, ev, actors, s0, s1):
                # "supplied materials to A in Japan, B in Korea and C in Italy" (no figure shared): a gift to each
                events += [ev.model_copy(update={"to": [actor]}, deep=True) for actor in ev.to]
            elif ev is not None and ev.type == "donation" and len(ev.from_) > 1 and (
                    _EACH.search(text[s0:s1]) or (_ARRIVED_FROM.search(text, s0, s1)
                                                  and not _BETWEEN_THEM.search(text, s0, s1))):
                # "A, B and C each sent masks to X": one gift from each
                events += [ev.model_copy(update={"from_": [actor]}, deep=True) for actor in ev.from_]
            elif ev is not None and (earlier := _givers_before_nth(text, ev, actors, dates, s0, s1, b)) is not None:
                events += earlier
                ranked_until = b
            elif ev is not None and (per_day := _one_per_date(ev, dates, s0, s1)) is not None:
                events += per_day
            elif ev is not None and ev.type == "request" and len(ev.from_) > 1 and _RECEIVED.search(text, s0, s1):
                # "X received requests from A and B": each asked on its own
                events += [ev.model_copy(update={"from_": [actor]}, deep=True) for actor in ev.from_]
            elif ev is not None:
                events.append(ev)
            if ev is not None and ev.type == "donation" and uncut.get(s0, s1) > s1:
                _asked_before_gift(clean, original, text, s1, uncut[s0], ev, actors, quotes, dates, publisher,
                                   state, events)
            if ev is not None and ev.type in ("request", "donation") and (_ANSWERED_REQUEST.match(text, s0, s1)
                                                                          or _ANSWERED_MID.search(text, s0, s1)):
                _answered_request(clean, original, text, s0, s1, ev, actors, quotes, dates, publisher, state, events)
            carried_gift = _TEAM_CARRIED_GIFT.search(text, s0, s1) if ev is not None and ev.type == "medical_team" \
                and ev.to else None
            if carried_gift is not None:
                # "The team landed in X on March 2, carrying 20 tonnes of supplies donated by Y": the goods too, Y's
                # gift to the side the team went to
                giver = next((m for m in actors if m.start >= carried_gift.end() and m.key
                              and not text[carried_gift.end():m.start].strip()), None)
                gift = _segment_event(clean, original, text, s0, s1, actors, quotes, dates, publisher, state,
                                      only="donation")
                if gift is not None and gift.type == "donation" and giver is not None and gift.items:
                    gift.from_, gift.to = [_to_actor(giver)], [x.model_copy() for x in ev.to]
                    events.append(gift)
            if ev is not None and ev.type == "message":
                # "sent 2,000 suits together with a letter", "thanked X for delivering 5,000 masks": the gift too
                gift = _segment_event(clean, original, text, s0, s1, actors, quotes, dates, publisher, state,
                                      only="donation")
                if gift is not None and gift.type == "donation" and any(i.quantity for i in gift.items):
                    events.append(gift)
        here = [e for e in events if id(e) not in told_before]
        if not here and events and _SO_DID.match(text, a):
            # "X, mayor of A, sent a letter to Y. So did Z, mayor of B in C.": the same act, by B
            last = events[-1]
            doer = next((m for m in actors if a <= m.start < b and m.key and m.level != "country"
                         and not any(m.key == x.key for x in last.to)), None)
            if doer is not None and last.type in ("message", "donation") and len(last.from_) == 1 \
                    and last.from_[0].key != doer.key:
                o0, o1 = clean.original_span(a, b)
                said = original[o0:o1].strip().rstrip(".")
                again = last.model_copy(update={"from_": [_to_actor(doer)], "evidence": said,
                                                "evidence_span": (o0, o0 + len(said))}, deep=True)
                events.append(again)
                here = [again]
        note = _note_with_gift(clean, original, text, a, b, actors, dates, state, events)
        if note is not None:
            # the letter that came with the gift: its sides are the gift's ("praising X" told in it is not
            # a second message)
            said = {id(e) for e in here if e.type == "message"}
            events = [e for e in events if id(e) not in said] + [note]
            here = [e for e in here if id(e) not in said] + [note]
        events = _team_told_again(text, a, b, i, actors, events, here, state)
        here = [e for e in here if any(e is x for x in events)]
        dated = next((e.date for e in here if e.date is not None), None)
        if dated is not None and len(here) > 1 and len(relative) == len(segments) \
                and not _CONTRAST_SUBJECT.search(text, a, b):
            for e in here:  # "received N from X and another M from Y on Monday": one day for the sentence
                if e.date is None and e.type == "donation":
                    e.date = dated
        people = [m for m in actors if a <= m.start < b and m.key and _CAPITAL.match(m.surface)
                  and m.surface not in (m.name_en or "")]
        if people:
            state["person"] = people[-1]
        opener = next((m for m in actors if m.start == a and m.key and m.level != "country"), None)
        if not here and opener is not None and _OPENER_VERB.match(text, opener.end):
            # "Heihe, a border city in the province, has also helped ... Supplies it donated ...": "it" is the
            # place the sentence before was about, though that sentence told no act
            state["subject"] = opener
            state["opener_end"] = b
    _partners_named_after(text, sentences, actors, events)
    _partner_is_district(text, actors, events, publisher)
    events += spoken_gifts_en(clean, original, actors, publisher, dates, events)  # "we sent them ..." (en_receipts)
    # "Here is what has reached us": a gift whose giver the page never says is no exchange between places
    events = en_totals(text, events)  # (the sides a total leaves open, read over the page)
    return [e for e in dedupe(events) if e.type != "donation" or e.from_]


#: a sentence about the team just told ("The team, selected by ...", "The experts, most of them from ...",
#: "The 12-member team of doctors, formed with specialists from ..."): where it came from, not a second team
_TEAM_AGAIN = re.compile(r"\W*(?:The|Its|These|Those|All\s+(?:of\s+)?the|Most\s+of\s+the)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:team|teams|experts|doctors|specialists|medics|members|group)\b")
_FROM_BY = re.compile(r"\b(?:from|by)\b")
#: a team's arrival told with the goods it brought, given by a side ("..., carrying 20 tonnes of supplies including
#: ventilators donated by X"): a gift as well as the team
_TEAM_CARRIED_GIFT = re.compile(r"\b(?:carrying|bringing|with)\b[^.;]{0,120}?\b(?:donated|given|provided|gifted)\s+by\b")
#: an ordinal of a team ("The first team", "the earlier team"): which one of several
_ORDINAL = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|earlier|previous|latest|next)\b", re.I)


def _team_told_again(text: str, a: int, b: int, i: int, actors: list[ActorMention], events: list[Event],
                     here: list[Event], state: dict) -> list[Event]:
    """A Chinese team told in one sentence and described in the next one or two ("The team, selected by
    the health commission of X province, ...", "The experts, most of them from X, ..."): X is where it came
    from too, and the description is no second team."""
    prior, at = state.get("team_event"), state.get("team_at", -9)
    again_m = _TEAM_AGAIN.match(text, a, b)
    ordinal = _ORDINAL.search(again_m.group()) if again_m is not None else None
    if ordinal is not None and prior is not None and not re.search(
            r"\b" + ordinal.group() + r"\b", prior.evidence or "", re.I):
        again_m = None  # "... the third such team. The first team, formed by X, landed ...": an earlier team, another one
    if prior is not None and 0 < i - at <= 2 and again_m is not None \
            and any(e is prior for e in events):
        if all(x.key == "CN" for x in prior.from_) and prior.from_:
            origin = next((m for m in actors if a <= m.start < b and m.key and m.country == "CN"
                           and m.level != "country" and _FROM_BY.search(text, a, m.start)), None)
            if origin is not None:
                prior.from_.append(_to_actor(origin))
        again = {id(e) for e in here if e.type == "medical_team"}
        return [e for e in events if id(e) not in again]
    team = next((e for e in here if e.type == "medical_team"), None)
    if team is not None:
        state["team_event"], state["team_at"] = team, i
    return events


#: "Strictly speaking, X's partner is Y District of Z", "X's sister city is in fact Y District, part of Z": the
#: partner named precisely, a district of the city the page names as the side
_PARTNER_IS = re.compile(r"(?:'s|’s|(?<=s)['’](?=\s))\s+(?:(?:actual|real|formal|official)\s+)?(?:(?:sister|partner|twin|friendship)[\s-]+"
                         r"(?:city|town|community)|partner|twin)\s+is\s+(?:(?:actually|in\s+fact|really|formally|"
                         r"officially)\s+)?(?:the\s+)?")


def _partner_is_district(text: str, actors: list[ActorMention], events: list[Event],
                         publisher: Optional[ActorMention]) -> None:
    """Where the page says its place's partner is precisely a district of the city it names as the side, that
    city's side in the events with the place is the district (in place)."""
    for m in _PARTNER_IS.finditer(text):
        own = next((x for x in actors if x.end == m.start() and x.key), None)
        if own is None and publisher is not None and publisher.key and any(
                n and text[:m.start()].endswith(n) for n in (publisher.name_en, publisher.surface)):
            own = publisher  # "Strictly speaking, Morgantown's partner is ...": the page's place
        district = next((x for x in actors if x.start == m.end() and x.key and x.level == "district"), None)
        if own is None or district is None or "/" not in district.key:
            continue
        city = district.key.rsplit("/", 1)[0]
        for e in events:
            sides = (e.from_, e.to)
            if not any(x.key == own.key for side in sides for x in side):
                continue
            for side in sides:
                for i, x in enumerate(side):
                    if x.key == city:
                        side[i] = _to_actor(district)


#: a fronted phrase answering a request ("At the request of X,", "Acting on an appeal from X,", "In response to a
#: plea for masks from X,"): the request told as the reason of the main clause's act
_ANSWERED_REQUEST = re.compile(r"\W*(?:(?:Acting|Responding)\s+(?:on|to)|In\s+(?:response|answer|reply)\s+to|At|Upon|On|"
                               r"Following|After\s+(?:receiving|getting))\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:request|appeal|plea|call)\s+(?:for\s+[^,;.]{1,60}?\s+)?(?:from|of|by)\s+"
                               r"(?P<who>[^,;.]{1,80}),\s+")


_SAID_THAT_BEFORE = re.compile(r"\b(?:said|says|reported|explained|added|noted|told\s+[\w-]+(?:\s+[\w-]+)?)\s+"
                               r"(?:on\s+\w+\s+)?that\s+$")
_SPEAKER_GAP = re.compile(r"(?:(?:'s|’s|(?<=s)['’](?=\s))\s+(?:[\w-]+\s+){0,2}?(?:mayor|council|office|government|spokes\w+|officials?))?"
                          r"(?:,[^,;.]{1,60},)?\s+")


#: "X answered an appeal for help from Y by sending ...", "X received a call for help from Y and shipped ...": the
#: request told in the main clause, the gift that answered it after it
_ANSWERED_MID = re.compile(r"\b(?:(?:answered|heeded|responded\s+to|acted\s+on)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:request|appeal|plea|SOS)|(?:received|got)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
                           # (a call for help heeded tells the answer only; one received tells the call too)
                           r"(?:request|appeal|plea|call|SOS))s?\s+(?:for\s+[^,;.]{1,40}?\s+)?from\s+"
                           r"(?P<who>[^,;.]{1,60}?)\s+(?:by\s+(?:sending|shipping|donating|providing|delivering|"
                           r"dispatching|mailing)|and\s+(?:then\s+|promptly\s+|quickly\s+|soon\s+)?(?:sent|shipped|"
                           r"donated|provided|delivered|dispatched|mailed))\b")


def _answered_request(clean, original, text, s0, s1, ev, actors, quotes, dates, publisher, state, events) -> None:
    """``At the request of X, Y shipped 100 ventilators to X``: both the gift of the main clause and the request
    (X's, made to the giver) are told; ``ev`` is the one read first (either), the other is added to ``events``."""
    fronted = _ANSWERED_REQUEST.match(text, s0, s1) or _ANSWERED_MID.search(text, s0, s1)
    asker = next((m for m in actors if fronted.start("who") <= m.start < fronted.end("who") and m.key), None)
    if ev.type == "donation":
        gift = ev
        if any(e.type == "request" and e.evidence == ev.evidence for e in events):
            return
        ask = ev.model_copy(update={"type": "request", "items": [], "money": []}, deep=True)
    else:
        ask = ev
        gift = _segment_event(clean, original, text, s0, s1, actors, quotes, dates, publisher, state, only="donation")
    if fronted.re is _ANSWERED_MID and gift is not None and gift.type == "donation" and asker is not None:
        # "X answered an appeal from Y by sending ...": the main clause's subject gives, the one who asked gets
        giver = next((m for m in reversed(actors) if s0 <= m.start < fronted.start() and m.key
                      and m.key != asker.key), None)
        if giver is not None:
            gift.from_ = [_to_actor(giver)]
            gift.to = [_to_actor(asker)]
    if gift is not None and gift.type == "donation" and not gift.to and asker is not None \
            and asker.key not in {x.key for x in gift.from_}:
        gift.to = [_to_actor(asker)]  # "..., Y shipped 30 ventilators to the port city": to the one who asked
    if gift is None or gift.type != "donation" or not gift.from_ or not gift.to or not gift.items:
        return
    if gift is not ev:
        events.append(gift)
    ask.from_ = [_to_actor(asker)] if asker is not None and asker.key not in {x.key for x in gift.from_} \
        else list(gift.to)
    ask.to = list(gift.from_)
    ask.items = []
    ask.date = DateRef.model_construct(value=gift.date.value, qualifier="before") if gift.date is not None else None
    if ask is not ev:
        events.append(ask)


#: "..., two months after X raised money for Y": a clause recalling an earlier act, set after the gift it dates
_AFTER_CLAUSE = re.compile(r",\s+(?:just\s+|only\s+|some\s+|nearly\s+|almost\s+|about\s+)?(?:(?:a|one|two|three|four|"
                           r"five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|a\s+couple\s+of|\d+)\s+)?"
                           r"(?:days?|weeks?|months?)\s+after\s+")


#: "..., two weeks after X asked Y for help": how long before the gift the asking was
_AFTER_SPAN = re.compile(r",\s+(?:just\s+|only\s+|some\s+|nearly\s+|almost\s+|about\s+)?(?:(a|one|two|three|four|five|"
                         r"six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|a\s+couple\s+of|\d+)\s+)?"
                         r"(days?|weeks?|months?)\s+after\s+")
_SPAN_NUMBER = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "afew": 3, "acoupleof": 2}


def _asked_before_gift(clean, original, text, c0, c1, gift, actors, quotes, dates, publisher, state, events) -> None:
    """``Y received N masks from X on May 2, two weeks after Y's mayor asked the Chinese city for help finding
    gloves`` / ``..., three weeks after the mayor wrote to X asking for aid``: the clause cut from the gift tells
    the request that led to it (the asker and the one asked read from the clause itself); it is dated to the
    month the span before the gift reaches back to."""
    m = _AFTER_SPAN.match(text, c0, c1)
    if m is None:
        return
    ask = _segment_event(clean, original, text, m.end(), c1, actors, quotes, dates, publisher, state, only="request")
    if ask is None or ask.type != "request" or not ask.to:
        return
    if all(x.key is None for x in ask.from_) and {x.key for x in ask.to} <= {x.key for x in gift.from_}:
        ask.from_ = [x.model_copy() for x in gift.to]  # "the mayor asked the Chinese city": the mayor of the taker
    if not ask.from_:
        return
    keys = {x.key for x in gift.from_} | {x.key for x in gift.to}
    if not {x.key for x in ask.from_ + ask.to} <= keys:
        return  # an asking between other sides than the gift's
    ask.date = None
    if gift.date is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", gift.date.value):
        y, mo, d = (int(x) for x in gift.date.value.split("-"))
        n = _SPAN_NUMBER.get((m.group(1) or "a").lower().replace(" ", ""), None)
        n = int(m.group(1)) if n is None and (m.group(1) or "").isdigit() else (n or 2)
        unit = m.group(2).lower()
        back = n * (1 if unit.startswith("day") else 7 if unit.startswith("week") else 30)
        then = date(y, mo, d) - timedelta(days=back)
        ask.date = DateRef(value=f"{then.year:04d}-{then.month:02d}", qualifier="approx")
    if any(e.type == "request" and {x.key for x in e.from_} == {x.key for x in ask.from_}
           and {x.key for x in e.to} == {x.key for x in ask.to} for e in events):
        return  # the asking told on its own already
    events.append(ask)


def _cut_after_clause(text: str, segments: list[tuple[int, int]], goods_at: list[int]) -> list[tuple[int, int]]:
    """``N masks from X landed at Y on Friday, two months after Y's councils raised money for X``: the gift is
    told before the comma (a figure of goods or a verb of giving: ``masks sent by X arrived ...``); the clause
    after it recalls an earlier act (told on its own elsewhere) and lends the gift none of its sides."""
    out = []
    for s0, s1 in segments:
        m = _AFTER_CLAUSE.search(text, s0, s1)
        if m is not None and any(s0 <= g < m.start() for g in goods_at):
            out.append((s0, m.start()))
        else:
            out.append((s0, s1))
    return out


#: ", one of eight partner cities to which the city has sent a total of ...": a running total in apposition
_ONE_OF_TOTAL = re.compile(r",\s+one\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,6}?(?:cities|provinces|partners|"
                           r"regions|states|prefectures|towns|counties|municipalities)\s+(?:to\s+which|which|that)\s+"
                           r"(?=[^.;]{0,60}?\b(?:a\s+total\s+of|in\s+total|altogether|so\s+far|to\s+date)\b)")
#: "Of the total, ...", "Of these, ...", "Of the 84,000 masks, ...": a breakdown of the gift told before
_SHARES_LEAD = re.compile(r"\W*(?:Of\s+(?:them|these|those|(?:the|this|that)\s+(?:[\d,.]+\s+)?(?:\w+\s+){0,2}?"
                          r"(?:total|sum|amount|batch|shipment|consignment|lot|donation|masks|supplies|items))\s*,\s+"
                          # "They include 30,000 masks from A, 20,000 from B ...": the total's breakdown
                          r"|(?:They|These|Those|The\s+(?:masks|supplies|items|donations|shipments))\s+(?:include|included|"
                          r"comprise|comprised)\s+(?=(?:some\s+|about\s+|more\s+than\s+)?\d))")
_SHARE_FROM = re.compile(r"\s+(?:(?:were|was|had|have)\s+)?(?:(?:came|come|donated|given|sent|provided|contributed)\s+)?"
                         r"(?:by|from)\s+")


def _shares_of_total(clean, original, text: str, a: int, b: int, actors: list[ActorMention],
                     events: list[Event]) -> list[Event]:
    """``Of the total, 60,000 came from X, 20,000 from Y and 4,000 from Z``: the gift told before was a
    total (an aggregate) and each share named with its giver is a gift of its own, to the same receivers."""
    if _SHARES_LEAD.match(text, a) is None or not events:
        return []
    total = events[-1]
    counted = [i for i in total.items if i.quantity]
    if not (total.type == "donation" or (total.type == "aggregate" and total.of in (None, "donation"))) \
            or len(counted) != 1 or not total.to:
        return []
    ms = [m for m in _actors_in(actors, a, b) if m.key]
    parts = []
    for q in find_quantities_en(text, a, b):
        if q.kind not in ("other", "goods"):
            continue
        lead = _SHARE_FROM.match(text, q.end)
        if lead is None and q.kind == "goods":
            lead = _SHARE_FROM.match(text, q.end + len(text[q.end:b]) - len(text[q.end:b].lstrip()))
        giver = next((m for m in ms if lead is not None and lead.end() <= m.start <= lead.end() + 40
                      and re.fullmatch(r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?", text[lead.end():m.start])), None)
        if giver is None:
            continue
        parts.append((q, giver))
    if len(parts) < 2 or sum(q.value for q, _g in parts) > counted[0].quantity:
        return []
    total.type, total.of = "aggregate", "donation"
    givers = {x.key for x in total.from_} | {g.key for _q, g in parts}
    to = [x for x in total.to if x.key not in givers]
    out = []
    for q, giver in parts:
        o0, o1 = clean.original_span(q.start, giver.end)
        out.append(total.model_copy(update={
            "type": "donation", "of": None, "from_": [_to_actor(giver)], "to": to,
            "items": [counted[0].model_copy(update={"quantity": q.value, "qualifier": q.qualifier})],
            "evidence": original[o0:o1], "evidence_span": (o0, o1)}, deep=True))
    return out


#: the one who asked, after a noun of asking: "an urgent appeal from Y", "a call for help from Y"
_PLEA_FROM = re.compile(r"\b(?:appeals?|pleas?|calls?|requests?|cry|cries|SOS|petitions?)(?:\s+for\s+(?:help|aid|"
                        r"assistance|support|supplies|masks))?\s+from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$")


#: a share of the gift told before: "100,000 of them", "as many", "N of the masks"
_SHARE_BACK = re.compile(r"\b(?:of\s+(?:them|these|those|the\s+(?:[\w-]+\s+){0,2}?(?:masks|supplies|items|goods|"
                         r"gowns|suits|kits|gloves|shipment|consignment|batch|gift|donation|total))|as\s+many)\b", re.I)
#: "100,000 of them bound for A": the receiver after the share
_SHARE_TO = re.compile(r"\s+(?:of\s+(?:them|these|those|the\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s*,?\s+)?(?:(?:are|were|was|is|"
                       r"will\s+be|would\s+be)\s+)?(?:(?:bound|destined|headed|heading|earmarked|intended|reserved|set\s+"
                       r"aside|allocated|allotted|going|went|go|sent|shipped|given|delivered)\s+)?(?:for|to)\s+(?:the\s+)?")
_AS_MANY_TO = re.compile(r"\bas\s+many\s+(?:more\s+)?(?:(?:bound|destined|headed|going|went|sent|shipped)\s+)?(?:for|to)\s+"
                         r"(?:the\s+)?")
#: "A and B will each take delivery of N of them": the receivers before "each"
_EACH_TAKE = re.compile(r"\b(?:will\s+|would\s+|are\s+to\s+|are\s+set\s+to\s+)?each\s+(?:take|took|taking|receive|received|"
                        r"receiving|get|got|getting|be\s+given|been\s+given|were\s+given)\s+(?:delivery\s+of\s+)?")


def _receiver_shares(clean, original, text: str, a: int, b: int, prev: Optional[tuple[int, int]],
                     actors: list[ActorMention], events: list[Event], dates, state) -> list[Event]:
    """``100,000 of them bound for A and as many for B``, ``A and B will each take delivery of 100,000 of
    them``: the gift told just before is split between the receivers named; each share is a gift of its
    own from the same giver, and the whole told before gives way to its shares."""
    if prev is None or _SHARE_BACK.search(text, a, b) is None:
        return []
    ms = [m for m in _actors_in(actors, a, b) if m.key]
    parts: list[tuple[float, ActorMention]] = []
    each = _EACH_TAKE.search(text, a, b)
    if each is not None:
        q = next((q for q in find_quantities_en(text, each.end(), b) if q.start == each.end()), None)
        takers = [m for m in ms if m.end <= each.start()]
        if q is None or len(takers) < 2 or not re.fullmatch(r"(?:[\s,]+(?:and\s+)?)*", "".join(
                text[x.end:y.start] for x, y in zip(takers, takers[1:]))):
            return []
        parts = [(q.value, m) for m in takers]
    else:
        for q in find_quantities_en(text, a, b):
            lead = _SHARE_TO.match(text, q.end)
            to = next((m for m in ms if lead is not None and m.start == lead.end()), None)
            if to is not None:
                parts.append((q.value, to))
                many = _AS_MANY_TO.search(text, lead.end(), b)
                again = next((m for m in ms if many is not None and m.start == many.end()), None)
                if again is not None:
                    parts.append((q.value, again))
    if len(parts) < 2 or len({m.key for _v, m in parts}) != len(parts):
        return []
    total = events[-1] if events and events[-1].type in ("donation", "aggregate") and events[-1].from_ else None
    counted = [i for i in total.items if i.quantity] if total is not None else []
    if total is not None and len(counted) == 1:
        giver, item, whole = total.from_, counted[0], counted[0].quantity
    else:  # the gift told before read as no event of its own: its giver is the one after "from" there
        total = None
        p0, p1 = prev
        lines = [ln for ln in itemize_en(text, p0, p1) if ln.quantity]
        src = next((m for m in _actors_in(actors, p0, p1) if m.key and re.search(r"\bfrom\s+(?:[\w'’-]+\s+){0,3}$",
                                                                                   text[max(p0, m.start - 40):m.start])), None)
        if src is None or len(lines) != 1:
            return []
        ln = lines[0]
        giver, item, whole = [_to_actor(src)], ItemQty(item=ln.item, quantity=ln.quantity, unit=ln.unit), ln.quantity
    if sum(v for v, _m in parts) > whole or any(m.key in {g.key for g in giver} for _v, m in parts):
        return []
    when = _date(text, dates, a, b, a, state) or (total.date if total is not None else None)
    o0, o1 = clean.original_span(a, b)
    out = [Event(type="donation", from_=[g.model_copy() for g in giver], to=[_to_actor(m)], date=when,
                 items=[item.model_copy(update={"quantity": v})], evidence=original[o0:o1].strip(),
                 evidence_span=(o0, o1)) for v, m in parts]
    if total is not None:
        events.remove(total)
    return out


#: A body or office named without its place (``the sister-city group``, ``the Lord Mayor``, ``the Association``)
#: as the subject: the page's own.
_OWN_BODY = re.compile(r"(?:^|[,;]\s+|\b(?:when|as|after|that|noted|said)\s+)(?:[Tt]he|[Ii]ts|[Oo]ur)\s+(?:[\w-]+\s+){0,2}?"
                       r"(?i:group|association|committee|council|society|corporation|foundation|club|commission|"
                       r"mayor|governor|premier|government|city)\b")


def _own_body_giver(text: str, a: int, s0: int, b: int, ev: Event, publisher: Optional[ActorMention],
                    actors: list[ActorMention]) -> None:
    """"The Lord Mayor sent a letter to the people of X": a giver the page names only by its office or body
    (none, or read as the country of the receiver) is the page's own place, when that lies in another country."""
    if ev.type not in ("donation", "message") or len(ev.from_) > 1 or not ev.to or publisher is None \
            or not publisher.key or publisher.level == "country":
        return
    cc = {_country_code(x) for x in ev.to}
    if len(cc) != 1 or publisher.country in cc or any(x.level == "country" for x in ev.to):
        return
    if ev.from_ and ev.from_[0].key and not (ev.from_[0].level == "country" and ev.from_[0].key in cc):
        return
    verb = next((t for t in find_triggers_en(text, s0, b)), None)  # the subject may stand before a "said"
    body = _OWN_BODY.search(text[a:verb.start]) if verb is not None else None
    if body is None or text.startswith(" of ", a + body.end()) or any(
            m.key and m.surface[:1].isupper() and a + body.start() <= m.start < verb.start for m in actors):
        return  # "the French city of X and ...": a place named
    ev.from_ = [Actor(key=publisher.key, name=publisher.surface, level=publisher.level)]


#: Goods that came with a letter: "The masks came with a letter from X", "arrived ..., along with a message".
_WITH_NOTE = re.compile(r"\b(?:came|come|comes|arrived|arrive|arrives|reached|landed|were|was|delivered|shipped|sent|"
                        r"accompanied)\b[^.;:]*?\b(?:(?:along|together)\s+)?(?:with|by)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?P<noun>letter|message|note|card)\b(?P<from>\s+(?:signed\s+)?(?:from|by)\s+)?")


#: a letter named first, then told as going with the goods: "a letter from X that came with them", "a letter
#: accompanying the shipment", "the note sent along with the masks"
_NOTE_ALONG = re.compile(r"\b(?:letter|message|note|card)s?(?:\s+(?:signed\s+)?(?:from|by)\s+(?P<from>))?"
                         r"(?:[^.;:,]{0,80}?\s+(?:that|which)\s+(?:(?:came|arrived|travell?ed|went|was\s+sent)\s+"
                         r"(?:(?:along|together)\s+)?with|accompanied)|,?\s+(?:accompanying|enclosed\s+with|included\s+with|"
                         r"(?:sent|packed)\s+(?:(?:along|together)\s+)?with))\s+"
                         r"(?:the|them|it|these|those|its|their|each)\b", re.I)
#: "Enclosed with the consignment was a letter from X": the letter in the goods, told first
_ENCLOSED_NOTE = re.compile(r"\b(?:[Ee]nclosed|[Ii]ncluded|[Pp]acked|[Tt]ucked)\s+(?:with|in|inside)\s+(?:the|each|every)\s+"
                            r"(?:[\w-]+\s+){0,3}?(?:was|were|came)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:letter|message|note|card)\b(?:\s+(?:signed\s+)?(?:from|by)\s+(?P<from>))?")


def _note_with_gift(clean, original, text, a, b, actors, dates, state, events) -> Optional[Event]:
    """"The masks, a gift from X, came with a letter from X's mayor": a message from the giver of the gift
    (the one named after "from", else the giver told last) to its receiver."""
    m = _WITH_NOTE.search(text, a, b)
    gifts = [e for e in events if e.type == "donation" and e.from_ and e.to]
    if m is None:
        along = _NOTE_ALONG.search(text, a, b) or _ENCLOSED_NOTE.search(text, a, b)
        if along is None or not gifts:
            return None
        # "A letter from X that came with them", "a letter accompanying the shipment", "Enclosed with the
        # consignment was a letter from X's mayor": the letter went the goods' way (a writer named by office or
        # person is no place of its own)
        writer = next((x for x in actors if along.group("from") and x.start == along.end("from") and x.key), None)
        gift = next((e for e in reversed(gifts) if writer is not None and any(x.key == writer.key for x in e.from_)),
                    gifts[-1])
        when = _date(text, dates, a, b, along.start(), state) or gift.date
        o0, o1 = clean.original_span(a, b)
        evidence = original[o0:o1].rstrip(".")
        note = Event(type="message", date=when, evidence=evidence, evidence_span=(o0, o0 + len(evidence)),
                     **{"from": [x.model_copy() for x in gift.from_], "to": [x.model_copy() for x in gift.to]})
        # (its kind from its own words, "a letter of support": not the thanks a speaker voices later)
        note.kind = _kind(text[along.start():b])
        return note
    writer = next((x for x in actors if m.group("from") and x.start == m.end() and x.key), None)
    gift = next((e for e in reversed(gifts) if writer is None or any(x.key == writer.key for x in e.from_)), None)
    if gift is None or (writer is not None and any(x.key == writer.key for x in gift.to)):
        return None
    frm = [_to_actor(writer)] if writer is not None else [x.model_copy() for x in gift.from_]
    when = _date(text, dates, a, b, m.start(), state) or gift.date
    o0, o1 = clean.original_span(a, b)
    evidence = original[o0:o1].rstrip(".")
    note = Event(type="message", date=when, evidence=evidence, evidence_span=(o0, o0 + len(evidence)),
                 **{"from": frm, "to": [x.model_copy() for x in gift.to]})
    note.kind = _kind(text[m.start():b])
    return note


#: A sentence about goods already told: a definite reference to them, no figure of its own.
_DEFINITE_GOODS = re.compile(r"(?:(?:[A-Z][\w-]*|\w+ly)(?:\s+\w+){0,4},\s+)?(?:[Tt]he|[Tt]hese|[Tt]hose|[Tt]his|[Tt]hat)\s+"
                             r"(?:[\w,.-]+\s+){0,2}?(?:masks|supplies|shipments?|consignments?|donations?|gifts?|"
                             r"batch|goods|equipment|items|materials|cargo|packages?|parcels|boxes|cartons|gloves|suits|"
                             r"gowns|coveralls|respirators|ventilators|kits|thermometers|goggles|aid|gear|PPE|"
                             r"disinfectant|saniti[sz]er)\b(?!\s+(?:of|from|worth)\s)")


#: "(At the ceremony,) X said (that) ...": reported speech opening the sentence
_SAID_LEAD = re.compile(r"(?:[^,.;:]{0,60},\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}|[Hh]e|[Ss]he|[Tt]hey|"
                        r"(?:the\s+)?(?:mayor|governor|officials?|spokes(?:man|woman|person)))\s+(?:also\s+)?"
                        r"(?:said|says|noted|added|stressed|remarked|told\s+(?:\w+\s+){0,2}?reporters)\s+(?:that\s+)?")


def _restates(text: str, a: int, ev: Event, events: list[Event]) -> bool:
    """A donation told again by reference (``The gowns, flown in via Helsinki, were stored at its depot``,
    ``the masks sent by X would help ...``): the goods are those of a gift told before in the
    page, and the sentence adds no figure of its own."""
    if any(i.quantity for i in ev.items) or ev.money:
        return False
    if not any(e.type == "donation" for e in events):
        return False
    told = {x.key for e in events if e.type == "donation" for x in e.from_ + e.to if x.key}
    first_to = min((i for x in ev.to if x.name and (i := text.find(x.name, a, a + 400)) >= 0), default=None)
    if first_to is not None and re.search(r"[:;]", text[a:first_to]) \
            and all(x.key and x.key not in told for x in ev.to):
        # "The X shipment is one of several: Y has also sent masks to A and B": the goods by reference open a
        # clause of their own; new receivers named after it tell a new gift
        return False
    said = _SAID_LEAD.match(text, a)
    if said is not None and _DEFINITE_GOODS.match(text, said.end()):
        return True  # "At the handover, the mayor said the supplies had come just in time"
    took = _TOOK_THE_GOODS.match(text, a)
    if took is not None and _DEFINITE_GOODS.match(text, took.end()):
        return True  # "The mayor accepted the masks at City Hall on 21 May": the goods told before, taken in
    return bool(_DEFINITE_GOODS.match(text, a)) or bool(re.search(
        r"\b(?:the|these|those)\s+(?:[\w-]+\s+)?(?:masks|supplies|shipment|consignment|donation|gift|goods)\s+"
        r"(?:sent|donated|given|shipped|delivered)\s+by\b", text[a:a + 400].split(".")[0])) \
        or bool(_RECEIVING_THE_GOODS.match(text, a))


#: the subject's verb of taking goods in, its object next ("Mayor X accepted the masks ...", "the council received
#: the supplies ..."): what :func:`_restates` reads as the gift told before when that object is definite
_TOOK_THE_GOODS = re.compile(r"[^.;:,]{0,80}?\b(?:accepted|received|collected|took\s+delivery\s+of)\s+(?=(?:the|these|"
                             r"those)\s)")


#: "Receiving the supplies at City Hall from Consul General X, the mayor said ...": the goods told before, taken in
_RECEIVING_THE_GOODS = re.compile(r"(?:(?:[Uu]pon|[Oo]n|[Aa]fter|[Ww]hile|[Ww]hen)\s+)?(?:[Rr]eceiving|[Aa]ccepting)\s+"
                                  r"(?:the|these|those)\s+(?:[\w-]+\s+)?(?:masks|supplies|shipments?|donations?|gifts?|goods|"
                                  r"items|materials|equipment|PPE)\b")


#: the goods by reference (after a fronted phrase), then a verb of handing them on
_HANDED_ON = re.compile(r"(?:[^,.;:\n]{0,60},\s+)?(?:[Tt]he|[Tt]hese|[Tt]hose|[Tt]heir|[Ii]ts)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:masks|supplies|goods|gowns|gloves|suits|items|donations?|equipment|materials|kits)\s+"
                        r"(?:have|has|had|were|was|are|will)?\s*(?:since\s+|then\s+|now\s+|also\s+|been\s+)*"
                        r"(?:passed\s+on|handed\s+(?:out|on)|distributed|shared|allocated|divided|given\s+out|"
                        r"parcelled\s+out|split)\b")


_BARE_OFFICIAL = re.compile(r"(?:(?:First|Vice|Deputy|Acting|Lord|Executive)\s+)?(?:Mayor|Governor|Chairman|"
                            r"Chairwoman|Secretary|Commissioner|Councillor|Councilor|Director)\s+[A-Z]")


def _same_gifts_receiver(ev: Event, last: Event, publisher: Optional[ActorMention]) -> None:
    """``X took delivery of equipment from Y. Deputy Mayor Z received five ventilators ...``: an official
    named by title alone, read as the page's own place or as no place, takes the receiver of the gift just told by the
    same giver when that was another place (the figures of that gift, not a second one)."""
    if len(ev.to) != 1 or last.type != "donation" or not last.to:
        return
    who = ev.to[0]
    home = publisher.key if publisher is not None else None
    if (who.key is not None and who.key != home) or not _BARE_OFFICIAL.match(who.name or ""):
        return
    if {x.key for x in last.from_} != {x.key for x in ev.from_} or any(x.key == home for x in last.to):
        return
    ev.to = [x.model_copy() for x in last.to]


#: "X is the third Chinese province to send supplies to Y, after A on March 2 and B, whose masks came on May 5"
_NTH_AFTER = re.compile(r"\b(?:is|was|became|becomes|has\s+become|had\s+become)\s+the\s+(?:second|third|fourth|fifth|"
                        r"sixth|seventh|\d+(?:nd|rd|th))\s+[^.;]{0,120}?\bto\s+[^.;]{0,120}?,?\s+after\s+", re.I)


def _givers_before_nth(text: str, ev: Event, actors: list[ActorMention], dates, a: int, b: int,
                       end: int) -> Optional[list[Event]]:
    """``X is the third province to donate supplies to Y, after A on March 17 and B on March 25``: the gifts told
    are those of the givers listed after "after", each to the same receiver on the day named with it (the ranked
    one's own gift is told elsewhere on the page)."""
    if ev.type != "donation" or not ev.to:
        return None
    m = _NTH_AFTER.search(text, a, end)  # (the givers listed may run on into relative clauses: to the sentence's end)
    if m is None or m.start() >= b:
        return None
    b = end
    receivers = {x.key for x in ev.to}
    listed = [x for x in actors if m.end() <= x.start < b and x.key and x.key not in receivers
              and x.level != "country" and x.country and x.country not in {_country_code(y) for y in ev.to}]
    listed = _unique(listed)
    if not listed:
        return None
    out = []
    for k, giver in enumerate(listed):
        stop = listed[k + 1].start if k + 1 < len(listed) else b
        day = next((d for d in dates if giver.end <= d.start < stop and len(d.value) == 10), None)
        out.append(ev.model_copy(update={"from_": [_to_actor(giver)], "items": [i.model_copy(update={"quantity": None}) for i in ev.items], "money": [],
                                         "date": DateRef(value=day.value, qualifier="on") if day else None},
                                 deep=True))
    return out


def _one_per_date(ev: Event, dates, a: int, b: int) -> Optional[list[Event]]:
    """``held two video conferences with X, on March 20 and March 25``: a small count of acts with as many
    days listed is that many acts, one on each day, not a total."""
    n = ev.events_count
    if ev.type != "aggregate" or not n or not 2 <= n <= 5 or ev.of not in ("consultation", "message", "donation"):
        return None
    days = sorted({d.value for d in dates if a <= d.start < b and len(d.value) == 10 and d.qualifier == "on"})
    if len(days) != n:
        return None
    return [ev.model_copy(update={"type": ev.of, "of": None, "events_count": None, "partners_count": None,
                                  "countries_count": None, "date": DateRef(value=day, qualifier="on")}, deep=True)
            for day in days]


def _passed_on(text: str, a: int, b: int, ev: Event, actors: list[ActorMention], events: list[Event]) -> bool:
    """``X sent 5,000 masks to Y. The masks have since been passed on: 2,000 went to A, 500 to B``: the goods
    of a gift told before, handed on inside the receiving country by its receivers -- no new exchange.
    The sentence names the goods by reference and not their giver; its places are of the country the gift
    went to."""
    if not _HANDED_ON.match(text, a, b) or not ev.to or not ev.from_:
        return False
    named = {m.key for m in _actors_in(actors, a, b)}
    if any(x.key in named for x in ev.from_):
        return False
    gifts = [e for e in events if e.type == "donation" and {x.key for x in e.from_} == {x.key for x in ev.from_}]
    if not gifts:
        return False
    countries = {_country_code(x) for x in gifts[-1].to}
    return all(_country_code(x) in countries for x in ev.to) \
        and not any(x.key in {y.key for y in gifts[-1].to} for x in ev.to)


#: "with the Chinese side sharing its experience": a country's side of a meeting between two named places
_SIDE_AFTER = re.compile(r"\s+side\s+(?:\w+ly\s+)?(?:sharing|shared|passing|passed|introducing|introduced|briefing|"
                         r"briefed|explaining|explained|presenting|presented|offering|offered|giving|gave)\b")


def _side_by_name(text: str, ms: list[ActorMention], parties: list, pair: list) -> Optional[list]:
    """``Doctors from Rome and from China's Ningxia met online, with the Chinese side sharing ...``: the country's
    side is the one place of that country the sentence names, the other side the one place of another country;
    the side that shares comes first."""
    side = next((p for p in parties if p is not None and p.level == "country" and p.key
                 and _SIDE_AFTER.match(text, p.end)), None)
    if side is None:
        return None
    out = []
    for pool in (ms, [m for m in pair if m is not None]):  # none named here: "the two cities" of the page
        finer = {m.key: m for m in pool if m.key and m.level != "country" and m.country == side.key}
        rest = {m.key: m for m in pool if m.key and m.country and m.country != side.key}
        if len(finer) == 1 and len(rest) == 1 and not out:
            out = [next(iter(finer.values())), next(iter(rest.values()))]
    return out or None


#: "one of Y's", "one of its", "one of the city's" right before a count of partners: the partner's place among them
_ONE_OF_OWNERS = re.compile(r"\bone\s+of\s+(?:(?:its|their|his|her|our)\s+|(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,2}?"
                            r"(?:[A-Z][\w.-]*|city|county|state|province|town)['’]s?\s+)\s*$")


#: "(spending $N on) gowns and gloves for X, which were shipped ...": the goods' receiver, then a relative clause
#: whose passive verb (the gift's) refers back to the goods, not to X
_BOUGHT_FOR_WHICH = re.compile(r"\b(?:masks|respirators|gowns|gloves|suits|kits|supplies|goods|equipment|PPE|"
                               r"saniti[sz]ers?|thermometers|goggles)\s+for\s+(?:the\s+(?:city|town|province)\s+of\s+)?"
                               r"(?P<name>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}),\s+which\s+(?:were|was|had\s+been|"
                               r"have\s+been|would\s+be|will\s+be)\s+(?:then\s+|later\s+|quickly\s+)?$")


#: between a place and its apposition naming what it is to another ("X, Y's friendship province"; "X, its twin")
_APPOSED_PARTNER = re.compile(r",\s+(?:(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w.-]*\s*['’]s?\s+|its\s+|their\s+)?")


def _country_code(side: Actor) -> str:
    """The country a side's key lies in ("" for a side with no key)."""
    return (side.key or "").split("/")[0]


#: "The consignment of 20,000 masks ...", "These 5,000 gowns ...": goods named again with their figures.
_DEFINITE_FIGURES = re.compile(r"(?:[Tt]he|[Tt]hese|[Tt]hose|[Tt]his|[Tt]hat|[Tt]heir|[Ii]ts)\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:(?:shipment|consignment|donation|gift|batch|cargo|delivery|package|parcel|lot)"
                               r"(?:\s+of|,)\s+)?(?:some\s+|about\s+)?\d")
#: "The consignment, 50,000 masks in all, was ...": one lot (singular) whose whole size is told in apposition; the
#: "in all" counts the lot's goods, it is no running total over gifts
_ONE_LOT_TOTAL = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+)?(?:shipment|consignment|"
                            r"donation|gift|batch|cargo|delivery|package|lot),\s+(?:some\s+|about\s+)?\d[\d,.]*[^,;.]{0,60}?"
                            r"\b(?:in\s+all|in\s+total|altogether)\s*,")


#: what a place makes, said of it in apposition ("X, one of the country's biggest makers of gowns, ..."): no gift
_MAKER_APPOSITION = re.compile(r",\s+(?:one\s+of|among|a|an|the)\s+[^,;.]{0,80}?\b(?:producers?|makers?|manufacturers?|"
                               r"manufacturing\s+(?:bases?|hubs?|centres?|centers?)|bases?|suppliers?|exporters?|hubs?)\s+"
                               r"(?:of|for)\s+[^,;.]{0,60},")


def _name_the_giver(events: list[Event], ev: Event) -> None:
    """``A Chinese firm has given 3,000 gowns to X. The 3,000 gowns from Fujian Shipping Group arrived ...``: the
    gift told again names the place of its giver; the gift told first, keyed to the giver's country, takes it."""
    if len(ev.from_) != 1 or not ev.from_[0].key or "/" not in ev.from_[0].key:
        return
    mine = {(i.item, i.quantity) for i in ev.items if i.quantity}
    country = ev.from_[0].key.split("/")[0]
    for e in reversed(events):
        if e.type != "donation":
            continue
        theirs = {(i.item, i.quantity) for i in e.items if i.quantity}
        if mine and not mine <= theirs:
            continue
        if len(e.from_) == 1 and e.from_[0].key == country \
                and not any(x.key and x.key.split("/")[0] == country for x in e.to):
            e.from_ = [ev.from_[0].model_copy(deep=True)]
        return


def _same_figures(text: str, a: int, ev: Event, events: list[Event]) -> bool:
    """A gift told again with its figures (``The shipment of 9,000 masks and 400 gowns is now on its
    way to ...``): a definite reference whose counted goods are all those of a gift told before,
    or the figures of the gift told just before without any."""
    if not _DEFINITE_FIGURES.match(text, a):
        return False
    mine = {(i.item, i.quantity) for i in ev.items if i.quantity}
    if len(mine) < 1 or ev.money:
        return False
    if any(e.type == "donation" and mine <= {(i.item, i.quantity) for i in e.items if i.quantity} for e in events):
        return True
    last = events[-1] if events else None
    if last is not None and last.type == "donation" and not any(i.quantity for i in last.items) and not last.money:
        # "X has sent medical goods to Y. The shipment of 9,000 masks ...": the figures of that gift
        counted = {i.item for i in ev.items if i.quantity}  # (the masks told without a figure are those counted now)
        last.items = [i for i in last.items if i.item != "supplies" and i.item not in counted] + [
            i for i in ev.items if i.quantity]
        return True
    return False


#: "The masks, along with 3,000 gowns, arrived ...": the goods of the gift told before, and more goods that came with
#: them (figures of the same gift, not a second one)
_ALONG_WITH = re.compile(r"(?:[Tt]he|[Tt]hese|[Tt]hose|[Tt]heir|[Ii]ts)\s+(?:[\w-]+\s+){0,2}?(?:masks|respirators|gowns|"
                         r"gloves|suits|kits|supplies|goods|shipment|consignment|donation|gift|batch|delivery|cargo)"
                         r"\s*,?\s+(?:(?:along|together)\s+with|which\s+also\s+(?:included|includes|contained|"
                         r"contains|carried|comprised|held))\s+(?:some\s+|about\s+|more\s+than\s+|another\s+)?\d")


def _goods_along(text: str, a: int, ev: Event, events: list[Event]) -> bool:
    """``The masks, along with 3,000 gowns, reached the port``: the gift told just before (with its figures) also
    carried the goods counted here; they join its items."""
    if not _ALONG_WITH.match(text, a) or ev.money:
        return False
    last = events[-1] if events else None
    if last is None or last.type != "donation" or not any(i.quantity for i in last.items):
        return False
    if last.from_ and ev.from_ and {x.key for x in ev.from_} - {x.key for x in last.from_}:
        # "N masks have arrived in A from B": that sentence was told once per place it names; the copy given by
        # this giver is the gift
        last = next((e for e in events if e.type == "donation" and e.evidence == last.evidence
                     and not {x.key for x in ev.from_} - {x.key for x in e.from_}), None)
        if last is None:
            return False
    have = {i.item for i in last.items}
    more = [i for i in ev.items if i.quantity and i.item not in have]
    if not more:
        return False
    last.items = list(last.items) + more
    return True


#: "reached its sister city X", "reached the partner province of X": the words between the verb and the name.
_REACHED_WHOM = re.compile(r"\s+(?:(?:its|their|our|the|his|her)\s+)?(?:[A-Z]\w+\s+)?(?i:sister|partner|twin|friendship)"
                           r"\s+(?:city|province|prefecture|state|region|county|town)(?:\s+of)?,?\s+")


def _told_before(text: str, prev: tuple[int, int], actors: list[ActorMention], ev: Event) -> list[Actor]:
    """``A box of masks from X reached Y ... The 10,000 masks, sent by X, ...``: the goods named again
    went where the sentence before took them - its first place of another country than the giver's."""
    givers = {_country_code(x) for x in ev.from_}
    m = next((m for m in _actors_in(actors, *prev) if m.key and m.level != "country" and m.country
              and m.country not in givers and not _adjectival(text, m)), None)
    return [_to_actor(m)] if m is not None else []


#: a reply told as the subject that came back ("The reply came back in March with ..."), naming no side itself
_REPLY_CAME = re.compile(r"\W*(?:The|A|Their|Its|His|Her)\s+(?:[\w-]+\s+)?(?:reply|replies|answer)\s+(?:came|arrived)\b")


def _reply_reverses(text: str, s0: int, s1: int, ev: Event, events: list[Event]) -> None:
    """``X wrote to Y in February. The reply came back in March``: the reply runs from the one written to back to the
    writer of the last message told, whichever side the page is."""
    if not _REPLY_CAME.match(text, s0, s1):
        return
    last = next((e for e in reversed(events) if e.type == "message" and e.from_ and e.to), None)
    if last is not None:
        ev.from_, ev.to = [a.model_copy() for a in last.to], [a.model_copy() for a in last.from_]


def _lend_date(events: list[Event], ev: Event) -> None:
    """The gift told before takes the restatement's date when it had none."""
    last = next(e for e in reversed(events) if e.type == "donation")
    if ev.date is None or (ev.date.qualifier != "on" and not (ev.date.qualifier == "approx" and last.date is None)):
        return  # ("has confirmed receipt of N masks. They arrived in late May": a gift of no date takes the month)
    if last.date is None or (last.date.qualifier == "before" and len(ev.date.value) == 10
                             and ev.date.value <= last.date.value) \
            or (len(last.date.value) == 7 and len(ev.date.value) == 10 and ev.date.value.startswith(last.date.value)):
        # (a gift told "in April", then "accepted the masks on 21 April": the day of that month)
        # "said Thursday it had received ..." then "The gloves arrived on Tuesday"; a gift split per
        # recipient ("N apiece to X, Y and Z") is dated as one
        for e in events:
            if e.type == "donation" and e.evidence == last.evidence:
                e.date = ev.date


#: A line that is only a place's name (``Houston, Texas``, ``Daegu``): a round-up's section heading.
_HEADING_LINE = re.compile(r"^[ \t]*(?P<line>[A-Z][^\n.!?:;]{1,58}?)[ \t]*$", re.M)
#: what may follow the place in such a heading: its state or country ("Houston, Texas")
_HEADING_TAIL = re.compile(r"(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?\s*")


def _place_headings(text: str, ranges) -> list[tuple[int, ActorMention]]:
    """``(offset, place)`` of each section heading that names only a place, in a page with two or more.

    A round-up of several partnerships (a network's bulletin, a "what our
    members did" page) puts each city's news under its name; below the
    heading that city is the page's own place (the one "the city", the mayor
    and arrivals with no place refer to), until the next heading.
    """
    out = []
    for m in _HEADING_LINE.finditer(text):
        line = m.group("line")
        if ranges is not None and not any(r0 <= m.start("line") < r1 for r0, r1 in ranges):
            continue
        places = [x for x in find_actors_en(line) if x.key and x.level != "country"]
        if not places or places[0].start != 0:
            continue
        rest = line[places[0].end:]
        if not _HEADING_TAIL.fullmatch(rest):
            continue
        out.append((m.start("line"), replace(places[0], start=m.start("line"), end=m.start("line") + places[0].end)))
    return out if len({h.key for _s, h in out}) >= 2 else []


def _home_at(sections: list[tuple[int, ActorMention]], pos: int) -> Optional[ActorMention]:
    return next((h for s, h in reversed(sections) if s <= pos), None)


def _section_homes(text: str, actors: list[ActorMention], publisher: ActorMention,
                   sections: list[tuple[int, ActorMention]]) -> list[ActorMention]:
    """Under a place heading, what was read as the page's place without naming it (``the city``, a mayor
    by title alone) is the section's place."""
    out = []
    for m in actors:
        home = _home_at(sections, m.start)
        if home is not None and m.key == publisher.key and home.key != publisher.key \
                and (publisher.name_en or publisher.surface) not in m.surface:
            m = replace(m, key=home.key, level=home.level, country=home.country, name_en=home.name_en,
                        components=home.components)
        out.append(m)
    return out


def _headline(text: str, a: int, b: int) -> bool:
    line_end = text.find("\n", a)
    return line_end != -1 and line_end >= b and not _FINAL_STOP.search(text[a:b]) and len(text) > b + 1


def _partner(actors: list[ActorMention], publisher: Optional[ActorMention]) -> Optional[ActorMention]:
    """The other party of the page: the most named place of another country than the page's."""
    if publisher is None:
        return None
    others = [m for m in actors if m.key and m.country and m.country != publisher.country and m.level != "country"]
    if not others:
        return None
    counts: dict[str, int] = {}
    for m in others:
        counts[m.key] = counts.get(m.key, 0) + 1
    best = max(counts, key=counts.get)
    return next(m for m in others if m.key == best)


#: "X officials said the city had ...", "The X Foreign Affairs Office says the province has ...": the body speaks
#: for its own place
_SPEAKER_SAYS = re.compile(r"(?:'s?\s+|\s+)(?:[\w-]+\s+){0,4}?(?:officials?|[Oo]ffice|authorities|[Gg]overnment|"
                           r"[Bb]ureau|[Cc]ommission|[Dd]epartment|spokes(?:man|woman|person)|data)\s+(?:has\s+|have\s+)?"
                           r"(?:said|says|say|stated|states|reported|reports|noted|notes|announced|announces|show|shows)"
                           r"(?:\s+on\s+[A-Z]\w+)?\s+(?:that\s+)?$")
_REF_LEVEL = {"city": ("city",), "town": ("city",), "municipality": ("city",), "province": ("adm1",),
              "prefecture": ("city", "adm1"), "state": ("adm1",), "region": ("adm1",), "county": ("city",)}


_OWNER_POSSESSIVE = re.compile(r"(?:'|’)s\s+$")
_PARTNER_BODY_AFTER = re.compile(r"\s+(?i:sister[\s-]+(?:city|cities|state|states|province)|friendship|twinning|twin[\s-]+city)\s+"
                                 r"(?i:committee|association|society|council|commission|club|foundation|organi[sz]ation|group)\b")


#: a body's committee for one partner, named after it: "the China committee of the X Sister City Commission",
#: "CSCI's Hefei committee" (a body's name, capitals or an acronym, owning it)
_PARTNER_COMMITTEE = re.compile(r"\s+(?i:committee|subcommittee|chapter)\b")
_OF_SISTER_BODY = re.compile(r"\s+(?i:committee|subcommittee|chapter)\s+of\s+(?:the\s+)?[^.;:]{0,60}?\b(?i:sister[\s-]+"
                             r"cit(?:y|ies)|twinning|twin[\s-]+cit(?:y|ies)|friendship)\s+(?i:commission|committee|"
                             r"association|society|council|club|foundation|organi[sz]ation|program)\b")
_BODY_OWNER_BEFORE = re.compile(r"\b(?:[A-Z]{2,6}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,4}\s+(?:Inc\.?|Association|Society|"
                                r"International|Committee|Commission))(?:'s|’s)\s+$")


def _without_partner_in_body_name(text: str, actors: list[ActorMention]) -> list[ActorMention]:
    """"X's Y sister city committee": the committee is X's; Y only names the partner it works with.  So is a body's
    committee for one partner: "the Y committee of the X Sister City Commission", "CSCI's Y committee"."""
    owners = {m.end for m in actors if m.key and m.level != "country"}
    out = []
    for m in actors:
        pos = _OWNER_POSSESSIVE.search(text, max(0, m.start - 4), m.start)
        if m.key and pos is not None and pos.start() in owners and _PARTNER_BODY_AFTER.match(text, m.end):
            continue
        if m.key and (_OF_SISTER_BODY.match(text, m.end) or (
                _PARTNER_COMMITTEE.match(text, m.end) and _BODY_OWNER_BEFORE.search(text, max(0, m.start - 60),
                                                                                   m.start))):
            continue
        out.append(m)
    return out


def _place_of_speaker(text: str, actors: list[ActorMention]) -> list[ActorMention]:
    """'the city' right after a place's officials or office say it ("X officials said the city had sent ..."):
    that place, whatever the page's own place is."""
    out = list(actors)
    for i, m in enumerate(actors):
        ref = _ANAPHOR.match(m.surface)
        if ref is None or not m.surface.lower().startswith("the"):
            continue
        stop = max(text.rfind(c, 0, m.start) for c in ".!?\n") + 1
        levels = _REF_LEVEL.get(m.surface.split()[-1].lower(), ())
        head = next((x for x in reversed(actors) if stop <= x.start < m.start and x.key
                     and not _ANAPHOR.match(x.surface)), None)
        if head is None or head.level not in levels \
                or not re.search(r"(?:^\s*|[-—–:]\s*)(?:[Tt]he\s+)?$", text[stop:head.start]) \
                or not _SPEAKER_SAYS.fullmatch(text, head.end, m.start):
            continue
        out[i] = replace(head, start=m.start, end=m.end, surface=m.surface)
    return out


def _with_sister_refs(text: str, actors: list[ActorMention], partner: Optional[ActorMention]) -> list[ActorMention]:
    if partner is None:
        return actors
    extra = [replace(partner, start=m.start(), end=m.end(), surface=m.group())
             for rx in (_SISTER_REF, _BARE_PARTNER_REF) for m in rx.finditer(text)
             if not any(x.start <= m.start() < x.end for x in actors)]
    for m in _SISTER_OF_PLACE.finditer(text):
        # "Tacoma's sister city in China has sent ...": the page's partner, when it lies in the country named
        if m.group("in"):
            named = next((x for x in actors if x.start == m.start("in") and x.level == "country"), None)
            if named is None or named.key != partner.country:
                continue
        if not any(x.start <= m.start("ref") < x.end for x in actors):
            extra.append(replace(partner, start=m.start("ref"), end=m.end("ref"), surface=m.group("ref")))
    return sorted(actors + extra, key=lambda x: x.start)


#: "Y gave its Chinese partner N masks", "X shipped gowns to its twin city": the partner a possessive names
_OWN_PARTNER_REF = re.compile(r"\b(?:its|their)\s+(?:(?P<adj>[A-Z][a-z]+)\s+)?(?:sister|partner|twin|friendship)"
                              r"(?:\s+(?:city|town|province|prefecture|region|county))?\b(?![\w'’-]|\s+(?:of\b|[A-Z]|"
                              # ("sent masks to its sister cities A, B and C": a plural names the ones listed after it)
                              r"(?:cities|towns|provinces|prefectures|regions|counties|states|partners)\b))")


def _owners_partner_refs(text: str, actors: list[ActorMention]) -> list[ActorMention]:
    """``Y's officials pose with masks that arrived from X. In January, Y gave its Chinese partner N masks``: on a
    page of several pairs, "its partner" is the place its owner (the clause's subject) was last told with, of the
    other country (the adjective's, where one is given), not the page's first partner."""
    sentences = None
    for m in _OWN_PARTNER_REF.finditer(text):
        if sentences is None:
            sentences = split_sentences_en(text)
        s0 = next((a for a, b in sentences if a <= m.start() < b), None)
        if s0 is None:
            continue
        owner = next((x for x in reversed(actors) if s0 <= x.start < m.start() and x.key and x.level != "country"), None)
        if owner is None:
            continue
        adj = next((x for x in actors if m.group("adj") and x.start == m.start("adj") and x.level == "country"), None)
        if m.group("adj") and adj is None:
            continue  # "its Lutheran partner": an adjective of no country
        found = None
        for a, b in reversed([sp for sp in sentences if sp[1] <= s0][-3:]):
            here = [x for x in actors if a <= x.start < b and x.key]
            if not any(x.key == owner.key for x in here):
                continue
            other = [x for x in here if x.level != "country" and x.country and x.country != owner.country
                     and (adj is None or x.country == adj.key)]
            found = next((x for x in other if x.level == owner.level), None) or next(iter(other), None)
            break
        if found is None:
            continue
        actors = [x for x in actors if not (m.start() <= x.start < m.end())]
        actors.append(replace(found, start=m.start(), end=m.end(), surface=m.group()))
        actors.sort(key=lambda x: x.start)
    return actors


#: "X's sister state in China", "X's partner city" not followed by the partner's name (the owner may be written
#: in capitals: "LEEDS'S twin city in China")
_SISTER_OF_PLACE = re.compile(r"(?:'s|’s|(?<=[A-Z])['’]S|(?<=[sS])['’](?=\s))\s+(?P<ref>(?:sister|partner|twin|friendship)\s+(?:city|state|province|"
                              r"prefecture|region|county))(?:\s+in\s+(?:the\s+)?(?P<in>[A-Z][\w.]*)|"
                              rf"(?!,?\s+(?:of\s+)?[A-Z]|\s+since\b|{_BODY_NEXT}))")


_PAST_MESSAGE_VERBS = frozenset({"expressed", "thanked", "conveyed", "extended", "voiced"})
_AND_BEFORE = re.compile(r"\band\s+(?:also\s+)?$")


#: after a receipt still to come, the goods' own past dispatch ("will take delivery of N masks, shipped out of X on
#: May 2", "is set to receive supplies dispatched by Y", "are to share N gowns that the province sent"): a gift made
#: "Nurses in X are (set) to benefit from a gift of N masks from Y", "... from a consignment of N masks, a gift
#: from Y": what waits is the use of the goods; the gift is made
_BENEFIT_FROM_GIFT = re.compile(r"\b(?:benefit|benefiting|benefitting)\s+from\s+(?:a|an|the)\s+(?:[\w,'’-]+\s+){0,8}?$"
                                r"|\b(?:benefit|benefiting|benefitting)\s+from\s+(?:a|an|the)\s+[^.;:]{0,80},\s+(?:a|an)\s+$",
                                re.I)
_SENT_ALREADY = re.compile(r"[^.;:]{0,120}?(?:,\s+|\b(?:that|which)\s+(?:[\w'’-]+\s+){0,4}?(?:also\s+|already\s+)?)?"
                           r"\b(?:dispatched|shipped|sent|donated|airlifted|flown|mailed|given|provided|delivered|gifted|"
                           r"contributed|trucked)(?:\s+out)?(?=\s+(?:by|from|out\s+of|on|in|last|earlier|already)\b|\s*[.;]|\s*$)",
                           re.I)


#: gratitude told as a state or a gesture, not as words sent: a message only where no gift is told beside it
_GRATEFUL_STATE = re.compile(r"as a gesture|(?:deeply\s+)?indebted|debt of gratitude|owe", re.I)


#: a tie's history, no act of the page's days: "has sent teams to X since 1978", "Since 1990, X has sent",
#: "over the years", "for decades" in the act's own clause
_HISTORY_AFTER = re.compile(r"[^,;:.]{0,80}?\b(?:since\s+(?:the\s+)?(?:19\d\d|20[01]\d)s?\b|over\s+the\s+"
                            r"(?:past\s+|last\s+)?(?:\w+\s+)?(?:years|decades)|for\s+(?:many\s+|several\s+|\w+\s+)?"
                            r"(?:years|decades)|every\s+year)", re.I)
_HISTORY_OPENER = re.compile(r"(?:^|[.;]\s*)\W*(?:(?:[Ee]ver|[Ee]ach\s+year|[Ee]very\s+year)\s+)?(?:[Ss]ince\s+(?:the\s+)?"
                             r"(?:19\d\d|20[01]\d)s?|[Oo]ver\s+the\s+(?:past\s+|last\s+)?(?:\w+\s+)?(?:years|decades)|"
                             r"[Ff]or\s+(?:many\s+|several\s+)?(?:years|decades)),\s+[^,;:]*$")
#: a company or group named only by its country's adjective, the act's subject: no place gives it
_COUNTRY_ADJ = (r"(?:Chinese|Japanese|(?:South\s+)?Korean|German|Italian|French|British|American|U\.?S\.?|Spanish|"
                r"Russian|Canadian|Australian|Indian|Dutch|Swiss|Austrian|Belgian|Swedish|Polish|Czech|Hungarian|"
                r"Turkish|Thai|Vietnamese|Indonesian|Malaysian|Singaporean|Taiwanese|Mongolian|Pakistani|Serbian|Greek|"
                r"Portuguese|Irish|Brazilian|Mexican|Israeli|Iranian)")
_FIRMS = r"(?:compan(?:y|ies)|firms?|business(?:es)?|enterprises?|corporations?|conglomerates?|groups?|makers?|" \
         r"manufacturers?|foundations?|charit(?:y|ies)|donors|investors|entrepreneurs|businessmen|giants?|brands?)"
_FIRM_SUBJECT = re.compile(r"(?:^|,\s+|\b(?:while|but)\s+)(?:[Ss]eparately,\s+|[Mm]eanwhile,\s+)?(?:(?:[Aa]n?|[Ss]ome|[Ss]everal|"
                           r"[Mm]any|[Oo]ther|[Tt]wo|[Tt]hree|[Vv]arious|[Tt]he)\s+)?(?:[\w-]+\s+){0,2}?" + _COUNTRY_ADJ +
                           r"\s+(?:[\w-]+\s+){0,2}?" + _FIRMS + r"(?:\s+and\s+(?:[\w-]+\s+)?" + _FIRMS + r")?"
                           r"\s+(?:(?:said|says|say)\s+(?:it|they)\s+)?(?:(?:have|has|had|also|already|\w+ly)\s+)*$")


_PLACE_PLURALS = r"(?:cities|provinces|regions|towns|counties|prefectures|municipalities|partners|associations|" \
                 r"governments|districts|states)"
#: places told only as a plural, none named, as the act's subject: "Chinese cities that received masks from
#: their partners are now sending supplies back", "its sister regions overseas have expressed support"
_PLURAL_PLACES_SUBJECT = re.compile(r"\W*(?:(?:This|Last)\s+(?:year|month|week),?\s+|[A-Z]\w*(?:\s+[\w-]+){0,7},\s+|"
                                    r"(?:As|While|When|With|After|Since|Although)\s+[^,;:]{3,140},\s+)?"
                                    r"(?:[^,;:]{0,100}?\b(?:said|says|noted|added|stated)\s+(?:that\s+)?)?"
                              r"(?:(?:a\s+number\s+of|a\s+host\s+of|many|several|some|numerous|other|various|its|their|"
                              r"our|the\s+city's|the\s+city’s|the\s+province's|the\s+province’s)\s+)?"
                              r"(?!(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)\b)"
                              r"(?:[\w-]+\s+){0,3}?" + _PLACE_PLURALS +
                              r"(?:\s+(?:and|or)\s+(?:[\w-]+\s+){0,3}?" + _PLACE_PLURALS + r")?"
                              r"(?:\s+(?:around\s+the\s+world|overseas|abroad|worldwide))?"
                              r"(?:\s+(?:that|which|who)(?:\s+[^,;:\d]*?)?)?"
                              r"\s+(?:(?:have|has|had|are|were|is|was|also|now|already|been|\w+ly)\s+)*", re.I)


#: the page announcing a list of its own ("Below is a round-up of what we have received"): no act of its own
_LIST_INTRO = re.compile(r"\W*(?:Below|Here|Following|What\s+follows)\s+(?:is|are)\s+(?:a|an|the|our)\s+(?:[\w-]+\s+)?"
                         r"(?:summary|round-?up|list|breakdown|look|rundown|overview|timeline)\b")


def _sentence_start(text: str, a: int) -> int:
    """The start of the sentence that holds ``a`` (a segment may begin inside it)."""
    ends = [m.end() for m in _SENT_END.finditer(text, max(0, a - 400), min(len(text), a + 4)) if m.end() <= a]
    return ends[-1] if ends else max(0, text.rfind("\n", 0, a) + 1)


#: a message told before, now by its medium ("It was posted on the city's accounts and shared on ..."): no new one
_MESSAGE_PASSED_ON = re.compile(r"\W*(?:It|This|That|They|These|The\s+(?:[\w-]+\s+)?(?:video|message|letter|clip|post|"
                                r"note|recording|statement|greeting|telegram))\s+(?:was|were|has\s+been|had\s+been|"
                                r"have\s+been)\s+(?:(?:\w+ly|also|then|later|first|widely)\s+)*"
                                r"(?:[\w-]+\s+(?:on|to|via|by|in|across|through)\s+[^.;:]*?\s+and\s+(?:(?:also|then|"
                                r"later|widely)\s+)?)?")


#: where the act's clause ends after its verb (a comma, or a clause of time or manner)
_ACT_CLAUSE_CUT = re.compile(r"[,;:]|\s+(?:as|while|when|after)\s")


_PARTICIPLE_ACT = re.compile(r",\s+(?:sending|shipping|donating|providing|offering|writing|delivering|giving)\b", re.I)


def _generic_givers(text: str, a: int, t: TriggerEn, b: int) -> bool:
    """The act's subject is places told only as a plural (none named, no figure in the sentence)."""
    a = _sentence_start(text, a)
    m = _PLURAL_PLACES_SUBJECT.fullmatch(text, a, t.start)
    if m is None:
        # "Korean cities are rushing to help their partners, sending masks and letters of support": the act
        # told in a participle after the plural subject's own verb
        lead = _PLURAL_PLACES_SUBJECT.match(text, a, t.start)
        if lead is not None and lead.end() > a and _PARTICIPLE_ACT.search(text, lead.end(), t.end):
            m = lead
    cut = _ACT_CLAUSE_CUT.search(text, t.end, b)
    if m is None or re.search(r"\d", text[a:cut.start() if cut else b]):
        return False
    return not re.search(r"\b(?:including|such\s+as|among\s+them|like)\b", text[a:t.start])

#: a diaspora as the giver ("Associations of Lyon's Vietnamese community have donated"): no place-to-place gift
_DIASPORA_SUBJECT = re.compile(r"(?:^|,\s+)(?:[Ss]eparately,\s+)?(?:[\w'’-]+\s+){0,4}?(?:[Oo]verseas\s+)?" + _COUNTRY_ADJ +
                               r"\s+(?:community|communities|diaspora|expatriates|nationals)(?:\s+(?:in|of)\s+[A-Z][\w-]+)?"
                               r"\s+(?:(?:have|has|had|also|already|\w+ly)\s+)*$")


#: "have been asked for help by their Chinese partner cities" (none named): the askers told only as a plural
_PLURAL_ASKERS_AFTER = re.compile(r"\s+(?:(?:for\s+)?(?:help|aid|assistance|support)\s+)?by\s+"
                                  r"(?:their|its|the)\s+(?:[\w-]+\s+){0,2}?(?:partners|counterparts|(?:partner|sister|"
                                  r"twin|friendship)\s+(?:cities|towns|regions|provinces))\b(?!,?\s+(?:such\s+as\s+|including\s+|"
                                  r"among\s+them\s+)?(?:the\s+)?[A-Z])(?![^.;]{0,40}\b(?:such\s+as|including|among\s+them)\b)")
#: "what they asked for ranged from ...", "the Chinese side ... asked for anything from": the asks of many, summed up;
#: "(will share plans with) partner cities that ask for them": any plural that may ask, none named
_PLURAL_ASKERS_BEFORE = re.compile(r"(?:\b[Ww]hat\s+(?:they|the\s+\w+)\s+(?:had\s+)?|"
                                   r"\b[Tt]he\s+(?:[A-Z]\w+\s+)?(?:side|partners)\s+(?:[^,;.]{0,100}?\s+and\s+)?|"
                                   r"\b(?:cities|towns|regions|provinces|states|partners|countries|governments|"
                                   r"municipalities)\s+(?:that|which|who)\s+(?:may\s+|might\s+|still\s+)?)$")


def _many_askers(text: str, a: int, t: TriggerEn, b: int) -> bool:
    """A request whose askers are partners told only as a plural (or a side's asks summed up), none named."""
    if _PLURAL_ASKERS_AFTER.match(text, t.end, b):
        return True
    return t.word.lower() in ("asked", "asked for", "asks for", "ask for", "ask", "request", "requested") \
        and _PLURAL_ASKERS_BEFORE.search(text, max(_sentence_start(text, a), t.start - 160), t.start) is not None


def _history_told(text: str, a: int, t: TriggerEn, b: int) -> bool:
    """``X has sent medical teams to Y since 1978``, ``Over the years, X and Y have exchanged ...``: background."""
    if _HISTORY_AFTER.match(text, t.end, b):
        return True
    return _HISTORY_OPENER.search(text[a:t.start]) is not None


#: after a verb of asking: the giver asks where its goods should go ("asked X by email for a delivery address",
#: "asking where the supplies should be sent"), no help asked for
_ADDRESS_ASKED = re.compile(r"(?:\s+[\w'’.-]+){0,5}?\s+(?:(?:for\s+)?(?:a|an|the|its|their)\s+(?:(?:delivery|mailing|postal|"
                            r"shipping|receiving)\s+)?address(?:es)?\b|where\s+(?:[\w'’-]+\s+){0,4}(?:should|could|would|"
                            r"might|to|were\s+to|was\s+to)\s+(?:be\s+)?(?:sent|addressed|delivered|shipped|mailed|posted|"
                            r"send|ship|deliver|post|mail)\b)", re.I)
_WHERE_SENT = re.compile(r"\bwhere\s+(?:[\w'’-]+\s+){0,4}(?:should|could|would|might|to|were\s+to|was\s+to)\s+(?:be\s+)?"
                         r"(?:sent|addressed|delivered|shipped|mailed|posted|send|ship|deliver|post|mail)\b", re.I)


def _address_asked(text: str, at: int, b: int) -> bool:
    """Right after a verb of asking, the question is where goods should go ("asked X by email for a delivery
    address"), with no goods asked for before it ("asked for masks and a delivery address" asks for help)."""
    m = _ADDRESS_ASKED.match(text, at, b)
    if m is None:
        return False
    q = _QUESTION_WORD.search(text, at, m.end())
    return not itemize_en(text, at, q.start() if q else m.end())


_QUESTION_WORD = re.compile(r"(?:\bfor\s+)?\b(?:an?|the|its|their)\s+(?:(?:delivery|mailing|postal|shipping|receiving)\s+)?"
                            r"address|\bwhere\b", re.I)
#: a letter or an email told with what it asked: "emailed the office asking ...", "wrote to X to ask ..."
_ASKING_AFTER = re.compile(r"(?:\s+[\w'’.-]+){0,4}?\s+(?:to\s+ask|asking)\b")


def _live_triggers(text: str, a: int, b: int, quotes: list[bool], only: Optional[str] = None) -> list[TriggerEn]:
    out = []
    own_sitting = _OWN_SITTING.search(text, a, b) is not None
    for t in find_triggers_en(text, a, b):
        if quotes[t.start]:
            if _quoted_thanks(text, t, quotes):
                out.append(t)  # "I thank the people of X," said the mayor: thanks said aloud is a message
            elif _quoted_past_gift(text, t, quotes):
                out.append(t)  # "In February we sent 4,000 suits to X," the mayor said: a gift told as past fact
            elif _quoted_past_message(text, t, quotes):
                out.append(t)  # "In March we wrote to X's mayor to offer our support," he said: a letter told as fact
            continue
        head = text[max(a, t.start - 160):t.start]  # "plans to hold a meeting with ... next week to share ..."
        clause_head = _CLAUSE_CUT.split(head)[-1]
        if t.type == "message" and t.word.split()[0].lower() in _PAST_MESSAGE_VERBS and _AND_BEFORE.search(head):
            clause_head = ""  # "said it would pass the masks on and expressed its thanks": "would" stops at "and"
        if _NEGATION.search(clause_head):
            continue
        if _PLAN.search(clause_head) and not (t.direction in ("in", "arrive") and _SENT_ALREADY.match(text, t.end, b)) \
                and not (t.direction == "noun" and _BENEFIT_FROM_GIFT.search(clause_head)):
            continue  # (not "X is set to receive supplies dispatched by Y": the goods left already; only the receipt waits)
        if t.type == "message" and _POST_OF_NEWS.match(text, t.end, b) and not _FEELING_WORDS.search(text, t.end, b):
            continue  # "X's office posted on its account that a gift of N gowns from Y reached the city": the post
            # tells news (the gift told by its own verb), no words of thanks or sympathy sent to anyone
        if t.type == "donation" and _GATHERING_TO.search(clause_head):
            continue  # "volunteers are gathering gloves to ship to families abroad": what the goods are
            # being gathered for, not a sending told as done
        if t.type in ("donation", "medical_team", "consultation") and _history_told(text, a, t, b):
            continue  # "has sent teams to X since 1978", "Over the years, X has sent ...": the tie's history
        if t.type == "message" and _MESSAGE_PASSED_ON.fullmatch(text, _sentence_start(text, a), t.start):
            continue  # "It was posted on the city's accounts and shared on ...": the message told before, passed on
        if _LIST_INTRO.match(text, _sentence_start(text, a)):
            continue  # "Below is a round-up of the masks we have received": the page announcing its list
        if t.type in ("donation", "message", "request") and t.direction != "noun" and _generic_givers(text, a, t, b):
            continue  # "Chinese cities that received masks from their partners are now sending ...": no side named
        if t.type == "donation" and t.direction not in ("in", "arrive", "noun") and _FIRM_SUBJECT.search(clause_head):
            continue  # "Chinese companies have donated masks to X": a company with no place link
        if t.type == "donation" and t.direction not in ("in", "arrive", "noun") and _DIASPORA_SUBJECT.search(clause_head):
            continue  # "Associations of Lyon's Vietnamese community have donated": a diaspora's gift
        if (t.direction == "noun" or _NOUN_SUBJECT.search(text[a:t.start])) \
                and (_AWAITED.match(text, t.end, b) or _NOUN_WILL.match(text, t.end, b)):
            continue  # "A third lot of 4,000 gowns from X is due in June", "A video call with X is planned for
            # May", "resolved that a letter of thanks be sent to X": the act told by its noun is still to come
        if t.type == "medical_team" and t.word.lower().endswith(("team", "teams")) and _TEAM_TO_COME.match(text, t.end, b):
            continue  # "A third medical team, from X, is scheduled to depart next week": the team's own verb is a plan
        if t.type == "medical_team" and t.word.lower().endswith("teams") and _TEAMS_STATIONED.match(text, t.end, b):
            continue  # "Some 40 medical teams are currently stationed in Africa": standing presence, no dispatch
        if t.word.lower() in ("asked", "asks", "asking", "approached", "turned to", "request", "requests", "requested",
                              "requesting", "to ask about") \
                and not (_HELP.search(text[t.end:b]) or _LEARN_HOW.search(text, t.end, b) or itemize_en(text, t.end, b)):
            continue
        if not _asking_told(text, a, b, t):
            continue
        if t.type == "request" and _many_askers(text, a, t, b):
            continue  # "five towns have been asked for help by their partner cities": the requests told in sum
        if t.word.lower() in ("call for help", "calls for help") and not any(
                g.start() < t.start for g in _GOT_ASKING.finditer(text, max(a, t.start - 60), b)):
            continue  # "heeded a call for help from X and sent ...": the answer is told, not the call (received only)
        if t.kind == "offered" and not any(q.kind == "goods" and q.start - t.end <= 3
                                           for q in find_quantities_en(text, t.end, b)):
            continue  # "was offered help", "were offered a choice": only "was offered 30,000 masks" is a gift
        if t.kind == "return" and not any(q.kind == "goods" for q in find_quantities_en(text, t.end, b)):
            continue  # "returned the favour" tells a gift only with the goods it gave back after it
        if t.word.lower() == "called" and not _CALLED_WHOM.match(text, t.end):
            continue  # "called the meeting useful", "called for calm": no phone call
        if t.word.lower().startswith("ask") and _QUESTION.match(text, t.end):
            continue  # "Asked which countries would receive them, he said ...": a reporter's question
        if t.type == "request" and _address_asked(text, t.end, b):
            continue  # "asked X for a delivery address", "asking where the masks should be sent": the giver's question
        if t.type == "message" and not t.kind and (ask := _ASKING_AFTER.match(text, t.end, b)) \
                and _address_asked(text, ask.end(), b):
            continue  # "emailed the office asking where the aid should be addressed": a giver's question, no message
        if t.type == "donation" and any(q.start() < t.start < q.end() for q in _WHERE_SENT.finditer(text, a, b)):
            continue  # "asking where the supplies should be sent": no goods sent yet
        if t.type == "request" and _TO_JOIN.match(text, t.end):
            continue  # "a doctor in Oxford asked to join the call": asking to take part is asking for no help
        if t.word.lower() == "handed" and _HANDED_OUT.match(text, t.end):
            continue  # "volunteers handed out masks at the station": goods given out, no exchange
        if t.type == "donation" and _REPORT_GIVEN.match(text, t.end):
            continue  # "provided an update on the city's response": a report, no goods
        if t.type == "consultation" and own_sitting:
            continue  # "called the meeting to order with all members present via teleconference": a body's own sitting
        if t.type == "consultation" and _SHARED_WORDS.search(t.word) and not _HEALTH_WORDS.search(text, a, b):
            continue  # "the two cities have shared experience in port management": no epidemic consultation
        if t.word.lower() in ("thanks",) and not _NAME_NEXT.match(text[t.end:t.end + 3]) \
                and not _THE_NAME_NEXT.match(text[t.end:t.end + 8]):
            continue  # "letter of thanks" is its own trigger; "thanks to" is not a message
        out.append(t)
    if any(t.type == "donation" for t in out):
        # "donated 5,000 masks as a gesture of gratitude", "indebted to X, the city sent ...": the gift is how
        # the gratitude was shown, no message of its own
        out = [t for t in out if not (t.type == "message" and _GRATEFUL_STATE.match(t.word))]
    if only is not None:
        return [t for t in out if t.type == only]
    msgs = [t for t in out if t.type == "message"]
    keep = []
    for t in out:
        if t.type == "donation":
            nxt = text[t.end:t.end + 40].lower()
            if any(m.start >= t.end and m.start - t.end <= 25 for m in msgs) or _MESSAGE_OBJECT.match(nxt):
                if t.direction == "in" and t.word.lower() == "received" and not any(
                        abs(m.start - t.end) <= 60 for m in msgs) and (lm := _LETTERS_RECEIVED.match(nxt)):
                    # "had received letters and videos of support from N cities": the letters received are
                    # messages to the receiver, where no message word of their own is found
                    keep.append(replace(t, type="message", medium="letter" if lm.group(1) == "letter" else "video"))
                continue  # "sent a letter of thanks", "received letters of sympathy"
            if any(m.kind == "thanks" and m.start < t.start for m in msgs):
                continue  # "thanked X for the gift": a message
        keep.append(t)
    return keep


#: "appealed to X to consider further support": the appeal names what the side addressed should do
_APPEAL_TO_DO = re.compile(r"\s+(?:[\w'’.-]+\s+){1,6}?to\s+(?:consider|provide|send|supply|donate|help|support|offer|"
                           r"share|assist|spare|extend)\b", re.I)
#: "appealed to X for masks", "appealed to its sister city Y for help": a named side (a capital, or a partner noun)
#: asked for help or goods (not "appealed to residents for calm")
_APPEAL_TO_SIDE_FOR = re.compile(r"\s+(?:(?:its|their|his|her|the)\s+(?:[A-Z][\w-]*\s+)?(?i:sister|partner|twin|"
                                 r"friendship|friendly)\s+\w+\s+)?(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
                                 r"(?:,[^,.;:]{1,60},)?\s+for\s+(?:(?:urgent|more|further|emergency|medical|its|their)\s+)*"
                                 r"(?:help|assistance|aid|support|supplies|masks?|equipment|PPE|ventilators?|"
                                 r"protective|test(?:ing)?\s+kits?|gloves|goggles|donations?)\b")
#: "had written to X on May 4 requesting gowns": the letter addressed to a side, before the participle
_WROTE_TO = re.compile(r"\b(?:wrote|written|writes|writing|emailed|e-mailed)\s+(?:to\s+)?[^.;:]{0,80}$", re.I)
#: "wrote to X to say that its stocks were running out": a shortage told to a side in a letter or a call
_SAID_SHORTAGE = re.compile(r"\b(?:wrote|written|writes|writing|called|phoned|told|emailed|e-mailed)\b[^.;:]{0,80}?"
                            r"\b(?:to\s+say|saying|to\s+tell|telling|to\s+warn|warning)\b[^.;:]{0,80}$", re.I)


def _asking_told(text: str, a: int, b: int, t: TriggerEn) -> bool:
    """An appeal or a shortage read as a request only where the text addresses it to a side: ``appealed to X
    to consider ...`` (not ``appealed to residents for masks``), ``wrote to X to say stocks were running out``
    (not a shortage told as background)."""
    if t.kind == "appeal":
        return _APPEAL_TO_DO.match(text, t.end, b) is not None or _APPEAL_TO_SIDE_FOR.match(text, t.end, b) is not None
    if t.kind == "letter_ask":
        return _WROTE_TO.search(text, max(a, t.start - 120), t.start) is not None
    if t.kind == "shortage":
        return _SAID_SHORTAGE.search(text, max(a, t.start - 180), t.start) is not None
    return True


#: "provided an update", "gave a briefing": words given, not goods
_REPORT_GIVEN = re.compile(r"\s+(?:(?:a|an|the|his|her|their|its|some|further|brief)\s+)*(?:[\w-]+\s+)?(?:updates?|"
                           r"briefings?|overview|report|summary|presentation|information|details|remarks|statement)\b",
                           re.I)
#: the minutes of a council's own sitting held by phone or video: no meeting with a partner
_OWN_SITTING = re.compile(r"\bcalled\s+(?:the\s+)?(?:[\w-]+\s+)?(?:meeting|session|hearing)\s+to\s+order\b|"
                          r"\b(?:present|attending|participating)\s+(?:remotely\s+)?(?:via|by)\s+(?:teleconference|"
                          r"video|telephone|zoom)\b", re.I)
_HANDED_OUT = re.compile(r"\s+(?:out|round|around|back)\b")
_TO_JOIN = re.compile(r"\s+(?:if\s+\w+\s+could\s+|whether\s+\w+\s+could\s+)?(?:to\s+)?(?:join|attend|take\s+part|"
                      r"participate|sit\s+in|listen\s+in|be\s+included)\b")
#: Consultation words that say only that experience was shared or views exchanged ...
_SHARED_WORDS = re.compile(r"experience|views|notes", re.I)
#: a relative clause that tells what happened in a meeting named before it ("..., during which X's experts shared")
_IN_WHICH = re.compile(r",?\s+(?:in|during|at)\s+which\s+")
#: ... are a consultation about the epidemic only where the sentence speaks of it, of care or of health.
_HEALTH_WORDS = re.compile(r"\b(?:epidemic|pandemic|COVID|coronavirus|virus|outbreak|prevention|control|containment|"
                           r"treatment|treating|medical|medicine|clinical|patients?|doctors?|nurses?|experts?|health|"
                           r"hospitals?|infection|infectious|quarantine|diagnos\w*|testing|tests|anti-epidemic|"
                           r"disease|critical care|intensive care|ICU|ventilation|fight)\b", re.I)


#: A shipment still to come: its noun is the subject of "is expected", "are due", "is scheduled" in the same clause.
_AWAITED = re.compile(r"[^;:.]*?\b(?:is|are)\s+(?:now\s+|also\s+)?(?:expected|due|scheduled|slated|planned)\b")
#: "A second batch of 6 million masks will be donated by X": the noun's own verb still to come (no clause between);
#: a motion's mandative verb ("resolved that a letter of thanks be sent to X") is still to come too
_NOUN_WILL = re.compile(r"(?:(?!\b(?:which|that|who|and|but)\b)[^;:.,\"“])*?\b(?:will|shall|is\s+to\s+be|are\s+to\s+be|"
                        r"is\s+going\s+to|are\s+going\s+to|(?-i:be)\s+(?:sent|forwarded|conveyed|written|delivered|"
                        r"dispatched|mailed|shipped|donated|offered|extended|issued))\b")
#: a trigger that is the head of its clause's subject, told by its noun after an article ("A video call with X
#: ...", "..., a letter of thanks ...", "resolved that a letter of thanks ...")
_NOUN_SUBJECT = re.compile(r"(?:^|[;:]\s*|,\s+|\b(?:that|THAT)\s+)[\W]*(?i:a|an|the|another)\s+(?:[\w'’-]+\s+){0,2}$")
_THANKS_SAID = frozenset({"thank", "thank you", "thanks", "grateful to"})
#: a debt owed said aloud: "we owe the people of X a great debt", "we are deeply indebted to X"
_OWED = re.compile(r"(?:owe|owes|owed)\b|indebted to$|debt of gratitude$", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|us|[Oo]ur)\b")


def _quote_start(text: str, pos: int, quotes: list[bool]) -> int:
    while pos > 0 and quotes[pos - 1]:
        pos -= 1
    return pos


def _quoted_thanks(text: str, t: TriggerEn, quotes: list[bool]) -> bool:
    """Thanks inside a quotation, said by the speaker's side: ``"I thank the people of X"``, ``"Thank you,
    X!"``, ``she was "most grateful to X"``."""
    if t.word.lower() not in _THANKS_SAID and not _OWED.match(t.word):
        return False
    head = text[_quote_start(text, t.start, quotes) + 1:t.start]
    return bool(_FIRST_PERSON.search(head)) or len(head.split()) <= 2


#: Past gift verbs a speaker tells (not "send", "will send", "could have sent").
_PAST_GIFT = frozenset({"sent", "donated", "shipped", "delivered", "gave", "mailed", "wired", "airlifted", "flew"})
#: The words a quoted past verb may have after its subject ("we have also sent").
_AUXILIARIES = r"(?:\s+(?:have|had|also|already|then|once|just))*\s*"
_QUOTED_SUBJECT = re.compile(rf"(?:\b(?:[Ww]e|I|[Oo]ur\s+(?:[\w-]+\s+){{0,3}}?[\w-]+)|[A-Z][a-z]+){_AUXILIARIES}$")
_AUXILIARIES_ONLY = re.compile(_AUXILIARIES)


def _subj_named(text: str, ms: list[ActorMention], q0: int, t0: int) -> bool:
    """A place named as the quoted verb's subject ("Toulouse sent ..."), not the speaker's "we"."""
    return any(q0 <= m.start < t0 and m.key and _AUXILIARIES_ONLY.fullmatch(text, m.end, t0) for m in ms)


def _quoted_past_gift(text: str, t: TriggerEn, quotes: list[bool]) -> bool:
    """A past gift a quoted speaker tells: ``"In February we sent 4,000 suits there"``, ``"our council
    sent 3,000 masks to X"``, ``"X sent 2,000 gowns to Y"`` - a past-tense verb right after its subject
    (the speaker's side or a named place), goods counted after it, no plan or condition before it."""
    if t.word.lower() not in _PAST_GIFT:
        return False
    q0 = _quote_start(text, t.start, quotes)
    head = text[q0 + 1:t.start]
    if _PLAN.search(head) or re.search(r"\b(?:if|unless|whether)\b", head, re.I) or not _QUOTED_SUBJECT.search(head):
        return False
    q1 = t.end
    while q1 < len(text) and quotes[q1]:
        q1 += 1
    if any(q.kind == "goods" for q in find_quantities_en(text, t.end, q1)):
        return True
    # "In March we sent a shipment of gloves to X": a consignment of named goods, no count
    lot = _LOT_OF.match(text, t.end, q1)
    return lot is not None and bool(itemize_en(text, lot.end(), min(q1, lot.end() + 60)))


#: a consignment of goods right after a verb of sending, told without a count
_LOT_OF = re.compile(r"\s+(?:an?|one|another|our\s+first|the\s+first)\s+(?:large\s+|small\s+|first\s+)?"
                     r"(?:shipment|consignment|batch|load|delivery|package|parcel)\s+of\b")


#: the speaker's own side as the subject right before a past verb of writing ("we wrote", "I had sent", "we also
#: recorded"): the letter told as a past fact, in the speaker's words
_WE_BEFORE = re.compile(r"\b(?:[Ww]e|I)\s+(?:(?:also|had|have|then|once|already|first|even)\s+){0,2}$")
_PAST_MESSAGE_START = ("sent", "wrote", "written", "recorded", "made", "phoned", "telephoned", "called", "expressed",
                       "conveyed", "extended")


def _quoted_past_message(text: str, t: TriggerEn, quotes: list[bool]) -> bool:
    """A past letter or message the quoted speaker's own side sent: ``"In April we sent a message of support to
    the people of X," the mayor said`` - "we"/"I" right before a past verb of writing, no plan or condition."""
    if t.type != "message" or not t.word.lower().startswith(_PAST_MESSAGE_START):
        return False
    q0 = _quote_start(text, t.start, quotes)
    head = text[q0 + 1:t.start]
    if _PLAN.search(head) or re.search(r"\b(?:if|unless|whether)\b", head, re.I) or not _WE_BEFORE.search(head):
        return False
    return True


#: "on behalf of everyone in X", "on behalf of the people of X": the side a thanks is said for
_BEHALF_BEFORE = re.compile(r"\bon\s+behalf\s+of\s+(?:(?:all|everyone|everybody|all\s+the\s+people|the\s+people|"
                            r"the\s+residents|the\s+citizens|all\s+residents)\s+(?:in|of)\s+)?(?:the\s+)?$", re.I)


def _quoted_thanks_roles(text: str, first: TriggerEn, a: int, b: int, actors: list[ActorMention], quotes: list[bool],
                         ms: list[ActorMention]) -> tuple[list, list]:
    """The thanker: the place the speaker speaks for (``On behalf of the people of X, I thank``), else a place
    named outside the quotation; the thanked: the first place named after the thanks inside it."""
    q0 = _quote_start(text, first.start, quotes)
    inside = [m for m in _actors_in(actors, q0, b) if quotes[m.start] and m.key]
    behalf = next((m for m in inside if m.start < first.start
                   and re.search(r"\bon behalf of\b", text[q0:m.start], re.I)), None)
    if behalf is None:
        # "I want to thank them most sincerely on behalf of everyone in X": the thanks said for X, after it
        behalf = next((m for m in inside if m.start > first.start
                       and _BEHALF_BEFORE.search(text, max(first.end, m.start - 60), m.start)), None)
    thanked = next((m for m in inside if m.start > first.start and not _adjectival(text, m) and m is not behalf),
                   None)
    # outside the quotation, a place of the other country than the thanked one ("said a Peruvian official");
    # a place of the thanked side there is what was received ("who took the gowns from an envoy of X, said ...")
    speaker = behalf or next((m for m in ms if m.key and not quotes[m.start]
                              and (thanked is None or (m.key != thanked.key and m.country != thanked.country))), None)
    if speaker is None and not ms and q0 < a and not _FIRST_PERSON.search(text, a, b):
        # 'X wrote on Facebook: "... Thank you."': the thanks ends a quotation opened in the sentence before;
        # its speaker is the first place named in that sentence, before the quotation
        s0 = max(text.rfind(". ", 0, q0), text.rfind("\n\n", 0, q0), 0)
        speaker = next((m for m in actors if s0 <= m.start < q0 and m.key and not quotes[m.start]), None)
    if speaker is None:
        speaker = _speaker_after_quote(text, first.start, actors, quotes, thanked)
    return ([speaker] if speaker else []), ([thanked] if thanked else [])


#: between a quotation's close and the one who said it: '," President X tweeted', '," said the Y Embassy'
_ATTRIBUTION_GAP = re.compile(r"[\s\"”’',]*(?:(?:said|says|wrote|tweeted|posted|added)\s+)?(?:the\s+)?")


def _speaker_after_quote(text: str, pos: int, actors: list[ActorMention], quotes: list[bool],
                         thanked: Optional[ActorMention]) -> Optional[ActorMention]:
    """'"Thank you X for your help. We will not forget," President Y tweeted': a quotation the sentence
    splitter cut names its speaker after it closes."""
    q1 = next((i for i in range(pos, min(len(text), pos + 600)) if not quotes[i]), None)
    if q1 is None:
        return None
    m = next((x for x in actors if x.start >= q1), None)
    if m is None or not m.key or not _ATTRIBUTION_GAP.fullmatch(text, q1, m.start):
        return None
    if thanked is not None and m.country == thanked.country:
        return None
    return m


def _actors_in(actors: list[ActorMention], a: int, b: int) -> list[ActorMention]:
    return [m for m in actors if a <= m.start < b]


def _after(text: str, ms: list[ActorMention], pos: int, words: str, limit: int = 60) -> Optional[ActorMention]:
    """The actor right after one of ``words`` (allowing 'the', 'sister city') at or after ``pos``."""
    for m in ms:
        if m.start < pos or m.start - pos > limit:
            continue
        if _SISTER_POSS.match(text, m.end) or (m.level == "country" and _SISTER_NEXT.match(text, m.end)):
            continue  # "from Neustadt's Chinese partner city, Quanzhou": the partner, not the possessor
        # (a mission may follow its envoy's name and title: "from Wang Li, Consul General of the X Consulate")
        before = text[max(pos, m.start - (80 if _MISSION_NAME.search(m.surface) else 40)):m.start]
        if _after_re(words).search(before):
            return m
    return None


@lru_cache(maxsize=None)
def _after_re(words: str) -> re.Pattern:
    """One of ``words`` ending ``before``, allowing 'the', 'its', 'sister city' and a few words after it."""
    # "from Wang Li, Consul General of the X": the body a named official holds office in
    # (not "by giving the X community ...": a gerund after "by" tells how the subject acted, X is no agent)
    return re.compile(rf"\b(?:{words})\s+(?!(?-i:[a-z]+ing)\s)(?:(?:[A-Z][\w'’-]+\s+){{0,2}}[A-Z][\w'’-]+,\s+(?:[A-Z][\w-]+\s+){{1,3}}of\s+)?"
                      rf"(?:the\s+)?(?:(?:its|their|our|[A-Z][\w-]+(?:'s|’s|(?<=s)['’](?=\s)))\s+)?(?:[A-Z][a-z]+\s+)?(?:(?:sister|partner|twin|"
                      rf"friendship)\s+(?:city|cities|province|provinces|state|states|prefecture|prefectures|region|"
                      rf"regions|town|towns|county|counties|district|districts|ward|wards|municipality),?\s+)?(?:[a-z-]+\s+){{0,3}}$", re.I)


def _after_word(text: str, ms: list[ActorMention], pos: int, end: int, words: str) -> Optional[ActorMention]:
    """The first actor after the first ``words`` (``from``, ``by``) in ``text[pos:end]``."""
    m = _word_re(words).search(text[pos:end])
    if not m:
        return None
    at = pos + m.end()
    return next((x for x in ms if x.start >= at), None)


_OUR_BEFORE = re.compile(r"\b[Oo]ur\s+$")
_ON_BEHALF = re.compile(r"\bon\s+behalf\s+of\s+(?:the\s+)?(?:(?:government|people|city|town|county|state|"
                        r"province|municipality|residents|citizens)\s+of\s+(?:the\s+)?)?", re.I)


def _on_behalf(text: str, ms: list[ActorMention], pos: int, end: int) -> Optional[ActorMention]:
    """The place a receipt was taken for: "received by the mayor of X on behalf of the Government of Y" — the
    official's own town is where it was handed over; the recipient is the one the official speaks for."""
    m = _ON_BEHALF.search(text, pos, end)
    if m is None:
        return None
    return next((x for x in ms if x.start == m.end() and x.key), None)


@lru_cache(maxsize=None)
def _word_re(words: str) -> re.Pattern:
    return re.compile(rf"\b(?:{words})\s")


#: "..., X's foreign affairs office said": the source of the report after the list, not one more item
_SOURCE_NEXT = re.compile(r"(?:'s|’s|(?<=s)['’](?=\s))?(?:\s+[\w-]+){1,5}?\s+(?:said|says|told|announced|reported|stated|confirmed)\b")


def _places_item(m: ActorMention, item: ActorMention) -> bool:
    """``m`` after "in" only says where the listed ``item`` lies: its country, or a province of its
    country when the item is a city."""
    if m.level == "country":
        return item.level != "country"
    return m.level == "adm1" and item.level in ("city", "district") and bool(m.country) and m.country == item.country


_LOWER_UNIT = re.compile(r"\s+(?:province|prefecture|region|county|oblast|district)\b")


def _list_from(text: str, ms: list[ActorMention], first: ActorMention, end: int) -> list[ActorMention]:
    """``first`` and the actors listed after it (``Russia, Japan, South Korea and ...``)."""
    out = [first]
    last_end = first.end
    from_list = _FROM_BEFORE_ITEM.search(text, max(0, first.start - 60), first.start) is not None
    for m in ms:
        if m.start <= out[-1].start or m.start >= end:
            continue
        gap = text[last_end:m.start]
        unit = _LOWER_UNIT.match(text, last_end, m.start)
        if unit is not None and _LIST_GAP.fullmatch(text, unit.end(), m.start):
            gap = text[unit.end():m.start]  # "A province, B province and C": the unit word after each name
        if _IN_COUNTRY_GAP.fullmatch(gap) and _places_item(m, out[-1]):
            # "Hyogo Prefecture in Japan and Jeju ...", "Nanning and Guilin in Guangxi province, as well as
            # Kunming": the country or province belongs to the items before
            unit = _UNIT_NOUN.match(text, m.end) if m.level == "adm1" else None
            last_end = unit.end() if unit else m.end
            continue
        if m.key and m.key == out[-1].key and _OF_GAP.fullmatch(gap):
            last_end = m.end  # "Mayor A B of X and Mayor C D of Y": the place after "of" is the titled person's own
            continue
        if m.level == "country" and _adjectival(text, m) and _UNITS_OF.match(text, m.end) \
                and re.fullmatch(r",?\s*(?:and\s+|or\s+)?the\s+", text[last_end:m.start]):
            continue  # "A and the Dutch town of B": the adjective places B, the town is the next item
        if _SISTER_REF.fullmatch(m.surface):
            break  # "to Fresno, Calif., its sister city": an apposition, not another recipient
        tie = _POSS_TIE_APPOSED.match(text, m.end)
        if tie is not None and re.fullmatch(r",\s*", gap) and m.country != out[-1].country:
            # "for workers in Wuhan, Pittsburgh's sister city, and in Huanggang": the apposition names the tie of
            # the item before; the list goes on after it
            last_end = tie.end()
            continue
        if (_LIST_GAP.fullmatch(gap) or (from_list and (_FROM_AGAIN_GAP.fullmatch(gap)
                                                        or _FROM_PERSON_GAP.fullmatch(gap)))) \
                and not _SAID_NEXT.match(text, m.end) \
                and not _SOURCE_NEXT.match(text, m.end):
            out.append(m)
            last_end = m.end
        elif m.start > last_end:
            break
    return out


#: "'s sister city": a place's tie, in an apposition after a listed item ("Wuhan, Pittsburgh's sister city,")
_POSS_TIE_APPOSED = re.compile(r"(?:'s|’s|(?<=s)['’](?=\s))\s+(?:(?:oldest|first|long-standing|longtime|Chinese)\s+)?(?:sister|partner|twin|"
                               r"friendship)\s+(?:city|town|province|state|region|prefecture|county)(?=,)")


#: "from A, from B and from C": the preposition told again before each item of the list
_FROM_AGAIN_GAP = re.compile(r"(?:,\s*(?:and\s+(?:also\s+)?)?|\s+and\s+(?:also\s+)?)from\s+(?:the\s+)?")
#: "from A, mayor of X, and from B, governor of Y": the writer named before the office of each place
_FROM_PERSON_GAP = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)from\s+[A-Z][^,;.]{1,40}?,\s*(?:the\s+)?"
                              r"(?:[\w-]+\s+){0,2}?(?:mayor|governor|president|prefect|premier|leader|chairman|head|"
                              r"chief\s+executive|county\s+executive)\s+of\s+(?:the\s+)?")
_FROM_BEFORE_ITEM = re.compile(r"\bfrom\s+(?:[\w.'’-]+,?\s+){0,6}$")
_OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?(?:(?:city|town|county|province|prefecture|state|region)\s+of\s+)?")
_OF_ITS_COUNTRY = re.compile(r"(?:\s+[A-Z]\w+){0,3}\s+of\s+(?:the\s+)?")
_HEAD_OF = re.compile(r"\b(?:government|city|town|state|province|prefecture|county|region|municipality|people|"
                      r"mayor|governor|authorities|administration|council|residents|citizens|leaders?|officials)\s+of\s+"
                      r"(?:the\s+)?$", re.I)
_PREP_AHEAD = re.compile(r"\b(?:in|at|on|of|for|from|with|to|by|across|into|near|among|between)\s+(?:the\s+)?"
                         r"(?:(?:[a-z-]+|(?:North|South|East|West)(?:east|west)?(?:ern)?|Central)\s+){1,2}$")
#: a fronted circumstance ("When the outbreak hit X, ..."): a place named in it does not act
_FRONTED_WHEN = re.compile(r"\W*(?:[A-Z][^,;:.]{0,60}?\b(?:remember|remembers|recall|recalls|recalled|know|knows)\s+that\s+)?"
                           # ("Some of you will remember that in May, when X was ..., we sent": a reporting frame first)
                           r"(?:(?:(?:Back|Early|Late|Earlier|Later)\s+)?(?:[Ii]n|[Oo]n|[Dd]uring|[Bb]y|[Tt]his|[Ll]ast)\s+"
                           r"(?:(?:early|mid|late|the)[\s-]+)?[A-Z]?[a-z]+(?:\s+\d{1,2})?,\s+"
                           # ("In March, after X was hit, Y wrote ...": the clause after the time, lower case)
                           r"(?:after|before|while|amid|amidst|following|once|when|as|at|during|despite)\b[^,;:]*$|"
                           # ("In February, at the height of the outbreak in X, the council sent": a scene, not the subject)
                           r"(?:(?:(?:Back|Early|Late|Earlier|Later)\s+)?(?:[Ii]n|[Oo]n|[Dd]uring|[Bb]y|[Tt]his|[Ll]ast)\s+"
                           r"(?:(?:early|mid|late|the)[\s-]+)?[A-Z]?[a-z]+(?:\s+\d{1,2})?,\s+)?"
                           r"(?:[Ww]hen|[Aa]s|After|Before|While|Since|Although|Though|Because|Once|Until|Amid|Following|"
                           r"Upon|Hearing|Learning|At|Amid|Amidst|During|Despite)\b[^,;:]*$)")
#: An apposition or relative clause set off by commas after a name (``X, the coastal city in Y province,``,
#: ``X, which has been a sister city of Y since 2001,``): the names inside it are not the clause's subject.
_APPOSITION = re.compile(r",\s+(?:the|a|an|another|in|which|who|whose|where|its|one of|home to|known for|famous for|all|both|"
                         r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}(?:'s|’s|(?<=s)['’](?=\s))\s+(?:[a-z]+\s+)?(?:sister|partner|twin|friendship)|"
                         r"(?:longtime\s+|long-standing\s+|oldest\s+)?(?:sister|partner|twin|twinned|friendship)\s+"
                         r"(?:city|cities|town|state|province|prefecture|region|county|district)\s+(?:of|to|with))\b[^,;:]*,")


#: one gift from several givers told by its noun: "a joint shipment / donation / consignment of"
_JOINT_GIFT = re.compile(r"\b(?:joint|combined)\s+(?:[\w-]+\s+)?(?:shipment|donation|consignment|gift|delivery|"
                         r"batch|package|cargo)\b", re.I)
#: "A, B and C have between them made four donations": the whole list gave
_BETWEEN_THEM = re.compile(r"\b(?:between\s+them|together|jointly)\b")
_DASH = re.compile(r"(?<=\s)(?:--|—|–)(?=\s)")
_UNIT_WORD_GAP = re.compile(r"\s+(?:County|District|Province|Prefecture|City|Region|State|Oblast)")


def _outside_appositions(text: str, ms: list[ActorMention], a: int, t0: int) -> list[ActorMention]:
    out = list(ms)
    pos = a
    while (m := _APPOSITION.search(text, pos, t0)) is not None:
        if any(x.end == m.start() or _UNIT_WORD_GAP.fullmatch(text, x.end, m.start()) or x.start < m.start() < x.end
               for x in ms):
            # right after a name ("Qingtian County, in the prefecture of Lishui, sent"), or one read with the
            # apposition's demonym ("X, the Chinese partner city of Y, has sent": X sent)
            out = [x for x in out if not m.start() < x.start < m.end()]
        # the closing comma may open the next one ("X, which borders Y, the province Z belongs to, sent")
        pos = m.end() - 1
    dashes = [m.start() for m in _DASH.finditer(text, a, t0)]
    while len(dashes) >= 2:
        # "A, B and C -- all sister cities of Y -- have made": an aside between dashes names no subject (paired
        # from the verb back: a dash after a dateline opens none)
        d1, d0 = dashes.pop(), dashes.pop()
        out = [x for x in out if not d0 < x.start < d1]
    return out


#: "..., which sent", "..., who had written": a relative clause whose subject is the name before the comma
_RELATIVE_SUBJECT = re.compile(r",\s+(?:which|who)\s+(?:(?:also|had|has|have|then|later|already|once)\s+)*$")
#: an apposition between that name and the relative pronoun ("X, Portland's sister city, which ...")
_APPOSED_TAIL = re.compile(r",\s+[^,;:]{1,60}$")


def _relative_antecedent(text: str, ms: list[ActorMention], a: int, t0: int) -> Optional[ActorMention]:
    """``one from Suzhou, Portland's sister city, which sent 50,000 masks``: Suzhou sent them."""
    rel = _RELATIVE_SUBJECT.search(text, a, t0)
    if rel is None:
        return None
    def right_before(end: int) -> Optional[ActorMention]:
        m = next((x for x in reversed(ms) if a <= x.start and x.end <= end and end - x.end <= 1 and x.key), None)
        if m is not None and m.level == "country":
            # "Linz in Austria, which sent ...": the place the country only locates
            inner = next((x for x in reversed(ms) if a <= x.start and x.end <= m.start and x.country == m.key
                          and _IN_COUNTRY_GAP.fullmatch(text, x.end, m.start)), None)
            return inner or m
        return m

    tail = _APPOSED_TAIL.search(text, a, rel.start())
    # the name before an apposition first ("X, Y's sister city, which"), else the one right before the comma
    return (right_before(tail.start()) if tail is not None else None) or right_before(rel.start())


#: between a place and the title of a person of it ("Sindh Chief Minister", "Ohio's Lieutenant Governor")
_TITLE_GAP = re.compile(r"(?:'s|’s|(?<=s)['’](?=\s))?(?:\s+(?:Chief|Deputy|Vice|First|Executive|Acting|Lieutenant|Lord|Provincial|State|"
                        r"Regional|Municipal|Prefectural|County|City|Party|Foreign|Health|Trade))*\s+")


#: "In X, ..." opening a clause whose subject is the people of X
_FRONTED_IN = re.compile(r"\W*(?:In|At|From)\s+(?:the\s+)?")
_PEOPLE_SUBJECT = re.compile(r"(?:,\s+(?:a|an|the)\s[^,;:]{3,80})?,\s+(?:(?:local|city|municipal|provincial|state|"
                             r"prefectural|county|district|government|health|customs|airport|foreign\s+affairs|"
                             r"public\s+health|medical)\s+)*(?:officials|authorities|workers|staff|volunteers|"
                             r"employees|leaders|officers|administrators)\s+(?:(?:on|last|this)\s+[A-Z]?\w+\s+)?"
                             r"(?:(?:have|has|had|also|then|later|quickly|already)\s+)*[a-z]+(?:ed|ent|ook|ave|ew)\b")


_VERB_OBJECT = re.compile(r"\b(?!(?:need|seed|feed|speed|red|bed|shed)\b)[a-z]{2,}ed\s+(?:the|a|an)\s+$")

_TITLE_FIRST = re.compile(r"(?:(?:Deputy|Vice|Lord|Acting|First)\s+)?(?:Mayor|Governor|Prefect|Premier|Chief Executive|"
                          r"President|Chairman|Chairwoman|County Governor|County Executive)\b")
#: "In X, Mayor A B wrote ..." / "From X in Y, council leader A B wrote ...": the place's titled person is the
#: subject (the fronted place, or the place right after it that names its country, is whom the person speaks for)
_TITLED_SUBJECT = re.compile(r"(?:\s+in\s+(?:the\s+)?[A-Z][\w' -]{1,30}?)?,\s+(?:its\s+|the\s+)?(?:(?:[Dd]eputy|[Vv]ice|[Ll]ord|"
                             r"[Aa]cting|[Ff]irst)\s+)?(?:[Mm]ayor|[Gg]overnor|[Pp]refect|[Pp]remier|[Cc]hief [Ee]xecutive|"
                             r"[Cc]ouncil leader|[Ll]eader of the council|[Cc]ounty [Gg]overnor|[Cc]ounty [Ee]xecutive|"
                             r"[Cc]hairman|[Cc]hairwoman|[Pp]resident)\s+(?:[A-Z][\w'.-]*\s+){1,4}"
                             r"(?:(?:has|have|had|also|then|later|quickly|already|personally)\s+)*"
                             r"[a-z]+(?:ed|ote|ent|ook|ave|ew|ut)\b")


#: "Y in Z": the words between a place and the wider place that locates it.
_LOCATOR_IN = re.compile(r",?\s+in\s+(?:the\s+)?")


#: "the province and X ...": a place of the page named by its kind alone, joined to a place named
_THE_KIND_AND = re.compile(r"\b(?:the|this)\s+(?P<kind>province|city|prefecture|municipality|region|state)\s+and\s+"
                           r"(?:the\s+)?$", re.I)
_KIND_LEVEL = {"province": ("adm1",), "region": ("adm1",), "state": ("adm1",), "prefecture": ("adm2", "city"),
               "city": ("city", "adm2"), "municipality": ("city", "adm1")}


def _the_place_and(text: str, ms: list[ActorMention], a: int, subj: ActorMention) -> Optional[ActorMention]:
    """``... specialists in X on Friday, when the province and Y held a video conference``: the place "the
    province" stands for, the last of that kind named before it in the sentence, of another country than Y's."""
    m = _THE_KIND_AND.search(text, max(a, subj.start - 40), subj.start)
    if m is None:
        return None
    levels = _KIND_LEVEL[m.group("kind").lower()]
    return next((x for x in reversed(ms) if a <= x.start and x.end <= m.start() and x.key and x.level in levels
                 and x.country != subj.country), None)


def _subject(text: str, ms: list[ActorMention], a: int, t0: int, state,
             adjacent_first: bool = False) -> Optional[ActorMention]:
    antecedent = _relative_antecedent(text, ms, a, t0)
    if antecedent is not None:
        return antecedent
    before = _outside_appositions(text, [m for m in ms if a <= m.start and m.end <= t0], a, t0)
    free = [m for m in before if (_HEAD_OF.search(text[max(a, m.start - 30):m.start])
                                  or not (_PREP.search(text[max(a, m.start - 20):m.start])
                                          or _PREP_AHEAD.search(text[max(a, m.start - 30):m.start])))
            and not _POSSESSED.match(text[m.end:m.end + 20])
            and not (_FRONTED_WHEN.match(text, a, m.start) and "," in text[m.end:t0])]
    # "The Tibet Autonomous Region of China has ...": the country after "of" only places the region named first
    free = [m for m in free if not (m.level == "country" and any(
        p.end <= m.start and p.country == m.key and p.level != "country"
        and _OF_ITS_COUNTRY.fullmatch(text, p.end, m.start) for p in before))]
    # "... met the team and kissed the Chinese flag as a gesture of gratitude": a country's adjective in the object
    # of a verb before the trigger names no subject (the one who acted is named before it)
    free = [m for m in free if not (_adjectival(text, m) and _VERB_OBJECT.search(text, max(a, m.start - 30), m.start)
                                    and any(x.start < m.start for x in free))]
    adjacent = [m for m in before if _ADJACENT.fullmatch(text[m.end:t0])] if adjacent_first else []
    # "its partner Y in Z province had asked": the region after "in" only places the partner named before it
    adjacent = [m for m in adjacent if not any(p.end < m.start and p.key and p.country == m.country
                                               and p.level != "country" and _LOCATOR_IN.fullmatch(text, p.end, m.start)
                                               for p in before)]
    if adjacent:
        return adjacent[-1]  # "after the consulate in Osaka asked": the actor right before the verb
    based = next((m for m in free if text.startswith("-based", m.end)), None)
    if based is not None and all(m.level == "country" and m.surface.endswith(("ese", "an", "ish", "ian", "i", "ch"))
                                 for m in free if m.start > based.start):
        return based  # "the Lyon-based French Chinese business club donated": a body of Lyon
    if free and _adjectival(text, free[-1]):
        # "Chinese experts from Kunming": the place the adjective's people come from
        inner = next((m for m in before if m.start > free[-1].start and m.country == free[-1].country
                      and m.level != "country" and m.key), None)
        if inner is not None:
            return inner
    if free and _adjectival(text, free[-1]) and (grp := _LOCAL_GROUP.match(text, free[-1].end)) is not None:
        # "Members of the Y board and Y-area Chinese associations ship ...", "Chinese associations in Y sent ...":
        # a community of that origin living in a place of another country acts for that place, not for its origin
        local = next((m for m in ms if grp.group().rstrip().endswith(("in", "the")) and m.start == grp.end()
                      and m.end <= t0 and m.key and m.level != "country" and m.country != free[-1].key), None) \
            or next((m for m in reversed(before) if m.end <= free[-1].start and m.key and m.level != "country"
                     and m.country != free[-1].key), None)
        if local is not None:
            return local
    if free and free[-1].key is None:
        # "Sindh Chief Minister X had written ...": the titled person speaks for the place that qualifies the title
        owner = next((m for m in reversed(before) if m.key and m.end <= free[-1].start
                      and _TITLE_GAP.fullmatch(text, m.end, free[-1].start)), None)
        if owner is not None:
            return owner
    lead = _LIST_LABEL.match(text, a, t0)
    if free and lead is not None and (free[-1].key is None or _TITLE_FIRST.match(free[-1].surface)):
        # "- Lyon: Mayor A B sent his sympathy to ...": a list item headed by a place and a colon; the titled
        # person named bare after it speaks for that place
        label = next((m for m in before if m.start == lead.end() and m.key and m.level != "country"
                      and _LABEL_COLON.match(text, m.end)), None)
        if label is not None:
            return label
    fronted = _FRONTED_IN.match(text, a, t0)
    if free and fronted is not None and _TITLE_FIRST.match(free[-1].surface):
        # "In Nara, Mayor A B wrote to ...": a titled person after a fronted place speaks for that place
        # (a mayor named bare is the page's own otherwise)
        place = next((m for m in before if m.start == fronted.end() and m.key and m.level != "country"), None)
        if place is not None and place.key != free[-1].key and _TITLED_SUBJECT.match(text, place.end, t0 + 12):
            return place
    if free and free[-1].surface.lower() in ("the city", "the town", "the province", "the prefecture"):
        told = _the_place_told(text, a, t0, state, other_than_page=any(
            m.start >= t0 and m.key == free[-1].key and _FROM_BEFORE.search(text, max(a, m.start - 12), m.start)
            for m in ms))
        if told is not None and told.key != free[-1].key:
            return told  # "X returned the favour. Then the city shipped ...": X, not the page's place
    if free:
        return free[-1]
    if fronted is not None:
        # "In Dalian, a port city in Liaoning, officials on Monday loaded ...": the people of the place fronted act
        place = next((m for m in before if m.start == fronted.end() and m.key), None)
        if place is not None and (_PEOPLE_SUBJECT.match(text[place.end:t0]) or _TITLED_SUBJECT.match(text, place.end, t0 + 12)):
            return place
    if _PRONOUN.match(text[a:t0]) and state["person"] is not None:
        return state["person"]
    titled = _THE_TITLE.match(text, a, t0)
    if not before and titled is not None and state["person"] is not None \
            and re.search(r"\b" + titled["title"] + r"\b", state["person"].surface, re.I):
        return state["person"]  # "... to X Governor A B. The governor thanked Y": the governor named last
    if not before and _IT_SUBJECT.search(text[a:t0]) and (told := _told_subject_before(text, a, state)) is not None:
        return told  # "X was among the first to help. In February it airlifted ...": the place the last sentence is of
    if not before and state.get("subject") is not None and _IT_SUBJECT.search(text[a:t0]):
        return state["subject"]  # "Weeks later it sent a video message too": the side that acted last
    # "In March, as X fought the virus, the council sent ...": the place of the fronted clause is not the subject
    main = [m for m in before if not (_FRONTED_WHEN.match(text, a, m.start) and "," in text[m.end:t0])]
    if not main:
        told = _the_place_told(text, a, t0, state)
        if told is not None:
            return told
    return main[-1] if main else None


#: goods told in a relative clause of their arrival ("masks that arrived from Y"), and the people of a place who
#: handle them as the main clause's subject ("X city officials pose with", "X hospital staff unload")
_GOODS_THAT = re.compile(r"\b(?:that|which)\s+(?:had\s+|have\s+|has\s+|just\s+)*$")
_PLACE_PEOPLE_HANDLE = re.compile(r"(?:'s|’s)?\s+(?:(?:city|municipal|county|provincial|prefectural|government|hospital|"
                                  r"health|council)\s+)*(?:officials|staff|workers|employees|leaders|volunteers|nurses|"
                                  r"doctors)\s+(?:pose|posed|poses|posing|hold|held|holds|holding|unload|unloaded|unloads|"
                                  r"unloading|check|checked|checks|checking|sort|sorted|sorts|sorting|receive|received|"
                                  r"receives|receiving|inspect|inspected|inspects|inspecting|carry|carried|carries|carrying)\b")
#: a sentence that opens on a place as its subject, told with a copula ("X was among the first countries to ...",
#: "X has long been a friend of Y"): the place "it" opens the next sentence with
_PLACE_IS_AFTER = re.compile(r"\s+(?:was|is|has|had|became|remains|remained)\b")


def _told_subject_before(text: str, a: int, state) -> Optional[ActorMention]:
    """The place the sentence right before ``a`` opens on as its subject, when that sentence tells no act of its
    own (a copula: "X was among the first to lend a hand"): "it" in the next sentence is that place, not the side
    that acted last."""
    actors = state.get("actors") or ()
    head = text[:a].rstrip()
    if not head.endswith((".", "!")):
        return None
    s0 = max(head.rfind(". ", 0, len(head) - 1), head.rfind("\n", 0, len(head) - 1)) + 1
    first = next((m for m in actors if s0 <= m.start < len(head) and m.key), None)
    if first is None or text[s0:first.start].strip() not in ("", "The", "the") or not _PLACE_IS_AFTER.match(text, first.end):
        return None
    if find_triggers_en(text, s0, len(head)):
        return None  # the sentence before tells an act: the side that acted is read as before
    return first


#: an envoy named with the place of its post: "the Consul General of China in ", "the Embassy of X in "
_ENVOY_POST = re.compile(r"\b(?:Consul(?:ate)?(?:[\s-]+General)?|Embassy|Ambassador)\s+of\s+(?P<land>(?:the\s+)?"
                         r"[A-Z][^,;.()]{1,40}?)\s+in\s+(?:the\s+)?(?:[a-z]+\s+(?:city|province)\s+of\s+)?$")


def _the_place_told(text: str, a: int, t0: int, state, other_than_page: bool = False) -> Optional[ActorMention]:
    """The place "the city" / "the province" right before the verb stands for where it is not the page's own: the
    place the sentence before was about, told by no act ("X returned the favour in May. As infections
    climbed, the city shipped masks to Y"), or, on a page with no place of its own, the side that acted last.
    ``other_than_page``: the clause names the page's place as the other side ("X delivered masks to Y. The city had
    received masks from Y in January" on Y's page): "the city" is the side that acted last there too."""
    told = state.get("subject")
    if told is None or not told.key:
        return None
    if not (other_than_page or ("publisher" in state and state["publisher"] is None)
            or (state.get("opener_end") is not None and not text[state["opener_end"]:a].strip())):
        return None
    the_place = _THE_PLACE_SUBJECT.search(text[a:t0])  # (the slice: "^" is the sentence's start)
    if the_place is None or told.level != ("city" if the_place["noun"] in ("city", "town") else "adm1"):
        return None
    return told


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")
#: "the city" / "the province" as the subject right before the verb
_THE_PLACE_SUBJECT = re.compile(r"(?:^|[,;]\s*|\b(?:[A-Z]\w*|\d+|now|and|but|so|then|later)\s+)[Tt]he\s+"
                                r"(?P<noun>city|town|province|prefecture)\s+(?:(?:has|have|had|also|then|later|again|"
                                r"\w+ly)\s+){0,2}$")


#: the start of a list item (a dash or bullet, or none) before the place that heads it ("- Lyon: ...")
_LIST_LABEL = re.compile(r"[\s\-–—•*·]*")
_LABEL_COLON = re.compile(r"\s*:\s")


#: "it"/"they" right before the verb, the clause's subject (not "it" as an object: "sent it to").
_IT_SUBJECT = re.compile(r"(?:^|[,;]\s*|\b(?:[A-Z]\w*|\d+|now|and|but|so|since|today|recently)\s+)(?:[Ii]t|[Tt]hey)\s+(?:(?:has|have|had|also|then|later|again|"
                         r"\w+ly)\s+){0,2}$")


_SISTER_POSS = re.compile(r"(?:'s|’s|(?<=s)['’](?=\s))\s+(?:[A-Z][a-z]+\s+)?(?:sister|partner|twin|friendship)\s+", re.I)
_ADJACENT = re.compile(r"\s*(?:(?:has|have|had|also|then|later|again|\w+ly)\s+){0,2}")
_SISTER_NEXT = re.compile(r"\s+(?:sister|partner|twin|friendship)\s+", re.I)
_UNITS_ACROSS = re.compile(r"\W*(?:[Cc]ities|[Tt]owns|[Cc]ounties|[Dd]istricts|[Mm]unicipalities|[Pp]refectures)\s+"
                           r"(?:across|in|throughout|all\s+over)\s+(?P<ref>the\s+(?:province|state|prefecture|region|"
                           r"country))\b")
_GENERIC_SUBJECT = re.compile(r"(?:several|many|some|various|numerous|a number of|dozens of|other|more)\s+"
                              # (not a count of containers: "several cartons of masks arrived" is one gift)
                              r"(?!(?:[\w-]+\s+)?(?:cartons|boxes|crates|pallets|packages|parcels|bags|batches|tons|"
                              r"tonnes|truckloads|loads|lots|shipments|consignments|cases|rolls)\s+of\b)|"
                              r"(?:cities|countries|governments|nations|people|partners|friends)(?:\s+and\s+\w+)?\s+"
                              r"(?:around|across|all over|from around|worldwide|abroad|overseas)\b", re.I)
#: a gift owned by a pronoun ("arrived as its gift to Y", "their donation reached Y")
_ITS_GIFT = re.compile(r"\b(?:its|their)\s+(?:own\s+|latest\s+|first\s+|second\s+)?(?:gifts?|donations?|contributions?|"
                       r"presents?)\b")
#: A total counted up to a day ("As of Feb. 7, donations from ... came to"): a claim, not one gift.
_RUNNING_TOTAL = re.compile(r"^\W*(?:as of|as at|by the end of|so far|to date)\b|\b(?:had counted|counted|tallied|in all)\b|"
                            # "X had given Y more than N masks ... as of Feb. 7": a pluperfect told up to a day
                            r"\bhad\s+(?:\w+ly\s+)?(?:given|donated|sent|provided|delivered|shipped|contributed)\b"
                            r"(?:[^.;]|\.(?=\d))*\bas\s+(?:of|at)\s+(?:the\s+end\s+of\s+)?[A-Z0-9]|"
                            # "By March 3, N masks had been received from sister cities and companies abroad": a
                            # pluperfect told up to a day, from many givers told only as plurals
                            r"^\W*by\s+(?:the\s+end\s+of\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+|mid-[A-Z][a-z]+|"
                            r"[A-Z][a-z]+),[^.;]*?\bhad\s+(?:\w+ly\s+)?(?:been\s+)?(?:received|given|donated|sent|collected|"
                            r"provided|delivered|shipped|contributed)\b[^.;]*?\bfrom\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+)?"
                            r"(?:cities|partners|friends|companies|donors|countries|governments|organi[sz]ations|regions|"
                            r"provinces|businesses)\b(?!\s+(?:of|in)\s+[A-Z])",
                            re.I)
#: "X had equipment delivered to Y": the goods, untold, as the object of a causative "had"
_HAD_GENERIC = re.compile(r"\bhad\s+(?:(?:its|their|the|some|new|more)\s+)?(?:[\w-]+\s+)?(?:equipment|supplies|protective "
                          r"gear|gear|materials|PPE|aid|relief goods)\s+(?:\w+ly\s+)?$", re.I)
_GENERIC_GOODS = re.compile(r"\b(?:equipment|supplies|protective gear|gear|materials|PPE|aid|relief goods)\b", re.I)


@dataclass(frozen=True)
class _Unquantified:
    """Goods named only generically ("equipment"): the gift is told, its contents are not."""
    item: str = "supplies"
    quantity: None = None
    unit: None = None
    qualifier: None = None
    start: int = 0


#: a message verb whose object is a clause ("writing that", "posted on Twitter that"): what the clause tells
_SAID_CLAUSE = re.compile(r"(?<=\bthat)|(?:\s+on\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+that\b")
_SAID_NEXT = re.compile(r"\s+(?:said|says|announced|reported|told|added|stated)\b", re.I)
#: a sentence whose subject is many people of unnamed places ("Mayors and council leaders in ...")
_PLURAL_WRITERS = re.compile(r"\W*(?:(?:The|Many|Several|Dozens\s+of|Scores\s+of)\s+)?(?:[a-z]+\s+)?"
                             r"(?:[Mm]ayors|[Gg]overnors|[Ll]eaders|[Oo]fficials|[Cc]ouncillors|[Cc]ouncilors|[Pp]eople|"
                             r"[Rr]esidents|[Cc]itizens)\b(?:\s+and\s+(?:\w+\s+)?(?:leaders|officials|mayors|residents))?"
                             r"\s+(?:in|of|from)\b")
_PLURAL_SIDE = re.compile(r"\b(?:from|by|to|in|of)\s+(?:its|their|our|the|[A-Z][\w'-]*(?:'s|’s|(?<=s)['’](?=\s))|the\s+(?:city|province|"
                          r"state)(?:'s|’s|(?<=s)['’](?=\s)))\s+(?:\w+\s+)?(?:sister|partner|friendship|twin)\s+"
                          r"(?:cities|regions|provinces|states|prefectures|partners|towns)\b|"
                          r"\b(?:in|from)\s+(?:sister|partner|twin)\s+(?:cities|regions|provinces|states|towns)\s+"
                          r"(?:abroad|overseas|around the world)\b|"
                          r"\bfrom\s+(?:around|across|all over)\s+the\s+(?:world|globe|country)", re.I)


#: Many partners of one country, unnamed (``the Chinese cities``, ``the city's partner cities in China``,
#: ``their Korean partners``): that country is the other side.
_PLURAL_PARTNERS = re.compile(r"\b(?:the|its|their|our|his|her|[A-Z][\w-]*(?:'s|’s|(?<=s)['’](?=\s))|city's|province's|state's)\s+"
                              r"(?:(?P<dem>[A-Z][a-z]+)\s+)?(?:(?:sister|partner|twin|friendship|friendly)\s+)?"
                              r"(?:cities|provinces|partners|regions|counterparts|municipalities|prefectures|"
                              r"local governments)\b(?:\s+in\s+(?:the\s+)?(?P<in>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?))?")


def _plural_partners(text: str, ms: list[ActorMention], a: int, b: int) -> Optional[ActorMention]:
    """The country of ``the Chinese cities`` / ``partner cities in China`` in ``text[a:b]`` (its mention there)."""
    for m in _PLURAL_PARTNERS.finditer(text, a, b):
        for group in ("dem", "in"):
            if m.group(group):
                hit = next((x for x in ms if x.start == m.start(group) and x.level == "country" and x.key), None)
                if hit is not None:
                    return hit
    return None


_ADDRESSED = re.compile(r"\b(?:wrote|written|writing|writes|emailed|e-mailed|called|phoned|telephoned|contacted|"
                        r"appealed|turned|reached out|(?:got|get|gets|getting)\s+in\s+(?:touch|contact)\s+with)\s+"
                        r"(?:to\s+)?(?:(?:its|their|his|her|the)\s+)?"
                        r"(?:[a-z]+\s+){0,3}(?:counterparts?\s+in\s+|partners?\s+in\s+|"
                        r"(?:[A-Z][\w-]*\s+){1,4}(?:in|of)\s+)?$")


#: the groups of a community named by its origin's adjective ("Chinese associations", "Chinese community groups")
_LOCAL_GROUP = re.compile(r"\s+(?:(?:community|business|student|cultural|professional|benevolent)\s+)?"
                          r"(?:associations?|communit(?:y|ies)|groups?|organi[sz]ations?|societ(?:y|ies)|clubs?|"
                          r"chambers?\s+of\s+commerce|residents|businesses|diaspora)\b(?:\s+in\s+(?:the\s+)?)?")


def _adjectival(text: str, m: ActorMention) -> bool:
    """A country named by its adjective before a noun (``Chinese community groups``): not a party by itself."""
    return m.level == "country" and bool(re.match(r"\s+[a-z]", text[m.end:m.end + 3])) and m.surface[:1].isupper() \
        and m.surface.endswith(("ese", "an", "ish", "ian", "i", "ch")) \
        and m.surface.lower() != (getattr(m, "name_en", None) or "").lower()  # ("Taiwan had", "Japan has": the name)


#: verbs of telling before a meeting word: their subject is the side that shares its experience
_TEACH_VERB = re.compile(r"\b(?:briefed|advised|trained|taught|instructed|walked|guided|coached|lectured)\b")
#: the verbs of helping, before the one helped ("to help the X", "assisting X")
_HELP_VERBS = r"help|helping|support|assist|assisting|aid"
#: A final destination named beside a landing ("bound for X", "on its way to X").
_FINAL_DEST = re.compile(r"\b(?:bound|destined|headed|heading|left|departed|departing|set\s+(?:off|out)|sailed|"
                         # "handed N won to the Red Cross's branch, money earmarked for Y": Y is whom it is for
                         r"earmarked|(?:is|are|was|were)\s+(?:meant|intended))\s+for\b|"
                         r"\b(?:left|departed)\s+(?:[\w'’,.-]+\s+){1,5}?for\b|\b(?:went|going|flown|shipped|sent)\s+out\s+(?:[\w'’,.-]+\s+){0,4}?to\b|\b(?:en\s+route|on\s+(?:its|their|the)\s+way|headed|"
                         r"heading)\s+to\b", re.I)
_PRONOUN_IT = re.compile(r"\s*(?:It|They|The team|The experts)\b")
#: "Flying in with them were ten tonnes of masks": goods that travelled with the team told before
_WITH_THE_TEAM = re.compile(r"\b(?:[Ff]lying|[Ff]lew|[Aa]rriving|[Aa]rrived|[Tt]ravell?ing|[Cc]oming)\s+(?:in\s+)?with\s+"
                            r"(?:them|the\s+(?:team|experts|doctors|medics))\b|"
                            r"\b(?:[Tt]he|[Tt]heir|[Ii]ts)\s+(?:chartered\s+|same\s+)?(?:aircraft|plane|flight|jet|airplane)\s+"
                            r"(?:also\s+)?(?:carried|brought|delivered|had\s+on\s+board)\b|"
                            # "Their luggage included ...", "the supplies it carried": the goods the team took along
                            r"\b(?:[Tt]heir|[Ii]ts)\s+(?:luggage|baggage|hold\s+luggage)\b|"
                            r"\b(?:supplies|goods|equipment|materials|cargo)\s+(?:it|they|the\s+team)\s+"
                            r"(?:carried|brought|took)\b")
#: "Gloves and gowns sent by X were among the cargo": goods of the arrival told in the sentence before
#: "X had a shipment of N masks from Y arrive": the bare arrival verb after "had" and its object
_BARE_ARRIVAL = frozenset({"arrive", "land", "come"})
_HAD_GOODS = re.compile(r"\bhad\s+(?:(?:its|their|his|her|the|a|an|own|first|latest)\s+)*")
_CARGO = re.compile(r"\b(?:were|was)\s+(?:also\s+)?(?:among|part\s+of|in|on\s+board|aboard)\s+(?:the\s+)?"
                    r"(?:cargo|shipment|consignment|delivery|load|flight|plane|aircraft|freight)\b")
_BE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$", re.I)
_POSSESSOR = re.compile(r"(?:'s|’s|(?<=s)['’](?=\s))\s+(?:[\w,.-]+\s+){0,4}?(?:gifts?|contributions?|donations?|shipments?|consignments?|"
                        r"batch|masks|supplies|equipment|aid|help|\d)", re.I)
#: a body's head noun inside a name
_ORG_WORD = re.compile(r"\b(?:Council|Societ(?:y|ies)|Association|Foundation|Chamber|Institute|Cent(?:er|re)|Club|Committee|"
                       r"Alliance|Federation|Trust|Network|Government|Office|Department|Bureau|Commission|"
                       r"Company|Group|Corporation|Hospital|Universit(?:y|ies))s?\b")
#: "the X Friendship Society's donation", "the X People's Association for Friendship with Foreign Countries'
#: donation": the place that opens a body's name owns the body's gift
_BODY_POSSESSOR = re.compile(r"(?P<body>(?:\s+(?:(?:for|with|of|and|on)\s+)*[A-Z][\w-]*(?:'s|’s|(?<=s)['’](?=\s))?){1,9}?)"
                             r"(?:'s|’s|(?<=s)['’])\s+(?:[\w,.-]+\s+){0,4}?(?:gifts?|contributions?|donations?|shipments?|"
                             r"consignments?|batch|masks|supplies|equipment|aid|help|\d)")


#: "their Chinese partners, A and B": a country's adjective before a partner noun and a comma, the names follow.
_PARTNERS_APPOSED = re.compile(r"\s+(?:twin,\s+$|(?:(?:sister|partner|twin|friendship|friend|counterpart)\s+)?(?:cities|towns|counties|"
                               r"provinces|prefectures|regions|municipalities|partners|friends|counterparts|districts|wards|"
                               r"states|city|town|county|province|prefecture|region|partner|friend|counterpart|district|"
                               r"ward|state|municipality)(?:,\s+|,?\s+(?:including|among\s+them|such\s+as|namely)\s+"
                               r"(?:the\s+)?)$)")


_COMMA_GAP = re.compile(r",\s+")


#: "sister regions in Korea, including A, B and C": the partners named after the country
_INCLUDING = re.compile(r",?\s+(?:including|among\s+them|such\s+as|namely)\s+(?:the\s+)?")
_PARTNERS_BEFORE = re.compile(r"\b(?:sister|partner|twin|friendship|friendly)\s+(?:[\w-]+\s+){0,2}?(?:cities|towns|regions|"
                              r"provinces|prefectures|states|municipalities|counties|districts)\s+(?:in|of)\s+"
                              r"(?:the\s+)?$", re.I)


def _partners_included(text: str, ms: list[ActorMention], m: Optional[ActorMention], b: int) -> Optional[ActorMention]:
    """``to sister regions in South Korea, including A, B and C``: the first partner named after "including"
    (of that country), not the country."""
    if m is None or m.level != "country" or not _PARTNERS_BEFORE.search(text, max(0, m.start - 60), m.start):
        return m
    inc = _INCLUDING.match(text, m.end, b)
    if inc is None:
        return m
    nxt = next((x for x in ms if x.start >= inc.end() and x.key), None)
    if nxt is not None and nxt.start - inc.end() <= 4 and nxt.country == m.key and nxt.level != "country":
        return nxt
    return m


#: "the town's Chinese twin, Y", "Lyon's sister city, Y": a place's partner, named after the comma
_POSS_PARTNER_APPOSED = re.compile(r"(?:'s|’s|(?<=s)['’](?=\s))\s+(?:(?:oldest|newest|first|long-standing|longtime|Chinese|[A-Z][a-z]+)\s+)?"
                                   r"(?:twin|sister|partner|friendship)(?:\s+(?:city|town|province|region|county|"
                                   r"prefecture|state|municipality))?,\s+")


#: "Perth's sister city Nanjing", "Lyon's partner city of Y": the owner's partner named right after, no comma
_POSS_PARTNER_NAMED = re.compile(r"(?:'s|’s|(?<=s)['’](?=\s))\s+(?:(?:oldest|newest|first|long-standing|longtime|Chinese|"
                                 r"[A-Z][a-z]+)\s+)?(?:twin|sister|partner|friendship)\s+(?:city|town|province|region|county|"
                                 r"prefecture|state|municipality)\s+(?:of\s+)?")


def _apposed_partners(text: str, ms: list[ActorMention], m: Optional[ActorMention]) -> Optional[ActorMention]:
    """``from their Chinese partners, A and B``: the first place named in the apposition (of that country),
    not the country's adjective."""
    if m is not None and _SISTER_REF.fullmatch(m.surface):
        # "from its sister city, Shenyang": the partner the apposition names, not the page's partner
        named = next((x for x in ms if x.start >= m.end and x.key), None)
        if named is not None and named.level != "country" and _COMMA_GAP.fullmatch(text[m.end:named.start]):
            return named
        return m
    if m is not None and m.key and _POSS_PARTNER_APPOSED.match(text, m.end):
        # "from the town's Chinese twin, Y": the partner the apposition names, not the town that owns the tie
        at = _POSS_PARTNER_APPOSED.match(text, m.end).end()
        named = next((x for x in ms if x.start == at and x.key), None)
        if named is not None and named.level != "country" and named.country and named.country != m.country:
            return named
    if m is None or not _adjectival(text, m):
        return m
    nxt = next((x for x in ms if x.start >= m.end and x.key), None)
    if nxt is not None and nxt.country == m.key and nxt.level != "country" and nxt.start - m.end <= 40 \
            and _PARTNERS_APPOSED.fullmatch(text, m.end, nxt.start):
        return nxt
    return m


#: a passive gift verb with the goods right after it: its subject is the one given to
_GIVEN_GOODS = re.compile(r"\s+(?:\d|(?:a|an|some|about|around|roughly|approximately|almost|nearly|over|more\s+than|"
                          r"close\s+to|up\s+to|several|dozens|hundreds|thousands|tens|one|two|three|four|five|six|"
                          r"seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty)\b|"
                          # "was given protective supplies by X": the goods named bare
                          r"(?:[a-z-]+\s+){0,2}(?:supplies|masks|equipment|gear|goods|materials|gowns|gloves|"
                          r"ventilators|suits|aid)\b)")


#: "X[ in Country], Y's first sister city, received", "X, another partner city of Y, took delivery of": the
#: apposition naming the tie between the receiver and its giver
_TIE_APPOSITION = re.compile(r"(?:\s+in\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?,\s+(?P<app>[^,;:]{3,80}?"
                             r"\b(?:sister|partner|partnered|twin|twinned|paired|friendship)\b[^,;:]{0,40}),\s+(?:\w+\s+){0,2}$", re.I)


def _tied_in_apposition(text: str, ms: list[ActorMention], subj: ActorMention, t0: int) -> Optional[ActorMention]:
    """The place an apposition after the receiving subject ties it to, in another country: its giver."""
    # ("Kalisz, the Polish town twinned with Y,": the name was read with the apposition's demonym; it opens there)
    comma = text.find(",", subj.start, subj.end)
    m = _TIE_APPOSITION.match(text, subj.end if comma < 0 else comma, t0)
    if m is None or not subj.country:
        return None
    return next((x for x in ms if m.start("app") <= x.start < m.end("app") and x.key and x.level != "country"
                 and x.country and x.country != subj.country), None)


#: after a giver: "X, Y's sister city,", "X, a partner city of Y,", "X, twinned with Y,": the tie to its partner
_GIVER_TIE = re.compile(r",\s+(?P<app>(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?:sister|partner|twin|friendship)\s+"
                        r"(?:city|province|state|prefecture|region|town)\s+(?:of|to)\s+|twinned\s+with\s+)?[^,;:]{0,60}?)"
                        r"(?=,|\s+(?:landed|arrived|reached|touched)\b)")
_TIE_WORD = re.compile(r"\b(?:sister|partner|twin|twinned|friendship)\b", re.I)


def _giver_inside(frm: list, land: ActorMention) -> bool:
    """Whether every giver is a place below the country ``land`` (``X Province in China`` and ``China``)."""
    return bool(frm) and all(f is not None and f.key and f.level != "country" and f.country == land.key for f in frm)


def _giver_tie(text: str, ms: list[ActorMention], giver: ActorMention, b: int) -> Optional[ActorMention]:
    """The partner an apposition after the giver names (of another country than the giver's)."""
    m = _GIVER_TIE.match(text, giver.end, b)
    if m is None or not _TIE_WORD.search(m.group("app")) or not giver.country:
        return None
    return next((x for x in ms if m.start("app") <= x.start < m.end("app") and x.key and x.level != "country"
                 and x.country and x.country != giver.country), None)


#: a sentence opening on a country as its scene: "In Peru, ...", "Over in Chile, ..."
_SCENE_OPENER = re.compile(r"\W*(?:(?:Meanwhile|Elsewhere|Separately|Over),?\s+)?[Ii]n\s+(?:the\s+)?")


def _scene_country(text: str, ms: list[ActorMention], a: int, giver: ActorMention,
                   publisher: Optional[ActorMention]) -> list[ActorMention]:
    """``In Peru, a plane with masks from X landed ...``: the country the sentence opens on receives, where the
    page's place lies in another country (a place of the page's own country is left to the page)."""
    m = _SCENE_OPENER.match(text, a)
    land = next((x for x in ms if m is not None and x.start == m.end() and x.key), None)
    if land is None or not re.match(r"\s*,", text[land.end:land.end + 2]) or _country_code(land) == giver.country:
        return []
    if land.level == "country" and publisher is not None and publisher.country == land.key:
        return []  # the page's own country: its place is the page's
    return [land]  # "In Tottori, N masks sent by X were received by the prefectural government"


_POSSESSIVE_NEXT = re.compile(r"(?:'|’)s?\b")


def _passive_receivers(text: str, ms: list[ActorMention], subj: ActorMention, a: int, t0: int) -> list[ActorMention]:
    """The subject of "were sent N masks" with the names listed with it: ``A and B were sent ...``, ``A and B,
    X's sister provinces, were sent ...`` (not a possessor after the list, ``A and B, X's partners``)."""
    before = _list_before(text, ms, subj, a)
    if len(before) > 1:
        return before
    listed = [m for m in _list_from(text, ms, subj, t0) if m.start < t0]
    out = [subj]
    for m in listed[1:]:
        if _POSSESSIVE_NEXT.match(text, m.end) or m.level == "country" or m.key == subj.key:
            break
        out.append(m)
    return out


def _given_to_subject(text: str, a: int, verbs: list[TriggerEn]) -> Optional[TriggerEn]:
    """``X was sent 30,000 masks``, ``Y were given 5,000 gowns``: the double-object passive."""
    return next((t for t in verbs if t.direction == "out" and (
        (t.word.lower() in ("sent", "given", "donated", "gifted", "shipped", "presented", "handed")
         and _GIVEN_GOODS.match(text, t.end))
        # "N cities ... have been supplied with a combined 50,000 masks": the goods after "with"
        or (t.word.lower() in ("supplied", "provided", "furnished") and (w := _WITH_AFTER.match(text, t.end))
            and _GIVEN_GOODS.match(text, w.end() - 1)))
                 and _BE_BEFORE.search(text[max(a, t.start - 20):t.start])),
                None)


_EACH_OTHER = re.compile(r"\b(?:exchang\w*|each\s+other|one\s+another|mutual(?:ly)?)\b", re.I)
#: goods that reached a place from several others: "reached X from A, B and C", "Masks from A and B have arrived"
_ARRIVED_FROM = re.compile(r"\b(?:reached|arrived\s+(?:in|at)|landed\s+in|come\s+to|came\s+to)\s+[^.;]{0,40}?\bfrom\s+"
                           r"[A-Z]|\bfrom\s+[A-Z][^.;]{0,80}?\b(?:have|has|had)\s+(?:also\s+)?(?:reached|arrived)\b")
_PEOPLE_OF_AFTER = re.compile(r"(?:'s|’s|(?<=s)['’](?=\s))\s+(?:[a-z]+\s+)?(?:residents|people|citizens|inhabitants|population)\b")
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|which)\b[^,;.]*,")
#: "cities in China that have friendship ties with X": the receivers told by their tie to the giver
_TIED_WITH_BEFORE = re.compile(r"\b(?:that|which)\s+(?:have|has|had|maintain|keep)\s+(?:long\s+)?(?:[\w-]+\s+){0,2}?"
                               r"(?:ties|links|relations|bonds|partnerships?|agreements?)\s+with\s+$")
_WITH_AFTER = re.compile(r"\s+with\s+(?:a\s+(?:combined|total\s+of)\s+|(?:the|a)\s+)?")


_GERUND = re.compile(r"[a-z]+ing")


def _passive(text: str, a: int, t: TriggerEn) -> bool:
    """``were received``, ``was handed over``, ``donated by X``: the subject is the goods, not a party."""
    if t.word.lower().endswith("ing"):
        return False  # "is sending": progressive, active
    return bool(_BE_BEFORE.search(text[max(a, t.start - 20):t.start]) or _PASSIVE_AFTER.match(text[t.end:t.end + 8])
                and text[t.end:t.end + 4].strip().lower() == "by")


def _possessor(text: str, ms: list[ActorMention], a: int, t0: int) -> Optional[ActorMention]:
    """The place whose gift the clause is about: ``Shanghai's gift``, ``Nanjing's 30,000 masks`` (before the verb)."""
    for m in ms:
        if a <= m.start < t0 + 40 and _owns_gift(text, ms, m):
            return m
    return None


def _owns_gift(text: str, ms: list[ActorMention], m: ActorMention) -> bool:
    """``X's gift``, ``the X Friendship Society's 4,000 masks``: the place (or the body it opens) owns a gift."""
    if _POSSESSOR.match(text, m.end):
        return True
    body = _BODY_POSSESSOR.match(text, m.end)
    return body is not None and _ORG_WORD.search(body.group("body")) is not None \
        and not any(m.end < x.start < body.end("body") for x in ms)


_UNITS_OF = re.compile(r"\s+(?:[a-z]+\s+)?(?:cities|towns|counties|provinces|prefectures|regions|municipalities|"
                       r"states|districts|city|town|county|province|prefecture|region|municipality|state|district)"
                       r"\s+of\s+")
#: A body whose name holds a country's name ("<State> China Council", "<Region>-China Friendship Association").
_ORG_NAMED = re.compile(r"(?:-[A-Z]\w+)?\s+(?:[A-Z]\w+\s+){0,2}(?:Council|Society|Association|Foundation|Chamber|"
                        r"Institute|Cent(?:er|re)|Club|Committee|Alliance|Federation|Trust|Network)\b")
_SINCE_TOTAL = re.compile(r"\b(?:[Ss]ince|so far|to date|in all|combined)\b")
_COUNTERPART = re.compile(r"\s+(?:counterparts?|partner|hosts?|colleagues)\b")


def _counterpart(text: str, m: Optional[ActorMention], publisher: Optional[ActorMention],
                 partner: Optional[ActorMention]) -> Optional[ActorMention]:
    """``her Italian counterpart``, ``their Korean hosts``: the page's own place of that country (the
    page's place, else its partner), not the country."""
    if m is None or not _adjectival(text, m) or not _COUNTERPART.match(text, m.end):
        return m
    for place in (publisher, partner):
        if place is not None and place.key and place.country == m.key and place.level != "country":
            return replace(place, start=m.start, end=m.end, surface=m.surface)
    return m


#: "thanked the Chinese side": the nation's adjective and "side"
_NATION_SIDE = re.compile(r"\s+side\b(?!\s+(?:of|in)\b)")


def _side_named(text: str, m: Optional[ActorMention], state: dict) -> Optional[ActorMention]:
    """``The governor thanked the Chinese side``: thanks to "the X side" go to the page's partner of that country
    (else the giver told last, when of that country), not to the nation."""
    if m is None or m.level != "country" or not _adjectival(text, m) or not _NATION_SIDE.match(text, m.end):
        return m
    for place in (state.get("partner"), state.get("donor")):
        if place is not None and place.key and place.country == m.key and place.level != "country":
            return place
    return m


#: A state or province naming a university or hospital: ``University of X Hospital``, ``X State University``.
_INSTITUTION_BEFORE = re.compile(r"\b(?:University|College|Institute)\s+of\s+(?:the\s+)?$")
#: (not a state's or province's own health body: "Alberta Health Services", "the X Health Authority")
_INSTITUTION_AFTER = re.compile(r"\s+(?:State\s+)?(?:University|College|Health\b(?!\s+(?:Services|Authority|Department|"
                                r"Ministry|Commission|Board|Agency)\b)|Hospital|Medical|Clinic|Children's)")
_IN_PLACE = re.compile(r"[^.;:,]{0,60}?\s+in\s+(?:the\s+)?$")


#: a division's own office placed in its chief town: "arrived at the Prefectural Office in X", "the Provincial
#: Government building in X"
_DIVISION_OFFICE_IN = re.compile(r"\b(?:[Pp]refectural|[Pp]rovincial|[Ss]tate|[Rr]egional)\s+(?:[Gg]overnment\s+)?"
                                 r"(?:[Oo]ffices?|[Gg]overnment|[Cc]apitol|[Hh]all|[Bb]uilding|[Hh]eadquarters)"
                                 r"(?:\s+(?:complex|building|compound|offices?|headquarters))?\s+"
                                 r"in\s+(?:the\s+city\s+of\s+)?$")


def _division_seat(text: str, m: Optional[ActorMention], publisher: Optional[ActorMention],
                   ms: list[ActorMention] = ()) -> Optional[ActorMention]:
    """Goods that reached "the Prefectural Office in X" on a prefecture's page reached the prefecture, whose office
    stands in its chief town X (not the town's own government); so did goods that reached "the Y Provincial
    Government complex in X" with the province Y named before its office, on any page."""
    if m is None or m.level != "city":
        return m
    office = _DIVISION_OFFICE_IN.search(text, max(0, m.start - 60), m.start)
    if office is None:
        return m
    named = next((x for x in ms if x.key and x.level == "adm1" and x.country == m.country
                  and x.end <= office.start() and re.fullmatch(r"\s*", text[x.end:office.start()])), None)
    if named is not None:
        return replace(named, start=m.start, end=m.end, surface=m.surface)
    if publisher is None or publisher.level != "adm1" or not publisher.key or publisher.country != m.country:
        return m
    return replace(publisher, start=m.start, end=m.end, surface=m.surface)


def _institution_place(text: str, m: Optional[ActorMention], ms: list[ActorMention], b: int,
                       publisher: Optional[ActorMention]) -> Optional[ActorMention]:
    """A university or hospital named after its state or province (``University of X Hospital``,
    ``X Health & Science University``) stands in a city: the one named right after it (``... in Y``),
    else the page's own city in that state's country. The state is not the side."""
    if m is None or m.level != "adm1" or not (
            _INSTITUTION_BEFORE.search(text, max(0, m.start - 20), m.start) or _INSTITUTION_AFTER.match(text, m.end)):
        return m
    city = next((x for x in ms if x.start > m.end and x.key and x.level == "city" and x.country == m.country
                 and _IN_PLACE.fullmatch(text, m.end, x.start)), None)
    if city is None and publisher is not None and publisher.level == "city" and publisher.country == m.country:
        city = publisher
    return m if city is None else replace(city, start=m.start, end=m.end, surface=m.surface)


#: a nation's own office or officer ("the Minister of Health", "Foreign Affairs Secretary", "the Government of the
#: Republic of X", "the Kenyan Government"), and the city-level offices that keep a side at its city
_NATIONAL_OFFICE = re.compile(r"\b(?:Minist(?:er|ry|ers)|Cabinet\s+Secretary|(?:Foreign|Health)\s+(?:Affairs\s+)?Secretary|"
                              r"Government|Prime\s+Minister)\b")
_CITY_OFFICE = re.compile(r"\b(?:[Mm]ayor|[Gg]overnor|[Cc]ity|[Mm]unicipal|[Pp]rovinc|[Cc]ounty|[Cc]ouncil|[Pp]refect|[Ss]tate\b|"
                          r"[Dd]istrict|[Cc]onsul)")


_OFFICE_OF = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?(?:People's\s+Republic\s+of\s+|Republic\s+of\s+)?")


def _office_of(text: str, cue: re.Match, side: list) -> bool:
    """The national office named is the other side's (``the Chinese Government``, ``the Government of the
    People's Republic of China``): it says nothing of the page's own side."""
    for m in side:
        if 0 <= cue.start() - m.end <= 4:
            return True
        gap = _OFFICE_OF.match(text, cue.end())
        if gap is not None and gap.end() == m.start:
            return True
    return False


def _national_page_side(text: str, a: int, b: int, frm: list, to: list,
                        publisher: Optional[ActorMention]) -> tuple[list, list]:
    """A side left to the page's place (a city named only in its dateline) when the other side is a nation and
    the sentence speaks through national offices ("the Minister appealed to the Chinese Government", "supplies
    donated by the Government of China arrived"): the page's country, the level the text names, not its city."""
    if publisher is None or publisher.level == "country" or not publisher.country:
        return frm, to
    filled_from = len(frm) == 1 and frm[0] is publisher
    filled_to = len(to) == 1 and to[0] is publisher
    if filled_from == filled_to:
        return frm, to
    other = to if filled_from else frm
    if not other or not all(m is not None and m.level == "country" and m.key and m.key != publisher.country
                            for m in other):
        return frm, to
    if _CITY_OFFICE.search(text, a, b) or not any(not _office_of(text, c, other)
                                                 for c in _NATIONAL_OFFICE.finditer(text, a, b)):
        return frm, to
    nation = _as_country(publisher)
    return ([nation], to) if filled_from else (frm, [nation])


_WITH_BEFORE = re.compile(r"\bwith\b", re.I)
_WITH_BEFORE = re.compile(r"\bwith\b", re.I)
_WAYPOINT = re.compile(r"(?:'s|’s|(?<=s)['’](?=\s))?\s+(?:[A-Z][\w-]+\s+){0,2}(?:International\s+)?(?:Airport|Airfield|Air Base|airport|"
                       r"airfield|air base|cargo terminal|railway station|customs)\b")
_PAIR = re.compile(r"\b(?:the two|both)\s+(?:cities|sides|provinces|regions|partners|prefectures|states)\b", re.I)
_THE_COUNT = re.compile(r"\b(?:the|both|these|those|our|its|their)\s+$", re.I)
_FRONTED = re.compile(r"(?:In|With|Through)\s+(?:a|an|his|her|its|their|the)\s+[^,]{3,100}?,\s*")


def _last_pair(state: dict) -> Optional[list]:
    """The two sides of the gift told last, when it ran from one place to one place (what "the two cities"
    then names); None otherwise."""
    frm, to = state.get("last_gift") or ([], [])
    if len(frm) == 1 and len(to) == 1 and frm[0].key and to[0].key and frm[0].key != to[0].key:
        return [frm[0], to[0]]
    return None


#: what experts share in a meeting: a video call that tells one of these is a consultation whatever else it carries
_SHARED_MATTER = re.compile(r"\b(?:experiences?|lessons|expertise|know-how|notes|protocols?|treatments?|advice|"
                            r"practices?|measures|model|approach|tracing|testing|quarantine|patients?|cases)\b", re.I)


def _thanks_by_video(text: str, a: int, b: int, triggers: list) -> bool:
    """``X thanked Y's mayor in a video call``: the thanks come first and the call is only how they were
    said (a message, not a consultation), unless the sentence tells of experience shared."""
    said = next((t for t in triggers if t.type == "message"), None)
    met = next((t for t in triggers if t.type == "consultation"), None)
    return said is not None and met is not None and said.start < met.start \
        and re.match(r"thank|sympath|condol", said.word, re.I) is not None and not _SHARED_MATTER.search(text, a, b)


#: heads of places talking together; and the people whose talk is a consultation
_LEADERS_TALKED = re.compile(r"\b(?:[Mm]ayors?|[Gg]overnors?|[Pp]remiers?|[Mm]inister-[Pp]resident)\b[^.;]{0,120}?\b(?:spoke|talked|"
                             r"chatted|conversed|met)\s+(?:(?:again|online|virtually|briefly)\s+)?(?:in|on|by|over|via|during)\s+"
                             r"(?:a|an|the)?\s*(?:[\w-]+\s+){0,2}?(?:video\s*call|video\s*conference|phone\s*call|"
                             r"video\s+link|call|teleconference)\b")
_EXPERTS = re.compile(r"\b(?:doctors?|physicians?|experts?|specialists?|health|clinicians?|hospitals?|nurses?|medical|"
                      r"epidemiolog\w*|scientists?|virolog\w*|disease)\b", re.I)


def _leaders_call(text: str, a: int, b: int) -> bool:
    """``A's mayor and B's mayor spoke in a video call about the recovery of both cities``: heads of places
    talking, with no expert and nothing of care or control shared, exchange words (a message), not know-how."""
    return _LEADERS_TALKED.search(text, a, b) is not None and not _EXPERTS.search(text, a, b) \
        and not _SHARED_MATTER.search(text, a, b)


def _keyed(side: list) -> bool:
    return any(m is not None and m.key for m in side)


#: after a count of partners: the countries they lie in, or some of them named
_COUNTED_IN = re.compile(r"\s+(?:in|across|from)\s+(?:the\s+)?")
_COUNTED_AMONG = re.compile(r"(?:[^,.;]{0,40}?),?\s+(?:among them|including|such as|notably)\s+(?:the\s+)?")
_COUNTED_WITH = re.compile(r"(?:[^,.;]{0,40}?),?\s+with\s+(?:the\s+)?")
_AMONG_AFTER = re.compile(r"\s+(?:among|amongst)\b")
_FROM_COUNT = re.compile(r"\bfrom\s+(?:(?:some|about|around|more than|over|at least|nearly)\s+)?$", re.I)
_TO_COUNT = re.compile(r"\bto\s+(?:(?:some|about|around|more than|over|at least|nearly)\s+)?$", re.I)
_MORE_UNITS = re.compile(r"\s+(?:and|or)\s+(?:friendly\s+|sister\s+|partner\s+)?"
                         r"(?:cities|provinces|regions|states|prefectures|municipalities|counties)\b")
_COUNT_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


#: "Japan's Hyogo" / "South Korea's Jeju": a country's possessive before a listed place
_LAND_POSSESSIVE = re.compile(r"\s*(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*(?:'|’)s\s+$")


#: "Three towns of X, A, B and C, have sent ...": the verb right after the apposition gives (its subject the givers)
_APPOSED_GAVE = re.compile(r"(?:\s+[A-Z][\w-]*){0,4},\s*(?:(?:have|has|had)\s+)?(?:\w+ly\s+|together\s+)?(?:sent|donated|"
                           r"gave|given|shipped|delivered|provided|contributed|presented)\b")


def _counted_in_apposition(text: str, ms: list[ActorMention], n, t0: int) -> list[ActorMention]:
    """``Two sister regions of X, A and B, have been given ...``: the places set off by commas after the
    counted partners, before the verb, as many as counted; [] when they are not all named there."""
    head = text[n.end:t0]
    comma = head.find(",")
    if comma < 0 or comma > 80:
        return []
    c0 = n.end + comma + 1
    first = next((m for m in ms if c0 <= m.start < t0 and m.key and m.level != "country"), None)
    if first is None or not (text[c0:first.start].strip() == "" or _LAND_POSSESSIVE.fullmatch(text, c0, first.start)):
        return []
    named = _list_from(text, ms, first, t0)
    if len(named) != int(n.value) or not re.match(r"(?:\s+[A-Z][\w-]*){0,4},", text[named[-1].end:t0]):
        return []
    return named


#: acts told one by one with the partners listed
_ONE_EACH = re.compile(r"\b(?:respectively|separately|separate|each)\b", re.I)


#: the goods' purpose naming who is to share them: "to be shared between the regions of A and B", "to be
#: distributed among A, B and C"
_TO_BE_SHARED = re.compile(r",?\s+(?:to\s+be|for\s+the\s+(?:[\w-]+\s+)?(?:to|and))\s+(?:shared|split|divided|distributed)\s+"
                           r"(?:equally\s+|evenly\s+)?(?:between|among|by|to)\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:regions|"
                           r"provinces|cities|states|prefectures|towns|departments|counties)\s+of\s+)?", re.I)


#: where goods sent to a country were taken in: "to X, which were received in Y", "reached X and was taken in at Y"
_TAKEN_IN_AT = re.compile(r"(?:,\s+which|\s+and)\s+(?:was|were|had\s+been|have\s+been)\s+(?:received|taken\s+in|"
                          r"unloaded|handed\s+over)\s+(?:in|at)\s+(?:the\s+city\s+of\s+)?")


def _taken_in_at(text: str, ms: list[ActorMention], to: list, b: int) -> list:
    """``sent 5,000 masks to X, which were received in Y``: the country and the town of it that took them in."""
    land = to[0]
    at = _TAKEN_IN_AT.search(text, land.end, b)
    if at is None or at.start() - land.end > 40:
        return to
    town = next((m for m in ms if m.start == at.end() and m.key and m.level != "country"), None)
    if town is None or town.country != land.key:
        return to
    return [land, town]


#: the receivers of one gift told as the subject sharing it: "A in X and B in Y are sharing a shipment from Z"
_SHARING_VERB = re.compile(r"\s+(?:(?:are|were|have|had|will|now|also|jointly)\s+)*(?:been\s+|be\s+)?(?:sharing|shared|share|"
                           r"splitting|split)\s+(?:a|an|the|one|\d)", re.I)


def _sharing_subject(text: str, ms: list[ActorMention], to: list, a: int, b: int) -> list:
    """``Navarre in Spain and Alba County in Romania are sharing a single shipment from Gansu``: every place of the
    list that shares the gift receives it (one gift, several receivers)."""
    for i, m in enumerate(ms):
        if not (a <= m.start < b) or not m.key:
            continue
        if _SHARING_VERB.match(text, m.end) is None:
            continue
        last = m
        if m.level == "country" and i > 0 and _IN_COUNTRY_GAP.fullmatch(text, ms[i - 1].end, m.start):
            last = ms[i - 1]  # "... and B in Romania are sharing": the place, with its country
        group = [x for x in _list_before(text, ms, last, a) if x.level != "country"]
        told_here = any(a <= x.start < b and x.key == to[0].key for x in ms)
        if len(group) > 1 and (any(x.key == to[0].key for x in group) or not told_here):
            return group  # (a receiver carried over from an earlier gift gives way to the places sharing this one)
        return to
    return to


#: one gift of several givers (or to several receivers) told as such
_JOINT_CUE = re.compile(r"\b(?:jointly|together|between\s+them|(?:joint|single|combined)\s+(?:[\w-]+\s+)?(?:shipment|donation|consignment|gift|"
                        r"delivery|batch|package|cargo))\b", re.I)
#: "donated by A and B Province", "sent by the cities of A and B": one gift whose givers the passive lists
_BY_LIST = re.compile(r"\b(?:donated|given|sent|provided|presented|shipped|supplied|contributed|gifted|offered)\s+by\s+"
                      r"(?:the\s+)?(?:(?:city|cities|province|provinces)\s+of\s+)?[A-Z][^,.;()]{0,60}?\s+and\s+"
                      r"(?:the\s+|its\s+)?[A-Z]")
#: "A and its capital, B": a division and its capital city, acting together
_CAPITAL_GAP = re.compile(r",?\s+and\s+its\s+(?:provincial\s+|regional\s+)?capital(?:\s+city)?,?\s+")


#: "A and the cities of B and C": a list going on with a plural unit naming the next items
_UNITS_OF_GAP = re.compile(r",?\s+and\s+the\s+(?:cities|towns|provinces|prefectures|states|regions|counties)\s+of\s+")


def _sentence_end(text: str, b: int) -> int:
    """The end of the sentence a segment ending at ``b`` belongs to (a relative clause cut off as its own segment
    may tell how the act was done: "..., which pooled the supplies in a single consignment")."""
    stops = [x for x in (text.find(". ", b), text.find("\n", b)) if x != -1]
    return min(stops) if stops else len(text)


#: a nation's mission named as a giver beside a place ("the Chinese Consulate General in Y")
_ENVOY_BODY = re.compile(r"\b(?:Consulate|Embassy)\b")
#: "X Municipal (People's) Government and the ...": a place's government, then the next giver
_BODY_AND_GAP = re.compile(r"(?:\s+(?:Municipal|Provincial|City|Regional|Prefectural)(?:\s+People['’]s)?\s+Government)?"
                           r",?\s+and\s+(?:the\s+)?")


def _joint_group(text: str, ms: list[ActorMention], m: ActorMention, a: int, b: int) -> list[ActorMention]:
    """The list ``m`` belongs to within the sentence: names before and after it (``A, B and C``, ``the cities of
    A and B``, ``A and its capital, B``)."""
    group = _list_before(text, ms, m, a)
    prev = next((x for x in reversed(ms) if x.end <= group[0].start and x.start >= a), None)
    if prev is not None and prev.key and (_CAPITAL_GAP.fullmatch(text, prev.end, group[0].start)
                                          or _UNITS_OF_GAP.fullmatch(text, prev.end, group[0].start)):
        group.insert(0, prev)
    group += _list_from(text, ms, group[-1], b)[1:]
    nxt = next((x for x in ms if x.start >= group[-1].end and x.start < b), None)
    if nxt is not None and nxt.key and _CAPITAL_GAP.fullmatch(text, group[-1].end, nxt.start):
        group.append(nxt)
    elif nxt is not None and nxt.key and nxt.level == "country" and _ENVOY_BODY.search(nxt.surface) \
            and _BODY_AND_GAP.fullmatch(text, group[-1].end, nxt.start):
        group.append(nxt)  # "from the X Municipal Government and the Chinese Consulate General in Y": the nation too
    return [x for x in group if x.key and (x.level != "country" or _ENVOY_BODY.search(x.surface))]


def _joint_sides(text: str, ms: list[ActorMention], frm: list, to: list, a: int, b: int) -> tuple[list, list]:
    """``donated jointly by A and B``, ``A and its capital, B, together shipped``, ``the cities of A and B received
    a joint shipment``: one gift, every listed giver (receiver) on its side."""
    def group_of(side: list) -> Optional[list]:
        if len(side) != 1 or side[0] is None or not side[0].key or side[0].level == "country":
            return None
        own = next((x for x in ms if x.start == side[0].start and x.key == side[0].key and a <= x.start < b), None)
        if own is not None:
            group = _joint_group(text, ms, own, a, b)
            if len(group) > 1 and len({x.country for x in group}) == 1:
                return group
        return None

    givers = group_of(frm)
    if givers is not None:
        keys = {x.key for x in givers}
        rest = [x for x in to if x is None or x.key not in keys]
        if rest:
            # ("by A and its capital B arrived in C, B's sister city": B gave; the apposition names its tie)
            frm, to = givers, rest
    receivers = group_of(to)
    if receivers is not None:
        keys = {x.key for x in frm if x is not None}
        receivers = [x for x in receivers if x.key not in keys]
        if len(receivers) > 1:
            to = receivers
    return frm, to


#: "A and B have been sister cities since 2000", "A and B are twin towns": the tie of two places, told as a pair
_PAIR_TIE = re.compile(r"\s+and\s+(?:the\s+)?(?P<second>[A-Z][\w'’ -]{1,40}?)\s+(?:have\s+been|had\s+been|are|were|became|"
                       r"have\s+long\s+been)\s+(?:\w+\s+){0,2}?(?:sister|twin|twinned|partner|friendship)[\s-]+"
                       r"(?:cities|towns|regions|provinces|states|partners)\b")


def _tie_told_next(text: str, ms: list[ActorMention], frm: list, to: list, b: int) -> list:
    """``In Y, the capital's administration took delivery of masks from X. A and X have been sister cities
    since 2000.``: a gift told as reaching a country whose town the next sentence of the paragraph pairs with
    the giver went to that town."""
    land = to[0]
    givers = {m.key for m in frm if m is not None and m.key and m.level != "country"}
    if not givers:
        return to
    s0 = b - 1 if text[max(0, b - 1):b] == "." else _sentence_end(text, b)
    if text.startswith("\n", s0):
        return to
    s1 = _sentence_end(text, s0 + 1)
    for m in ms:
        if not (s0 < m.start < s1) or not m.key:
            continue
        tie = _PAIR_TIE.match(text, m.end)
        if tie is None or tie.end() > s1:
            continue
        other = next((x for x in ms if x.start == tie.start("second") and x.key), None)
        if other is None:
            continue
        pair = {m.key: m, other.key: other}
        town = next((x for k, x in pair.items() if k not in givers), None)
        if town is not None and len(pair) == 2 and givers & set(pair) and town.country == land.key \
                and town.level != "country":
            return [town]
    return to


def _shared_by(text: str, ms: list[ActorMention], to: list, b: int) -> list:
    """``reached Peru, to be shared between the regions of A and B``: the gift went to the places named to share
    it, of the country it reached, not to the country."""
    land = to[0]
    for sh in _TO_BE_SHARED.finditer(text, land.end, b):
        first = next((m for m in ms if m.start == sh.end() and m.key and m.level != "country"), None)
        if first is None:
            continue
        named = [m for m in _list_from(text, ms, first, b) if m.level != "country"]
        if len(named) > 1 and all(m.country == land.key for m in named):
            return named
    return to


#: "Including the Y shipment, the city has received ...": a gift told before, counted in the running total
_INCLUDING_GIFT = re.compile(r"\W*(?:Including|Counting|With)\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
                             r"\s+(?:shipment|gift|donation|batch|consignment|delivery|lot)s?,\s+")


def _counted_partners(text: str, ms: list[ActorMention], end: int, b: int,
                      of_countries: bool = False) -> list[ActorMention]:
    """The partners a total counts, named right after the count: ``14 cities in China, Japan and Korea``
    (the countries) or ``6 partners since April, among them X and Y`` (those named); a count of countries
    (``of_countries``) names countries after "including"."""
    later = [m for m in ms if end <= m.start < b and m.key]
    if not later:
        return []
    lead = None if of_countries else _COUNTED_IN.fullmatch(text, end, later[0].start)
    countries = lead is not None and later[0].level == "country"
    if lead is None:
        lead = _COUNTED_AMONG.fullmatch(text, end, later[0].start)
        if lead is None and _COUNTED_WITH.fullmatch(text, end, later[0].start):
            named = _list_from(text, ms, later[0], b)  # "..., with A and B among the latest"
            return named if named and _AMONG_AFTER.match(text, named[-1].end) else []
        if lead is None:
            return []
        countries = of_countries
    out = [later[0]]
    last_end = later[0].end
    for m in later[1:]:
        gap = text[last_end:m.start]
        if not countries and m.level == "country":
            if _IN_COUNTRY_GAP.fullmatch(gap) and _places_item(m, out[-1]):
                last_end = m.end  # "A in Japan and B in Malaysia": the country says where the item before lies
                continue
            if _adjectival(text, m) and _UNITS_OF.match(text, m.end) \
                    and re.fullmatch(r",?\s*(?:and\s+|or\s+)?the\s+", gap):
                continue  # "A and the Argentine province of B": the adjective places the next item
        if (m.level == "country") != countries or not (_COUNT_LIST_GAP.fullmatch(gap) or (
                not countries and m.start > last_end and _LIST_GAP.fullmatch(gap))):
            break
        out.append(m)
        last_end = m.end
    return out


_THE_PLACE_GOT = re.compile(r"\b[Tt]he\s+(?:city|province|prefecture|state|region|municipality)\s+(?:(?:has|had|also|"
                            r"then)\s+)*(?:received|got|took\s+delivery)\b")


#: after a count of givers: where they lie ("across the country", "nationwide", "in Japan")
_COUNTED_WHERE = re.compile(r"(?:\s+[a-z-]+){0,2}?\s+(?:(?P<home>(?:across|throughout|around|in)\s+the\s+country|"
                            r"nationwide)|(?:across|throughout|in)\s+(?:the\s+)?(?=[A-Z]))")


def _counted_subject(text: str, ms: list[ActorMention], a: int, t0: int, quantities: list,
                     publisher: Optional[ActorMention]) -> Optional[list]:
    """``As of May 2, 41 local governments across the country had sent ...``: the givers are counted, none
    named, as the subject of the act: their country (the page's for "across the country"), else nobody
    ([]); None where the count is not the subject."""
    n = next((q for q in quantities if q.kind == "partners" and a <= q.start < t0), None)
    if n is None or _FROM_COUNT.search(text, max(a, n.start - 30), n.start) \
            or _TO_COUNT.search(text, max(a, n.start - 30), n.start) \
            or any(m.key and m.level != "country" and a <= m.start < t0 for m in ms):
        return None
    head = text[a:n.start]
    if not re.fullmatch(r"\W*(?:(?:As\s+of|By|Since|Until|Through)\b[^,;]{0,40},\s*|In\s+all,\s*|So\s+far,\s*)?"
                        r"(?:a\s+total\s+of\s+|some\s+|about\s+|more\s+than\s+|over\s+|at\s+least\s+)?", head, re.I):
        return None
    where = _COUNTED_WHERE.match(text, n.end, t0)
    if where is not None and where.group("home") and publisher is not None and publisher.country:
        return [_country_at(publisher.country, n.start)]
    if where is not None and not where.group("home"):
        land = next((m for m in ms if m.start == where.end() and m.level == "country" and m.key), None)
        if land is not None:
            return [land]
    return []


#: a country as the subject that received or welcomed a team told after it
_TEAM_RECEIVED = re.compile(r"(?:[^,;]{0,80}?\b(?:receive|received|receives|welcome|welcomed|welcomes|host|hosted|hosts|"
                            # "X was helped by a 10-strong team ...", "X's team, 10 strong, ...": the team is X's
                            r"(?:was|were|is|are|has\s+been)\s+(?:helped|assisted|aided|supported|served)\s+by)\s+"
                            r"(?:a|an|the|its|another)\s+(?:[\w-]+\s+){0,3}|['’]s\s+(?:[\w-]+\s+){0,2})$")


#: a sentence opening on where its writer is: "From Galway in Ireland, ...", "Over in Kobe, ..."
_FROM_OPENER = re.compile(r"\W*(?:From|Over\s+in|Meanwhile\s+in|And\s+from)\s+(?:the\s+)?")
_OPENER_PLACE_END = re.compile(r"(?:\s+in\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?,\s")


def _counted_givers(text: str, a: int, counts: dict) -> bool:
    """``received N masks from 36 sister cities``: the count of partners is told as the givers (after "from")."""
    n = counts.get("partners")
    return n is not None and _FROM_COUNT.search(text, max(a, n.start - 30), n.start) is not None


def _sentence_lands(text: str, actors: list[ActorMention], a: int, b: int) -> list[ActorMention]:
    """The places named in the whole sentence that holds the segment ``a``..``b`` (a message's clause may be cut
    from the rest of its sentence: "said the lights were a gesture of solidarity, adding that ... China's")."""
    end = _SENT_END.search(text, b)
    s0, s1 = _sentence_start(text, a), (end.start() + 1 if end is not None else len(text))
    return [m for m in actors if s0 <= m.start < s1]


#: "In the city of X, N masks donated by Y were delivered ...": the sentence opens on the place the goods reached
_FRONTED_TOWN = re.compile(r"\W*In\s+(?:the\s+(?:city|town|village|prefecture|province|state|county|region)\s+of\s+)?")


_OWN_SHARE = re.compile(r"(?:'s|’s)\s+(?:allocation|allotment|share|portion|consignment|shipment|batch)\s*,\s+"
                        r"(?=(?:some\s+|about\s+|more\s+than\s+)?\d)")


def _fronted_town(text: str, ms: list[ActorMention], frm: list, to: list, a: int, b: int) -> list:
    """``In the city of X, N masks donated by its sister city of Y were delivered to City Hall``: a gift whose
    receiver the sentence leaves unnamed went to the place the sentence opens on (of another country than the
    giver's), not to the page's place or the receiver told before."""
    opener = _FRONTED_TOWN.match(text, a, b)
    town = None
    if opener is not None:
        town = next((m for m in ms if m.start == opener.end() and m.key and m.level != "country"), None)
        if town is not None and not re.match(r",\s+(?!(?:and|or|the\s+\w+\s+of)\b)", text[town.end:town.end + 12]):
            town = None
    if town is None:
        # "Y's allocation, N masks donated by X, landed in Z": the share's owner got it
        share = next((m for m in ms if a <= m.start < a + 4 and m.key and m.level != "country"
                      and _OWN_SHARE.match(text, m.end)), None)
        givers = {_country_code(x) for x in frm if x is not None and x.key}
        if share is not None and givers and share.country not in givers:
            return [share]  # (the town it landed in is where the share's owner took it in)
        return to
    givers = {_country_code(x) for x in frm if x is not None and x.key}
    if not givers or town.country in givers:
        return to
    named_after = {m.key for m in ms if m.start > town.end and m.key}
    if any(x is not None and x.key in named_after for x in to) or any(x is not None and x.key == town.key for x in to):
        return to
    return [town]


_THE_PLACE_WORD = re.compile(r"(?:the\s+)?(?:city|town|province|prefecture|municipality)$", re.I)


def _fronted_giver_town(text: str, ms: list[ActorMention], frm: list, to: list, a: int, b: int) -> list:
    """``In X, the capital of Y, N gloves were sent on Thursday to the city's sister city Z``: a gift
    whose giver the sentence leaves unnamed (passive, or only "the city") came from the place the sentence opens
    on, when its taker is of another country; "the city" there is X, not the page's place or the side that acted
    in the sentence before (the mirror of ``_fronted_town``, where the opener is the taker)."""
    opener = _FRONTED_TOWN.match(text, a, b)
    if opener is None:
        return frm
    town = next((m for m in ms if m.start == opener.end() and m.key and m.level != "country"), None)
    if town is None or not re.match(r",\s+(?!(?:and|or)\b)", text[town.end:town.end + 12]):
        return frm
    if any(f is not None and a <= f.start < b and not _THE_PLACE_WORD.fullmatch(f.surface.strip()) for f in frm):
        return frm  # (the giver is named in the sentence)
    takers = [x for x in to if x is not None and x.key]
    if not takers or any(x.key == town.key or _country_code(x) == town.country for x in takers):
        return frm
    if any(m.start > town.end and m.key and m.key != town.key and m.level != "country" and m.country == town.country
           and not _THE_PLACE_WORD.fullmatch(m.surface.strip()) and a <= m.start < b
           and not re.match(r",?\s+(?:the\s+)?(?:provincial\s+)?(?:capital|seat)\s+(?:city\s+)?of\s+(?:the\s+)?",
                            text[town.end:m.start]) for m in ms):
        return frm  # (another place of the town's country named in the sentence may be the giver)
    return [town]


#: "from 14 Chinese provinces and cities", "from eight Japanese partners": givers counted by their nation's adjective
_FROM_COUNTED_NATION = re.compile(r"\bfrom\s+(?:more\s+than\s+|over\s+|some\s+|about\s+)?(?:\d+|[a-z]+)\s+$")
_COUNTED_UNITS_AFTER = re.compile(r"\s+(?:(?:local\s+)?(?:provinces|cities|partners|prefectures|regions|states|"
                                  r"municipalities|towns|sister\s+cities|friendship\s+cities|partner\s+cities)\b)")


def _counted_nation_givers(text: str, ms: list[ActorMention], frm: list, to: list, a: int, b: int) -> list:
    """``X has received a total of N masks from 14 Chinese provinces and cities``: a total whose givers are
    counted by their nation's adjective comes from that nation."""
    for m in ms:
        if a <= m.start < b and m.level == "country" and m.key and _adjectival(text, m) \
                and _FROM_COUNTED_NATION.search(text, max(a, m.start - 30), m.start) \
                and _COUNTED_UNITS_AFTER.match(text, m.end) \
                and not any(x is not None and x.key and (x.key == m.key or x.country == m.key) for x in to):
            return [m]
    return frm


#: "X was among the first to help Y ..., donating N masks": the one helped, then the gift as a participle
_HELP_VERB = re.compile(r"\bto\s+(?:help|aid|support|assist)\s+(?:the\s+)?$")
_GIFT_PARTICIPLE = re.compile(r",\s+(?:by\s+)?(?:donating|sending|shipping|providing|supplying|delivering|giving)\s+"
                              r"(?:(?:some|about|more\s+than|over|nearly)\s+)?(?:\d|[a-z]+\s+(?:hundred|thousand|million))")


def _helped_then_gave(text: str, ms: list[ActorMention], frm: list, to: list, a: int, b: int) -> list:
    """``X was among the first countries to help Y in its fight against the virus, donating N masks``: the
    gift told by the participle went to the one helped (named in the sentence), not to a receiver told before."""
    if not frm or frm[0] is None or not frm[0].key:
        return to
    for m in ms:
        if not (a <= m.start < b and m.key and _HELP_VERB.search(text, max(a, m.start - 16), m.start)):
            continue
        if _country_code(m) == _country_code(frm[0]) or not _GIFT_PARTICIPLE.search(text, m.end, b):
            return to
        if any(x is not None and x.key and any(y.key == x.key and a <= y.start < b for y in ms) for x in to):
            return to  # (a receiver the sentence names itself stays)
        return [m]
    return to


def _other_side(frm: list, to: list, publisher: Optional[ActorMention],
                partner: Optional[ActorMention], ms: list[ActorMention] = (),
                lands: Optional[list[ActorMention]] = None, text: str = "") -> tuple[list, list]:
    """A message with one side named: the other is a place of another country named in the same sentence,
    else the page's place, or its partner when the page's place wrote."""
    def key(x):
        return x[0].key if x and x[0] is not None else None
    known = frm if key(frm) else to
    if key(known) and not (key(frm) and key(to)):
        named = {x.key for x in known if x is not None}
        # (not one of the side's own list: "letters came from the mayors of Lyon and Milan" are two writers)
        other = next((m for m in ms if m.key and m.level != "country" and m.country
                      and m.country != known[0].country and m.key not in named), None)
        if other is not None:
            return (frm, [other]) if key(frm) else ([other], to)
    if publisher is None:
        return frm, to
    if key(frm) and not key(to):
        # the page's place, unless the writer is of its country ("Italy's foreign minister wrote" on a Rome page)
        other = publisher if key(frm) != publisher.key and frm[0].country != publisher.country else partner
        around = list(ms) if lands is None else lands
        land = next((m for m in around if m.key and m.level == "country" and other is partner and partner is not None
                     and m.key == partner.country and m.key != frm[0].country and not _adjectival(text, m)), None)
        if land is not None and not any(m.key == partner.key for m in around):
            # "Mayor X said the lights were a gesture of solidarity ... valued China's handling of the crisis":
            # the sentence names the partner's country, not the partner; the country is addressed
            other = land
        if other is not None and other.key not in {x.key for x in frm if x is not None}:
            to = [other]
    elif key(to) and not key(frm):
        other = publisher if key(to) != publisher.key else partner
        if other is not None and other.key != key(to):
            frm = [other]
    return frm, to


_EACH_AFTER = re.compile(r"\s+(?:each|apiece)\b")
_EACH = re.compile(r"\b(?:each(?!\s+other)|apiece)\b", re.I)
_EACH_OF = re.compile(r"\beach of the\b|"
                      # "Each partner's share of 30,000 masks was shipped": the parties of the gift before
                      r"\beach\s+(?:partner|city|town|region|province|state|prefecture|country|side|recipient)(?:'|’)s\s+"
                      r"(?:share|portion|allocation|allotment|half)\b", re.I)


#: "A and B donated", "A, B and C have each sent", "A and B jointly shipped": the list names the subject, right
#: before its verb (nothing but auxiliaries and adverbs between)
_JOINT_SUBJECT = re.compile(r"\s*(?:(?:has|have|had|also|each|jointly|together|together\s+have|both|all|then|"
                            r"later|\w+ly)\s+){0,3}")
_EACH_BEFORE = re.compile(r"(?:\s+in\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?,?\s+(?:each|all)\s+(?:also\s+)?\w+")


_PLURAL_UNIT_AFTER = re.compile(r"\s+(?:provinces|prefectures|states|regions|cities|counties|oblasts|towns)\b")
#: an apposition told of every name of a list before it: ", both sister cities of X,", ", all partners of Y,"
_PLURAL_APPOSITION = re.compile(r",\s+(?:both|all|each|the\s+(?:two|three|four|five))\s+[^,;:]{3,80},")


def _joint_subject(text: str, ms: list[ActorMention], subj: ActorMention, a: int, t0: int) -> list[ActorMention]:
    """``A and B donated``, ``A, B as well as C jointly sent``: a list joined by "and" right before the verb is
    the subject; a name before a comma alone (``when ... in China, the prefecture sent``) is not in it."""
    end = _unit_end(text, ms, subj)
    units = _PLURAL_UNIT_AFTER.match(text, end, t0)
    if units is not None:
        end = units.end()  # "A and B provinces asked": the plural unit word after the list
    plural = _PLURAL_APPOSITION.match(text, end, t0)
    if plural is not None:
        end = plural.end()  # "A and B, both sister cities of X, sent": the apposition speaks of the whole list
    if not _JOINT_SUBJECT.fullmatch(text, end, t0):
        return [subj]
    names = _list_before(text, ms, subj, a)
    if len(names) < 2 or not re.search(r"\band\b|\bas\s+well\s+as\b", text[names[-2].end:subj.start]):
        return [subj]
    if _PREPOSITION_BEFORE.search(text, max(0, names[0].start - 24), names[0].start) \
            and not _UNITS_OF_SUBJECT.search(text[a:names[0].start]):
        return [subj]  # "cities with ties to A and B have sent": the list is a preposition's object, not the subject
    return names


def _unit_end(text: str, ms: list[ActorMention], m: ActorMention) -> int:
    """Where the name ``m`` ends with its own place and country: ``Governor A of X Province in Japan``."""
    end = m.end
    nxt = next((x for x in ms if x.start >= end), None)
    if nxt is not None and nxt.key and nxt.key == m.key and _OF_GAP.fullmatch(text, end, nxt.start):
        end = nxt.end
        nxt = next((x for x in ms if x.start >= end), None)
    if nxt is not None and nxt.level == "country" and m.level != "country" and m.country == nxt.key \
            and _IN_COUNTRY_GAP.fullmatch(text, end, nxt.start):
        end = nxt.end
    return end


#: "at Y's fire station", "at the Y city hall": where unnamed officials took the goods in, a building of Y
_AT_SITE = re.compile(r"\bat\s+(?:the\s+)?(?P<place>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})(?:'s|’s|(?<=s)['’](?=\s))?\s+(?:[a-z-]+\s+){0,2}"
                      r"(?:hall|building|station|headquarters|offices?|warehouse|cent(?:re|er)|depot|town\s+hall)\b")
#: "In March, the cities of A and B raised ...": a plural unit opening the clause names the listed places themselves
_UNITS_OF_SUBJECT = re.compile(r"(?:^|[,;:]\s*)(?:the\s+)?(?:(?:two|three|four|five|neighbou?ring|sister|twin|partner)\s+)*"
                               r"(?:cities|towns|provinces|prefectures|states|regions|counties|municipalities|"
                               r"councils)\s+of\s+(?:the\s+)?$", re.I)
_PREPOSITION_BEFORE = re.compile(r"\b(?:to|with|of|in|from|for|by|between|among|at|near|across)\s+(?:the\s+)?$", re.I)


def _list_before(text: str, ms: list[ActorMention], last: ActorMention, a: int) -> list[ActorMention]:
    """``last`` and the names listed before it (``A in Germany, B in France and last``), in order."""
    out = [last]
    idx = next((i for i, m in enumerate(ms) if m is last), None)
    if idx is None:
        return out
    cur, i = last.start, idx
    while i > 0:
        j = i - 1
        item, end = ms[j], ms[j].end
        if item.level == "country" and j > 0 and ms[j - 1].level != "country" \
                and _IN_COUNTRY_GAP.fullmatch(text[ms[j - 1].end:item.start]):
            j -= 1
            item = ms[j]  # "Bordeaux in France": the city, with its country
        if j > 0 and ms[j - 1].key and ms[j - 1].key == item.key and ms[j - 1].start >= a \
                and _OF_GAP.fullmatch(text, ms[j - 1].end, item.start):
            j -= 1
            item = ms[j]  # "Governor A of X in Japan": the titled person, with the place after "of"
        gap = text[end:cur]
        if item.start < a or not gap.strip() or not _LIST_GAP.fullmatch(gap) or item.key is None:
            break
        out.insert(0, item)
        cur, i = item.start, j
    return out


_PLACE_GOVERNMENT = re.compile(r"\s+(?:Municipal|Provincial)\s+People['’]s\s+Government\b")
_THANKS_WORD = re.compile(r"\b(?:thanks|thanked|gratitude|appreciation)\b", re.I)


def _thanks_for_own_government(text: str, s0: int, s1: int, ev: Event, actors: list[ActorMention]) -> None:
    """"<official> expressed thanks on behalf of the Municipal People's Government" on a page that names itself
    "<Place> Municipal People's Government" (its source or copyright line): the thanks go from that place to
    the other side the message was read with."""
    if not OWN_GOVERNMENT_BEHALF_EN.search(text, s0, s1) or not _THANKS_WORD.search(text, s0, s1):
        return
    own = {m.key: m for m in actors if m.key and m.level != "country" and _PLACE_GOVERNMENT.match(text, m.end)}
    if len(own) != 1:
        return
    home = next(iter(own.values()))
    other = [x for x in ev.from_ + ev.to if x.key and x.key != home.key
             and x.key.split("/")[0] != home.key.split("/")[0]]
    if not other:
        return
    ev.from_ = [_to_actor(home)]
    ev.to = other[:1]


#: "purchased from X" / "signed contracts for visors from X suppliers" / "placed an order ... from X": a sale
#: "posted on its account that <news>": a post whose content is a that-clause of fact
_POST_OF_NEWS = re.compile(r"(?<=posted on)\s+(?:its|their|his|her|the|an?|our)?\s*(?:official\s+)?[\w-]*\s*"
                           r"(?:account|page|website|site|feed|channel|blog)\s+that\b", re.I)
#: words that make a post a message: thanks, sympathy, support, good wishes
_FEELING_WORDS = re.compile(r"\b(?:thank|thanks|thanked|thankful|grateful|gratitude|appreciat\w*|sympath\w*|condolence\w*|"
                            r"solidarity|support\w*|encourag\w*|wish\w*|stay\s+strong|jiayou|hang\s+in\s+there)\b", re.I)
#: "are gathering gloves to (ship)": goods being gathered, the verb after "to" is their purpose
_GATHERING_TO = re.compile(r"\b(?:have|has|are|is|were|was)\s+(?:also\s+|now\s+|still\s+)?(?:been\s+)?"
                           r"(?:collecting|raising|gathering|buying|preparing|packing|stockpiling|sourcing)\b"
                           r"[^.;!?]{0,60}?\bto\s+$", re.I)
_BOUGHT_FROM = re.compile(r"\b(?:purchased|bought|procured|ordered)\s+from\s+|"
                          r"\b(?:placed|signed|made|awarded)\s+(?:an?\s+|new\s+|further\s+)?(?:orders?|contracts?|purchases?)\b"
                          r"[^.;!?]{0,100}?\bfrom\s+", re.I)


def _bought_from_giver(text: str, s0: int, s1: int, ev: Event, actors: list[ActorMention]) -> bool:
    """The goods were "purchased / bought from" the place read as the giver, or ordered from it ("signed contracts
    for gowns from suppliers in X"): a sale, not a gift."""
    m = _BOUGHT_FROM.search(text, s0, s1)
    if m is None or not ev.from_:
        return False
    keys = {x.key for x in ev.from_ if x.key}
    givers = [g for g in _actors_in(actors, s0, s1) if g.key in keys]
    return bool(givers) and all(m.end() <= g.start <= m.end() + 30 for g in givers)


_IN_LAND = re.compile(r"\s+in\s+(?:the\s+)?")


def _each_in_its_land(text: str, ev: Event, actors: list[ActorMention], s0: int, s1: int) -> bool:
    """The receivers are listed each with its own country after it ("to A in Japan, B in the Republic of Korea and
    C in Italy") and the sentence gives no figure to share: each partner got its own lot."""
    if len(ev.to) < 2 or ev.money or any(i.quantity for i in ev.items) or _SHARED_BETWEEN.search(text, s0, s1):
        return False
    ms = [m for m in _actors_in(actors, s0, s1) if m.key]
    lands = set()
    for x in ev.to:
        m = next((m for m in ms if m.key == x.key and m.level != "country"), None)
        if m is None:
            return False
        at = _IN_LAND.match(text, m.end)
        land = at and next((c for c in ms if c.start == at.end() and c.level == "country"), None)
        if not land or land.key != x.key.split("/")[0]:
            return False
        lands.add(land.key)
    return len(lands) > 1


def _distribute(events: list[Event], ev: Event) -> list[Event]:
    """``N apiece to X, Y and Z`` -> one gift of N to each; a total told before it for the same parties
    (``200,000 masks to X and Y`` ... ``100,000 for each``) is the same gift and gives way."""
    keys = {a.key for a in ev.to}
    each = {i.item: i.quantity for i in ev.items if i.quantity}
    out = []
    for e in events:
        told_total = (e.type == "donation" and {a.key for a in e.to} == keys
                      and {a.key for a in e.from_} == {a.key for a in ev.from_}
                      and any(i.quantity and each.get(i.item) == i.quantity / len(keys) or
                              (i.quantity and i.quantity / len(keys) in each.values()) for i in e.items))
        if not told_total:
            out.append(e)
    for actor in ev.to:
        out.append(ev.model_copy(update={"to": [actor]}, deep=True))
    return out


#: "received a request", "has since received requests for further help": the request came in, not went out.
_GOT_REQUEST = re.compile(r"\b(?:received|receives|got)\s+(?:(?:a|an|the|two|three|several|many|new|further|"
                          r"urgent|formal|written)\s+){0,2}$", re.I)


_GOT_ASKING = re.compile(r"\b(?:received|receives|receiving|got|gets)\s+(?:(?:a|an|the|two|three|several|many|new|further|"
                         r"urgent|formal|written|desperate|direct|personal)\s+){0,2}(?:requests?|appeals?|pleas?|calls?|"
                         r"petitions?|SOS|cry|cries)\b(?=[^.;:]{0,40}?\bfrom\b)", re.I)


#: a writing verb and the place written to: "wrote to Y", "had mailed a note to Y", "the letter X sent to Y"
_SENT_LETTER_TO = re.compile(r"\b(?:wrote|written|sent|addressed)\s+(?:(?:a|an|the|his|her|its|their)\s+"
                             r"(?:[\w-]+\s+){0,2}?(?:letters?|messages?|appeals?|e-?mails?|notes?)\s+)?to\s+"
                             r"(?:(?:the|its|their|his|her)\s+)?(?:(?:[\w-]+\s+)?(?:sister|partner|twin|friendship)[\s-]+"
                             r"(?:cit(?:y|ies)|towns?|provinces?|regions?|states?|prefectures?)\s+(?:of\s+)?)?$", re.I)
#: a place's partners named by it ("the city's sister cities"): they, not the place, are written to
_POSSESSED_PARTNERS = re.compile(r"(?:'s|’s|(?<=s)['’](?=\s))\s+(?:[\w-]+\s+)?(?:sister|partner|twin|friendship|friend)")
#: the ask that follows such a letter ("... asking for help", "... requesting gowns", "... to ask whether")
_ASK_AFTER_LETTER = frozenset({"asking for", "asking", "requesting", "to ask whether", "to ask if", "to ask about",
                               "to ask how", "asking whether"})


def _letter_asking(text: str, ms: list[ActorMention], a: int, triggers: list, state):
    """(askers, asked) of a request told as a letter written to a side and asking it for help (``X wrote to Y
    asking for masks``, ``she had written to Y asking for aid``, ``the letter X sent to Y on May 2, via Z,
    asking for gowns``): the place written to is asked, the writer (the subject of the writing verb;
    none named: the page's side, filled in later) asks; None where the ask follows no such letter."""
    for t in triggers:
        if t.type != "request" or t.word.lower() not in _ASK_AFTER_LETTER:
            continue
        written = [m for m in ms if a <= m.start < t.start and m.key and t.start - m.end <= 120
                   and not _POSSESSED_PARTNERS.match(text, m.end)  # ("wrote to the city's partners in X")
                   and _SENT_LETTER_TO.search(text, max(a, m.start - 60), m.start)]
        if not written:
            continue
        asked = written[-1]
        verb = _SENT_LETTER_TO.search(text, max(a, asked.start - 60), asked.start)
        writer = _subject(text, ms, a, verb.start(), state)
        # "wrote to A, B and C asking for ...": one letter to every partner listed
        listed = [m for m in _list_from(text, ms, asked, t.start) if m.key and m.level != "country"] or [asked]
        asked_all = listed if len(listed) > 1 and not _ONE_EACH.search(text, a, t.start) else [asked]
        if writer is not None and writer.key and writer.country != asked.country:
            return [writer], asked_all
        return [], asked_all
    return None


def _received_request(text: str, ms: list[ActorMention], a: int, b: int, rq: TriggerEn) -> list[ActorMention]:
    """The askers of a request told as received (``X received requests for video talks from Y and Z``): the
    places after its "from", listed; [] where the request is not told as received."""
    if rq.word.lower().startswith("request") and _GOT_REQUEST.search(text, max(a, rq.start - 40), rq.start):
        src = _after_word(text, ms, rq.end, b, "from")
    else:
        # "received an urgent appeal from officials in Y, asking ...", "got a plea from Y for help": any noun of
        # asking received, the asker after its "from"
        got = _GOT_ASKING.search(text, a, b)
        if got is None or got.start() > rq.start:
            return []
        src = _after_word(text, ms, got.end(), b, "from")
    if src is None or not src.key:
        return []
    return _list_from(text, ms, src, b)


#: a team named by its noun whose own verb, right after it (or after one apposition), tells a plan
_TEAM_TO_COME = re.compile(r"(?:,[^,;:.]{1,80},)?\s+(?:(?:is|are)\s+(?:now\s+|also\s+)?(?:expected|due|scheduled|slated|set|"
                           r"poised|about|going|to\s+(?:leave|depart|fly|travel))|will|would|plans?\s+to)\b")
#: teams told by their standing presence ("46 medical teams are currently stationed in 45 countries"): no dispatch
_TEAMS_STATIONED = re.compile(r"\s+(?:are|remain)\s+(?:currently\s+|now\s+|still\s+|permanently\s+)?(?:stationed|based)\b")
#: a nation's office as the asker, unnamed ("The Minister", "the Ministry of Health", "the President")
_NATIONAL_ASKER = re.compile(r"(?:^|[.;,]\s+|\b(?:that|and)\s+)(?:[Tt]he|[Ii]ts|[Oo]ur)\s+(?:(?:[A-Z][a-z]+|of|and)\s+){0,3}?"
                             r"(?:Minister|Ministry|President|Prime\s+Minister|Government|Cabinet|Permanent\s+Secretary)\b"
                             r"(?!\s+of\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:City|Province|State|Region|Prefecture|County))")
#: the side a help is asked for ("whether the province could help X", "to assist X with")
_HELPED_BEFORE = re.compile(r"\b(?:" + _HELP_VERBS + r"|supply)\s+(?:the\s+)?$")
#: a letter, a call or an appeal addressed to the (Chinese) mission, unnamed: it asks the mission's country
_MISSION_ADDRESSED = re.compile(r"\b(?:wrote|written|writing|writes|emailed|e-mailed|called|phoned|telephoned|contacted|"
                                r"appealed|turned|reached\s+out|approached|asked|petitioned|sought)\s+(?:to\s+)?"
                                r"(?P<mission>(?:the|its)\s+(?:Chinese\s+)?(?:[Cc]onsulate(?:\s+[Gg]eneral)?|[Ee]mbassy|"
                                r"[Cc]onsul(?:\s+[Gg]eneral)?|[Aa]mbassador))\b(?!\s+of\s+[A-Z])")


_TECO_NEXT = re.compile(r"\s+(?:Economic\s+and\s+Cultural|Representative)\s+(?:Representative\s+)?Office\b")


def _country_at(code: str, pos: int) -> ActorMention:
    """A country told by no name of its own (``the consulate``), placed at ``pos``."""
    from cityaid.resolve.gazetteer import gazetteer

    e = gazetteer().by_key.get(code)
    name = e.name_en if e and e.name_en else code
    return ActorMention(start=pos, end=pos, surface=name, key=code, level="country", country=code, name_en=name,
                        components=(code,))


def _as_country(m: ActorMention) -> ActorMention:
    """The country a place lies in, at the place's position (``Belgrade`` -> Serbia for a medical team)."""
    if m.level == "country" or not m.country:
        return m
    from cityaid.resolve.gazetteer import gazetteer

    e = gazetteer().by_key.get(m.country)
    return replace(m, key=m.country, level="country", name_en=e.name_en if e else m.country,
                   surface=e.name_en if e and e.name_en else m.surface, components=(m.country,))


def _to_actor(m: ActorMention) -> Actor:
    return Actor.model_construct(key=m.key, name=m.surface, level=m.level)  # (speed) our own strings: no re-validation


#: the asked side told as a province's office in its capital: "the provincial Foreign Affairs Office in Harbin",
#: "the Foreign Affairs Office in Harbin, asking whether the province could spare"
_PROVINCIAL_BEFORE = re.compile(r"\bprovincial\s+(?:[A-Z][\w'’-]*\s+){1,4}(?:in|at)\s+$")
_THE_PROVINCE_AFTER = re.compile(r"[^.;:]{0,80}?\b(?:the|its)\s+province\b")


def _province_office(text: str, actors: list[ActorMention], m: ActorMention, a: int, b: int) -> ActorMention:
    """A Chinese provincial capital asked, where the sentence says it is the province's office or the province
    that would answer, stands for the province (named elsewhere on the page)."""
    from cityaid.resolve.institutions import capitals

    province = next((p for p, c in capitals().items() if c == m.key), None)
    if province is None or not (_PROVINCIAL_BEFORE.search(text, max(a, m.start - 60), m.start)
                                or _THE_PROVINCE_AFTER.match(text, m.end, b)):
        return m
    return next((x for x in actors if x.key == province), m)


def _capital_of(text: str, m: ActorMention, ms: list[ActorMention]) -> ActorMention:
    """``Sapporo, capital of Japan's Hokkaido`` stands for Hokkaido -- unless the page keeps naming the capital
    more than its province (a page about Chengdu and its partner: "to Chengdu, the capital of Sichuan province"
    only says where Chengdu lies)."""
    tail = _CAPITAL_OF.match(text[m.end:m.end + 30])
    if tail:
        nxt = next((x for x in ms if x.start == m.end + tail.end()), None)
        if nxt is not None and nxt.level != "country":  # ("Minsk, capital of Belarus" stays Minsk)
            if _named_times(text, m.surface) > _named_times(text, nxt.surface.split(" ")[0]):
                return m
            return nxt
    return m


def _named_times(text: str, name: str) -> int:
    return len(re.findall(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text))


#: the partners in general as the subject ("..., its international sister cities have been sending ...")
_MANY_PARTNERS_SUBJECT = re.compile(r"(?:[^,;.]{0,100},\s+)?(?:its|their|our|the\s+city's|the\s+province's)\s+"
                                    r"(?:[\w-]+\s+){0,2}?(?:sister|partner|twin|friendship|friendly)\s+(?:cities|"
                                    r"provinces|states|regions|towns|prefectures|counties)\s+(?:have|had|has|were|are|"
                                    r"also|all)\b")
#: "Hubei's sister provinces had sent ...": the partners of a named place, as the plural subject of the gift
_OWNER_PARTNERS = re.compile(r"(?:'s|’s|(?<=s)['’](?=\s))\s+(?:[\w-]+\s+){0,2}?(?:sister|partner|twin|friendship|friendly)\s+(?:and\s+"
                             r"(?:sister|partner|twin|friendship|friendly)\s+)?(?:cities|provinces|states|regions|"
                             r"towns|prefectures|counties|partners)\s+"
                             # "X's sister cities and partners have donated": a second plural of givers joined on
                             r"(?:and\s+(?:other\s+)?(?:[\w-]+\s+)?(?:partners|friends|cities|regions|provinces)\s+)?"
                             r"(?:(?:have|had|has|also|all|together|jointly)\s+)*$")


def _owner_partners_gave(text: str, ms: list[ActorMention], a: int, t0: int) -> Optional[ActorMention]:
    """The place whose partners, many and unnamed, are the subject of the gift verb (``X's sister provinces
    had sent``): it is the receiver of their total (the gift verb is active and follows right after)."""
    for m in ms:
        if a <= m.start < t0 and m.key and m.level != "country" and _OWNER_PARTNERS.fullmatch(text, m.end, t0):
            return m
    return None


#: "Since Jan. 28, ...": a running total opened by the day it counts from; "from Chinese local governments": givers
#: many and unnamed, of one country
_SINCE_OPENER = re.compile(r"\W*Since\s+[^,;]{3,30}?,\s")
_MANY_GIVERS_LOOSE = re.compile(r"\b(?:by|from)\s+(?:[A-Z][a-z]+\s+)(?:[a-z]+\s+){0,2}(?:governments|cities|provinces|"
                                r"municipalities|partners|regions|companies|donors|organi[sz]ations)\b")


def _since_many_givers(text: str, a: int, b: int) -> bool:
    """``Since <day>, N masks have been received by X from Chinese local governments``: a total of many gifts."""
    return _SINCE_OPENER.match(text, a, b) is not None and _MANY_GIVERS_LOOSE.search(text, a, b) is not None


#: "has received N masks from Chinese provinces, cities and firms since ...": a tally of many givers' gifts
_HAS_RECEIVED = re.compile(r"\b(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+)?received\b")


def _received_since_many(text: str, a: int, b: int) -> bool:
    """``X has received N masks from Chinese cities and companies since March 9``: a running total of many gifts."""
    got = _HAS_RECEIVED.search(text, a, b)
    return got is not None and _MANY_GIVERS_LOOSE.search(text, got.end(), b) is not None \
        and re.search(r"\bsince\b", text[got.end():b]) is not None


#: "received N masks from overseas, including ...", "has received from private and foreign donors": gifts from many
#: givers told only as the world outside or a class of donors, a tally (never "from overseas Chinese in X")
_RECEIVED_FROM_ABROAD = re.compile(
    r"\breceived\b(?:[^.;]|\.(?=\d))*?\bfrom\s+(?:(?:overseas|abroad)(?=\s*(?:[,;:.)]|$|\s+(?:since|including|so\s+far|to\s+date|"
    r"over|during|between|in\s+(?:the\s+)?(?:past|last|first)|and)\b))|(?:(?:private|foreign|overseas|international)"
    r"(?:\s+and\s+|,\s*|\s+))+(?:donors|givers|well-wishers|sources|governments|cities|organi[sz]ations|companies)\b)", re.I)


def _received_from_abroad(text: str, a: int, b: int) -> bool:
    """``X received supplies worth N yuan from overseas`` / ``the gear the city has received from private and foreign
    donors since <day>``: a running total of many gifts, not one."""
    return _RECEIVED_FROM_ABROAD.search(text, a, b) is not None


#: "since the lockdown began on March 24", "since the curfew started on 2 April": where a tally starts
_SINCE_BEGAN = re.compile(r"\bsince\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}\s+(?:began|started|took\s+effect)\s+(?:on\s+)?$")


def _started_since(text: str, d, a: int) -> bool:
    return a <= d.start and _SINCE_BEGAN.search(text[max(a, d.start - 60):d.start]) is not None


#: "from well-wishers, including A, B and C" / "from eight cities and groups, among them A and B": every giver named
_FROM_INCLUDING = re.compile(r"\bfrom\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+(?:\s+since\s+(?:early\s+|mid-|late\s+)?[A-Z][a-z]+"
                             r"(?:\s+\d{1,2})?)?,?\s+(?:including|among\s+them|such\s+as)\s+")


def _givers_including(text: str, ms: list, frm: list, a: int, b: int) -> list:
    """``has received gear from donors, including A, the Chinese embassy and B``: the givers are all those named."""
    inc = _FROM_INCLUDING.search(text, a, b)
    if inc is None:
        return frm
    stop = re.compile(r"[;.!?]|,\s+(?:since|according|county|city|state|the\s+\w+\s+said|\w+\s+said|said|says)\b|\s+since\b")
    end = stop.search(text, inc.end(), b)
    end = end.start() if end is not None else b
    named = [m for m in ms if m is not None and m.key and inc.end() <= m.start < end
             and (not re.search(r"\b(?:in|of)\s+(?:the\s+)?$", text[max(a, m.start - 8):m.start])
                  or re.search(r"\b(?:sister|partner|friendship)\s+(?:cities|provinces|regions)\s+of\s+$",
                               text[max(a, m.start - 40):m.start]))]
    seen, out = set(), []
    for m in [g for g in frm if g is not None and g.key] + named:
        if m.key not in seen:
            seen.add(m.key)
            out.append(m)
    return out if out else frm


_PART_OF = re.compile(r"\b(\d+)\s+of\s+(?:its|their|the|our)\s+$")
#: "had received donations from 15 of its 26 sister cities", "has sent similar gifts to more than 20 of its sister
#: cities": gifts told as a count of givers or receivers
_GIFTS_NOUN = re.compile(r"\b(?:donations|gifts|aid|assistance|help)\s+(?:from|to)\b")


#: the receivers as a plural of partners in the countries named ("to partner regions in Japan and South Korea",
#: "to its sister cities across Europe")
_PARTNERS_IN_LANDS = re.compile(r"\bto\s+(?:its\s+|their\s+|the\s+)?(?:[A-Z]\w+\s+)?(?:sister|partner|twin|friendship|"
                                r"friendly)\s+(?:and\s+(?:sister|partner|twin|friendship|friendly)\s+)?(?:cities|regions|"
                                r"provinces|prefectures|states|towns|municipalities|counties)"
                                # ("to their sister provinces and cities in X": two plurals of partners)
                                r"(?:\s+and\s+(?:cities|regions|provinces|prefectures|states|towns|municipalities|counties))?"
                                r"\s+(?:in|across|around)\s+")


def _partners_counted(counts: dict) -> bool:
    return "partners" in counts or "countries" in counts


_SISTER_BEFORE = re.compile(r"(?:'s|’s|(?<=s)['’](?=\s))\s+(?:[\w-]+\s+)?(?:sister|partner|twin|friendship)\s+(?:city|state|province|"
                            r"prefecture|region|county|town)(?:\s+of)?,?\s+$", re.I)


def _partner_of_giver(text: str, ms: list[ActorMention], frm: list) -> Optional[ActorMention]:
    """``a gift from Iowa's sister state of Hebei``: the place whose partner the giver is named as."""
    for g in frm:
        if g is None:
            continue
        for m in ms:
            if m.key and m.end <= g.start and m.country and m.country != g.country \
                    and _SISTER_BEFORE.fullmatch(text, m.end, g.start):
                return m
    return None


def _many_acts(counts: dict) -> bool:
    """``has received four donations from A, B, C and D``: a count of acts with no figure of goods is a
    total claimed over them (an aggregate), even with every giver named."""
    n = counts.get("events")
    return n is not None and n.value >= 2


def _team_hands_goods(text: str, a: int, b: int, triggers: list[TriggerEn]) -> bool:
    """``the Henan medical team in X handed over 5,000 masks``, ``the team had donated 300 suits``: a team named as
    the subject of a gift verb with counted goods is the gift's carrier; the act told is the gift, not the
    team's coming (a team noun with no travel verb of its own, before the gift verb)."""
    team = next((t for t in triggers if t.type == "medical_team"), None)
    if team is None or " ... " in team.word or team.kind == "travel":
        return False
    verb = next((t for t in triggers if t.type == "donation" and t.start > team.end), None)
    if verb is None or any(t.type == "medical_team" and t.start > team.end for t in triggers):
        return False
    return any(q.kind == "goods" and q.start > verb.start for q in find_quantities_en(text, a, b))


#: "... and another 15,000 on April 6": a further lot of the same gift, its verb and sides understood
_ANOTHER_BEFORE = re.compile(r"\b(?:another|a\s+further)\s+$")
_FIGURE_AT = re.compile(r"\d")


#: a sentence after a total over counted partners that names some of them: "Among them were A and B",
#: "Recipients included ...", "Under the allocation, A and B received N apiece, ..."
_NAMES_PARTNERS = re.compile(r"\W*(?:Among\s+them|Among\s+the\s+(?:recipients|partners|cities)|(?:The\s+)?[Rr]ecipients|"
                             r"(?:They|These|Those)\s+include)|\b(?:allocation|breakdown|apiece)\b")
_LOCATOR_AFTER = re.compile(r"(?:,?\s+in|,)\s+(?:the\s+)?")
#: "..., Brisbane among them", "with A and B among the latest": the counted partners the clause names
_AMONG_THEM = re.compile(r"\s+(?:were\s+|are\s+)?among\s+(?:them|those|the\s+(?:latest|recipients|first|last|partners|cities))\b")


def _partners_named_after(text: str, sentences: list[tuple[int, int]], actors: list[ActorMention],
                          events: list[Event]) -> None:
    """A total to counted partners none named ("supplied more than 20 sister cities with ..."), followed in the
    next sentences by some of them named: the total's receivers are those named."""
    for ev in events:
        if ev.type != "aggregate" or not ev.partners_count or not ev.from_ \
                or any(x.level != "country" for x in ev.to):
            continue
        at = text.find(ev.evidence[:60])
        i = next((k for k, (a, b) in enumerate(sentences) if a <= at < b), None) if at >= 0 else None
        if i is None:
            continue
        givers = {x.key.split("/")[0] for x in ev.from_ if x.key}
        a, b = sentences[i]
        among = _AMONG_THEM.search(text, max(a, at), b)
        if among is not None and not ev.to:
            # "... to 57 sister cities across 40 countries, Brisbane among them": the ones the clause names
            lo = max(text.rfind(",", a, among.start()), text.rfind(";", a, among.start()), a)
            named = [m for m in actors if lo <= m.start < among.start() and m.key and m.country
                     and m.country not in givers]
            if named:
                ev.to = [_to_actor(m) for m in _unique(named)]
                continue
        for a, b in sentences[i + 1:i + 3]:
            if not _NAMES_PARTNERS.search(text, a, b):
                continue
            ms = [m for m in actors if a <= m.start < b and m.key and m.country and m.country not in givers]
            named = [m for m in ms if not (m.level == "country" and any(
                p.end < m.start and p.country == m.key and p.level != "country"
                and _LOCATOR_AFTER.fullmatch(text, p.end, m.start) for p in ms))]
            if ev.to:
                named = [m for m in named if m.country in {x.key for x in ev.to}]
            if len(_unique(named)) >= 2:
                ev.to = [_to_actor(m) for m in _unique(named)]
                break


#: "asked the central government", "appealed to the national authorities", "asked its own ministry": whom a place
#: asks is its own state, not a partner abroad
_ASKED_OWN_GOVERNMENT = re.compile(r"(?:\s+(?:for\s+help\s+)?(?:from|to|of))?\s+(?:(?:the|its|their|our)\s+(?:own\s+)?"
                                   r"(?:(?:central|national|federal|state|regional|provincial|prefectural)\s+)?"
                                   r"(?:government|authorities|ministry|cabinet|health\s+ministry|ministry\s+of\s+health)\b"
                                   # (a nation's own agencies by their acronyms: FEMA, the CDC, the NHS)
                                   r"|(?:the\s+)?(?-i:FEMA|CDC|NHS|HHS)\b)",
                                   re.I)

#: one meeting held ("held its first large-scale video conference"), whoever and however many took part
_ONE_MEETING = re.compile(r"\b(?:held|hosted|convened|organi[sz]ed|chaired|holds|hosts)\s+(?:a|an|its|their|the)\s+"
                          r"(?:[\w-]+\s+){0,3}?(?:video\s*conference|conference|meeting|call|teleconference|webinar|"
                          r"forum|seminar|summit|roundtable|symposium)\b(?!s)|\b(?:met|meets)\s+[^.;]{0,60}?\bby\s+video\b")
#: the meetings counted only as the means of a sharing verb: "shared their experience with X in two video calls"
_SHARED_IN_MEETINGS = re.compile(r"\b(?:shared|exchanged|passed\s+on|explained|described)\s+[^.;]{0,120}?\b(?:in|over|during|through|"
                                 r"via|across)\s+(?:two|three|four|five|several|a\s+few|a\s+couple\s+of|\d)\s*"
                                 r"(?:[\w-]+\s+){0,2}?(?:video\s*conferences|conferences|meetings|calls|teleconferences|"
                                 r"webinars|sessions|seminars)\b", re.I)
#: a giver told only as a firm of the place (no place named in the sentence)
_LOCAL_GIVER = re.compile(r"\blocal\s+(?:[\w-]+\s+)?(?:firms?|compan(?:y|ies)|business(?:es)?|manufacturers?|makers?|"
                          r"factor(?:y|ies)|enterprises?|suppliers?)\b", re.I)


def _town_told_before(actors: list[ActorMention], a: int, to: list[ActorMention]) -> Optional[ActorMention]:
    """The last town named before ``a`` (within a short paragraph's reach), of a country other than the receiver's."""
    countries = {m.country for m in to if m.country}
    before = [m for m in actors if m.end <= a and a - m.start <= 400]
    for m in reversed(before):
        if m.key and m.level != "country" and m.country and m.country not in countries and not _ANAPHOR.match(m.surface) \
                and not (m.level == "adm1" and any(p.end < m.start and p.country == m.country and p.level != "country"
                                                   and m.start - p.end <= 6 for p in before)):
            return m  # (not the state that only places a town: "Halle, in Saxony-Anhalt")
    return None


#: a letter's addressee that is an office dealing with the goods, not a side ("wrote to Customs", "wrote to the
#: tax office", "writes to the postal service"), or the writer's own body's people ("when we last wrote to members",
#: "wrote to our subscribers"): the trigger ends with "to", the office or the people follow
_TO_AN_OFFICE = re.compile(r"(?<=\bto)\s+(?:(?:the\s+)?(?:(?:U\.\s?S\.|US|federal|national|local|state|Chinese|"
                           r"[A-Z][a-z]+)\s+)?(?:[Cc]ustoms|tax\s+(?:office|authorit(?:y|ies))|IRS|postal\s+service|"
                           r"post\s+office|border\s+(?:agency|force|authorit(?:y|ies))|insurers?|shipping\s+company|"
                           r"courier|carrier|airline|freight\s+forwarder)|(?:all\s+)?(?:(?:our|its|their|the)\s+)?"
                           r"(?:members|membership|subscribers|readers|supporters|volunteers|donors))\b")


#: the goods' own giver, named after them: "30,000 masks donated by X", "on behalf of X"
_OWNER_AFTER_GOODS = r"(?:donated|given|gifted|provided|funded|paid\s+for|bought)\s+by|on\s+behalf\s+of"


#: ", one of the earliest shipments from X to Y" / ", among the first donations to reach China": a tail that ranks
#: the act among others of its kind; the places in it are the class, not the act's sides
_RANKED_AMONG = re.compile(r",\s+(?:one\s+of|among)\s+the\s+(?:very\s+)?(?:first|earliest|largest|biggest|"
                           r"most\s+generous|single\s+largest|latest)\s+(?:[\w-]+\s+){0,2}?(?:shipments|donations|"
                           r"gifts|consignments|deliveries|batches|contributions|offers)\b")

def _segment_event(clean, original, text, a, b, actors, quotes, dates, publisher, state,
                   only: Optional[str] = None, carried: Optional[TriggerEn] = None) -> Optional[Event]:
    if (rank := _RANKED_AMONG.search(text, a, b)) is not None:
        b = rank.start()  # ", one of the earliest shipments from a Japanese town to China": how it ranks, no side
    triggers = _live_triggers(text, a, b, quotes, only)
    shared = False
    if not triggers and carried is not None and (
            _TO_NAME.search(text, a, b) or (carried.direction == "in" and _FROM_NAME.search(text, a, b))
            or (_ANOTHER_BEFORE.search(text, max(0, a - 16), a) and _FIGURE_AT.match(text, a, b))):
        # "... 2,000 masks to X and 1,000 masks to Y", "received N from X and another M from Y": the second
        # gift shares the first one's verb
        triggers = [TriggerEn(a, a, carried.word, carried.type, carried.direction, carried.kind, carried.medium)]
        shared = True
    another = _ANOTHER_WENT.match(text, a, b) if carried is not None and carried.type == "donation" else None
    if another is not None and all(t.type == "donation" for t in triggers):
        # "..., while another 30,000 went to Y": the goods of the gift before reached Y, from the same giver
        triggers = [TriggerEn(another.start("verb"), another.end("verb"), another.group("verb"), "donation", "arrive",
                              carried.kind, carried.medium)]
        shared = True
    if not triggers:
        return None
    types = {t.type for t in triggers}
    if types == {"request"} and all(_ASKED_OWN_GOVERNMENT.match(text, t.end) for t in triggers):
        return None  # "has asked the central government for more masks": a place asking its own state, no partner
    leaders_talk = False
    if "request" in types:
        etype = "request"
    elif "medical_team" in types and not _team_hands_goods(text, a, b, triggers):
        etype = "medical_team"
    elif "consultation" in types and _leaders_call(text, a, b):
        etype, leaders_talk = "message", True
    elif "consultation" in types and not _thanks_by_video(text, a, b, triggers):
        etype = "consultation"
    elif "message" in types:
        etype = "message"
    else:
        etype = "donation"
    if etype == "message" and "message" in types \
            and all(t.type != "message" or _TO_AN_OFFICE.match(text, t.end) for t in triggers):
        return None  # "the city had to write to Customs confirming ...": paperwork with an office, no partner
    spoken_gift = quotes[triggers[0].start] and triggers[0].type == "donation"
    ms = [m for m in _actors_in(actors, a, b) if not quotes[m.start] or (spoken_gift and quotes[m.start])]
    ms = [m for m in ms if not _REPORTING.search(text[m.end:m.end + 12]) or m.start < triggers[0].start]
    head_rel = _relative_head(text, actors, a)[1]
    if head_rel is not None and "," not in text[head_rel.end():triggers[0].start]:
        # "Y, whose residents sent the city ...": "the city" is the main clause's side, not the page's place
        # (not "Y, which has long had ties with X, shipped masks to the province": the clause closed, no act in it)
        ms = [m for m in ms if not _ANAPHOR.match(m.surface)]
    quantities = [q for q in find_quantities_en(text, a, b) if not quotes[q.start] or spoken_gift]
    items = [ln for ln in itemize_en(text, a, b) if not quotes[ln.start] or spoken_gift]
    makers = [(x.start(), x.end()) for x in _MAKER_APPOSITION.finditer(text, a, b)]
    if makers and not any(ln.quantity for ln in items):
        blank = text
        for x0, x1 in makers:
            blank = blank[:x0] + "," + " " * (x1 - x0 - 2) + "," + blank[x1:]
        items = [ln for ln in itemize_en(blank, a, b) if not quotes[ln.start] or spoken_gift]
    if shared and not any(ln.quantity for ln in items) and state.get("last_items"):
        # "... 100,000 masks from X and another 50,000 from Y": the goods of the first gift, understood
        nums = [q for q in quantities if q.kind == "other"]
        if nums:
            items = [replace(state["last_items"][0], quantity=nums[0].value, start=nums[0].start)]
    if not shared and not any(ln.quantity for ln in items) and state.get("last_items") \
            and all(t.type == "donation" for t in triggers):
        # "..., and six other partners were given 5,000 each": a bare figure shared out, the goods of the gift
        # told just before
        nums = [q for q in quantities if q.kind == "other" and _EACH_AFTER.match(text, q.end)]
        if nums:
            items = [replace(state["last_items"][0], quantity=nums[0].value, start=nums[0].start)]
    money = [q for q in quantities if q.kind == "money"]
    counts = {q.kind: q for q in quantities if q.kind in ("partners", "countries", "events")
              and not (_THE_COUNT.search(text[max(a, q.start - 8):q.start]) and q.value < 5)}
    # ("the two cities" names a pair told before; "its 37 sister cities" counts them all)
    for q in quantities:  # "from 15 of its 26 sister cities": 15 partners, out of all it has
        part = _PART_OF.search(text, max(a, q.start - 16), q.start) if q.kind in ("partners", "countries") else None
        if part is not None and (q.kind not in counts or counts[q.kind] is q):
            counts[q.kind] = replace(q, value=float(part.group(1)), start=part.start(), text=part.group())
    first = triggers[0]
    frm: list[ActorMention] = []
    to: list[ActorMention] = []
    asked: Optional[ActorMention] = None  # the one a received request was made to
    got_subj: Optional[ActorMention] = None  # the subject of a receipt ("X had received N masks from Y")
    across = _UNITS_ACROSS.match(text, a)
    if across is not None and etype == "donation" and ("partners" in counts or "countries" in counts):
        # "Cities across the province have donated supplies to more than 100 sister cities": a total of the
        # province's own cities, given by the province the page speaks of
        home = next((m for m in ms if across.start("ref") <= m.start < across.end()), None) or state["donor"]
        if home is not None:
            frm = [home]
    elif etype == "donation" and _GENERIC_SUBJECT.match(text, a) and not any(ln.quantity for ln in items):
        return None  # "Several friendship bodies in China have sent masks to ...": a lead about many, no fact
    if etype in ("donation", "message") and _MANY_PARTNERS_SUBJECT.match(text, a) \
            and not any(ln.quantity for ln in items) and not money and not counts:
        return None  # "As X battles the virus, its sister cities have been sending masks and messages": a lead
    if etype == "donation":
        if not any(ln.quantity for ln in items) and not money and not (counts and items) \
                and not _many_acts(counts) and not (_partners_counted(counts) and _GIFTS_NOUN.search(text, a, b)):
            if not items and any(t.direction in ("out", "in", "arrive") for t in triggers) \
                    and (_GENERIC_GOODS.search(text, first.end, b) or _HAD_GENERIC.search(text, a, first.start)) \
                    and len({m.key for m in ms if m.key}) >= 2:
                items = [_Unquantified()]  # "took delivery of equipment from X, its sister city": a gift, untold
            if not items or not any(t.direction in ("out", "in", "arrive") for t in triggers):
                return None
        src = _apposed_partners(text, ms, _after(text, ms, a, "by|from", limit=b - a))
        plea = _PLEA_FROM.search(text, max(a, src.start - 60), src.start) if src is not None else None
        if plea is not None:
            # "answered / heeded / responded to an appeal from Y by sending ...": Y asked, the subject gave
            asker = src
            src = _after(text, ms, src.end, "by|from", limit=max(0, b - src.end)) or next(
                (m for m in ms if a <= m.start < plea.start() and m.key and m.key != asker.key), None)
        donor = state["donor"]
        if src is not None and src.level == "country" and donor is not None and donor.country == src.key \
                and donor.level != "country" and _TRAVEL_FROM.search(text, max(a, src.start - 30), src.start):
            src = donor  # "the consignment took off from the U.S.": the giver named before, in that country
        verbs = [t for t in triggers if t.direction in ("out", "in", "arrive")]
        if src is not None and _after(text, ms, a, "from", limit=b - a) is src and any(
                t.direction == "out" and _passive(text, a, t) and t.end <= src.start for t in verbs):
            # "masks were airlifted from Shenyang to Toyama by the Liaoning government": the place they left
            # is no giver where the passive names its agent after
            agent = _after(text, ms, src.end, "by", limit=b - src.end)
            if agent is not None and agent.key and agent.key != src.key:
                src = agent
        active = next((t for t in verbs if t.direction == "out" and not _passive(text, a, t)
                       and (not _PASSIVE_AFTER.match(text[t.end:t.end + 8]) or t.kind == "return"
                            or (_TIME_AFTER.match(text, t.end) and any(
                                m.key and _REL_SUBJ_GAP.fullmatch(text, m.end, t.start) for m in ms)))), None)
        rel_giver = None
        if active is None:
            # "a gift of N masks that X's Y District sent to Z": the relative clause names its own subject, the giver
            active, rel_giver = next(((t, m) for t in verbs for m in ms if t.direction == "out" and m.key
                                      and not _passive(text, a, t) and _REL_THAT.search(text, max(a, m.start - 12), m.start)
                                      and _REL_SUBJ_GAP.fullmatch(text, m.end, t.start)), (None, None))
        recv = next((t for t in verbs if t.direction == "in"), None)
        owner = _possessor(text, ms, a, first.start)
        if recv is not None and active is not None and active.start < recv.start:
            recv = None  # "X sent 5,000 masks to Y, which were received in Z": the active verb tells it
        given = _given_to_subject(text, a, verbs)
        if recv is not None and given is not None and given.start < recv.start:
            recv = None  # "X was sent 5,000 masks, which were received by its health office": the first verb
        if recv is not None and _passive(text, a, recv):
            # "40,000 masks donated by Suzhou were received (by the council)": the giver after by/from
            by = _after_word(text, ms, recv.end, b, "by")
            by = _on_behalf(text, ms, recv.end, b) or by
            if by is None:
                by = _after(text, ms, recv.end, "in|at", limit=40)  # "N masks ... were received in Wuhan"
            to = [by] if by is not None else []
            if by is not None and by.key and _BY_BEFORE.search(text, max(a, by.start - 8), by.start):
                to = _list_from(text, ms, by, b)  # "were received by X and Y Province": both receivers
            if src is by:  # "N masks were received by X from Y": the giver after "from"
                src = _after(text, ms, by.end, "from") if by is not None else None
            frm = [src] if src is not None and (by is None or src is not by) else ([owner] if owner else [])
        elif recv is not None:
            subj = _subject(text, ms, a, recv.start, state)
            if shared and subj is None and state.get("last_gift") is not None:
                to = list(state["last_gift"][1])  # "... and another 50,000 from Y": the same receiver
            if subj:
                to = _list_before(text, ms, subj, a) if _EACH.search(text, subj.end, b) \
                    else [m for m in _joint_subject(text, ms, subj, a, recv.start)
                          if m.level != "country" or m is subj]  # "A and B received N masks": both receivers
                got_subj = subj
            behalf = _on_behalf(text, ms, recv.end, b)
            agent = _after_word(text, ms, recv.end, b, "by")
            for_giver = behalf is not None and agent is not None and agent.start < behalf.start and agent.key \
                and agent.country == behalf.country and (subj is None or subj.country != behalf.country)
            if behalf is not None and not for_giver:
                to = [behalf]
            site = _AT_SITE.search(text, recv.end, b) if subj is None and behalf is None else None
            if site is not None:
                # "officials took in N masks from X at Y's city hall": unnamed receivers at a building of Y
                to = [m for m in ms if m.start == site.start("place") and m.key][:1] or to
            src = _after(text, ms, recv.end, "from") or _after_word(text, ms, recv.end, b, "by") or src
            if for_giver:
                src = behalf  # "was offered N masks by the consul general on behalf of X": X gave, the envoy handed
            if src is not None and subj is not None and _SISTER_REF.fullmatch(src.surface):
                # "X, which is twinned with Y, received N masks from its partner city": the partner the clause
                # names, not the page's
                src = _tied_in_apposition(text, ms, subj, recv.start) or src
            owner_of_tie = src if src is not None and src.key and _POSS_PARTNER_NAMED.match(text, src.end) else None
            src = _apposed_partners(text, ms, src)
            if owner_of_tie is not None and src is owner_of_tie:
                # "accepted masks donated by Perth's sister city Nanjing": the partner named, not its owner
                at = _POSS_PARTNER_NAMED.match(text, owner_of_tie.end).end()
                named = next((x for x in ms if x.start == at and x.key and x.level != "country"), None)
                if named is not None and named.country != owner_of_tie.country:
                    src = named
                    if not to or all(x is None or not x.key for x in to):
                        to = [owner_of_tie]  # (no receiver named: the place that owns the tie took them)
            if src is not None and src.level == "country":
                # "X received a present from Japan: the Japanese city of Y's shipment of N masks ...": the place
                # of that country whose gift the sentence names
                src = next((m for m in ms if recv.end <= m.start < b and m.key and m.level != "country"
                            and m.country == src.key and _owns_gift(text, ms, m)), src)
            if src:
                frm = _list_from(text, ms, src, b)
            elif owner is not None and owner is not subj:
                frm = [owner]
            elif subj is not None and (tie := _tied_in_apposition(text, ms, subj, recv.start)) is not None:
                frm = [tie]  # "X, Y's oldest sister city, took delivery of 50,000 masks": from Y
        elif _given_to_subject(text, a, verbs) is not None and _subject(text, ms, a, first.start, state) is not None:
            # "Sasebo, Xiamen's friendship city, was sent 30,000 masks": the subject received them
            to = _passive_receivers(text, ms, _subject(text, ms, a, first.start, state), a, first.start)
            frm = [src] if src is not None else ([owner] if owner is not None and owner is not to[0] else [])
            got_subj = to[0] if len(to) == 1 else None  # "X was given masks by Y; now it has sent ...": "it" is X
            tied = _TIED_WITH_BEFORE.search(text, max(a, to[0].start - 60), to[0].start) if len(to) == 1 else None
            land = next((m for m in ms if tied is not None and a <= m.start < tied.start() and m.level == "country"
                         and m.key and m.key != to[0].country), None)
            if not frm and land is not None:
                # "Eight cities in China that have ties with X were supplied with ...": X gave to that country's
                # cities, named by the land they lie in
                frm, to = to, [land]
            tie = _tied_in_apposition(text, ms, to[-1], first.start)
            if tie is not None and (not frm or (_ANAPHOR.fullmatch(text[frm[0].start:frm[0].end].strip())
                                                 and frm[0].country != tie.country)):
                # "X, Y's oldest sister state, was sent 90,000 masks": from Y (also where "by the
                # prefecture" takes it up)
                frm = [tie]
        else:
            subj = rel_giver or _subject(text, ms, a, (active or first).start, state)
            rel_passive = next((t for t in verbs if t.direction == "out" and _REL_PASSIVE.search(text, a, t.start)
                                and not _BY_AFTER.match(text, t.end)), None)
            if active is None and rel_passive is not None and subj is not None and not src and owner is None:
                # "X raised $5,000 and bought gloves that were mailed to Y": the goods are X's object
                active = rel_passive
            if active is not None and subj is not None and src is not None and src.key and src.start > active.end \
                    and (not subj.key or (_MISSION_NAME.search(text, subj.start, subj.end) is not None
                                          and src.key != subj.key and _after(text, ms, a, "from", limit=b - a) is src
                                          and not _NEXT_ACT.search(text, active.end, src.start))):
                # "the Chinese Consulate General handed over 60,000 masks from X to Y": the mission carries X's gift
                frm = [src]  # "Consul General X handed over masks donated by Y": the giver, not the go-between
            elif active is not None and subj is not None and (not _BY_BEFORE.search(text[a:active.start])
                                                               or _GERUND.fullmatch(active.word)):
                # ("X returned the favour by sending ...": "by" before a gerund tells how X acted, no agent)
                # "A, B and C each sent ...": every name of the subject's list
                frm = _list_before(text, ms, subj, a) if _EACH.match(text, subj.end, active.start) \
                    or _EACH_BEFORE.match(text, subj.end) or _BETWEEN_THEM.search(text, subj.end, active.start) \
                    else _joint_subject(text, ms, subj, a, active.start)
            elif src and owner is not None and owner.key and owner.level != "country" and src.level == "country" \
                    and owner.country == src.key and owner.start < src.start:
                # "X's own shipment to Y ... was the first to arrive from Germany": the place that owns the gift,
                # not the land it came from
                frm = [owner]
            elif src:
                # "Boxes of masks reached X from A, B and C": each place listed after "from" sent its own
                frm = _list_from(text, ms, src, b) if active is None and _ARRIVED_FROM.search(text, a, b) \
                    and not _BETWEEN_THEM.search(text, a, b) else [src]
                if len(frm) == 1 and _JOINT_GIFT.search(text, a, src.start):
                    # "A joint shipment of N masks from A and B landed": one gift, its givers together
                    frm = _list_from(text, ms, src, b)
            elif owner is not None:
                frm = [owner]  # "Nanjing's 30,000 masks reached Windhoek", "Shanghai's gift ... was handed over"
            left_from = None
            if not frm:
                # "a freight train with N gloves left X, capital of ..., on Monday for Y": no giver named, the place
                # the goods left is theirs (a stop of its own country on the way is not: see below)
                left_from = next((m for t in verbs if t.direction == "arrive" for m in ms
                                  if t.start < m.start < t.end and m.key and m.level != "country"
                                  and _LEFT_PLACE.search(text, max(a, m.start - 24), m.start)), None)
                if left_from is not None:
                    frm = [left_from]
            dest = None
            by_to = next((t for t in verbs if t.direction == "out" and text[t.end:t.end + 4].strip().lower() == "by"), None)
            if by_to is not None:
                # "N masks donated by X to Y landed in Britain": the gift's own recipient before where it landed
                giver = _after_word(text, ms, by_to.end, b, "by")
                dest = next((m for m in ms if giver is not None and m.start > giver.end and m.key
                             and re.fullmatch(r"\s+to\s+(?:the\s+)?(?:[a-z]+\s+){0,2}", text[giver.end:m.start])), None)
            final = _FINAL_DEST.search(text, a, b)
            if dest is None and final is not None:
                # "landed in Paris on Monday, bound for Rouen": where the goods are going, not where they stopped
                dest = next((m for m in ms if m.start >= final.end() and m.key and m.start - final.end() <= 48), None)
            for t in verbs:
                if dest is not None:
                    break
                if t.direction == "arrive":
                    dest = next((m for m in ms if m.start >= t.end and (m.start - t.end <= 6 or _REACHED_WHOM.fullmatch(
                        text, t.end, m.start))), None) if t.word.lower().startswith("reach") else _after(text, ms, t.end, "in|at|into|to|for|outside|near")
                if dest is not None and _WAYPOINT.match(text, dest.end):
                    dest = None  # "landed at Oakland International Airport": a stop on the way, not who got it
                if dest is not None and publisher is not None and publisher.key and dest.key != publisher.key \
                        and dest.level != "country" and dest.country == publisher.country \
                        and any(f is not None and _OUR_PARTNER.match(f.surface) for f in frm):
                    # "a shipment from our partner city landed in Munich" on Augsburg's page: the speaker's own
                    # place got it; the town of its own country it landed in is only where it came down
                    dest = publisher
                if dest:
                    break
            got = next((t for t in verbs if t.direction == "arrive" and _GOODS_THAT.search(text, max(a, t.start - 16), t.start)),
                       None) if dest is None else None
            if got is not None:
                # "X city officials pose with N masks that arrived from Y": the people of the place who handle the
                # goods took them in (the goods' own clause names no place they reached)
                holder = next((m for m in ms if a <= m.start < got.start and m.key and m.level != "country"
                               and _PLACE_PEOPLE_HANDLE.match(text, m.end)), None)
                if holder is not None and all(f is None or f.key != holder.key for f in frm):
                    dest = holder
            shared_by = _SHARED_BETWEEN.search(text, a, b)
            if dest is None and shared_by is not None:
                # "N suits to be shared between X in Spain and Y": the places that share them
                dest = next((m for m in ms if m.start >= shared_by.end() and m.key), None)
            if dest is None and active is not None:
                # "Maryland sent Anhui 20,000 masks": the recipient right after the verb
                dest = next((m for m in ms if 0 < m.start - active.end <= 2 and m.key), None)
            if dest is None:
                dest = _after(text, ms, first.start, "to|for", limit=120)
            if dest is None:
                # "X had its own delivery of N masks from Y arrive": the subject of "had" got them
                bare = next((t for t in verbs if t.direction == "arrive" and t.word.lower() in _BARE_ARRIVAL), None)
                had = _subject(text, ms, a, bare.start, state) if bare is not None else None
                if had is not None and had.key and _HAD_GOODS.search(text, had.end, bare.start) \
                        and all(f is None or f.key != had.key for f in frm):
                    dest = had
            if dest is None:
                # "supplies donated by X, including <a long list>, were handed over to Y": the recipient of the
                # later verb, however long the gift's noun phrase between
                dest = next((d for d in (_after(text, ms, t.end, "to", limit=40) for t in verbs
                                         if t.direction == "out" and t.start > first.start) if d is not None), None)
            if dest is not None and _adjectival(text, dest) and _UNITS_OF.match(text, dest.end):
                # "to the Romanian towns of A, B and C": the places listed, not the country's adjective
                dest = next((m for m in ms if m.start > dest.end and m.key), dest)
            if dest is not None and dest.level == "country" and _giver_inside(frm, dest):
                # "N gowns arrived from X Province in China", "a gift from X, Y's twin city in China, is on its
                # way": the country places the giver; it is not where the goods went
                dest = None
            dest = _apposed_partners(text, ms, dest)  # "to its Chinese partners, A and B"
            dest = _partners_included(text, ms, dest, b)  # "to sister regions in Korea, including A and B"
            if dest is not None:
                to = _list_from(text, ms, _capital_of(text, dest, ms), b)
                to = [_capital_of(text, m, ms) for m in to]
            elif shared and _ANOTHER_BEFORE.search(text, max(0, a - 16), a) and not _TO_NAME.search(text, a, b) \
                    and state.get("last_gift") and state["last_gift"][1]:
                # "sent N masks to X on March 30 and another M on April 6": a further lot to the same receiver
                frm = frm or list(state["last_gift"][0])
                to = list(state["last_gift"][1])
            elif shared and not _FROM_NAME.search(text, a, b):
                return None  # "... and 2,000 to the Red Cross": a second share, but to no place of the exchange
            elif first.word.lower().startswith("followed") and not _TO_NAME.search(text, a, b) \
                    and state.get("last_gift") and state["last_gift"][1]:
                # "Y followed with 3,000 masks a week later": one more giver to the receiver of the gift told last
                to = list(state["last_gift"][1])
            if left_from is not None and frm == [left_from] and (dest is None or dest.country == left_from.country):
                frm = []  # ("left Shanghai for Wuhan": a leg at home, the giver is told elsewhere)
        q0 = _quote_start(text, first.start, quotes) if spoken_gift else a
        if spoken_gift and publisher is not None and publisher.key \
                and _FIRST_PERSON.search(text, q0, first.start) and not _subj_named(text, ms, q0, first.start):
            # "we sent ...", "our council sent ...": the speaker's side is the page's place; the other side is
            # the one the quotation names after the verb, else the page's partner
            other = [m for m in to if m is not None and m.key and m.country != publisher.country] or \
                ([state["partner"]] if state.get("partner") is not None else [])
            # "our Muscatine volunteers sent ...": the speaker names their own town after "our"
            ours = next((m for m in ms if q0 <= m.start < first.start and m.key and m.country == publisher.country
                         and _OUR_BEFORE.search(text, max(q0, m.start - 6), m.start)), None)
            frm, to = [ours or publisher], other
        thanks = next((t for t in find_triggers_en(text, a, b) if t.kind == "thanks" and t.start < first.start), None)
        if only == "donation" and thanks is not None:
            # "X thanked Y for delivering 5,000 masks": Y gave, X received
            thanker = _subject(text, ms, a, thanks.start, state)
            wrote = next((t for t in find_triggers_en(text, a, thanks.start) if t.type == "message"), None)
            if wrote is not None and _TO_BEFORE.search(text, max(a, thanks.start - 6), thanks.start):
                # "X has written to the mayor of Y to thank ...": the writer thanks, not the one written to
                # ("The Mayor has written to ...": a bare title is the page's own place's)
                thanker = _subject(text, ms, a, wrote.start, state) or (
                    publisher if publisher is not None and publisher.key else thanker)
            # "to thank X's sister city for a gift of ...": the partner the possessive names gave, not X
            giver = next((m for m in ms if m.start >= thanks.end and not (_SISTER_POSS.match(text, m.end) and any(
                x.start > m.end and x.key and x.key != m.key for x in ms))), None)
            got = next((t for t in triggers if t.direction == "in" and t.start > thanks.end), None)
            if got is not None and _after(text, ms, got.end, "from") is not None:
                # "thanked ... for the 20,000 masks X received from Y": Y gave them to X
                giver = _after(text, ms, got.end, "from")
                thanker = next((m for m in reversed(ms) if thanks.end <= m.start < got.start and m.key), thanker)
            frm, to = ([giver] if giver else []), ([thanker] if thanker else [])
        its_gift = _ITS_GIFT.search(text, a, b) if not frm else None
        if its_gift is not None:
            # "X returned the favour: boxes of masks arrived as its gift to Y": the owner of "its" is the clause's
            # subject named before it
            frm = [m for m in ms if m.end <= its_gift.start() and m.key and m not in to and _subject(
                text, ms, a, its_gift.start(), state) is m][:1]
        if not frm and another is not None and state.get("last_gift") is not None:
            frm = list(state["last_gift"][0])
        counted = _counted_subject(text, ms, a, first.start, quantities, publisher) if not frm else None
        if counted is not None:
            frm = counted  # "41 local governments across the country had sent ...": unnamed givers, counted
        if not frm and counted is None and state["donor"] is not None and (not to or to[0].key != state["donor"].key):
            frm = [state["donor"]]
        if not frm and counted is None and publisher is not None and to and to[0] is not None and to[0].country \
                and to[0].country != publisher.country:
            frm = [publisher]  # "the foundation's masks reached Wuhan": a body of the page's place gave
        if _EACH_OF.search(text[a:b]) and len(state.get("last_to") or ()) > 1 and not any(
                m for m in to if m is not None and m is not publisher and m.key != (publisher and publisher.key)):
            to = list(state["last_to"])  # "with 40,000 gowns headed to each of the three towns"
        if not to and frm and frm[0] is not None and all(t.kind == "return" for t in triggers):
            # "Y sent masks to X ... X returned the favour with 100,000 masks": back to the earlier giver
            last = state.get("last_gift")
            if last is not None and frm[0].key in {m.key for m in last[1]}:
                to = list(last[0])
        if not to and state.get("team_to") and (_PRONOUN_IT.match(text, a) or _WITH_THE_TEAM.search(text, a, b)):
            to = list(state["team_to"])  # "It brought 4,800 respirators": the team's supplies go where it went
        if not to and frm and frm[0] is not None and frm[0].key:
            # "a plane carrying N masks from X, Y's sister city, landed at <an airport>": the partner the
            # giver's apposition names; else the country the sentence opens on ("In Peru, ..."), where the
            # page's place lies elsewhere
            to = [m for m in (_giver_tie(text, ms, frm[0], b),) if m is not None] \
                or _scene_country(text, ms, a, frm[0], publisher)
        if len(to) == 1 and to[0] is not None and to[0].key and not _CAPITAL.search(to[0].surface) and frm:
            # "In Tottori, N masks sent by X were received by the prefectural government": the office of the
            # place the sentence opens on, not of the page's place
            scene = _scene_country(text, ms, a, frm[0], None) if frm[0] is not None else []
            if scene and scene[0].level != "country" and scene[0].country == to[0].country \
                    and scene[0].key != to[0].key:
                to = scene
        if frm and frm[0] is not None and frm[0].key and frm[0].level != "country":
            post = _ENVOY_POST.search(text, max(a, frm[0].start - 80), frm[0].start)
            land = next((m for m in ms if post is not None and post.start("land") <= m.start < post.end("land")
                         and m.level == "country" and m.key and m.key != frm[0].country), None)
            if land is not None:
                frm = [land]  # "the Consul-General of China in X handed over ...": the envoy's country, not its post
        owner = _after(text, ms, first.end, _OWNER_AFTER_GOODS, limit=b - first.end) if frm and frm[0] is not None \
            and frm[0].level == "country" else None
        if owner is not None and owner.key and owner.level != "country" and owner.country == frm[0].key:
            # "the consul general passed on 30,000 masks donated by X province", "... offered masks by the consul
            # general on behalf of X": the envoy hands over, the place of the envoy's country named after gave
            frm = [owner]
        paged = False
        if not to and publisher is not None and (not frm or frm[0].key != publisher.key) and not counts:
            to, paged = [publisher], True
        partner_of = _partner_of_giver(text, ms, frm)
        if partner_of is not None and all(m is not None and m.key != partner_of.key for m in to) \
                and all(m is not None and m.country == partner_of.country for m in to):
            # "a gift from Iowa's sister state of Hebei arrived in Des Moines": Iowa's too; with no receiver named
            # ("Iowa's sister state of Hebei sent 5,000 masks in May" on a Des Moines page) only the tie's owner
            to = [partner_of] if paged else list(to) + [partner_of]
        if not any(ln.quantity for ln in items) and not money and not counts and _MANY_GIVERS.search(text, a, b):
            # "supplies donated by municipal governments in China have started arriving": many givers unnamed,
            # no figure - a lead about many gifts, not one of them
            return None
    elif etype == "consultation":
        a_meet = a
        shared_in = next((t for t in triggers if t.type == "consultation" and t.start > first.end
                          and _SHARED_WORDS.search(t.word) and _IN_WHICH.search(text, first.end, t.start)), None)
        if shared_in is not None:
            # "Y doctors took part in an online meeting arranged by Z, during which experts from X shared their
            # experience with A, B and C": the clause that tells who shared with whom gives the sides
            a_meet, first = _IN_WHICH.search(text, first.end, shared_in.start).end(), shared_in
        teach = _TEACH_VERB.search(text, a_meet, first.start)
        # "X officials briefed Y experts on ... in a video conference": the subject of the telling verb shares
        subj = (_subject(text, ms, a_meet, teach.start(), state) if teach is not None else None) \
            or _subject(text, ms, a_meet, first.start, state) \
            or next((m for m in ms if a_meet <= m.start < first.start and m.key), None)
        other = _after(text, ms, first.start, "with|from", limit=80) or next(
            (m for m in ms if m.start >= first.end and m.key and _WITH_BEFORE.search(text[first.end:m.start])
             and (subj is None or m.key != subj.key)), None)
        own = _the_place_and(text, ms, a, subj) if subj is not None and other is None else None
        if own is not None:
            # "when the province and Italy's X region held a video conference": the place the page calls "the
            # province" (named before) is the first side, the one joined to it the second
            subj, other = own, subj
        inside = next((m for m in ms if first.start < m.start and m.end <= first.end and m.key
                       and (subj is None or m.country != subj.country)), None)
        if other is None and inside is not None:
            other = inside  # "X's doctors met Y's experts by video": the side named inside the phrase
        parties = [m for m in (subj, other) if m is not None]
        if len(parties) < 2:  # "officials from Osaka and Shanghai held ...": both named before the verb
            parties += [m for m in ms if a <= m.start < first.start and m.key
                        and all(m.key != p.key for p in parties)][:2 - len(parties)]
        if len(parties) < 2:  # "Over the video link, X doctors walked their Y peers through ...": after it
            parties += [m for m in ms if m.start >= first.end and m.key and not _adjectival(text, m)
                        and all(m.key != p.key and m.country != p.country for p in parties)][:2 - len(parties)]
        pair = _last_pair(state) if not parties and _PAIR.search(text[a:b]) else None
        if pair is not None:
            parties = pair  # "X sent masks to Y. Experts from the two cities held a video meeting": that pair
        elif not parties and _PAIR.search(text[a:b]) and publisher is not None and state.get("partner") is not None:
            parties = [publisher, state["partner"]]  # "health staff of both cities met by video"
        elif len(parties) == 1 and subj is None and state.get("meeting_host") is not None \
                and state["meeting_host"].country != parties[0].country:
            # "X's experts held an online meeting with A. Later another such meeting was held with B": the one who
            # held the meeting before holds this one too
            parties = [state["meeting_host"], parties[0]]
        elif len(parties) == 1:
            fill, _ = _other_side([], parties, publisher, state.get("partner"))
            parties += [m for m in fill if m is not None]
        named = _side_by_name(text, ms, parties, [*(_last_pair(state) or []), publisher, state.get("partner")])
        if named is not None:
            parties, subj, other = named, named[0], None
        if len(parties) == 2:
            # the clause's subject ("X held a video conference with Y", "X shared its experience with Y",
            # "X took part in a video call with Y") is the first side, the one after "with" the second
            cn = [m for m in parties if m.country == "CN"]
            if subj is not None and subj in parties:
                frm, to = [subj], [m for m in parties if m is not subj]
            elif len(cn) == 1:  # "the two cities held ...", "a teleconference linked X with Y": the Chinese side
                frm, to = [cn[0]], [m for m in parties if m is not cn[0]]
            else:
                frm, to = [parties[0]], [parties[1]]
            if (other is not None and to == [other]) or (
                    len(to) == 1 and to[0] is not None and frm[0] is not None
                    and to[0].start > max(frm[0].start, teach.start() if teach is not None else first.start)):
                # "held a video conference with its sister cities of A in Japan, B in Britain and C", "briefed
                # their counterparts in A, B and C": one meeting with all those listed
                to = [m for m in _list_from(text, ms, to[0], b) if m.key not in {x.key for x in frm}]
            if teach is None and len(frm) == 1 and frm[0].country != "CN" and to and all(m.country == "CN" for m in to):
                # "Nurses in Ohio held a video call with Hubei doctors": the Chinese side shares its
                # experience, whichever side the clause makes its subject (unless the subject briefs the other)
                frm, to = list(to), frm
        elif parties:
            frm = parties
        if len(frm) == 1 and frm[0] is not None and frm[0].key:
            state["meeting_host"] = frm[0]
    elif etype == "medical_team":
        home_dest = _after(text, ms, first.end, "to", limit=60)
        if home_dest is not None and home_dest.country == "CN" and first.word.lower().startswith(("sen", "dispatch")):
            return None  # "X sent 150 medical workers to Huangshi": a team sent inside China
        # a team is sent by China (and its province or city) to a country: a landing city counts as its country
        origin = next((m for m in ms if m.country == "CN" and m.level != "country" and m.key), None)
        cn = next((m for m in ms if m.key == "CN"), None) or (origin and _as_country(origin))
        frm = [x for x in (cn, origin) if x is not None]
        # "departed from its home city at 6 am for X": the place after the travel verb's preposition, where there is one
        dest = next((m for m in ms if m.country and m.country != "CN" and m.start >= first.end), None) or next(
            (m for m in ms if m.country and m.country != "CN" and m.start > first.start), None) or next(
            (m for m in ms if m.country and m.country != "CN"), None)
        # "landed in X to help Serbia", "... to help the country", "landed in Milan": the country it serves (the
        # town it lands in is where the flight came down, not the team's receiver)
        team = next((t for t in triggers if t.type == "medical_team"), first)
        host = next((m for m in ms if m.level == "country" and m.key and m.key != "CN" and m.start < team.start
                     and _TEAM_RECEIVED.match(text, m.end, team.start)), None)
        if host is not None:
            dest = host  # "Serbia was the first to receive a team of ..., which landed in X": Serbia's
        to = [_as_country(dest)] if dest is not None else []
        state["team_to"] = to
    elif etype == "request":
        at_req = next((t for t in triggers if t.word.lower() == "at the request of"), None)
        asked_by = next((t for t in triggers if t.type == "request" and _BE_BEFORE.search(text[max(a, t.start - 20):t.start])
                         and _HELP_BY_AFTER.match(text, t.end)), None)
        if at_req is None and asked_by is not None:
            at_req = replace(asked_by, end=_HELP_BY_AFTER.match(text, asked_by.end).end())  # "was requested by X"
        made_by = next((t for t in triggers if t.type == "request" and t.word.lower() in _REQUEST_NOUNS
                        and _REQUEST_MADE_BY.match(text, t.end)), None) if at_req is None else None
        if made_by is not None:
            at_req = replace(made_by, end=_REQUEST_MADE_BY.match(text, made_by.end).end())  # "a request made by X"
        if at_req is not None:
            src = next((m for m in ms if m.start >= at_req.end), None)
            frm = [src] if src else []
            rest = [m for m in ms if src is not None and m.start > src.start and m.key != src.key
                    and not (m.country == src.country and m.level != "country"
                             and _LOCATOR_IN.fullmatch(text, src.end, m.start))]
            to = rest[:1]
            if asked_by is not None and at_req.start == asked_by.start and src is not None:
                # "X had been asked by its partner Y (in Z) to supply ...": X, the clause's subject, is asked
                asked_subj = _subject(text, ms, a, asked_by.start, state)
                if asked_subj is not None and asked_subj.key and asked_subj.key != src.key \
                        and asked_subj.country != src.country:
                    to = [asked_subj]
        else:
            rq = next((t for t in triggers if t.type == "request"), first)
            subj = _subject(text, ms, a, rq.start, state, adjacent_first=True)
            frm = [subj] if subj else []
            if subj is not None and subj.key and subj.start < rq.start and not _ONE_EACH.search(text, a, b):
                # "A and B provinces asked X for advice": one request, both askers
                frm = [m for m in _joint_subject(text, ms, subj, a, rq.start) if m.level != "country"] or frm
            anchor = subj
            while anchor is not None:  # "Harbin, the provincial capital,": the apposition's head
                head_m = next((m for m in ms if m.key == anchor.key and m is not anchor
                               and 0 <= anchor.start - m.end <= 3), None)
                if head_m is None:
                    break
                anchor = head_m
            addressee = None
            if subj is not None and _ADDRESSED.search(text, max(a, anchor.start - 64), anchor.start):
                # "X's mayor wrote to Y in March asking ...": Y is written to; the writer came before
                writer = [m for m in ms if a <= m.start < anchor.start and m.key and m.key != subj.key]
                while len(writer) > 1 and _APPOSED_PARTNER.fullmatch(text, writer[-2].end, writer[-1].start):
                    writer = writer[:-1]  # "officials from X, Y's friendship province, got in touch": X wrote
                frm = writer[-1:]  # none named: the page's side asks (filled in below)
                if not frm and subj.key:
                    addressee = subj
            later = [m for m in ms if m.start >= rq.end and (not frm or m.key != frm[0].key)
                     and not (subj is not None and not frm and m.key == subj.key)]
            # "X wrote to Y in May asking for ...", "X emailed Y to ask whether": the addressee before the ask
            addressed = [m for m in ms if frm and frm[0].end <= m.start < rq.start and m.key != frm[0].key
                         and not any(x.start > m.end and x.start < rq.start for x in ms)
                         and _ADDRESSED.search(text, max(a, m.start - 40), m.start)]
            placed = next((m for m in ms if addressed and addressed[0].level == "country" and m.key
                           and m.level != "country" and m.country == addressed[0].key
                           and re.fullmatch(r",?\s+in\s+", text[m.end:addressed[0].start])), None)
            if placed is not None:
                addressed = [placed]  # "wrote to the city of X in Y asking for ...": X, which the country places
            later = addressed[:1] + later
            # "asked its Chinese partner, Haidian District of Beijing, for ...": the partner, not the adjective
            obj = next((m for m in later if not _adjectival(text, m)), None) or next(iter(later), None)
            to = [obj] if obj else []
            if obj is not None and obj.key and obj.level != "country" and obj.start >= rq.end:
                # "sent an appeal to its sister cities A, B and C": one appeal, every partner it names
                listed = [m for m in _list_from(text, ms, obj, b) if m.key and m.level != "country"]
                if len(listed) > 1 and not _ONE_EACH.search(text, a, b):
                    to = listed
            elif obj is not None and obj.key and obj.level != "country" and addressed and obj is addressed[0]:
                # "X wrote to A, B and C asking for ...": one letter, every partner it names
                listed = [m for m in _list_from(text, ms, obj, rq.start) if m.key and m.level != "country"]
                if len(listed) > 1 and not _ONE_EACH.search(text, a, b):
                    to = listed
            said = _SAID_THAT_BEFORE.search(text, a, anchor.start) if not to and subj is not None else None
            if said is not None:
                # "X said that Y, its partner in Z province, had requested masks": Y asked the one reporting it
                speaker = next((m for m in reversed(ms) if a <= m.start < said.start() and m.key
                                and m.key != subj.key and _SPEAKER_GAP.fullmatch(text, m.end, said.start())), None)
                to = [speaker] if speaker is not None else to
            if addressee is not None:
                # "the governor's office reached out to Y to ask whether the province could help X": Y is asked
                # (or the side the question names: "to ask whether Z had gloves to spare"), the side to be helped
                # asks (none named: the page's side, filled in below)
                helped = next((m for m in ms if m.start >= rq.end and m.key and m.key != addressee.key
                               and _HELPED_BEFORE.search(text, max(a, m.start - 16), m.start)), None)
                if helped is not None:
                    frm = [helped]
                    to = [obj] if obj is not None and obj.key != helped.key else [addressee]
                elif not to:
                    to = [addressee]  # "reached out to Y to ask whether gloves could be spared"
            asker = _received_request(text, ms, a, b, rq)
            if asker:
                # "X had received a request from Y for ...": Y asks, X is asked
                frm, to = asker, ([subj] if subj is not None and subj.key not in {m.key for m in asker} else [])
                asked = to[0] if to else None
            else:
                letter = _letter_asking(text, ms, a, triggers, state)
                if letter is not None:
                    frm, to = letter  # "X wrote to Y asking for aid", "the letter X sent to Y ..., asking for"
        if frm and frm[0] is not None and frm[0].key and frm[0].country != "CN" and not any(x is not None and x.key
                                                                                             for x in to):
            mission = _MISSION_ADDRESSED.search(text, a, rq.start if at_req is None else b)
            if mission is not None:
                # "had written to the consulate requesting gowns": a foreign side's letter to the mission asks China
                to = [_country_at("CN", mission.start("mission"))]
        if not to and frm:
            plural = _plural_partners(text, ms, a, b)  # "wrote to the city's partner cities in China, asking"
            if plural is not None and plural.country != frm[0].country:
                to = [plural]
        if not any(m is not None and m.key for m in frm + to):
            return None  # "asked its members to send photos": nobody of the two sides asks
        if not any(m is not None and m.key for m in frm) and len(to) == 1 and to[0] is not None \
                and to[0].level == "country" and publisher is not None and publisher.country \
                and publisher.country != to[0].key and _NATIONAL_ASKER.search(text[a:first.start]):
            # "The Minister appealed to the Chinese Government ...": a nation's office asks a nation; a town named
            # later in the sentence ("as the country scales up testing in X") does not ask
            frm = [_as_country(publisher)]
        frm, to = _other_side(frm, to, publisher, state.get("partner"), ms, text=text)
        if len(to) == 1 and to[0] is not None and to[0].key:
            to = [_province_office(text, actors, to[0], a, b)]
        if frm and frm[0] is not None and frm[0].level == "country" and to and to[0] is not None \
                and to[0].key == "CN/Beijing":
            to = [_as_country(to[0])]  # "the Pakistani government asked Beijing for help": Beijing is China's government
        if at_req is not None and frm and frm[0] is not None and frm[0].level == "country" and to \
                and to[0] is not None and to[0].level != "country" and to[0].country:
            to = [_as_country(to[0])]  # "at the request of the Peruvian government": a nation asks a nation
    else:
        fronted = _FRONTED.match(text, a, b)
        said = next((t for t in triggers if t.type == "message"), first)
        rel = _RELATIVE_CLAUSE.search(text, a, said.start) if said is not first else None
        if rel is not None and rel.start() < first.start < rel.end():
            first = said  # "X, who received the masks for Y, said Y was grateful that Z had helped": the main verb
        if quotes[said.start] and publisher is not None and publisher.key and _quoted_past_message(text, said, quotes):
            # "In April we wrote to X's mayor to offer our support," the mayor said: the speaker's side is the
            # page's place; the one written to is the other country's place the words name after the verb (else
            # before it: "when X was battling the virus, we wrote ..."), else the page's partner
            q0 = _quote_start(text, said.start, quotes)
            q1 = said.end
            while q1 < b and quotes[q1]:
                q1 += 1
            said_ms = [m for m in _actors_in(actors, q0, q1) if m.key and m.country and m.country != publisher.country]
            other = next((m for m in said_ms if m.start >= said.end), None) or next(
                (m for m in reversed(said_ms) if m.start < said.start), None) or state.get("partner")
            frm, to = [publisher], ([other] if other is not None else [])
        elif quotes[said.start]:
            frm, to = _quoted_thanks_roles(text, said, a, b, actors, quotes, ms)
        elif fronted and fronted.end() > first.start:
            # "In a letter of sympathy to X, Y's mayor wrote ...": the writer is the main clause's subject
            to_m = next((m for m in ms if first.end <= m.start < fronted.end()), None)
            frm_m = next((m for m in ms if m.start >= fronted.end()), None)
            if frm_m is not None and (to_m is None or not to_m.key or (
                    publisher is not None and to_m.key == publisher.key and _TITLE_FIRST.match(to_m.surface))):
                # "In a letter to County Governor A, X's mayor conveyed ... to Y's residents": the addressee's
                # place, named in the main clause when the title names none
                to_m = next((m for m in ms if m.start > frm_m.end and m.key and m.key != frm_m.key
                             and _PEOPLE_OF_AFTER.match(text, m.end)
                             and re.search(r"\bto\s+(?:the\s+)?$", text[max(a, m.start - 8):m.start])), to_m)
            frm, to = ([frm_m] if frm_m else []), ([to_m] if to_m else [])
        else:
            subj = _subject(text, ms, a, first.start, state)
            opener = _FROM_OPENER.match(text, a, first.start)
            home = next((m for m in ms if opener is not None and m.start == opener.end() and m.key
                         and m.level != "country" and _OPENER_PLACE_END.match(text, m.end, first.start)), None)
            if home is not None:
                subj = home  # "From Galway in Ireland, council leader X wrote to Y": the place the writer speaks from
            elif subj is not None and publisher is not None and subj.key == publisher.key \
                    and _TITLE_FIRST.match(subj.surface):
                # "Lord Mayor A B wrote to Y on behalf of the people of X" on a page of several members: the title
                # alone read the writer as the page's place; the place the writer speaks for is X
                behalf = _on_behalf(text, ms, first.end, b)
                if behalf is not None and behalf.key != publisher.key and behalf.level != "country" \
                        and behalf.country == publisher.country:
                    subj = behalf
            # "Governor A of X and Mayor B of Y both wrote ...": each name of the subject's list
            frm = (_joint_subject(text, ms, subj, a, first.start) if not _EACH_OTHER.search(text, a, b) else [subj]) \
                if subj else []  # (not "A and B exchanged letters": each wrote to the other)
            by = _after_word(text, ms, first.end, b, "by") if _MESSAGE_SENT_BY.match(text, first.end) else None
            if not frm and by is not None:
                frm = [by]  # "Sympathy letters were sent by X to Y": the writer after "by"
            recv = _RECEIVED.search(text[a:first.start + 20]) or first.direction == "in" \
                or ((not frm or not any(a <= m.start < first.start for m in ms))
                    and _MESSAGE_NOUN.match(first.word) and _CAME_FROM_AFTER.match(text, first.end))
            src = _after_word(text, ms, first.start, b, "from") if recv else None
            if recv and src is not None:
                to, frm = frm, _list_from(text, ms, src, b)
                dest = _after(text, ms, frm[-1].end, "to", limit=40) \
                    if _HANDED_ON_BEFORE.search(text, a, first.start) else None
                if dest is not None and dest.key and all(f is None or f.key != dest.key for f in frm):
                    to = [dest]  # "The consulate conveyed a letter of thanks from X to Y": the go-between passes it on
            else:
                after = [m for m in ms if m.start >= first.start and m.key and (not frm or m.key != frm[0].key)
                         and not (m.level == "country" and _ORG_NAMED.match(text, m.end))]
                # "thanked X's twin city of Y": the possessor only tells whose partner Y is; Y is addressed
                after = [m for m in after if not (_SISTER_POSS.match(text, m.end) and any(
                    x.start > m.end and x.key != m.key for x in after))]
                # "the <State> China Council": a body named after a country is not that country;
                # "thanks the X Council, the Y Foundation and the Z Government": the other side's place;
                # "with the help of Chinese community groups": an adjective is not the addressee
                plural = _plural_partners(text, ms, first.end, min(b, first.end + 40))
                obj = plural or _after(text, after, first.start, "to", limit=b - first.start) or next(
                    (m for m in after if frm and frm[0].country and m.country != frm[0].country
                     and not _adjectival(text, m)), None) or next((m for m in after if not _adjectival(text, m)), None)
                land = _country_code(frm[0]) if frm and frm[0] is not None else ""
                if obj is not None and land and _country_code(obj) == land \
                        and _SAID_CLAUSE.match(text, first.end) and obj.start < first.end + 40:
                    # "writing that X had not forgotten its friends in Y": the clause told tells of the writer's own
                    # side; the one addressed is the place of another country named after it (with its list)
                    far = next((m for m in after if m.start > obj.end and _country_code(m) not in ("", land)
                                and not _adjectival(text, m)), None) or next(
                        (m for m in after if first.end <= m.start < obj.start and _country_code(m) not in ("", land)
                         and not _adjectival(text, m)), None)  # ("moved that X had come to Y's aid": X, the helper)
                    obj = far
                    to = _list_from(text, ms, far, b) if far is not None else []
                else:
                    to = [obj] if obj else []
                    if obj is not None and _INCLUDING.search(text, max(a, obj.start - 24), obj.start) \
                            and obj.start > first.end:
                        # "sent by X to several of its partners, among them A in Korea and the town of B": each
                        to = _list_from(text, ms, obj, b)
        if _PLURAL_SIDE.search(text, a, b) and not (frm and to) and not (frm and _partners_counted(counts)):
            return None  # "messages are pouring in from its sister regions": many, unnamed (a writer's letters
            # to "its 37 sister cities" are a tally: read on)
        many = _PLURAL_SIDE.search(text, a, first.start)
        if many is not None and len(frm) == 1 and frm[0] is not None and many.start() <= frm[0].start < many.end() \
                and _PLURAL_WRITERS.match(text, a):
            return None  # "Mayors in X's sister cities have been writing to the city": many writers, unnamed
        if not any(m is not None and m.key for m in to) and _OWN_PEOPLE_THANKED.search(text, said.start, b):
            return None  # "the mayor thanked the city's nurses / the hospital staff": thanks to its own people
        frm, to = _other_side(frm, to, publisher, state.get("partner"), ms, _sentence_lands(text, actors, a, b), text)
        if len(frm) == 1 and frm[0] is not None and frm[0].level != "country" and frm[0].country \
                and _ENVOY_SUBJECT.match(text, a, first.start) and not any(a <= m.start < first.start for m in ms):
            frm = [_as_country(frm[0])]  # "The consul general hoped ...": a nation's envoy speaks for the nation
    # (Chinese experts met their Egyptian counterparts: where the other side is a nation named by its adjective,
    # the counterparts are the nation too, not the page's place of that country)
    nation_to = bool(to) and all(m is not None and m.level == "country" and _adjectival(text, m) for m in to)
    nation_frm = bool(frm) and all(m is not None and m.level == "country" and _adjectival(text, m) for m in frm)
    frm = frm if nation_to else [_counterpart(text, m, publisher, state.get("partner")) for m in frm]
    to = to if nation_frm else [_counterpart(text, m, publisher, state.get("partner")) for m in to]
    if etype == "message":
        to = [_side_named(text, m, state) for m in to]
    frm = [_institution_place(text, m, ms, b, publisher) for m in frm]
    to = [_institution_place(text, m, ms, b, publisher) for m in to]
    frm, to = _national_page_side(text, a, b, frm, to, publisher)
    if etype == "donation":
        to = [_division_seat(text, m, publisher, ms) for m in to]
        to = _fronted_town(text, ms, frm, to, a, b)
        frm = _fronted_giver_town(text, ms, frm, to, a, b)
        to = _helped_then_gave(text, ms, frm, to, a, b)
    if etype == "donation" and len(to) == 1 and to[0] is not None and to[0].level == "country":
        to = _shared_by(text, ms, to, b)
    if etype == "donation" and len(to) == 1 and to[0] is not None and to[0].level == "country":
        to = _taken_in_at(text, ms, to, b)
    if etype == "donation" and len(to) == 1 and to[0] is not None and to[0].level == "country":
        to = _tie_told_next(text, state.get("actors") or ms, frm, to, b)
    if etype == "donation" and len(to) == 1 and to[0] is not None and to[0].key:
        to = _sharing_subject(text, ms, to, a, b)
    if etype == "donation" and (_JOINT_CUE.search(text, a, _sentence_end(text, b)) or _CAPITAL_GAP.search(text, a, b)
                                or _BY_LIST.search(text, a, b)):
        frm, to = _joint_sides(text, ms, frm, to, a, b)
    if leaders_talk and len(frm) == 1 and len(to) == 1 and frm[0] is not None and to[0] is not None \
            and frm[0].start > to[0].start:
        frm, to = to, frm  # "A's mayor and B's mayor spoke in a video call": the one named first speaks
    # "six other partners, A, B and C among them, were given 5,000 each": a share to each one named, no total
    shared_out = etype == "donation" and len([m for m in to if m is not None and m.key]) > 1 \
        and _EACH_AFTER.search(text, a, b) is not None and not _RUNNING_TOTAL.search(text[a:b])
    is_agg = etype in ("donation", "message", "consultation", "medical_team") and not shared_out and (
        (bool(counts) and ("partners" in counts or "countries" in counts or _AGG_CUE.search(text[a:b])))
        or bool(_RUNNING_TOTAL.search(text[a:b]))
        or (_many_acts(counts) and not any(getattr(ln, "quantity", None) for ln in items)))
    if is_agg and set(counts) == {"partners"} and not _AGG_CUE.search(text, a, b) \
            and not _RUNNING_TOTAL.search(text[a:b]) and _ONE_OF_OWNERS.search(
                text, max(a, counts["partners"].start - 60), counts["partners"].start):
        is_agg = False  # "... donated by X, one of Y's ten sister cities": the count tells what X is to Y, no total
    if not is_agg and etype == "donation" and _AGG_CUE.search(text, a, b) and not _JOINT_CUE.search(text, a, b) \
            and not _EACH.search(text, a, b) \
            and len({m.key for m in frm if m is not None and m.key and m.level != "country"}) >= 2 \
            and (money or any(getattr(ln, "quantity", None) for ln in items)):
        is_agg = True  # "X has received a total of N masks from A, B and C": a tally of several givers' gifts
    if is_agg and etype == "consultation" and _ONE_MEETING.search(text, a, b) and not _AGG_CUE.search(text, a, b) \
            and not _RUNNING_TOTAL.search(text[a:b]):
        is_agg = False  # "held a video conference with partners, 40 officials from 12 cities ...": one meeting
    if is_agg and etype == "consultation" and set(counts) == {"events"} and not _AGG_CUE.search(text, a, b) \
            and not _RUNNING_TOTAL.search(text[a:b]) and _SHARED_IN_MEETINGS.search(text, a, b):
        is_agg = False  # "X's doctors shared their experience with Y in two video calls": the sharing, one act
    if is_agg and etype == "consultation" and _WITH_MANY.match(text, first.end, b) \
            and not any(m is not None and any(a <= x.start < b and x.key == m.key for x in ms) for m in to):
        to = []  # "held 23 video conferences with foreign counterparts", "with over 90 countries": many, unnamed
    many_to = _PARTNERS_IN_LANDS.search(text, a, b) if etype == "donation" and not is_agg and (
        money or any(getattr(ln, "quantity", None) for ln in items)) else None
    if many_to is not None and to and all(m is not None and m.level == "country" and m.start >= many_to.end()
                                          for m in to):
        is_agg = True  # "sent 1 million masks to partner regions in Japan and Korea": a total over unnamed partners
        # (with no figure, "prefectures have been sending supplies to their sister provinces in China" is a lead)
    if is_agg and etype in ("donation", "consultation", "message") and set(counts) == {"partners"} \
            and not _AGG_CUE.search(text, a, b) and not _RUNNING_TOTAL.search(text[a:b]):
        # "a shipment of N masks to three of its sister cities: A, B and C", "shared experience with counterparts
        # from three of its sister cities -- A, B and C": one act whose partners are all named is one act with
        # them, not a total
        n = counts["partners"]
        first_named = next((m for m in ms if m.start > n.end and m.key and m.level != "country"), None)
        named = _list_from(text, ms, first_named, b) if first_named is not None else []
        if len(named) == int(n.value) and (re.fullmatch(r"[^.;]{0,40}?(?::|\s(?:--|—|–))\s*",
                                                        text[n.end:first_named.start]) or (
                re.search(r"\b(?:to|with|from|for|in)\s+(?:[\w-]+\s+){0,2}$", text[max(a, n.start - 40):n.start])
                and re.fullmatch(r"[^.;,]{0,40}?(?:,|\s-)\s*", text[n.end:first_named.start]))):
            is_agg, to = False, named
    if is_agg and etype == "donation" and set(counts) == {"partners"} and not _AGG_CUE.search(text, a, b) \
            and not _RUNNING_TOTAL.search(text[a:b]) and counts["partners"].start < first.start \
            and _JOINT_CUE.search(text, a, b) and len({m.key for m in frm if m is not None and m.key
                                                       and m.level != "country"}) == int(counts["partners"].value):
        is_agg = False  # "Three towns of X, A, B and C, jointly donated N masks": one gift of all those counted
    if is_agg and etype == "donation" and set(counts) == {"partners"} and not _AGG_CUE.search(text, a, b) \
            and not _RUNNING_TOTAL.search(text[a:b]):
        named = _counted_in_apposition(text, ms, counts["partners"], first.start)
        if named and any(m is not None and m.key in {x.key for x in named} for m in frm) \
                and _APPOSED_GAVE.match(text, named[-1].end):
            is_agg, frm = False, named  # "Three towns of X, A, B and C, have sent N masks to Y": the givers
        elif named:
            is_agg, to = False, named  # "Two sister regions of X, A and B, have been given N masks by X"
    if is_agg and "partners" in counts and not any(m is not None and m.key and m.key not in {
            x.key for x in frm if x is not None} for m in to):
        # "to 11 Russian regions", "to at least 30 U.S. states": the partners counted lie in the country named
        n = counts["partners"]
        land = next((m for m in ms if n.start <= m.start < n.end and m.level == "country" and m.key), None)
        if land is not None and n.start > first.start and all(m is None or m.country != land.key for m in frm):
            to = [land]
    if is_agg and "partners" in counts and _keyed(frm) and not any(
            m is not None and m.key and m.key not in {x.key for x in frm if x is not None} for m in to) \
            and _TO_COUNT.search(text, max(a, counts["partners"].start - 30), counts["partners"].start):
        # "has donated N masks to 14 sister provinces and cities in Japan, South Korea and Russia": those countries
        more = _MORE_UNITS.match(text, counts["partners"].end)  # ("14 sister provinces and cities in …")
        counted = _counted_partners(text, ms, more.end() if more else counts["partners"].end, b)
        if counted and all(m.level == "country" for m in counted) \
                and all(m.key not in {x.country for x in frm if x is not None} for m in counted):
            to = counted
    if is_agg and "partners" in counts and _keyed(frm) \
            and _TO_COUNT.search(text, max(a, counts["partners"].start - 30), counts["partners"].start):
        # "has sent supplies to 22 of its twin cities, among them A, B and C" / "..., with A and B among the
        # latest": the partners named are the receivers told (a few of those counted)
        more = _MORE_UNITS.match(text, counts["partners"].end)
        counted = _counted_partners(text, ms, more.end() if more else counts["partners"].end, b)
        homes = {x.country for x in frm if x is not None}
        if counted and all(m.level != "country" and m.country not in homes for m in counted) \
                and all(m is None or not m.key or m.key in {c.key for c in counted} for m in to):
            to = counted
    if is_agg and "countries" in counts and "partners" not in counts and counts["countries"].start > first.start \
            and not _FROM_COUNT.search(text, max(a, counts["countries"].start - 30), counts["countries"].start) \
            and not any(m is not None and m.key and m.key not in {x.key for x in frm if x is not None} for m in to):
        # "gave N masks to friendship groups in 24 Latin American countries, including A, B and C": the
        # countries named after the count are the receivers (the count itself names none)
        counted = _counted_partners(text, ms, counts["countries"].end, b, of_countries=True)
        if counted and all(m.level == "country" for m in counted) \
                and all(m.key not in {x.country for x in frm if x is not None} for m in counted):
            to = counted
    if is_agg and "partners" in counts and not _keyed(frm) and _keyed(to) \
            and _FROM_COUNT.search(text, max(a, counts["partners"].start - 30), counts["partners"].start):
        # "received support from 14 sister cities in China, Japan and Korea": those countries; "from 6 partners,
        # among them X and Y": the givers named
        frm = _counted_partners(text, ms, counts["partners"].end, b) or frm
    elif is_agg and "partners" in counts and frm and all(m is not None and m.level == "country" for m in frm) \
            and _FROM_COUNT.search(text, max(a, counts["partners"].start - 30), counts["partners"].start):
        # "has received N masks from four Chinese cities, among them X": the cities named, not their country
        # (the adjective inside the count); a gift named in a fronted "Including the Y shipment," is one of them
        counted = _counted_partners(text, ms, counts["partners"].end, b)
        if counted and all(m.level != "country" and m.country in {x.key for x in frm} for m in counted):
            frm = counted
            inc = _INCLUDING_GIFT.match(text, a)
            named = next((m for m in ms if inc is not None and m.start == inc.start("name") and m.key), None)
            if named is not None and named.level != "country" and named.key not in {m.key for m in counted}:
                frm = [named] + counted
                if any(m is not None and m.key == named.key for m in to) and publisher is not None \
                        and publisher.key and publisher.key != named.key and publisher.level != "country" \
                        and _ANAPHOR.match(text[inc.end():inc.end() + 40].split(" has")[0].strip()):
                    to = [publisher]  # "Including the Y shipment, the city has received ...": the page's place
    if is_agg and etype == "donation" and _counted_givers(text, a, counts) \
            and not any(m is not None and a <= m.start < b for m in frm):
        if not _keyed(to) and _THE_PLACE_GOT.search(text, a, b) and _keyed(frm):
            to = frm  # "Wuhan has not forgotten ... the city received ...": the place told of, not a giver
        frm = []  # "the city received N masks from 36 sister cities": the givers are those counted, not the last donor
    if not is_agg and etype == "donation" and _since_many_givers(text, a, b):
        is_agg = True  # "Since March 2, N masks have been received by X from Chinese local governments": a running total
    if not is_agg and etype == "donation" and _received_since_many(text, a, b):
        is_agg = True  # "X has received N masks from Chinese cities and firms since March 9": a running total
    if not is_agg and etype == "donation" and _received_from_abroad(text, a, b):
        is_agg = True  # "X received goods worth N yuan from overseas, including ...": a total of many givers' gifts
    if is_agg and etype == "donation":
        frm = _givers_including(text, ms, frm, a, b)
    owner_partners = _owner_partners_gave(text, ms, a, first.start) if etype == "donation" and (
        money or any(getattr(ln, "quantity", None) for ln in items)) else None
    if owner_partners is not None:
        # "Hubei's sister provinces had sent 2 million masks to the province": a total from many unnamed partners
        named_to = _after(text, ms, first.start, "to", limit=b - first.start)
        is_agg, frm = True, []
        to = [named_to] if named_to is not None and named_to.key and not _ANAPHOR.match(named_to.surface) \
            else [owner_partners]
    if etype == "donation" and not is_agg and _LOCAL_GIVER.search(text, a, b) and not any(
            m is not None and a <= m.start < b and m.key for m in frm):
        # "a local firm had donated N masks to Y": the firm is of the town the story was just telling of
        home = _town_told_before(actors, a, [m for m in to if m is not None])
        if home is not None:
            frm = [home]
    if is_agg and etype == "donation" and not any(m is not None and m.key for m in frm):
        frm = _counted_nation_givers(text, ms, frm, to, a, b)
    if etype == "donation" and first.direction == "out" and (
            bought := _BOUGHT_FOR_WHICH.search(text, a, first.start)) is not None:
        # "spent $5,000 on gowns for X, which were shipped a week later": X is whom the goods were for; the
        # buyer (the page's place when the clause names no other) sent them
        taker = next((m for m in ms if m.start == bought.start("name") and m.key), None)
        if taker is not None and taker.key in {m.key for m in frm if m is not None}:
            rest = [m for m in to if m is not None and m.key and m.key != taker.key]
            home = rest or ([publisher] if publisher is not None and publisher.key
                            and publisher.key != taker.key and publisher.level != "country" else [])
            if home:
                frm, to = home, [taker]
    # date
    goods_came = _GOODS_CAME_CLAUSE.match(text, b) if etype == "donation" and not is_agg else None
    when = _date(text, [d for d in dates if not (is_agg and _started_since(text, d, a))] if is_agg else dates,
                 a, goods_came.end() if goods_came else b, first.start, state, prefer_as_of=is_agg)
    if when is None and is_agg and state.get("anchor") is not None and _SINCE_TOTAL.search(text, a, b):
        # "Since early May, X has given over 300,000 gowns ...": a running total, told as of the page's day
        when = DateRef(value=state["anchor"].isoformat(), qualifier="before")
    ev_items = [ItemQty(item=ln.item, quantity=ln.quantity, unit=ln.unit,
                        **({"qualifier": ln.qualifier} if ln.qualifier else {})) for ln in items] \
        if etype in ("donation", "request") or is_agg else []
    if etype == "request":
        ev_items = [ItemQty(item=i.item, quantity=None, unit=None) for i in ev_items]
    o0, o1 = clean.original_span(a, b)
    evidence = original[o0:o1].rstrip(".")
    fields = dict(type="aggregate" if is_agg else etype, date=when, items=ev_items,
                  money=[Money(amount=q.value, currency=q.currency, qualifier=q.qualifier) for q in money]
                  if etype == "donation" else [],
                  evidence=evidence, evidence_span=(o0, o0 + len(evidence)))
    if not is_agg and len(to) == 1 and to[0] is not None and _ANAPHOR.match(to[0].surface) and to[0].key \
            and to[0].key in {m.key for m in frm if m is not None}:
        # "X's sister city of Y has sent N masks to help the city's nurses": a city does not give to itself;
        # "the city" is the other one the sentence named before it
        other = next((m for m in reversed(ms) if m.start < to[0].start and m.key and m.key != to[0].key
                      and m.level in ("city", "adm1", "district") and a <= m.start), None)
        if other is not None:
            to = [replace(other, start=to[0].start, end=to[0].end, surface=to[0].surface)]
    ev = Event(**fields, **{"from": [_to_actor(m) for m in _unique(frm)], "to": [_to_actor(m) for m in _unique(to)]})
    if ev.from_ and {x.key for x in ev.from_} == {x.key for x in ev.to} and None not in {x.key for x in ev.to}:
        if not is_agg:
            return None  # a body inside the place giving to the place itself is no exchange between places
        ev.to = []  # "X has given N masks to 19 partners, the city's office said": the count is the other side
    if is_agg:
        ev.of = etype
        for kind, q in counts.items():
            setattr(ev, {"partners": "partners_count", "countries": "countries_count",
                         "events": "events_count"}[kind], int(q.value))
    if etype == "message" or (is_agg and etype == "message"):
        ev.kind = next((t.kind for t in triggers if t.kind), None) or _kind(text[a:b])
    if etype in ("message", "consultation"):
        ev.medium = _medium(text[a:b], triggers)
    if etype == "request":
        ev.requested = "consultation" if _CONSULT_WORDS.search(text[a:b]) and not items else "supplies"
    if frm and frm[0] is not None and frm[0].key:
        state["subject"] = frm[0]
    if asked is not None and asked.key:
        state["subject"] = asked  # "X had received a request from Y, and it shipped ...": "it" is X, the subject
    if got_subj is not None and got_subj.key and to and to[0] is not None and to[0].key == got_subj.key:
        state["subject"] = got_subj  # "X had received masks from Y; now it has sent ...": "it" is X, who got them
    if etype == "donation" and not is_agg and frm:
        if state["donor"] is None or not _HAD_BEFORE.search(text, max(a, first.start - 24), first.start):
            state["donor"] = frm[0]  # "X had sent masks to Y in February": a gift recalled, not the page's giver
        state["last_gift"] = ([m for m in frm if m is not None], [m for m in to if m is not None])
        state["last_items"] = [ln for ln in items if getattr(ln, "quantity", None)]
    if etype == "donation" and len([m for m in to if m is not None]) > 1:
        state["last_to"] = [m for m in to if m is not None]
    if is_agg and etype == "donation" and frm:
        state["donor"] = frm[0]
        # "a total of N masks to 12 cities, including 30,000 to X and 20,000 to Y": the shares count those goods
        state["last_items"] = [ln for ln in items if getattr(ln, "quantity", None)]
    if when is not None:
        state["date"] = when
    return ev


_KINDS = (("thanks", r"thank|gratitude|appreciation|grateful"), ("condolence", r"sympathy|condolence|sorrow"),
          ("solidarity", r"support|solidarity|encouragement|stand with"))
_KINDS_RE = tuple((kind, re.compile(cue, re.I)) for kind, cue in _KINDS)
_MEDIUM_RE = tuple((medium, re.compile(cue)) for medium, cue in _MEDIUM)


def _kind(sentence: str) -> Optional[str]:
    """A message's kind from its words when its trigger does not say (``sent a letter of thanks``)."""
    return next((k for k, cue in _KINDS_RE if cue.search(sentence)), None)


def _unique(ms: list[ActorMention]) -> list[ActorMention]:
    out, seen = [], set()
    for m in ms:
        if m is None:  # a role whose mention was not found (e.g. a subject outside the sentence)
            continue
        k = m.key or m.surface
        if k not in seen:
            seen.add(k)
            out.append(m)
    return out


def _medium(sentence: str, triggers: list[TriggerEn]) -> Optional[str]:
    low = sentence.lower()
    for medium, cue in _MEDIUM_RE:
        if medium == "social_media" and cue.search(low):
            return medium
    return next((t.medium for t in triggers if t.medium), None) or next(
        (medium for medium, cue in _MEDIUM_RE if cue.search(low)), None)


#: "X has shipped N masks to Y, and the boxes were unloaded at the depot on Thursday": a clause after the gift
#: telling its goods reached the taker; its day dates the gift when the gift's own clause has none
_GOODS_CAME_CLAUSE = re.compile(
    r"\s*,?\s+and\s+(?:the|these|those|they)\b\s*(?:[\w-]+\s+){0,2}?(?:were|was|have\s+been|had\s+been)?\s*"
    r"(?:unloaded|delivered|arrived|landed|received|handed\s+over|collected)\b[^.;\n]*")


def _date(text, dates, a, b, t0, state, prefer_as_of=False) -> Optional[DateRef]:
    prev = state["date"]
    found = event_date_en(text, dates, a, b, t0, (prev.value, prev.qualifier) if prev else None, prefer_as_of)
    return DateRef(value=found[0], qualifier=found[1]) if found else None
