"""Corpus runs: throughput with 1 and 2 workers, and peak memory as the input grows.

    python benchmarks/corpus.py [--mb 4] [--memory-mb 20 200] [--workers 2]

1. Throughput: the seed articles repeated to ``--mb`` MB as a JSONL file, run through
   ``factkit extract FILE --workers N -o /dev/null`` with 1 and with ``--workers``
   workers: articles/s and MB/s.
2. Memory: the same command on JSONL files of each ``--memory-mb`` size (default 20 and
   200 MB), polling the resident memory of the whole process tree (the command and its
   workers) every 50 ms: the peak sum and the peak of any one process. Target (issue
   #9): the peak at 200 MB within 1.2x of the peak at 20 MB.

The command runs in a subprocess, as a user runs it. The 200 MB run takes minutes.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _timing import seed_texts

PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def write_corpus(path: Path, megabytes: float) -> tuple[int, int]:
    """A JSONL corpus of the seed articles repeated; its record count and size in bytes."""
    seeds = seed_texts()
    n = size = 0
    with path.open("w", encoding="utf-8") as f:
        while size < megabytes * 1_000_000:
            line = json.dumps({"id": f"a{n}", "text": seeds[n % len(seeds)]}) + "\n"
            f.write(line)
            size += len(line.encode("utf-8"))
            n += 1
    return n, size


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
        except OSError:
            continue
    return out


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * PAGE
    except OSError:
        return 0


def run(path: Path, workers: int) -> tuple[float, int, int]:
    """Seconds, peak RSS of the process tree, peak RSS of one process."""
    cmd = [sys.executable, "-m", "factkit", "extract", str(path), "--workers", str(workers)]
    cmd += ["-o", os.devnull, "-q"]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd)
    peak_sum = peak_one = 0
    while proc.poll() is None:
        sizes = [_rss(p) for p in _tree(proc.pid)]
        peak_sum = max(peak_sum, sum(sizes))
        peak_one = max(peak_one, max(sizes, default=0))
        time.sleep(0.05)
    secs = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        raise SystemExit(f"factkit extract failed with status {proc.returncode}")
    return secs, peak_sum, peak_one


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=4.0)
    ap.add_argument("--memory-mb", type=float, nargs="*", default=[20.0, 200.0])
    ap.add_argument("--workers", type=int, default=2)
    a = ap.parse_args()
    if not Path("/proc/self/statm").exists():
        print("needs Linux /proc to measure memory", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        n, size = write_corpus(corpus, a.mb)
        print(f"throughput on {n:,} articles, {size / 1e6:.1f} MB:")
        for w in sorted({1, a.workers}):
            secs, peak, _ = run(corpus, w)
            print(
                f"  {w} worker(s): {n / secs:6.1f} articles/s, {size / secs / 1e6:.3f} MB/s, "
                f"peak RSS {peak / 1e6:.0f} MB"
            )
        peaks = []
        for mb in a.memory_mb:
            path = Path(tmp) / f"m{mb:g}.jsonl"
            n, size = write_corpus(path, mb)
            secs, peak, one = run(path, a.workers)
            peaks.append(peak)
            print(
                f"memory at {size / 1e6:6.1f} MB ({n:,} articles, {a.workers} workers): peak "
                f"RSS {peak / 1e6:.0f} MB in all, {one / 1e6:.0f} MB in one process "
                f"({secs:.0f} s)"
            )
            path.unlink()
        if len(peaks) >= 2:
            ratio = peaks[-1] / peaks[0]
            verdict = "ok" if ratio <= 1.2 else "GROWS"
            print(f"peak ratio largest/smallest: {ratio:.2f} ({verdict}: target <= 1.2)")
            return 0 if ratio <= 1.2 else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
