"""A small comparison of factkit's output with the seed gold, for the ratchet test.

    python tests/ratchet.py            # print the figures
    python tests/ratchet.py --update   # raise the record in tests/ratchet.json

Matching follows ``eval/FORMAT.md``: a statement matches when its content span overlaps
the gold content by at least half of the shorter one, and counts for attribution when its
speaker's name shares the gold name's last token; incidents and dialogues match when one
of their spans overlaps the gold evidence, and their fields (kind, place, date, perpetrator,
counts; parties, days, place, heads) are checked as ``score.py`` reads them; article fields
compare exactly. The record may
only go up: ``--update`` refuses to lower a figure.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
RECORD = HERE / "ratchet.json"
SEEDS = HERE.parent / "seeds"


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).lower()
    return " ".join("".join(c if c.isalnum() else " " for c in s).split())


def _name_ok(pred: Any, gold: Any) -> bool:
    name = pred.get("name") if isinstance(pred, dict) else pred
    golds = gold if isinstance(gold, list) else [gold]
    if gold is None:
        return name is None
    if not name:
        return False
    p = _norm(name).split()
    return any(p and _norm(g).split() and p[-1] == _norm(g).split()[-1] for g in golds)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter / max(1, min(a[1] - a[0], b[1] - b[0])) if inter > 0 else 0.0


def _locate(text: str, sub: str, occurrence: int = 1) -> tuple[int, int]:
    pos = -1
    for _ in range(occurrence):
        pos = text.find(sub, pos + 1)
    return pos, pos + len(sub)


def _spans(item: dict[str, Any]) -> list[tuple[int, int]]:
    out = [(item["span"]["start"], item["span"]["end"])]
    out += [(s["start"], s["end"]) for s in item.get("evidence", [])]
    return out


def _place_ok(pred: Any, gold: Any) -> bool:
    name = _norm(pred.get("name") or "") if isinstance(pred, dict) else ""
    golds = [_norm(g) for g in (gold if isinstance(gold, list) else [gold])]
    return bool(name) and any(
        g and (f" {g} " in f" {name} " or f" {name} " in f" {g} ") for g in golds
    )


def _count_ok(pred: Any, gold: Any) -> bool:
    if not isinstance(pred, dict):
        return False
    if isinstance(gold, int):
        return pred.get("value") == gold or (pred.get("value") is None and pred.get("min") == gold)
    return _norm(str(gold)) in _norm(str(pred.get("text") or ""))


def _fields(kind: str, pred: dict[str, Any], gold: dict[str, Any]) -> list[bool]:
    """One verdict per field the gold fills: the same fields ``score.py`` reads."""
    out: list[bool] = []
    checks: dict[str, Callable[[Any], bool]]
    if kind == "incidents":
        checks = {
            "kind": lambda v: str(pred.get("kind", "")).replace("_", " ") == v,
            "aggregate": lambda v: bool(pred.get("aggregate")) == v,
            "location": lambda v: _place_ok(pred.get("location"), v),
            "date": lambda v: (pred.get("date") or {}).get("value", "")[:10] == v,
            "perpetrator": lambda v: _name_ok(pred.get("perpetrator"), v),
            "killed": lambda v: _count_ok(pred.get("killed"), v),
            "injured": lambda v: _count_ok(pred.get("injured"), v),
        }
    else:
        leaders = [d["leader"] for d in pred.get("delegations", [])]
        parties = pred.get("parties") or []
        checks = {
            "parties": lambda v: (
                len(v) == len(parties)
                and all(any(_name_ok(x, g) or _place_ok(x, g) for x in parties) for g in v)
            ),
            "start": lambda v: pred.get("start") == v,
            "end": lambda v: pred.get("end") == v,
            "location": lambda v: _place_ok(pred.get("location"), v),
            "leaders": lambda v: all(any(_name_ok(x, g) for x in leaders) for g in v),
        }
    for name, check in checks.items():
        if gold.get(name) not in (None, []):
            out.append(bool(check(gold[name])))
    return out


def _f1(tp: int, fp: int, fn: int) -> float:
    return round(2 * tp / (2 * tp + fp + fn), 3) if tp else 0.0


def measure() -> dict[str, float]:
    """Figures over every seed with gold: article field accuracy and fact F1s."""
    import factkit

    art_ok = art_n = 0
    tallies = {k: [0, 0, 0] for k in ("statements", "attribution", "incidents", "dialogues")}
    fields = {k: [0, 0] for k in ("incidents", "dialogues")}
    for gold_path in sorted(HERE.glob("gold/*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (SEEDS / f"{gold_path.stem}.txt").read_text(encoding="utf-8")
        hint = gold["reference_date"] if gold.get("published") is None else None
        out = factkit.extract(text, published=hint).model_dump(mode="json")
        ga = gold["article"]
        checks = [
            (out["title"] or None) == ga["title"],
            out["published"] == (gold.get("published") or hint),
            sorted(_norm(a["name"]) for a in out["authors"])
            == sorted(_norm(a) for a in ga["authors"]),
            _norm(out["dateline"] or "") == _norm(ga["dateline"] or ""),
        ]
        art_ok += sum(checks)
        art_n += len(checks)
        for kind in ("statements", "incidents", "dialogues"):
            key = "content" if kind == "statements" else "evidence"
            golds = list(gold.get(kind, []))
            preds = list(out[kind])
            used: set[int] = set()
            for g in golds:
                gs = _locate(text, g[key], g.get("occurrence", 1))
                best, best_j = 0.0, -1
                for j, p in enumerate(preds):
                    if j in used:
                        continue
                    ov = max(_overlap(gs, s) for s in _spans(p))
                    if ov > best:
                        best, best_j = ov, j
                need = 0.5 if kind == "statements" else 1e-9
                if best >= need:
                    used.add(best_j)
                    if g.get("optional"):
                        continue
                    tallies[kind][0] += 1
                    if kind != "statements":
                        verdicts = _fields(kind, preds[best_j], g)
                        fields[kind][0] += sum(verdicts)
                        fields[kind][1] += len(verdicts)
                    if kind == "statements":
                        good = _name_ok(preds[best_j].get("speaker"), g.get("speaker"))
                        tallies["attribution"][0 if good else 1] += 1
                        tallies["attribution"][2] += 0 if good else 1
                elif not g.get("optional"):
                    tallies[kind][2] += 1
                    if kind == "statements":
                        tallies["attribution"][2] += 1
            tallies[kind][1] += len(preds) - len(used)
            if kind == "statements":
                tallies["attribution"][1] += len(preds) - len(used)
    figures = {"article_fields": round(art_ok / art_n, 3)}
    for k, (tp, fp, fn) in tallies.items():
        figures[f"{k}_f1"] = _f1(tp, fp, fn)
    for k, (ok, n) in fields.items():
        figures[f"{k}_fields"] = round(ok / n, 3) if n else 0.0
    return figures


def main(argv: list[str]) -> int:
    figures = measure()
    record = json.loads(RECORD.read_text(encoding="utf-8")) if RECORD.exists() else {}
    for k, v in figures.items():
        print(f"{k:24} {v:6.3f}   record {record.get(k, 0.0):6.3f}")
    if "--update" in argv:
        lower = [k for k, v in figures.items() if v < record.get(k, 0.0)]
        if lower:
            print(f"refusing to lower the record for {lower}", file=sys.stderr)
            return 1
        RECORD.write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent / "src"))
    sys.exit(main(sys.argv[1:]))
