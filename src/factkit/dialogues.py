"""Stage 3, dialogues: talks, dialogues, meetings and visits between parties.

A sentence mentions a dialogue when it holds a trigger of the rules' ``dialogue_words``
("dialogue", "talks", "meeting", "visit", "2+2") that is not a briefing or a deal. Its
``name`` is the head with the modifiers before it ("Pakistan-US Strategic Level Defence
Dialogue", "sixth Strategic Dialogue", "two-day talks" gives "talks").

Fields come from the sentence and merge over every mention of the same dialogue:

- ``parties``: countries (and organisations) named as the sides — "between X and Y",
  "X-Y", "X and Y will kick off", "the X delegation", "the Xn side" — and the countries of
  the delegation heads (their titles' affiliation or a demonym before the title);
- ``delegations``: people who "led" or "headed" a side, and otherwise the people named in
  the sentence with a title;
- ``start``/``end``: the day the sentence names (not a reporting date) and a duration
  ("two-day talks", "a three-day visit on September 1" → end = start + duration − 1);
- ``location``: a site or city named with "in/at", or "here" under a dateline;
- ``status``: planned (starts after the publication date), ongoing (spans it), held
  (before it), or ``past_reference`` for a mention of earlier talks ("the last round of
  talks", "the inaugural dialogue was held in 2018") that names no day.

Mentions merge when they share a name key (the head and its ordinal or "2+2"), or when a
later one refers back ("the dialogue", "the two-day talks", "the meeting"). Briefings
answering questions are not dialogues.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal, Protocol

import regex

from . import _regex as rx
from .agenda import find_outcomes, find_topics
from .context import FactContext
from .entities import EntityIndex
from .lexicon import phrase_alternation
from .models import Delegation, Dialogue, EntityRef, Span, TimeExpression
from .numbers import number_value
from .rules.loader import Rules, current_rules

__all__ = ["extract_dialogues"]

_PARTY_KINDS = ("country", "organization", "government", "armed_group")


class _Head(Protocol):
    """A dialogue head: a regex match of a trigger word, or a pattern's hit."""

    def start(self) -> int: ...
    def end(self) -> int: ...
    def group(self) -> str: ...


@dataclass(frozen=True)
class _PatternHead:
    """A head found by a pattern of the rules, shaped like a match."""

    a: int
    b: int
    text: str

    def start(self) -> int:
        return self.a

    def end(self) -> int:
        return self.b

    def group(self) -> str:
        return self.text


def _word_pattern(forms: list[str]) -> regex.Pattern[str]:
    if not forms:
        return regex.compile(r"(?!)")
    return regex.compile(rf"(?i)(?<![\w-])(?:{phrase_alternation(forms)})(?![\w])")


def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str], frozenset[str]]:
    return _patterns_of(current_rules())


@lru_cache(maxsize=8)
def _patterns_of(rules: Rules) -> tuple[regex.Pattern[str], regex.Pattern[str], frozenset[str]]:
    heads = _word_pattern(rules.forms("dialogue_words", "trigger"))
    nots = _word_pattern(rules.forms("dialogue_words", "not_trigger"))
    mods = frozenset(w.lower() for w in rules.forms("dialogue_words", "modifier"))
    return heads, nots, mods


