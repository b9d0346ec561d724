"""Hostile inputs must neither raise nor cost more per character than real articles.

    python benchmarks/hostile.py [--size 1000000] [--repeat 3]

Times ``factkit.extract`` on adversarial texts of about ``--size`` characters (thousands
of unbalanced quotes, a 1 MB line, binary junk, 100k nested brackets, a run of capitals,
a wall of periods, endless "Read" lines) and prints microseconds per character next to
the real seed articles repeated to the same size.

Flagged: any exception; per-character time that grows with size (the input at full size
more than 1.5x slower per character than at 1/8 of it); and per-character time more
than 15x that of real articles. The work is per line, so inputs made of very short
lines cost more per character than articles (whose lines are ~250 characters) by about
the ratio of their line lengths; that is a constant factor, not a slow-down.
"""

from __future__ import annotations

import argparse
import random
import sys

from _timing import median_seconds, seed_texts

import factkit


def hostile_inputs(size: int) -> dict[str, str]:
    rng = random.Random(7)
    junk = bytes(rng.randrange(256) for _ in range(size)).decode("latin-1")
    words = ["said", "“", "”", '"', "'", "Mr.", "U.S.", "ISLAMABAD:", "By", "Read"]
    return {
        "unbalanced quotes": ('"' * 3 + "He said “yes " + "‘") * (size // 17),
        "one 1 MB line": ("word " * (size // 5)).rstrip(),
        "binary junk": junk,
        "nested brackets": "(" * (size // 2) + ")" * (size // 2),
        "run of capitals": "A" * size,
        "capital words": ("ISLAMABAD PAKISTAN " * (size // 19)),
        "wall of periods": ". " * (size // 2),
        "many short lines": ("Read More US talks\n" * (size // 19)),
        "quote soup": " ".join(rng.choice(words) for _ in range(size // 5)),
        "dates everywhere": ("News Desk February 16, 2023\n" * (size // 28)),
        # a transcript of ever new speaker labels, each line a turn
        "transcript labels": "".join(
            f"SPEAKER{'ABCDEFGHIJ'[i % 10]}{i // 10}: Well, look, we said so.\n\n"
            for i in range(size // 40)
        ),
        "one endless sentence of facts": (
            "Pakistan and India held talks and discussed trade, security and water, agreed to "
            "meet again, said officials, after a blast killed 5 people in Kabul on Monday and "
        )
        * (size // 160),
        # one paragraph of reports whose subjects are pronouns, each resolved looking back
        "pronoun reports in one paragraph": (
            "Pakistan said the talks went well. It says the deal is good, he added. "
        )
        * (size // 72),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()

    one = "\n\n".join(seed_texts())
    articles = "\n\n".join([one] * max(1, a.size // len(one)))
    factkit.extract(one)
    base = median_seconds(lambda: factkit.extract(articles), a.repeat) / len(articles) * 1e6
    print(f"{'real articles':20} {len(articles):>10,} chars  {base:7.3f} us/char")
    bad = 0
    small = hostile_inputs(a.size // 8)
    for name, text in hostile_inputs(a.size).items():
        try:
            secs = median_seconds(lambda text=text: factkit.extract(text), a.repeat)
            secs_small = median_seconds(lambda t=small[name]: factkit.extract(t), a.repeat)
        except Exception as exc:  # any exception is the finding
            print(f"{name:20} RAISED {type(exc).__name__}: {exc}")
            bad += 1
            continue
        per = secs / max(1, len(text)) * 1e6
        growth = per / (secs_small / max(1, len(small[name])) * 1e6)
        flag = "" if growth <= 1.5 and per <= 15 * base else "  <-- FLAGGED"
        bad += bool(flag)
        print(
            f"{name:20} {len(text):>10,} chars  {per:7.3f} us/char  {per / base:5.2f}x articles"
            f"  growth 8x: {growth:4.2f}{flag}"
        )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
