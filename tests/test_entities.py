"""Entities: the seed table, the patterns on real sentences, coreference and properties."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import factkit
from factkit import ConfigError, find_entities, load_gazetteer

from .conftest import SEEDS
from .entity_table import EXPECTED, score


def ents(text: str) -> dict[str, tuple[str, tuple[str, ...], str | None]]:
    """name -> (kind, aliases, title)"""
    return {e.name: (e.kind, e.aliases, e.title) for e in find_entities(text).entities()}


def mention_of(text: str, surface: str, occurrence: int = 1) -> str | None:
    idx = find_entities(text)
    pos = -1
    for _ in range(occurrence):
        pos = text.index(surface, pos + 1)
    for m in idx.mentions:
        if m.start == pos and m.end == pos + len(surface):
            return idx.entity(m.entity).name
    return None


# ------------------------------------------------------------------ the seed table
@pytest.fixture(scope="module")
def seed_entities() -> dict[str, list[tuple[str, str, tuple[str, ...]]]]:
    out = {}
    for seed in EXPECTED:
        art = factkit.extract((SEEDS / f"{seed}.txt").read_text(encoding="utf-8"))
        out[seed] = [(e.name, e.kind, e.aliases) for e in art.entities]
    return out


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_seed_entities_are_found(seed: str, seed_entities: dict) -> None:  # type: ignore[type-arg]
    got = {(n, k): set(a) for n, k, a in seed_entities[seed]}
    for name, kind, aliases in EXPECTED[seed]:
        assert (name, kind) in got, f"{name} ({kind}) not found"
        assert set(aliases) <= got[(name, kind)], f"{name}: aliases {got[(name, kind)]}"


def test_seed_table_scores(seed_entities: dict) -> None:  # type: ignore[type-arg]
    figures = score(seed_entities)
    assert figures["recall"] == 1.0
    assert figures["precision"] >= 0.95
    assert figures["alias_accuracy"] == 1.0


# ------------------------------------------------------------------ patterns
@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "State Department Spokesperson Ned Price said on Thursday.",
            "Ned Price",
            "State Department Spokesperson",
        ),
        (
            "the Pakistani side was headed by Lt Gen Sahir Shamshad Mirza, the Chief of General "
            "Staff.",
            "Sahir Shamshad Mirza",
            "Chief of General Staff",
        ),
        (
            "A US delegation, led by Mr David Helvey, Assistant Secretary of Defence for "
            "Indo-Pacific Security Affairs, visited",
            "David Helvey",
            "Assistant Secretary of Defence for Indo-Pacific Security Affairs",
        ),
        (
            "Syed Haider Shah, Additional Secretary (UN&ED) will lead Pakistan delegation",
            "Syed Haider Shah",
            "Additional Secretary (UN&ED)",
        ),
        (
            "the US delegation headed by Acting Coordinator for Counterterrorism Christopher "
            "Landberg.",
            "Christopher Landberg",
            "Acting Coordinator for Counterterrorism",
        ),
        (
            "Kremlin aide Vladimir Medinsky told reporters in Istanbul.",
            "Vladimir Medinsky",
            "Kremlin aide",
        ),
        (
            "about former prime minister Imran Khan's decision",
            "Imran Khan",
            "former prime minister",
        ),
        ("the pledge from President (Joe) Biden since the withdrawal", "Joe Biden", "President"),
        ("said Ali Suleyman, a witness.", "Ali Suleyman", "witness"),
        (
            "the now-deceased al-Qaeda emir, Ayman al-Zawahiri, making good",
            "Ayman al-Zawahiri",
            "al-Qaeda emir",
        ),
        ("Sen. Ann Holt (R-Ga.) met donors.", "Ann Holt", "Sen."),
        # a head joins the honorific after it, as in "army chief Gen" (issue #5 made
        # "nominee" a head)
        ("the nominee Gov. Mike Pence, R-Ind., met donors", "Mike Pence", "nominee Gov."),
        ("troops under Lt. Gen. Sahir Mirza moved", "Sahir Mirza", "Lt. Gen."),
        ("British Prime Minister Theresa May said", "Theresa May", "British Prime Minister"),
    ],
)
def test_people_with_titles(text: str, name: str, title: str) -> None:
    got = ents(text)
    assert got[name][0] == "person"
    assert got[name][2] == title


def test_affiliation_from_the_title() -> None:
    idx = find_entities("Chinese Foreign Minister Wang Yi arrived. Wang met Dar.")
    (wang,) = [e for e in idx.entities() if e.kind == "person"]
    assert (wang.name, wang.affiliation) == ("Wang Yi", "China")
    assert [m.text for m in wang.mentions] == ["Wang Yi", "Wang"]


@pytest.mark.parametrize(
    "text",
    [
        "Refraining from providing any details on the matter, officials said that",
        "Media reports quoted unnamed security sources as claiming the attack",
        "Read More US wants to see Pakistan 'economically sustainable'",
        "Against the backdrop of the recent Peshawar Police Lines terrorist attack",
        "Counterterrorism and border security are among areas of mutual interest",
        "Islamic State Claims Responsibility for Kabul Attack",
    ],
)
def test_no_false_people(text: str) -> None:
    assert [n for n, v in ents(text).items() if v[0] == "person"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [("“We will win,” Melanie said.", "Melanie"), ("It is over, said Caddell.", "Caddell")],
)
def test_a_lone_name_next_to_a_reporting_verb_is_a_person(text: str, name: str) -> None:
    assert ents(text)[name][0] == "person"


def test_read_more_is_not_an_organisation() -> None:
    assert "Read More" not in ents("Read More US wants to see Pakistan sustainable")


def test_sites_and_organisations() -> None:
    got = ents(
        "Price condemned the Karachi University suicide bombing and the Peshawar Police Lines "
        "attack, the Interior Ministry said."
    )
    assert got["Karachi University"][0] == "site"
    assert got["Peshawar Police Lines"][0] == "site"
    assert got["Interior Ministry"][0] == "organization"
    assert "Peshawar Police" not in got


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        (
            "the Inter-Services Public Relations (ISPR) said. The ISPR added",
            "Inter-Services Public Relations",
            "ISPR",
        ),
        ("visited the General Headquarters (GHQ) on Thursday", "General Headquarters", "GHQ"),
        (
            "according to the Pakistan Institute for Conflict and Security Studies (PICSS).",
            "Pakistan Institute for Conflict and Security Studies",
            "PICSS",
        ),
        (
            "extension of CPEC (China Pakistan Economic Corridor) to Afghanistan",
            "China Pakistan Economic Corridor",
            "CPEC",
        ),
        ("the Zeta Research Foundation (ZRF) said. ZRF added", "Zeta Research Foundation", "ZRF"),
    ],
)
def test_acronyms_join_their_long_form(text: str, name: str, alias: str) -> None:
    got = ents(text)
    assert alias in got[name][1]
    assert alias not in got


@pytest.mark.parametrize(
    ("surface", "entity_id"),
    [
        ("TTP", "group:ttp"),
        ("Tehrik-i-Taliban Pakistan", "group:ttp"),
        ("Teheek-e-Taliban Pakistan", "group:ttp"),
        ("Pakistan Taliban", "group:ttp"),
        ("U.S.", "country:US"),
        ("USA", "country:US"),
        ("United States", "country:US"),
        ("Shebab", "group:shabaab"),
        ("IS-Khorasan", "group:iskp"),
        ("Daesh", "group:is"),
        ("Pakistani", "country:PK"),
    ],
)
def test_gazetteer_aliases(surface: str, entity_id: str) -> None:
    text = f"Officials said {surface} was involved."
    idx = find_entities(text)
    start = text.index(surface)
    assert [m.entity for m in idx.mentions if m.start == start] == [entity_id]


def test_names_are_the_fullest_form_the_text_gives() -> None:
    """Groups and places take the fullest form printed; countries their short name."""
    text = "IS-Khorasan claimed the attack. The U.S. condemned IS-Khorasan."
    got = {e.id: e.name for e in find_entities(text).entities()}
    assert got == {"group:iskp": "IS-Khorasan", "country:US": "United States"}
    text2 = "The Islamic State Khorasan Province (ISKP) said. ISKP added."
    (e,) = find_entities(text2).entities()
    assert (e.name, e.aliases) == ("Islamic State Khorasan Province", ("ISKP",))


def test_demonym_with_a_noun_points_to_the_country() -> None:
    text = "The attack killed four people, including three Chinese nationals."
    assert mention_of(text, "Chinese") == "China"


@pytest.mark.parametrize(
    ("text", "surface", "canonical"),
    [
        (
            "many of the threats that Islamabad faces could be threats to us",
            "Islamabad",
            "Pakistan",
        ),
        ("However, Washington shied away from confirming reports", "Washington", "United States"),
        ("Kabul denied the report.", "Kabul", "Afghanistan"),
        ("Beijing swiftly advised Chinese citizens to leave.", "Beijing", "China"),
        (
            "Threats to Pakistan could well be threats to US, says Washington",
            "Washington",
            "United States",
        ),
        ("the White House said on Monday", "White House", "United States"),
        ("Wang had arrived in Islamabad last night.", "Islamabad", "Islamabad"),
        ("despite the view in Washington that TTP was no threat", "Washington", "Washington"),
    ],
)
def test_metonymy(text: str, surface: str, canonical: str) -> None:
    assert mention_of(text, surface) == canonical


def test_place_names_inside_person_names_stay_names() -> None:
    got = ents("Defence Secretary Lloyd Austin met Kremlin aide Vladimir Medinsky.")
    assert got["Lloyd Austin"][0] == "person"
    assert got["Vladimir Medinsky"][0] == "person"
    assert "Austin" not in got
    assert "Vladimir" not in got


# ------------------------------------------------------------------ coreference
def test_surname_and_lower_case_variant_join_the_person() -> None:
    text = (
        "the department's Spokesperson Ned price said in response. "
        "However, the US has capabilities, Price added."
    )
    got = ents(text)
    assert got["Ned Price"][0] == "person"
    assert set(got["Ned Price"][1]) == {"Ned price", "Price"}


def test_role_noun_resolves_to_the_titled_person_even_before_the_name() -> None:
    text = (
        "Pakistan is a partner, a State Department spokesperson said Wednesday.\n\n"
        "The department's Spokesperson Ned Price spoke.\n\n"
        "Pakistan, the spokesperson emphasized, is important."
    )
    idx = find_entities(text)
    first = text.index("a State Department spokesperson")
    later = text.index("the spokesperson")
    assert idx.resolve_role(first, first + len("a State Department spokesperson")) == (
        "person:ned-price"
    )
    assert idx.resolve_role(later, later + len("the spokesperson")) == "person:ned-price"


def test_pronoun_prefers_the_recent_speaker_over_a_recent_name() -> None:
    """Plain recency would pick Imran Khan; the policy picks the speaker, Price."""
    paragraphs = [
        "State Department Spokesperson Ned Price said the US respects Pakistan.",
        "Price said that the US was not behind the ouster of former prime minister Imran Khan.",
        "He added that Washington values the relationship.",
    ]
    text = "\n\n".join(paragraphs)
    starts = [text.index(p) for p in paragraphs]
    regions = [(s, s + len(p)) for s, p in zip(starts, paragraphs, strict=True)]
    idx = find_entities(text, regions)
    he = text.index("He added")
    assert idx.resolve_pronoun(he, "he") == "person:ned-price"
    last_person = [m for m in idx.mentions if m.end <= he and m.entity.startswith("person")][-1]
    assert last_person.entity == "person:imran-khan"  # what plain recency would pick


def test_pronoun_it_takes_an_organisation() -> None:
    text = (
        "The Inter-Services Public Relations (ISPR) issued a statement. It added that talks went."
    )
    idx = find_entities(text)
    assert idx.resolve_pronoun(text.index("It added"), "it") == "org:ispr"


def test_a_name_inside_a_quotation_is_not_what_a_later_he_or_role_means() -> None:
    """The quoted speaker talks about Wang Yi; "he" and "the minister" are still Ali Khan."""
    paragraphs = [
        "Foreign Minister Ali Khan met the press on Friday.",
        "“My meeting with Foreign Minister Wang Yi was useful,” he said.",
        '"We discussed trade with Minister Omar Lane," said the foreign minister.',
    ]
    text = "\n\n".join(paragraphs)
    starts = [text.index(p) for p in paragraphs]
    idx = find_entities(text, [(s, s + len(p)) for s, p in zip(starts, paragraphs, strict=True)])
    assert idx.quoted(text.index("Wang Yi"))
    assert idx.quoted(text.index("Omar Lane"))
    assert not idx.quoted(text.index("he said"))
    assert not idx.quoted(text.index("Ali Khan"))
    assert idx.resolve_pronoun(text.index("he said"), "he") == "person:ali-khan"
    role = text.index("the foreign minister")
    assert idx.resolve_role(role, role + len("the foreign minister")) == "person:ali-khan"
    speakers = [s.speaker.name for s in factkit.extract(text).statements if s.speaker]
    assert speakers == ["Ali Khan", "Ali Khan"]


# ------------------------------------------------------------------ extension
def test_user_gazetteer_adds_overrides_and_removes(tmp_path: Path) -> None:
    extra = tmp_path / "groups.jsonl"
    extra.write_text(
        json.dumps(
            {
                "id": "group:zlf",
                "name": "Zarqa Liberation Front",
                "kind": "armed_group",
                "aliases": ["ZLF"],
            }
        )
        + "\n"
        + json.dumps({"id": "group:ttp", "remove": True})
        + "\n",
        encoding="utf-8",
    )
    gaz = load_gazetteer(extra)
    text = "The ZLF and the TTP claimed the attack."
    art = factkit.extract(text, gazetteer=gaz)
    names = {e.name: e.kind for e in art.entities}
    assert names.get("Zarqa Liberation Front") == "armed_group"
    assert "Tehreek-e-Taliban Pakistan" not in names
    assert str(extra) in (art.meta.rules if art.meta else ())
    inline = load_gazetteer(
        entries=[
            {
                "id": "group:ttp",
                "name": "Pakistani Taliban movement",
                "kind": "armed_group",
                "aliases": ["TTP"],
            }
        ]
    )
    assert {e.name for e in factkit.extract(text, gazetteer=inline).entities} >= {
        "Pakistani Taliban movement"
    }


@pytest.mark.parametrize(
    ("line", "msg"),
    [
        ('{"id": "x", "name": "X", "kind": "planet"}', r"bad.jsonl:1: kind"),
        ('{"id": "x", "kind": "country"}', r"bad.jsonl:1: name: Field required"),
        ("{oops", r"bad.jsonl:1: not JSON"),
        ('{"id": "x", "name": "X", "kind": "country", "colour": "red"}', r"colour"),
    ],
)
def test_bad_gazetteer_entries(tmp_path: Path, line: str, msg: str) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=msg):
        load_gazetteer(bad)


# ------------------------------------------------------------------ properties
PARAGRAPHS = [
    "State Department Spokesperson Ned Price said Pakistan is a partner.",
    "The TTP claimed the attack in Peshawar, police said.",
    "Chinese Foreign Minister Wang Yi arrived in Islamabad.",
    "The Inter-Services Public Relations (ISPR) issued a statement.",
    "Kabul denied the report on Monday.",
]


def _clusters(text: str) -> set[tuple[str, str, frozenset[str]]]:
    return {
        (e.name, e.kind, frozenset(m.text for m in e.mentions))
        for e in find_entities(text).entities()
    }


@given(st.permutations(PARAGRAPHS))
def test_canonicalisation_is_stable_under_reordering(order: list[str]) -> None:
    assert _clusters("\n\n".join(order)) == _clusters("\n\n".join(PARAGRAPHS))


@given(st.text(max_size=400))
def test_mentions_index_the_text(text: str) -> None:
    idx = find_entities(text)
    for e in idx.entities():
        for m in e.mentions:
            assert text[m.start : m.end] == m.text


@given(
    st.sampled_from(PARAGRAPHS),
    st.from_regex(r"[A-Z][a-z]{3,9}( [A-Z][a-z]{3,9})?", fullmatch=True),
    st.sampled_from(["armed_group", "organization", "city", "person"]),
)
def test_adding_a_gazetteer_entry_never_removes_a_mention(
    paragraph: str, name: str, kind: str
) -> None:
    before = {(m.start, m.end) for m in find_entities(paragraph).mentions}
    gaz = load_gazetteer(entries=[{"id": f"user:{name}", "name": name, "kind": kind}])
    after = {(m.start, m.end) for m in find_entities(paragraph, gazetteer=gaz).mentions}
    covered = [any(a <= s and e <= b for a, b in after) for s, e in before]
    assert all(covered)


@pytest.mark.parametrize("text", ["Sheikh Bin said.", "Mr Al added.", "Dr Van noted."])
def test_a_name_particle_alone_after_a_title_is_no_name(text: str) -> None:
    """Regression: a name of only a particle ("Bin") raised IndexError."""
    assert [e for e in find_entities(text).entities() if e.kind == "person"] == []


def test_a_month_is_a_surname_only_after_a_first_name() -> None:
    assert ents("In May 2016 the talks began in Doha.").get("May") is None
    assert "Theresa May" in ents("Theresa May said it was over.")


def test_a_full_name_whose_surname_recurs_is_a_person() -> None:
    """Issue #5: news names a person in full once and by surname after; that is enough,
    with no title and no reporting verb next to the full name."""
    text = (
        "Terence Crutcher was shot dead in Tulsa on Friday. Witnesses said Crutcher had his "
        "hands up. Police Chief Chuck Jordan promised an inquiry."
    )
    [crutcher] = [e for e in find_entities(text).entities() if e.name == "Terence Crutcher"]
    assert crutcher.kind == "person"
    assert [m.text for m in crutcher.mentions] == ["Terence Crutcher", "Crutcher"]


@pytest.mark.parametrize(
    "text",
    [
        # a capitalised pair whose last word never stands alone is not a name, nor one
        # after a determiner even when it does
        "Wells Fargo fired thousands of employees, the bank said on Monday.",
        "The Morning Consult poll showed a tie, as Consult polls often do.",
    ],
)
def test_no_people_from_recurring_words_alone(text: str) -> None:
    assert [n for n, v in ents(text).items() if v[0] == "person"] == []


def test_spellings_of_one_province_are_one_entity() -> None:
    """ "Paktiya" and "Paktya"; "Konar" and "Kunar": one province each, under the id of its
    common English name (the generated gazetteer no longer lists variants as entities)."""
    art = factkit.extract(
        "Raid in Paktiya\n\nForces raided a compound in Paktiya province on Monday. "
        "A second raid in Paktya and a third in Konar province followed, officials in Kunar said."
    )
    provinces = sorted(e.id for e in art.entities if e.kind == "province")
    assert provinces == ["province:AF:Kunar", "province:AF:Paktia"]


def test_a_pronoun_resolves_to_someone_of_its_gender() -> None:
    """ "she" skips a man named just before, "he" a woman; "Mrs", "spokeswoman" and first
    names from the titles lexicon tell."""
    text = (
        "Talks\n\nHillary Clinton said the economy was strong. Donald Trump said the race "
        "was rigged. She said the polls were wrong. He said she was lying.\n\nSpokeswoman Jen "
        "Lee said the talks would go on. Mr. Omar Khan said they had ended. She said they "
        "would resume in May."
    )
    got = [(s.speaker.name if s.speaker else None) for s in factkit.extract(text).statements]
    assert got == [
        "Hillary Clinton",
        "Donald Trump",
        "Hillary Clinton",
        "Donald Trump",
        "Jen Lee",
        "Omar Khan",
        "Jen Lee",
    ]


def test_a_user_first_name_gives_a_gender() -> None:
    rules = factkit.load_rules(
        entries={"titles": [{"type": "first_name", "text": "Zorya", "gender": "female"}]}
    )
    text = (
        "Talks\n\nIvan Bor said the economy was strong. Zorya Petrenko said the race was "
        "rigged. He said the polls were wrong."
    )
    arts = [factkit.extract(text), factkit.extract(text, rules=rules)]
    got = [a.statements[-1].speaker for a in arts]
    assert [sp.name if sp else None for sp in got] == ["Zorya Petrenko", "Ivan Bor"]


def test_two_people_sharing_a_surname_stay_apart() -> None:
    text = (
        "Talks\n\nState Department Spokesperson Ned Price briefed reporters.\n\nHer niece, "
        "state Del. Marcia Price, said the nation is watching Virginia closely."
    )
    art = factkit.extract(text)
    people = sorted(e.name for e in art.entities if e.kind == "person")
    assert people == ["Marcia Price", "Ned Price"]
    [st] = art.statements
    assert st.speaker is not None
    assert st.speaker.name == "Marcia Price"


def test_a_known_given_name_or_a_counterpart_makes_a_person_without_a_title() -> None:
    text = (
        "Blinken will meet his Indian counterparts, S. Jaishankar and Rajnath Singh, in "
        "Washington on Monday. Antony Blinken arrived on Sunday. Washington Post editors met."
    )
    kinds = {e.name: e.kind for e in find_entities(text).entities()}
    assert kinds["Antony Blinken"] == "person"
    assert kinds["S. Jaishankar"] == "person"
    assert kinds["Rajnath Singh"] == "person"
    assert "Washington Post" not in kinds or kinds["Washington Post"] != "person"


def test_an_adverb_before_a_cue_is_no_surname() -> None:
    text = "Mr. Trump hardly clarified the matter. Mr. Obama often says that it matters."
    names = {e.name for e in find_entities(text).entities() if e.kind == "person"}
    assert names == {"Trump", "Obama"}


def test_the_spokesman_is_never_the_spokeswoman() -> None:
    text = (
        "Campaign spokeswoman Hope Hicks said the event went ahead.\n\n"
        "Later, the spokesman said the road was closed."
    )
    idx = find_entities(text)
    role = text.index("the spokesman")
    assert idx.resolve_role(role, role + len("the spokesman")) is None
    spox = text.index("Campaign")
    assert idx.resolve_role(spox, spox + len("Campaign spokeswoman")) == "person:hope-hicks"


@pytest.mark.parametrize(
    ("full", "short"),
    [("Chung Eui-yong", "Chung"), ("Wang Yi", "Wang"), ("Moon Jae-in", "Moon")],
)
def test_a_family_name_first_names_the_person_alone(full: str, short: str) -> None:
    """Chinese and Korean names put the family name first: "Chung" is Chung Eui-yong."""
    text = f"News\n\nForeign Minister {full} met the envoy.\n\n{short} said the ties were strong."
    (st,) = factkit.extract(text).statements
    assert st.speaker.name == full


def test_a_double_barrelled_surname_is_not_a_family_name_first() -> None:
    text = "News\n\nMary Smith-Jones met the envoy.\n\nMary said the ties were strong and deep."
    (st,) = factkit.extract(text).statements
    assert st.speaker.name != "Mary Smith-Jones"


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        (
            "“We took the base,” Abdiasis Abu Musab, al Shabaab’s military operation spokesman,"
            " told Reuters.",
            "Abdiasis Abu Musab",
            "al Shabaab’s military operation spokesman",
        ),
        (
            "Zabihullah Mujahid, the Taliban's chief spokesman, said the talks would resume.",
            "Zabihullah Mujahid",
            "Taliban's chief spokesman",
        ),
    ],
)
def test_appositive_titles_with_an_organisation_s_possessive(
    sentence: str, name: str, title: str
) -> None:
    """A name before ", ORG's ... spokesman," is a person with that title, and "He" after
    it is that person."""
    art = factkit.extract(f"News\n\n{sentence}\n\nHe said the attackers had killed 15 soldiers.")
    assert [(s.speaker.name, s.speaker.title) for s in art.statements] == [(name, title)] * 2


@pytest.mark.parametrize(("text", "name"), [("MALE", "Malé"), ("Bogota", "Bogotá")])
def test_places_without_their_accents(text: str, name: str) -> None:
    from factkit.gazetteer import default_gazetteer

    gaz = default_gazetteer()
    hit = gaz.lookup(text)
    assert hit is not None
    assert gaz.entries[hit[0]].name == name
    assert gaz.lookup("Male") is None  # an English word in mixed case


def test_one_person_spelled_two_ways_is_one_person() -> None:
    text = (
        "News\n\nSri Lankan Prime Minister Mahinda Rajapakse received the guest.\n\n"
        "He was invited by his counterpart Mahinda Rajapaksa, who said the ties were strong."
    )
    people = [e for e in factkit.extract(text).entities if e.kind == "person"]
    assert [(p.name, "Mahinda Rajapaksa" in p.aliases) for p in people] == [
        ("Mahinda Rajapakse", True)
    ]


@pytest.mark.parametrize(("a", "b"), [("Ali Khan", "Ali Kham"), ("Mary Smith", "Mark Smith")])
def test_short_or_first_names_that_differ_are_two_people(a: str, b: str) -> None:
    text = f"News\n\n{a} said the talks went well. {b} said they did not."
    people = {e.name for e in factkit.extract(text).entities if e.kind == "person"}
    assert {a, b} <= people


def test_an_auxiliary_after_a_titled_name_is_no_surname() -> None:
    text = "News\n\nPresident Trump has said the indictment shows his campaign did nothing wrong."
    people = [(e.name, e.title) for e in factkit.extract(text).entities if e.kind == "person"]
    assert people == [("Trump", "President")]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("House Speaker Paul D. Ryan said the economy was strong.", "Paul D. Ryan"),
        ("Sen. John F. Kerry said the economy was strong.", "John F. Kerry"),
        ("Kerry J. Walsh said the economy was strong.", "Kerry J. Walsh"),
    ],
)
def test_a_given_name_or_surname_that_is_also_a_place_keeps_its_middle_initial(
    sentence: str, name: str
) -> None:
    """ "Paul" (a Cape Verde island) and "Kerry" (an Irish county) next to a middle initial
    are parts of a person's name."""
    art = factkit.extract(f"News\n\nThe committee met.\n\n{sentence}")
    assert [s.speaker.name for s in art.statements if s.speaker] == [name]
    assert not [e for e in art.entities if e.kind == "province"]


