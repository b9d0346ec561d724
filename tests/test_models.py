"""The models reject inconsistent data and round-trip through JSON."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

import factkit
from factkit.models import Article, Count, Segment, Span, Statement


def test_span_of() -> None:
    assert Span.of("hello world", 6, 11) == Span(start=6, end=11, text="world")


@pytest.mark.parametrize(
    ("start", "end", "text", "msg"),
    [
        (5, 3, "", "after its end"),
        (-1, 2, "abc", "greater than or equal"),
        (0, 2, "abc", "covers 2"),
    ],
)
def test_bad_spans(start: int, end: int, text: str, msg: str) -> None:
    with pytest.raises(ValidationError, match=msg):
        Span(start=start, end=end, text=text)


def test_span_is_frozen_and_strict() -> None:
    s = Span(start=0, end=1, text="a")
    with pytest.raises(ValidationError):
        s.start = 3  # type: ignore[misc]
    with pytest.raises(ValidationError, match="Extra inputs"):
        Span.model_validate({"start": 0, "end": 1, "text": "a", "label": "x"})


@pytest.mark.parametrize(
    ("fields", "msg"),
    [
        ({"value": -1}, "greater than or equal"),
        ({"min": 5, "max": 3}, "greater than max"),
        ({"value": 2, "min": 3}, "below min"),
        ({"value": 9, "max": 3}, "above max"),
    ],
)
def test_bad_counts(fields: dict[str, int], msg: str) -> None:
    with pytest.raises(ValidationError, match=msg):
        Count(text="x", **fields)


def test_vague_count() -> None:
    c = Count(min=200, approximate=True, text="hundreds")
    assert c.value is None
    assert c.min == 200


def test_article_rejects_a_span_that_is_not_its_text() -> None:
    with pytest.raises(ValidationError, match=r"segments\[0\]\.span: span text is not"):
        Article(
            text="abc def", segments=(Segment(kind="body", span=Span(start=0, end=3, text="xyz")),)
        )


def test_article_rejects_a_span_past_the_end() -> None:
    with pytest.raises(ValidationError, match="past the text"):
        Article(
            text="abc", segments=(Segment(kind="body", span=Span(start=0, end=5, text="abcde")),)
        )


def test_article_rejects_overlapping_segments() -> None:
    segs = (
        Segment(kind="title", span=Span.of("abcdef", 0, 4)),
        Segment(kind="body", span=Span.of("abcdef", 2, 6)),
    )
    with pytest.raises(ValidationError, match="overlaps"):
        Article(text="abcdef", title="abcd", segments=segs)


def test_article_title_must_be_its_segment() -> None:
    with pytest.raises(ValidationError, match="title segment"):
        Article(text="abc", title="abc")


def test_statement_content_is_its_span() -> None:
    with pytest.raises(ValidationError, match="content must equal"):
        Statement(id="s1", kind="direct", content="x", span=Span.of("abc", 0, 1))


def test_duplicate_ids_rejected() -> None:
    st = Statement(id="s1", kind="direct", content="a", span=Span.of("abc", 0, 1))
    with pytest.raises(ValidationError, match="unique"):
        Article(text="abc", statements=(st, st))


def test_round_trip_of_a_seed(seed_texts: dict[str, str]) -> None:
    for text in seed_texts.values():
        art = factkit.extract(text)
        again = Article.model_validate_json(art.model_dump_json())
        assert again == art
        assert again.model_dump(mode="json")["published"] == (
            art.published.isoformat() if art.published else None
        )


def test_dates_serialise_as_iso() -> None:
    art = factkit.extract("News Desk February 16, 2023\n\nThe talks ended.")
    doc = art.model_dump(mode="json")
    assert doc["published"] == "2023-02-16"
    assert art.published == dt.date(2023, 2, 16)
