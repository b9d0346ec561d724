"""Throughput of ``factkit.find_dates`` next to ``dateparser.search_dates`` on the same text.

    python benchmarks/dates.py [--mb 5] [--dateparser-mb 5]

The seed articles are repeated to ``--mb`` megabytes and tagged article by article with
the article's publication date as reference. dateparser's ``search_dates``
(``languages=["en"]``, ``RELATIVE_BASE`` fixed) runs on the first ``--dateparser-mb``
megabytes of the same articles (it is slow: about 70,000 chars/s on this kind of
machine, so 5 MB takes over a minute; 0 skips it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time

from _timing import seed_corpus

import factkit


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--dateparser-mb", type=float, default=5.0)
    a = ap.parse_args()

    corpus, size = seed_corpus(a.mb * 1_000_000)
    ref = dt.date(2023, 3, 6)
    factkit.find_dates("on Monday", reference=ref)  # compile patterns outside the timing

    t0 = time.perf_counter()
    found = sum(len(factkit.find_dates(t, reference=ref)) for t in corpus)
    secs = time.perf_counter() - t0
    print(f"factkit.find_dates:      {size / 1e6:.2f} MB, {len(corpus)} articles in {secs:.2f} s")
    print(
        f"  {size / secs:,.0f} chars/s, {len(corpus) / secs:,.0f} articles/s, {found} expressions"
    )

    if a.dateparser_mb > 0:
        from dateparser.search import search_dates

        part: list[str] = []
        psize = 0
        for t in corpus:
            if psize >= a.dateparser_mb * 1_000_000:
                break
            part.append(t)
            psize += len(t)
        settings = {"RELATIVE_BASE": dt.datetime(2023, 3, 6)}
        search_dates("on Monday", languages=["en"], settings=settings)
        t0 = time.perf_counter()
        hits = sum(len(search_dates(t, languages=["en"], settings=settings) or []) for t in part)
        dsecs = time.perf_counter() - t0
        print(
            f"dateparser.search_dates: {psize / 1e6:.2f} MB, {len(part)} articles in {dsecs:.2f} s"
        )
        print(f"  {psize / dsecs:,.0f} chars/s, {len(part) / dsecs:,.0f} articles/s, {hits} hits")
        print(f"  factkit is {(size / secs) / (psize / dsecs):.1f}x faster per character")
    return 0


if __name__ == "__main__":
    sys.exit(main())
