"""The ``factkit`` command: outputs, exit codes and error messages."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from factkit.cli import main

from .conftest import SEEDS


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_extract_directory_writes_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "extract", str(SEEDS))
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == len(list(SEEDS.glob("*.txt")))
    docs = [json.loads(line) for line in lines]
    assert docs[0]["title"] == "Threats to Pakistan could well be threats to US, says Washington"
    assert docs[0]["meta"]["source"].endswith("000_3809a4414ea0acda.txt")
    assert err == "factkit: 5 extracted, 0 failed\n"


def test_extract_one_file_writes_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "extract", str(SEEDS / "004_279f66e4f6cd3912.txt"))
    assert code == 0
    assert err == ""
    doc = json.loads(out)
    assert doc["authors"][0]["name"] == "Kamran Yousaf"
    assert doc["published"] == "2023-03-06"


def test_extract_many_as_json_is_an_array(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "extract", "--format", "json", "-q", str(SEEDS))
    assert code == 0
    assert len(json.loads(out)) == 5


def test_extract_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    data = b"Talks resume in Doha\n\nDOHA: The talks resumed."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, out, _ = run(capsys, "extract", "-", "--published", "2024-01-02")
    assert code == 0
    doc = json.loads(out)
    assert doc["dateline"] == "DOHA"
    assert doc["published"] == "2024-01-02"
    assert doc["meta"]["source"] == "<stdin>"


def test_one_bad_file_does_not_stop_the_others(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Title\n\ncaf\xe9")
    empty = tmp_path / "empty.txt"
    empty.write_text(" \n", encoding="utf-8")
    good = SEEDS / "000_3809a4414ea0acda.txt"
    code, out, err = run(
        capsys, "extract", str(bad), str(empty), str(tmp_path / "missing.txt"), str(good)
    )
    assert code == 1
    records = [json.loads(line) for line in out.splitlines()]  # one output record per input
    assert [r.get("error") for r in records] == ["FK101", "FK103", "FK104", None]
    assert records[2] == {
        "id": str(tmp_path / "missing.txt"),
        "error": "FK104",
        "message": "cannot read: no such file or directory",
        "source": str(tmp_path / "missing.txt"),
    }
    assert records[3]["meta"]["id"] == str(good)
    assert "bad.txt: not UTF-8: byte 0xe9 at offset 10 (line 3, column 4)" in err
    assert "empty.txt: empty text" in err
    assert "missing.txt: cannot read: no such file or directory" in err
    assert err.rstrip().endswith(
        f"1 extracted, 3 failed: {bad}, {empty}, {tmp_path / 'missing.txt'}"
    )
    assert "Traceback" not in err


def test_empty_directory(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "extract", str(tmp_path))
    assert code == 1
    assert "no *.txt files" in err


def test_invalid_published_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["extract", "--published", "16/02/2023", str(SEEDS)])
    assert exc.value.code == 2
    assert "--published must be a date in YYYY-MM-DD form" in capsys.readouterr().err


def test_output_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    code, out, _ = run(capsys, "extract", "-q", "-o", str(target), str(SEEDS))
    assert code == 0
    assert out == ""
    assert len(target.read_text(encoding="utf-8").splitlines()) == 5


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    assert code == 0
    schema = json.loads(out)
    assert schema["title"] == "Article"
    assert "statements" in schema["properties"]


def test_validate_round_trip(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    assert main(["extract", "-q", "-o", str(target), str(SEEDS)]) == 0
    code, out, _ = run(capsys, "validate", str(target))
    assert code == 0
    assert out.count(": ok") == 5


def test_validate_reports_every_error_with_its_path(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    doc = {"text": "abc", "published": "2023-02-30", "statements": [{"id": "s", "kind": "x"}]}
    f = tmp_path / "bad.json"
    f.write_text(json.dumps(doc), encoding="utf-8")
    code, _, err = run(capsys, "validate", str(f))
    assert code == 1
    assert f"{f}: $.published:" in err
    assert f"{f}: $.statements[0].kind:" in err
    assert f"{f}: $.statements[0].span: Field required" in err


def test_validate_not_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    f = tmp_path / "bad.jsonl"
    f.write_text('{"text": "a"}\n{oops\n', encoding="utf-8")
    code, out, err = run(capsys, "validate", str(f))
    assert code == 1
    assert f"{f}:1: ok" in out
    assert f"{f}:2: not JSON" in err


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main([])
    assert exc.value.code == 2


def test_python_dash_m_and_broken_pipe() -> None:
    """``python -m factkit`` works, and a closed pipe ends quietly."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "factkit", "extract", str(SEEDS)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    assert proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert json.loads(first)["title"]
    assert "Traceback" not in err


def test_jsonl_with_unicode_line_separators_validates(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """U+2028 and U+0085 are written raw in JSONL; only "\\n" ends a record."""
    for i, sep in enumerate(("\u2028", "\x85")):
        (tmp_path / f"{i}.txt").write_text(f"Talks resumed.{sep}He said so.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(tmp_path), "-o", str(out), "--quiet"]) == 0
    assert len(out.read_text(encoding="utf-8").split("\n")) == 3
    assert main(["validate", str(out)]) == 0
    assert capsys.readouterr().out.count(": ok") == 2
