"""Temporal expressions: find them with compiled patterns, resolve them against a reference.

``find_dates(text, reference=...)`` returns every date, time, duration and set expression
with its exact span and a TIMEX3 value ("2021-01-07", "2022-W18", "P2D", "PRESENT_REF").

Why not ``dateparser.search.search_dates``: it returns substrings without offsets
(dateparser #379), is slow on whole articles, takes "may" and "March" as dates wherever
they occur, and knows no TIMEX3 values, durations or sets. Here candidates come from a
few compiled patterns built from ``rules/en/time.toml`` and the layout month table, each
run once over the text (linear), and overlaps keep the longest candidate. dateparser does
the one job it does well here: reading an isolated numeric candidate ("06/03/2023", day
first, then month first) in strict mode, its results cached.

Conventions (TimeML/TIMEX3): spans leave out prepositions ("on Thursday" → "Thursday")
and keep determiners and modifiers ("the past two months", "earlier this year", "at
least 30 days"). No wall clock is read: without a reference date, relative expressions
keep ``value=None``.

Direction of relative expressions without "last"/"next" ("on Thursday", "in March",
"Dec 4"): a weekday equal to the reference's is the reference day itself. Otherwise the
sentence's tense decides: the marker nearest before the expression (a future marker from
``time.toml`` such as "will", "is to", "scheduled", "to be held"; or a past-tense verb, an
"-ed" form or an irregular past from ``time.toml``), else the first marker after it. A
future marker after "had been" is past ("had been due to expire Friday"); a future
preposition ("until", "as soon as") gives way to the clause's own past verb ("Until
Thursday, they had not called"), though not to a reporting verb after it. A weekday then
is the coming one for the future and the past one otherwise (the usual case in news:
"said Wednesday"). A month and day with no year is the nearest such date, one on the side
the tense points to counting as up to 120 days nearer; a bare month is in the reference
year unless the tense points clearly away.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex
from dateutil.easter import easter

from .dates import parse_iso_date
from .lexicon import builtin_toml, default_layout
from .models import Span, TimeExpression
from .numbers import _NUMBER_WORDS, number_value

__all__ = ["find_dates", "find_dates_in", "value_range"]

Ref = dt.date | None
_M = regex.Match[str]
_Res = tuple[str, str | None, str | None, bool] | None  # type, value, mod, relative


@dataclass(frozen=True)
class _Cand:
    start: int
    end: int
    type: str
    value: str | None
    mod: str | None
    rule: str
    relative: bool


def _lexicon() -> dict[str, Any]:
    return builtin_toml("time.toml")


# inline patterns of the resolvers, compiled once
_V_DAY = regex.compile(r"\d{4}-\d\d-\d\d")
_V_MONTH = regex.compile(r"(\d{4})-(\d\d)")
_V_WEEK = regex.compile(r"(\d{4})-W(\d\d)(-WE)?")
_V_QUARTER = regex.compile(r"(\d{4})-Q([1-4])")
_V_HALF = regex.compile(r"(\d{4})-H([12])")
_V_SEASON = regex.compile(r"(\d{4})-(SP|SU|FA|WI)")
_V_YEAR = regex.compile(r"\d{4}")
_V_DECADE = regex.compile(r"\d{3}")
_V_CENTURY = regex.compile(r"\d{2}")
_NON_DIGIT = regex.compile(r"\D")
_MONEY_BEFORE = regex.compile(r"(?:No\.|#|Rs\.?|PKR|USD|\$)\s*$")
_CLAUSE_END_AFTER = regex.compile(r"\s*(?:[,.;]|$)")
_AT_THE_BEFORE = regex.compile(r"(?:at|the)\s+$")
_WORD_AFTER = regex.compile(r"\s+\w")
_THE_IN_BEFORE = regex.compile(r"(?:the|in)\s+$")
_ARTICLE_BEFORE = regex.compile(r"(?:an?|the)\s+$")
_PLANS_AFTER = regex.compile(r"\s+(?:plans?|talks|meetings?)\b")


# ------------------------------------------------------------------ calendar helpers
def _week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _quarter(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def _add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    return dt.date(d.year + m // 12, m % 12 + 1, 1)


def _month_end(year: int, month: int) -> dt.date:
    return _add_months(dt.date(year, month, 1), 1) - dt.timedelta(days=1)


_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def value_range(value: str | None) -> tuple[dt.date | None, dt.date | None]:
    """The calendar range a TIMEX3 date value covers ("2022-12" → Dec 1 to Dec 31)."""
    if not value:
        return None, None
    v = value.split("T", 1)[0]
    try:
        if _V_DAY.fullmatch(v):
            d = dt.date.fromisoformat(v)
            return d, d
        if m := _V_MONTH.fullmatch(v):
            y, mo = int(m[1]), int(m[2])
            return dt.date(y, mo, 1), _month_end(y, mo)
        if m := _V_WEEK.fullmatch(v):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:
                return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
            return monday, monday + dt.timedelta(days=6)
        if m := _V_QUARTER.fullmatch(v):
            y, q = int(m[1]), int(m[2])
            return dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
        if m := _V_HALF.fullmatch(v):
            y, h = int(m[1]), int(m[2])
            return dt.date(y, 6 * h - 5, 1), _month_end(y, 6 * h)
        if m := _V_SEASON.fullmatch(v):
            y = int(m[1])
            a, b = _SEASON_MONTHS[m[2]]
            end = _month_end(y + (b - 1) // 12, (b - 1) % 12 + 1)
            return dt.date(y, a, 1), end
        if _V_YEAR.fullmatch(v):
            return dt.date(int(v), 1, 1), dt.date(int(v), 12, 31)
        if _V_DECADE.fullmatch(v):
            return dt.date(int(v) * 10, 1, 1), dt.date(int(v) * 10 + 9, 12, 31)
        if _V_CENTURY.fullmatch(v):
            return dt.date(int(v) * 100, 1, 1), dt.date(int(v) * 100 + 99, 12, 31)
    except ValueError:
        return None, None
    return None, None


# ------------------------------------------------------------------ patterns
def _cased(words: list[str]) -> str:
    forms: set[str] = set()
    for w in words:
        words_up = " ".join(x[:1].upper() + x[1:] for x in w.split(" "))  # "New Year's Day"
        forms.update({w.capitalize(), w.upper(), w.title(), words_up})
    alts = (regex.escape(f).replace("\\'", "'").replace("'", "['’]") for f in forms)
    return "|".join(sorted(alts, key=len, reverse=True))


@dataclass(frozen=True)
class _Grammar:
    patterns: tuple[tuple[str, regex.Pattern[str]], ...]
    triggers: dict[str, regex.Pattern[str]]
    cased_triggers: frozenset[str]
    months: dict[str, int]
    weekdays: dict[str, int]
    seasons: dict[str, str]
    dayparts: dict[str, str]
    units: dict[str, tuple[str, bool, int]]
    holidays: dict[str, Callable[[int], dt.date | None]]
    vague: dict[str, str]
    future: regex.Pattern[str]
    past: regex.Pattern[str]


@lru_cache(maxsize=1)
def _grammar() -> _Grammar:
    lex = _lexicon()
    months = default_layout().months
    month_names = [m for m in months if m != "may"] + ["may"]
    full_names = _cased([m for m in month_names if len(m) > 3 or m == "may"])
    short_names = _cased([m for m in month_names if len(m) <= 4 and m != "may"])
    MONTH = rf"(?:(?:{full_names})|(?:{short_names})\.?)"
    WEEKDAY = rf"(?:{_cased(list(lex['weekdays']))})"
    DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    YEAR = r"(?:1[89]\d\d|20\d\d)"
    PART = r"(?:morning|afternoon|evening|night)"
    units = {k: (str(v[0]), bool(v[1]), int(v[2])) for k, v in lex["units"].items()}
    UNIT = "(?:" + "|".join(sorted(units, key=len, reverse=True)) + ")"
    UNITS = rf"(?:centuries|{UNIT}s?)"
    NUM = rf"(?:\d+(?:\.\d+)?|{_NUMBER_WORDS}|a\s+few|a\s+couple\s+of|several|many|few)"
    HEDGE = (
        r"(?:at\s+least|no\s+more\s+than|no\s+less\s+than|more\s+than|less\s+than|fewer\s+than|nearly|almost|about|around|"
        r"over|under|up\s+to|some|roughly|approximately|well\s+over)"
    )
    REL = r"(?:last|next|this|coming|past|previous|current|following|latest|same)"
    EDGE = (
        r"(?:early|late|mid|earlier|later|the\s+end\s+of|the\s+beginning\s+of"
        r"|the\s+start\s+of|the\s+middle\s+of)"
    )
    not_before = r"(?<![\w$€£#.,/-])"
    glued = r"(?:(?<![\w$€£#.,/-])|(?<=[a-z])(?=[A-Z]))"  # "CorrespondentJanuary 08"
    not_after = r"(?![\w%]|[.,]\d|-\w)"
    holidays = _holiday_rules(lex)
    vague: dict[str, str] = {}
    for code, words in (
        ("PRESENT_REF", lex["vague"]["present"]),
        ("PAST_REF", lex["vague"]["past"]),
        ("FUTURE_REF", lex["vague"]["future"]),
    ):
        for w in words:
            vague[w] = code
    holiday_alt = _cased(list(holidays))
    vague_alt = "|".join(
        regex.escape(w).replace("\\ ", r"\s+") for w in sorted(vague, key=len, reverse=True)
    )
    specs: list[tuple[str, str, int]] = [
        (
            "date.full",
            rf"{glued}(?:(?P<wd>{WEEKDAY}),?\s+)?(?:(?P<m1>{MONTH})\s+(?P<d1>{DAY}),?\s+(?P<y1>{YEAR})"
            rf"|(?:the\s+)?(?P<d2>{DAY})\s+(?:of\s+)?(?P<m2>{MONTH}),?\s+(?P<y2>{YEAR}))(?!\d)",
            0,
        ),
        ("date.iso", r"(?<![\d-])(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])", 0),
        (
            "date.numeric",
            r"(?<![\w/.-])(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)(?![\w/]|\.\d)",
            0,
        ),
        (
            "date.month_day",
            rf"{not_before}(?:(?P<rel>last|next|this|[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?:(?P<wd>{WEEKDAY}),?\s+)?"
            rf"(?:(?P<m1>{MONTH})\s+(?P<d1>{DAY})|(?:the\s+)?(?P<d2>{DAY})\s+(?:of\s+)?(?P<m2>{MONTH}))"
            rf"(?!\w|:\d)",
            0,
        ),
        (
            "date.month_year",
            rf"{not_before}(?:(?P<edge>{EDGE})[-\s]\s*)?(?P<m>{MONTH}),?\s+(?:of\s+)?"
            rf"(?:(?P<y>{YEAR})(?!\d)|(?P<rel>this|last|next)\s+year\b)",
            regex.I,
        ),
        (
            "date.month",
            rf"{not_before}(?:(?P<rel>{REL}|{EDGE})[-\s]\s*)?(?P<m>{MONTH})(?![\w'’])",
            0,
        ),
        (
            "date.year",
            rf"{not_before}(?:(?P<edge>{EDGE})[-\s]\s*)?(?:(?P<fy>fiscal|FY)\s*)?(?P<y>{YEAR}){not_after}",
            regex.I,
        ),
        (
            "date.decade",
            rf"(?:the\s+)?(?:(?P<edge>early|mid|late)[-\s]\s*)?{not_before}(?P<dec>(?:1[89]|20)\d)0['’]?s\b",
            regex.I,
        ),
        (
            "date.century",
            r"(?:the\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)\s+century\b",
            regex.I,
        ),
        (
            "date.quarter",
            rf"(?:the\s+)?(?:(?P<rel>{REL})\s+|(?P<y0>{YEAR})\s+|(?P<rel0>this|last|next)\s+year['’]s\s+|"
            rf"(?P<ya>year[-\s](?:ago|earlier))\s+)?"
            rf"(?:fiscal\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[-\s]quarter"
            rf"(?:\s+(?:of\s+)?(?P<y>{YEAR}))?\b|\bQ(?P<qn>[1-4])(?:\s+(?P<y2>{YEAR}))?\b",
            regex.I,
        ),
        (
            # a quarter told by reference, as in reports of quarterly results: "the
            # quarter", "the latest period", "the year-earlier quarter", "year-ago profit"
            "date.the_quarter",
            r"\b(?:[Tt]he|[Tt]hat)\s+(?:(?P<mod>latest|most\s+recent|comparable|year[-\s](?:earlier|ago)"
            r"|comparable\s+year[-\s](?:earlier|ago)|(?P<yr>(?:19|20)\d\d))\s+)?(?:fiscal\s+)?"
            r"(?P<u>quarter|period)(?![-\w])"
            r"|(?<![\w-])(?P<ya>year-(?:earlier|ago))(?=\s+[a-z])",
            0,
        ),
        (
            # "for the year", "of the year": the reference's year; "the year ended June 30"
            # is a year's length
            "date.the_year",
            r"(?<=\b(?:[Ff]or|[Oo]f|[Dd]uring|[Ii]n|[Tt]hrough|[Oo]ver|[Tt]hroughout)\s)the\s+"
            r"(?:(?:fiscal|full|calendar)"
            r"\s+)?year\b"
            r"(?![-\s]+(?:old|earlier|ago|before|after|later|\d)\b|[-'’])",
            0,
        ),
        (
            # "by year-end", "at year's end": the end of the reference year (of the last
            # one when looking back: "since year-end")
            "date.year_end",
            r"(?<![\w-])(?:[Yy]ear[-\s]end|[Yy]ear['’]s\s+end)(?![-\w])",
            0,
        ),
        (
            # told relative to the time last mentioned, not to the reference: "that day",
            # "later that year", "the next morning", "the following week", "the day before"
            "date.anaphoric",
            r"(?<![\w-])(?:(?P<edge>[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\s+)?(?:"
            r"(?:[Tt]hat(?:\s+same)?|[Tt]he\s+same)\s+(?P<u>day|week|month|year|morning|afternoon|"
            r"evening|night)|[Tt]he\s+(?P<dir>next|following|previous|preceding)\s+(?P<u2>day|week|"
            r"month|year|morning|afternoon|evening|night)|[Tt]he\s+(?P<u3>day|night)\s+"
            r"(?P<ba>before|after)(?=\s*[,.;:!?)]|\s+(?:and|but|when|as|while)\b))\b",
            0,
        ),
        (
            "date.half",
            rf"(?:the\s+)?(?P<h>first|second|last|latter)\s+half\s+of\s+(?:(?P<y>{YEAR})|(?P<rel>this|last|next)\s+year|the\s+year)\b",
            regex.I,
        ),
        (
            "date.season",
            rf"\b(?:(?P<rel>{REL}|early|late)\s+)?(?P<s>spring|summer|autumn|fall|winter)"
            rf"(?:\s+(?:of\s+)?(?P<y>{YEAR}))?\b",
            regex.I,
        ),
        (
            "date.holiday",
            rf"\b(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?P<h>{holiday_alt})(?:\s+(?P<y>{YEAR}))?\b",
            0,
        ),
        (
            "date.relday",
            rf"\b(?:(?P<edge>early|late|earlier|later)\s+)?(?:the\s+day\s+(?P<ba>before|after)\s+)?"
            rf"(?P<d>today|yesterday|tomorrow|tonight)"
            rf"(?:\s+(?P<part>{PART}))?(?!['’]s\b)\b"
            rf"|\b(?P<this>this|last|early\s+this|later\s+this|late\s+last)\s+(?P<part2>{PART})\b"
            rf"|\b(?P<over>overnight)\b",
            regex.I,
        ),
        (
            "date.weekday",
            rf"\b(?:(?P<rel>{REL}|early|late|earlier|later)\s+)?(?P<wd>{WEEKDAY})(?:\s+(?P<part>{PART}))?\b",
            0,
        ),
        (
            "date.rel_unit",
            rf"\b(?:(?P<edge>{EDGE})(?:[-\s]|\s+in\s+)\s*)?(?:(?P<the>the\s+)?(?P<rel>{REL})|"
            rf"(?<=(?:end|beginning|start|middle)\s+of\s+)(?P<cur>the))\s+(?:fiscal\s+)?"
            rf"(?P<u>week(?:end)?|month|year|quarter|decade|century|fortnight)\b",
            regex.I,
        ),
        (
            "date.the_weekend",
            r"\bthe\s+weekend\b",
            regex.I,
        ),
        (
            "duration.rel_n",
            rf"\b(?:(?!over\b)(?P<hedge>{HEDGE})\s+)?(?:the\s+)?(?P<rel>past|last|next|coming|previous|first|following|final|initial|recent)\s+"
            rf"(?P<n>{NUM})\s+(?P<u>{UNITS})\b",
            regex.I,
        ),
        (
            "date.ago",
            rf"\b(?:(?P<hedge>{HEDGE})\s+)?(?P<n>{NUM}|a|an)\s+(?P<u>{UNITS})\s+(?:or\s+so\s+)?"
            rf"(?P<dir>ago|earlier|later|from\s+now|hence)\b",
            regex.I,
        ),
        (
            "duration.num",
            rf"(?<![\w.,$/-])(?:(?P<hedge>{HEDGE})\s+)?(?P<the>the\s+)?(?:(?P<n>{NUM}|a|an)"
            rf"(?P<frac>\s+1/2|\s+and\s+a\s+half|½)?(?:\s+more)?(?P<sep>[-\s]+))"
            rf"(?P<u>{UNITS})(?P<frac2>\s+and\s+a\s+half)?(?P<adj>[-\s]+(?:long|old))?\b(?!-)",
            regex.I,
        ),
        (
            "duration.long",
            r"\b(?P<u>day|year|month|week|hour|decades?|years?|months?)[-]?long\b",
            regex.I,
        ),
        (
            "duration.bare",
            r"(?<=\b(?:for|over|within|in|take|took|takes|taken)\s)(?P<u>years|months|weeks|days|hours|decades)\b(?!\s+(?:of|ago|later|earlier|before|after))",
            regex.I,
        ),
        (
            "set",
            rf"\bevery\s+(?:other\s+)?(?:(?P<n>{NUM})\s+)?(?P<u>{UNITS}|{WEEKDAY})\b"
            rf"|\beach\s+(?P<u2>{UNIT}|{WEEKDAY})\b|\b(?:each|every)\s+(?P<mo>{MONTH})(?![\w.])"
            r"|\b(?P<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|fortnightly)\b"
            rf"|\b(?P<k>once|twice|thrice|(?:{NUM})\s+times)\s+(?:a|an|per|each|every)\s+(?P<u3>{UNIT})\b",
            regex.I,
        ),
        ("vague", rf"(?<![\w-])(?P<v>{vague_alt})(?![\w-])", regex.I),
        (
            "date.recent",
            rf"\b(?P<rel>recent|coming|past|next|last|previous)\s+(?:few\s+)?(?P<u>{UNIT}s|weeks|decades)\b",
            regex.I,
        ),
        (
            "time.clock",
            rf"\b(?:(?P<hedge>around|about|at\s+about|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
            rf"(?P<h>\d{{1,2}})(?:[:.](?P<mi>\d{{2}}))?\s*(?P<ap>[ap]\.?\s?m\b\.?)"
            rf"(?:\s+(?P<tz>[A-Z]{{2,4}})\b)?(?:\s*\([^()\n]{{1,20}}\))?"
            rf"(?:,?\s+(?:on\s+)?(?:(?P<wd>{WEEKDAY}|today|yesterday|tomorrow)\b"
            rf"|(?P<cm>{MONTH})\s+(?P<cd>{DAY})\b))?"
            rf"|\b(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?:\s*(?P<tz2>GMT|UTC|PKT|IST|EST|EDT|CET|BST|hours|hrs))?\b"
            rf"|\b(?P<named>noon|midnight|midday)(?:\s+(?:on\s+)?(?P<wd2>{WEEKDAY}|today|yesterday|tomorrow))?\b",
            0,
        ),
    ]
    compiled = tuple((name, regex.compile(p, flags)) for name, p, flags in specs)
    unit_words = (
        r"second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur|half"
    )

    def low_alt(words: list[str]) -> str:
        return "|".join(regex.escape(w.lower()) for w in sorted(words, key=len, reverse=True))

    # A word every match of the pattern contains. Names run on the text as it is (they
    # are capitalised); the other triggers run case-sensitively from a word boundary on an
    # ASCII-lower-cased copy of the text (same offsets): much faster than (?i).
    cased_triggers = {"month": MONTH, "weekday": WEEKDAY, "holiday": holiday_alt}
    triggers = {
        "unit": unit_words,
        "set": (
            "every|each|daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly"
            "|fortnightly|once|twice|thrice|times"
        ),
        "quarter": r"quarter|\bq[1-4]\b",
        "the_quarter": r"quarter|period|year-",
        "season": "spring|summer|autumn|fall|winter",
        "relday": rf"today|yesterday|tomorrow|tonight|overnight|{PART}",
        "decade": r"\d0['’]?s\b",
        "numeric": r"\d[/.]\d",
        "clock": r"\d\s*[ap]\.?\s?m\b|\d:\d\d|noon|midnight|midday",
        "vague": low_alt(list(vague)).replace("\\ ", r"\s+"),
    }
    fut = "|".join(
        regex.escape(w).replace("\\ ", r"\s+")
        for w in sorted(lex["tense"]["future"], key=len, reverse=True)
    )
    return _Grammar(
        patterns=compiled,
        triggers={
            **{k: regex.compile(v) for k, v in cased_triggers.items()},
            **{
                k: regex.compile(v if k in ("decade", "numeric", "clock") else rf"\b(?:{v})")
                for k, v in triggers.items()
            },
        },
        cased_triggers=frozenset(cased_triggers),
        months=months,
        weekdays={k: int(v) for k, v in lex["weekdays"].items()},
        seasons={k: str(v) for k, v in lex["seasons"].items()},
        dayparts={k: str(v) for k, v in lex["dayparts"].items()},
        units=units,
        holidays=holidays,
        vague=vague,
        future=regex.compile(
            rf"(?i)(?<![\w'])(?:{fut}"
            + "".join(
                rf"|(?-i:{regex.escape(w)})(?!\s+have\b)"
                for w in lex["tense"].get("future_cased", [])
            )
            + r")(?![\w])"
        ),  # ("may" in lower case only: "May" is the month; "may have been" is past)
        past=regex.compile(
            rf"(?<![\w'])(?:{'|'.join(sorted(set(lex['tense']['past']), key=len, reverse=True))}"
            r"|[a-z]{2,}ed)(?![\w'])"
        ),
    )


# ------------------------------------------------------------------ tense
# a sentence stop; not the period of "N.J.," or "U.S. officials" inside a clause
_CLAUSE_STOP = regex.compile(
    r"(?<!\b\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|Prof|Jr|Sr|No))"
    r"\.(?=\s+[\p{Lu}\"“‘']|\s*$)|[!?;\n\u2028\u2029]"
)  # a sentence's end, not an initial's or a title's period ("S. Jaishankar", "U.S. envoy")
_REPORT_JUST_AFTER = regex.compile(
    r"\s+(?:said|told|added|reported|announced|stated|confirmed|noted)\b"
)
_SINCE_JUST_BEFORE = regex.compile(r"(?i)\bsince\s+(?:the\s+|early\s+|late\s+|mid-?)?$")


# future markers that are prepositions, not verbs: the clause's verb decides when it has one
_WEAK_FUTURE = frozenset({"until", "as soon as", "as early as", "no later than"})
_REPORTING_PAST = frozenset({"said", "told", "added", "reported", "announced", "stated"})
_PLUPERFECT_BEFORE = regex.compile(r"(?i)\bhad\s+(?:\w+ly\s+)?been\s+$")
# a participle after "will be" or "to be" is a passive ahead, not past: "will be named",
# "to be paid" ("could be located" may be either, and stays past)
_BARE_BE_BEFORE = regex.compile(
    r"(?i)\b(?:will|shall|would|to)\s+(?:\w+ly\s+)?be\s+(?:\w+ly\s+)?$|'ll\s+be\s+$"
)


def _tense(text: str, start: int, end: int, g: _Grammar) -> str | None:
    """The clause's direction: the tense marker nearest before the expression in its
    sentence ("future" for "will", "is to", ...; "past" for a past-tense verb), else the
    first one after it, else None (no evidence)."""
    if _SINCE_JUST_BEFORE.search(text, max(0, start - 16), start):
        return "past"  # "since the Oct. 23 slaying": before the reference
    if _REPORT_JUST_AFTER.match(text, end):
        return "past"  # "a statement from the Foreign Office on Thursday said": the saying
    lo = max(0, start - 100)
    stops = list(_CLAUSE_STOP.finditer(text, lo, start))
    if stops:
        lo = stops[-1].end()
    best: tuple[int, str] | None = None  # the nearest verb-like marker before
    weak: tuple[int, str] | None = None  # the nearest "until", "as soon as" before
    for pat, label in ((g.future, "future"), (g.past, "past")):
        for mm in pat.finditer(text, lo, start):
            if label == "future" and mm.group().lower() in _WEAK_FUTURE:
                if weak is None or mm.end() > weak[0]:
                    weak = (mm.end(), label)
                continue
            if label == "past" and _BARE_BE_BEFORE.search(text, lo, mm.start()):
                continue
            if best is None or mm.end() > best[0]:
                if label == "future" and _PLUPERFECT_BEFORE.search(text, lo, mm.start()):
                    best = (mm.end(), "past")  # "had been due to expire Friday": past
                else:
                    best = (mm.end(), label)
    if best is not None:
        return best[1]
    hi = min(len(text), end + 50)
    m = _CLAUSE_STOP.search(text, end, hi)
    if m:
        hi = m.start()
    after: tuple[int, str, str] | None = None
    for pat, label in ((g.future, "future"), (g.past, "past")):
        mm2 = pat.search(text, end, hi)
        if mm2 is not None and (after is None or mm2.start() < after[0]):
            after = (mm2.start(), label, mm2.group().lower())
    if weak is not None and (after is None or after[2] in _REPORTING_PAST):
        return weak[1]  # "could arrive as soon as Tuesday, officials said": still ahead
    return after[1] if after else None  # "until Thursday, they had not called": past


# ------------------------------------------------------------------ resolvers
def _num(s: str | None) -> int | None:
    if s is None:
        return None
    low = " ".join(s.lower().split())
    if low in ("a few", "few", "several", "many", "a couple of", "some"):
        return None if low != "a couple of" else 2
    return number_value(low)


def _unit(u: str, g: _Grammar) -> tuple[str, bool, int]:
    low = u.lower().rstrip("s") if u.lower() != "centuries" else "century"
    if low not in g.units and low.endswith("ie"):
        low = low[:-2] + "y"
    return g.units.get(low, ("Y", False, 1))


def _duration(n: int | None, u: str, g: _Grammar) -> str:
    code, is_time, factor = _unit(u, g)
    amount = "X" if n is None else str(n * factor)
    return f"PT{amount}{code}" if is_time else f"P{amount}{code}"


_HEDGE_MOD = {
    "at least": "EQUAL_OR_MORE", "more than": "MORE_THAN", "over": "MORE_THAN",
    "well over": "MORE_THAN", "less than": "LESS_THAN", "fewer than": "LESS_THAN",
    "under": "LESS_THAN", "nearly": "APPROX", "almost": "APPROX", "about": "APPROX",
    "around": "APPROX", "some": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
    "up to": "EQUAL_OR_LESS", "at about": "APPROX", "no more than": "EQUAL_OR_LESS",
    "no less than": "EQUAL_OR_MORE",
}  # fmt: skip
_EDGE_MOD = {
    "early": "START", "earlier": "START", "the beginning of": "START", "the start of": "START",
    "late": "END", "later": "END", "the end of": "END", "mid": "MID", "the middle of": "MID",
}  # fmt: skip


def _hedge(h: str | None) -> str | None:
    return _HEDGE_MOD.get(" ".join(h.lower().split())) if h else None


def _edge(e: str | None) -> str | None:
    return _EDGE_MOD.get(" ".join(e.lower().split())) if e else None


def _month(name: str, g: _Grammar) -> int:
    return g.months[name.rstrip(".").lower()]


def _day(tok: str) -> int:
    return int(_NON_DIGIT.sub("", tok))


_AGAINST_TENSE_DAYS = 120  # how much farther a date may be when it agrees with the tense


def _nearest_year(month: int, day: int, ref: dt.date, tense: str | None) -> dt.date | None:
    """The date with this month and day nearest the reference, a date on the side the
    clause's tense points to counting as up to four months nearer."""
    options = [
        dt.date(y, month, day)
        for y in range(ref.year - 4, ref.year + 5)
        if _valid_day(y, month, day)
    ]
    return _nearest(options, ref, tense)