def test_a_country_or_demonym_that_is_a_surname_stays_the_person() -> None:
    """ "Mark Cuban", "Jim Jordan": after a known given name the word is a surname, and
    alone later ("Cuban said", "Jordan said") it is the same person; "Cuban officials" is
    still the country."""
    text = (
        "News\n\nMark Cuban spoke on Sunday. Jim Jordan spoke too.\n\n"
        "Jordan said the race was open. Cuban said the debate was over. Cuban officials agreed."
    )
    art = factkit.extract(text)
    names = {e.name: [m.text for m in e.mentions] for e in art.entities}
    assert names["Mark Cuban"] == ["Mark Cuban", "Cuban"]
    assert names["Jim Jordan"] == ["Jim Jordan", "Jordan"]
    assert names["Cuba"] == ["Cuban"]
    assert "Jordan" not in names
    assert [s.speaker.name for s in art.statements if s.speaker] == ["Jim Jordan", "Mark Cuban"]


def test_a_body_named_after_its_country_is_the_body() -> None:
    """ "the Sudan Doctors Network", "the El Fasher Resistance Committees": the whole name is
    an organisation, not the country or a person."""
    text = (
        "News\n\nAccording to the Sudan Doctors Network, the attacks were deliberate. The El"
        " Fasher Resistance Committees said the strike killed eight. Sudan denied it."
    )
    art = factkit.extract(text)
    kinds = {e.name: e.kind for e in art.entities}
    assert kinds["Sudan Doctors Network"] == "organization"
    assert kinds["El Fasher Resistance Committees"] == "organization"
    assert "Resistance Committees" not in kinds
    assert [m.text for e in art.entities if e.name == "Sudan" for m in e.mentions] == ["Sudan"]


