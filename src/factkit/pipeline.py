"""The public entry points: ``Pipeline`` and ``extract(text) -> Article``.

Stages, in order: layout (``segment``) → time expressions → the rules' patterns →
entities → statements → incidents → dialogues → custom extractors. A ``Pipeline`` holds a
rule set (``load_rules``) and the custom extractors, compiled once; ``extract`` uses a
cached pipeline per rule set. While a pipeline runs, its rules are the current rules of
the thread (``rules.using_rules``), which is how every stage reads its lexicons.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, cast

import regex
from pydantic import ValidationError

from .dates import parse_iso_date
from .dialogues import extract_dialogues
from .entities import EntityIndex, PatternMention, find_entities
from .errors import ConfigError, DateError, ExtractorError, InputError
from .extractors import Context, Extractor, resolve_extractors
from .gazetteer import Gazetteer
from .incidents import extract_incidents
from .lexicon import Layout
from .models import (
    Article,
    Count,
    CustomFact,
    Diagnostic,
    Dialogue,
    EntityKind,
    EntityRef,
    Incident,
    Meta,
    Span,
    Statement,
)
from .numbers import find_counts_in
from .rules.loader import Rules, default_rules, using_rules
from .rules.patterns import PATTERN_TIMEOUT, PatternHit, compiled_patterns, find_pattern_hits
from .segment import Structure, find_segments, split_sentences
from .statements import extract_statements
from .timex import find_dates_in

__all__ = [
    "DateLike",
    "Pipeline",
    "__version__",
    "coerce_date",
    "decode_utf8",
    "extract",
    "extract_bytes",
]

__version__ = "0.1.0"

DateLike = dt.date | str | None
_ISO_DATETIME = regex.compile(r"\d{4}-\d\d-\d\dT")
_CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffd]")


def coerce_date(value: object, what: str = "published") -> dt.date | None:
    """A ``date``, ``datetime`` or ``YYYY-MM-DD`` string as a date; None stays None.

    Raises:
        DateError: the value is of another type or not a valid ISO date.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        d = parse_iso_date(value[:10] if _ISO_DATETIME.match(value) else value)
        if d is None:
            raise DateError(f"{what} must be a date in YYYY-MM-DD form, got {value!r}")
        return d
    raise DateError(f"{what} must be a date, an ISO string or None, got {type(value).__name__}")


def _diagnostics(text: str) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    if not text.strip():
        out.append(Diagnostic(code="empty_text", message="the text has no visible characters"))
    m = _CONTROL.search(text)
    if m:
        n = len(_CONTROL.findall(text))
        out.append(
            Diagnostic(
                code="control_characters",
                message=f"{n} control or replacement character(s); the first is at {m.start()}",
                span=Span.of(text, m.start(), m.end()),
            )
        )
    return out


_CONTENT = frozenset({"title", "subtitle", "caption", "dateline", "heading", "body"})


def _content_regions(st: Structure) -> list[tuple[int, int]]:
    """Where facts are looked for: headline, captions, dateline and body, not furniture."""
    return [(s.span.start, s.span.end) for s in st.segments if s.kind in _CONTENT]


def _dateline_place(st: Structure, idx: EntityIndex) -> EntityRef | None:
    """The dateline's city as an entity reference, for "here" in the body."""
    if st.dateline_span is None or st.dateline is None:
        return None
    hit = idx.gaz.lookup(st.dateline) or idx.gaz.lookup(st.dateline.title())
    if hit is None:
        return EntityRef(name=st.dateline.title(), kind="city", span=st.dateline_span)
    entry = idx.gaz.entries[hit[0]]
    return EntityRef(id=entry.id, name=entry.name, kind=entry.kind, span=st.dateline_span)