def _nearest(options: list[dt.date], ref: dt.date, tense: str | None) -> dt.date | None:
    """The option nearest the reference, one on the side the tense points to counting as
    up to four months nearer."""

    def cost(d: dt.date) -> tuple[int, dt.date]:
        delta = (d - ref).days
        against = (tense == "past" and delta > 0) or (tense == "future" and delta < 0)
        return abs(delta) + (_AGAINST_TENSE_DAYS if against else 0), d

    return min(options, key=cost, default=None)


def _month_year(month: int, ref: dt.date, tense: str | None) -> int:
    """The year of a bare month name: the same year unless the tense points clearly away."""

    def cost(y: int) -> tuple[int, int]:
        delta = (y - ref.year) * 12 + month - ref.month
        against = (tense == "past" and delta > 0) or (tense == "future" and delta < 0)
        return abs(delta) + (4 if against else 0) + (0 if y == ref.year else 3), -y

    return min((ref.year - 1, ref.year, ref.year + 1), key=cost)


def _weekday_date(wd: int, rel: str | None, ref: dt.date, tense: str | None) -> dt.date:
    diff = wd - ref.isoweekday()
    rel = rel.lower() if rel else None
    if rel in ("next", "coming", "following"):
        return ref + dt.timedelta(days=diff % 7 or 7)
    if rel in ("last", "past", "previous"):
        return ref - dt.timedelta(days=(-diff) % 7 or 7)
    if rel == "this":
        return ref + dt.timedelta(days=diff)
    if diff == 0:
        return ref
    if tense == "future":  # otherwise the past, the usual case in news
        return ref + dt.timedelta(days=diff % 7)
    return ref - dt.timedelta(days=(-diff) % 7)


