"""Gazetteers: countries, places, organisations and armed groups with their aliases.

The built-in entries live in ``rules/en/gazetteer/*.jsonl`` (one JSON object a line; the
generated ``countries.jsonl`` and ``places.jsonl`` name their sources in
``scripts/build_gazetteers.py``; the curated files in ``rules/en/gazetteer/SOURCES.md``).
The gazetteer is one section of a rule pack (``rules/loader.py``): packs and users add or
override entries by ``id``, and ``{"id": ..., "remove": true}`` deletes one. Every entry is
validated by a pydantic model, and errors name the file, line and field.

Lookup is a dictionary from surface form to entry, queried with the capitalised token runs
of the text (see ``entities.py``), so the cost does not grow with the number of entries.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict

from .errors import ConfigError
from .models import EntityKind

if TYPE_CHECKING:
    from .rules.loader import Item

__all__ = [
    "Gazetteer",
    "GazetteerEntry",
    "build_gazetteer",
    "default_gazetteer",
    "load_gazetteer",
]


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


def _fold(s: str) -> str:
    """``s`` without its accents: "Malé" -> "Male"."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _strip_the(s: str) -> str:
    return s[4:] if s.startswith(("the ", "The ")) else s


def build_gazetteer(entries: Mapping[str, GazetteerEntry], sources: tuple[str, ...]) -> Gazetteer:
    """Index ``entries`` by surface form (names, then aliases, then demonyms; earlier
    entries win ties) for lookup."""
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
    # accents dropped as wire copy drops them ("MALE" for Malé, "Bogota"): in capitals
    # always, in mixed case for longer names only ("Male" alone is an English word)
    for key, hit in list(surfaces.items()):
        folded = _fold(key)
        if folded != key and folded not in surfaces and len(folded) >= 6:
            surfaces[folded] = hit
    upper = {k.upper(): v for k, v in surfaces.items() if len(k) >= 4}
    for key, hit in surfaces.items():
        folded = _fold(key).upper()
        if len(folded) >= 4 and folded not in upper:
            upper[folded] = hit
    by_code = {e.code: e.id for e in entries.values() if e.kind == "country" and e.code}
    cities = {(p.name, p.country): pid for pid, p in entries.items() if p.kind == "city"}
    capitals: dict[str, str] = {}
    for e in entries.values():
        if e.kind == "country" and e.capital and (e.capital, e.code) in cities:
            capitals[cities[(e.capital, e.code)]] = e.id
    max_tokens = max((len(k.split()) for k in surfaces), default=1)
    return Gazetteer(entries, surfaces, upper, by_code, capitals, sources, max_tokens)


def default_gazetteer() -> Gazetteer:
    """The gazetteer of the default rules (built-in pack and installed packs)."""
    from .rules.loader import default_rules

    return default_rules().gazetteer


def load_gazetteer(*paths: str | Path, entries: Iterable[Mapping[str, Any]] = ()) -> Gazetteer:
    """The default gazetteer with user JSONL (or TOML) files and then inline ``entries``
    layered on top: an entry with a new id is added, one with a known id replaces it, and
    ``{"id": ..., "remove": true}`` removes it. (``load_rules`` does the same for every
    kind of rule; this is its gazetteer-only shortcut.)

    Raises:
        ConfigError: a file cannot be read, or an entry is invalid (file, line and field
            are named).
    """
    from .rules.loader import _Errors, default_rules, inline_pack, parse_entries

    merged: dict[str, GazetteerEntry] = dict(default_gazetteer().entries)
    sources = list(default_rules().sources)
    layers: list[tuple[str, list[Item]]] = []
    for path in paths:
        p = Path(path)
        try:
            raw = p.read_bytes()
        except OSError as exc:
            raise ConfigError(f"{p}: cannot read gazetteer file: {exc.strerror}") from exc
        errors = _Errors()
        items = [item for _, item in parse_entries("gazetteer", raw, str(p), errors)]
        errors.raise_if_any(str(p))
        layers.append((str(p), items))
    rows = list(entries)
    if rows:
        layers.append(("<inline>", inline_pack({"gazetteer": rows}).entries("gazetteer")))
    for origin, items in layers:
        for item in items:
            merged.pop(item.id, None)
            if isinstance(item, GazetteerEntry):
                merged[item.id] = item
        sources.append(origin)
    return build_gazetteer(merged, tuple(sources))