def test_a_place_with_its_kind_in_capitals_is_the_place() -> None:
    """ "in Laghman Province", "Kunar Valley": the province or valley, not a person's name
    nor a town called "Valley"."""
    art = factkit.extract(
        "News\n\nThe attack took place in Laghman Province. A blast hit Kunar Valley."
    )
    assert sorted((e.name, e.kind) for e in art.entities) == [
        ("Kunar", "province"),
        ("Laghman", "province"),
    ]


def test_guards_are_a_body_not_a_person() -> None:
    art = factkit.extract(
        "News\n\nAmong the victims was a member of the Zamfara State Community Guards."
    )
    assert [(e.name, e.kind) for e in art.entities if "Guards" in e.name] == [
        ("Zamfara State Community Guards", "organization")
    ]


def test_a_nigerian_state_named_as_a_country_is_the_state() -> None:
    """ "Niger State" is a state of Nigeria, not the Republic of Niger; the three-letter
    states are known too."""
    art = factkit.extract(
        "News\n\nGunmen attacked a village in Niger State. Others struck in Nigeria's "
        "Niger state and in Imo."
    )
    kinds = {e.name: (e.kind, e.id) for e in art.entities}
    assert kinds["Niger State"] == ("province", "province:NG:Niger State")
    assert kinds["Imo"] == ("province", "province:NG:Imo")
    assert "Niger" not in kinds


def test_a_place_called_by_a_name_is_no_person() -> None:
    """ "a village called Kankanfogouol": the name after "called" is the village's."""
    art = factkit.extract("News\n\nThe attack took place in a village called Kankanfogouol.")
    assert [e.name for e in art.entities if e.kind == "person"] == []


def test_a_given_name_that_is_also_a_word_stays_in_the_name() -> None:
    """ "President Roch Marc Christian Kabore": "Christian" is a given name here."""
    art = factkit.extract(
        "News\n\nThe attack was condemned by President Roch Marc Christian Kabore on Friday."
    )
    ((name, title),) = [(e.name, e.title) for e in art.entities if e.kind == "person"]
    assert (name, title) == ("Roch Marc Christian Kabore", "President")