_GENERIC_MODIFIERS = frozenset(
    {
        "annual",
        "round",
        "maiden",
        "inaugural",
        "two-day",
        "three-day",
        "daylong",
        "day-long",
        "the",
        "a",
        "an",
        "level",
        "formal",
        "delegation",
        "delegation-level",
        "bilateral",
    }
)
# a side named by its delegation: "a Hamas delegation", "Delegations from Hamas, the U.S."
_SIDE_AFTER = regex.compile(r"(?i)\s+(?:delegations?|negotiators|negotiating\s+team|team)\b")
_SIDES_FROM = regex.compile(
    r"(?i)\b(?:delegations?|negotiators|representatives|envoys)\s+from\s+(?:the\s+)?"
    r"(?:[\w.’'-]+(?:\s+[\w.’'-]+)?,?\s+(?:and\s+)?(?:the\s+)?)*$"
)
_EVENT_VERB = regex.compile(
    r"(?i)\b(?:held|hold|holds|holding|kick\s+off|kicks\s+off|attend|attends|attended|attending|"
    r"met|meet|meets|meeting|visited|visiting|arrived|arrives|take\s+place|taking\s+place|took\s+"
    r"place|begin|began|begins|started|starts|ended|concluded|lasted|co-chaired|chaired|hosted|"
    r"host|yielded|led|headed|lead|resume|resumed|called\s+on|stay|travel|travels|travelled|"
    r"traveled|spoke|speak|speaks|talked|ended|end|ends|wrapped\s+up|pay|pays|paid|paying|"
    r"concluded|concludes|starting|due|participated|participates|participating|participate|"
    r"(?:will|would|shall|to|must)\s+(?:\w+ly\s+|also\s+)?visit|"
    r"took\s+part|take\s+part|takes\s+part|taking\s+part|joined|joins|convened|convene|"
    r"(?:is|are|was|were)\s+(?:currently\s+)?on\s+(?:a|an|his|her|"
    r"their)\b)\b"  # "is on a visit to Pakistan"
)
_NAMED = regex.compile(r"(?:\b\p{Lu}\p{L}+\s+)+\p{Lu}|\d|first|second|third|fourth|fifth|sixth")
_DURATION = regex.compile(
    r"(?i)\b(?P<n>two|three|four|five|six|seven|2|3|4|5|6|7)(?:-day\b|\s+days\s+of\b)"
)
_LED = regex.compile(
    r"(?i)\b(?:led\s+by|led|headed\s+by|headed|lead|leads|leading|head(?:s)?|co-chaired\s+by|"
    r"chaired\s+by|hosted\s+by|hosted)\b"
)
_INTERVIEW_WITH = regex.compile(
    r"(?i)\binterviews?\s+(?:to|with)\s+(?:the\s+)?$"  # (not "spoke with": a side)
)
# "New Delhi was represented by X and Tashkent by Y": a side and its head
_REPRESENTED = regex.compile(
    r"(?<![\p{L}.-])(?P<side>\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,2})\s+"
    r"(?:(?:was|were|is|will\s+be)\s+represented\s+|(?<=\band\s+\S+(?:\s\S+){0,2}\s+))by\s+"
    r"(?:[^.;,]|(?<=\b(?:Mr|Ms|Dr|Gen|Lt|Col))\.){0,60}$"
)
_REPRESENTED_BY = regex.compile(r"\b(?:was|were)\s+represented\s+by\b")
# "X and Interior Minister Y": the next of a list of heads, titled in lower-case-free words
_AND_TITLE = regex.compile(r"\s+and\s+(?:\p{Lu}[\p{L}-]*\s+){1,5}")
_POSSESSOR_TITLE = regex.compile(r"\p{Lu}[\p{L}.-]*['’]s\s+(?:\p{Lu}[\p{L}-]*\s+){1,5}$")
# a speaker after a quotation: '...," ministry spokesman Srivastava said'
_SPEAKER_AFTER_QUOTE = regex.compile(r"[,.!?][\"”’]\s+(?:[\w.()-]+\s+){0,5}$")
_SAID_NEXT = regex.compile(r"\s+(?:said|says|told|added|stated|noted|explained)\b")
_FOLLOWED_BY = regex.compile(
    r"(?:It|This|That|The\s+(?:meeting|talks|session|dialogue))\s+was\s+(?:then\s+)?"
    r"(?:followed|preceded)\s+by\b"
)
_PLACE_COMMA_BEFORE = regex.compile(
    r"\b(?:in|at|to|from|near)\s+\p{Lu}[\w’'-]*(?:\s\p{Lu}[\w’'-]*){0,2},\s+"
    r"(?:(?:north|south|east|west|central|northern|southern|eastern|western)"
    r"(?:-?(?:east|west)(?:ern)?)?\s+)?$"
)
# a dialogue's acronym defined in brackets: "Foreign Office Consultations (FOCs)",
# "Joint Working Group (JWG)"
_DIALOGUE_ACRONYM = regex.compile(
    r"\b(?:Consultations|Dialogue|Talks|Commission|Group|Meeting|Committee|Mechanism)\s*"
    r"\((?P<acr>\p{Lu}{2,8})s?\)"
)
_ANAPHOR = regex.compile(
    r"(?i)\b(?:the|this|that|these|their|our|its)\s+(?:[\w-]+\s+){0,2}(?:dialogue|talks|"
    r"meeting|consultations|negotiations|visit|session|discussions)\b"
)
_PAST_MARK = regex.compile(
    r"(?i)\b(last|previous|earlier|inaugural|former|past|fifth|fourth|third|second|first)\s+"
    r"(?:[\w-]+\s+){0,2}(?:round|meeting|dialogue|talks|summit)\b"
)
_OTHER_EVENT = regex.compile(
    r"(?i)\b(?:following|after|before|ahead\s+of|prior\s+to)\s+[^,.;]{0,30}"
    r"\b(?:trip|visit|tour|stop|stay)\s+(?:to|in)\s+(?:the\s+)?$"
    r"|\b(?:assassination|killing|murder|attack|bombing|death|arrest|abduction)\s+of\s+"
    r"[^,.;]{0,60}\s(?:in|at)\s+(?:the\s+)?$"
)  # "the assassination of a Sikh leader in Canada": the place of what they talked about
# "during his stay in Washington": the sentence's meetings happen within an earlier visit
_DURING_VISIT = regex.compile(
    r"(?i)\b(?:during|in\s+the\s+course\s+of|on\s+the\s+sidelines\s+of)\s+"
    r"(?:his|her|their|the|this)\s+(?:[\w-]+\s+){0,2}?(?:stay|visit|trip|tour)\b"
)
# "held meetings with top officials ..., including Secretary Blinken": the other side's head
_COUNTERPART = regex.compile(
    r"(?i)\b(?:met|meet|meets|meeting|meetings|talks|held\s+talks|spoke|conversation|"
    r"call|received|hosted)(?:\s+(?:separately|by\s+(?:tele)?phone|over\s+the\s+phone|"
    r"virtually|briefly)|(?:\s+(?!with\b)[\w-]+){1,7}?)?\s+with\b"  # "met for eight hours on
    # Saturday with", and through "U.S." and "Dr." in the names after it
    r"(?:(?!\b(?:concerning|regarding|about|over\s+the)\b)(?:[^.;:]|(?<=\b\p{Lu}{1,2})\.))*$"
)  # not past the topic: "meeting with X concerning the killing of Y": Y is no side
# "met his Chinese counterpart": a second side, named or not
_THEIR_COUNTERPART = regex.compile(
    r"(?i)\b(?:his|her|their|its)\s+(?:[\w-]+\s+){0,2}counterparts?\b"
)
# "the situation in Afghanistan", "peace in the region": a place that is a topic
_TOPIC_IN = regex.compile(
    r"(?i)\b(?:situation|developments?|peace|stability|war|conflict|crisis|security|violence|"
    r"unrest|tensions?|crackdown|fighting|elections?|reconciliation|terrorism|humanitarian|"
    r"human\s+rights|investments?|projects?|interests?)\s+in\s+(?:the\s+)?$"
)
# "his Indian counterpart S. Jaishankar", "counterparts, X and Y": the name right after
_COUNTERPART_NAMED = regex.compile(
    r"\b[Cc]ounterparts?\s*,?\s*(?:(?:\p{Lu}[\w.'’-]*|and|&|,)\s*){0,8}$"
)
# a head in a phrase that places another meeting: "on the sidelines of the G20 Summit"
_CONTEXT_BEFORE = regex.compile(
    r"(?i)\b(?:sidelines|margins?|opening|run-up|eve|end|close|start)\s+of\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,4}$|\b(?:ahead\s+of|during|at|after|before)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$"
)
_FUTURE = regex.compile(r"(?i)\b(?:will|shall|is\s+to|are\s+to|is\s+due\s+to|plan\s+to)\b")
# "Erdogan received Ukrainian President Zelenskiy": the guest
_HOSTED_OBJECT = regex.compile(
    r"(?i)\b(?:received|receives|hosted|hosts|welcomed|welcomes)\s+(?!by\b)[^.;,]{0,50}$"
)
# "a three-day official visit to Japan": the host is a side
_VISIT_TO = regex.compile(r"\b(?:visit|visits|trip|tour)\s+to\s+(?:the\s+)?$")
# "the two-day visit of Iranian Foreign Minister X": the visitor
_VISIT_OF = regex.compile(r"(?i)\b(?:visit|trip|tour)\s+(?:of|by)\s+[^.;,]*$")
# "the visit ended on Wednesday": the day is the last one
_ENDED = regex.compile(
    r"(?i)\b(?:ended|ends|concluded|concludes|wrapped\s+up)\s+(?:[^.;,]{0,60}?\s+)?(?:on\s+)?$"
)
# "met" as a meeting, not "met the target"
_MET = regex.compile(
    r"(?i)\b(?:met|meet|meets|received|receives|hosted|hosts|welcomed)\b(?!\s+by\b)"
    r"(?!\s+(?:the\s+|its\s+|their\s+|an?\s+|with\s+an?\s+)?(?:[\w-]+\s+)?(?:target|goal|demand|"
    r"deadline|criteria|requirements?|expectations?|needs?|standards?|conditions?|fate|death|end|"
    r"response|reply|resistance|opposition|challenge|obligations?|commitments?|costs?|"
    r"criticism|backlash|condemnation|approval|support|success|failure|injuries|injury|wounds|"
    r"treatment|burns|bullets?|threats?))"
)  # (not "sepoy Khalil Ahmed received injuries")
_CONTINUED = regex.compile(
    r"(?i)\b(?:again|resume[ds]?|resuming|continued|continue[sd]?|second\s+day|another\s+day|"
    r"first\s+day|day\s+two|weekend\s+talks)\b"
)
_IN_THEIR = regex.compile(
    r"(?i)\b(?:in|during|at)\s+(?:their|the|its|his|her)\s+(?:[\w-]+\s+){0,3}$"
)
_FIRST_SINCE = regex.compile(r"(?i)\bfirst\b[^.;]{0,60}?\bsince\b")
_NOT_TITLE_GAP = regex.compile(
    r"(?i)[.;:\n]|\b(?:in|on|to|at|with|from|by|after|before|during|visit|visiting|met|meets)\b"
)
# the period of "Mr." or an initial ("H.E."), which ends no sentence inside a "led by"
_ABBREVIATION_DOT = r"(?<=\b(?:Mr|Mrs|Ms|Dr|Gen|Col|\p{Lu}))\."
# a person leading a side named by its country: "X led the (Pakistani) delegation"
_LEADS_SIDE = regex.compile(
    r"(?i)[^.;]{0,30}?\b(?:led|leads|headed|heads|will\s+lead|will\s+head)\s+(?:the\s+|a\s+)?"
    r"(?P<c>[\w-]+(?:\s+[\w-]+)?)\s+(?:delegation|side|team)\b"
)
# between a side's country and its head: "(Pakistani) side was led by Additional Secretary "
_SIDE_LED_BY = regex.compile(
    r"(?i)\s+(?:side|delegation|team)\s+(?:was\s+|is\s+|will\s+be\s+)?(?:led|headed)\s+by\s+"
    rf"(?:(?:[^.;,\n]|{_ABBREVIATION_DOT}){{0,50}}\s)?"
)
_WISH_BEFORE = regex.compile(
    r"(?i)\b(?:look(?:s|ed|ing)?\s+forward\s+to|hop(?:e|es|ed|ing)\s+to|wish(?:es|ed)?\s+to|"
    r"want(?:s|ed)?\s+to|would\s+like\s+to|(?:is|are|was|were|remains?|remained)\s+"
    r"(?:ready|willing|prepared|open)\s+(?:to|for)|offer(?:s|ed)?\s+to|call(?:s|ed|ing)?\s+for|"
    r"urg(?:e|es|ed|ing)|propos(?:e|es|ed|ing))\s+(?:[\w-]+\s+){0,3}$"
)
_SIDES = regex.compile(
    r"(?i)\b(?:the|both)\s+(?:two\s+)?(?:top\s+|foreign\s+)?(?:sides|delegations|countries|"
    r"ministers|leaders|nations|governments|diplomats)\b|\b(?:neither|either|each)\s+side\b"
)
_PASSIVE_AGENDA = regex.compile(r"(?i)\b(?:were|was)\s+(?:discussed|reviewed|taken\s+up)\b")
_ORDINAL = regex.compile(
    r"(?i)\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b"
)
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}


