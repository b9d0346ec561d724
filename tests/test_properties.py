"""Invariants that hold for any input: spans, coverage, round-trips, determinism."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

import factkit
from factkit.models import Article

from .strategies import news_texts, texts


def _all_spans(obj: Any) -> list[dict[str, Any]]:
    out = []
    if isinstance(obj, dict):
        if {"start", "end", "text"} <= obj.keys() and isinstance(obj["start"], int):
            out.append(obj)
        for v in obj.values():
            out.extend(_all_spans(v))
    elif isinstance(obj, list):
        for v in obj:
            out.extend(_all_spans(v))
    return out


@given(texts)
def test_every_span_indexes_the_input(text: str) -> None:
    doc = factkit.extract(text).model_dump(mode="json")
    for span in _all_spans(doc):
        assert 0 <= span["start"] <= span["end"] <= len(text)
        assert text[span["start"] : span["end"]] == span["text"]


@given(texts)
def test_json_round_trip(text: str) -> None:
    art = factkit.extract(text)
    assert Article.model_validate_json(art.model_dump_json()) == art


@given(texts)
def test_deterministic(text: str) -> None:
    assert factkit.extract(text) == factkit.extract(text)


@given(texts)
def test_segments_cover_every_visible_character_once(text: str) -> None:
    """Nothing is silently dropped: each non-space character is in exactly one segment."""
    art = factkit.extract(text)
    covered = [0] * len(text)
    for seg in art.segments:
        for i in range(seg.span.start, seg.span.end):
            covered[i] += 1
    for i, ch in enumerate(text):
        if ch.isspace() or ch in "\u200b\u200c\u200d\u2060\ufeff":
            assert covered[i] <= 1
        else:
            assert covered[i] == 1, f"character {i} ({ch!r}) is in {covered[i]} segments"


@given(texts)
def test_sentences_lie_inside_body_paragraphs(text: str) -> None:
    art = factkit.extract(text)
    body = art.body
    for s in art.sentences:
        assert any(p.start <= s.start and s.end <= p.end for p in body)
        assert s.text.strip() == s.text
        assert s.text


@given(news_texts(), st.text(alphabet=" \t\n", max_size=8))
def test_leading_blank_space_shifts_offsets(text: str, prefix: str) -> None:
    a = factkit.extract(text)
    b = factkit.extract(prefix + text)
    k = len(prefix)
    assert [(s.kind, s.span.start + k, s.span.end + k) for s in a.segments] == [
        (s.kind, s.span.start, s.span.end) for s in b.segments
    ]
    assert a.title == b.title
    assert a.dateline == b.dateline
    assert a.published == b.published
