"""Rule packs: read, validate, layer and write them; the ``Rules`` every extraction uses.

Layers, each adding entries or overriding them by ``id`` (``{"id": ..., "remove": true}``
or a ``[remove]`` table drops one), in this order:

1. the built-in pack ``factkit-en`` (``factkit/rules/en``),
2. installed packs, found through the ``factkit.rule_packs`` entry-point group and taken
   in the order of their entry-point names,
3. user packs, in the order given,
4. inline entries.

Files are TOML and JSON only, parsed by ``tomllib`` and ``json``: loading a pack never
runs code from it. Every entry is validated by the models of ``rules.schema``; errors
name the file, the line and the field, all of them at once (a ``RuleValidationError``).
"""

from __future__ import annotations

import contextlib
import contextvars
import json
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union, cast

import regex
from pydantic import BaseModel, ValidationError

from ..errors import ConfigError, RuleValidationError
from ..gazetteer import Gazetteer, GazetteerEntry, build_gazetteer
from ..lexicon import Layout, build_layout, merge_layout
from .schema import SECTIONS, Entry, PackInfo, PackManifest, Removal

if TYPE_CHECKING:
    from importlib.abc import Traversable

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

__all__ = [
    "ENTRY_POINT_GROUP",
    "RulePack",
    "Rules",
    "current_rules",
    "default_rules",
    "installed_packs",
    "load_rules",
    "read_pack",
    "using_rules",
    "write_pack",
]

ENTRY_POINT_GROUP = "factkit.rule_packs"
_MAX_ERRORS = 20
_ENTRIES_HEADER = regex.compile(r"(?m)^[ \t]*\[\[[ \t]*entries[ \t]*\]\]")

Item = Union[Entry, Removal]  # noqa: UP007 - a runtime alias, evaluated on Python 3.10


@dataclass(frozen=True)
class RulePack:
    """One pack as read from its files: what it is, where it came from, and its entries
    by section in file order (``(where, entry)`` pairs; ``where`` is ``file:line``)."""

    info: PackInfo
    origin: str
    sections: Mapping[str, tuple[tuple[str, Item], ...]] = field(default_factory=dict)
    layout: tuple[tuple[str, Mapping[str, Any]], ...] = ()

    def entries(self, section: str) -> list[Item]:
        """The entries (and removals) of one section, in order."""
        return [item for _, item in self.sections.get(section, ())]


@dataclass(frozen=True, eq=False)
class Rules:
    """The merged rule set of one configuration: hashed by identity, so that each stage
    can cache what it compiles from it (see ``current_rules``)."""

    packs: tuple[tuple[PackInfo, str], ...]
    sections: Mapping[str, Mapping[str, Item]]
    gazetteer: Gazetteer
    layout: Layout

    @property
    def sources(self) -> tuple[str, ...]:
        """``name@version`` of every pack, built-in first (recorded in ``Article.meta``)."""
        return tuple(f"{info.name}@{info.version}" for info, _ in self.packs)

    def entries(self, section: str) -> tuple[Any, ...]:
        """The merged entries of a section, in layer order."""
        if section not in SECTIONS:
            raise ConfigError(f"unknown rule section {section!r}; known: {', '.join(SECTIONS)}")
        return tuple(self.sections.get(section, {}).values())

    def forms(self, section: str, role: str) -> list[str]:
        """Every form of the entries of ``section`` with this ``role`` (word sections)."""
        return [
            f for e in self.entries(section) if getattr(e, "role", None) == role for f in e.forms
        ]