@dataclass
class _Draft:
    name: str | None
    key: str
    span: tuple[int, int]
    evidence: list[tuple[int, int]] = field(default_factory=list)
    parties: dict[str, EntityRef] = field(default_factory=dict)
    leaders: dict[str, tuple[EntityRef, EntityRef | None, str | None]] = field(default_factory=dict)
    start: dt.date | None = None
    end: dt.date | None = None
    days: int | None = None
    location: EntityRef | None = None
    past: bool = False
    planned: bool = False
    anaphoric: bool = False
    topics: dict[tuple[int, int], None] = field(default_factory=dict)  # ordered set
    outcomes: dict[tuple[int, int], None] = field(default_factory=dict)
    counterpart: bool = False  # "met his Turkish counterpart": the head is of the other side
    hosted: bool = False  # the place is the dateline's city, where a visitor came


class _Extractor(FactContext):
    def __init__(
        self,
        text: str,
        idx: EntityIndex,
        dates: Sequence[TimeExpression],
        published: dt.date | None,
        dateline: EntityRef | None,
        triggers: Sequence[tuple[int, int]] = (),
    ) -> None:
        super().__init__(text, idx, dates)
        self.published = published
        self.dateline = dateline
        self._surnames: frozenset[str] | None = None
        self.triggers = sorted(triggers)
        self._trigger_starts = [t[0] for t in self.triggers]
        acronyms = {m["acr"] for m in _DIALOGUE_ACRONYM.finditer(text)}
        self._acronym_ref = (  # "Foreign Office Consultations (FOCs)", then "The FOCs were"
            regex.compile(r"\b(?:" + "|".join(sorted(acronyms)) + r")s?\b") if acronyms else None
        )

    def _pattern_heads(self, s: int, e: int) -> list[_PatternHead]:
        """Heads found by the rules' ``dialogue`` patterns inside ``[s, e)``."""
        i = bisect.bisect_left(self._trigger_starts, s)
        out: list[_PatternHead] = []
        while i < len(self.triggers) and self.triggers[i][0] < e:
            a, b = self.triggers[i]
            if b <= e:
                out.append(_PatternHead(a, b, self.text[a:b]))
            i += 1
        return out

    def sentence(self, s: int, e: int) -> _Draft | None:
        text = self.text
        heads, nots, mods = _patterns()
        candidates: list[_Head] = []
        found: list[_Head] = list(heads.finditer(text, s, e))
        extra = self._pattern_heads(s, e)
        if extra:  # a pattern's hit wins over the built-in heads inside it
            found = [
                m for m in found if not any(p.a <= m.start() and m.end() <= p.b for p in extra)
            ]
            found = sorted([*extra, *found], key=lambda m: (m.start(), -m.end()))
        for m in found:
            around = text[max(s, m.start() - 20) : min(e, m.end() + 12)]
            if nots.search(around) and not rx.search(r"(?i)dialogue|talks", m.group()):
                continue
            candidates.append(m)
        # a wish or an offer is no event: "looked forward to meeting", "ready to hold talks"
        candidates = [
            m
            for m in candidates
            if not _WISH_BEFORE.search(text, max(s, m.start() - 50), m.start())
        ]
        # the narrative's heads over those inside a quotation ("We used ... the meeting")
        narrative = [m for m in candidates if not _in_quote(text, s, m.start())]
        candidates = narrative or candidates
        # the event itself, not a summit it happens at ("held bilateral talks ... ahead of
        # the G-20 Summit", "on the sidelines of the summit")
        own = [
            m
            for m in candidates
            if not _CONTEXT_BEFORE.search(text, max(s, m.start() - 60), m.start())
            and not text.startswith(":", m.end())  # "G20 Summit: PM holds talks with ..."
        ]
        candidates = own or candidates
        # the most specific head: a named one ("the 6th Strategic Dialogue") over "meetings"
        head = next(
            (m for m in candidates if _NAMED.search(self._name(m, s, mods)[0])),
            candidates[0] if candidates else None,
        )
        if head is None and _MET.search(text, s, e):
            d = _Draft("meeting", "meeting#", (s, e), [(s, e)])  # "X and Y met in Z"
            self._parties(d, s, e)
            self._leaders(d, s, e)
            counterpart = _THEIR_COUNTERPART.search(text, s, e) is not None
            d.counterpart = counterpart
            if len(d.parties) >= 2 or len(d.leaders) >= 2 or (counterpart and d.leaders):
                met = _MET.search(text, s, e)
                self._when(d, s, e, met.start() if met else s)
                self._where(d, s, e)
                d.planned = bool(_FUTURE.search(text, s, e))
                d.topics = dict.fromkeys(find_topics(text, s, e))
                d.outcomes = dict.fromkeys(find_outcomes(text, s, e))
                return d
        if head is None:
            hosts = rx.search(r"(?i)\b(?:received\s+by|met\s+with|hosted\s+by)\b", text[s:e])
            sides = (
                (
                    rx.search(r"(?i)\b(?:delegation|side)\b", text[s:e])
                    or (self._acronym_ref is not None and self._acronym_ref.search(text, s, e))
                )
                and _LED.search(text, s, e)
            ) or _REPRESENTED_BY.search(text, s, e)
            if sides or hosts:
                d = _Draft(None, "", (s, e), [(s, e)], anaphoric=True)  # who led the sides
                self._leaders(d, s, e)
                return d if d.leaders else None
            return None
        name, key = self._name(head, s, mods)
        d = _Draft(name, key, (s, e), [(s, e)])
        bare = all(
            w.lower() in _GENERIC_MODIFIERS
            or w.lower()
            in ("dialogue", "talks", "meeting", "consultations", "negotiations", "visit", "session")
            or (rx.search(r"\p{L}-\p{L}", w) is not None and self._generic(w.lower()))
            for w in (name or "").split()
        )  # "the Modi-Trump meeting": the sides' names add nothing
        d.anaphoric = bare and bool(_ANAPHOR.search(text, max(s, head.start() - 40), head.end()))
        if (
            d.anaphoric
            and _FIRST_SINCE.search(text, max(s, head.start() - 40), e)
            and _IN_THEIR.search(text, max(s, head.start() - 60), head.start())
        ):
            d.anaphoric = False  # "met ... in their first face-to-face meeting since ...":
            # the sentence tells this meeting ("This was the first since July" refers back)
        if not d.anaphoric and not _EVENT_VERB.search(text, s, e):
            return None  # "supporting Afghanistan peace negotiations": talks only named
        self._parties(d, s, e)
        self._leaders(d, s, e)
        self._when(d, s, e, head.start())
        self._where(d, s, e)
        mark = _PAST_MARK.search(text, max(s, head.start() - 40), min(e, head.end() + 5))
        # "the fifth round" is earlier talks unless the sentence schedules it ("will hold")
        ordinal_only = mark is not None and mark.group(1).lower() in _ORDINALS
        future = _FUTURE.search(text, max(s, head.start() - 60), head.start())
        first_since = (  # "the first in-person meeting between X and Y since ...": this one
            ordinal_only
            and mark is not None
            and mark.group(1).lower() == "first"
            and rx.search(r"(?i)\bsince\b", text[head.end() : e]) is not None
        )
        d.past = (
            mark is not None
            and d.start is None
            and not (ordinal_only and future)
            and not first_since
        )
        d.planned = bool(
            rx.search(
                r"(?i)\b(?:will|would|is\s+to|are\s+to|is\s+due|upcoming|"
                r"next|scheduled)\b",
                text[s:e],
            )
        )
        specific = len(d.parties) >= 2 or d.leaders or d.location or d.start
        if not specific and not _ANAPHOR.search(text, s, e):
            return None
        d.topics = dict.fromkeys(find_topics(text, s, e))
        d.outcomes = dict.fromkeys(find_outcomes(text, s, e))
        return d

    def follow_up(self, drafts: list[_Draft], s: int, e: int) -> None:
        """A sentence that names no dialogue but tells what the latest one discussed or
        produced: its subject is one of the heads, "the two sides", or the topics are
        passive ("issues ... were discussed")."""
        text = self.text
        d = next((x for x in reversed(drafts) if not x.past), None)
        if d is None or s - d.evidence[-1][1] > 1500:
            return
        topics, outcomes = find_topics(text, s, e), find_outcomes(text, s, e)
        if not topics and not outcomes:
            return
        heads = {m.entity for m in self.idx.at(s, e)} & set(d.leaders)
        if not (heads or _SIDES.search(text, s, e) or _PASSIVE_AGENDA.search(text, s, e)):
            return
        d.evidence.append((s, e))
        d.topics.update(dict.fromkeys(topics))
        d.outcomes.update(dict.fromkeys(outcomes))

    def _name(self, head: _Head, s: int, mods: frozenset[str]) -> tuple[str, str]:
        """The head and the modifiers before it; the key for merging mentions."""
        text = self.text
        if rx.match(r"(?i)(?:spoke|talked)\s", head.group()):
            return "phone call", "phone call#"  # "X spoke by phone with Y"
        start = head.start()
        pos = head.start()
        while pos > s:
            m = rx.search(r"([\w+'’-]+)\s+$", text[max(s, pos - 40) : pos])
            if not m:
                break
            word = m.group(1)
            low = word.lower().strip("'’")
            ok = (
                low in mods
                or (
                    word[:1].isupper()
                    and not self.idx.at(pos - len(m.group()), pos)
                    and low not in ("the", "a", "an")
                )
                or rx.fullmatch(r"\p{Lu}[\p{L}.]*(?:-\p{Lu}[\p{L}.]*){1,3}", word)
            )  # "Pakistan-US", "China-Pakistan-Afghanistan"
            if not ok:
                break
            pos -= len(m.group())
            start = pos
        name = " ".join(text[start : head.end()].split())
        ordinal = _ORDINAL.search(name)
        n = ""
        if ordinal:
            w = ordinal.group(1).lower()
            n = str(_ORDINALS.get(w, rx.sub(r"\D", "", w)))
        if "2+2" in name:
            return name, "2+2"
        significant = [
            w.replace("-", "")
            for w in (x.lower() for x in name.split()[:-1])
            if not self._generic(w)
        ]  # "G20" and "G-20" are one name
        base = " ".join([*significant[-1:], head.group().lower().rstrip("s")])
        return name, f"{base}#{n}"

    def _generic(self, word: str) -> bool:
        """A modifier that does not tell one dialogue from another: "annual", "sixth",
        "two-day", or the sides' names ("Pakistan-US")."""
        if word in _GENERIC_MODIFIERS or _ORDINAL.fullmatch(word) or word.endswith("-day"):
            return True
        parts = [p for p in word.split("-") if p]
        if self._surnames is None:
            self._surnames = frozenset(
                e.name.split()[-1].lower() for e in self.idx.ents.values() if e.kind == "person"
            )
        return all(
            self.idx.gaz.lookup(p.upper() if len(p) <= 3 else p.title()) or p in self._surnames
            for p in parts
        )  # "Pakistan-US", and "Modi-Trump" when both are people of the article

    def _parties(self, d: _Draft, s: int, e: int) -> None:
        """The sides named in the sentence; a mention that refers back ("the talks held
        just days before") keeps them only if it turns out to be the first mention."""
        text = self.text
        for m in self.idx.at(s, e):
            ent = self.idx.entity(m.entity)
            if ent.kind == "city" and m.form == "metonym":
                continue
            if ent.kind not in _PARTY_KINDS:
                continue
            if ent.name.lower() in current_rules().layout.agencies_lower or _INTERVIEW_WITH.search(
                text, max(s, m.start - 30), m.start
            ):
                continue  # "said in an interview with Sputnik": a news outlet, no side
            if ent.kind == "country" and _PLACE_COMMA_BEFORE.search(
                text, max(s, m.start - 50), m.start
            ):
                continue  # "in Qingdao, east China": where the place is, not a side
            if (
                ent.kind != "country"
                and not rx.search(
                    r"(?i)\b(?:between|with)\s+(?:the\s+)?$", text[max(s, m.start - 15) : m.start]
                )
                and not _SIDE_AFTER.match(text, m.end, e)  # "a Hamas delegation"
                and not _SIDES_FROM.search(text, max(s, m.start - 30), m.start)
            ):
                joined = rx.search(
                    r"(?i)\s(?:and|&)\s+(?:the\s+)?$", text[max(s, m.start - 10) : m.start]
                )
                prev = [x for x in self.idx.at(max(s, m.start - 60), m.start) if x.end <= m.start]
                if not (joined and prev and prev[-1].entity in d.parties):
                    continue  # "The United States and the Taliban will hold talks": both sides
            before = text[max(s, m.start - 30) : m.start].lower()
            sides_of = rx.search(
                r"\b(?:ministers?|leaders?|delegations?|officials|representatives|envoys?|"
                r"heads?|affairs|secretary|president|ambassador|chancellor|king|emir)\s+"
                r"(?:of|from)\s+"
                r"(?:the\s+)?(?:[\w.-]+\s+(?:and|&)\s+(?:the\s+)?)?$",
                before,
            )  # "ministers of India and Japan", "Minister for Foreign Affairs of Japan"
            if (
                rx.search(r"\b(?:in|at|to|from|on|of|across|over|towards?)\s+(?:the\s+)?$", before)
                and m.form != "demonym"
                and not sides_of
                and not _VISIT_TO.search(before)
            ):
                continue  # "in Afghanistan", "the issue of Afghanistan": a topic or a place
            if (
                m.form == "demonym"
                and not rx.match(
                    r"\s+(?:[\w-]+\s+){0,3}?(?:delegations?|sides?|ministers?|secretary|"
                    r"president|counterparts?|officials?|teams?|negotiators|foreign|defence|"
                    r"defense|deputy|prime|fm|crown\s+prince|king|leaders?|envoys?)\b",
                    text[m.end : m.end + 40],
                    regex.I,
                )
                and "-" not in (text[m.start - 1 : m.start], text[m.end : m.end + 1])
            ):  # ("the Russian-North Korean strategic dialogue": a pair of sides)
                continue
            d.parties.setdefault(m.entity, self.ref(m.entity, m.start, m.end))

    def _leaders(self, d: _Draft, s: int, e: int) -> None:
        """Heads of delegations: people who led or headed a side, who co-chaired, who met
        "between" each other, whose title heads a delegation, or who arrived or travelled
        for the talks as the sentence's subject."""
        text = self.text
        persons = [m for m in self.idx.at(s, e) if self.idx.entity(m.entity).kind == "person"]
        # the last head: its end, its side, whether a possessor names it ("Pakistan's X")
        prev_head: tuple[int, EntityRef | None, bool] | None = None
        for m in persons:
            ent = self.idx.entity(m.entity)
            if text[m.end : m.end + 2] in ("'s", "’s"):
                continue  # "discussed President Moon's state visit": whose visit, not a head
            if _SPEAKER_AFTER_QUOTE.search(text, max(s, m.start - 60), m.start) and (
                _SAID_NEXT.match(text, m.end)
            ):
                continue  # '"... he had bilateral meetings ...," Srivastava said': the speaker
            before = text[max(s, m.start - 60) : m.start]
            after = text[m.end : min(e, m.end + 110)]
            title = (ent.title or "").lower()
            led = (
                bool(
                    rx.search(
                        r"(?i)\b(?:led|headed|chaired|hosted)\s+by\s+"
                        rf"(?:[^.;]|{_ABBREVIATION_DOT}){{0,130}}$",
                        text[max(s, m.start - 150) : m.start],
                    )  # (the period of "Mr." or "H.E." is no stop; "co-chaired by X and
                    # Argentina's Deputy Minister for Foreign Affairs, Y": both)
                    or _LED.search(before[-25:])
                )
                or bool(
                    rx.match(
                        r"(?i)[^.;]{0,40}?\b(?:will\s+)?(?:lead|leads|led|headed|heads|co-chair)",
                        after,
                    )
                )
            )
            between = bool(
                rx.search(r"(?i)\bbetween\b[^.;]*$", text[max(s, m.start - 150) : m.start])
            ) and not rx.search(
                r"(?i)\b(?:earlier|previously|prior|last\s+(?:week|month|year))\s+(?:\w+\s+)?"
                r"between\b[^.;]*$",
                text[max(s, m.start - 120) : m.start],
            )  # (not "the talks earlier held between X and Y": talks before these)
            heads = bool(rx.search(r"\b(?:delegation|head\s+of|side)\b", title))
            subject = (
                not d.anaphoric
                and m.start - s < 140
                and bool(
                    rx.match(
                        r"(?i)(?:[^.;]{0,60}?|\s+and\s+[^.;]{0,90}?)\b(?:arrived|arrives|visited|"
                        r"visits|will\s+visit|attending|(?:held|holds|will\s+hold)\s+"
                        r"(?:[\w-]+\s+){0,2}meetings?|"
                        r"(?:held|holds|will\s+hold)\s+(?:[\w-]+\s+){0,2}talks|met|"
                        r"meets|will\s+meet|attended|co-chaired|would\s+be\s+hosted|spoke|"
                        r"talked|travel(?:led|ed|s)?|will\s+travel|hosted|received|welcomed|"
                        r"will\s+pay|pays|paid|paying)\b",
                        after,
                    )
                )
            )
            wide = text[max(s, m.start - 110) : m.start]
            hosted = bool(
                rx.search(r"(?i)\b(?:hosted\s+by|received\s+by)\b[^.;]*$", wide)
                or _COUNTERPART_NAMED.search(wide)
            )
            met_with = bool(_COUNTERPART.search(text, max(s, m.start - 160), m.start))
            met_with = met_with or bool(_VISIT_OF.search(text, max(s, m.start - 80), m.start))
            met_with = met_with or bool(_HOSTED_OBJECT.search(text, max(s, m.start - 60), m.start))
            rep = _REPRESENTED.search(text, max(s, m.start - 120), m.start)
            if not (led or between or heads or subject or hosted or met_with or rep):
                continue
            party = (
                (self._side_named(*rep.span("side")) if rep else None)
                or self._party_of(m.start, ent.affiliation)
                or self._side_led(m.end, e)
                or self.idx.country_of_title(ent.title)  # "External Affairs Minister X"
            )
            if (
                party is None
                and prev_head is not None
                and prev_head[2]
                and not between
                and _AND_TITLE.fullmatch(text, prev_head[0], m.start)
            ):
                party = prev_head[1]  # "Pakistan's Deputy Prime Minister X and Interior
                # Minister Y": the possessor's too
            if party is not None and not d.anaphoric:
                d.parties.setdefault(party.id or party.name or "", party)
            d.leaders.setdefault(m.entity, (self.ref(m.entity, m.start, m.end), party, ent.title))
            possessed = bool(_POSSESSOR_TITLE.search(text, max(s, m.start - 80), m.start))
            prev_head = (m.end, party, possessed)

    def _side_named(self, a: int, b: int) -> EntityRef | None:
        """The country a side is named by: itself, or its capital ("New Delhi was
        represented by X")."""
        for c in self.idx.at(a, b):
            ent = self.idx.entity(c.entity)
            if ent.kind == "country":
                return self.ref(c.entity, c.start, c.end)
            if ent.kind == "city" and ent.country:
                return self.idx.country_ref(ent.country)
        return None

    def _side_led(self, pos: int, e: int) -> EntityRef | None:
        """The country of the side a person leads, told after the name: "X led the
        Pakistani delegation", "X headed the Chinese side"."""
        m = _LEADS_SIDE.match(self.text, pos, min(e, pos + 80))
        if m is None:
            return None
        for c in self.idx.at(m.start("c"), m.end("c")):
            if self.idx.entity(c.entity).kind == "country":
                return self.ref(c.entity, c.start, c.end)
        return None

    def _party_of(self, pos: int, affiliation: str | None) -> EntityRef | None:
        """A person's country: a demonym or country in the title before the name, or the
        country of the title's organisation."""
        text = self.text
        for m in reversed(self.idx.at(max(0, pos - 60), pos)):
            ent = self.idx.entity(m.entity)
            if ent.kind == "person":
                break  # "Pakistani Foreign Minister Dar and Foreign Minister Wang Yi": Dar's
            if ent.kind == "country" and not _NOT_TITLE_GAP.search(text, m.end, pos):
                return self.ref(m.entity, m.start, m.end)  # "Pakistani Prime Minister X",
                # not "in Maldives on a visit\n\nMALE: Prime Minister X"
            if ent.kind == "country" and _SIDE_LED_BY.fullmatch(text, m.end, pos):
                return self.ref(m.entity, m.start, m.end)  # "the Pakistani side was led by X"
        if affiliation:
            for ent_id, ent in self.idx.ents.items():
                if ent.name == affiliation and ent.kind == "country":
                    return EntityRef(id=ent_id, name=ent.name, kind="country")
        return None

    def _when(self, d: _Draft, s: int, e: int, head: int) -> None:
        text = self.text
        days = []
        for t in self.dates_in(s, e):
            before = text[max(0, t.span.start - 20) : t.span.start]
            if rx.search(r"(?:said|says|told|added|wrote|posted|stated)\s+(?:on\s+)?$", before):
                continue
            if t.type in ("date", "time") and t.start is not None and t.start == t.end:
                days.append(t)
        ended = False
        if days:
            best = min(days, key=lambda t: abs(t.span.start - head))
            d.start = best.start
            ended = bool(_ENDED.search(text, max(s, best.span.start - 90), best.span.start))
            d.end = _range_end(text, best, days, e)  # "from May 5-8", "May 5 to May 8"
        dur = _DURATION.search(text, s, e)
        if dur:
            n = dur["n"].lower()
            d.days = number_value(n)
        if d.end is not None:
            if d.start is not None and d.end >= d.start:
                d.days = d.days or (d.end - d.start).days + 1
            else:
                d.end = None
        elif ended and d.start:  # "the two-day visit ended on Wednesday"
            d.end = d.start
            d.start = d.end - dt.timedelta(days=(d.days or 1) - 1)
        elif d.start and d.days:
            d.end = d.start + dt.timedelta(days=d.days - 1)

    def _where(self, d: _Draft, s: int, e: int) -> None:
        text = self.text
        best: tuple[int, EntityRef] | None = None
        rank = {"site": 0, "city": 1, "district": 1, "province": 2, "region": 2, "country": 3}
        for m in self.idx.at(s, e):
            ent = self.idx.entity(m.entity)
            if ent.kind not in rank and not (ent.kind == "government" and "Ministry" in ent.name):
                continue
            before = text[max(s, m.start - 12) : m.start].lower()
            if not rx.search(
                r"\b(?:in|at|to|visit|visits|visited|visiting|arrived\s+at|near)\s+(?:the\s+)?$",
                before,
            ):
                continue
            if before.endswith("according to ") or text[m.end : m.end + 2] in ("'s", "’s"):
                continue  # "according to Seoul's foreign ministry": a source, not the venue
            if _OTHER_EVENT.search(text, max(s, m.start - 110), m.start):
                continue  # "following his trip to New York": another event's place
            if _TOPIC_IN.search(text, max(s, m.start - 40), m.start):
                continue  # "discussed the situation in Afghanistan": a topic, not the venue
            r = rank.get(ent.kind, 0)
            if best is None or r < best[0]:
                best = (r, self.ref(m.entity, m.start, m.end))
        if (
            best is None
            and self.dateline is not None
            and rx.search(r"(?i)\b(?:here|visiting)\b", text[s:e])
        ):
            best = (1, self.dateline)  # "held talks here", "the visiting minister"
            d.hosted = True  # in the dateline's city, whose country hosts
        if best is not None:
            d.location = best[1]


