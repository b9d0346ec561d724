"""The typed output of factkit: an ``Article`` and the facts inside it.

Every model is frozen and rejects unknown fields, so a JSON document either validates
completely or fails with a precise error. Offsets are half-open ``[start, end)`` Python
string indices into ``Article.text``, the exact input string; the ``Article`` validator
checks that every ``Span`` anywhere in it slices back to its own ``text``.

The output fields read by the evaluation tools (``eval/CONTRACT.md``) are part of the
public API: ``title``, ``published``, ``authors``, ``dateline``, ``entities``,
``statements``, ``incidents``, ``dialogues`` and their documented sub-fields.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializeAsAny,
    StringConstraints,
    model_validator,
)

__all__ = [
    "BUILTIN_INCIDENT_KINDS",
    "Article",
    "Author",
    "Count",
    "CustomFact",
    "Delegation",
    "Diagnostic",
    "Dialogue",
    "Entity",
    "EntityKind",
    "EntityRef",
    "Failure",
    "Incident",
    "IncidentKind",
    "Meta",
    "Period",
    "PrintedDate",
    "Segment",
    "SegmentKind",
    "Span",
    "Statement",
    "TimeExpression",
    "VictimGroup",
]

_FROZEN = ConfigDict(frozen=True, extra="forbid")

EntityKind = Literal[
    "person",
    "organization",
    "armed_group",
    "government",
    "country",
    "place",
    "city",
    "region",
    "province",
    "district",
    "site",
    "other",
]
#: the incident kinds of the built-in rules (CONTRACT.md); a rule pack may add its own
BUILTIN_INCIDENT_KINDS = (
    "attack",
    "bombing",
    "suicide_bombing",
    "shooting",
    "killing",
    "strike",
    "kidnapping",
    "clash",
    "other",
)
IncidentKind = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,39}$"),
    Field(
        description=(
            "Built-in kinds: attack, bombing, suicide_bombing, shooting, killing, strike, "
            "kidnapping, clash, other; rule packs may add their own (snake_case)."
        )
    ),
]
SegmentKind = Literal[
    "navigation",
    "date_stamp",
    "title",
    "subtitle",
    "byline",
    "date_line",
    "caption",
    "dateline",
    "heading",
    "body",
    "boilerplate",
    "sidebar",
]


class Span(BaseModel):
    """A half-open character range ``[start, end)`` of the input and the text it covers.

    >>> Span(start=4, end=9, text="quick")
    Span(start=4, end=9, text='quick')
    """

    model_config = _FROZEN

    start: int = Field(ge=0, description="Offset of the first character (inclusive).")
    end: int = Field(ge=0, description="Offset after the last character (exclusive).")
    text: str = Field(description="Exactly input[start:end].")

    @model_validator(mode="after")
    def _consistent(self) -> Span:
        if self.start > self.end:
            raise ValueError(f"span start {self.start} is after its end {self.end}")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"span text has {len(self.text)} characters but [{self.start}, {self.end}) "
                f"covers {self.end - self.start}"
            )
        return self

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span of ``text[start:end]`` (consistent by construction, so not re-validated).

        Raises:
            ValueError: the offsets are not ``0 <= start <= end <= len(text)``.
        """
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"[{start}, {end}) is not a span of a text of {len(text)} chars")
        return cls.model_construct(start=start, end=end, text=text[start:end])


class Count(BaseModel):
    """A number of people or events as the text gives it: exact, bounded or vague.

    "four" is ``value=4``; "at least 18" is ``min=18``; "hundreds" is ``min=200`` with
    ``value=None`` and ``approximate=True``.
    """

    model_config = _FROZEN

    value: int | None = Field(default=None, ge=0)
    min: int | None = Field(default=None, ge=0)
    max: int | None = Field(default=None, ge=0)
    approximate: bool = False
    text: str = Field(description="The words of the count as printed.")
    span: Span | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Count:
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"count min {self.min} is greater than max {self.max}")
        if self.value is not None:
            if self.min is not None and self.value < self.min:
                raise ValueError(f"count value {self.value} is below min {self.min}")
            if self.max is not None and self.value > self.max:
                raise ValueError(f"count value {self.value} is above max {self.max}")
        return self


