"""The documentation's examples run, and every CLI command is documented."""

from __future__ import annotations

import argparse
import doctest
import importlib
import json
import pkgutil
from pathlib import Path

import pytest

import factkit
from factkit.cli import _parser
from factkit.models import Article, Failure

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    "doc", ["README.md", "docs/guide.md", "docs/extending.md", "docs/corpus.md"]
)
def test_doc_examples_run(doc: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = doctest.testfile(
        str(ROOT / doc), module_relative=False, optionflags=doctest.ELLIPSIS, verbose=False
    )
    assert result.attempted > 0
    assert result.failed == 0


@pytest.mark.parametrize(
    "module", sorted(m.name for m in pkgutil.walk_packages(factkit.__path__, "factkit."))
)
def test_module_doctests(module: str) -> None:
    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0


def test_every_command_is_documented_and_has_help() -> None:
    cli_doc = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    sub = next(a for a in _parser()._actions if a.dest == "command")
    commands = list(sub.choices.items())  # type: ignore[union-attr]
    while commands:
        name, parser = commands.pop()
        assert f"## `factkit {name}`" in cli_doc or f"### `factkit {name}`" in cli_doc, name
        assert parser.description
        for action in parser._actions:
            assert action.help, f"{name}: {action.dest} has no help"
            for opt in action.option_strings:
                if opt.startswith("--") and opt != "--help":
                    assert opt in cli_doc, f"{name} {opt} is not in docs/cli.md"
            if isinstance(action, argparse._SubParsersAction):
                commands.extend((f"{name} {n}", p) for n, p in action.choices.items())


def test_schema_file_is_current() -> None:
    """docs/schema/article.json is what `factkit schema` prints (regenerate it if not)."""
    on_disk = json.loads((ROOT / "docs" / "schema" / "article.json").read_text("utf-8"))
    assert on_disk == Article.model_json_schema()
    on_disk = json.loads((ROOT / "docs" / "schema" / "failure.json").read_text("utf-8"))
    assert on_disk == Failure.model_json_schema()


def test_readme_quick_start_is_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Quick start", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    assert block.strip().splitlines() == [
        "pip install . && factkit extract seeds/",
        "pip install '.[test]' && pytest",
    ]