# ------------------------------------------------------------------ reading files
class _Errors:
    """Collects validation errors of a pack, to raise them together."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, where: str, message: str) -> None:
        self.lines.append(f"{where}: {message}")

    def add_validation(self, where: str, exc: ValidationError) -> None:
        for err in exc.errors():
            loc = ".".join(str(p) for p in err["loc"]) or "entry"
            self.add(where, f"{loc}: {err['msg']}")

    def raise_if_any(self, origin: str) -> None:
        if not self.lines:
            return
        shown = self.lines[:_MAX_ERRORS]
        more = len(self.lines) - len(shown)
        tail = f"\n  ... and {more} more" if more else ""
        raise RuleValidationError(
            f"{origin}: {len(self.lines)} error(s) in the rule pack:\n  "
            + "\n  ".join(shown)
            + tail,
            errors=tuple(self.lines),
        )


def _inside(root: Traversable, node: Traversable) -> bool:
    """Whether a pack file is inside its pack once links are followed (for directories)."""
    if not isinstance(root, Path) or not isinstance(node, Path):
        return True  # package data read through importlib.resources
    return node.resolve().is_relative_to(root.resolve())


def _pack_file(
    root: Traversable, rel: str, key: str, manifest: str, errors: _Errors
) -> Traversable | None:
    """A file named in the manifest, or None with the error noted (missing, or a link out
    of the pack)."""
    node = root.joinpath(*rel.split("/"))
    if not node.is_file():
        errors.add(manifest, f"{key}: {rel} does not exist")
        return None
    if not _inside(root, node):
        errors.add(manifest, f"{key}: {rel} links outside the pack")
        return None
    return node


def _read_bytes(node: Traversable, origin: str) -> bytes:
    try:
        data: bytes = node.read_bytes()
        return data
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{origin}: cannot read: {exc}") from exc


def _toml(data: bytes, origin: str) -> dict[str, Any]:
    try:
        loaded: dict[str, Any] = tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise RuleValidationError(f"{origin}: not UTF-8: {exc}", errors=(origin,)) from exc
    except tomllib.TOMLDecodeError as exc:
        raise RuleValidationError(f"{origin}: not valid TOML: {exc}", errors=(origin,)) from exc
    return loaded


def _validate(section: str, data: Any, where: str, errors: _Errors) -> Item | None:
    if not isinstance(data, dict):
        errors.add(where, "an entry must be an object")
        return None
    model: type[BaseModel] = Removal if data.get("remove") is True else SECTIONS[section]
    try:
        return cast(Item, model.model_validate(data))
    except ValidationError as exc:
        errors.add_validation(where, exc)
        return None


def parse_entries(
    section: str, data: bytes, origin: str, errors: _Errors
) -> list[tuple[str, Item]]:
    """The entries of one file: JSONL (one object a line, ``#`` comment lines allowed)
    or TOML (``[[entries]]`` tables), by the file's suffix."""
    out: list[tuple[str, Item]] = []
    if origin.endswith(".toml"):
        doc = _toml(data, origin)
        unknown = sorted(set(doc) - {"entries"})
        if unknown:
            errors.add(origin, f"unknown top-level key(s) {unknown}; entries go in [[entries]]")
        rows = doc.get("entries", [])
        if not isinstance(rows, list):
            errors.add(origin, "entries must be an array of tables ([[entries]])")
            return out
        text = data.decode("utf-8")
        lines = [text.count("\n", 0, m.start()) + 1 for m in _ENTRIES_HEADER.finditer(text)]
        for i, row in enumerate(rows):
            where = f"{origin}:{lines[i]}" if i < len(lines) else f"{origin}:entries[{i}]"
            item = _validate(section, row, where, errors)
            if item is not None:
                out.append((where, item))
        return out
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.add(origin, f"not UTF-8: {exc}")
        return out
    # JSON Lines separate by "\n" only: U+0085 or U+2028 inside a string is not a line end
    for lineno, line in enumerate(text.split("\n"), 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        where = f"{origin}:{lineno}"
        try:
            row = json.loads(stripped)
        except json.JSONDecodeError as exc:
            errors.add(where, f"not JSON: {exc.msg} (column {exc.colno})")
            continue
        item = _validate(section, row, where, errors)
        if item is not None:
            out.append((where, item))
    return out


def _pack_root(source: str | Path | Traversable) -> tuple[Traversable, str]:
    if isinstance(source, (str, Path)):
        p = Path(source)
        if p.name == "pack.toml":
            p = p.parent
        if not (p / "pack.toml").is_file():
            raise ConfigError(f"{p}: not a rule pack (no pack.toml in it)")
        return p, str(p)
    return source, str(source)


def _manifest(raw: dict[str, Any], origin: str) -> PackManifest:
    try:
        return PackManifest.model_validate(raw)
    except ValidationError as exc:
        errors = _Errors()
        errors.add_validation(origin, exc)
        lines = tuple(errors.lines)
        raise RuleValidationError(
            f"{origin}: invalid manifest:\n  " + "\n  ".join(lines), errors=lines
        ) from exc


def read_pack(source: str | Path | Traversable, *, origin: str | None = None) -> RulePack:
    """Read and validate the pack in a directory (or its ``pack.toml``).

    Raises:
        ConfigError: the path is not a pack or a file cannot be read.
        RuleValidationError: any entry or the manifest is invalid; every error is listed
            with its file, line and field.

    >>> pack = read_pack("examples/factkit-acme-rules/src/factkit_acme_rules")
    >>> pack.info.name, [e.id for e in pack.entries("incident_triggers")]
    ('acme', ['arson:arson'])
    """
    root, where = _pack_root(source)
    name = origin or where
    errors = _Errors()
    manifest_origin = f"{name}/pack.toml"
    raw = _toml(_read_bytes(root.joinpath("pack.toml"), manifest_origin), manifest_origin)
    manifest = _manifest(raw, manifest_origin)
    sections: dict[str, list[tuple[str, Item]]] = {}
    for section in SECTIONS:
        items = sections.setdefault(section, [])
        for rid in getattr(manifest.remove, section):
            items.append((f"{manifest_origin} [remove]", Removal(id=rid, remove=True)))
        seen: dict[str, str] = {}
        for rel in getattr(manifest.files, section):
            file_origin = f"{name}/{rel}"
            node = _pack_file(root, rel, f"files.{section}", manifest_origin, errors)
            if node is None:
                continue
            for w, item in parse_entries(
                section, _read_bytes(node, file_origin), file_origin, errors
            ):
                rid = str(item.id)
                if rid in seen and not isinstance(item, Removal):
                    errors.add(w, f"id: duplicate id {rid!r} (first at {seen[rid]})")
                    continue
                seen[rid] = w
                items.append((w, item))
    layout: list[tuple[str, Mapping[str, Any]]] = []
    for rel in manifest.files.layout:
        file_origin = f"{name}/{rel}"
        node = _pack_file(root, rel, "files.layout", manifest_origin, errors)
        if node is None:
            continue
        tables = _toml(_read_bytes(node, file_origin), file_origin)
        try:  # merged alone and compiled, so that a bad pattern is this file's error
            build_layout(merge_layout({}, tables, file_origin), (file_origin,))
        except ConfigError as exc:
            errors.add(file_origin, exc.message)
            continue
        layout.append((file_origin, tables))
    errors.raise_if_any(name)
    return RulePack(
        info=manifest.pack,
        origin=name,
        sections={k: tuple(v) for k, v in sections.items() if v},
        layout=tuple(layout),
    )


def inline_pack(entries: Mapping[str, Iterable[Mapping[str, Any]]]) -> RulePack:
    """A pack from Python objects: ``{"gazetteer": [{...}, ...], "cues": [...]}``.

    Raises:
        RuleValidationError: an unknown section or an invalid entry (``section[i]: field``).
    """
    errors = _Errors()
    sections: dict[str, tuple[tuple[str, Item], ...]] = {}
    for section, rows in entries.items():
        if section not in SECTIONS:
            errors.add("<inline>", f"unknown section {section!r}; known: {', '.join(SECTIONS)}")
            continue
        items = []
        for i, row in enumerate(rows):
            where = f"<inline>:{section}[{i}]"
            item = _validate(section, dict(row) if isinstance(row, Mapping) else row, where, errors)
            if item is not None:
                items.append((where, item))
        sections[section] = tuple(items)
    errors.raise_if_any("<inline>")
    info = PackInfo(name="inline", version="0", description="entries given in Python")
    return RulePack(info=info, origin="<inline>", sections=sections)


# ------------------------------------------------------------------ layers
@lru_cache(maxsize=1)
def builtin_pack() -> RulePack:
    """The built-in pack ``factkit-en``, read once."""
    return read_pack(resources.files("factkit.rules.en"), origin="factkit.rules.en")


@lru_cache(maxsize=1)
def installed_packs() -> tuple[RulePack, ...]:
    """Packs installed as distributions declaring the ``factkit.rule_packs`` entry-point
    group, by entry-point name. An entry point names the package holding ``pack.toml``
    (``acme_rules`` or ``acme_rules.data``); it is located, never run.

    Raises:
        ConfigError: two installed packs share an entry-point name, or one cannot be read.
    """
    eps = sorted(metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda ep: ep.name)
    names = [ep.name for ep in eps]
    clash = sorted({n for n in names if names.count(n) > 1})
    if clash:
        raise ConfigError(f"two installed rule packs share the entry-point name(s) {clash}")
    out = []
    for ep in eps:
        package = ep.value.split(":")[0].strip()
        try:
            root = resources.files(package)
        except (ModuleNotFoundError, TypeError) as exc:
            raise ConfigError(
                f"installed rule pack {ep.name!r}: cannot locate package {package!r}: {exc}"
            ) from exc
        out.append(read_pack(root, origin=f"{ep.name} ({package})"))
    return tuple(out)


def _merge(packs: Sequence[RulePack]) -> Rules:
    names = [p.info.name for p in packs]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise ConfigError(f"rule pack(s) {twice} loaded more than once")
    merged: dict[str, dict[str, Item]] = {s: {} for s in SECTIONS}
    layer_of: dict[str, int] = {}
    layout: dict[str, Any] = {}
    layout_sources: list[str] = []
    for n, pack in enumerate(packs):
        for section, items in pack.sections.items():
            target = merged[section]
            for _, item in items:
                rid = str(item.id)
                if isinstance(item, Removal):
                    target.pop(rid, None)
                else:
                    target.pop(rid, None)  # an override moves to its layer's place
                    target[rid] = item
                    if section == "gazetteer":
                        layer_of[rid] = n
        for origin, tables in pack.layout:
            layout = merge_layout(layout, dict(tables), origin)
            layout_sources.append(origin)
    # surface forms shared by two entries go to the later layer's, else to the earlier file's
    order = sorted(enumerate(merged["gazetteer"].items()), key=lambda x: (-layer_of[x[1][0]], x[0]))
    gazetteer_entries = {k: v for _, (k, v) in order if isinstance(v, GazetteerEntry)}
    sources = tuple(f"{p.info.name}@{p.info.version}" for p in packs)
    return Rules(
        packs=tuple((p.info, p.origin) for p in packs),
        sections=merged,
        gazetteer=build_gazetteer(gazetteer_entries, sources),
        layout=build_layout(layout, tuple(layout_sources)),
    )


def load_rules(
    *packs: str | Path | RulePack,
    entries: Mapping[str, Iterable[Mapping[str, Any]]] | None = None,
    installed: bool = True,
) -> Rules:
    """The built-in pack, then installed packs (unless ``installed=False``), then the
    given packs (directories, ``pack.toml`` paths or ``RulePack`` objects), then inline
    ``entries`` by section, merged by id.

    Raises:
        ConfigError: a path is not a pack, a pack is loaded twice, or files cannot be read.
        RuleValidationError: an entry is invalid (every error with file, line and field).

    >>> rules = load_rules(entries={"cues": [{"lemma": "opine", "forms": ["opined"]}]})
    >>> rules.sources[0], rules.sources[-1]
    ('factkit-en@0.1.0', 'inline@0')
    >>> [c.forms for c in rules.entries("cues") if c.id == "opine"]
    [['opined']]
    """
    layers = [builtin_pack()]
    if installed:
        layers.extend(installed_packs())
    for p in packs:
        layers.append(p if isinstance(p, RulePack) else read_pack(p))
    if entries:
        layers.append(inline_pack(entries))
    return _merge(layers)


@lru_cache(maxsize=1)
def default_rules() -> Rules:
    """The built-in pack and the installed packs, merged once."""
    return load_rules()


_ACTIVE: contextvars.ContextVar[Rules | None] = contextvars.ContextVar(
    "factkit_rules", default=None
)


def current_rules() -> Rules:
    """The rules of the extraction running in this thread or task (``using_rules``), else
    the default rules. Stages read their lexicons through this, so one call's rules never
    leak into another's."""
    return _ACTIVE.get() or default_rules()


@contextlib.contextmanager
def using_rules(rules: Rules) -> Iterator[Rules]:
    """Make ``rules`` the current rules inside the ``with`` block.

    >>> mine = load_rules(installed=False)
    >>> with using_rules(mine):
    ...     current_rules() is mine
    True
    >>> current_rules() is mine
    False
    """
    token = _ACTIVE.set(rules)
    try:
        yield rules
    finally:
        _ACTIVE.reset(token)


# ------------------------------------------------------------------ writing
def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a TOML basic string
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")


def _toml_tables(doc: Mapping[str, Mapping[str, Any]]) -> str:
    out = []
    for table, values in doc.items():
        out.append(f"[{table}]")
        out.extend(f"{json.dumps(k)} = {_toml_value(v)}" for k, v in values.items())
        out.append("")
    return "\n".join(out)


def write_pack(pack: RulePack, directory: str | Path) -> Path:
    """Write ``pack`` as a pack directory (``pack.toml``, one ``SECTION.jsonl`` per section,
    ``layout_N.toml``) that ``read_pack`` reads back to the same entries.

    Raises:
        ConfigError: the directory exists and is not empty.

    >>> import tempfile, pathlib
    >>> pack = inline_pack({"cues": [{"lemma": "opine", "forms": ["opined"]}]})
    >>> out = write_pack(pack, pathlib.Path(tempfile.mkdtemp()) / "mypack")
    >>> sorted(p.name for p in out.iterdir())
    ['cues.jsonl', 'pack.toml']
    >>> read_pack(out).entries("cues") == pack.entries("cues")
    True
    """
    d = Path(directory)
    if d.exists() and any(d.iterdir()):
        raise ConfigError(f"{d}: directory is not empty")
    d.mkdir(parents=True, exist_ok=True)
    files: dict[str, list[str]] = {}
    for section, items in pack.sections.items():
        if not items:
            continue
        rows = [
            json.dumps(
                item.model_dump(mode="json", by_alias=True, exclude_defaults=True),
                ensure_ascii=False,
            )
            for _, item in items
        ]
        (d / f"{section}.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
        files[section] = [f"{section}.jsonl"]
    for i, (_, tables) in enumerate(pack.layout):
        name = f"layout_{i}.toml"
        (d / name).write_text(_toml_tables(tables), encoding="utf-8")
        files.setdefault("layout", []).append(name)
    manifest = {
        "pack": pack.info.model_dump(mode="json"),
        "files": files,
    }
    (d / "pack.toml").write_text(_toml_tables(manifest), encoding="utf-8")
    return d
