"""Cost of a large user gazetteer: extraction with 10,000 extra entries loaded.

    python benchmarks/rules.py [--entries 10000] [--mb 2] [--repeat 3]

Builds ``--entries`` synthetic gazetteer entries (armed groups, organisations, cities and
people with one to three capitalised words, acronym aliases and a lower-case tail on a
tenth of them, from a fixed random seed, so the run is repeatable), loads them as an
inline layer over the built-in pack, and times the seed articles repeated to ``--mb`` MB
with the built-in pack alone and with the extra entries. The target (issue #8): within
1.5x. Also prints how long loading the rules takes.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from typing import Any

from _timing import median_seconds, seed_corpus

import factkit

SYLLABLES = ("ka", "lo", "ram", "zen", "tu", "bar", "mi", "sho", "dar", "vel", "qin", "ora")
KINDS = ("armed_group", "organization", "city", "person", "site")


def synthetic_entries(n: int, seed: int = 8) -> list[dict[str, Any]]:
    """``n`` gazetteer entries with made-up names that read like names."""
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        words = [
            "".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(2, 3))).capitalize()
            for _ in range(rnd.randint(1, 3))
        ]
        if rnd.random() < 0.1:
            words.append(rnd.choice(("network", "group", "front", "brigade")))
        name = " ".join(words)
        aliases = ["".join(w[0] for w in words).upper() + str(i)] if len(words) > 1 else []
        out.append(
            {"id": f"bench:{i}", "name": name, "kind": rnd.choice(KINDS), "aliases": aliases}
        )
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entries", type=int, default=10_000)
    ap.add_argument("--mb", type=float, default=2.0)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()

    corpus, size = seed_corpus(a.mb * 1_000_000, lambda t: len(t.encode("utf-8")))
    entries = synthetic_entries(a.entries)

    t0 = time.perf_counter()
    base_rules = factkit.load_rules(installed=False)
    t_base = time.perf_counter() - t0
    t0 = time.perf_counter()
    big_rules = factkit.load_rules(entries={"gazetteer": entries}, installed=False)
    t_big = time.perf_counter() - t0
    print(f"load rules: built-in {t_base:.2f} s; with {a.entries:,} entries {t_big:.2f} s")
    print(
        f"gazetteer entries: {len(base_rules.gazetteer.entries):,} -> "
        f"{len(big_rules.gazetteer.entries):,}"
    )

    figures = {}
    for label, rules in (("built-in", base_rules), (f"+{a.entries:,}", big_rules)):
        pipe = factkit.Pipeline(rules, extractors=())
        pipe.extract(corpus[0])  # compile outside the timing

        def run(pipe: factkit.Pipeline = pipe) -> None:
            for t in corpus:
                pipe.extract(t)

        secs = median_seconds(run, a.repeat)
        figures[label] = secs
        print(f"{label:>10}: {len(corpus) / secs:6.1f} articles/s, {size / secs / 1e6:.3f} MB/s")
    ratio = figures[f"+{a.entries:,}"] / figures["built-in"]
    verdict = "ok" if ratio <= 1.5 else "SLOW"
    print(f"time ratio with/without the extra entries: {ratio:.2f} ({verdict}: target <= 1.5)")
    return 0 if ratio <= 1.5 else 1


if __name__ == "__main__":
    sys.exit(main())
