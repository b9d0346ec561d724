"""Across articles: one fact per real-world fact, with every article that reports it.

``merge(articles)`` joins

- **entities** by id (ids are content-derived: "country:PK", "person:ned-price") and by
  full name or alias (two words or more for people, three letters or more otherwise)
  within one kind (organisations, governments and armed groups count as one kind, as
  outlets differ on them; a country and its capital never merge);
- **statements** by the same merged speaker and near-identical words (token Jaccard
  >= 0.7, or one content inside the other); paraphrases stay apart;
- **incidents** by kind family, place and date, all three given (tallies never merge);
- **dialogues** by their parties and start date (or, with no date, their name).

The result is deterministic and does not depend on the order of the articles: an
article's id is ``meta.id``, else ``meta.source``, else a hash of its text; every group
is represented by the fact of the smallest article id, and lists are sorted.

Why by hand: record-linkage libraries (dedupe, recordlinkage) learn weights from labelled
pairs and are heavy; these facts already carry canonical ids, so keys and a few overlap
measures do the job. Statements are compared only when they share a run of five words
(an inverted index), so the cost stays near-linear in the number of statements.
"""

from __future__ import annotations

import hashlib
import itertools
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Generic, TypeVar

import regex
from pydantic import BaseModel, ConfigDict

from .models import Article, Dialogue, EntityKind, EntityRef, Incident, Span, Statement

__all__ = [
    "Corpus",
    "FactSource",
    "MergedDialogue",
    "MergedEntity",
    "MergedIncident",
    "MergedStatement",
    "article_id",
    "merge",
]

_FROZEN = ConfigDict(frozen=True, extra="forbid")
_WORD = regex.compile(r"[\p{L}\p{N}]+")
_SHINGLE = 5
_MAX_POSTING = 200  # a run of words shared by more statements is boilerplate, not evidence
_FAMILY = {"suicide_bombing": "blast", "bombing": "blast"}  # other kinds are their own
_GROUPS = {"organization", "government", "armed_group"}


class FactSource(BaseModel):
    """Where a merged fact was reported: the article, the fact's id there and its span."""

    model_config = _FROZEN

    article: str
    fact: str
    span: Span


class MergedEntity(BaseModel):
    """One referent across articles."""

    model_config = _FROZEN

    id: str
    name: str
    kind: EntityKind
    aliases: tuple[str, ...] = ()
    articles: tuple[str, ...]
    ids: tuple[str, ...] = ()  # the entity's ids in the articles, when they differ


F = TypeVar("F", Statement, Incident, Dialogue)


class _Merged(BaseModel, Generic[F]):
    model_config = _FROZEN

    id: str
    fact: F  # as reported by the first article (smallest id); its spans index that article
    sources: tuple[FactSource, ...]


class MergedStatement(_Merged[Statement]):
    """One statement, with every article that reports it; ``speaker`` is the merged
    entity's id."""

    speaker: str | None = None


class MergedIncident(_Merged[Incident]):
    """One incident, with every article that reports it."""


class MergedDialogue(_Merged[Dialogue]):
    """One dialogue, with every article that reports it; ``parties`` are merged ids."""

    parties: tuple[str, ...] = ()


class Corpus(BaseModel):
    """The merged facts of several articles."""

    model_config = _FROZEN

    articles: tuple[str, ...]
    entities: tuple[MergedEntity, ...] = ()
    statements: tuple[MergedStatement, ...] = ()
    incidents: tuple[MergedIncident, ...] = ()
    dialogues: tuple[MergedDialogue, ...] = ()


def article_id(article: Article) -> str:
    """``meta.id``, else ``meta.source``, else ``sha1:`` and the text's hash (12 digits)."""
    meta = article.meta
    if meta is not None and meta.id:
        return meta.id
    if meta is not None and meta.source:
        return meta.source
    return "sha1:" + hashlib.sha1(article.text.encode("utf-8")).hexdigest()[:12]


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:  # the smaller key is the root: independent of the order of unions
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


def _norm(s: str) -> str:
    return " ".join(_WORD.findall(s.lower()))


def _family(kind: str) -> str:
    """Kinds that one outlet may call differently ("organization" / "government")."""
    return "group" if kind in _GROUPS else kind


