"""User patterns: compiled once per rule set, run over an article with a time limit.

A pattern entry is a regex (a string) or a token pattern (a list of token constraints,
as in spaCy's pattern files). Token patterns are translated to one regex here: a token is
a word (letters and digits with inner hyphens, apostrophes or dots: "Lashkar-e-Taiba",
"U.S.") or one punctuation mark, tokens are separated by optional white space, and a
repeated token (``OP`` ``*`` or ``+``) repeats at most 8 times.

Why a time limit rather than trust: a pattern from a pack is data written by someone
else, and a regex such as ``(a|a)+b`` backtracks exponentially. Every pattern runs with
the ``regex`` module's ``timeout``, a budget per pattern and article; a pattern that runs
out is stopped, and the article records a ``pattern_timeout`` diagnostic naming it (its
hits so far are kept, the rest are not looked for). ``probe_pattern`` runs a pattern on
inputs known to trip backtracking so that ``factkit rules validate`` can reject it before
it ships.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..models import Diagnostic
from .loader import Rules
from .schema import PatternEntry, TokenSpec

__all__ = [
    "PATTERN_TIMEOUT",
    "PatternHit",
    "compile_pattern",
    "compiled_patterns",
    "find_pattern_hits",
    "probe_pattern",
]

#: seconds one pattern may run over one article
PATTERN_TIMEOUT = 0.25
_MAX_REPEAT = 8
_WORD = r"[\p{L}\p{N}](?:[\p{L}\p{N}'’.\-]*[\p{L}\p{N}])?\.?"
_TOKEN = rf"(?:{_WORD}|[^\s\p{{L}}\p{{N}}])"
# a token ends where no word character follows, nor a connector and a word character
_END = r"(?![\p{L}\p{N}]|[\-'’.][\p{L}\p{N}])"
_START = r"(?<![\p{L}\p{N}]|[\p{L}\p{N}][\-'’.])"


@dataclass(frozen=True)
class PatternHit:
    """Where a pattern matched: offsets into the article and the pattern entry."""

    start: int
    end: int
    entry: PatternEntry


def _alternation(words: Iterable[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _token_regex(spec: TokenSpec) -> str:
    if spec.text is not None:
        core = regex.escape(spec.text)
    elif spec.lower is not None:
        core = f"(?i:{regex.escape(spec.lower)})"
    elif spec.in_ is not None:
        core = f"(?i:{_alternation(spec.in_)})"
    elif spec.regex_ is not None:
        core = f"(?:{spec.regex_})"
    elif spec.is_title:
        core = r"\p{Lu}[\p{Ll}\p{N}'’\-]*"
    elif spec.is_digit:
        core = r"\p{N}+(?:[.,]\p{N}+)*"
    else:
        core = _TOKEN
    return f"(?:{core}){_END}"


def _token_pattern(specs: Sequence[TokenSpec]) -> str:
    parts: list[str] = []
    for i, spec in enumerate(specs):
        tok = _token_regex(spec)
        if i == 0:
            rest = f"(?:\\s*{tok}){{0,{_MAX_REPEAT - 1}}}" if spec.op == "+" else ""
            parts.append(f"{_START}{tok}{rest}")
            continue
        step = f"(?:\\s*{tok})"
        parts.append(
            {
                None: step,
                "?": f"{step}?",
                "*": f"{step}{{0,{_MAX_REPEAT}}}",
                "+": f"{step}{{1,{_MAX_REPEAT}}}",
            }[spec.op]
        )
    return "".join(parts)


def compile_pattern(entry: PatternEntry) -> regex.Pattern[str]:
    """The compiled regex of a pattern entry (a string pattern as written, with
    ``ignore_case``; a token pattern translated)."""
    if isinstance(entry.pattern, str):
        flags = regex.V0 | (regex.IGNORECASE if entry.ignore_case else 0)
        return regex.compile(entry.pattern, flags)
    return regex.compile(_token_pattern(entry.pattern), regex.V0)


@lru_cache(maxsize=8)
def compiled_patterns(rules: Rules) -> tuple[tuple[PatternEntry, regex.Pattern[str]], ...]:
    """Every pattern of ``rules`` with its compiled regex, in layer order."""
    return tuple((e, compile_pattern(e)) for e in rules.entries("patterns"))


def find_pattern_hits(
    text: str,
    regions: Sequence[tuple[int, int]],
    rules: Rules,
    *,
    timeout: float = PATTERN_TIMEOUT,
) -> tuple[list[PatternHit], list[Diagnostic]]:
    """The non-empty matches of every pattern in ``regions`` of ``text``, sorted by
    offset, and a ``pattern_timeout`` diagnostic for each pattern that ran out of time."""
    hits: list[PatternHit] = []
    diags: list[Diagnostic] = []
    for entry, pat in compiled_patterns(rules):
        deadline = time.perf_counter() + timeout
        try:
            for a, b in regions:
                left = deadline - time.perf_counter()
                if left <= 0:
                    raise TimeoutError
                for m in pat.finditer(text, a, b, timeout=left):
                    if m.end() > m.start():
                        hits.append(PatternHit(m.start(), m.end(), entry))
        except TimeoutError:
            diags.append(
                Diagnostic(
                    code="pattern_timeout",
                    message=(
                        f"pattern {entry.id!r} ran out of its {timeout:g} s budget and was "
                        "stopped; its later matches in this article are missing"
                    ),
                )
            )
    hits.sort(key=lambda h: (h.start, -h.end, h.entry.id))
    return hits, diags


# inputs that make a backtracking regex explode: long runs of one character with a
# mismatch at the end, of letters, digits, spaces and mixed words
_PROBES = tuple(
    s
    for n in (24, 48)
    for s in (
        "a" * n + "!",
        "a " * n + "!",
        "1" * n + "x",
        "aA" * n + "!",
        ("Ab-" * n) + "!",
        "x" * n + "\n",
    )
)


def probe_pattern(entry: PatternEntry, *, timeout: float = 0.5) -> str | None:
    """None if the pattern runs fast on adversarial inputs, else why it is rejected."""
    pat = compile_pattern(entry)
    for probe in _PROBES:
        started = time.perf_counter()
        try:
            pat.search(probe, timeout=timeout)
        except TimeoutError:
            return (
                f"catastrophically slow: did not finish within {timeout:g} s on "
                f"{probe[:12]!r}... ({len(probe)} chars); rewrite it without nested "
                "repetition such as (a|a)+ or (a+)+"
            )
        if time.perf_counter() - started > timeout / 2:  # pragma: no cover - timing
            return f"slow: {time.perf_counter() - started:.2f} s on a {len(probe)}-char probe"
    return None
