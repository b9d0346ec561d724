"""Gazetteers: countries, places, organisations and armed groups with their aliases.

The built-in entries live in ``rules/en/gazetteer/*.jsonl`` (one JSON object a line; the
generated ``countries.jsonl`` and ``places.jsonl`` name their sources in
``scripts/build_gazetteers.py``; the curated files in ``rules/en/gazetteer/SOURCES.md``).
Users add or override entries by ``id`` with their own JSONL files or objects; an entry
``{"id": ..., "remove": true}`` deletes one. Every entry is validated by a pydantic model,
and errors name the file, line and field.

Lookup is a dictionary from surface form to entry, queried with the capitalised token runs
of the text (see ``entities.py``), so the cost does not grow with the number of entries.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from .errors import ConfigError
from .models import EntityKind

__all__ = ["Gazetteer", "GazetteerEntry", "default_gazetteer", "load_gazetteer"]

BUILTIN_FILES = (
    "countries.jsonl",
    "places.jsonl",
    "places_extra.jsonl",
    "organizations.jsonl",
    "armed_groups.jsonl",
)


class GazetteerEntry(BaseModel):
    """One known entity: its canonical name, kind, aliases and links."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    name: str
    kind: EntityKind
    aliases: tuple[str, ...] = ()
    country: str | None = None
    code: str | None = None
    capital: str | None = None
    demonyms: tuple[str, ...] = ()
    metonym_for: str | None = None
    remove: Literal[False] = False


class _Removal(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    remove: Literal[True]


@dataclass(frozen=True, eq=False)
class Gazetteer:
    """Entries by id and the surface-form index used to find them in text."""

    entries: Mapping[str, GazetteerEntry]
    surfaces: Mapping[str, tuple[str, str]]  # surface -> (entry id, form)
    upper: Mapping[str, tuple[str, str]]  # SURFACE -> (entry id, form), for all-caps text
    countries_by_code: Mapping[str, str]  # "PK" -> "country:PK"
    capitals: Mapping[str, str]  # city entry id -> country entry id
    sources: tuple[str, ...]
    max_tokens: int

    def lookup(self, surface: str) -> tuple[str, str] | None:
        """(entry id, form) for a surface string, or None. Forms: name, alias, demonym."""
        hit = self.surfaces.get(surface)
        if hit is None and surface.isupper() and len(surface) >= 4:
            hit = self.upper.get(surface)
        return hit


def _parse_lines(lines: Iterable[str], origin: str) -> list[GazetteerEntry | _Removal]:
    out: list[GazetteerEntry | _Removal] = []
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{origin}:{lineno}: not JSON: {exc.msg}") from exc
        if not isinstance(data, dict):
            raise ConfigError(f"{origin}:{lineno}: an entry must be a JSON object")
        out.append(_validate(data, f"{origin}:{lineno}"))
    return out


def _validate(data: Mapping[str, Any], where: str) -> GazetteerEntry | _Removal:
    try:
        if data.get("remove") is True:
            return _Removal.model_validate(data)
        return GazetteerEntry.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"]) or "entry"
        raise ConfigError(f"{where}: {field}: {first['msg']}") from exc


def _strip_the(s: str) -> str:
    return s[4:] if s.startswith(("the ", "The ")) else s


def _build(entries: dict[str, GazetteerEntry], sources: tuple[str, ...]) -> Gazetteer:
    surfaces: dict[str, tuple[str, str]] = {}
    # priority: names > aliases > demonyms; earlier files win ties (countries first)
    for form in ("name", "alias", "demonym"):
        for e in entries.values():
            if form == "name":
                forms = [e.name]
            elif form == "alias":
                forms = list(e.aliases)
            else:
                forms = list(e.demonyms)
            for s in forms:
                key = " ".join(_strip_the(s).split())
                if key and key not in surfaces:
                    surfaces[key] = (e.id, form)
    upper = {k.upper(): v for k, v in surfaces.items() if len(k) >= 4}
    by_code = {e.code: e.id for e in entries.values() if e.kind == "country" and e.code}
    cities = {(p.name, p.country): pid for pid, p in entries.items() if p.kind == "city"}
    capitals: dict[str, str] = {}
    for e in entries.values():
        if e.kind == "country" and e.capital and (e.capital, e.code) in cities:
            capitals[cities[(e.capital, e.code)]] = e.id
    max_tokens = max((len(k.split()) for k in surfaces), default=1)
    return Gazetteer(entries, surfaces, upper, by_code, capitals, sources, max_tokens)


@lru_cache(maxsize=1)
def _builtin_entries() -> dict[str, GazetteerEntry]:
    entries: dict[str, GazetteerEntry] = {}
    folder = resources.files("factkit.rules.en").joinpath("gazetteer")
    for name in BUILTIN_FILES:
        raw = folder.joinpath(name).read_text(encoding="utf-8")
        for item in _parse_lines(raw.splitlines(), f"factkit.rules.en/gazetteer/{name}"):
            if isinstance(item, GazetteerEntry):
                entries.setdefault(item.id, item)
    return entries


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The built-in gazetteer, loaded and indexed once."""
    return _build(dict(_builtin_entries()), ("factkit.rules.en/gazetteer",))


def load_gazetteer(*paths: str | Path, entries: Iterable[Mapping[str, Any]] = ()) -> Gazetteer:
    """The built-in gazetteer with user JSONL files and then inline ``entries`` layered on
    top: an entry with a new id is added, one with a known id replaces it, and
    ``{"id": ..., "remove": true}`` removes it.

    Raises:
        ConfigError: a file cannot be read, or an entry is invalid (file, line and field
            are named).
    """
    merged = dict(_builtin_entries())
    sources = ["factkit.rules.en/gazetteer"]
    layers: list[tuple[str, list[GazetteerEntry | _Removal]]] = []
    for path in paths:
        p = Path(path)
        try:
            raw = p.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{p}: cannot read gazetteer file: {exc}") from exc
        layers.append((str(p), _parse_lines(raw.splitlines(), str(p))))
    inline = [_validate(e, f"entries[{i}]") for i, e in enumerate(entries)]
    if inline:
        layers.append(("<inline>", inline))
    for origin, items in layers:
        for item in items:
            if isinstance(item, _Removal):
                merged.pop(item.id, None)
            else:
                merged[item.id] = item
        sources.append(origin)
    return _build(merged, tuple(sources))