def _linkable(surface: str, kind: str) -> bool:
    words = surface.split()
    if kind == "person":
        return len(words) >= 2
    return len(words) >= 2 or len(surface) >= 3


def _entities(
    arts: list[tuple[str, Article]],
) -> tuple[list[MergedEntity], dict[tuple[str, str], str]]:
    uf = _UnionFind()
    keys: dict[tuple[str, str], str] = {}  # (family, surface) -> first node
    node_of: dict[tuple[str, str], str] = {}
    for aid, art in arts:
        for ent in art.entities:
            node = ent.id  # the same id in two articles is the same entity
            node_of[(aid, ent.id)] = node
            uf.find(node)
            for surface in (ent.name, *ent.aliases):
                norm = _norm(surface)
                if not norm or not _linkable(norm, ent.kind):
                    continue
                key = (_family(ent.kind), norm)
                if key in keys:
                    uf.union(keys[key], node)
                else:
                    keys[key] = node
    groups: dict[str, list[tuple[str, Article, int]]] = defaultdict(list)
    for aid, art in arts:
        for i, ent in enumerate(art.entities):
            groups[uf.find(node_of[(aid, ent.id)])].append((aid, art, i))
    out = []
    global_of: dict[tuple[str, str], str] = {}
    for root, members in groups.items():
        ents = [art.entities[i] for _, art, i in members]
        names: dict[str, int] = defaultdict(int)
        for e in ents:
            names[e.name] += 1
        name = min(names, key=lambda n: (-names[n], -len(n), n))
        aliases = sorted({a for e in ents for a in (e.name, *e.aliases)} - {name})
        kinds: dict[str, int] = defaultdict(int)
        for e in ents:
            kinds[e.kind] += 1
        kind = min(kinds, key=lambda k: (-kinds[k], k))
        ids = sorted({e.id for e in ents})
        for aid, art, i in members:
            global_of[(aid, art.entities[i].id)] = root
        out.append(
            MergedEntity(
                id=root,
                name=name,
                kind=kind,  # type: ignore[arg-type]
                aliases=tuple(aliases),
                articles=tuple(sorted({aid for aid, _, _ in members})),
                ids=tuple(ids) if len(ids) > 1 else (),
            )
        )
    out.sort(key=lambda e: e.id)
    return out, global_of


def _ref_key(aid: str, ref: EntityRef | None, global_of: Mapping[tuple[str, str], str]) -> str:
    if ref is None:
        return ""
    if ref.id is not None and (aid, ref.id) in global_of:
        return global_of[(aid, ref.id)]
    return "name:" + _norm(ref.name or ref.description or "")


def _similar(a: list[str], b: list[str]) -> bool:
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return False
    inter = len(sa & sb)
    if inter / len(sa | sb) >= 0.7:
        return True
    small = min(len(sa), len(sb))
    return small >= 4 and inter / small >= 0.95


def _groups_of_statements(
    items: list[tuple[str, Statement, str, list[str]]],
) -> list[list[int]]:
    """Indices of statements that say the same, by the same speaker key."""
    uf = _UnionFind()
    postings: dict[tuple[str, tuple[str, ...]], list[int]] = defaultdict(list)
    for i, (_, _, speaker, words) in enumerate(items):
        uf.find(f"{i:012d}")
        grams = {tuple(words[k : k + _SHINGLE]) for k in range(max(1, len(words) - _SHINGLE + 1))}
        for g in grams:
            postings[(speaker, g)].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in postings.values():
        if 1 < len(members) <= _MAX_POSTING:
            pairs.update(itertools.combinations(members, 2))
    for i, j in sorted(pairs):
        if items[i][0] != items[j][0] and _similar(items[i][3], items[j][3]):
            uf.union(f"{i:012d}", f"{j:012d}")
    groups: dict[str, list[int]] = defaultdict(list)
    for i in range(len(items)):
        groups[uf.find(f"{i:012d}")].append(i)
    return list(groups.values())


def _sources(
    members: Iterable[tuple[str, Statement | Incident | Dialogue]],
) -> tuple[FactSource, ...]:
    return tuple(
        sorted(
            (FactSource(article=aid, fact=f.id, span=f.span) for aid, f in members),
            key=lambda s: (s.article, s.span.start, s.fact),
        )
    )


