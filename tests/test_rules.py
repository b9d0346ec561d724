"""Rule packs (issue #8): format, validation, layering, patterns, custom extractors.

Example tests use sentences written for these tests; the installed-pack test builds and
installs ``examples/factkit-acme-rules`` into a temporary directory and runs factkit in a
subprocess that sees it, so the entry points of the real installed package are used.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import factkit
from factkit import (
    ConfigError,
    Context,
    CustomFact,
    ExtractorError,
    Pipeline,
    RuleValidationError,
    load_rules,
    read_pack,
    write_pack,
)
from factkit.cli import main
from factkit.rules import builtin_pack
from factkit.rules.patterns import compile_pattern, probe_pattern
from factkit.rules.schema import SECTIONS, PatternEntry

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "factkit-acme-rules"
EXAMPLE_PACK = EXAMPLE / "src" / "factkit_acme_rules"

TEXT = (
    "Rohingya militants torch village\n\n"
    "MAUNGDAW, Myanmar (AP) — Fighters of the Arakan Rohingya Salvation Army set ablaze a "
    "village in Maungdaw on Tuesday, killing three people, police said.\n\n"
    "The ministry underscored that ARSA had been warned. Police arrested 12 suspects on "
    "Wednesday.\n"
)


def make_pack(root: Path, files: dict[str, str], name: str = "test-pack") -> Path:
    """A pack directory with a manifest listing ``files`` (section -> content)."""
    root.mkdir(parents=True, exist_ok=True)
    lines = ["[pack]", f'name = "{name}"', 'version = "1.0"', "", "[files]"]
    for section, content in files.items():
        suffix = ".toml" if content.lstrip().startswith("[") else ".jsonl"
        (root / f"{section}{suffix}").write_text(content, encoding="utf-8")
        lines.append(f'{section} = ["{section}{suffix}"]')
    (root / "pack.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def plain(pipe: Pipeline, text: str) -> factkit.Article:
    return pipe.extract(text, published="2024-05-02")


# ------------------------------------------------------------------ the built-in pack
def test_builtin_pack_is_a_pack_like_any_other() -> None:
    pack = builtin_pack()
    assert pack.info.name == "factkit-en"
    for section in SECTIONS:
        ids = [e.id for e in pack.entries(section)]
        assert len(ids) == len(set(ids)), section
    assert {e.id for e in pack.entries("cues")} >= {"say", "tell", "according to"}
    assert "head:spokesperson" in {e.id for e in pack.entries("titles")}
    assert "attack:raid" in {e.id for e in pack.entries("incident_triggers")}


def test_default_extraction_is_unchanged_by_the_pack_format() -> None:
    art = factkit.extract("Militants attacked a police post in Bannu, killing two policemen.")
    assert [(i.kind, i.killed and i.killed.value) for i in art.incidents] == [("attack", 2)]
    assert art.meta is not None
    assert art.meta.rules == ("factkit-en@0.1.0",)


# ------------------------------------------------------------------ validation
BAD_ENTRIES = [
    ("gazetteer", '{"id": "x", "name": "X", "kind": "planet"}', ": kind"),
    ("gazetteer", '{"name": "X", "kind": "country"}', ": id: Field required"),
    ("gazetteer", '{"id": "x", "name": "X", "kind": "country", "colour": "red"}', "colour"),
    ("cues", '{"lemma": "opine", "forms": []}', "forms"),
    ("cues", '{"lemma": "opine", "forms": ["opined"], "kind": "noun"}', "kind"),
    ("titles", '{"text": "Sheriff", "type": "rank"}', "type"),
    ("incident_triggers", '{"kind": "Arson!", "forms": ["arson"]}', "kind"),
    ("incident_words", '{"role": "dead", "forms": ["perished"]}', "role"),
    ("dialogue_words", '{"role": "trigger"}', "forms"),
    ("patterns", '{"id": "p", "label": "weapon", "pattern": "AK-47"}', "label"),
    ("patterns", '{"id": "p", "label": "armed_group", "pattern": "(unclosed"}', "compile"),
    ("patterns", '{"label": "armed_group", "pattern": "x"}', "id: Field required"),
    ("patterns", '{"id": "p", "label": "dialogue", "pattern": [{"OP": "*"}]}', "optional"),
    (
        "patterns",
        '{"id": "p", "label": "dialogue", "pattern": [{"LOWER": "a", "TEXT": "b"}]}',
        "one of",
    ),
    (
        "patterns",
        '{"id": "p", "label": "dialogue", "pattern": "talks", "name": "X"}',
        "entity labels",
    ),
    ("cues", "{not json", "not JSON"),
    ("cues", "[1, 2]", "must be an object"),
]


@pytest.mark.parametrize(("section", "line", "expected"), BAD_ENTRIES)
def test_invalid_entries_name_file_line_and_field(
    tmp_path: Path, section: str, line: str, expected: str
) -> None:
    pack = make_pack(tmp_path / "p", {section: "# a comment line\n" + line + "\n"})
    with pytest.raises(RuleValidationError) as info:
        read_pack(pack)
    assert len(info.value.errors) == 1
    error = info.value.errors[0]
    assert error.startswith(f"{pack}/{section}.jsonl:2: "), error
    assert expected in error, error


def test_all_errors_of_a_pack_are_reported_together(tmp_path: Path) -> None:
    pack = make_pack(
        tmp_path / "p",
        {
            "cues": '{"lemma": "opine", "forms": ["opined"]}\n{"lemma": "x"}\n{"forms": ["y"]}\n',
            "titles": '{"text": "Sheriff", "type": "head"}\n{"text": "Sheriff", "type": "head"}\n',
        },
    )
    with pytest.raises(RuleValidationError) as info:
        read_pack(pack)
    errors = info.value.errors
    assert any("cues.jsonl:2: forms" in e for e in errors)
    assert any("cues.jsonl:3: lemma" in e for e in errors)
    assert any("titles.jsonl:2: id: duplicate id 'head:Sheriff' (first at" in e for e in errors)


def test_toml_entry_files_report_the_line_of_their_table(tmp_path: Path) -> None:
    content = (
        '[[entries]]\nlemma = "opine"\nforms = ["opined"]\n\n'
        '[[entries]]\nlemma = "aver"\nforms = "averred"\n'
    )
    pack = make_pack(tmp_path / "p", {"cues": content})
    with pytest.raises(RuleValidationError) as info:
        read_pack(pack)
    assert info.value.errors == (f"{pack}/cues.toml:5: forms: Input should be a valid list",)


@pytest.mark.parametrize(
    ("manifest", "expected"),
    [
        ('[pack]\nname = "Bad Name"\nversion = "1"\n', "pack.name"),
        ('[pack]\nname = "ok"\n', "pack.version: Field required"),
        ('[pack]\nname = "ok"\nversion = "1"\n[files]\ncues = ["../../etc/passwd"]\n', "inside"),
        ('[pack]\nname = "ok"\nversion = "1"\n[files]\nverbs = ["v.jsonl"]\n', "files.verbs"),
        ('[pack]\nname = "ok"\nversion = "1"\n[files]\ncues = ["missing.jsonl"]\n', "does not"),
        ("[pack\n", "not valid TOML"),
    ],
)
def test_invalid_manifests(tmp_path: Path, manifest: str, expected: str) -> None:
    (tmp_path / "pack.toml").write_text(manifest, encoding="utf-8")
    with pytest.raises(RuleValidationError) as info:
        read_pack(tmp_path)
    assert expected in str(info.value)


def test_a_directory_without_manifest_is_not_a_pack(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not a rule pack"):
        read_pack(tmp_path)


def test_loading_the_same_pack_twice_is_an_error() -> None:
    with pytest.raises(ConfigError, match="more than once"):
        load_rules(EXAMPLE_PACK, EXAMPLE_PACK, installed=False)


def test_data_is_never_executed(tmp_path: Path) -> None:
    """Strings that would run code under eval, pickle or YAML tags are only text."""
    evil = "__import__('os').system('touch PWNED')"
    pack = make_pack(
        tmp_path / "p",
        {
            "cues": json.dumps({"lemma": "!!python/object/apply:os.system", "forms": [evil]}),
            "gazetteer": json.dumps({"id": evil, "name": evil, "kind": "other"}),
        },
    )
    rules = load_rules(pack, installed=False)
    plain(Pipeline(rules, extractors=()), f"He said {evil} today.")
    assert not (tmp_path / "PWNED").exists()
    assert not Path("PWNED").exists()


# ------------------------------------------------------------------ layering
def test_user_pack_adds_an_armed_group_a_verb_and_an_incident_kind() -> None:
    base = plain(Pipeline(load_rules(installed=False), extractors=()), TEXT)
    art = plain(Pipeline(load_rules(EXAMPLE_PACK, installed=False), extractors=()), TEXT)
    kinds = {e.name: e.kind for e in art.entities}
    assert kinds["Arakan Rohingya Salvation Army"] == "armed_group"
    arsa = next(e for e in art.entities if e.name == "Arakan Rohingya Salvation Army")
    assert "ARSA" in arsa.aliases
    assert {e.name: e.kind for e in base.entities}[
        "Arakan Rohingya Salvation Army"
    ] != "armed_group"
    assert [i.kind for i in base.incidents] == ["killing"]
    assert [i.kind for i in art.incidents] == ["arson"]
    assert [s.cue for s in base.statements] == ["say"]  # "..., police said."
    assert [(s.cue, s.content) for s in art.statements][1:] == [
        ("underscore", "ARSA had been warned")
    ]
    assert art.meta is not None
    assert art.meta.rules == ("factkit-en@0.1.0", "acme@0.1.0")


def test_a_later_layer_overrides_by_id_and_removes() -> None:
    text = "TTP militants attacked a checkpost in Bannu, police said."
    rules = load_rules(
        entries={
            "gazetteer": [
                {
                    "id": "group:ttp",
                    "name": "Pakistani Taliban",
                    "kind": "armed_group",
                    "aliases": ["TTP"],
                },
            ],
        },
        installed=False,
    )
    art = plain(Pipeline(rules, extractors=()), text)
    assert "Pakistani Taliban" in {e.name for e in art.entities}
    removed = load_rules(entries={"gazetteer": [{"id": "group:ttp", "remove": True}]})
    art = plain(Pipeline(removed, extractors=()), text)
    assert "Tehreek-e-Taliban Pakistan" not in {e.name for e in art.entities}
    no_say = load_rules(entries={"cues": [{"id": "say", "remove": True}]}, installed=False)
    said = "Police spokesman Ali Khan said the attack was repulsed."
    assert plain(Pipeline(no_say, extractors=()), said).statements == ()
    assert plain(Pipeline(load_rules(installed=False), extractors=()), said).statements


def test_manifest_remove_table_drops_builtin_entries(tmp_path: Path) -> None:
    pack = make_pack(tmp_path / "p", {})
    with (pack / "pack.toml").open("a", encoding="utf-8") as f:
        f.write('\n[remove]\nincident_triggers = ["attack:raid", "attack:raids"]\n')
    rules = load_rules(pack, installed=False)
    ids = {e.id for e in rules.entries("incident_triggers")}
    assert "attack:raid" not in ids
    assert "attack:attack" in ids


def test_user_surface_forms_win_over_builtin_ones() -> None:
    """A new entry whose alias a built-in entry also has takes the alias (later layer)."""
    rules = load_rules(
        entries={
            "gazetteer": [
                {
                    "id": "org:ttp-party",
                    "name": "Toy Trade Party",
                    "kind": "organization",
                    "aliases": ["TTP"],
                }
            ]
        },
        installed=False,
    )
    assert rules.gazetteer.lookup("TTP") == ("org:ttp-party", "alias")


def test_unknown_inline_section_is_an_error() -> None:
    with pytest.raises(RuleValidationError, match="unknown section 'verbs'"):
        load_rules(entries={"verbs": [{"lemma": "x"}]})


# ------------------------------------------------------------------ patterns
def test_token_and_regex_patterns_find_entities_triggers_and_dialogues() -> None:
    rules = load_rules(
        entries={
            "patterns": [
                {
                    "id": "brigade",
                    "label": "armed_group",
                    "pattern": [{"IS_TITLE": True, "OP": "+"}, {"LOWER": "brigade"}],
                },
                {
                    "id": "jirga",
                    "label": "dialogue",
                    "pattern": r"\bjirgas?\b",
                    "ignore_case": True,
                },
                {
                    "id": "torch",
                    "label": "incident:arson",
                    "pattern": [{"IN": ["torched", "burned"]}, {"LOWER": "down", "OP": "?"}],
                },
                {
                    "id": "ttp-alias",
                    "label": "armed_group",
                    "pattern": r"\bTehreek-i-Taliban\b",
                    "entity_id": "group:ttp",
                },
            ]
        },
        installed=False,
    )
    pipe = Pipeline(rules, extractors=())
    art = plain(pipe, "Fighters of the Hamza Brigade torched down a school in Swat on Monday.")
    assert ("Hamza Brigade", "armed_group") in {(e.name, e.kind) for e in art.entities}
    assert [i.kind for i in art.incidents] == ["arson"]
    art = plain(pipe, "A Jirga between Pakistan and Afghanistan was held in Kabul on Monday.")
    assert len(art.dialogues) == 1
    art = plain(pipe, "Tehreek-i-Taliban fighters attacked a post.")
    assert "Tehreek-e-Taliban Pakistan" in {e.name for e in art.entities}


@pytest.mark.parametrize(
    ("tokens", "text", "match"),
    [
        ([{"LOWER": "car"}, {"LOWER": "bomb"}], "a Car  bomb went off", "Car  bomb"),
        ([{"LOWER": "car"}, {"LOWER": "bomb"}], "a carbomb went off", None),
        ([{"TEXT": "U.S."}, {"LOWER": "forces"}], "U.S. forces left", "U.S. forces"),
        ([{"IS_DIGIT": True}, {"LOWER": "killed"}], "12 killed", "12 killed"),
        (
            [{"IS_TITLE": True, "OP": "+"}, {"LOWER": "front"}],
            "the Al Nusra Front said",
            "Al Nusra Front",
        ),
        (
            [{"LOWER": "al"}, {"TEXT": "-", "OP": "?"}, {"LOWER": "shabaab"}],
            "al Shabaab",
            "al Shabaab",
        ),
        ([{"REGEX": "[A-Z]{3,5}"}, {"LOWER": "fighters"}], "ISKP fighters", "ISKP fighters"),
        ([{"REGEX": "[A-Z]{3,5}"}, {"LOWER": "fighters"}], "ISKPXYZ fighters", None),
        ([{"LOWER": "lashkar"}], "Lashkar-e-Taiba", None),
        ([{}, {"LOWER": "brigade"}], "the 5th brigade", "5th brigade"),
    ],
)
def test_token_patterns(tokens: list[dict[str, object]], text: str, match: str | None) -> None:
    entry = PatternEntry.model_validate({"id": "t", "label": "other", "pattern": tokens})
    m = compile_pattern(entry).search(text)
    assert (m.group() if m else None) == match


REDOS = r"(a|a)+b"


def test_a_catastrophic_pattern_is_rejected_by_validation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    entry = PatternEntry.model_validate({"id": "evil", "label": "other", "pattern": REDOS})
    assert "catastrophically slow" in (probe_pattern(entry, timeout=0.2) or "")
    ok = PatternEntry.model_validate({"id": "ok", "label": "other", "pattern": r"\bTTP\b"})
    assert probe_pattern(ok) is None
    pack = make_pack(tmp_path / "p", {"patterns": json.dumps(entry.model_dump(mode="json"))})
    assert main(["rules", "validate", str(pack)]) == 1
    assert "patterns.jsonl:1: pattern: catastrophically slow" in capsys.readouterr().err


def test_a_catastrophic_pattern_cannot_hang_extraction(tmp_path: Path) -> None:
    """The pattern runs out of its budget; the article says so; nothing hangs (the child
    process would be killed after 120 s and the test fail)."""
    pack = make_pack(
        tmp_path / "p",
        {"patterns": json.dumps({"id": "evil", "label": "other", "pattern": REDOS})},
    )
    code = (
        "import factkit, sys\n"
        f"rules = factkit.load_rules({str(pack)!r}, installed=False)\n"
        "pipe = factkit.Pipeline(rules, extractors=(), pattern_timeout=0.05)\n"
        "art = pipe.extract('Police said ' + 'a' * 60 + ' was found.')\n"
        "print([d.code for d in art.diagnostics])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert "pattern_timeout" in out.stdout


# ------------------------------------------------------------------ custom extractors
class Weapon(CustomFact):
    """A test fact: a weapon named in the text."""

    fact: str = "test.weapon"
    weapon: str


def find_weapons(ctx: Context) -> Iterator[Weapon]:
    for hit in ctx.hits("other"):
        yield Weapon(
            id=f"weapon-{hit.start}",
            extractor="test.weapons.v1",
            span=ctx.span(hit.start, hit.end),
            weapon=ctx.text[hit.start : hit.end].upper(),
            rule_id=hit.entry.id,
        )


WEAPON_RULES = {"patterns": [{"id": "ak", "label": "other", "pattern": r"\bAK-47s?\b"}]}


def test_custom_extractor_yields_its_own_facts_that_round_trip() -> None:
    rules = load_rules(entries=WEAPON_RULES, installed=False)
    pipe = Pipeline(rules, extractors=[("test.weapons.v1", find_weapons)])
    art = plain(pipe, "Gunmen armed with AK-47s attacked a bus in Quetta.")
    assert [(f.fact, f.weapon) for f in art.custom_facts] == [("test.weapon", "AK-47S")]
    data = json.loads(art.model_dump_json())
    assert data["custom_facts"][0]["weapon"] == "AK-47S"
    back = factkit.Article.model_validate_json(art.model_dump_json())
    assert back.custom_facts[0].model_extra == {"weapon": "AK-47S"}
    assert back.model_dump_json() == art.model_dump_json()


def test_registered_extractors_run_by_default_and_names_are_unique() -> None:
    factkit.register_extractor("test.weapons.v1")(find_weapons)
    try:
        assert "test.weapons.v1" in factkit.available_extractors()
        with pytest.raises(ConfigError, match="already registered"):
            factkit.register_extractor("test.weapons.v1")(find_weapons)
        rules = load_rules(entries=WEAPON_RULES, installed=False)
        art = factkit.extract("Gunmen with an AK-47 fired.", rules=rules)
        assert [f.weapon for f in art.custom_facts] == ["AK-47"]
        assert Pipeline(rules, extractors=()).extract("An AK-47.").custom_facts == ()
    finally:
        factkit.unregister_extractor("test.weapons.v1")
    with pytest.raises(ConfigError, match="no extractor named"):
        Pipeline(extractors=["test.weapons.v1"])
    with pytest.raises(ConfigError, match="more than once"):
        Pipeline(extractors=[("a.b", find_weapons), ("a.b", find_weapons)])
    with pytest.raises(ConfigError, match="reserved"):
        factkit.register_extractor("factkit.statements.v1")


def test_a_failing_extractor_is_named() -> None:
    def broken(ctx: Context) -> list[CustomFact]:
        raise KeyError("oops")

    def wrong(ctx: Context) -> list[object]:
        return ["not a fact"]

    with pytest.raises(ExtractorError, match=r"'x\.broken' raised KeyError"):
        Pipeline(extractors=[("x.broken", broken)]).extract("Text.")
    with pytest.raises(ExtractorError, match=r"'x\.wrong' yielded a str"):
        Pipeline(extractors=[("x.wrong", wrong)]).extract("Text.")  # type: ignore[list-item]


def test_extractor_facts_with_clashing_ids_are_an_error() -> None:
    def twice(ctx: Context) -> list[CustomFact]:
        span = ctx.span(0, 4)
        return [CustomFact(fact="t.x", id="same", extractor="t", span=span)] * 2

    with pytest.raises(ExtractorError, match="invalid article"):
        Pipeline(extractors=[("t.twice", twice)]).extract("Text here.")


# ------------------------------------------------------------------ the CLI
def test_cli_rules_list_and_extract_with_a_pack(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "list", "--rules", str(EXAMPLE_PACK), "--no-installed-rules"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("factkit-en\t0.1.0")
    assert out.splitlines()[1].startswith("acme\t0.1.0")
    assert main(["rules", "validate", str(EXAMPLE_PACK)]) == 0
    assert "ok (acme 0.1.0, 4 entries)" in capsys.readouterr().out


def test_cli_extract_with_rules(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    assert main(["extract", str(article), "--rules", str(EXAMPLE_PACK)]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [i["kind"] for i in doc["incidents"]] == ["arson"]
    assert main(["extract", str(article), "--rules", str(tmp_path / "nope")]) == 2
    assert "not a rule pack" in capsys.readouterr().err


# ------------------------------------------------------------------ an installed pack
@pytest.fixture(scope="module")
def installed_example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example package built and installed (no index, no build isolation)."""
    target = tmp_path_factory.mktemp("site")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-index",
            "--no-build-isolation",
            "--target",
            str(target),
            str(EXAMPLE),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return target


