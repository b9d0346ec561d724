"""Throughput and linearity of ``factkit.extract`` on the seed articles.

    python benchmarks/throughput.py [--mb 5] [--repeat 3]

1. Throughput: the seed articles repeated until they reach ``--mb`` megabytes of text,
   extracted one by one: articles/s and MB/s (median of ``--repeat`` runs).
2. Linearity: all seeds joined into one article, extracted at 1x, 8x and 64x its size:
   microseconds per character at each size and the ratio between sizes, which should stay
   <= 1.5 (a quadratic step would show as ratios near 8).
"""

from __future__ import annotations

import argparse
import sys

from _timing import median_seconds, seed_corpus, seed_texts

import factkit


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()

    seeds = seed_texts()
    corpus, size = seed_corpus(a.mb * 1_000_000, lambda t: len(t.encode("utf-8")))
    factkit.extract(seeds[0])  # load lexicons and compile patterns outside the timing

    secs = median_seconds(lambda: [factkit.extract(t) for t in corpus], a.repeat)
    print(f"throughput: {len(corpus)} articles, {size / 1e6:.2f} MB in {secs:.2f} s")
    print(f"  {len(corpus) / secs:,.0f} articles/s, {size / 1e6 / secs:.2f} MB/s")

    one = "\n\n".join(seeds)
    per_char = {}
    for k in (1, 8, 64):
        text = "\n\n".join([one] * k)
        s = median_seconds(lambda text=text: factkit.extract(text), a.repeat)
        per_char[k] = s / len(text) * 1e6
        print(f"linearity: {k:>2}x ({len(text):>9,} chars): {per_char[k]:.3f} us/char")
    r8, r64 = per_char[8] / per_char[1], per_char[64] / per_char[8]
    ok = r8 <= 1.5 and r64 <= 1.5
    print(f"  ratio 8x/1x {r8:.2f}, 64x/8x {r64:.2f}: {'ok' if ok else 'NOT LINEAR'} (<= 1.5)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