def _shift(ref: dt.date, unit: str, n: int, g: _Grammar) -> str | None:
    """The calendar unit ``n`` units from ``ref`` (negative: back), at that unit's grain."""
    code, is_time, factor = _unit(unit, g)
    if is_time:
        return ref.isoformat()
    k = n * factor
    if code == "D":
        return (ref + dt.timedelta(days=k)).isoformat()
    if code == "W":
        return _week(ref + dt.timedelta(weeks=k))
    if code == "M":
        if factor == 3:
            d = _add_months(ref, k)
            return f"{d.year}-Q{_quarter(d)}"
        d = _add_months(ref, k)
        return f"{d.year}-{d.month:02d}"
    year = ref.year + k
    if factor == 10:
        return str(year)[:3] if abs(n) == 0 else str(year)
    if factor == 100:
        return str(year)[:2] if abs(n) == 0 else str(year)
    return str(year)


def _r_full(m: _M, text: str, ref: Ref, g: _Grammar) -> _Res:
    if m["y1"]:
        mo, d, y = _month(m["m1"], g), _day(m["d1"]), int(m["y1"])
    else:
        mo, d, y = _month(m["m2"], g), _day(m["d2"]), int(m["y2"])
    try:
        return "date", dt.date(y, mo, d).isoformat(), None, False
    except ValueError:
        return None


