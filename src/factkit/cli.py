"""The ``factkit`` command: a thin layer over the Python API.

    factkit extract PATH... [--format json|jsonl] [--published DATE] [--output FILE]
                            [--rules PACK]... [--no-installed-rules]
    factkit schema [--output FILE]
    factkit validate FILE...
    factkit rules list [--rules PACK]... [--no-installed-rules]
    factkit rules validate PACK...

Articles go to stdout (or ``--output``), messages to stderr. Exit status: 0 when every
input succeeded, 1 when any input failed (the others are still processed and the summary
names the failures), 2 for a usage error. ``main(argv)`` returns the status so tests can
call it directly.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from pydantic import ValidationError

from .errors import FactkitError, RuleValidationError
from .models import Article
from .pipeline import Pipeline, __version__, coerce_date
from .rules.loader import load_rules, read_pack
from .rules.patterns import probe_pattern
from .rules.schema import SECTIONS, PatternEntry

__all__ = ["main"]

PROG = "factkit"


def _err(msg: str) -> None:
    print(f"{PROG}: {msg}", file=sys.stderr)


def _date_arg(value: str) -> str:
    try:
        coerce_date(value, "--published")
    except FactkitError as exc:
        raise argparse.ArgumentTypeError(exc.message) from exc
    return value


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=PROG,
        description="Typed, verifiable facts from English news articles.",
        epilog="See docs/cli.md for examples.",
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    ex = sub.add_parser(
        "extract",
        help="extract articles from text files, directories or stdin",
        description=(
            "Read each PATH (a UTF-8 text file, a directory searched recursively for *.txt "
            "files, or - for stdin) and write one Article per input."
        ),
    )
    ex.add_argument("paths", nargs="+", metavar="PATH", help="file, directory or - (stdin)")
    ex.add_argument(
        "--format",
        choices=("json", "jsonl"),
        default=None,
        help="json: one indented document (an array for several inputs); "
        "jsonl: one article per line. Default: json for one input, jsonl for several.",
    )
    ex.add_argument(
        "--published",
        type=_date_arg,
        metavar="YYYY-MM-DD",
        help="publication date for every input (overrides a printed date; see docs)",
    )
    ex.add_argument("--output", "-o", metavar="FILE", help="write here instead of stdout")
    ex.add_argument("--quiet", "-q", action="store_true", help="no summary line on stderr")
    _rules_options(ex)

    sc = sub.add_parser(
        "schema",
        help="print the JSON Schema of the Article model",
        description="Print the JSON Schema (draft 2020-12) that extracted articles satisfy.",
    )
    sc.add_argument("--output", "-o", metavar="FILE", help="write here instead of stdout")

    va = sub.add_parser(
        "validate",
        help="check JSON or JSONL files against the Article model",
        description=(
            "Check each FILE (a JSON article, a JSON array of articles, or JSONL with one "
            "article per line) and report every error with its JSON path."
        ),
    )
    va.add_argument("files", nargs="+", metavar="FILE", help="JSON or JSONL file, or -")
    va.add_argument("--quiet", "-q", action="store_true", help="print errors only")

    ru = sub.add_parser(
        "rules",
        help="list the rule packs in force, or validate rule packs",
        description="Inspect and check rule packs (see docs/extending.md).",
    )
    rsub = ru.add_subparsers(dest="rules_command", metavar="SUBCOMMAND", help="list or validate")
    rsub.required = True
    rl = rsub.add_parser(
        "list",
        help="the packs in force, in layer order, with their entry counts",
        description="Print the packs in force (built-in, installed, then --rules), one a "
        "line, and the merged entry count of every section.",
    )
    _rules_options(rl)
    rv = rsub.add_parser(
        "validate",
        help="check rule packs: every entry, and every pattern for catastrophic slowness",
        description="Check each PACK (a directory with pack.toml, or the pack.toml): the "
        "manifest, every entry (errors name file, line and field), and every pattern, which "
        "must compile and finish quickly on inputs that trip backtracking.",
    )
    rv.add_argument("packs", nargs="+", metavar="PACK", help="pack directory or pack.toml")
    rv.add_argument("--quiet", "-q", action="store_true", help="print errors only")
    return p


def _rules_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--rules",
        action="append",
        default=[],
        metavar="PACK",
        help="a rule pack directory to layer over the built-in and installed packs "
        "(repeatable; later ones win)",
    )
    p.add_argument(
        "--no-installed-rules",
        action="store_true",
        help="ignore rule packs installed as Python distributions",
    )


def _pipeline(args: argparse.Namespace) -> Pipeline:
    """The pipeline of the --rules options (the cached default one without them)."""
    if not args.rules and not args.no_installed_rules:
        return Pipeline()
    return Pipeline(load_rules(*args.rules, installed=not args.no_installed_rules))


# ------------------------------------------------------------------ extract
def _inputs(paths: Sequence[str]) -> Iterator[tuple[str, bytes | OSError]]:
    """(name, bytes or the error reading them) for every input, in a stable order."""
    for raw in paths:
        if raw == "-":
            yield "<stdin>", sys.stdin.buffer.read()
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not files:
                yield raw, FileNotFoundError(f"no *.txt files in directory {raw}")
            for f in files:
                yield from _read(f)
        else:
            yield from _read(path)


def _read(path: Path) -> Iterator[tuple[str, bytes | OSError]]:
    try:
        yield str(path), path.read_bytes()
    except OSError as exc:
        yield str(path), exc


def _describe(exc: OSError) -> str:
    if exc.strerror:
        return exc.strerror.lower()
    return str(exc)


def _open_out(name: str | None) -> IO[str]:
    if name is None or name == "-":
        return sys.stdout
    return open(name, "w", encoding="utf-8")


def _cmd_extract(args: argparse.Namespace) -> int:
    try:
        pipe = _pipeline(args)
    except FactkitError as exc:
        _err(exc.message)
        return 2
    many = len(args.paths) > 1 or any(Path(p).is_dir() for p in args.paths if p != "-")
    fmt = args.format or ("jsonl" if many else "json")
    out = _open_out(args.output)
    ok, failed = 0, []
    docs: list[dict[str, Any]] = []
    try:
        for name, data in _inputs(args.paths):
            if isinstance(data, OSError):
                failed.append(name)
                _err(f"{name}: cannot read: {_describe(data)}")
                continue
            try:
                art = pipe.extract_bytes(data, published=args.published)
            except FactkitError as exc:
                failed.append(name)
                _err(f"{name}: {exc.message}")
                continue
            if not art.text.strip():
                failed.append(name)
                _err(f"{name}: empty text")
                continue
            meta = art.meta.model_copy(update={"source": name}) if art.meta else None
            doc = art.model_copy(update={"meta": meta}).model_dump(mode="json")
            ok += 1
            if fmt == "jsonl":
                out.write(json.dumps(doc, ensure_ascii=False) + "\n")
            else:
                docs.append(doc)
        if fmt == "json" and (docs or not failed):
            body: Any = docs if many else (docs[0] if docs else [])
            out.write(json.dumps(body, ensure_ascii=False, indent=2) + "\n")
        out.flush()
    finally:
        if out is not sys.stdout:
            out.close()
    if not args.quiet and (many or failed):
        summary = f"{ok} extracted, {len(failed)} failed"
        if failed:
            summary += ": " + ", ".join(failed)
        _err(summary)
    return 1 if failed else 0


# ------------------------------------------------------------------ schema
def _cmd_schema(args: argparse.Namespace) -> int:
    schema = Article.model_json_schema()
    out = _open_out(args.output)
    try:
        out.write(json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


# ------------------------------------------------------------------ validate
def _json_path(loc: tuple[int | str, ...]) -> str:
    out = "$"
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def _documents(name: str, raw: str) -> Iterator[tuple[str, Any]]:
    """(where, parsed JSON) for a JSON document or each line of a JSONL file."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        data = None
    else:
        if isinstance(data, list):
            for i, item in enumerate(data):
                yield f"{name}[{i}]", item
        else:
            yield name, data
        return
    for lineno, line in enumerate(raw.split("\n"), 1):  # JSONL: "\n" only, not U+2028
        if not line.strip():
            continue
        try:
            yield f"{name}:{lineno}", json.loads(line)
        except json.JSONDecodeError as exc:
            yield f"{name}:{lineno}", exc


