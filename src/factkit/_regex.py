"""``regex``'s module-level calls (``search``, ``match``, ...) with a cheaper cache.

Why: ``regex.search(pattern, text)`` looks its compiled pattern up in the module's cache
at a cost of several microseconds a call (flag arithmetic on every call), which the
extractors pay a hundred times an article for their inline patterns. A
``functools.lru_cache`` keyed on the pattern string costs a fraction of that and keeps
the patterns readable where they are used.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import regex

__all__ = ["compiled", "findall", "finditer", "fullmatch", "match", "search", "split", "sub"]


@lru_cache(maxsize=1024)
def compiled(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags)``, once per pattern."""
    return regex.compile(pattern, flags)


def search(pattern: str, string: str, flags: int = 0) -> regex.Match[str] | None:
    """As ``regex.search``."""
    return compiled(pattern, flags).search(string)


def match(pattern: str, string: str, flags: int = 0) -> regex.Match[str] | None:
    """As ``regex.match``."""
    return compiled(pattern, flags).match(string)


def fullmatch(pattern: str, string: str, flags: int = 0) -> regex.Match[str] | None:
    """As ``regex.fullmatch``."""
    return compiled(pattern, flags).fullmatch(string)


def findall(pattern: str, string: str, flags: int = 0) -> list[Any]:
    """As ``regex.findall``."""
    return compiled(pattern, flags).findall(string)


def finditer(pattern: str, string: str, flags: int = 0) -> Iterator[regex.Match[str]]:
    """As ``regex.finditer``."""
    return compiled(pattern, flags).finditer(string)


def split(pattern: str, string: str, flags: int = 0) -> list[str]:
    """As ``regex.split``."""
    return compiled(pattern, flags).split(string)


def sub(pattern: str, repl: str, string: str, flags: int = 0) -> str:
    """As ``regex.sub`` (a string replacement)."""
    return compiled(pattern, flags).sub(repl, string)
