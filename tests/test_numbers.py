"""Counts in words and digits, with hedges and vague quantities."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factkit import find_counts, parse_count

from .strategies import number_words


@pytest.mark.parametrize(
    ("text", "value", "lo", "hi", "approx"),
    [
        ("four", 4, None, None, False),
        ("twenty-one", 21, None, None, False),
        ("Twenty One", 21, None, None, False),
        ("two dozen", 24, None, None, False),
        ("a dozen", 12, None, None, False),
        ("half a dozen", 6, None, None, False),
        ("hundred", 100, None, None, False),
        ("a hundred", 100, None, None, False),
        ("one hundred and five", 105, None, None, False),
        ("2.5 million", 2_500_000, None, None, False),
        ("1,500", 1500, None, None, False),
        ("1500", 1500, None, None, False),
        ("0", 0, None, None, False),
        ("at least 18", None, 18, None, False),
        ("more than 20", None, 20, None, False),
        ("over 132", None, 132, None, False),
        ("five or more", None, 5, None, False),
        ("up to 30", None, None, 30, False),
        ("fewer than 10", None, None, 10, False),
        ("nearly 50", None, None, 50, True),
        ("around 100", 100, None, None, True),
        ("some 40", 40, None, None, True),
        ("about two dozen", 24, None, None, True),
        ("a few", None, 2, None, True),
        ("several", None, 3, None, True),
        ("multiple", None, 3, None, True),
        ("a number of", None, 3, None, True),
        ("numerous", None, 4, None, True),
        ("dozens", None, 24, None, True),
        ("scores", None, 40, None, True),
        ("hundreds", None, 200, None, True),
        ("thousands", None, 2000, None, True),
        ("tens of thousands", None, 20_000, None, True),
        ("a couple", 2, None, 2, True),
    ],
)
def test_parse_count(
    text: str, value: int | None, lo: int | None, hi: int | None, approx: bool
) -> None:
    c = parse_count(text)
    assert c is not None
    assert (c.value, c.min, c.max, c.approximate) == (value, lo, hi, approx)
    assert c.span is not None
    assert text[c.span.start : c.span.end] == c.text


@pytest.mark.parametrize("text", ["", "people", "a", "the fourth", "2.5", "twenty people", "1e6"])
def test_not_counts(text: str) -> None:
    assert parse_count(text) is None


def test_find_counts_in_a_real_sentence() -> None:
    text = (
        "Last year in 2021, Pakistan recorded a total of 267 security-related incidents, "
        "claiming the lives of 214 civilians and 226 security personnel, a 52 per cent rise "
        "on Dec 4 at 10 a.m. in the 19 year old unrest, at the two-day talks."
    )
    assert [c.text for c in find_counts(text)] == ["267", "214", "226"]


def test_find_counts_words_and_hedges() -> None:
    text = "The attack killed at least eight Taliban forces and injured numerous others."
    got = [(c.text, c.value, c.min) for c in find_counts(text)]
    assert got == [("at least eight", None, 8), ("numerous", None, 4)]


@given(st.integers(min_value=0, max_value=10**12))
def test_digits_parse_to_their_value(n: int) -> None:
    c = parse_count(str(n))
    assert c is not None
    assert c.value == n
    c2 = parse_count(f"{n:,}")
    assert c2 is not None
    assert c2.value == n
    c3 = parse_count(f"{n:,}".replace(",", "\u00a0"))  # "4 000": AFP's grouping
    assert c3 is not None
    assert c3.value == n


def test_thousands_grouped_by_spaces_are_one_count() -> None:
    text = "Attacks left nearly 4 000 people dead and 800 000 displaced in 2021 267 villages."
    got = [(c.text, c.value, c.max) for c in find_counts(text)]
    assert got == [("nearly 4 000", None, 4000), ("800 000", 800000, None), ("267", 267, None)]


@given(st.integers(min_value=0, max_value=10**12))
def test_words_parse_to_their_value(n: int) -> None:
    words = number_words(n)
    c = parse_count(words)
    assert c is not None, words
    assert c.value == n, words


@given(st.integers(min_value=1, max_value=10**6), st.sampled_from(["at least", "more than"]))
def test_hedged_counts_are_consistent(n: int, hedge: str) -> None:
    c = parse_count(f"{hedge} {n}")
    assert c is not None
    assert c.min == n
    assert c.value is None


@pytest.mark.parametrize(
    ("text", "lo"),
    [("a large number of", 4), ("a significant number of", 4), ("a handful of", 2)],
)
def test_vague_phrases_of_number(text: str, lo: int) -> None:
    c = parse_count(text)
    assert c is not None
    assert c.value is None
    assert c.min == lo
    assert c.approximate
