"""``factkit.extract``: arguments, published-date policy and diagnostics."""

from __future__ import annotations

import datetime as dt

import pytest

import factkit
from factkit import DateError, InputError

BYLINE = "Talks resume in Doha\n\nNews Desk February 16, 2023\n\nDOHA: The talks resumed."


@pytest.mark.parametrize(
    "published",
    [dt.date(2023, 2, 16), dt.datetime(2023, 2, 16, 9, 30), "2023-02-16", "2023-02-16T09:30:00"],
)
def test_published_forms(published: object) -> None:
    art = factkit.extract("The talks ended.", published=published)  # type: ignore[arg-type]
    assert art.published == dt.date(2023, 2, 16)
    assert art.published_source == "caller"


@pytest.mark.parametrize("bad", ["16/02/2023", "2023-02-30", "yesterday", 20230216, ""])
def test_invalid_published(bad: object) -> None:
    with pytest.raises(DateError, match="FK102"):
        factkit.extract("The talks ended.", published=bad)  # type: ignore[arg-type]


def test_printed_date_used_when_caller_gives_none() -> None:
    art = factkit.extract(BYLINE)
    assert art.published == dt.date(2023, 2, 16)
    assert art.published_source == "text"
    assert art.printed_date is not None
    assert art.printed_date.source == "byline"
    assert art.diagnostics == ()


def test_caller_date_wins_and_the_printed_one_is_kept() -> None:
    art = factkit.extract(BYLINE, published="2023-02-17")
    assert art.published == dt.date(2023, 2, 17)
    assert art.published_source == "caller"
    assert art.printed_date is not None
    assert art.printed_date.date == dt.date(2023, 2, 16)
    assert [d.code for d in art.diagnostics] == ["published_mismatch"]


def test_same_dates_no_diagnostic() -> None:
    assert factkit.extract(BYLINE, published="2023-02-16").diagnostics == ()


def test_text_must_be_str() -> None:
    with pytest.raises(TypeError, match="decode bytes first"):
        factkit.extract(b"bytes")  # type: ignore[arg-type]


def test_empty_text_is_a_diagnostic_not_an_error() -> None:
    art = factkit.extract("  \n ")
    assert [d.code for d in art.diagnostics] == ["empty_text"]
    assert art.segments == ()


def test_binary_junk_is_flagged() -> None:
    art = factkit.extract("Talks \x00\x01 resume\ufffd")
    assert "control_characters" in [d.code for d in art.diagnostics]


def test_extract_bytes_reports_where_decoding_fails() -> None:
    with pytest.raises(InputError, match=r"byte 0xe9 at offset 10 \(line 3, column 4\)"):
        factkit.extract_bytes(b"Title\n\ncaf\xe9 ok")


def test_meta_records_versions() -> None:
    art = factkit.extract("The talks ended.")
    assert art.meta is not None
    assert art.meta.factkit_version == factkit.__version__
    assert art.meta.rules == ("factkit-en@0.1.0",)


def test_user_layout_file_extends_the_lexicon(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = "Talks resume in Doha\n\nThe talks resumed.\n\nSponsored by Acme Corp\n\nMore."
    assert "boilerplate" not in [s.kind for s in factkit.extract(text).segments]
    extra = tmp_path / "mine.toml"
    extra.write_text("[boilerplate]\npatterns = ['^Sponsored by ']\n", encoding="utf-8")
    lay = factkit.load_layout(extra)
    art = factkit.extract(text, layout=lay)
    assert ("boilerplate", "Sponsored by Acme Corp") in [
        (s.kind, s.span.text) for s in art.segments
    ]
    assert art.meta is not None
    assert str(extra) in art.meta.rules


@pytest.mark.parametrize(
    ("content", "msg"),
    [
        ("[boilerplate]\npatterns = ['(']\n", "does not compile"),
        ("[nonsense]\nx = 1\n", "unknown table"),
        ("[bylines]\nfoo = ['x']\n", "unknown key bylines.foo"),
        ("[months]\nsmarch = 13\n", "1-12"),
        ("not toml = = =", "not a valid UTF-8 TOML"),
    ],
)
def test_bad_layout_files(tmp_path, content: str, msg: str) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.toml"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(factkit.ConfigError, match=msg):
        factkit.load_layout(bad)


@pytest.mark.parametrize("seed", range(8))
def test_binary_junk_never_raises(seed: int) -> None:
    """Regression: random bytes read as Latin-1 once made a name of only a particle."""
    import random

    rng = random.Random(seed)
    text = bytes(rng.randrange(256) for _ in range(30_000)).decode("latin-1")
    art = factkit.extract(text)
    assert art.text == text
