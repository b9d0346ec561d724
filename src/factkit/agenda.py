"""Stage 3, dialogues' agenda: what talks were about (topics) and what they produced
(outcomes), as spans of the text.

Topics follow a topic cue of the rules' ``dialogue_words`` ("aimed at discussing",
"discussed", "talks on", "exchanged views on", "issues ranging from A to B were
discussed") and run to the end of their clause (at most 400 characters on); a list ("A, B
and C") gives one topic per item, while a phrase with no comma keeps its "and"
("bilateral defence and security cooperation"). Outcomes are the clauses of an outcome
verb: "agreed to ...", "agreed on ...", "issued separate handouts", "signed a memorandum
...", "X had been agreed".

Why by hand: no library reads agendas; the cues are data, the rest is clause cutting.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from . import _regex as rx
from .lexicon import phrase_alternation
from .rules.loader import Rules, current_rules

__all__ = ["find_outcomes", "find_topics"]


def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    return _patterns_of(current_rules())


@lru_cache(maxsize=8)
def _patterns_of(rules: Rules) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    topics = phrase_alternation(rules.forms("dialogue_words", "topic_cue")) or "(?!)"
    outcomes = phrase_alternation(rules.forms("dialogue_words", "outcome_cue")) or "(?!)"
    topic = regex.compile(rf"(?i)\b(?:{topics})\s+(?:the\s+(?=issues?\b))?")
    outcome = regex.compile(rf"(?i)\b(?:{outcomes})\b")
    return topic, outcome


_REACH = 400  # a topic list or an outcome clause is never longer: one long sentence stays linear
# the end of a topic list: a clause boundary, a quote, or a new clause's verb
_CLAUSE_END = regex.compile(
    r"[.;:!?\"“”]|,\s*(?:said|says|read|according|while|but|which|who|as|and\s+(?:agreed|"
    r"decided|said|vowed|pledged|issued|signed))\b|\s+(?:were|was|are|is|have\s+been|had\s+been)"
    r"\s+(?:discussed|reviewed|taken\s+up|raised|covered)\b|\s+(?:and|but)\s+(?:agreed|decided|"
    r"vowed|pledged|issued|signed|said)\b|\s+(?:during|in\s+a|at\s+the|on\s+(?:Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday))\b|\s+(?:has|have|had|will|would|is|are|was|"
    r"were|could|may|might|can)\s"
)
# a time, not a topic: "talks on Monday (today)"
_TIME_FIRST = regex.compile(
    r"(?i)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|"
    r"yesterday|tonight|next|last|this|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|\d)\b"
)
_OUTCOME_END = regex.compile(
    r"[.;!?\"“”]|,\s*(?:said|says|while|but|according)\b|\s+(?:on|last|this)\s+(?:Monday|"
    r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month)\b"
)
# "talks on the sidelines of the summit", "on the phone": where or how, not what about;
# "..., Seoul's foreign ministry said Friday": the source after the list
_NOT_TOPIC = regex.compile(
    r"(?i)^(?:the\s+)?(?:sidelines|margins?|fringes?|eve|occasion|phone|telephone|"
    r"side-?lines)\b|\b(?:said|says|told|reported|announced)\b"
)
_ISSUE_OF = regex.compile(r"(?i)(?:the\s+)?(?:issues?|matters?)\s+of\s+")
_AGREED_SUBJECT = regex.compile(
    r"(?i)(?:^|[,;]\s*|\bthat\s+)(?P<np>(?:a|an|the)\s[^,;]{2,80}?)\s+"
    r"(?P<aux>(?:had\s+been|has\s+been|was|were)\s+)?$"
)
_RANGE = regex.compile(r"(?i)\bissues?\s+ranging\s+from\s+(?P<a>.+?)\s+to\s+(?P<b>.+?)$")
_PASSIVE_TOPIC = regex.compile(
    r"(?i)(?P<np>\b(?:issues?|matters?|questions?|topics?)\b[^.;]{0,200}?)\s+"
    r"(?:were|was)\s+(?:discussed|reviewed|taken\s+up|raised|covered)\b"
)


def _items(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The items of a list "A, B and C" as offsets; one item when there is no comma."""
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;"):
        b -= 1
    chunk = text[a:b]
    if "," not in chunk:
        return [(a, b)]
    out: list[tuple[int, int]] = []
    pos = a
    for m in rx.finditer(r",\s*(?:and\s+|or\s+)?", chunk):
        out.append((pos, a + m.start()))
        pos = a + m.end()
    last = (pos, b)
    tail = rx.search(r"\s+(?:and|or)\s+", text[last[0] : last[1]])
    if tail:
        out += [(last[0], last[0] + tail.start()), (last[0] + tail.end(), last[1])]
    else:
        out.append(last)
    return out


def _clean(text: str, a: int, b: int) -> tuple[int, int] | None:
    while a < b and (text[a].isspace() or text[a] in ",'‘’"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",'‘’"):
        b -= 1
    lead = _ISSUE_OF.match(text, a, b)  # "the issue of Afghanistan": "Afghanistan"
    if lead:
        a = lead.end()
    words = len(text[a:b].split())
    if _NOT_TOPIC.search(text[a:b]):
        return None
    return (a, b) if 1 <= words <= 14 and not _TIME_FIRST.match(text, a, b) else None


def find_topics(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Topic spans in the sentence ``text[s:e]``."""
    topic, _ = _patterns()
    out: dict[tuple[int, int], None] = {}  # ordered and deduplicated in one
    for m in topic.finditer(text, s, e):
        limit = min(e, m.end() + _REACH)
        end = _CLAUSE_END.search(text, m.end(), limit)
        b = end.start() if end else limit
        for a2, b2 in _items(text, m.end(), b):
            span = _clean(text, a2, b2)
            if span:
                out[span] = None
    for m in _PASSIVE_TOPIC.finditer(text, s, e):
        rng = _RANGE.search(text, m.start("np"), m.end("np"))
        pieces = [rng.span("a"), rng.span("b")] if rng else [m.span("np")]
        for a2, b2 in pieces:
            span = _clean(text, a2, b2)
            if span:
                out[span] = None
    return list(out)


def find_outcomes(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Outcome spans in the sentence ``text[s:e]``: each outcome verb and its clause."""
    _, outcome = _patterns()
    out: dict[tuple[int, int], None] = {}
    for m in outcome.finditer(text, s, e):
        limit = min(e, m.end() + _REACH)
        end = _OUTCOME_END.search(text, m.end(), limit)
        b = end.start() if end else limit
        a = m.start()
        cue = m.group().lower()
        agreed = cue.find("agreed")
        passive = _AGREED_SUBJECT.search(text[max(s, a - 100) : a]) if agreed >= 0 else None
        if passive and (agreed > 0 or passive["aux"]):
            a = max(s, a - 100) + passive.start("np")  # "a new prisoner exchange had been agreed"
            b = m.start() + agreed + len("agreed")
        elif agreed > 0:
            continue  # "had been agreed" with no subject to name
        span = _clean(text, a, b)
        if span:
            out[span] = None
    return list(out)