def _route_hits(
    hits: list[PatternHit],
) -> tuple[list[PatternMention], list[tuple[int, int, str]], list[tuple[int, int]]]:
    """Pattern hits by what they feed: entity mentions, incident triggers, dialogue heads."""
    mentions: list[PatternMention] = []
    incidents: list[tuple[int, int, str]] = []
    dialogues: list[tuple[int, int]] = []
    for h in hits:
        label = h.entry.label
        if label == "dialogue":
            dialogues.append((h.start, h.end))
        elif label.startswith("incident:"):
            incidents.append((h.start, h.end, label[len("incident:") :]))
        else:
            kind = cast(EntityKind, label)
            mentions.append(PatternMention(h.start, h.end, kind, h.entry.name, h.entry.entity_id))
    return mentions, incidents, dialogues


def _counts(text: str, regions: list[tuple[int, int]]) -> list[Count]:
    """Count mentions of the content regions, with spans into the whole text."""
    return [c for a, b in regions for c in find_counts_in(text, a, b)]


def _run_custom(
    custom: tuple[tuple[str, Extractor], ...], ctx: Context, fields: dict[str, Any]
) -> dict[str, Any]:
    """Run the custom extractors in order; their facts join the article's lists."""
    lists: dict[str, list[Any]] = {
        "statements": list(fields["statements"]),
        "incidents": list(fields["incidents"]),
        "dialogues": list(fields["dialogues"]),
        "custom_facts": [],
    }
    for name, func in custom:
        try:
            produced = list(func(ctx))
        except Exception as exc:  # a plugin's bug: name it, keep the cause
            raise ExtractorError(f"extractor {name!r} raised {type(exc).__name__}: {exc}") from exc
        for fact in produced:
            if isinstance(fact, Statement):
                lists["statements"].append(fact)
            elif isinstance(fact, Incident):
                lists["incidents"].append(fact)
            elif isinstance(fact, Dialogue):
                lists["dialogues"].append(fact)
            elif isinstance(fact, CustomFact):
                lists["custom_facts"].append(fact)
            else:
                raise ExtractorError(
                    f"extractor {name!r} yielded a {type(fact).__name__}; expected a "
                    "Statement, Incident, Dialogue or CustomFact"
                )
    return {**fields, **lists}


