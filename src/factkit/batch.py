"""Corpus runs: many inputs in, exactly one result each out, in input order, in parallel.

``extract_many`` reads records lazily, sends them to worker processes in chunks, keeps at
most a few chunks per worker in flight, and yields results in input order as soon as
they are ready, so memory stays flat however long the corpus is. Every record yields one
``Result``: an ``Article``, or a ``Failure`` with the record's id and the reason (bytes
that are not UTF-8, an empty text, a bad date, a JSONL line with no text, a custom
extractor that raised, even a bug in factkit): nothing is dropped.

Why by hand: ``multiprocessing.Pool.imap`` reads its whole input ahead of the workers
(memory grows with the corpus), and ``concurrent.futures``' ``map`` submits everything at
once; a bounded window of submitted chunks over ``ProcessPoolExecutor`` is the few lines
here. A worker builds its ``Pipeline`` once, from the pickled rules.

``extract_record`` is the one-record step as a plain function over JSON-ready dicts, for
distributed engines (a Dask bag's ``map``, Spark's ``mapPartitions``; docs/corpus.md).
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from .errors import FactkitError
from .extractors import Extractor
from .models import Article, Failure, Meta
from .pipeline import Pipeline, __version__, _pipeline_for
from .rules.loader import Rules

__all__ = [
    "Record",
    "Result",
    "extract_many",
    "extract_record",
    "records_from_jsonl",
]

#: error codes of ``Failure.error``
E_INPUT = "FK101"  # bytes that are not UTF-8, or not text at all
E_DATE = "FK102"  # a published date that is not a date
E_EMPTY = "FK103"  # no visible characters
E_READ = "FK104"  # the input could not be read (a file)
E_RECORD = "FK105"  # a JSONL record that is not JSON, not an object, or has no text
E_EXTRACTOR = "FK300"  # a custom extractor raised or yielded a non-fact
E_INTERNAL = "FK900"  # a bug in factkit (please report it with the input)


@dataclass(frozen=True)
class Record:
    """One input: its id, its text (``str``, or UTF-8 ``bytes``), and optionally the
    publication date, URL and where it was read from. A record that could not be read
    carries ``error`` (and ``code``) instead of a text and passes through as a failure."""

    id: str
    text: str | bytes | None = None
    published: str | dt.date | None = None
    url: str | None = None
    source: str | None = None
    error: str | None = None
    code: str = E_RECORD


@dataclass(frozen=True)
class Result:
    """What one record gave: ``article`` or ``failure``, never both."""

    id: str
    article: Article | None = None
    failure: Failure | None = None

    @property
    def ok(self) -> bool:
        """Whether the record yielded an article."""
        return self.article is not None

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready output record: the article, or the failure."""
        if self.article is not None:
            return self.article.model_dump(mode="json")
        assert self.failure is not None
        return self.failure.model_dump(mode="json", exclude_none=True)


def _as_record(item: Any, index: int) -> Record:
    if isinstance(item, Record):
        return item
    if isinstance(item, (str, bytes)):
        return Record(id=str(index), text=item)
    if isinstance(item, Mapping):
        return record_from_mapping(item, f"#{index}", default_id=str(index))
    return Record(
        id=str(index),
        error=f"an input must be str, bytes, a Record or a mapping, not {type(item).__name__}",
        code=E_INPUT,
    )


def record_from_mapping(
    obj: Mapping[str, Any],
    where: str,
    *,
    default_id: str,
    text_field: str = "text",
    id_field: str = "id",
    published_field: str = "published",
    url_field: str = "url",
) -> Record:
    """A ``Record`` from a JSON object (a JSONL line, a Dask bag item)."""
    rid = obj.get(id_field)
    rid = default_id if rid is None or rid == "" else str(rid)
    url = obj.get(url_field)
    url = str(url) if url is not None else None
    text = obj.get(text_field)
    if not isinstance(text, str):
        why = (
            f"no text field {text_field!r}"
            if text is None
            else f"the text field {text_field!r} is not a string ({type(text).__name__})"
        )
        return Record(id=rid, url=url, source=where, error=why, code=E_RECORD)
    published = obj.get(published_field)
    if published is not None and not isinstance(published, str):
        return Record(
            id=rid,
            url=url,
            source=where,
            error=f"the {published_field!r} field must be a YYYY-MM-DD string",
            code=E_DATE,
        )
    return Record(id=rid, text=text, published=published, url=url, source=where)