class TimeExpression(BaseModel):
    """A temporal expression with its TIMEX3 type and value, resolved where possible.

    ``value`` follows TIMEX3: "2021-01-07", "2022-12", "2021", "2022-W18", "2022-Q3",
    "2022-SU", "P2D", "PT6H", "PRESENT_REF", "XXXX-WXX-1". It is ``None`` when the
    expression is relative and no reference date was given. ``start``/``end`` give the
    calendar range the value covers, when it has one.
    """

    model_config = _FROZEN

    span: Span
    type: Literal["date", "time", "duration", "set"]
    value: str | None = None
    mod: str | None = Field(default=None, description="TIMEX3 mod: START, END, MID, APPROX...")
    start: dt.date | None = None
    end: dt.date | None = None
    relative: bool = Field(default=False, description="Resolved against the reference date.")
    rule_id: str = ""

    @model_validator(mode="after")
    def _ordered(self) -> TimeExpression:
        if self.start is not None and self.end is not None and self.start > self.end:
            raise ValueError("time expression start is after its end")
        return self


class EntityRef(BaseModel):
    """A reference from a fact to an entity: its id in ``Article.entities`` and its name.

    ``name`` is ``None`` for an unnamed source ("a senior police official"), whose words
    are kept in ``description``.
    """

    model_config = _FROZEN

    id: str | None = None
    name: str | None = None
    kind: EntityKind | None = None
    title: str | None = None
    description: str | None = None
    span: Span | None = None


class Entity(BaseModel):
    """One real-world referent in the article, with every mention of it."""

    model_config = _FROZEN

    id: str
    name: str
    kind: EntityKind
    aliases: tuple[str, ...] = ()
    title: str | None = None
    affiliation: str | None = None
    mentions: tuple[Span, ...] = ()


class Statement(BaseModel):
    """Who said what: a direct, indirect or mixed quotation and its speaker."""

    model_config = _FROZEN

    id: str
    kind: Literal["direct", "indirect", "mixed"]
    speaker: EntityRef | None = None
    cue: str | None = Field(default=None, description="The reporting verb, lemmatised.")
    cue_span: Span | None = None
    content: str = Field(description="The quoted or reported words; equals span.text.")
    span: Span
    evidence: tuple[Span, ...] = ()
    date: dt.date | None = None
    date_span: Span | None = None
    from_headline: bool = False
    rule_id: str = ""

    @model_validator(mode="after")
    def _content_is_span(self) -> Statement:
        if self.content != self.span.text:
            raise ValueError("statement content must equal span.text")
        return self


class VictimGroup(BaseModel):
    """A group of people affected by an incident: "three Chinese nationals"."""

    model_config = _FROZEN

    group: str
    killed: Count | None = None
    injured: Count | None = None
    span: Span | None = None


class Period(BaseModel):
    """The period a tally covers ("in 2021", "in just four months")."""

    model_config = _FROZEN

    start: dt.date | None = None
    end: dt.date | None = None
    text: str
    span: Span | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Period:
        if self.start is not None and self.end is not None and self.start > self.end:
            raise ValueError("period start is after its end")
        return self


class Incident(BaseModel):
    """A violent event, or an aggregate tally of such events over a period."""

    model_config = _FROZEN

    id: str
    kind: IncidentKind
    aggregate: bool = False
    location: EntityRef | None = None
    locations: tuple[EntityRef, ...] = Field(
        default=(), description="Wider places, most specific first."
    )
    date: dt.date | None = None
    perpetrator: EntityRef | None = None
    target: str | None = None
    killed: Count | None = None
    injured: Count | None = None
    attackers_killed: Count | None = None
    victims: tuple[VictimGroup, ...] = ()
    period: Period | None = None
    incident_count: Count | None = None
    source: EntityRef | None = None
    span: Span
    evidence: tuple[Span, ...] = ()
    rule_id: str = ""


