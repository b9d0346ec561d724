"""The rule-pack file format as pydantic models: a manifest and one model per entry kind.

A pack is a directory with ``pack.toml`` (the :class:`PackManifest`) and entry files,
JSONL (one object a line) or TOML (``[[entries]]`` tables). Each entry kind below
validates with ``extra="forbid"``, so a misspelt field is an error, not a silent no-op.
Every entry has an ``id``; where an entry does not give one it is derived from its
content (``"head:spokesperson"``, ``"attack:raid"``), so a later layer can override or
remove any built-in entry by id (``{"id": ..., "remove": true}``).

Nothing here executes code: entries are strings, lists and booleans; regexes are only
compiled (by ``rules.patterns``) and run with a timeout.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

import regex
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    StringConstraints,
    Tag,
    field_validator,
    model_validator,
)

from ..gazetteer import GazetteerEntry
from ..models import EntityKind

__all__ = [
    "SECTIONS",
    "CueEntry",
    "DialogueWordEntry",
    "Entry",
    "IncidentTriggerEntry",
    "IncidentWordEntry",
    "PackManifest",
    "PatternEntry",
    "Removal",
    "TitleEntry",
    "TokenSpec",
]

Text = Annotated[str, StringConstraints(min_length=1, max_length=300)]
Ident = Annotated[str, StringConstraints(min_length=1, max_length=200, pattern=r"^\S(?:.*\S)?$")]
# an incident kind: the built-in ones of CONTRACT.md or a pack's own, in snake_case
KindName = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,39}$")]
Forms = Annotated[list[Text], Field(min_length=1, max_length=1000)]


def _id_optional(schema: dict[str, Any], cls: type[BaseModel]) -> None:
    """In the JSON Schema, ``id`` is optional where the model derives it from content."""
    derive = getattr(cls, "default_id", None)
    base = _Entry.__dict__["default_id"].__func__
    if derive is not None and getattr(derive, "__func__", base) is not base:
        schema["required"] = [r for r in schema.get("required", []) if r != "id"]


class _Entry(BaseModel):
    """Common base: frozen, no unknown fields, an id derived from content when absent."""

    model_config = ConfigDict(frozen=True, extra="forbid", json_schema_extra=_id_optional)

    id: Ident
    remove: Literal[False] = False

    @classmethod
    def default_id(cls, data: dict[str, Any]) -> str | None:
        """The id an entry gets when it gives none (None: the id is required)."""
        return None

    @model_validator(mode="before")
    @classmethod
    def _fill_id(cls, data: Any) -> Any:
        if isinstance(data, dict) and "id" not in data:
            try:
                derived = cls.default_id(data)
            except (KeyError, IndexError, TypeError, AttributeError):
                derived = "<no id>"  # the field validators name what is missing
            if derived is not None:
                return {"id": derived, **data}
        return data


def _first_form(data: dict[str, Any], key: str) -> str:
    return f"{data[key]}:{str(data['forms'][0]).strip().lower()}"


class TitleEntry(_Entry):
    """A word that describes people: an honorific before a name ("Lt Gen"), the head of
    an office title ("spokesperson"), a modifier before a head ("acting"), a role noun that
    refers back to a titled person ("the minister"), a token that never starts a name, or
    a first name. ``gender`` (of an honorific, head, role or first name: "Mrs", "spokeswoman",
    "Hillary") keeps a "he" or "she" from resolving to someone of the other."""

    text: Text
    type: Literal["honorific", "head", "modifier", "role", "not_name", "first_name"]
    gender: Literal["female", "male"] | None = None
    #: for a role: the titles it stands for ("dpo" → "district police officer"), so "the DPO
    #: added" is the person titled District Police Officer
    means: tuple[str, ...] = ()

    @classmethod
    def default_id(cls, data: dict[str, Any]) -> str | None:
        """``type:text``, e.g. ``head:spokesperson``."""
        return f"{data['type']}:{data['text']}"


class CueEntry(_Entry):
    """A reporting cue by lemma: ``verb`` reports wherever it stands ("said"); a
    ``that_verb`` only before "that", a colon or a quotation ("the study found that"); a
    ``quote_verb`` only with a quotation a few words on in its clause ("called him a
    “liar”", "branded the plan “reckless”")."""

    lemma: Text
    forms: Forms
    kind: Literal["verb", "that_verb", "quote_verb"] = "verb"

    @classmethod
    def default_id(cls, data: dict[str, Any]) -> str | None:
        """The lemma."""
        return str(data["lemma"])


class IncidentTriggerEntry(_Entry):
    """Words that report a violent event of ``kind`` (built-in or a pack's own)."""

    kind: KindName
    forms: Forms

    @classmethod
    def default_id(cls, data: dict[str, Any]) -> str | None:
        """``kind:first form``, e.g. ``attack:raid``."""
        return _first_form(data, "kind")


class IncidentWordEntry(_Entry):
    """Words around casualty counts (``killed``, ``injured``), words for attackers, and
    ``generic`` markers of talk about violence in general ("upsurge in"), and ``weapon``
    nouns that make a trigger before them a weapon or a trade, not an event ("bomb
    factory", "IED facilitator"), and ``disaster`` causes of death that are no violence
    ("bus crash", "floods")."""

    role: Literal["killed", "injured", "attacker", "generic", "weapon", "disaster"]
    forms: Forms

    @classmethod
    def default_id(cls, data: dict[str, Any]) -> str | None:
        """``role:first form``."""
        return _first_form(data, "role")


class DialogueWordEntry(_Entry):
    """Dialogue words: a ``trigger`` head ("talks"), a ``not_trigger`` ("press briefing"),
    a ``modifier`` of the head ("strategic"), a ``past`` marker ("previous"), and the cues
    of agenda lists (``topic_cue``: "to discuss") and outcomes (``outcome_cue``: "agreed to")."""

    role: Literal["trigger", "not_trigger", "modifier", "past", "topic_cue", "outcome_cue"]
    forms: Forms

    @classmethod
    def default_id(cls, data: dict[str, Any]) -> str | None:
        """``role:first form``."""
        return _first_form(data, "role")


_ENTITY_KINDS: frozenset[str] = frozenset(EntityKind.__args__)  # type: ignore[attr-defined]


class TokenSpec(BaseModel):
    """One token of a token pattern (spaCy's keys): ``TEXT`` (exact), ``LOWER`` (any
    case), ``IN`` (one of, any case), ``REGEX`` (the whole token), ``IS_TITLE``,
    ``IS_DIGIT``; ``OP`` ``?``, ``*`` or ``+`` repeats it (at most 8 times). ``{}`` is any
    token."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    text: Text | None = Field(None, alias="TEXT")
    lower: Text | None = Field(None, alias="LOWER")
    in_: Annotated[list[Text], Field(min_length=1, max_length=1000)] | None = Field(
        None, alias="IN"
    )
    regex_: Text | None = Field(None, alias="REGEX")
    is_title: bool | None = Field(None, alias="IS_TITLE")
    is_digit: bool | None = Field(None, alias="IS_DIGIT")
    op: Literal["?", "*", "+"] | None = Field(None, alias="OP")

    @model_validator(mode="after")
    def _one_constraint(self) -> TokenSpec:
        given = [
            k
            for k in ("text", "lower", "in_", "regex_", "is_title", "is_digit")
            if getattr(self, k) is not None
        ]
        if len(given) > 1:
            raise ValueError("a token takes one of TEXT, LOWER, IN, REGEX, IS_TITLE, IS_DIGIT")
        return self

    @field_validator("regex_")
    @classmethod
    def _compiles(cls, value: str | None) -> str | None:
        if value is not None:
            _check_regex(value)
        return value


def _check_regex(value: str) -> None:
    try:
        regex.compile(value, regex.V0)
    except regex.error as exc:
        raise ValueError(f"the regex does not compile: {exc}") from exc
    except (OverflowError, RecursionError) as exc:  # pragma: no cover - pathological input
        raise ValueError(f"the regex is too large: {exc}") from exc


def _pattern_kind(value: Any) -> str:
    """Which form a pattern has, so that errors come from that form alone."""
    return "regex" if isinstance(value, str) else "tokens"


class PatternEntry(_Entry):
    """A pattern with an id and a label, as in spaCy's pattern files: a string is a
    regex, a list of :class:`TokenSpec` a token pattern. Labels: an entity kind
    ("armed_group"; the match becomes an entity named ``name``, or linked to the gazetteer
    entry ``entity_id``), ``incident:KIND`` (an incident trigger) or ``dialogue`` (a
    dialogue trigger)."""

    label: Text
    pattern: Annotated[
        Annotated[str, StringConstraints(min_length=1, max_length=2000), Tag("regex")]
        | Annotated[list[TokenSpec], Field(min_length=1, max_length=20), Tag("tokens")],
        Discriminator(_pattern_kind),
    ]
    ignore_case: bool = False
    name: Text | None = None
    entity_id: Ident | None = None

    @field_validator("label")
    @classmethod
    def _known_label(cls, value: str) -> str:
        if value in _ENTITY_KINDS or value == "dialogue":
            return value
        if value.startswith("incident:") and regex.fullmatch(
            r"[a-z][a-z0-9_]{0,39}", value[len("incident:") :]
        ):
            return value
        raise ValueError(
            "label must be an entity kind ("
            + ", ".join(sorted(_ENTITY_KINDS))
            + "), 'incident:KIND' or 'dialogue'"
        )

    @field_validator("pattern")
    @classmethod
    def _regex_compiles(cls, value: str | list[TokenSpec]) -> str | list[TokenSpec]:
        if isinstance(value, str):
            _check_regex(value)
        elif value[0].op in ("?", "*"):
            raise ValueError("the first token of a token pattern cannot be optional")
        return value

    @model_validator(mode="after")
    def _entity_fields(self) -> PatternEntry:
        if (self.name or self.entity_id) and self.label not in _ENTITY_KINDS:
            raise ValueError("name and entity_id apply to entity labels only")
        return self


class Removal(BaseModel):
    """``{"id": ..., "remove": true}``: drop the entry with this id from earlier layers."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Ident
    remove: Literal[True]


Entry = (
    GazetteerEntry
    | TitleEntry
    | CueEntry
    | IncidentTriggerEntry
    | IncidentWordEntry
    | DialogueWordEntry
    | PatternEntry
)

#: the entry sections of a pack, each with the model of its entries
SECTIONS: dict[str, type[BaseModel]] = {
    "gazetteer": GazetteerEntry,
    "titles": TitleEntry,
    "cues": CueEntry,
    "incident_triggers": IncidentTriggerEntry,
    "incident_words": IncidentWordEntry,
    "dialogue_words": DialogueWordEntry,
    "patterns": PatternEntry,
}


def _relative(value: str) -> str:
    parts = value.split("/")
    if value.startswith("/") or "\\" in value or ":" in value or ".." in parts:
        raise ValueError("must be a path inside the pack, with '/' separators and no '..'")
    return value


RelPath = Annotated[str, StringConstraints(min_length=1, max_length=300), AfterValidator(_relative)]


class PackInfo(BaseModel):
    """The ``[pack]`` table: what the pack is."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_.-]{0,99}$")]
    version: Annotated[str, StringConstraints(min_length=1, max_length=50)]
    language: Literal["en"] = "en"
    description: str = ""


class PackFiles(BaseModel):
    """The ``[files]`` table: entry files by section, relative to the pack; ``layout`` lists
    TOML files with the tables of the built-in ``layout.toml``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    gazetteer: tuple[RelPath, ...] = ()
    titles: tuple[RelPath, ...] = ()
    cues: tuple[RelPath, ...] = ()
    incident_triggers: tuple[RelPath, ...] = ()
    incident_words: tuple[RelPath, ...] = ()
    dialogue_words: tuple[RelPath, ...] = ()
    patterns: tuple[RelPath, ...] = ()
    layout: tuple[RelPath, ...] = ()


class PackRemove(BaseModel):
    """The ``[remove]`` table: ids to drop from earlier layers, by section."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    gazetteer: tuple[Ident, ...] = ()
    titles: tuple[Ident, ...] = ()
    cues: tuple[Ident, ...] = ()
    incident_triggers: tuple[Ident, ...] = ()
    incident_words: tuple[Ident, ...] = ()
    dialogue_words: tuple[Ident, ...] = ()
    patterns: tuple[Ident, ...] = ()


class PackManifest(BaseModel):
    """``pack.toml``: ``[pack]``, ``[files]`` and optionally ``[remove]``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    pack: PackInfo
    files: PackFiles = PackFiles()
    remove: PackRemove = PackRemove()