def _statements(
    arts: list[tuple[str, Article]], global_of: Mapping[tuple[str, str], str]
) -> list[MergedStatement]:
    items = [
        (aid, s, _ref_key(aid, s.speaker, global_of), _norm(s.content).split())
        for aid, art in arts
        for s in art.statements
    ]
    out = []
    for group in _groups_of_statements(items):
        members = sorted((items[i] for i in group), key=lambda x: (x[0], x[1].span.start))
        aid, first, speaker, _ = members[0]
        out.append(
            MergedStatement(
                id=f"{aid}#{first.id}",
                fact=first,
                sources=_sources((m[0], m[1]) for m in members),
                speaker=speaker or None,
            )
        )
    out.sort(key=lambda m: m.id)
    return out


def _incidents(
    arts: list[tuple[str, Article]], global_of: Mapping[tuple[str, str], str]
) -> list[MergedIncident]:
    groups: dict[tuple[str, ...], list[tuple[str, Incident]]] = defaultdict(list)
    for aid, art in arts:
        for inc in art.incidents:
            place = _ref_key(aid, inc.location, global_of)
            if inc.aggregate or not place or inc.date is None:
                key: tuple[str, ...] = ("single", aid, inc.id)  # too little to match on
            else:
                key = (_FAMILY.get(inc.kind, inc.kind), place, inc.date.isoformat())
            groups[key].append((aid, inc))
    out = []
    for members in groups.values():
        members.sort(key=lambda m: (m[0], m[1].span.start))
        aid, first = members[0]
        out.append(MergedIncident(id=f"{aid}#{first.id}", fact=first, sources=_sources(members)))
    out.sort(key=lambda m: m.id)
    return out


def _dialogues(
    arts: list[tuple[str, Article]], global_of: Mapping[tuple[str, str], str]
) -> list[MergedDialogue]:
    groups: dict[tuple[str, ...], list[tuple[str, Dialogue, tuple[str, ...]]]] = defaultdict(list)
    for aid, art in arts:
        for d in art.dialogues:
            parties = tuple(sorted({_ref_key(aid, p, global_of) for p in d.parties} - {""}))
            if len(parties) < 2 and d.start is None:
                key: tuple[str, ...] = ("single", aid, d.id)
            elif d.start is not None:
                key = ("dated", *parties, d.start.isoformat())
            else:
                key = ("named", *parties, _norm(d.name or ""))
            groups[key].append((aid, d, parties))
    out = []
    for members in groups.values():
        members.sort(key=lambda m: (m[0], m[1].span.start))
        aid, first, parties = members[0]
        out.append(
            MergedDialogue(
                id=f"{aid}#{first.id}",
                fact=first,
                sources=_sources((m[0], m[1]) for m in members),
                parties=parties,
            )
        )
    out.sort(key=lambda m: m.id)
    return out


def merge(articles: Iterable[Article]) -> Corpus:
    """Merge the facts of ``articles`` (see the module docstring for the rules).

    Raises:
        ValueError: two different articles share an id.

    >>> import factkit
    >>> day = "2024-01-10"
    >>> a = factkit.extract("Talks resumed in Doha on Monday, officials said.", published=day)
    >>> b = factkit.extract("Talks resume\\n\\nTalks resumed in Doha on Monday.", published=day)
    >>> corpus = merge([a, b])
    >>> len(corpus.articles), len(corpus.dialogues), len(corpus.dialogues[0].sources)
    (2, 1, 2)
    """
    by_id: dict[str, Article] = {}
    for art in articles:
        aid = article_id(art)
        if aid in by_id and by_id[aid].text != art.text:
            raise ValueError(f"two different articles have the id {aid!r}")
        by_id[aid] = art
    arts = sorted(by_id.items())
    entities, global_of = _entities(arts)
    return Corpus(
        articles=tuple(aid for aid, _ in arts),
        entities=tuple(entities),
        statements=tuple(_statements(arts, global_of)),
        incidents=tuple(_incidents(arts, global_of)),
        dialogues=tuple(_dialogues(arts, global_of)),
    )