def records_from_jsonl(
    lines: Iterable[str],
    name: str,
    *,
    text_field: str = "text",
    id_field: str = "id",
    published_field: str = "published",
    url_field: str = "url",
) -> Iterator[Record]:
    """Records from the lines of a JSONL file (a line that is not a JSON object, or has
    no text, becomes a failing record with id ``NAME:LINE``); blank lines are skipped."""
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Record(id=where, source=where, error=f"not JSON: {exc.msg} at column {exc.colno}")
            continue
        if not isinstance(obj, dict):
            yield Record(id=where, source=where, error="a JSONL record must be an object")
            continue
        yield record_from_mapping(
            obj,
            where,
            default_id=where,
            text_field=text_field,
            id_field=id_field,
            published_field=published_field,
            url_field=url_field,
        )


def _failure(rec: Record, code: str, message: str) -> Result:
    return Result(
        rec.id,
        failure=Failure(id=rec.id, error=code, message=message, source=rec.source, url=rec.url),
    )


def _extract_one(pipe: Pipeline, rec: Record) -> Result:
    """One record through the pipeline; every problem becomes a failure naming it."""
    if rec.error is not None or rec.text is None:
        return _failure(rec, rec.code, rec.error or "no text")
    try:
        if isinstance(rec.text, bytes):
            art = pipe.extract_bytes(rec.text, published=rec.published)
        else:
            art = pipe.extract(rec.text, published=rec.published)
    except FactkitError as exc:
        return _failure(rec, exc.code, exc.message)
    except Exception as exc:  # a bug: the record fails, the run goes on
        return _failure(rec, E_INTERNAL, f"internal error {type(exc).__name__}: {exc}")
    if not art.text.strip():
        return _failure(rec, E_EMPTY, "empty text")
    meta = (art.meta or Meta(factkit_version=__version__)).model_copy(
        update={"id": rec.id, "url": rec.url, "source": rec.source}
    )
    return Result(rec.id, article=art.model_copy(update={"meta": meta}))


# ------------------------------------------------------------------ workers
_WORKER: Pipeline | None = None


def _init_worker(rules: Rules | None, extractors: Sequence[Any] | None) -> None:
    global _WORKER
    _WORKER = Pipeline(rules, extractors=extractors)


Out = Result | tuple[str, bool, str]  # a result, or (id, ok, its JSON line)


def _emit(res: Result, as_json: bool) -> Out:
    """A result as it leaves a worker: a JSON line is cheaper to send back than a model."""
    return (res.id, res.ok, json.dumps(res.to_dict(), ensure_ascii=False)) if as_json else res


def _work(chunk: list[Record], as_json: bool) -> list[Out]:
    assert _WORKER is not None, "worker not initialised"
    return [_emit(_extract_one(_WORKER, rec), as_json) for rec in chunk]


def _chunks(records: Iterable[Record], size: int) -> Iterator[list[Record]]:
    it = iter(records)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _lost(chunk: list[Record], why: str, as_json: bool) -> list[Out]:
    return [_emit(_failure(rec, E_INTERNAL, why), as_json) for rec in chunk]


def _parallel(
    records: Iterable[Record],
    *,
    workers: int,
    chunk_size: int,
    rules: Rules | None,
    extractors: Sequence[Any] | None,
    as_json: bool,
) -> Iterator[Out]:
    """Results in input order, with at most ``4 * workers`` chunks in flight. When a worker
    dies, the pool is started again and the records of the chunk that saw it run alone,
    one by one: the record that kills a worker fails (with the reason), the others are
    extracted; the chunks in flight are sent again."""
    window = 4 * workers

    def pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(rules, extractors))

    ex = pool()
    pending: deque[tuple[list[Record], Future[list[Out]]]] = deque()
    try:
        chunks = _chunks(records, chunk_size)
        while True:
            while len(pending) < window:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                pending.append((chunk, ex.submit(_work, chunk, as_json)))
            if not pending:
                return
            chunk, fut = pending.popleft()
            try:
                yield from fut.result()
            except BrokenProcessPool:
                # some worker died, maybe on another chunk: rerun this chunk's records one
                # at a time with nothing else in flight, so only the culprit fails
                ex.shutdown(wait=False, cancel_futures=True)
                ex = pool()
                for rec in chunk:
                    try:
                        yield from ex.submit(_work, [rec], as_json).result()
                    except BrokenProcessPool:
                        yield from _lost([rec], "the worker process died", as_json)
                        ex.shutdown(wait=False, cancel_futures=True)
                        ex = pool()
                pending = deque((c, ex.submit(_work, c, as_json)) for c, _ in pending)
    finally:
        ex.shutdown(wait=True, cancel_futures=True)


