"""Corpus runs (issue #9): one result per input, in order, in parallel, resumable."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factkit
from factkit.batch import Record, extract_many, extract_record
from factkit.cli import main
from factkit.extractors import Context

from .conftest import SEEDS

SEED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def corpus_file(tmp_path: Path, n: int = 12) -> Path:
    """A JSONL corpus of the seed articles with ids, dates and URLs, and a few bad lines."""
    lines = []
    for i in range(n):
        rec = {
            "doc": f"d{i:03}",
            "body": SEED_TEXTS[i % len(SEED_TEXTS)],
            "date": "2023-03-06",
            "link": f"https://example.org/{i}",
            "extra": {"ignored": True},
        }
        lines.append(json.dumps(rec))
    lines.insert(3, "{not json")
    lines.insert(7, json.dumps({"doc": "nobody", "title": "no body field"}))
    lines.insert(9, "")
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


FIELDS = ["--text-field", "body", "--id-field", "doc", "--published-field", "date"]
FIELDS += ["--url-field", "link"]


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_jsonl_input_gives_one_record_per_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = corpus_file(tmp_path)
    code, out, err = run_cli(capsys, "extract", str(path), *FIELDS)
    assert code == 1  # two records failed
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 14
    ids = [r["id"] if "error" in r else r["meta"]["id"] for r in records]
    assert ids[:5] == ["d000", "d001", "d002", f"{path}:4", "d003"]
    assert f"{path}:4" in ids
    assert "nobody" in ids
    bad = {r["id"]: r for r in records if "error" in r}
    assert bad[f"{path}:4"]["error"] == "FK105"
    assert bad["nobody"]["message"] == "no text field 'body'"
    good = [r for r in records if "error" not in r]
    assert good[0]["meta"]["url"] == "https://example.org/0"
    assert good[0]["meta"]["source"] == f"{path}:1"
    assert good[0]["published"] == "2023-03-06"
    assert err.rstrip().endswith(f"12 extracted, 2 failed: {path}:4, nobody")
    assert "\r" not in err  # no progress line when stderr is not a terminal


def test_two_workers_write_the_same_output_as_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = corpus_file(tmp_path, n=20)
    _, one, _ = run_cli(capsys, "extract", str(path), *FIELDS, "--workers", "1")
    _, two, _ = run_cli(capsys, "extract", str(path), *FIELDS, "--workers", "2")
    assert one == two
    assert len(one.splitlines()) == 22


def test_resume_completes_an_interrupted_run_without_duplicates(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = corpus_file(tmp_path)
    full = tmp_path / "full.jsonl"
    run_cli(capsys, "extract", str(path), *FIELDS, "-o", str(full))
    lines = full.read_text(encoding="utf-8").split("\n")
    part = tmp_path / "part.jsonl"  # five records, and half of the sixth: an interruption
    part.write_text("\n".join(lines[:5]) + "\n" + lines[5][: len(lines[5]) // 2], "utf-8")
    code, _, err = run_cli(capsys, "extract", str(path), *FIELDS, "-o", str(part), "--resume")
    assert code == 1
    assert "skipped (already in" in err
    assert part.read_text(encoding="utf-8") == full.read_text(encoding="utf-8")
    code, _, err = run_cli(capsys, "extract", str(path), *FIELDS, "-o", str(part), "--resume")
    assert code == 0  # nothing left to do, nothing failed this time
    assert "0 extracted, 0 failed, 14 skipped" in err
    assert part.read_text(encoding="utf-8") == full.read_text(encoding="utf-8")


def test_resume_needs_an_output_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run_cli(capsys, "extract", str(corpus_file(tmp_path)), "--resume")
    assert code == 2
    assert "--resume needs --output FILE" in err


def test_directory_globs(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.md").write_text("Talks resumed in Doha.", encoding="utf-8")
    (tmp_path / "two.txt").write_text("Talks resumed in Kabul.", encoding="utf-8")
    (tmp_path / "skip.csv").write_text("x", encoding="utf-8")
    code, out, _ = run_cli(capsys, "extract", str(tmp_path), "--glob", "*.md", "--glob", "*.txt")
    assert code == 0
    sources = [json.loads(line)["meta"]["source"] for line in out.splitlines()]
    assert sources == [str(tmp_path / "a" / "one.md"), str(tmp_path / "two.txt")]
    code, _, err = run_cli(capsys, "extract", str(tmp_path), "--glob", "*.pdf")
    assert code == 1
    assert "no *.pdf files in directory" in err


def test_jsonl_from_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = b'{"id": "x", "text": "Talks resumed in Doha."}\n\xff\xfe\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, out, _ = run_cli(capsys, "extract", "-", "--input-format", "jsonl")
    assert code == 1
    records = [json.loads(line) for line in out.splitlines()]
    assert records[0]["meta"]["id"] == "x"
    assert records[1]["id"] == "<stdin>:2"
    assert records[1]["error"] == "FK105"


def test_progress_line_on_a_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    _, _, err = run_cli(capsys, "extract", str(SEEDS), "-o", str(tmp_path / "o.jsonl"))
    assert "\rfactkit: " in err
    assert " done, 0 failed, " in err
    _, _, err = run_cli(capsys, "extract", str(SEEDS), "-o", str(tmp_path / "o.jsonl"), "-q")
    assert err == ""


def test_extract_many_keeps_order_and_loses_nothing() -> None:
    items: list[object] = [
        SEED_TEXTS[0],
        b"caf\xe9",
        {"id": "m", "text": SEED_TEXTS[1], "published": "2023-02-30"},
        Record(id="r", text=SEED_TEXTS[2], url="https://example.org/r"),
        "",
        42,
    ]
    results = list(extract_many(items))  # type: ignore[arg-type]
    assert [r.id for r in results] == ["0", "1", "m", "r", "4", "5"]
    assert [r.ok for r in results] == [True, False, False, True, False, False]
    assert [r.failure.error for r in results if r.failure] == ["FK101", "FK102", "FK103", "FK101"]
    assert results[3].article is not None
    assert results[3].article.meta is not None
    assert results[3].article.meta.url == "https://example.org/r"
    parallel = list(extract_many(items, workers=2, chunk_size=1))  # type: ignore[arg-type]
    assert [r.to_dict() for r in parallel] == [r.to_dict() for r in results]


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(max_size=60),
            st.binary(max_size=20),
            st.sampled_from(SEED_TEXTS[:2]),
        ),
        max_size=8,
    )
)
def test_one_result_per_input_in_input_order(items: list[str | bytes]) -> None:
    results = list(extract_many(items))
    assert [r.id for r in results] == [str(i) for i in range(len(items))]
    for r in results:
        assert (r.article is None) != (r.failure is None)


def crash_in_worker(ctx: Context) -> list[factkit.CustomFact]:
    """A custom extractor that kills its process on one article (a segfault stands-in)."""
    if "CRASH" in ctx.text:
        os._exit(3)
    return []


def test_a_dying_worker_fails_its_records_and_the_run_goes_on() -> None:
    items = ["Talks resumed in Doha."] * 3 + ["CRASH now."] + ["Talks ended in Kabul."] * 6
    results = list(
        extract_many(items, workers=2, chunk_size=2, extractors=[("t.crash", crash_in_worker)])
    )
    assert len(results) == 10
    assert [r.id for r in results if not r.ok] == ["3"]  # the culprit only
    assert all(r.failure.message == "the worker process died" for r in results if r.failure)


def test_extract_many_rejects_bad_arguments() -> None:
    with pytest.raises(ValueError, match="workers"):
        list(extract_many(["x"], workers=0))
    with pytest.raises(factkit.ConfigError, match="no extractor named"):
        list(extract_many(["x"], extractors=["nope.v1"]))


def test_extract_record_is_json_ready_and_never_raises() -> None:
    out = extract_record({"id": 7, "text": SEED_TEXTS[3], "url": "u"})
    assert out["meta"]["id"] == "7"
    assert out["meta"]["url"] == "u"
    json.dumps(out)
    assert extract_record({"id": "x", "text": "   "})["error"] == "FK103"
    assert extract_record({"text": None})["error"] == "FK105"
    assert extract_record({"text": "x", "published": "soon"})["error"] == "FK102"


def test_resume_after_an_interruption_in_the_first_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = corpus_file(tmp_path, n=3)
    full = tmp_path / "full.jsonl"
    run_cli(capsys, "extract", str(path), *FIELDS, "-o", str(full))
    part = tmp_path / "part.jsonl"
    first = full.read_text(encoding="utf-8").split("\n")[0]
    part.write_text(first[: len(first) // 2], encoding="utf-8")  # cut inside the first line
    run_cli(capsys, "extract", str(path), *FIELDS, "-o", str(part), "--resume")
    assert part.read_text(encoding="utf-8") == full.read_text(encoding="utf-8")


def test_summary_names_the_first_ten_failures(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text("".join(f'{{"id": "b{i}"}}\n' for i in range(12)), encoding="utf-8")
    code, out, err = run_cli(capsys, "extract", str(path))
    assert code == 1
    assert len(out.splitlines()) == 12
    assert err.rstrip().endswith(
        "0 extracted, 12 failed: " + ", ".join(f"b{i}" for i in range(10)) + " and 2 more"
    )