def _r_iso(m: _M, text: str, ref: Ref, g: _Grammar) -> _Res:
    d = parse_iso_date(m.group())
    return ("date", d.isoformat(), None, False) if d else None


@lru_cache(maxsize=2048)
def _parse_numeric(candidate: str) -> dt.date | None:
    """A numeric date ("06/03/2023") read day first, as most English-language outlets
    outside the US print it, else month first; parsed by dateparser, cached."""
    import dateparser  # imported here: slow to import, and only numeric dates need it

    for order in ("DMY", "MDY"):
        got = dateparser.parse(
            candidate,
            languages=["en"],
            settings={
                "DATE_ORDER": order,
                "STRICT_PARSING": True,
                "PREFER_LOCALE_DATE_ORDER": False,
            },
        )
        if got is not None:
            return got.date()
    return None


def _r_numeric(m: _M, text: str, ref: Ref, g: _Grammar) -> _Res:
    d = _parse_numeric(m.group())
    return ("date", d.isoformat(), None, False) if d else None


def _r_month_day(m: _M, text: str, ref: Ref, g: _Grammar) -> _Res:
    if m["m1"]:
        mo, d = _month(m["m1"], g), _day(m["d1"])
    else:
        mo, d = _month(m["m2"], g), _day(m["d2"])
    if m["m1"] and m["m1"].rstrip(".").lower() == "may" and not m["m1"][0].isupper():
        return None
    if not 1 <= d <= 31:
        return None
    if ref is None:
        return "date", None, None, True
    if m["m1"] and _YEAR_NEXT.match(text, m.end()):
        return "date", None, None, True  # "February 16, 2023": the full date's, not read here
    year_rel = _YEAR_REL_AFTER.match(text, m.end()) or _YEAR_REL_BEFORE.search(
        text, max(0, m.start() - 20), m.start()
    )
    if year_rel is not None and _valid_day(ref.year, mo, d):  # "March 19 last year",
        y = ref.year + {"last": -1, "next": 1}.get(year_rel["yr"].lower(), 0)  # "last year on"
        if _valid_day(y, mo, d):
            return "date", dt.date(y, mo, d).isoformat(), None, True
    rel = (m["rel"] or "").lower()
    if rel in ("last", "next"):  # "last Oct. 23"
        years = range(ref.year - 9, ref.year + 10)
        days = [dt.date(y, mo, d) for y in years if _valid_day(y, mo, d)]
        date = _nearest_on_side(days, ref, rel)
    else:
        date = _nearest_year(mo, d, ref, _tense(text, m.start(), m.end(), g))
    return ("date", date.isoformat(), None, True) if date else None