class Delegation(BaseModel):
    """One side of a dialogue and who led it."""

    model_config = _FROZEN

    party: EntityRef | None = None
    leader: EntityRef | None = None
    title: str | None = None


class Dialogue(BaseModel):
    """Talks, a dialogue, a meeting or an official visit between parties."""

    model_config = _FROZEN

    id: str
    name: str | None = None
    parties: tuple[EntityRef, ...] = ()
    start: dt.date | None = None
    end: dt.date | None = None
    status: Literal["planned", "ongoing", "held", "past_reference"] | None = None
    location: EntityRef | None = None
    delegations: tuple[Delegation, ...] = ()
    topics: tuple[Span, ...] = Field(
        default=(), description="What the talks were about, each as printed."
    )
    outcomes: tuple[Span, ...] = Field(
        default=(), description="What they produced ('agreed to ...'), each as printed."
    )
    span: Span
    evidence: tuple[Span, ...] = ()
    rule_id: str = ""

    @model_validator(mode="after")
    def _ordered(self) -> Dialogue:
        if self.start is not None and self.end is not None and self.start > self.end:
            raise ValueError("dialogue start is after its end")
        return self


class Segment(BaseModel):
    """A block of the article with its layout role (title, byline, body, caption, ...)."""

    model_config = _FROZEN

    kind: SegmentKind
    span: Span


class Author(BaseModel):
    """A person named in the byline."""

    model_config = _FROZEN

    name: str
    span: Span


class PrintedDate(BaseModel):
    """A publication date printed in the article, and where."""

    model_config = _FROZEN

    date: dt.date
    span: Span
    source: Literal["date_stamp", "byline", "date_line", "dateline"]


class Diagnostic(BaseModel):
    """Something odd about the input that did not stop extraction."""

    model_config = _FROZEN

    code: str
    message: str
    span: Span | None = None


class Meta(BaseModel):
    """How the article was produced: versions, so results can be reproduced."""

    model_config = _FROZEN

    factkit_version: str
    rules: tuple[str, ...] = ()
    source: str | None = Field(default=None, description="Where the text came from (a path).")
    id: str | None = Field(default=None, description="The input record's id in a batch run.")
    url: str | None = Field(default=None, description="The input record's URL, when given.")


class Failure(BaseModel):
    """The output record of an input that yielded no article: its id and why."""

    model_config = _FROZEN

    id: str
    error: str = Field(
        description=(
            "A stable code: FK101 not text or not UTF-8, FK102 a bad published date, FK103 "
            "empty text, FK104 unreadable file, FK105 a JSONL record with no text, FK300 a "
            "custom extractor failed, FK900 an internal error."
        )
    )
    message: str
    source: str | None = None
    url: str | None = None


class CustomFact(BaseModel):
    """The base of facts from custom extractors (see docs/extending.md): subclass it with
    your own typed fields. ``fact`` names the fact type ("acme.arrest"); ``span`` and
    ``evidence`` are checked against the text like every other span. Fields a subclass
    adds survive a JSON round trip as extra fields of this base."""

    model_config = ConfigDict(frozen=True, extra="allow")

    fact: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_.-]{0,99}$")]
    id: str
    extractor: str = Field(description="The registered name of the extractor.")
    span: Span
    evidence: tuple[Span, ...] = ()
    rule_id: str | None = None


def _walk_spans(value: Any, path: str) -> Iterator[tuple[str, Span]]:
    if isinstance(value, Span):
        yield path, value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _walk_spans(getattr(value, name), f"{path}.{name}")
    elif isinstance(value, (tuple, list)):
        for i, item in enumerate(value):
            yield from _walk_spans(item, f"{path}[{i}]")


