"""The installed package: version, data files and the typing marker."""

from __future__ import annotations

from importlib import metadata, resources

import factkit


def test_version_matches_metadata() -> None:
    assert factkit.__version__ == metadata.version("factkit")


def test_rule_data_and_marker_are_installed() -> None:
    root = resources.files("factkit")
    assert root.joinpath("py.typed").is_file()
    assert root.joinpath("rules", "en", "layout.toml").is_file()
    assert root.joinpath("rules", "en", "time.toml").is_file()
    pack = factkit.rules.builtin_pack()
    assert pack.info.name == "factkit-en"
    for section in ("gazetteer", "titles", "cues", "incident_triggers", "dialogue_words"):
        assert pack.entries(section), section


def test_console_script_is_declared() -> None:
    eps = metadata.entry_points(group="console_scripts")
    assert any(ep.name == "factkit" and ep.value == "factkit.cli:main" for ep in eps)


def test_public_names() -> None:
    for name in factkit.__all__:
        assert getattr(factkit, name) is not None
        if callable(getattr(factkit, name)) and not name.startswith("_"):
            assert getattr(factkit, name).__doc__, f"{name} has no docstring"
