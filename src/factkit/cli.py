"""The ``factkit`` command: a thin layer over the Python API.

    factkit extract PATH... [--format json|jsonl] [--published DATE] [--output FILE]
                            [--rules PACK]... [--no-installed-rules]
    factkit schema [--output FILE]
    factkit validate FILE...
    factkit merge FILE... [--output FILE]
    factkit render PATH [--output FILE] [--published DATE] [--rules PACK]...
    factkit rules list [--rules PACK]... [--no-installed-rules]
    factkit rules validate PACK...

Articles go to stdout (or ``--output``), messages to stderr. Exit status: 0 when every
input succeeded, 1 when any input failed (the others are still processed and the summary
names the failures), 2 for a usage error. ``main(argv)`` returns the status so tests can
call it directly.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from pydantic import BaseModel, ValidationError

from .batch import E_READ, Record, extract_json_lines, records_from_jsonl
from .errors import FactkitError, RuleValidationError
from .merge import Corpus, merge
from .models import Article, Failure
from .pipeline import Pipeline, __version__, coerce_date
from .render import render_html
from .rules.loader import load_rules, read_pack
from .rules.patterns import probe_pattern
from .rules.schema import SECTIONS, PackManifest, PatternEntry

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


_SCHEMAS: dict[str, type[BaseModel]] = {
    "article": Article,
    "failure": Failure,
    "corpus": Corpus,
    "pack": PackManifest,
    **{f"rules-{name.replace('_', '-')}": model for name, model in SECTIONS.items()},
}


def _workers_arg(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"--workers must be a whole number, got {value!r}"
        ) from None
    if n < 0:
        raise argparse.ArgumentTypeError("--workers must be 0 (one per CPU) or more")
    return n or (os.cpu_count() or 1)


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
    ex.add_argument(
        "paths", nargs="+", metavar="PATH", help="file, directory, JSONL file or - (stdin)"
    )
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
    ex.add_argument(
        "--quiet", "-q", action="store_true", help="no progress and no summary line on stderr"
    )
    ex.add_argument(
        "--glob",
        action="append",
        metavar="PATTERN",
        help="which files of a directory to read (repeatable; default: *.txt)",
    )
    ex.add_argument(
        "--input-format",
        choices=("auto", "text", "jsonl"),
        default="auto",
        help="auto: *.jsonl and *.ndjson files are JSONL, other files and stdin are text",
    )
    ex.add_argument(
        "--text-field", default="text", metavar="NAME", help="JSONL: the text (default: text)"
    )
    ex.add_argument(
        "--id-field",
        default="id",
        metavar="NAME",
        help="JSONL: the record id (default: id; FILE:LINE when absent)",
    )
    ex.add_argument(
        "--published-field",
        default="published",
        metavar="NAME",
        help="JSONL: the publication date, YYYY-MM-DD (default: published)",
    )
    ex.add_argument(
        "--url-field", default="url", metavar="NAME", help="JSONL: the URL (default: url)"
    )
    ex.add_argument(
        "--workers",
        type=_workers_arg,
        default=1,
        metavar="N",
        help="worker processes (default 1; 0 means one per CPU)",
    )
    ex.add_argument(
        "--resume",
        action="store_true",
        help="with --output: skip inputs whose id is already in the output, and append",
    )
    _rules_options(ex)

    sc = sub.add_parser(
        "schema",
        help="print the JSON Schema of the Article model",
        description="Print the JSON Schema (draft 2020-12) that extracted articles satisfy.",
    )
    sc.add_argument("--output", "-o", metavar="FILE", help="write here instead of stdout")
    sc.add_argument(
        "--model",
        choices=tuple(_SCHEMAS),
        default="article",
        help="article (default); failure: the output record of an input that failed; "
        "corpus: the output of `factkit merge`; pack: a rule pack's pack.toml; "
        "rules-SECTION: one entry of that section of a rule pack",
    )

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

    me = sub.add_parser(
        "merge",
        help="merge the facts of extracted articles across articles",
        description="Read articles (JSONL from `factkit extract`, or JSON) and print one "
        "merged corpus: each entity, statement, incident and dialogue once, with every "
        "article that reports it (see docs/corpus.md). Failure records are skipped.",
    )
    me.add_argument("files", nargs="+", metavar="FILE", help="JSONL or JSON articles, or -")
    me.add_argument("--output", "-o", metavar="FILE", help="write here instead of stdout")
    me.add_argument("--quiet", "-q", action="store_true", help="no summary line on stderr")

    rd = sub.add_parser(
        "render",
        help="an article as a self-contained HTML page with its facts highlighted",
        description="Extract PATH (a text file, or - for stdin; an article JSON from "
        "`factkit extract` is rendered as it is) and write an HTML page: the text with "
        "every fact highlighted and a side panel of the facts; click one to jump to it.",
    )
    rd.add_argument("path", metavar="PATH", help="text file, article .json, or - (stdin)")
    rd.add_argument("--output", "-o", metavar="FILE", help="write here instead of stdout")
    rd.add_argument(
        "--published",
        type=_date_arg,
        metavar="YYYY-MM-DD",
        help="the publication date (for a text input)",
    )
    _rules_options(rd)

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
def _describe(exc: OSError) -> str:
    if exc.strerror:
        return exc.strerror.lower()
    return str(exc)


def _open_out(name: str | None) -> IO[str]:
    if name is None or name == "-":
        return sys.stdout
    return open(name, "w", encoding="utf-8")


_JSONL_SUFFIXES = (".jsonl", ".ndjson")
_MAX_NAMED_FAILURES = 10


def _is_jsonl(path: Path, args: argparse.Namespace) -> bool:
    if args.input_format != "auto":
        return bool(args.input_format == "jsonl")
    return path.suffix.lower() in _JSONL_SUFFIXES


def _jsonl_lines(stream: IO[bytes], name: str) -> Iterator[str]:
    """Decoded lines of a JSONL stream; a line that is not UTF-8 becomes one that fails as
    "not JSON" with its own line number, so one bad line costs one record."""
    for raw in stream:
        yield raw.decode("utf-8", errors="replace").rstrip("\r\n")


def _file_records(path: Path, args: argparse.Namespace) -> Iterator[Record]:
    name = str(path)
    if _is_jsonl(path, args):
        try:
            f = path.open("rb")
        except OSError as exc:
            yield Record(id=name, source=name, error=f"cannot read: {_describe(exc)}", code=E_READ)
            return
        with f:
            yield from _jsonl_records(_jsonl_lines(f, name), name, args)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Record(id=name, source=name, error=f"cannot read: {_describe(exc)}", code=E_READ)
        return
    yield Record(id=name, text=data, source=name)


def _jsonl_records(lines: Iterable[str], name: str, args: argparse.Namespace) -> Iterator[Record]:
    return records_from_jsonl(
        lines,
        name,
        text_field=args.text_field,
        id_field=args.id_field,
        published_field=args.published_field,
        url_field=args.url_field,
    )


def _records(args: argparse.Namespace) -> Iterator[Record]:
    """Every input record, lazily, in a stable order."""
    globs = args.glob or ["*.txt"]
    for raw in args.paths:
        if raw == "-":
            if args.input_format == "jsonl":
                yield from _jsonl_records(
                    _jsonl_lines(sys.stdin.buffer, "<stdin>"), "<stdin>", args
                )
            else:
                yield Record(id="<stdin>", text=sys.stdin.buffer.read(), source="<stdin>")
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted({p for g in globs for p in path.rglob(g) if p.is_file()})
            if not files:
                pats = ", ".join(globs)
                yield Record(
                    id=raw,
                    source=raw,
                    error=f"cannot read: no {pats} files in directory {raw}",
                    code=E_READ,
                )
            for f in files:
                yield from _file_records(f, args)
        else:
            yield from _file_records(path, args)


def _with_published(records: Iterable[Record], published: str | None) -> Iterator[Record]:
    for rec in records:
        if published is not None and rec.published is None and rec.error is None:
            rec = dataclasses.replace(rec, published=published)
        yield rec


def _cut_partial_line(path: Path) -> None:
    """Remove a last line cut short by an interruption (no newline at the end)."""
    with path.open("rb+") as f:
        size = f.seek(0, os.SEEK_END)
        pos = size
        while pos > 0:
            step = min(65536, pos)
            f.seek(pos - step)
            block = f.read(step)
            nl = block.rfind(b"\n")
            if nl >= 0:
                pos = pos - step + nl + 1
                break
            pos -= step
        if pos < size:
            f.truncate(pos)


def _done_ids(path: Path) -> set[str]:
    """Ids already in an output file, read line by line (only the ids stay in memory)."""
    if not path.exists():
        return set()
    _cut_partial_line(path)
    ids: set[str] = set()
    with path.open("rb") as f:
        for line in f:
            try:
                doc = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(doc, dict):
                rid = doc.get("id") if "error" in doc else (doc.get("meta") or {}).get("id")
                if isinstance(rid, str):
                    ids.add(rid)
    return ids


class _Progress:
    """A one-line progress report on a terminal's stderr, redrawn at most 4 times a second."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.start = time.monotonic()
        self.last = 0.0

    def update(self, done: int, failed: int, force: bool = False) -> None:
        now = time.monotonic()
        if not self.enabled or (not force and now - self.last < 0.25):
            return
        self.last = now
        rate = done / max(now - self.start, 1e-9)
        sys.stderr.write(f"\r{PROG}: {done:,} done, {failed:,} failed, {rate:,.1f}/s ")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def _cmd_extract(args: argparse.Namespace) -> int:
    try:
        pipe = _pipeline(args)
    except FactkitError as exc:
        _err(exc.message)
        return 2
    if args.resume and (args.output is None or args.output == "-"):
        _err("--resume needs --output FILE (the output to resume)")
        return 2
    jsonl_input = args.input_format == "jsonl" or any(
        Path(p).suffix.lower() in _JSONL_SUFFIXES for p in args.paths if p != "-"
    )
    many = (
        len(args.paths) > 1 or jsonl_input or any(Path(p).is_dir() for p in args.paths if p != "-")
    )
    fmt = args.format or ("jsonl" if many else "json")
    if args.resume and fmt != "jsonl":
        _err("--resume works with --format jsonl")
        return 2
    skip = _done_ids(Path(args.output)) if args.resume else set()
    records: Iterator[Record] = _with_published(_records(args), args.published)
    skipped = 0
    if skip:

        def fresh(recs: Iterator[Record]) -> Iterator[Record]:
            nonlocal skipped
            for rec in recs:
                if rec.id in skip:
                    skipped += 1
                else:
                    yield rec

        records = fresh(records)
    out = (
        open(args.output, "a" if args.resume else "w", encoding="utf-8")  # noqa: SIM115
        if args.output not in (None, "-")
        else sys.stdout
    )
    progress = _Progress(sys.stderr.isatty() and not args.quiet)
    ok = n_failed = 0
    failed: list[str] = []  # the first few failed ids, for the summary
    docs: list[str] = []
    try:
        for rid, success, line in extract_json_lines(
            records, workers=args.workers, rules=pipe.rules
        ):
            if success:
                ok += 1
            else:
                n_failed += 1
                if len(failed) < _MAX_NAMED_FAILURES:
                    failed.append(rid)
                progress.close()
                _err(f"{rid}: {json.loads(line)['message']}")
            if fmt == "jsonl":
                out.write(line + "\n")
            else:
                docs.append(line)
            progress.update(ok + n_failed, n_failed)
        if fmt == "json":
            body = docs[0] if len(docs) == 1 and not many else "[" + ",".join(docs) + "]"
            out.write(json.dumps(json.loads(body), ensure_ascii=False, indent=2) + "\n")
        out.flush()
    finally:
        progress.close()
        if out is not sys.stdout:
            out.close()
    if not args.quiet and (many or n_failed):
        summary = f"{ok} extracted, {n_failed} failed"
        if skipped:
            summary += f", {skipped} skipped (already in {args.output})"
        if n_failed:
            more = n_failed - len(failed)
            summary += ": " + ", ".join(failed) + (f" and {more} more" if more > 0 else "")
        _err(summary)
    return 1 if n_failed else 0