_YEAR_REL_AFTER = regex.compile(r"(?i),?\s+(?:of\s+)?(?P<yr>last|this|next)\s+year\b")
_YEAR_REL_BEFORE = regex.compile(r"(?i)\b(?P<yr>last|this|next)\s+year\s*,?\s+(?:on\s+)?$")


def _nearest_on_side(days: list[dt.date], ref: dt.date, rel: str) -> dt.date | None:
    """The day nearest the reference strictly before it ("last") or after it ("next")."""
    sign = -1 if rel == "last" else 1
    side = [d for d in days if (d - ref).days * sign > 0]
    return min(side, key=lambda d: abs((d - ref).days), default=None)


def _valid_day(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _r_month_year(m: _M, text: str, ref: Ref, g: _Grammar) -> _Res:
    if not m["m"][0].isupper():
        return None
    mo = _month(m["m"], g)
    if m["y"]:
        return "date", f"{int(m['y'])}-{mo:02d}", _edge(m["edge"]), False
    if ref is None:
        return "date", None, _edge(m["edge"]), True
    y = ref.year + {"last": -1, "next": 1}.get(m["rel"].lower(), 0)
    return "date", f"{y}-{mo:02d}", _edge(m["edge"]), True


_MONTH_PREP_BEFORE = regex.compile(
    r"(?i)\b(?:in|of|since|until|by|from|to|this|last|next|early|late|mid|during|through)\s+$"
)
_MARCH_VERB_AFTER = regex.compile(r"\s+(?:on|to|through|against|toward|towards)\b")
_MAY_NOT_MONTH = regex.compile(
    r"\s+(?:be|have|not|also|well|still|never|already|soon|only|even|just|need|want|help|"
    r"take|make|come|go|get|see|find|use|lead|cause|face|affect|allow|include|I|we|you|he|"
    r"she|it|they|God|the)\b"
)


def _r_month(m: _M, text: str, ref: Ref, g: _Grammar) -> _Res:
    name = m["m"]
    low = name.rstrip(".").lower()
    before = text[max(0, m.start() - 12) : m.start()]
    may_verb = _MAY_NOT_MONTH.match(text, m.end()) or not _MONTH_PREP_BEFORE.search(before)
    if low == "may" and not m["rel"] and may_verb:
        return None  # the modal verb
    march_verb = _MARCH_VERB_AFTER.match(text, m.end(), m.end() + 12)
    if low == "march" and march_verb and not _MONTH_PREP_BEFORE.search(before):
        return None  # the verb: "march on the capital"
    if len(low) <= 3 and not name.endswith(".") and low not in ("may",):
        return None  # "Jan", "Dec" without a day are names or noise, not months
    mo = _month(name, g)
    rel = m["rel"].lower() if m["rel"] else None
    mod = _edge(rel)
    if ref is None:
        return "date", None, mod, True
    if _DAY_OR_YEAR_NEXT.match(text, m.end()) or _DAY_BEFORE.search(
        text, max(0, m.start() - 9), m.start()
    ):
        return "date", None, mod, True  # "February 16", "16 February": a longer date's
    if rel in ("next", "coming", "following"):
        y = ref.year if mo > ref.month else ref.year + 1
    elif rel in ("last", "past", "previous"):
        y = ref.year if mo < ref.month else ref.year - 1
    elif rel in ("this", "current"):
        y = ref.year
    else:
        y = _month_year(mo, ref, _tense(text, m.start(), m.end(), g))
    return "date", f"{y}-{mo:02d}", mod, True


# a month or day read as part of a longer date: no need to weigh its tense
_YEAR_NEXT = regex.compile(r",?\s+(?:1[89]\d\d|20\d\d)(?!\d)")
_DAY_OR_YEAR_NEXT = regex.compile(r"\.?,?\s+(?:\d{1,2}(?:st|nd|rd|th)?|(?:1[89]|20)\d\d)(?!\d)")
_DAY_BEFORE = regex.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$")
_YEAR_NOT_DATE_AFTER = regex.compile(
    r"\s+(?:people|persons|troops|soldiers|militants|civilians|men|women|children|cases|votes|"
    r"km|kilometres|kilometers|miles|metres|meters|feet|tons|tonnes|dollars|rupees|units|"
    r"members|students|times|pages|words|hours|calories|points|megawatts|MW|acres|hectares|"
    r"cars|vehicles|houses|homes|families|refugees|prisoners|workers|jobs|shares|barrels)\b",
    regex.I,
)


def _r_year(m: _M, text: str, ref: Ref, g: _Grammar) -> _Res:
    if _YEAR_NOT_DATE_AFTER.match(text, m.end()):
        return None
    before = text[max(0, m.start("y") - 4) : m.start("y")]
    if _MONEY_BEFORE.search(before):
        return None
    return "date", str(int(m["y"])), _edge(m["edge"]), False


def _r_decade(m: _M, text: str, ref: Ref, g: _Grammar) -> _Res:
    return "date", m["dec"], _edge(m["edge"]), False


def _r_century(m: _M, text: str, ref: Ref, g: _Grammar) -> _Res:
    n = int(m["n"])
    return ("date", f"{n - 1:02d}", None, False) if 1 <= n <= 22 else None


_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _r_quarter(m: _M, text: str, ref: Ref, g: _Grammar) -> _Res:
    q = _ORD[m["q"].lower()] if m["q"] else int(m["qn"])
    y = m["y"] or m["y2"] or m["y0"]
    if m["rel0"] and ref is not None:
        off = {"last": -1, "next": 1}.get(m["rel0"].lower(), 0)
        return "date", f"{ref.year + off}-Q{q}", None, True
    if y:
        return "date", f"{int(y)}-Q{q}", None, False
    if ref is None:
        return "date", None, None, True
    year = ref.year
    rel = (m["rel"] or "").lower()
    if rel in ("last", "previous") or (q > _quarter(ref) and rel not in ("next", "coming")):
        year = ref.year - 1 if q >= _quarter(ref) else ref.year
    if m["ya"]:  # "the year-ago third quarter": that quarter a year before
        year -= 1
    return "date", f"{year}-Q{q}", None, True


_ENDED_AFTER = regex.compile(r"\s+(?:(?:that|which)\s+)?(?:ended|ends|ending|to)\b")


def _previous_quarter(ref: dt.date) -> tuple[int, int]:
    """The last quarter ended before the reference day: the one a results report is about."""
    q = _quarter(ref)
    return (ref.year, q - 1) if q > 1 else (ref.year - 1, 4)


def _r_the_quarter(m: _M, text: str, ref: Ref, g: _Grammar) -> _Res:
    mod = (m["mod"] or "").lower()
    if m["u"] == "period" and not mod:
        return None  # "the period" alone is any stretch of time
    if ref is None:
        return "date", None, None, True
    year, q = _previous_quarter(ref)
    if m["yr"]:  # "the 1988 quarter"
        return "date", f"{m['yr']}-Q{q}", None, True
    if m["ya"] or "year" in mod:
        year -= 1
    return "date", f"{year}-Q{q}", None, True


def _r_the_year(m: _M, text: str, ref: Ref, g: _Grammar) -> _Res:
    if _ENDED_AFTER.match(text, m.end()):
        return "duration", "P1Y", None, False  # "the year ended Sept. 30": a year's length
    if ref is None:
        return "date", None, None, True
    return "date", str(ref.year), None, True


_ANAPHORIC_SHIFT = {
    "next": 1,
    "following": 1,
    "after": 1,
    "previous": -1,
    "preceding": -1,
    "before": -1,
}


def _r_anaphoric(m: _M, text: str, ref: Ref, g: _Grammar) -> _Res:
    """Resolved here against the reference, as a fallback; ``_resolve_anaphora`` then
    moves it to the time the text last named, when there is one."""
    mod = _edge(m["edge"])
    if ref is None:
        return "date", None, mod, True
    return ("date", _anaphoric_value(m[0], ref, g), mod, True)


def _anaphoric_value(words: str, anchor: dt.date, g: _Grammar) -> str | None:
    """The value of "that day", "the next morning", "the following year", ... told
    against ``anchor``."""
    low = " ".join(words.lower().split())
    shift = next((v for k, v in _ANAPHORIC_SHIFT.items() if f" {k}" in f" {low}"), 0)
    unit = next(
        u
        for u in ("day", "week", "month", "year", "morning", "afternoon", "evening", "night")
        if f" {u}" in f" {low}"
    )
    if unit in g.dayparts:
        day = anchor + dt.timedelta(days=shift)
        return f"{day.isoformat()}T{g.dayparts[unit]}"
    if unit == "day":
        return (anchor + dt.timedelta(days=shift)).isoformat()
    return _shift(anchor, unit, shift, g)


def _r_year_end(m: _M, text: str, ref: Ref, g: _Grammar) -> _Res:
    if ref is None:
        return "date", None, "END", True
    back = _SINCE_JUST_BEFORE.search(text, max(0, m.start() - 8), m.start()) or (
        _tense(text, m.start(), m.end(), g) == "past" and ref.month < 12
    )
    return "date", str(ref.year - 1 if back else ref.year), "END", True


def _r_half(m: _M, text: str, ref: Ref, g: _Grammar) -> _Res:
    h = 1 if m["h"].lower() == "first" else 2
    if m["y"]:
        return "date", f"{int(m['y'])}-H{h}", None, False
    if ref is None:
        return "date", None, None, True
    off = {"last": -1, "next": 1}.get((m["rel"] or "").lower(), 0)
    return "date", f"{ref.year + off}-H{h}", None, True


def _r_season(m: _M, text: str, ref: Ref, g: _Grammar) -> _Res:
    word = m["s"].lower()
    rel = (m["rel"] or "").lower()
    if word == "fall" and not (rel or m["y"]):
        return None  # "fall" alone is a verb
    code = g.seasons[word]
    if m["y"]:
        return "date", f"{int(m['y'])}-{code}", _edge(rel), False
    if ref is None:
        return "date", None, _edge(rel), True
    start_month = _SEASON_MONTHS[code][0]
    started = ref.month >= start_month
    if rel in ("last", "past", "previous"):  # the latest one that has ended
        ended = code != "WI" and ref.month > _SEASON_MONTHS[code][1]
        y = ref.year if ended else ref.year - 1
    elif rel in ("next", "coming"):
        y = ref.year + 1 if started else ref.year
    else:
        y = ref.year
    return "date", f"{y}-{code}", _edge(rel), True


def _r_holiday(m: _M, text: str, ref: Ref, g: _Grammar) -> _Res:
    day_in = g.holidays[" ".join(m["h"].lower().replace("’", "'").split())]
    if m["y"]:
        date = day_in(int(m["y"]))
        return ("date", date.isoformat(), None, False) if date else None
    if ref is None:
        return "date", None, None, True
    rel = (m["rel"] or "").lower()
    days = [d for y in range(ref.year - 2, ref.year + 3) if (d := day_in(y)) is not None]
    if rel in ("last", "next"):  # "last Thanksgiving"
        date = _nearest_on_side(days, ref, rel)
    else:
        date = _nearest(days, ref, _tense(text, m.start(), m.end(), g))
    return ("date", date.isoformat(), None, True) if date else None


def _holiday_rules(lex: dict[str, Any]) -> dict[str, Callable[[int], dt.date | None]]:
    """Each holiday's date in a given year: fixed, the n-th weekday of a month, or tied to
    Easter (dateutil's computus)."""
    out: dict[str, Callable[[int], dt.date | None]] = {}
    for k, (mo, d) in lex["holidays"].items():
        out[k] = functools.partial(_fixed_day, int(mo), int(d))
    for k, (mo, wd, n, day) in lex.get("movable_holidays", {}).items():
        out[k] = functools.partial(_nth_weekday, int(mo), int(wd), int(n), int(day))
    for k, offset in lex.get("easter_holidays", {}).items():
        out[k] = functools.partial(_from_easter, int(offset))
    return out


def _fixed_day(month: int, day: int, year: int) -> dt.date | None:
    return dt.date(year, month, day) if _valid_day(year, month, day) else None


def _nth_weekday(month: int, weekday: int, n: int, day: int, year: int) -> dt.date | None:
    """The n-th ``weekday`` on or after ``day`` of the month; n = -1: the last on or before."""
    anchor = dt.date(year, month, min(day, _month_end(year, month).day))
    if n < 0:
        return anchor - dt.timedelta(days=(anchor.isoweekday() - weekday) % 7)
    first = anchor + dt.timedelta(days=(weekday - anchor.isoweekday()) % 7)
    date = first + dt.timedelta(weeks=n - 1)
    return date if date.month == month else None


def _from_easter(offset: int, year: int) -> dt.date:
    return easter(year) + dt.timedelta(days=offset)


def _r_relday(m: _M, text: str, ref: Ref, g: _Grammar) -> _Res:
    if m["over"]:
        return ("time", None if ref is None else f"{ref.isoformat()}TNI", None, True)
    if m["d"]:
        word = m["d"].lower()
        off = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
        if m["ba"]:
            off += -1 if m["ba"].lower() == "before" else 1
        part = m["part"] or ("night" if word == "tonight" else None)
    else:
        this = " ".join(m["this"].lower().split())
        off = -1 if this in ("last", "late last") else 0
        part = m["part2"]
    mod = _edge(m["edge"]) if m["d"] else None
    if ref is None:
        return ("time" if part else "date"), None, mod, True
    day = (ref + dt.timedelta(days=off)).isoformat()
    if part:
        return "time", f"{day}T{g.dayparts[part.lower()]}", mod, True
    return "date", day, mod, True


def _r_weekday(m: _M, text: str, ref: Ref, g: _Grammar) -> _Res:
    wd = g.weekdays[m["wd"].lower()]
    rel = m["rel"]
    mod = _edge(rel.lower()) if rel else None
    if mod:
        rel = None
    typ = "time" if m["part"] else "date"
    if ref is None:
        return typ, None, mod, True
    d = _weekday_date(wd, rel, ref, _tense(text, m.start(), m.end(), g))
    value = d.isoformat()
    if m["part"]:
        value += f"T{g.dayparts[m['part'].lower()]}"
    return typ, value, mod, True


def _r_rel_unit(m: _M, text: str, ref: Ref, g: _Grammar) -> _Res:
    rel = m["rel"].lower() if m["rel"] else "this"  # "the end of the year": this year
    unit = m["u"].lower()
    mod = _edge(m["edge"])
    if m["the"] and rel in ("past", "last", "next", "coming", "following", "previous"):
        if unit == "weekend":
            pass
        else:
            return "duration", _duration(1, unit, g), mod, False
    if rel == "latest" or rel == "same":
        return None
    if ref is None:
        return "date", None, mod, True
    off = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(
        rel, 0
    )
    if unit == "weekend":
        base = ref + dt.timedelta(weeks=off)
        if off == 0 and ref.isoweekday() < 6 and _tense(text, m.start(), m.end(), g) == "past":
            base = ref - dt.timedelta(weeks=1)
        return "date", f"{_week(base)}-WE", mod, True
    if unit in ("decade", "century"):
        y = ref.year + off * (10 if unit == "decade" else 100)
        return "date", (str(y)[:3] if unit == "decade" else str(y)[:2]), mod, True
    value = _shift(ref, unit, off, g)
    return "date", value, mod, True


def _r_the_weekend(m: _M, text: str, ref: Ref, g: _Grammar) -> _Res:
    if ref is None:
        return "date", None, None, True
    tense = _tense(text, m.start(), m.end(), g)
    base = ref if tense == "future" or ref.isoweekday() >= 6 else ref - dt.timedelta(weeks=1)
    return "date", f"{_week(base)}-WE", None, True


def _r_rel_n(m: _M, text: str, ref: Ref, g: _Grammar) -> _Res:
    n = _num(m["n"])
    if n is None and m["n"].lower() not in ("a few", "few", "several", "many", "a couple of"):
        return None
    return "duration", _duration(n, m["u"], g), _hedge(m["hedge"]), False


def _r_ago(m: _M, text: str, ref: Ref, g: _Grammar) -> _Res:
    raw = m["n"].lower()
    n = 1 if raw in ("a", "an") else _num(m["n"])
    sign = 1 if m["dir"].lower() in ("later", "from now", "hence") else -1
    mod = _hedge(m["hedge"])
    if n is None:
        if m["dir"].lower() == "ago":
            return "date", "PAST_REF", mod, False
        return "duration", _duration(None, m["u"], g), mod, False
    if ref is None:
        return "date", None, mod, True
    return "date", _shift(ref, m["u"], sign * n, g), mod, True


_AGE_OK_NOUN = regex.compile(
    r"[\s,]+(?:unrest|conflict|war|wars|insurgency|dispute|crisis|rule|ban|tradition|law|policy|"
    r"relationship|alliance|partnership|treaty|agreement|occupation|struggle|campaign|rivalry|"
    r"feud|standoff|ceasefire|truce|regime|movement|uprising|rebellion|blockade|siege|embargo|"
    r"freeze|deadlock|stalemate|moratorium|record|case|programme|program|practice|problem)\b",
    regex.I,
)
_RATE_BEFORE = regex.compile(
    r"(?:\d|million|billion|thousand|hundred|dollars?|cents?|%)\s*$", regex.I
)


def _r_duration(m: _M, text: str, ref: Ref, g: _Grammar) -> _Res:
    raw = " ".join(m["n"].lower().split())
    unit = m["u"].lower()
    plural = unit.endswith("s") and unit not in ("s",)
    if m["adj"] and m["adj"].strip(" -").lower() == "old" and not _AGE_OK_NOUN.match(text, m.end()):
        return None  # a person's age, not a period of time
    if "-" in m["sep"] and unit.startswith("quarter") and plural:
        return None  # "three-quarters" is a fraction
    if raw in ("a", "an") and (
        (unit in ("second", "minute") and not m["frac2"])
        or _RATE_BEFORE.search(text, max(0, m.start() - 12), m.start())
    ):
        return None  # "a second time", "$5 million a year"

    if raw in ("a", "an"):
        if plural:
            return None
        n: int | None = 1
    else:
        n = _num(m["n"])
        if n is None and raw not in ("a few", "few", "several", "many", "a couple of"):
            return None
    if unit in ("night", "nights") and not m["adj"] and raw in ("a", "an", "one"):
        return None
    if (m["frac"] or m["frac2"]) and n is not None:
        return "duration", _half_more(n, unit, g), _hedge(m["hedge"]), False
    return "duration", _duration(n, unit, g), _hedge(m["hedge"]), False


# half of a unit in the next smaller one: "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M
_HALF_OF = {"Y": ("M", 6), "D": ("H", 12), "H": ("M", 30), "TM": ("S", 30)}


def _half_more(n: int, unit: str, g: _Grammar) -> str:
    """The TIMEX3 value of ``n`` and a half units."""
    code, is_time, factor = _unit(unit, g)
    if factor > 1 and code == "Y" and factor % 2 == 0:  # "a decade and a half": P15Y
        return f"P{n * factor + factor // 2}Y"
    small = _HALF_OF.get(("T" + code) if is_time and code == "M" else code)
    if small is None or factor != 1:  # no exact smaller unit: a decimal, as ISO 8601 allows
        return f"PT{n}.5{code}" if is_time else f"P{n * factor}.5{code}"
    sub, amount = small
    if is_time:
        return f"PT{n}{code}{amount}{sub}"
    if sub == "H":
        return f"P{n}{code}T{amount}{sub}"
    return f"P{n}{code}{amount}{sub}"


def _r_long(m: _M, text: str, ref: Ref, g: _Grammar) -> _Res:
    u = m["u"].lower()
    n = None if u.endswith("s") else 1
    return "duration", _duration(n, u, g), None, False


def _r_bare(m: _M, text: str, ref: Ref, g: _Grammar) -> _Res:
    return "duration", _duration(None, m["u"], g), None, False


def _r_set(m: _M, text: str, ref: Ref, g: _Grammar) -> _Res:
    if m["adv"]:
        adv = m["adv"].lower()
        unit = {
            "daily": "day", "weekly": "week", "monthly": "month", "annually": "year",
            "yearly": "year", "hourly": "hour", "nightly": "night", "quarterly": "quarter",
            "biweekly": "fortnight", "fortnightly": "fortnight",
        }[adv]  # fmt: skip
        return "set", _duration(1, unit, g), None, False
    if m["mo"]:
        return "set", f"XXXX-{_month(m['mo'], g):02d}", None, False
    u = m["u"] or m["u2"] or m["u3"]
    if u.lower() in g.weekdays:
        return "set", f"XXXX-WXX-{g.weekdays[u.lower()]}", None, False
    n = _num(m["n"]) if m["n"] else 1
    return "set", _duration(n, u, g), None, False


def _r_vague(m: _M, text: str, ref: Ref, g: _Grammar) -> _Res:
    key = " ".join(m["v"].lower().split())
    code = g.vague.get(key)
    if code is None:
        return None
    if key in ("once", "earlier", "present", "future") and not _vague_ok(key, m, text):
        return None
    return "date", code, None, False


def _vague_ok(key: str, m: regex.Match[str], text: str) -> bool:
    before = text[max(0, m.start() - 20) : m.start()].lower()
    after = text[m.end() : m.end() + 20].lower()
    if key == "once":
        return False
    if key == "earlier":
        return bool(_CLAUSE_END_AFTER.match(after)) and not _ARTICLE_BEFORE.search(before)
    if key == "present":
        return bool(_AT_THE_BEFORE.search(before)) and not _WORD_AFTER.match(after)
    if key == "future":
        return bool(_THE_IN_BEFORE.search(before)) or bool(_PLANS_AFTER.match(after))
    return True


def _r_recent(m: _M, text: str, ref: Ref, g: _Grammar) -> _Res:
    """ "recent months", "coming years": a vague stretch of time, no calendar value."""
    return "date", _duration(None, m["u"], g), None, False


def _r_clock(m: _M, text: str, ref: Ref, g: _Grammar) -> _Res:
    mod = _hedge(m["hedge"]) if m["hedge"] else None
    if m["named"]:
        hh, mm = {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}[m["named"].lower()]
        wd = m["wd2"]
    elif m["h2"] is not None:
        hh, mm, wd = int(m["h2"]), int(m["mi2"]), None
        if not m["tz2"]:
            return None
    else:
        hh, mm, wd = int(m["h"]), int(m["mi"] or 0), m["wd"]
        if hh > 12 or mm > 59:
            return None
        pm = m["ap"].lower().startswith("p")
        hh = (hh % 12) + (12 if pm else 0)
    if ref is None:
        return "time", None, mod, True
    day = ref
    if m["cm"] if "cm" in m.re.groupindex else None:
        near = _nearest_year(_month(m["cm"], g), _day(m["cd"]), ref, None)
        if near is not None:
            day = near
    elif wd:
        low = wd.lower()
        if low in g.weekdays:
            day = _weekday_date(g.weekdays[low], None, ref, _tense(text, m.start(), m.end(), g))
        else:
            day = ref + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[low])
    return "time", f"{day.isoformat()}T{hh:02d}:{mm:02d}", mod, True


