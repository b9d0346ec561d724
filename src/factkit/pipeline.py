"""The public entry point: ``extract(text) -> Article``, running the stages in order.

Stages: layout (``segment``) → header fields → facts. Entity, time and fact extractors
plug in here as their issues land; until then ``statements``, ``incidents`` and
``dialogues`` are empty lists.
"""

from __future__ import annotations

import datetime as dt

import regex

from .dates import parse_iso_date
from .dialogues import extract_dialogues
from .entities import EntityIndex, find_entities
from .errors import DateError, InputError
from .gazetteer import Gazetteer, default_gazetteer
from .incidents import extract_incidents
from .lexicon import Layout, default_layout
from .models import Article, Diagnostic, EntityRef, Meta, Span
from .segment import Structure, find_segments
from .statements import extract_statements
from .timex import find_dates_in

__all__ = ["DateLike", "__version__", "coerce_date", "extract", "extract_bytes"]

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


def extract(
    text: str,
    *,
    published: DateLike | dt.datetime = None,
    layout: Layout | None = None,
    gazetteer: Gazetteer | None = None,
) -> Article:
    """Read an article and return everything factkit finds in it.

    Args:
        text: the article as plain text, exactly as stored; every offset indexes it.
        published: the publication date if the caller knows it (a date, datetime or
            ``YYYY-MM-DD``). It wins over a date printed in the text, which is then kept
            in ``Article.printed_date`` (with a ``published_mismatch`` diagnostic when
            they differ). Relative dates resolve against the result.
        layout: a layout lexicon from ``load_layout()``; the built-in one by default.
        gazetteer: a gazetteer from ``load_gazetteer()``; the built-in one by default.

    Returns:
        An ``Article``. Content never raises: odd input yields diagnostics.

    Raises:
        TypeError: ``text`` is not a ``str``.
        DateError: ``published`` is not a date.

    >>> extract("News Desk February 16, 2023\\n\\nThe talks ended.").published
    datetime.date(2023, 2, 16)
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}; decode bytes first")
    given = coerce_date(published)
    lay = layout or default_layout()
    st = find_segments(text, lay)
    diags = _diagnostics(text)
    reference = given or (st.printed_date.date if st.printed_date else None)
    regions = _content_regions(st)
    dates = find_dates_in(text, regions, reference)
    gaz = gazetteer or default_gazetteer()
    entities = find_entities(text, regions, gaz)
    body = [(s.span.start, s.span.end) for s in st.segments if s.kind == "body"]
    title = next(((s.span.start, s.span.end) for s in st.segments if s.kind == "title"), None)
    subtitles = [(s.span.start, s.span.end) for s in st.segments if s.kind == "subtitle"]
    statements, quote_diags = extract_statements(
        text, body, [(s.start, s.end) for s in st.sentences], entities, dates, title, subtitles
    )
    diags.extend(quote_diags)
    sentences = [(s.start, s.end) for s in st.sentences]
    incidents = extract_incidents(
        text, sentences, entities, dates, statements, title, published=reference
    )
    dialogues = extract_dialogues(
        text, sentences, entities, dates, reference, _dateline_place(st, entities), title
    )
    printed = st.printed_date
    if given is not None:
        pub, source = given, "caller"
        if printed is not None and printed.date != given:
            diags.append(
                Diagnostic(
                    code="published_mismatch",
                    message=f"the caller's date {given} differs from the printed {printed.date}",
                    span=printed.span,
                )
            )
    elif printed is not None:
        pub, source = printed.date, "text"
    else:
        pub, source = None, None
    return Article.model_validate(
        {
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
            "meta": Meta(factkit_version=__version__, rules=(*lay.sources, *gaz.sources)),
        }
    )


def extract_bytes(
    data: bytes,
    *,
    published: DateLike | dt.datetime = None,
    layout: Layout | None = None,
    gazetteer: Gazetteer | None = None,
) -> Article:
    """Decode UTF-8 ``data`` strictly and extract from it.

    Raises:
        InputError: the bytes are not UTF-8 (the message gives the byte offset, line and
            column of the first bad byte).
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        col = exc.start - (before.rfind(b"\n") + 1) + 1
        raise InputError(
            f"not UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start} "
            f"(line {line}, column {col}): {exc.reason}"
        ) from exc
    return extract(text, published=published, layout=layout, gazetteer=gazetteer)
