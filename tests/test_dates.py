"""Full printed dates in the forms news pages use."""

from __future__ import annotations

import pytest

from factkit.dates import find_absolute_dates, parse_iso_date


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("February 16, 2023", "2023-02-16"),
        ("8th Dec, 2022", "2022-12-08"),
        ("January 08, 2021", "2021-01-08"),
        ("Our CorrespondentJanuary 08, 2021", "2021-01-08"),
        ("16 February 2023", "2023-02-16"),
        ("Feb. 16, 2023", "2023-02-16"),
        ("SEPT 1 2021", "2021-09-01"),
        ("21st of March, 2022", "2022-03-21"),
        ("2025-08-21", "2025-08-21"),
    ],
)
def test_full_dates(text: str, want: str) -> None:
    found = find_absolute_dates(text)
    assert [str(m.date) for m in found] == [want]
    m = found[0]
    assert text[m.start : m.end].strip() == text[m.start : m.end]


@pytest.mark.parametrize(
    "text", ["February 30, 2023", "May 5", "in 2021", "2023-13-01", "12025-08-21", "Dec 45, 2022"]
)
def test_not_full_dates(text: str) -> None:
    assert find_absolute_dates(text) == []


def test_iso_parse() -> None:
    assert str(parse_iso_date(" 2021-01-08 ")) == "2021-01-08"
    assert parse_iso_date("2021-02-29") is None