def _run(
    items: Iterable[Any],
    *,
    workers: int,
    chunk_size: int,
    pipe: Pipeline,
    extractors: Sequence[Any] | None,
    as_json: bool,
) -> Iterator[Out]:
    """Every item through ``pipe`` here, or through worker processes that each build the
    same pipeline from its rules and ``extractors``."""
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be at least 1, got {chunk_size}")
    records = (_as_record(item, i) for i, item in enumerate(items))
    if workers == 1:
        for rec in records:
            yield _emit(_extract_one(pipe, rec), as_json)
        return
    yield from _parallel(
        records,
        workers=workers,
        chunk_size=chunk_size,
        rules=pipe.rules,
        extractors=extractors,
        as_json=as_json,
    )


def extract_many(
    items: Iterable[str | bytes | Record | Mapping[str, Any]],
    *,
    workers: int = 1,
    rules: Rules | None = None,
    extractors: Iterable[str | tuple[str, Extractor]] | None = None,
    chunk_size: int = 8,
) -> Iterator[Result]:
    """Extract every item, yielding one ``Result`` per item, in input order.

    Args:
        items: texts (their index is their id), ``Record``s, or mappings with ``text``
            and optional ``id``, ``published`` and ``url``. Read lazily.
        workers: processes to use; 1 runs in this process.
        rules: from ``load_rules()``; the default rules when None.
        extractors: custom extractors, as for ``Pipeline`` (with ``workers > 1``, named
            ones or module-level functions, which the workers import).
        chunk_size: records sent to a worker at a time.

    Raises:
        ValueError: ``workers`` or ``chunk_size`` is below 1.
        ConfigError: an unknown extractor (before anything is read).

    >>> results = list(extract_many(["Talks resumed in Doha.", b"caf\\xe9", ""]))
    >>> [(r.id, r.ok, r.failure and r.failure.error) for r in results]
    [('0', True, None), ('1', False, 'FK101'), ('2', False, 'FK103')]
    """
    ex_list = None if extractors is None else list(extractors)
    pipe = Pipeline(rules, extractors=ex_list)  # built first: bad configuration fails fast
    for res in _run(
        items,
        workers=workers,
        chunk_size=chunk_size,
        pipe=pipe,
        extractors=ex_list,
        as_json=False,
    ):
        assert isinstance(res, Result)
        yield res


def extract_json_lines(
    items: Iterable[Record],
    *,
    workers: int = 1,
    rules: Rules | None = None,
    chunk_size: int = 8,
) -> Iterator[tuple[str, bool, str]]:
    """``(id, ok, JSON line)`` per record, in input order (the CLI's fast path: workers
    send back JSON text, not models)."""
    pipe = Pipeline(rules)
    for res in _run(
        items, workers=workers, chunk_size=chunk_size, pipe=pipe, extractors=None, as_json=True
    ):
        assert isinstance(res, tuple)
        yield res


def extract_record(
    record: Mapping[str, Any],
    *,
    rules: Rules | None = None,
    text_field: str = "text",
    id_field: str = "id",
    published_field: str = "published",
    url_field: str = "url",
) -> dict[str, Any]:
    """One JSON object in, one JSON-ready dict out: the article (with ``meta.id`` and
    ``meta.url``) or a failure record. Never raises on content, so it can be mapped over a
    distributed collection (docs/corpus.md).

    >>> out = extract_record({"id": "a1", "text": "Talks resumed in Doha on Monday."})
    >>> out["meta"]["id"], len(out["dialogues"])
    ('a1', 1)
    >>> extract_record({"id": "a2", "body": "..."})["message"]
    "no text field 'text'"
    """
    pipe = _pipeline_for(rules)
    rid = record.get(id_field)
    rec = record_from_mapping(
        record,
        str(rid) if rid is not None else "record",
        default_id="" if rid is None else str(rid),
        text_field=text_field,
        id_field=id_field,
        published_field=published_field,
        url_field=url_field,
    )
    return _extract_one(pipe, rec).to_dict()