def decode_utf8(data: bytes) -> str:
    """Decode ``data`` as UTF-8, strictly.

    Raises:
        InputError: the bytes are not UTF-8 (the message gives the byte offset, line and
            column of the first bad byte).
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        col = exc.start - (before.rfind(b"\n") + 1) + 1
        raise InputError(
            f"not UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start} "
            f"(line {line}, column {col}): {exc.reason}"
        ) from exc


class Pipeline:
    """A configured extractor: rules, layout, gazetteer and custom extractors, compiled
    once and reused for every article (it holds no per-article state, so threads may
    share it).

    Args:
        rules: from ``load_rules()``; the default rules (built-in and installed packs)
            when None.
        extractors: custom extractors to run after the built-in stages: names of
            registered or installed ones, or ``(name, callable)`` pairs. None runs every
            available one, in name order; ``()`` runs none.
        layout: a layout lexicon overriding the rules' one (``load_layout()``).
        gazetteer: a gazetteer overriding the rules' one (``load_gazetteer()``).
        pattern_timeout: seconds each of the rules' patterns may run on one article.

    Raises:
        ConfigError: ``rules`` is not a ``Rules``, or an extractor name is unknown or
            given twice.

    >>> from factkit import load_rules
    >>> rules = load_rules(
    ...     entries={"incident_triggers": [{"kind": "arson", "forms": ["set ablaze"]}]}
    ... )
    >>> nlp = Pipeline(rules, extractors=())
    >>> [i.kind for i in nlp.extract("Militants set ablaze a school in Swat.").incidents]
    ['arson']
    """

    def __init__(
        self,
        rules: Rules | None = None,
        *,
        extractors: Iterable[str | tuple[str, Extractor]] | None = None,
        layout: Layout | None = None,
        gazetteer: Gazetteer | None = None,
        pattern_timeout: float = PATTERN_TIMEOUT,
    ) -> None:
        if rules is not None and not isinstance(rules, Rules):
            raise ConfigError(f"rules must come from load_rules(), not {type(rules).__name__}")
        self.rules = rules or default_rules()
        self.layout = layout or self.rules.layout
        self.gazetteer = gazetteer or self.rules.gazetteer
        self.pattern_timeout = pattern_timeout
        self._extractors = None if extractors is None else resolve_extractors(extractors)
        compiled_patterns(self.rules)  # compile now: a bad pattern fails here, not mid-batch

    def _is_city(self, name: str) -> bool:
        """Whether the gazetteer knows ``name`` as a city: "Lagos:" opens a dateline."""
        hit = self.gazetteer.lookup(name)
        entry = self.gazetteer.entries.get(hit[0]) if hit else None
        return (
            entry is not None and entry.kind == "city" and hit is not None and hit[1] != "demonym"
        )

    @property
    def extractors(self) -> tuple[str, ...]:
        """Names of the custom extractors this pipeline runs."""
        return tuple(name for name, _ in self._custom())

    def _custom(self) -> tuple[tuple[str, Extractor], ...]:
        return self._extractors if self._extractors is not None else resolve_extractors(None)

    @property
    def sources(self) -> tuple[str, ...]:
        """What ``Article.meta.rules`` records: the packs, and any layout or gazetteer
        given separately."""
        out = list(self.rules.sources)
        if self.layout is not self.rules.layout:
            out.extend(self.layout.sources)
        if self.gazetteer is not self.rules.gazetteer:
            out.extend(self.gazetteer.sources)
        return tuple(out)

    def extract(self, text: str, *, published: DateLike | dt.datetime = None) -> Article:
        """Read an article and return everything factkit finds in it.

        Args:
            text: the article as plain text, exactly as stored; every offset indexes it.
            published: the publication date if the caller knows it (a date, datetime or
                ``YYYY-MM-DD``). It wins over a date printed in the text, which is then
                kept in ``Article.printed_date`` (with a ``published_mismatch`` diagnostic
                when they differ). Relative dates resolve against the result.

        Returns:
            An ``Article``. Content never raises: odd input yields diagnostics.

        Raises:
            TypeError: ``text`` is not a ``str``.
            DateError: ``published`` is not a date.
            ExtractorError: a custom extractor raised or yielded a non-fact.
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}; decode bytes first")
        given = coerce_date(published)
        with using_rules(self.rules):
            return self._extract(text, given)

    def extract_bytes(self, data: bytes, *, published: DateLike | dt.datetime = None) -> Article:
        """Decode UTF-8 ``data`` strictly and extract from it.

        Raises:
            InputError: the bytes are not UTF-8 (the message gives the byte offset, line
                and column of the first bad byte).
        """
        return self.extract(decode_utf8(data), published=published)

    def _extract(self, text: str, given: dt.date | None) -> Article:
        st = find_segments(text, self.layout, self._is_city)
        diags = _diagnostics(text)
        reference = given or (st.printed_date.date if st.printed_date else None)
        regions = _content_regions(st)
        dates = find_dates_in(text, regions, reference)
        hits, pattern_diags = find_pattern_hits(
            text, regions, self.rules, timeout=self.pattern_timeout
        )
        diags.extend(pattern_diags)
        mentions, incident_triggers, dialogue_heads = _route_hits(hits)
        entities = find_entities(text, regions, self.gazetteer, mentions)
        entities.furniture = sorted(
            (x.span.start, x.span.end) for x in st.segments if x.kind in ("caption", "dateline")
        )  # a photo credit's "AP" is no one a later "it" refers to
        body = [(s.span.start, s.span.end) for s in st.segments if s.kind == "body"]
        title = next(((s.span.start, s.span.end) for s in st.segments if s.kind == "title"), None)
        subtitles = [(s.span.start, s.span.end) for s in st.segments if s.kind == "subtitle"]
        sentences = [(s.start, s.end) for s in st.sentences]
        # a standfirst that tells the event ("X on Tuesday held talks with Y") is read
        # like the body's first sentences by the fact extractors (statements read it apart)
        told = sorted(
            [(a, b) for sa, sb in subtitles for a, b in split_sentences(text, sa, sb, self.layout)]
            + sentences
        )
        statements, quote_diags = extract_statements(
            text, body, sentences, entities, dates, title, subtitles
        )
        diags.extend(quote_diags)
        incidents = extract_incidents(
            text,
            told,
            entities,
            dates,
            statements,
            title,
            published=reference,
            triggers=incident_triggers,
        )
        dialogues = extract_dialogues(
            text,
            told,
            entities,
            dates,
            reference,
            _dateline_place(st, entities),
            title,
            triggers=dialogue_heads,
        )
        printed = st.printed_date
        if given is not None:
            pub, source = given, "caller"
            if printed is not None and printed.date != given:
                diags.append(
                    Diagnostic(
                        code="published_mismatch",
                        message=(
                            f"the caller's date {given} differs from the printed {printed.date}"
                        ),
                        span=printed.span,
                    )
                )
        elif printed is not None:
            pub, source = printed.date, "text"
        else:
            pub, source = None, None
        fields: dict[str, Any] = {
            "text": text,
            "title": st.title,
            "subtitle": st.subtitle,
            "published": pub,
            "published_source": source,
            "printed_date": printed,
            "authors": st.authors,
            "desk": st.desk,
            "outlet": st.outlet,
            "dateline": st.dateline,
            "dateline_span": st.dateline_span,
            "segments": st.segments,
            "sentences": st.sentences,
            "dates": dates,
            "entities": entities.entities(),
            "statements": statements,
            "incidents": incidents,
            "dialogues": dialogues,
            "diagnostics": diags,
            "meta": Meta(factkit_version=__version__, rules=self.sources),
        }
        custom = self._custom()
        if not custom:
            return Article.model_validate(fields)
        ctx = Context(
            text=text,
            published=pub,
            segments=tuple(st.segments),
            sentences=tuple(st.sentences),
            entities=entities,
            dates=tuple(dates),
            counts=tuple(_counts(text, regions)),
            pattern_hits=tuple(hits),
            statements=tuple(statements),
            incidents=tuple(incidents),
            dialogues=tuple(dialogues),
            rules=self.rules,
        )
        fields = _run_custom(custom, ctx, fields)
        try:
            return Article.model_validate(fields)
        except ValidationError as exc:
            names = [n for n, _ in custom]
            raise ExtractorError(
                f"the facts of custom extractors {names} make an invalid article: "
                f"{exc.errors()[0]['msg']}"
            ) from exc


