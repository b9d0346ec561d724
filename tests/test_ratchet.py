"""The ratchet: figures on the seed articles never fall below the recorded ones."""

from __future__ import annotations

import json

import pytest

from .ratchet import RECORD, measure


@pytest.fixture(scope="module")
def figures() -> dict[str, float]:
    return measure()


RECORDED = json.loads(RECORD.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(k for k, v in RECORDED.items() if v > 0))
def test_figure_does_not_fall(figures: dict[str, float], name: str) -> None:
    assert figures[name] >= RECORDED[name], (
        f"{name} fell to {figures[name]} from the recorded {RECORDED[name]}"
    )


def test_article_fields_are_all_right(figures: dict[str, float]) -> None:
    assert figures["article_fields"] == 1.0
