"""Absolute calendar dates printed in text: "February 16, 2023", "8th Dec, 2022", ISO.

This is the part of the time layer the article header needs: full dates with a day,
month and year, found by one compiled pattern built from the month table of the layout
lexicon and checked by ``datetime.date`` (so "February 30" is not a date). Relative and
partial expressions belong to the full temporal tagger.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex

from .lexicon import Layout, default_layout

__all__ = ["DateMatch", "find_absolute_dates", "parse_iso_date"]


@dataclass(frozen=True)
class DateMatch:
    """A full date found in text, with its half-open offsets."""

    date: dt.date
    start: int
    end: int


_ISO = regex.compile(r"(?<![\d-])(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])")
_NON_DIGIT = regex.compile(r"\D")
_YEAR = regex.compile(r"(?:1[89]|20)\d\d")
_TIME = (
    r"(?:\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5})?)?"
)
# a clock time after a date, maybe behind a separator: "September 26, 2013 | 10:47am EDT"
TIME_SUFFIX = regex.compile(r"(?:\s*[|,•·–—-](?=\s*\d))?" + _TIME + r"\s*$")


@lru_cache(maxsize=8)
def _pattern(layout: Layout) -> regex.Pattern[str]:
    names = sorted(layout.months, key=len, reverse=True)
    month = "(?:" + "|".join(regex.escape(n) for n in names) + r")\.?"
    day = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
    year = r"(?:1[89]|20)\d\d"
    mdy = rf"(?P<m1>{month})\s+(?P<d1>{day}),?\s+(?P<y1>{year})"
    dmy = rf"(?P<d2>{day})\s+(?:of\s+)?(?P<m2>{month}),?\s+(?P<y2>{year})"
    return regex.compile(
        rf"(?:(?<![\w-])|(?-i:(?<=[a-z])(?=[A-Z])))(?:{mdy}|{dmy})(?![\w-])"
        rf"|(?<![\d-])(?P<y3>(?:19|20)\d\d)-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)(?![\d-])"
        # "8/20/2024": month and day told apart only when one of them is over 12
        rf"|(?<![\d/.-])(?P<a4>[0-3]?\d)/(?P<b4>[0-3]?\d)/(?P<y4>(?:19|20)\d\d)(?![\d/])",
        regex.IGNORECASE,
    )


def _day(token: str) -> int:
    return int(_NON_DIGIT.sub("", token))


def _to_date(match: regex.Match[str], layout: Layout) -> dt.date | None:
    try:
        if match.group("y3"):
            return dt.date(int(match["y3"]), int(match["m3"]), int(match["d3"]))
        if match.group("y4"):
            a, b = int(match["a4"]), int(match["b4"])
            if a > 12 >= b:
                return dt.date(int(match["y4"]), b, a)  # 20/8/2024: day first
            if b > 12 >= a or a == b:
                return dt.date(int(match["y4"]), a, b)  # 8/20/2024: month first
            return None  # 5/6/2024: either way
        if match.group("y1"):
            month = layout.months[match["m1"].rstrip(".").lower()]
            return dt.date(int(match["y1"]), month, _day(match["d1"]))
        month = layout.months[match["m2"].rstrip(".").lower()]
        return dt.date(int(match["y2"]), month, _day(match["d2"]))
    except (ValueError, KeyError):
        return None


def iter_absolute_dates(
    text: str, start: int = 0, end: int | None = None, layout: Layout | None = None
) -> Iterator[DateMatch]:
    """Yield every valid full date in ``text[start:end]``, in text order."""
    lay = layout or default_layout()
    stop = len(text) if end is None else end
    if not _YEAR.search(text, start, stop):  # cheap filter: a full date has a year
        return
    for m in _pattern(lay).finditer(text, start, stop):
        d = _to_date(m, lay)
        if d is not None:
            yield DateMatch(d, m.start(), m.end())


def find_absolute_dates(
    text: str, start: int = 0, end: int | None = None, layout: Layout | None = None
) -> list[DateMatch]:
    """Every valid full date in ``text[start:end]``.

    >>> [str(m.date) for m in find_absolute_dates("Our CorrespondentJanuary 08, 2021")]
    ['2021-01-08']
    """
    return list(iter_absolute_dates(text, start, end, layout))


def parse_iso_date(value: str) -> dt.date | None:
    """``YYYY-MM-DD`` (whole string, surrounding space allowed) as a date, else None."""
    m = _ISO.fullmatch(value.strip())
    if not m:
        return None
    try:
        return dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