class Article(BaseModel):
    """A news article: its layout, header fields and the facts found in it."""

    model_config = _FROZEN

    text: str = Field(description="The exact input string; every span indexes it.")
    title: str | None = Field(default=None, description="The headline, or null if none.")
    subtitle: str | None = Field(default=None, description="The first standfirst line.")
    published: dt.date | None = Field(
        default=None,
        description="The caller's date when given, else the date printed in the text.",
    )
    published_source: Literal["caller", "text"] | None = None
    printed_date: PrintedDate | None = Field(
        default=None, description="The publication date as printed, when the text has one."
    )
    authors: tuple[Author, ...] = Field(default=(), description="Persons of the byline.")
    desk: str | None = Field(default=None, description="A desk byline: 'News Desk'.")
    outlet: str | None = Field(default=None, description="Outlet or agency when printed.")
    dateline: str | None = Field(default=None, description="Dateline place as printed.")
    dateline_span: Span | None = None
    segments: tuple[Segment, ...] = Field(
        default=(), description="Every non-blank block of the text, in order, with its role."
    )
    sentences: tuple[Span, ...] = Field(default=(), description="Sentences of the body.")
    dates: tuple[TimeExpression, ...] = Field(
        default=(), description="Time expressions in the title, subtitle, captions and body."
    )
    entities: tuple[Entity, ...] = ()
    statements: tuple[Statement, ...] = ()
    incidents: tuple[Incident, ...] = ()
    dialogues: tuple[Dialogue, ...] = ()
    custom_facts: tuple[SerializeAsAny[CustomFact], ...] = Field(
        default=(), description="Facts of custom extractors, with their own fields."
    )
    diagnostics: tuple[Diagnostic, ...] = ()
    meta: Meta | None = None

    def _all_spans(self) -> Iterator[tuple[str, Span]]:
        """Every span in the article with its path; the two long lists walked directly."""
        for i, seg in enumerate(self.segments):
            yield f"article.segments[{i}].span", seg.span
        for i, span in enumerate(self.sentences):
            yield f"article.sentences[{i}]", span
        for name in type(self).model_fields:
            if name not in ("text", "segments", "sentences"):
                yield from _walk_spans(getattr(self, name), f"article.{name}")

    @model_validator(mode="after")
    def _spans_index_text(self) -> Article:
        text = self.text
        n = len(text)
        for path, span in self._all_spans():
            if span.end > n:
                raise ValueError(f"{path}: span end {span.end} is past the text ({n} chars)")
            if text[span.start : span.end] != span.text:
                raise ValueError(f"{path}: span text is not text[{span.start}:{span.end}]")
        last = 0
        for i, seg in enumerate(self.segments):
            if seg.span.start < last:
                raise ValueError(f"article.segments[{i}]: overlaps or precedes the previous one")
            last = seg.span.end
        kinds = {seg.kind: seg for seg in reversed(self.segments)}
        if self.title is not None and (
            "title" not in kinds or kinds["title"].span.text != self.title
        ):
            raise ValueError("article.title must be the text of the title segment")
        facts: tuple[Entity | Statement | Incident | Dialogue | CustomFact, ...] = (
            *self.entities,
            *self.statements,
            *self.incidents,
            *self.dialogues,
            *self.custom_facts,
        )
        ids = [x.id for x in facts]
        if len(ids) != len(set(ids)):
            raise ValueError("ids of entities and facts must be unique within an article")
        return self

    def segments_of(self, *kinds: SegmentKind) -> tuple[Segment, ...]:
        """The segments with one of the given roles, in text order."""
        return tuple(s for s in self.segments if s.kind in kinds)

    @property
    def body(self) -> tuple[Span, ...]:
        """The body paragraphs (dateline, captions and boilerplate set apart)."""
        return tuple(s.span for s in self.segments if s.kind == "body")

    @property
    def body_text(self) -> str:
        """The body paragraphs joined by blank lines (hard line breaks kept as printed)."""
        return "\n\n".join(s.text for s in self.body)

    @property
    def captions(self) -> tuple[Span, ...]:
        """Photo captions and image credits."""
        return tuple(s.span for s in self.segments if s.kind == "caption")

    @property
    def boilerplate(self) -> tuple[Span, ...]:
        """Related-story links, comment widgets, sidebars and navigation."""
        return tuple(
            s.span for s in self.segments if s.kind in ("boilerplate", "sidebar", "navigation")
        )