def _run_factkit(site: Path | None, *args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if site is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(site), env.get("PYTHONPATH", "")])
    return subprocess.run(
        [sys.executable, "-m", "factkit", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_an_installed_pack_and_extractor_change_the_output(installed_example: Path) -> None:
    before = json.loads(_run_factkit(None, "extract", "-", stdin=TEXT).stdout)
    run = _run_factkit(installed_example, "extract", "-", stdin=TEXT)
    assert run.returncode == 0, run.stderr
    after = json.loads(run.stdout)
    assert after["meta"]["rules"] == ["factkit-en@0.1.0", "acme@0.1.0"]
    assert [i["kind"] for i in before["incidents"]] == ["killing"]
    assert [i["kind"] for i in after["incidents"]] == ["arson"]
    assert [s["cue"] for s in after["statements"]] == ["say", "underscore"]
    arrests = after["custom_facts"]
    assert [(a["fact"], a["count"]["value"]) for a in arrests] == [("acme.arrest", 12)]
    assert before["custom_facts"] == []
    listing = _run_factkit(installed_example, "rules", "list", stdin="").stdout
    assert "acme\t0.1.0\tacme (factkit_acme_rules)" in listing
    plain_run = _run_factkit(installed_example, "extract", "-", "--no-installed-rules", stdin=TEXT)
    assert [i["kind"] for i in json.loads(plain_run.stdout)["incidents"]] == ["killing"]


# ------------------------------------------------------------------ writing packs
def test_write_pack_round_trips_the_example(tmp_path: Path) -> None:
    pack = read_pack(EXAMPLE_PACK)
    back = read_pack(write_pack(pack, tmp_path / "copy"))
    for section in SECTIONS:
        assert back.entries(section) == pack.entries(section)
    assert back.info == pack.info
    with pytest.raises(ConfigError, match="not empty"):
        write_pack(pack, tmp_path / "copy")


def test_a_pack_can_extend_the_layout_lexicon(tmp_path: Path) -> None:
    pack = make_pack(tmp_path / "p", {})
    (pack / "furniture.toml").write_text(
        "[boilerplate]\npatterns = ['^Sponsored by ']\n", encoding="utf-8"
    )
    with (pack / "pack.toml").open("a", encoding="utf-8") as f:
        f.write('layout = ["furniture.toml"]\n')
    text = "Talks resume\n\nThe talks resumed.\n\nSponsored by Acme"
    kinds = [s.kind for s in plain(Pipeline(load_rules(pack), extractors=()), text).segments]
    assert kinds == ["title", "body", "boilerplate"]
    assert [s.kind for s in factkit.extract(text).segments][-1] != "boilerplate"
    (pack / "furniture.toml").write_text("[boilerplate]\npatterns = ['(']\n", encoding="utf-8")
    with pytest.raises(RuleValidationError, match=r"furniture\.toml: .*does not compile"):
        read_pack(pack)


def test_json_schemas_of_rule_files(capsys: pytest.CaptureFixture[str]) -> None:
    """`factkit schema --model ...` exports the pack manifest and every entry kind; an id
    is required only where it cannot be derived from the entry."""
    schemas = {}
    for model in ("pack", "rules-cues", "rules-patterns", "rules-gazetteer", "corpus"):
        assert main(["schema", "--model", model]) == 0
        schemas[model] = json.loads(capsys.readouterr().out)
    assert "id" not in schemas["rules-cues"]["required"]
    assert "id" in schemas["rules-patterns"]["required"]
    assert "id" in schemas["rules-gazetteer"]["required"]
    assert schemas["rules-cues"]["additionalProperties"] is False
    assert schemas["pack"]["required"] == ["pack"]
    assert "statements" in schemas["corpus"]["properties"]


def test_a_pack_file_linking_outside_the_pack_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "secret.jsonl"
    outside.write_text('{"lemma": "x", "forms": ["x"]}\n', encoding="utf-8")
    pack = make_pack(tmp_path / "p", {})
    (pack / "cues.jsonl").symlink_to(outside)
    with (pack / "pack.toml").open("a", encoding="utf-8") as f:
        f.write('cues = ["cues.jsonl"]\n')
    with pytest.raises(RuleValidationError, match="links outside the pack"):
        read_pack(pack)
