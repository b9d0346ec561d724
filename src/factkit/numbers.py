"""Counts in words and digits: "four", "twenty-one", "1,500", "2.5 million", "at least 18",
"hundreds" — parsed into ``Count`` objects with exact, bounded or vague values.

Why by hand: number-word parsers on PyPI (word2number, text2num) raise on anything they do
not know, ignore hedges ("at least", "nearly") and vague quantities, and give no offsets.
The grammar here is small and total: it never raises on content.

Vague quantities follow a documented table (minimums after the ISAF coders' convention
and common reading; ``max`` is left open):

====================  ======  ==========================
word                  min     note
====================  ======  ==========================
a few, few            2
a couple, couple      2       max 2
several               3
multiple, a number of 3       as the ISAF coders count them
numerous, many        4       also "a large / great / significant number of"
a handful of          2
dozens                24      "two dozen" is exactly 24
scores                40
hundreds              200
thousands             2000
tens of thousands     20000
hundreds of thousands 200000
millions              2000000
====================  ======  ==========================

Hedges keep the printed number as the bound, as event coders do (ISAF, ACLED: "more
than 20 killed" is coded as a minimum of 20): "at least / more than / over / above N",
"N or more" → ``min=N``; "up to / at most / fewer than / less than / under N" →
``max=N``; "nearly / almost N" → ``max=N``, approximate; "about / around / some /
roughly / approximately / an estimated N" → ``value=N``, approximate.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from . import _regex as rx
from .models import Count, Span

__all__ = ["find_counts", "find_counts_in", "number_value", "parse_count"]

UNITS = {
    "zero": 0, "no": 0, "none": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2,
    "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "lakh": 100_000, "crore": 10_000_000,
}  # fmt: skip
MULTIPLES = {"dozen": 12, "score": 20, "couple": 2, "pair": 2, "half": 0}
VAGUE: dict[str, tuple[int, int | None]] = {
    "a few": (2, None),
    "few": (2, None),
    "a couple": (2, 2),
    "several": (3, None),
    "multiple": (3, None),
    "a number of": (3, None),
    "numerous": (4, None),
    "many": (4, None),
    "a large number of": (4, None),
    "a great number of": (4, None),
    "a significant number of": (4, None),
    "a handful of": (2, None),
    "dozens": (24, None),
    "scores": (40, None),
    "hundreds": (200, None),
    "thousands": (2000, None),
    "tens of thousands": (20_000, None),
    "hundreds of thousands": (200_000, None),
    "millions": (2_000_000, None),
}
_A_FOLLOWERS = frozenset(
    {"hundred", "thousand", "million", "billion", "trillion", "dozen", "score", "couple", "pair"}
)
HEDGES: dict[str, str] = {
    "at least": "min",
    "a minimum of": "min",
    "no fewer than": "min",
    "no less than": "min",
    "more than": "above",
    "over": "above",
    "above": "above",
    "in excess of": "above",
    "upwards of": "above",
    "up to": "max",
    "at most": "max",
    "no more than": "max",
    "a maximum of": "max",
    "fewer than": "below",
    "less than": "below",
    "under": "below",
    "nearly": "near",
    "almost": "near",
    "close to": "near",
    "just under": "below",
    "about": "approx",
    "around": "approx",
    "some": "approx",
    "roughly": "approx",
    "approximately": "approx",
    "an estimated": "approx",
    "estimated": "approx",
    "circa": "approx",
    "nearly all": "near",
}

_WORD_ALT = "|".join(
    sorted([w for w in [*UNITS, *TENS, *SCALES, *MULTIPLES] if w not in ("a", "an")], key=len,
           reverse=True)
)  # fmt: skip
_A_SCALE = r"(?:an?|half\s+an?)\s+(?:hundred|thousand|million|billion|trillion|dozen|score|couple)"
# "twenty-one", "two hundred and five", "a dozen", "half a dozen"; "a" only before a scale
_NUMBER_WORDS = rf"(?:\b(?:{_A_SCALE}|{_WORD_ALT})(?:(?:\s*-\s*|\s+(?:and\s+)?)(?:{_WORD_ALT})\b)*)"
# thousands grouped by commas, or by spaces as AFP and French-style copy writes them
# ("nearly 4 000 people", "800 000 displaced")
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d)|\d+)(?:\.\d+)?"
_GROUPING = regex.compile(r"[, \u00a0\u202f\u2009]")
_DIGITS_SCALED = rf"{_DIGITS}(?:\s*(?:{'|'.join(SCALES)}|m|mn|bn|k)\b)?"
_VAGUE_ALT = "|".join(regex.escape(v) for v in sorted(VAGUE, key=len, reverse=True))
_HEDGE_ALT = "|".join(regex.escape(h) for h in sorted(HEDGES, key=len, reverse=True))

RE_NUMBER = regex.compile(rf"(?i)(?:{_DIGITS_SCALED}|{_NUMBER_WORDS})")
RE_COUNT = regex.compile(
    rf"(?i)(?<![\w.,$€£#-])(?:(?P<hedge>{_HEDGE_ALT})\s+)?"
    rf"(?:(?P<vague>{_VAGUE_ALT})|(?P<num>{_DIGITS_SCALED}|{_NUMBER_WORDS}))"
    rf"(?P<ormore>\s+or\s+more)?(?![\w-]|[.,]\d)"
)
_SCALED_DIGITS = regex.compile(rf"(?P<d>{_DIGITS})\s*(?P<s>{'|'.join(SCALES)}|m|mn|bn|k)?")
_SHORT_SCALE = {"m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "k": 1_000}
_TOKEN = regex.compile(r"[a-z]+|\d+(?:\.\d+)?")


def _words_value(text: str) -> int | None:
    """Value of a number in words ("two hundred and five"), or None."""
    tokens = [t for t in rx.split(r"[\s-]+", text.lower().strip()) if t]
    if not tokens:
        return None
    total, current = 0, 0
    seen = False
    half = False
    for i, tok in enumerate(tokens):
        if tok == "and":
            if not seen or i == len(tokens) - 1:
                return None
            continue
        if tok in ("a", "an"):
            if i + 1 < len(tokens) and tokens[i + 1] in _A_FOLLOWERS and (i == 0 or half):
                current += 1
                seen = True
                continue
            return None  # "a" is a number only before a scale word: "a dozen"
        if tok == "half":
            half = True
            continue
        if tok in UNITS:
            if tok in ("no", "none") and len(tokens) > 1:
                return None
            current += UNITS[tok]
        elif tok in TENS:
            current += TENS[tok]
        elif tok in MULTIPLES:
            current = max(current, 1) * MULTIPLES[tok]
        elif tok in SCALES:
            scale = SCALES[tok]
            if scale == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
        else:
            return None
        seen = True
    if not seen:
        return None
    value = total + current
    return value // 2 if half else value


def number_value(text: str) -> int | None:
    """The integer value of a number in digits or words, or None.

    >>> [number_value(x) for x in ("1,500", "2.5 million", "twenty-one", "a dozen", "4 000")]
    [1500, 2500000, 21, 12, 4000]
    """
    t = text.strip().lower()
    m = _SCALED_DIGITS.fullmatch(t)
    if m:
        digits = _GROUPING.sub("", m["d"])
        num = float(digits) if "." in digits else int(digits)
        scale = m["s"]
        if scale:
            num *= SCALES.get(scale) or _SHORT_SCALE[scale]
        elif isinstance(num, float) and not num.is_integer():
            return None
        return round(num)
    return _words_value(t)


@dataclass(frozen=True)
class _Parsed:
    value: int | None
    lo: int | None
    hi: int | None
    approximate: bool


def _apply(hedge: str | None, n: int, or_more: bool) -> _Parsed:
    kind = HEDGES.get(hedge.lower()) if hedge else None
    if or_more or kind in ("min", "above"):
        return _Parsed(None, n, None, False)
    if kind in ("max", "below"):
        return _Parsed(None, None, n, False)
    if kind == "near":
        return _Parsed(None, None, n, True)
    if kind == "approx":
        return _Parsed(n, None, None, True)
    return _Parsed(n, None, None, False)


def _count(match: regex.Match[str], text: str, offset: int = 0) -> Count | None:
    hedge, vague, num = match["hedge"], match["vague"], match["num"]
    start, end = match.start() + offset, match.end() + offset
    if vague:
        lo, hi = VAGUE[vague.lower()]
        value = lo if hi == lo else None  # a hedge adds nothing to a vague word
        lo_out = None if value is not None else lo
        return Count(
            value=value, min=lo_out, max=hi, approximate=True, text=text[start:end],
            span=Span.of(text, start, end),
        )  # fmt: skip
    n = number_value(num)
    if n is None:
        return None
    p = _apply(hedge, n, bool(match["ormore"]))
    return Count(
        value=p.value, min=p.lo, max=p.hi, approximate=p.approximate, text=text[start:end],
        span=Span.of(text, start, end),
    )  # fmt: skip


@lru_cache(maxsize=4096)
def parse_count(text: str) -> Count | None:
    """Parse a string that is a quantity: "four", "at least 18", "hundreds", "1,500".

    Returns None when the whole string is not a count. The ``span`` of the result indexes
    ``text``.

    >>> c = parse_count("at least 18")
    >>> c.min, c.value
    (18, None)
    >>> parse_count("hundreds").min
    200
    """
    m = RE_COUNT.fullmatch(text.strip())
    if m is None:
        return None
    lead = len(text) - len(text.lstrip())
    return _count(m, text, lead)


_NOT_COUNT_AFTER = regex.compile(
    r"(?i)\s*(?:%|per\s*cent\b|percent\b|-?years?[- ]old\b|(?:st|nd|rd|th)\b|:\d|"
    r"[ap]\.?m\.?(?!\w)|(?:-|\s)(?:year|month|week|day|hour|minute)s?\b(?!\s+(?:of|ago)))"
)
_AMBIGUOUS = frozenset({"a", "an", "no", "one", "half", "score", "couple", "pair", "single"})
_YEAR_LIKE = regex.compile(r"(?:1[89]|20)\d\d")
_MONTHS_BEFORE = regex.compile(
    r"(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+$"
)


_RANGE = regex.compile(
    rf"(?i)(?<![\w.,$€£#-])between\s+(?P<a>{_DIGITS}|{_NUMBER_WORDS})\s+and\s+"
    rf"(?P<b>{_DIGITS}|{_NUMBER_WORDS})(?![\w-])"
)


def find_counts_in(text: str, start: int, end: int) -> list[Count]:
    """The counts of ``text[start:end]``, with spans into the whole ``text``.

    >>> [c.span.start for c in find_counts_in("Toll: 18 dead.", 6, 14)]
    [6]
    """
    return [
        c.model_copy(update={"span": Span.of(text, start + c.span.start, start + c.span.end)})
        for c in find_counts(text[start:end])
        if c.span is not None
    ]


def find_counts(text: str) -> list[Count]:
    """Counts in running text, with spans; years, ordinals, percentages, ages, times and
    day numbers of dates are left out.

    >>> [c.text for c in find_counts("At least 18 people died and hundreds were hurt in 2021.")]
    ['At least 18', 'hundreds']
    """
    out: list[Count] = []
    ranges: list[tuple[int, int]] = []
    for m in _RANGE.finditer(text):  # "between three and six": one count, a range
        lo, hi = number_value(m["a"]), number_value(m["b"])
        if lo is not None and hi is not None and lo <= hi:
            ranges.append((m.start(), m.end()))
            out.append(
                Count(min=lo, max=hi, text=m.group(), span=Span.of(text, m.start(), m.end()))
            )
    for m in RE_COUNT.finditer(text):
        if any(a <= m.start() < b for a, b in ranges):
            continue
        num = m["num"]
        if num is not None:
            low = num.lower()
            if low in _AMBIGUOUS and not m["hedge"]:
                continue  # "a", "one" alone are too ambiguous as counts
            if _YEAR_LIKE.fullmatch(num) and not m["hedge"]:
                continue
            if _NOT_COUNT_AFTER.match(text, m.end()):
                continue
            if num[0].isdigit() and _MONTHS_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # the day of "Dec 4"
        elif m["vague"].lower() in ("many", "few") and not m["hedge"]:
            continue
        c = _count(m, text)
        if c is not None:
            out.append(c)
    return sorted(out, key=lambda c: c.span.start if c.span else 0)