def _cmd_validate(args: argparse.Namespace) -> int:
    bad = 0
    n = 0
    for name in args.files:
        try:
            raw = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = _describe(exc) if isinstance(exc, OSError) else f"not UTF-8 ({exc.reason})"
            _err(f"{name}: cannot read: {reason}")
            bad += 1
            continue
        for where, doc in _documents(name, raw):
            n += 1
            if isinstance(doc, json.JSONDecodeError):
                _err(f"{where}: not JSON: {doc.msg} at column {doc.colno}")
                bad += 1
                continue
            try:
                Article.model_validate(doc)
            except ValidationError as exc:
                bad += 1
                for e in exc.errors():
                    print(f"{where}: {_json_path(e['loc'])}: {e['msg']}", file=sys.stderr)
                continue
            if not args.quiet:
                print(f"{where}: ok")
    if n == 0 and bad == 0:
        _err("no documents found")
        return 1
    return 1 if bad else 0


# ------------------------------------------------------------------ rules
def _cmd_rules(args: argparse.Namespace) -> int:
    if args.rules_command == "list":
        try:
            rules = load_rules(*args.rules, installed=not args.no_installed_rules)
        except FactkitError as exc:
            _err(exc.message)
            return 1
        for info, origin in rules.packs:
            print(f"{info.name}\t{info.version}\t{origin}")
        for section in SECTIONS:
            print(f"  {section}: {len(rules.entries(section))} entries")
        return 0
    bad = 0
    for path in args.packs:
        try:
            pack = read_pack(path)
        except RuleValidationError as exc:
            bad += 1
            for line in exc.errors:
                print(line, file=sys.stderr)
            continue
        except FactkitError as exc:
            bad += 1
            _err(exc.message)
            continue
        slow = [
            f"{where}: pattern: {why}"
            for where, item in pack.sections.get("patterns", ())
            if isinstance(item, PatternEntry) and (why := probe_pattern(item)) is not None
        ]
        for line in slow:
            print(line, file=sys.stderr)
        bad += bool(slow)
        if not slow and not args.quiet:
            n = sum(len(v) for v in pack.sections.values())
            print(f"{path}: ok ({pack.info.name} {pack.info.version}, {n} entries)")
    return 1 if bad else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI with ``argv`` (default: ``sys.argv[1:]``) and return the exit status."""
    args = _parser().parse_args(argv)
    commands = {
        "extract": _cmd_extract,
        "schema": _cmd_schema,
        "validate": _cmd_validate,
        "rules": _cmd_rules,
    }
    try:
        return commands[args.command](args)
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except OSError as exc:
        _err(f"cannot write output: {_describe(exc)}")
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
