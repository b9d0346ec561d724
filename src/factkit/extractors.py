"""Custom extractors: user functions that turn an analysed article into facts.

An extractor is a callable ``(Context) -> Iterable[fact]``. The ``Context`` holds what the
built-in stages found (segments, sentences, entity mentions, dates, counts, pattern hits
and the built-in facts) and the rules in force. It may yield ``Statement``, ``Incident``
and ``Dialogue`` objects, which join the article's lists, or instances of a subclass of
``CustomFact`` (``Article.custom_facts``).

Extractors have names (``acme.arrests.v1``, after spaCy's registered names). They come
from two places: ``register_extractor(name)`` in Python, and the ``factkit.extractors``
entry-point group of installed distributions (loaded lazily, once). A name used twice is
a ``ConfigError``, never a silent first-wins. An extractor that raises, or yields
something that is not a fact, stops the extraction with an ``ExtractorError`` naming it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import metadata

from .entities import EntityIndex
from .errors import ConfigError
from .models import (
    Count,
    CustomFact,
    Dialogue,
    Incident,
    Segment,
    Span,
    Statement,
    TimeExpression,
)
from .rules.loader import Rules
from .rules.patterns import PatternHit

__all__ = [
    "ENTRY_POINT_GROUP",
    "Context",
    "Extractor",
    "Fact",
    "available_extractors",
    "register_extractor",
    "resolve_extractors",
    "unregister_extractor",
]

ENTRY_POINT_GROUP = "factkit.extractors"

Fact = Statement | Incident | Dialogue | CustomFact


@dataclass(frozen=True)
class Context:
    """What a custom extractor receives: the text and everything found in it so far."""

    text: str
    published: dt.date | None
    segments: tuple[Segment, ...]
    sentences: tuple[Span, ...]
    entities: EntityIndex
    dates: tuple[TimeExpression, ...]
    counts: tuple[Count, ...]
    pattern_hits: tuple[PatternHit, ...]
    statements: tuple[Statement, ...]
    incidents: tuple[Incident, ...]
    dialogues: tuple[Dialogue, ...]
    rules: Rules

    def span(self, start: int, end: int) -> Span:
        """A span of the text (checked: ``0 <= start <= end <= len(text)``)."""
        return Span.of(self.text, start, end)

    def hits(self, label: str) -> tuple[PatternHit, ...]:
        """The pattern hits with this label, in text order."""
        return tuple(h for h in self.pattern_hits if h.entry.label == label)


Extractor = Callable[[Context], Iterable[Fact]]

_REGISTERED: dict[str, Extractor] = {}


def register_extractor(name: str) -> Callable[[Extractor], Extractor]:
    """Register a custom extractor under ``name`` (a decorator).

    Raises:
        ConfigError: the name is taken (by a registered or an installed extractor) or
            malformed.

    >>> @register_extractor("doc.example.v1")
    ... def nothing(ctx):
    ...     return []
    >>> "doc.example.v1" in available_extractors()
    True
    >>> unregister_extractor("doc.example.v1")
    """
    _check_name(name)

    def add(func: Extractor) -> Extractor:
        if name in _REGISTERED or name in _installed():
            raise ConfigError(f"an extractor named {name!r} is already registered")
        if not callable(func):
            raise ConfigError(f"extractor {name!r} is not callable")
        _REGISTERED[name] = func
        return func

    return add


def unregister_extractor(name: str) -> None:
    """Forget an extractor registered with ``register_extractor`` (no error if absent)."""
    _REGISTERED.pop(name, None)


def _check_name(name: str) -> None:
    if not isinstance(name, str) or not name or len(name) > 100 or any(c.isspace() for c in name):
        raise ConfigError(f"an extractor name is a non-empty word, got {name!r}")
    if name.startswith("factkit."):
        raise ConfigError(f"extractor names starting 'factkit.' are reserved: {name!r}")


@lru_cache(maxsize=1)
def _installed() -> Mapping[str, metadata.EntryPoint]:
    eps = sorted(metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name)
    out: dict[str, metadata.EntryPoint] = {}
    for ep in eps:
        if ep.name in out:
            raise ConfigError(
                f"two installed extractors share the name {ep.name!r} "
                f"({out[ep.name].value} and {ep.value})"
            )
        out[ep.name] = ep
    return out


def available_extractors() -> tuple[str, ...]:
    """Names of every registered and installed custom extractor, sorted.

    Raises:
        ConfigError: a name is both registered and installed, or installed twice.
    """
    installed = _installed()
    clash = sorted(set(installed) & set(_REGISTERED))
    if clash:
        raise ConfigError(f"extractor name(s) {clash} are both registered and installed")
    return tuple(sorted({*installed, *_REGISTERED}))


def _load(name: str) -> Extractor:
    if name in _REGISTERED:
        return _REGISTERED[name]
    if name not in _installed():
        known = ", ".join(available_extractors()) or "none"
        raise ConfigError(f"no extractor named {name!r} (available: {known})")
    return _load_installed(name)


@cache
def _load_installed(name: str) -> Extractor:
    """An installed extractor, imported once."""
    ep = _installed()[name]
    try:
        func = ep.load()
    except Exception as exc:  # an installed plugin failing to import is the user's to see
        raise ConfigError(
            f"installed extractor {name!r} ({ep.value}) failed to load: {exc}"
        ) from exc
    if not callable(func):
        raise ConfigError(f"installed extractor {name!r} ({ep.value}) is not callable")
    return func  # type: ignore[no-any-return]


def resolve_extractors(
    extractors: Iterable[str | tuple[str, Extractor]] | None,
) -> tuple[tuple[str, Extractor], ...]:
    """The extractors to run, in order: ``None`` means every available one (sorted by
    name); otherwise names, or ``(name, callable)`` pairs for unregistered functions.

    Raises:
        ConfigError: an unknown name, or the same name twice.
    """
    if extractors is None:
        chosen: list[str | tuple[str, Extractor]] = list(available_extractors())
    else:
        chosen = list(extractors)
    out: list[tuple[str, Extractor]] = []
    for item in chosen:
        if isinstance(item, str):
            out.append((item, _load(item)))
        else:
            name, func = item
            _check_name(name)
            if not callable(func):
                raise ConfigError(f"extractor {name!r} is not callable")
            out.append((name, func))
    names = [n for n, _ in out]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise ConfigError(f"extractor(s) {twice} given more than once")
    return tuple(out)
