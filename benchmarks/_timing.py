"""Shared timing helpers for the benchmark scripts (median of repeated runs)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def seed_corpus(target: float, size_of: Callable[[str], int] = len) -> tuple[list[str], int]:
    """The seed articles repeated until ``size_of`` them reaches ``target``; their size."""
    seeds = seed_texts()
    corpus: list[str] = []
    size = 0
    while size < target:
        for t in seeds:
            corpus.append(t)
            size += size_of(t)
    return corpus, size


def median_seconds(fn: Callable[[], object], repeat: int = 3) -> float:
    """Median wall time of ``repeat`` calls of ``fn``."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)
