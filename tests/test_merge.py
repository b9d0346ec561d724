"""Cross-article merging (issue #9): the seed cases, a wire story told by two outlets,
and order independence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factkit
from factkit.cli import main
from factkit.merge import Corpus, article_id, merge

from .conftest import SEEDS

SEED_PATHS = sorted(SEEDS.glob("*.txt"))
SEED = {p.name[:3]: factkit.extract(p.read_text(encoding="utf-8")) for p in SEED_PATHS}

# One wire story as two outlets print it: a different headline, dateline and wording,
# the same quotation.
WIRE_A = """Suicide bomber kills 9 at market in Quetta

QUETTA, Pakistan (AP) — A suicide bomber blew himself up at a crowded market in Quetta on \
Monday, killing nine people and wounding 23, police said.

Provincial police chief Abdul Khaliq said the attacker targeted a police patrol. "We have \
cordoned off the area and an investigation is under way," Khaliq told reporters.
"""
WIRE_B = """Nine killed in Quetta market suicide blast

QUETTA: A suicide bomber struck a busy market in Quetta on Monday, killing nine people, \
police said.

"We have cordoned off the area and an investigation is under way," provincial police chief \
Abdul Khaliq told reporters. The attack was the deadliest this year.
"""


def _sources(corpus: Corpus) -> dict[str, list[int]]:
    return {
        kind: sorted(len(m.sources) for m in getattr(corpus, kind))
        for kind in ("statements", "incidents", "dialogues")
    }


def test_one_person_across_articles_different_statements_apart() -> None:
    """Seeds 001 and 002 both quote Ned Price: one person, statements kept apart."""
    corpus = merge([SEED["001"], SEED["002"]])
    price = [e for e in corpus.entities if e.name == "Ned Price"]
    assert len(price) == 1
    assert len(price[0].articles) == 2
    by_price = [s for s in corpus.statements if s.speaker == price[0].id]
    said = [s for a in (SEED["001"], SEED["002"]) for s in a.statements]
    assert len(by_price) == sum(
        s.speaker is not None and s.speaker.name == "Ned Price" for s in said
    )
    assert all(len(s.sources) == 1 for s in by_price)


def test_two_different_dialogues_stay_apart() -> None:
    """Seeds 003 and 004: the 2021 defence dialogue and the 2023 counterterrorism one."""
    corpus = merge([SEED["003"], SEED["004"]])
    assert len(corpus.dialogues) == 2
    assert all(len(d.sources) == 1 for d in corpus.dialogues)
    assert {d.parties for d in corpus.dialogues} == {("country:PK", "country:US")}


def test_the_same_remark_in_different_words_is_not_merged() -> None:
    """Seeds 000 and 004 report one State Department remark as "threats to Pakistan
    could well be threats to US" and "the TTP threat to Pakistan could be a threat to the
    US too": a paraphrase, attributed to "Washington" in one and the State Department in
    the other. factkit does not merge paraphrases (no word-overlap measure tells them from
    two different remarks); this test records that choice."""
    corpus = merge([SEED["000"], SEED["004"]])
    threats = [s for s in corpus.statements if "threat" in s.fact.content.lower()]
    assert len(threats) >= 2
    assert all(len(s.sources) == 1 for s in threats)


def test_a_wire_story_worded_by_two_outlets_merges() -> None:
    a = factkit.extract(WIRE_A, published="2024-03-05")
    b = factkit.extract(WIRE_B, published="2024-03-05")
    corpus = merge([a, b])
    assert [len(i.sources) for i in corpus.incidents] == [2]
    assert corpus.incidents[0].fact.kind == "suicide_bombing"
    quotes = [s for s in corpus.statements if "cordoned" in s.fact.content]
    assert [len(s.sources) for s in quotes] == [2]
    assert quotes[0].speaker == "person:abdul-khaliq"
    assert {src.article for src in quotes[0].sources} == {article_id(a), article_id(b)}
    for src in quotes[0].sources:  # each source's span indexes its own article
        text = a.text if src.article == article_id(a) else b.text
        assert text[src.span.start : src.span.end] == src.span.text
    khaliq = next(e for e in corpus.entities if e.name == "Abdul Khaliq")
    assert len(khaliq.articles) == 2


def test_the_same_article_twice_is_one_source() -> None:
    corpus = merge([SEED["003"], SEED["003"]])
    assert len(corpus.articles) == 1


def test_different_articles_with_one_id_are_an_error() -> None:
    a, b = SEED["000"], SEED["001"]
    assert a.meta is not None
    assert b.meta is not None
    a = a.model_copy(update={"meta": a.meta.model_copy(update={"id": "x"})})
    b = b.model_copy(update={"meta": b.meta.model_copy(update={"id": "x"})})
    with pytest.raises(ValueError, match="two different articles have the id 'x'"):
        merge([a, b])


@settings(max_examples=10, deadline=None)
@given(st.permutations([*SEED.values(), factkit.extract(WIRE_A), factkit.extract(WIRE_B)]))
def test_merging_is_order_independent(articles: list[factkit.Article]) -> None:
    assert merge(articles) == REFERENCE


REFERENCE = merge([*SEED.values(), factkit.extract(WIRE_A), factkit.extract(WIRE_B)])


def test_merge_command(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(WIRE_A, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(WIRE_B, encoding="utf-8")
    (tmp_path / "in" / "c.txt").write_text("  ", encoding="utf-8")  # a failure record
    main(["extract", str(tmp_path / "in"), "-o", str(out), "--published", "2024-03-05", "-q"])
    capsys.readouterr()
    assert main(["merge", str(out)]) == 0
    captured = capsys.readouterr()
    corpus = Corpus.model_validate(json.loads(captured.out))
    assert corpus.articles == (str(tmp_path / "in" / "a.txt"), str(tmp_path / "in" / "b.txt"))
    assert [len(i.sources) for i in corpus.incidents] == [2]
    assert "1 failure records skipped" in captured.err
    (tmp_path / "junk.jsonl").write_text('{"text": 1}\n', encoding="utf-8")
    assert main(["merge", str(tmp_path / "junk.jsonl")]) == 1
    assert "junk.jsonl: not an article" in capsys.readouterr().err