# ------------------------------------------------------------------ schema
def _cmd_schema(args: argparse.Namespace) -> int:
    schema = _SCHEMAS[args.model].model_json_schema()
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
            model: type[Article] | type[Failure] = Article
            if isinstance(doc, dict) and "error" in doc and "text" not in doc:
                model = Failure  # the output record of an input that failed
            try:
                model.model_validate(doc)
            except ValidationError as exc:
                bad += 1
                for e in exc.errors():
                    print(f"{where}: {_json_path(e['loc'])}: {e['msg']}", file=sys.stderr)
                continue
            if not args.quiet:
                print(f"{where}: ok" + (" (a failure record)" if model is Failure else ""))
    if n == 0 and bad == 0:
        _err("no documents found")
        return 1
    return 1 if bad else 0


# ------------------------------------------------------------------ merge
def _cmd_merge(args: argparse.Namespace) -> int:
    articles: list[Article] = []
    bad = failures = 0
    for name in args.files:
        try:
            raw = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = _describe(exc) if isinstance(exc, OSError) else f"not UTF-8 ({exc.reason})"
            _err(f"{name}: cannot read: {reason}")
            bad += 1
            continue
        for where, doc in _documents(name, raw):
            if isinstance(doc, dict) and "error" in doc and "text" not in doc:
                failures += 1
                continue
            try:
                if isinstance(doc, json.JSONDecodeError):
                    raise ValueError(f"not JSON: {doc.msg} at column {doc.colno}")
                articles.append(Article.model_validate(doc))
            except (ValueError, ValidationError) as exc:
                first = exc.errors()[0]["msg"] if isinstance(exc, ValidationError) else str(exc)
                _err(f"{where}: not an article: {first}")
                bad += 1
    try:
        corpus = merge(articles)
    except ValueError as exc:
        _err(str(exc))
        return 1
    out = _open_out(args.output)
    try:
        out.write(corpus.model_dump_json(indent=2) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    if not args.quiet:
        _err(
            f"{len(corpus.articles)} articles: {len(corpus.entities)} entities, "
            f"{len(corpus.statements)} statements, {len(corpus.incidents)} incidents, "
            f"{len(corpus.dialogues)} dialogues"
            + (f"; {failures} failure records skipped" if failures else "")
            + (f"; {bad} unreadable" if bad else "")
        )
    return 1 if bad else 0


# ------------------------------------------------------------------ render
def _cmd_render(args: argparse.Namespace) -> int:
    try:
        data = sys.stdin.buffer.read() if args.path == "-" else Path(args.path).read_bytes()
    except OSError as exc:
        _err(f"{args.path}: cannot read: {_describe(exc)}")
        return 1
    try:
        if args.path.endswith(".json"):
            art = Article.model_validate_json(data)
        else:
            art = _pipeline(args).extract_bytes(data, published=args.published)
    except ValidationError as exc:
        _err(f"{args.path}: not an article: {exc.errors()[0]['msg']}")
        return 1
    except FactkitError as exc:
        _err(f"{args.path}: {exc.message}")
        return 1
    out = _open_out(args.output)
    try:
        out.write(render_html(art))
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


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
        "merge": _cmd_merge,
        "render": _cmd_render,
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