_RESOLVERS: dict[str, Callable[[_M, str, Ref, _Grammar], _Res]] = {
    "date.full": _r_full,
    "date.iso": _r_iso,
    "date.numeric": _r_numeric,
    "date.month_day": _r_month_day,
    "date.month_year": _r_month_year,
    "date.month": _r_month,
    "date.year": _r_year,
    "date.decade": _r_decade,
    "date.century": _r_century,
    "date.quarter": _r_quarter,
    "date.the_quarter": _r_the_quarter,
    "date.the_year": _r_the_year,
    "date.year_end": _r_year_end,
    "date.anaphoric": _r_anaphoric,
    "date.half": _r_half,
    "date.season": _r_season,
    "date.holiday": _r_holiday,
    "date.relday": _r_relday,
    "date.weekday": _r_weekday,
    "date.rel_unit": _r_rel_unit,
    "date.the_weekend": _r_the_weekend,
    "duration.rel_n": _r_rel_n,
    "date.ago": _r_ago,
    "duration.num": _r_duration,
    "duration.long": _r_long,
    "duration.bare": _r_bare,
    "set": _r_set,
    "vague": _r_vague,
    "date.recent": _r_recent,
    "time.clock": _r_clock,
}


def _determiner_belongs_to_noun(m: regex.Match[str]) -> bool:
    groups = m.re.groupindex
    if "sep" not in groups or "u" not in groups:
        return False
    unit = m["u"].lower()
    return "-" in (m["sep"] or "") or not unit.endswith("s")