@lru_cache(maxsize=8)
def _pipeline_for(rules: Rules | None) -> Pipeline:
    return Pipeline(rules)


def extract(
    text: str,
    *,
    published: DateLike | dt.datetime = None,
    rules: Rules | None = None,
    layout: Layout | None = None,
    gazetteer: Gazetteer | None = None,
) -> Article:
    """Read an article and return everything factkit finds in it, with a cached
    ``Pipeline`` for ``rules`` (the default rules when None) that runs every available
    custom extractor. Arguments as for ``Pipeline`` and ``Pipeline.extract``.

    Raises:
        TypeError: ``text`` is not a ``str``.
        DateError: ``published`` is not a date.
        ConfigError: ``rules`` is not a ``Rules`` object.
        ExtractorError: a custom extractor raised or yielded a non-fact.

    >>> extract("News Desk February 16, 2023\\n\\nThe talks ended.").published
    datetime.date(2023, 2, 16)
    """
    if layout is None and gazetteer is None:
        pipe = _pipeline_for(rules)
    else:
        pipe = Pipeline(rules, layout=layout, gazetteer=gazetteer)
    return pipe.extract(text, published=published)


def extract_bytes(
    data: bytes,
    *,
    published: DateLike | dt.datetime = None,
    rules: Rules | None = None,
    layout: Layout | None = None,
    gazetteer: Gazetteer | None = None,
) -> Article:
    """Decode UTF-8 ``data`` strictly and extract from it (see ``extract``).

    Raises:
        InputError: the bytes are not UTF-8 (the message gives the byte offset, line and
            column of the first bad byte).
    """
    text = decode_utf8(data)
    return extract(text, published=published, rules=rules, layout=layout, gazetteer=gazetteer)