_RANGE_TO = regex.compile(r"\s*(?:-|–|—|to|through|till|until)\s*")
_DAY_NUMBER = regex.compile(r"(?P<n>\d{1,2})(?!\d|[:.]\d)(?:st|nd|rd|th)?\b")


def _range_end(
    text: str, first: TimeExpression, days: Sequence[TimeExpression], e: int
) -> dt.date | None:
    """The last day of a range that starts at ``first``: "May 5-8", "May 5 to 8", "from
    May 5 to May 8"; None when ``first`` is a single day."""
    if first.start is None:
        return None
    sep = _RANGE_TO.match(text, first.span.end, e)
    if sep is None or sep.end() == first.span.end:
        return None
    nxt = next((t for t in days if t.span.start == sep.end()), None)
    if nxt is not None:
        return nxt.start
    num = _DAY_NUMBER.match(text, sep.end(), e)
    if num is None:
        return None
    try:
        return first.start.replace(day=int(num["n"]))
    except ValueError:
        return None


def _in_quote(text: str, s: int, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation opened in the sentence starting at ``s``:
    a curly opening quote not yet closed, or an odd number of straight ones."""
    before = text[max(s, pos - 400) : pos]  # bounded: a 1 MB sentence stays linear
    opened = max(before.rfind("\u201c"), before.rfind("\u2018\u2018"))
    if opened >= 0 and before.rfind("\u201d") < opened:
        return True
    return before.count('"') % 2 == 1


def _same_occasion(drafts: list[_Draft], d: _Draft, text: str) -> _Draft | None:
    """The latest dialogue ``d`` retells under another name: "the two top diplomats held a
    meeting in Lima" after "X and Y held talks", or the same two parties again ("Bilawal
    hosted Muttaqi for an exchange" after "Pakistan, Afghanistan hold talks"), with no day
    that differs."""
    last = next((x for x in reversed(drafts) if not x.past), None)
    if last is None:
        return None
    if d.planned != last.planned and (d.start is not None or d.location is not None):
        return None  # "the Foreign Secretaries would meet in New Delhi on June 27-28" after
        # talks held in Qingdao: the next meeting, not these talks
    s, e = d.span
    if (
        not last.parties
        and len(d.leaders) >= 2
        and set(last.leaders) <= set(d.leaders)
        and (last.start is None or d.start is None or last.start == d.start)
        and not _DURING_VISIT.search(text, s, e)  # "During her stay, she held meetings": its own
    ):
        return last  # "X received Y at the airport" on Y's visit: the same two heads
    if not last.parties:
        return None
    if (
        last.start is not None
        and d.start is not None
        and not last.start <= d.start <= (last.end or last.start)
    ):
        continued = any(_CONTINUED.search(text, a, b) for a, b in [*last.evidence, (s, e)])
        if not (
            continued
            and abs((last.start - d.start).days) <= 2
            and len(d.parties) >= 2
            and set(d.parties) == set(last.parties)
        ):
            return None
        return last  # "met again on Sunday ... to resume weekend talks": one round, two days
    if not d.parties and _SIDES.search(text, s, e):
        return last
    if len(d.parties) >= 2 and set(d.parties) == set(last.parties):
        return last
    if d.leaders and set(d.leaders) <= set(last.leaders) and set(d.parties) <= set(last.parties):
        return last  # "the first meeting between Cho and Iwaya since ...": the same heads
    if not d.leaders and d.parties and set(d.parties) < set(last.parties) and d.start is not None:
        return last  # "as meetings ... concluded on Saturday": one side of the same talks
    return None


def _merge(into: _Draft, other: _Draft, extend: bool = False) -> None:
    """Fold ``other`` into ``into``; ``extend``: their days are days of one round."""
    into.evidence.extend(other.evidence)
    into.hosted = into.hosted or (other.hosted and into.location is None)
    into.counterpart = into.counterpart or other.counterpart
    into.topics.update(other.topics)
    into.outcomes.update(other.outcomes)
    if not other.anaphoric:
        for k, v in other.parties.items():
            into.parties.setdefault(k, v)
    for k, lv in other.leaders.items():
        into.leaders.setdefault(k, lv)
    if extend and into.start is not None and other.start is not None:
        first, last = sorted((into.start, other.start))
        into.start, into.end = first, max(last, into.end or last)  # the days of one round
        into.days = None
    if into.start is None and other.start is not None:
        into.start = other.start
    if into.days is None and other.days is not None:
        into.days = other.days
    if into.end is None and other.end is not None and into.start == other.start:
        into.end = other.end
    if into.location is None or (
        other.location is not None
        and into.location.kind == "country"
        and other.location.kind not in (None, "country")
    ):
        into.location = other.location  # "in Japan", then "in Osaka": the city
    if into.name and other.name and len(other.name) > len(into.name) and other.key == into.key:
        into.name = other.name
    into.planned = into.planned or other.planned
    if into.start and into.days and into.end is None:
        into.end = into.start + dt.timedelta(days=into.days - 1)


def extract_dialogues(
    text: str,
    sentences: Sequence[tuple[int, int]],
    idx: EntityIndex,
    dates: Sequence[TimeExpression],
    published: dt.date | None,
    dateline: EntityRef | None = None,
    headline: tuple[int, int] | None = None,
    triggers: Sequence[tuple[int, int]] = (),
) -> list[Dialogue]:
    """Dialogues of an article: one per event, with every mention kept as evidence.
    ``triggers`` are extra heads (offsets) found by the rules' ``dialogue`` patterns."""
    ex = _Extractor(text, idx, dates, published, dateline, triggers)
    units = ([headline] if headline else []) + list(sentences)
    drafts: list[_Draft] = []
    for s, e in units:
        d = ex.sentence(s, e)
        if d is None:
            if drafts:
                ex.follow_up(drafts, s, e)
            continue
        if (s, e) == headline:
            d.past = False  # "Pakistan, China hold first round of ...": the article's event
        target = next(
            (
                x
                for x in drafts
                if x.key == d.key and not d.past and not x.past and not _other_sides(x, d)
            ),
            None,
        )
        if target is None and drafts and not d.past and _FOLLOWED_BY.match(text, s, e):
            target = drafts[-1]  # "It was followed by a one-to-one meeting": the same occasion
        if target is None and d.anaphoric and not d.past:
            target = next(
                (
                    x
                    for x in drafts
                    if not x.past
                    and not (  # "The Pakistan-US dialogue" after Russia's and North Korea's
                        len(x.parties) >= 2
                        and len(d.parties) >= 2
                        and not set(x.parties) & set(d.parties)
                    )
                ),
                None,
            )
        extend = False
        if target is None and not d.past and drafts:
            target = _same_occasion(drafts, d, text)
            extend = target is not None and target.start != d.start
        if target is None and d.start is None and _DURING_VISIT.search(text, s, e):
            visit = next((x for x in reversed(drafts) if x.key.startswith("visit")), None)
            if visit is not None:  # the meetings of a visit happen within its days
                d.start, d.end, d.days = visit.start, visit.end, visit.days
                d.location = d.location or visit.location
        if target is not None:
            _merge(target, d, extend)
        else:
            drafts.append(d)
    lead = drafts[0] if drafts else None
    if lead is not None and lead.name is None and lead.anaphoric:
        # "The FOCs were co-chaired by X and Y" opening the text, before the sentence that
        # names the consultations: who led the event told next
        told = next((x for x in drafts[1:] if not x.past), None)
        if told is not None:
            _merge(told, lead, False)
            drafts.remove(lead)
    countries = _countries_by_mentions(idx)
    home = _dateline_country(dateline, idx)
    if home is not None:  # "ISLAMABAD: ...": a report from Pakistan is first about Pakistan
        countries = [home, *(c for c in countries if c.id != home.id)]
    _share_sides(drafts)
    out = []
    for d in drafts:
        _host_side(d, idx)  # the host first: a visitor then comes from the home country
        _complete_sides(d, countries)
        for _, party, _ in d.leaders.values():  # "the Pakistani side was led by X"
            if party is not None and (party.id or party.name or "") not in d.parties:
                d.parties[party.id or party.name or ""] = party
        status = _status(d, published)
        parties = tuple(d.parties.values())
        if len({p.name for p in parties}) != len(parties):
            parties = tuple({p.name: p for p in parties}.values())
        s, e = d.span
        out.append(
            Dialogue(
                id=f"dlg-{s}-{e}",
                name=d.name,
                parties=parties,
                start=d.start,
                end=d.end if d.end and d.start and d.end >= d.start else None,
                status=status,
                location=d.location,
                delegations=tuple(
                    Delegation(party=party, leader=leader, title=title)
                    for leader, party, title in d.leaders.values()
                ),
                topics=tuple(Span.of(text, a, b) for a, b in d.topics),
                outcomes=tuple(Span.of(text, a, b) for a, b in d.outcomes),
                span=Span.of(text, s, e),
                evidence=tuple(Span.of(text, a, b) for a, b in d.evidence),
                rule_id="factkit.dialogues.sentence.v1",
            )
        )
    return out


Status = Literal["planned", "ongoing", "held", "past_reference"]


def _countries_by_mentions(idx: EntityIndex) -> list[EntityRef]:
    """The countries an article names (not as demonyms), the most often named first: the
    first is the country the article is most about."""
    counts: dict[str, int] = {}
    for m in idx.mentions:
        if idx.entity(m.entity).kind == "country" and m.form in ("name", "alias", "metonym"):
            counts[m.entity] = counts.get(m.entity, 0) + 1
    ranked = sorted(counts, key=lambda k: (-counts[k], k))
    return [EntityRef(id=eid, name=idx.entity(eid).name, kind="country") for eid in ranked]


def _other_sides(a: _Draft, b: _Draft) -> bool:
    """Whether two mentions with one name ("visit") are told of different people or places:
    "Imran Khan will visit Saudi Arabia" and "Qureshi will visit Kabul on Saturday"."""
    if a.leaders and b.leaders and not set(a.leaders) & set(b.leaders):
        return True
    return bool(a.parties and b.parties and not set(a.parties) & set(b.parties))


def _dateline_country(dateline: EntityRef | None, idx: EntityIndex) -> EntityRef | None:
    """The country of the dateline's city, when the entity layer knows it."""
    if dateline is None or dateline.id is None or dateline.id not in idx.ents:
        return None
    return idx.country_ref(idx.entity(dateline.id).country)


def _share_sides(drafts: list[_Draft]) -> None:
    """What one mention tells of a head's side holds for the whole article: Blinken, an
    American counterpart in one sentence, is the American side of a later meeting. A
    meeting with one head's side known and one head's not takes the other side of the
    article's bilateral talks ("between India and the U.S.")."""
    sides: dict[str, EntityRef] = {}
    for d in drafts:
        for k, (_, party, _) in d.leaders.items():
            if party is not None:
                sides.setdefault(k, party)
    pair = next(
        (list(d.parties.values()) for d in drafts if not d.past and len(d.parties) == 2), None
    )
    for d in drafts:
        for k, (leader, party, title) in list(d.leaders.items()):
            if party is None and k in sides:
                d.leaders[k] = (leader, sides[k], title)
                known = sides[k]
                d.parties.setdefault(known.id or known.name or "", known)
        sideless = _sole_sideless(d)
        if pair is None or sideless is None or len(d.parties) != 1:
            continue
        (known_id,) = d.parties
        others = [p for p in pair if (p.id or p.name) != known_id]
        if len(others) == 1 and len(others) < len(pair):
            _give_side(d, sideless, others[0])


def _sole_sideless(d: _Draft) -> str | None:
    """The one delegation head whose side is unknown, or None when there are none or
    several."""
    sideless = [k for k, (_, party, _) in d.leaders.items() if party is None]
    return sideless[0] if len(sideless) == 1 else None


def _give_side(d: _Draft, key: str, party: EntityRef) -> None:
    """Make ``party`` the side of head ``key`` and one of the dialogue's parties."""
    leader, _, title = d.leaders[key]
    d.leaders[key] = (leader, party, title)
    d.parties[party.id or party.name or ""] = party


def _complete_sides(d: _Draft, countries: Sequence[EntityRef]) -> None:
    """A meeting whose sides are known but one head's country is not: that head speaks for
    the most named country that is not yet a side, the article's home country as a rule
    ("between Dar, Wang Yi and Afghan FM Muttaqi" in a Pakistani report; "Rahimi met his
    Turkish counterpart" in a report on Iran and Turkey)."""
    if not d.parties:
        return
    sideless = _sole_sideless(d)
    taken = {(p.id or p.name or "") for _, p, _ in d.leaders.values() if p is not None}
    free = [k for k, p in d.parties.items() if p.kind == "country" and k not in taken]
    if sideless is not None and len(d.leaders) == len(d.parties) == 2 and len(free) == 1:
        _give_side(d, sideless, d.parties[free[0]])  # "India and Argentina ... co-chaired by
        return  # X and Argentina's Deputy Minister Y": X heads the side left, India
    home = next((c for c in countries if c.id not in d.parties), None)
    if (
        home is not None
        and sideless is not None
        and (len(d.leaders) > len(d.parties) or d.counterpart or d.key.startswith("visit"))
    ):  # (a visitor to a host country comes from the article's own country)
        _give_side(d, sideless, home)


def _host_side(d: _Draft, idx: EntityIndex) -> None:
    """A visit or talks with one side known and a place in another country: that country
    hosts them and is the other side ("Scholz arrives in New Delhi for a two-day visit":
    India; "the visiting Japanese minister held talks" under a KATHMANDU dateline: Nepal)."""
    if len(d.parties) > 1 or d.location is None:
        return
    if not (d.key.startswith("visit") or d.hosted):
        return  # Russia and Ukraine meeting in Istanbul: Turkey hosts, but is no side
    if d.location.id is None or d.location.id not in idx.ents:
        return
    host = idx.country_ref(idx.entity(d.location.id).country)
    if host is None or host.id in d.parties:
        return
    d.parties[host.id or ""] = host
    sideless = _sole_sideless(d)
    if sideless is not None and len(d.leaders) >= 2:  # the one head with no side is the host's
        _give_side(d, sideless, host)


def _status(d: _Draft, published: dt.date | None) -> Status | None:
    if d.past:
        return "past_reference"
    if published is None or d.start is None:
        return "planned" if d.planned else None
    end = d.end or d.start
    if d.start > published:
        return "planned"
    if end > published >= d.start:
        return "ongoing"  # "on a visit from May 5-8", told on May 7
    if end >= published >= d.start and d.planned:
        return "ongoing"
    return "held"