_TRIGGER_OF = {
    "date.full": "month", "date.numeric": "numeric", "date.month_day": "month",
    "date.month_year": "month", "date.month": "month", "date.decade": "decade",
    "date.quarter": "quarter", "date.the_quarter": "the_quarter", "date.the_year": "unit",
    "date.year_end": "unit", "date.anaphoric": "unit",
    "date.half": "unit", "date.season": "season",
    "date.holiday": "holiday", "date.relday": "relday", "date.weekday": "weekday",
    "date.rel_unit": "unit", "date.the_weekend": "unit", "duration.rel_n": "unit",
    "date.ago": "unit", "duration.num": "unit", "duration.long": "unit",
    "duration.bare": "unit", "set": "set", "vague": "vague", "date.recent": "unit",
    "time.clock": "clock",
}  # fmt: skip
_BEFORE, _AFTER = 90, 130  # no pattern reaches farther than this from its trigger word


def _windows(text: str, trigger: regex.Pattern[str]) -> list[tuple[int, int]]:
    """Merged stretches of ``text`` around each trigger word, where a pattern may match."""
    out: list[tuple[int, int]] = []
    n = len(text)
    for m in trigger.finditer(text):
        a, b = max(0, m.start() - _BEFORE), min(n, m.end() + _AFTER)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _matches(
    pat: regex.Pattern[str], text: str, windows: list[tuple[int, int]] | None
) -> Iterator[_M]:
    if windows is None:
        yield from pat.finditer(text)
        return
    for a, b in windows:
        yield from pat.finditer(text, a, b)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _candidates(text: str, ref: Ref, g: _Grammar) -> Iterator[_Cand]:
    windows: dict[str, list[tuple[int, int]]] = {}
    lowered = text.translate(_ASCII_LOWER)  # same length and offsets as text
    for rank, (name, pat) in enumerate(g.patterns):
        resolve = _RESOLVERS[name]
        key = _TRIGGER_OF.get(name)
        if key is not None and key not in windows:
            source = text if key in g.cased_triggers else lowered
            windows[key] = _windows(source, g.triggers[key])
        for m in _matches(pat, text, windows[key] if key else None):
            if m.end() == m.start():
                continue
            got = resolve(m, text, ref, g)
            if got is None:
                continue
            typ, value, mod, relative = got
            start, end = m.start(), m.end()
            if "the" in m.re.groupindex and m["the"] and _determiner_belongs_to_noun(m):
                start = m.end("the")  # "the two-day talks": the timex is "two-day"
            # a trailing possessive or dot of an abbreviation never ends a timex
            while end > start and text[end - 1] in " ,":
                end -= 1
            yield _Cand(start, end, typ, value, mod, f"factkit.timex.{name}.v1#{rank}", relative)


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Non-overlapping candidates, longest first, then earliest, then pattern order."""
    chosen: list[_Cand] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start, c.rule)):
        i = bisect.bisect_left(taken, (c.start, c.end))
        if i > 0 and taken[i - 1][1] > c.start:
            continue
        if i < len(taken) and taken[i][0] < c.end:
            continue
        taken.insert(i, (c.start, c.end))
        chosen.append(c)
    return sorted(chosen, key=lambda c: (c.start, c.end))


def _coerce_reference(reference: object) -> Ref:
    from .pipeline import coerce_date

    return coerce_date(reference, "reference")


def find_dates(text: str, *, reference: dt.date | str | None = None) -> list[TimeExpression]:
    """Every temporal expression in ``text`` with its span, TIMEX3 type and value.

    Args:
        text: any text; offsets index it exactly.
        reference: the date relative expressions resolve against (a date, datetime or
            ``YYYY-MM-DD``), usually the publication date. Without it, relative
            expressions keep ``value=None``.

    Raises:
        TypeError: ``text`` is not a string.
        DateError: ``reference`` is not a date.

    >>> [(t.span.text, t.value) for t in find_dates("He said on Thursday.", reference="2022-05-06")]
    [('Thursday', '2022-05-05')]
    >>> [(t.span.text, t.type, t.value) for t in find_dates("the two-day talks in 2021")]
    [('two-day', 'duration', 'P2D'), ('2021', 'date', '2021')]
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    ref = _coerce_reference(reference)
    return _find(text, ref)


