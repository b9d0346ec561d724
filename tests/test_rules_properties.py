"""Property tests of rule packs (issue #8): unrelated entries change nothing, packs
round-trip through their files, layering is deterministic and later layers win."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factkit
from factkit import Pipeline, RulePack, load_rules, read_pack, write_pack
from factkit.rules.loader import inline_pack
from factkit.rules.schema import PackInfo

from .conftest import SEEDS

SEED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
ALL_TEXT = "\n".join(SEED_TEXTS).lower()

# words that occur in no seed article: made of letters rare together in English
rare_word = st.text(alphabet="qxzjvkw", min_size=5, max_size=9).filter(
    lambda w: w.lower() not in ALL_TEXT
)
ident = st.text(alphabet="abcdefgh:-", min_size=1, max_size=6).filter(lambda s: s.strip() == s)


def _facts(art: factkit.Article) -> dict[str, Any]:
    data = art.model_dump(mode="json")
    data.pop("meta")
    return data


BASELINE = [_facts(factkit.Pipeline(extractors=()).extract(t)) for t in SEED_TEXTS]


@st.composite
def unrelated_entries(draw: st.DrawFn) -> dict[str, list[dict[str, Any]]]:
    """New entries of every section whose forms occur in no seed article."""
    w = [draw(rare_word).capitalize() for _ in range(4)]
    kind = draw(st.sampled_from(["armed_group", "organization", "city", "person", "country"]))
    return {
        "gazetteer": [{"id": f"test:{w[0]}", "name": w[0], "kind": kind, "aliases": [w[1]]}],
        "cues": [{"lemma": w[2].lower(), "forms": [w[2].lower() + "ed"]}],
        "titles": [{"text": w[3].lower(), "type": draw(st.sampled_from(["head", "role"]))}],
        "incident_triggers": [{"kind": "test_kind", "forms": [w[1].lower() + "ing"]}],
        "dialogue_words": [{"role": "trigger", "forms": [w[3].lower() + "s"]}],
        "patterns": [{"id": "p", "label": "armed_group", "pattern": rf"\b{w[0]}\s+{w[2]}\b"}],
    }


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(unrelated_entries())
def test_adding_an_unrelated_entry_never_changes_a_fact(entries: dict[str, Any]) -> None:
    pipe = Pipeline(load_rules(entries=entries, installed=False), extractors=())
    for text, before in zip(SEED_TEXTS, BASELINE, strict=True):
        assert _facts(pipe.extract(text)) == before


def test_adding_a_related_entry_can_add_but_not_remove_facts() -> None:
    """A new armed group in an article adds an entity; every fact found before stays."""
    text = SEED_TEXTS[0]
    word = next(w for w in text.split() if w.istitle() and len(w) > 6 and w.isalpha())
    rules = load_rules(
        entries={"gazetteer": [{"id": "test:x", "name": word, "kind": "armed_group"}]},
        installed=False,
    )
    after = _facts(Pipeline(rules, extractors=()).extract(text))
    before = BASELINE[0]
    for key in ("statements", "incidents", "dialogues"):
        assert len(after[key]) >= len(before[key])
    assert {e["name"] for e in after["entities"]} >= {word}


# ------------------------------------------------------------------ round trips
titles = st.builds(
    lambda t, k: {"text": t, "type": k},
    st.text(alphabet="abcdefg ", min_size=1, max_size=8).map(str.strip).filter(bool),
    st.sampled_from(["honorific", "head", "modifier", "role", "not_name"]),
)
forms = st.lists(
    st.text(alphabet="abcxyz-’é", min_size=1, max_size=8), min_size=1, max_size=3, unique=True
)
cues = st.builds(
    lambda lem, f, k: {"lemma": lem, "forms": f, "kind": k},
    st.text(alphabet="abcdefg", min_size=1, max_size=6),
    forms,
    st.sampled_from(["verb", "that_verb"]),
)
gazetteer = st.builds(
    lambda i, n, a, k: {"id": i, "name": n, "aliases": a, "kind": k},
    ident,
    st.text(min_size=1, max_size=10),
    st.lists(st.text(min_size=1, max_size=6), max_size=3),
    st.sampled_from(["armed_group", "city", "other"]),
)
tokens = st.lists(
    st.one_of(
        st.builds(lambda w: {"LOWER": w}, st.text(alphabet="abc", min_size=1, max_size=4)),
        st.builds(lambda ws: {"IN": ws}, st.lists(st.text(alphabet="xy", min_size=1), min_size=1)),
        st.just({"IS_TITLE": True, "OP": "?"}),
        st.just({"IS_DIGIT": True}),
    ),
    min_size=1,
    max_size=4,
).filter(lambda ts: "OP" not in ts[0])
patterns = st.builds(
    lambda i, p: {"id": i, "label": "armed_group", "pattern": p},
    ident,
    st.one_of(st.sampled_from([r"\bX\w+", "a|b", r"(?i)ttp"]), tokens),
)


@st.composite
def packs(draw: st.DrawFn, name: str = "p") -> RulePack:
    rows = {
        "titles": draw(st.lists(titles, max_size=4, unique_by=lambda r: (r["type"], r["text"]))),
        "cues": draw(st.lists(cues, max_size=4, unique_by=lambda r: r["lemma"])),
        "gazetteer": draw(st.lists(gazetteer, max_size=4, unique_by=lambda r: r["id"])),
        "patterns": draw(st.lists(patterns, max_size=3, unique_by=lambda r: r["id"])),
    }
    own = {r["id"] for r in rows["gazetteer"]}
    removals = draw(st.lists(ident.filter(lambda i: i not in own), max_size=2, unique=True))
    rows["gazetteer"] += [{"id": r, "remove": True} for r in removals]
    pack = inline_pack(rows)
    version = draw(st.sampled_from(["1", "0.2.0", "2024.1"]))
    return dataclasses.replace(pack, info=PackInfo(name=name, version=version))


@settings(deadline=None)
@given(pack=packs())
def test_a_pack_round_trips_through_its_files(
    pack: RulePack, tmp_path_factory: pytest.TempPathFactory
) -> None:
    # numbered directories, not tempfile's random names: hypothesis warns when a test
    # touches the random module
    back = read_pack(write_pack(pack, tmp_path_factory.mktemp("pack") / "pack"))
    assert back.info == pack.info
    for section in pack.sections:
        assert back.entries(section) == pack.entries(section)


# ------------------------------------------------------------------ layering
def _reference(layers: list[RulePack], section: str) -> dict[str, Any]:
    """What layering means, written the plain way: dict updates and pops in order."""
    out: dict[str, Any] = {e.id: e for e in load_rules(installed=False).entries(section)}
    for pack in layers:
        for item in pack.entries(section):
            out.pop(item.id, None)
            if not getattr(item, "remove", False):
                out[item.id] = item
    return out


@settings(deadline=None, max_examples=30, suppress_health_check=[HealthCheck.too_slow])
@given(packs("a"), packs("b"))
def test_layering_is_order_stable_and_later_layers_win(a: RulePack, b: RulePack) -> None:
    one = load_rules(a, b, installed=False)
    two = load_rules(a, b, installed=False)
    for section in ("titles", "cues", "gazetteer", "patterns"):
        merged = {e.id: e for e in one.entries(section)}
        assert list(merged) == [e.id for e in two.entries(section)]
        assert merged == _reference([a, b], section)
    ids_a = {e.id for s in a.sections for e in a.entries(s)}
    ids_b = {e.id for s in b.sections for e in b.entries(s)}
    if not ids_a & ids_b:  # disjoint layers: the order does not change what is in force
        flipped = load_rules(b, a, installed=False)
        for section in ("titles", "cues", "gazetteer", "patterns"):
            assert {e.id for e in flipped.entries(section)} == {e.id for e in one.entries(section)}
