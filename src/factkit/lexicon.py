"""The layout lexicon: words and patterns of news-page furniture, loaded from data.

The built-in lexicon is ``rules/en/layout.toml``, read once through
``importlib.resources``. A user file with the same tables extends it: lists are
appended to (duplicates dropped) and tables are merged key by key, so a user can add a
desk name, an agency or a boilerplate pattern without touching the package. Every
pattern is compiled here, once; a pattern that does not compile is a ``ConfigError``
naming the file and the key.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import regex

from .errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

__all__ = [
    "BUILTIN_LAYOUT",
    "Layout",
    "build_layout",
    "builtin_toml",
    "default_layout",
    "load_layout",
    "merge_layout",
]

BUILTIN_LAYOUT = "factkit.rules.en/layout.toml"

_LIST_KEYS = {
    "sentences": ("abbreviations", "starters"),
    "bylines": ("desk_words", "agencies", "prefixes", "name_particles"),
    "datelines": ("not_places",),
    "navigation": ("words_ci",),
    "captions": ("patterns",),
    "boilerplate": ("patterns",),
    "sidebars": ("markers_ci",),
}


@dataclass(frozen=True, eq=False)
class Layout:
    """Compiled layout lexicon: immutable, shared by every extraction (hashed by identity)."""

    months: dict[str, int]
    abbreviations: frozenset[str]
    starters: frozenset[str]
    desk_words: frozenset[str]
    agencies: tuple[str, ...]
    agencies_lower: frozenset[str]
    byline_prefixes: tuple[str, ...]
    name_particles: frozenset[str]
    not_places: frozenset[str]
    navigation_words: frozenset[str]
    caption_patterns: tuple[regex.Pattern[str], ...]
    boilerplate_patterns: tuple[regex.Pattern[str], ...]
    caption_re: regex.Pattern[str]
    boilerplate_re: regex.Pattern[str]
    sidebar_markers: frozenset[str]
    sources: tuple[str, ...]


def _read_toml(data: bytes, origin: str) -> dict[str, Any]:
    try:
        loaded: dict[str, Any] = tomllib.loads(data.decode("utf-8"))
        return loaded
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{origin}: not a valid UTF-8 TOML file: {exc}") from exc


def merge_layout(base: dict[str, Any], extra: dict[str, Any], origin: str) -> dict[str, Any]:
    """Layer ``extra`` over ``base``: lists append (no duplicates), tables merge."""
    out = {k: (dict(v) if isinstance(v, dict) else v) for k, v in base.items()}
    for table, values in extra.items():
        if table != "months" and table not in _LIST_KEYS:
            raise ConfigError(f"{origin}: unknown table [{table}]")
        if not isinstance(values, dict):
            raise ConfigError(f"{origin}: [{table}] must be a table")
        merged = dict(out.get(table, {}))
        for key, value in values.items():
            if table == "months":
                if not isinstance(value, int) or not 1 <= value <= 12:
                    raise ConfigError(f"{origin}: months.{key} must be an integer 1-12")
                merged[key.lower()] = value
                continue
            if key not in _LIST_KEYS[table]:
                raise ConfigError(f"{origin}: unknown key {table}.{key}")
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{origin}: {table}.{key} must be a list of strings")
            old = list(merged.get(key, []))
            merged[key] = old + [v for v in value if v not in old]
        out[table] = merged
    return out


def _compile(patterns: list[str], where: str) -> tuple[regex.Pattern[str], ...]:
    out = []
    for i, pat in enumerate(patterns):
        try:
            out.append(regex.compile(pat, regex.V0))
        except regex.error as exc:
            raise ConfigError(f"{where}[{i}]: pattern does not compile: {exc}") from exc
    return tuple(out)


def phrase_alternation(words: list[str]) -> str:
    """A regex alternation of literal phrases, longest first, any run of spaces between
    their words (for the cue and trigger lists of the rule files)."""
    return "|".join(
        regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


def _alternation(patterns: tuple[regex.Pattern[str], ...]) -> regex.Pattern[str]:
    """One compiled pattern that matches where any of ``patterns`` does."""
    if not patterns:
        return regex.compile(r"(?!)")
    return regex.compile("|".join(f"(?:{p.pattern})" for p in patterns), regex.V0)


def build_layout(data: dict[str, Any], sources: tuple[str, ...]) -> Layout:
    """Compile merged layout tables (see ``merge_layout``) into a ``Layout``."""

    def lst(table: str, key: str) -> list[str]:
        value = data.get(table, {}).get(key, [])
        return list(value)

    captions = _compile(lst("captions", "patterns"), "captions.patterns")
    boilerplate = _compile(lst("boilerplate", "patterns"), "boilerplate.patterns")
    return Layout(
        months={k.lower(): int(v) for k, v in data.get("months", {}).items()},
        abbreviations=frozenset(a.lower() for a in lst("sentences", "abbreviations")),
        starters=frozenset(lst("sentences", "starters")),
        desk_words=frozenset(w.lower() for w in lst("bylines", "desk_words")),
        agencies=tuple(lst("bylines", "agencies")),
        agencies_lower=frozenset(a.lower() for a in lst("bylines", "agencies")),
        byline_prefixes=tuple(lst("bylines", "prefixes")),
        name_particles=frozenset(lst("bylines", "name_particles")),
        not_places=frozenset(lst("datelines", "not_places")),
        navigation_words=frozenset(w.lower() for w in lst("navigation", "words_ci")),
        caption_patterns=captions,
        boilerplate_patterns=boilerplate,
        caption_re=_alternation(captions),
        boilerplate_re=_alternation(boilerplate),
        sidebar_markers=frozenset(m.lower() for m in lst("sidebars", "markers_ci")),
        sources=sources,
    )


@lru_cache(maxsize=16)
def builtin_toml(name: str) -> dict[str, Any]:
    """A TOML file of the built-in rule pack (``rules/en/NAME``), read and parsed once."""
    raw = resources.files("factkit.rules.en").joinpath(name).read_bytes()
    return _read_toml(raw, f"factkit.rules.en/{name}")


def default_layout() -> Layout:
    """The layout lexicon of the default rules (built-in pack and installed packs)."""
    from .rules.loader import default_rules

    return default_rules().layout


def _default_data() -> dict[str, Any]:
    data: dict[str, Any] = {}
    for origin, tables in _default_layers():
        data = merge_layout(data, dict(tables), origin)
    return data


def _default_layers() -> list[tuple[str, Any]]:
    from .rules.loader import builtin_pack, installed_packs

    return [layer for pack in (builtin_pack(), *installed_packs()) for layer in pack.layout]


def load_layout(*paths: str | Path) -> Layout:
    """The built-in lexicon extended by the given user TOML files, in order.

    Raises:
        ConfigError: a file cannot be read, is not TOML, has an unknown key, or holds a
            pattern that does not compile.
    """
    data = _default_data()
    sources = [origin for origin, _ in _default_layers()]
    for path in paths:
        p = Path(path)
        try:
            raw = p.read_bytes()
        except OSError as exc:
            raise ConfigError(f"{p}: cannot read layout file: {exc.strerror}") from exc
        data = merge_layout(data, _read_toml(raw, str(p)), str(p))
        sources.append(str(p))
    return build_layout(data, tuple(sources))