def find_dates_in(
    text: str, regions: list[tuple[int, int]], reference: dt.date | None
) -> list[TimeExpression]:
    """``find_dates`` restricted to expressions lying inside one of ``regions``."""
    if not regions:
        return []
    starts = [a for a, _ in regions]
    out = []
    for t in _find(text, reference):
        i = bisect.bisect_right(starts, t.span.start) - 1
        if i >= 0 and t.span.end <= regions[i][1]:
            out.append(t)
    return out


_QUARTER_VALUE = regex.compile(r"(?P<y>\d{4})-(?P<q>Q[1-4])")
_YEAR_AGO = regex.compile(r"(?i)(?:a|one)\s+year\s+(?:ago|earlier|before)")
# the words of a comparison of figures: "up from $10 million a year ago", "compared with"
_COMPARED = regex.compile(
    r"(?i)(?:\bfrom\b|\bcompared\s+(?:with|to)\b|\bversus\b|\bthan\b|\ba\s+share\b|"
    r"\bmillion\b|\bbillion\b|%|\bcents?\b)[^.;!?]{0,80}$"
)


def _year_ago_quarters(text: str, cands: list[_Cand], ref: Ref) -> list[_Cand]:
    """In a report of quarterly figures, "the quarter" is the quarter last named (else the
    one ended before the reference day), and "a year ago" in a comparison of figures the
    same quarter a year before ("third-quarter profit rose to $5 million from $3 million
    a year ago": 1988-Q3 when the quarter is 1989-Q3), as TimeML codes it."""
    quarter: regex.Match[str] | None = None
    ended = "{}-Q{}".format(*_previous_quarter(ref)) if ref is not None else None
    out = []
    for c in cands:
        qm = _QUARTER_VALUE.fullmatch(c.value or "")
        if qm is not None and c.rule.startswith("factkit.timex.date.the_quarter."):
            if quarter is not None:  # "the quarter" is the one the report is about
                words = text[c.start : c.end].lower()
                year = int(quarter["y"]) - (1 if "year" in words else 0)
                year = int(y.group()) if (y := _V_YEAR.search(words)) else year
                c = dataclasses.replace(c, value=f"{year}-{quarter['q']}")
        elif qm is not None and (ended is None or qm.group() <= ended):
            quarter = qm  # a quarter not yet over (a fiscal one) is not what results are about
        elif (
            quarter is not None
            and c.type == "date"
            and c.value == str(int(quarter["y"]) - 1)
            and _YEAR_AGO.fullmatch(text, c.start, c.end)
            and _COMPARED.search(text, max(0, c.start - 120), c.start)
        ):
            c = dataclasses.replace(c, value=f"{c.value}-{quarter['q']}")
        out.append(c)
    return out


_DAY_VALUE = regex.compile(r"(\d{4})-(\d\d)-(\d\d)")
_MONTH_VALUE = regex.compile(r"(\d{4})-(\d\d)$")
_ANAPHORIC_UNIT = regex.compile(r"\b(?:year|month|week)\b")


def _resolve_anaphora(text: str, cands: list[_Cand], g: _Grammar) -> list[_Cand]:
    """ "That day", "the next morning", "the following year": against the last date the
    text named before, at least as fine as the unit (a day for "the next day", a month or
    a day for "that month", any date for "that year"); left as resolved against the
    reference when the text named none."""
    day: dt.date | None = None
    month: dt.date | None = None
    year: dt.date | None = None
    out = []
    for c in cands:
        if c.rule.startswith("factkit.timex.date.anaphoric."):
            words = text[c.start : c.end]
            unit = _ANAPHORIC_UNIT.search(words.lower())
            u = unit.group() if unit else "day"
            anchor = {"year": year, "month": month}.get(u, day)
            if anchor is not None:
                c = dataclasses.replace(c, value=_anaphoric_value(words, anchor, g))
        if c.type in ("date", "time") and c.value:
            if dm := _DAY_VALUE.match(c.value):
                day = month = year = dt.date(int(dm[1]), int(dm[2]), int(dm[3]))
            elif mm := _MONTH_VALUE.match(c.value):
                month = year = dt.date(int(mm[1]), int(mm[2]), 1)
                day = None
            elif _V_YEAR.fullmatch(c.value):
                year = dt.date(int(c.value), 1, 1)
                month = day = None
        out.append(c)
    return out


def _find(text: str, ref: Ref) -> list[TimeExpression]:
    g = _grammar()
    out = []
    cands = _select(list(_candidates(text, ref, g)))
    for c in _resolve_anaphora(text, _year_ago_quarters(text, cands, ref), g):
        lo, hi = value_range(c.value) if c.type in ("date", "time") else (None, None)
        out.append(
            TimeExpression.model_construct(
                span=Span.of(text, c.start, c.end),
                type=c.type,
                value=c.value,
                mod=c.mod,
                start=lo,
                end=hi,
                relative=c.relative,
                rule_id=c.rule.split("#", 1)[0],
            )
        )
    return out
