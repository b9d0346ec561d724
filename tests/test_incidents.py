"""Incidents on real sentences: kinds, counts, places, dates, perpetrators, tallies, merging."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given

import factkit

from .strategies import news_texts


def incidents(
    body: str, published: str = "2023-01-02", title: str = "News of the day"
) -> list[Any]:
    return list(factkit.extract(f"{title}\n\n{body}", published=published).incidents)


def count(c: Any) -> int | None:
    if c is None:
        return None
    return c.value if c.value is not None else c.min


@pytest.mark.parametrize(
    ("body", "kind", "killed", "injured", "place"),
    [
        (
            "Price also condemned the Karachi University suicide bombing which killed four "
            "people, including three Chinese nationals.",
            "suicide_bombing",
            4,
            None,
            "Karachi University",
        ),
        (
            "A huge suicide car bomb blast shook Somalia's capital Mogadishu on Sunday near the "
            "airport, killing four people, officials said.",
            "suicide_bombing",
            4,
            None,
            "Mogadishu",
        ),
        (
            "Militants attacked a police post in Bannu, killing two policemen and wounding "
            "three others.",
            "attack",
            2,
            3,
            "Bannu",
        ),
        (
            "At least 18 people were killed and dozens injured when a bomb exploded in a market "
            "in Peshawar on Friday.",
            "bombing",
            18,
            24,
            "Peshawar",
        ),
        (
            "Coalition forces killed one insurgent and wounded three others during an air "
            "strike in Logar province yesterday.",
            "strike",
            1,
            3,
            "Logar",
        ),
        (
            "Gunmen opened fire on a bus in Quetta, killing seven passengers.",
            "shooting",
            7,
            None,
            "Quetta",
        ),
        (
            "Nizamani escaped unharmed in the shooting incident in Kabul, but his Pakistani "
            "security guard was injured.",
            "shooting",
            None,
            1,
            "Kabul",
        ),
        (
            "Against the backdrop of the recent Peshawar Police Lines terrorist attack that "
            "killed hundreds, the US said Pakistan is a partner.",
            "attack",
            200,
            None,
            "Peshawar Police Lines",
        ),
    ],
)
def test_kind_counts_and_place(
    body: str, kind: str, killed: int | None, injured: int | None, place: str
) -> None:
    (inc,) = incidents(body)
    assert inc.kind == kind
    assert count(inc.killed) == killed
    assert count(inc.injured) == injured
    assert inc.location is not None
    assert inc.location.name == place


def test_vague_count_keeps_its_words() -> None:
    (inc,) = incidents("The recent Peshawar Police Lines attack that killed hundreds.")
    assert inc.killed is not None
    assert (inc.killed.value, inc.killed.min, inc.killed.text) == (None, 200, "hundreds")


def test_date_is_the_day_of_the_event_not_of_the_report() -> None:
    (inc,) = incidents(
        "Islamic State said Monday its affiliate was behind Sunday’s suicide "
        "bomb attack outside the military airport in Kabul."
    )
    assert str(inc.date) == "2023-01-01"
    assert inc.perpetrator is not None
    assert inc.perpetrator.name == "Islamic State"


@pytest.mark.parametrize(
    ("body", "perpetrator"),
    [
        (
            "A military spokesman for the Shebab confirmed that the militants had carried out "
            "the attack in Mogadishu on Sunday.",
            "Shebab",
        ),
        (
            "The TTP claimed responsibility for the suicide bombing in Bannu on Monday.",
            "Tehreek-e-Taliban Pakistan",
        ),
        (
            "The Shebab's former leader was killed by a US air strike in Barawe on Monday.",
            "United States",
        ),
    ],
)
def test_perpetrators(body: str, perpetrator: str) -> None:
    (inc,) = incidents(body)
    assert inc.perpetrator is not None
    assert inc.perpetrator.name == perpetrator


def test_attackers_killed_are_kept_apart_from_victims() -> None:
    (inc,) = incidents(
        "The suicide bombing at a checkpoint in Bannu on Monday killed three "
        "soldiers and two attackers."
    )
    assert count(inc.killed) == 3
    assert count(inc.attackers_killed) == 2


def test_tally_with_groups_sums_them() -> None:
    (inc,) = incidents(
        "Last year in 2021, Pakistan recorded a total of 267 security-related "
        "incidents, claiming the lives of 214 civilians and 226 security "
        "personnel, according to the South Asia Terrorism Portal (SATP).",
        published="2022-05-06",
    )
    assert inc.aggregate
    assert count(inc.incident_count) == 267
    assert count(inc.killed) == 440
    assert [v.group for v in inc.victims] == ["214 civilians", "226 security personnel"]
    assert inc.period is not None
    assert inc.period.text in ("Last year", "2021")
    assert inc.source is not None
    assert inc.source.name == "South Asia Terrorism Portal"


def test_tally_of_many_groups_without_a_period() -> None:
    (inc,) = incidents(
        "The data showed that militant-initiated violence claimed the lives of "
        "55 security personnel, 29 civilians, a peace committee member, and 24 "
        "militants, while 88 security officials, 45 civilians, and one militant "
        "were injured."
    )
    assert inc.aggregate
    assert count(inc.killed) == 109


def test_mentions_of_one_event_merge_and_separate_ones_do_not() -> None:
    body = (
        "A bomb exploded at a market in Quetta on Monday, killing five people.\n\n"
        "The blast also wounded 12 others, police said.\n\n"
        "In a separate incident, gunmen shot dead a policeman in Turbat."
    )
    got = incidents(body, title="Five killed in Quetta market blast")
    assert len(got) == 2
    quetta, turbat = got
    assert quetta.location is not None
    assert quetta.location.name == "Quetta"
    assert len(quetta.evidence) == 3  # headline, lead and "The blast"
    assert count(quetta.injured) == 12
    assert turbat.location is not None
    assert turbat.location.name == "Turbat"


@pytest.mark.parametrize(
    "body",
    [
        "The US has consistently expressed interest in the upsurge in terror attacks.",
        "TTP militants and Baloch insurgents are mounting deadly attacks on a regular basis.",
        "The militants are planning attacks against police in Ghazni province.",
        "Pakistan and China held joint military exercises near the border.",
        "Amid increasing cross-border attacks against Pakistan, the US plans to help.",
    ],
)
def test_generic_talk_is_not_an_incident(body: str) -> None:
    assert incidents(body) == []


@given(news_texts())
def test_incident_invariants(text: str) -> None:
    art = factkit.extract(text, published="2023-03-06")
    for inc in art.incidents:
        for c in (inc.killed, inc.injured, inc.attackers_killed, inc.incident_count):
            if c is None:
                continue
            assert all(x is None or x >= 0 for x in (c.value, c.min, c.max))
            if c.min is not None and c.max is not None:
                assert c.min <= c.max
        for v in inc.victims:
            assert v.span is not None
            assert text[v.span.start : v.span.end] == v.span.text
        groups = [v.killed.value for v in inc.victims if v.killed is not None]
        if inc.aggregate and groups and all(g is not None for g in groups) and len(groups) > 1:
            assert count(inc.killed) == sum(g for g in groups if g is not None)


def test_a_dated_reference_joins_the_event_of_that_day() -> None:
    found = incidents(
        "A suicide bomber struck a checkpoint in Kandahar on Sunday, officials said.\n\n"
        "Police said last month's raid on a hotel in Herat was also claimed by the group.\n\n"
        "The group said Sunday's attack killed 12 people.\n\n"
        "The December 12 attack wounded several guests, officials said.",
        published="2023-01-02",
    )
    by_day = {i.date: i for i in found}
    assert count(by_day[dt.date(2023, 1, 1)].killed) == 12  # "Sunday's attack"
    herat = [i for i in found if i.location is not None and i.location.name == "Herat"]
    assert len(herat) == 1
    assert any("December 12" in e.text for e in herat[0].evidence)


def test_the_shooting_is_the_shooting_told_before_not_the_main_event() -> None:
    found = incidents(
        "A car bomb killed five people in Mogadishu on Sunday.\n\n"
        "Gunmen also opened fire on a convoy in Baidoa on December 2, officials said.\n\n"
        "The driver escaped unharmed in the shooting, but a guard was injured.",
        published="2023-01-02",
    )
    shooting = next(i for i in found if i.kind == "shooting")
    assert count(shooting.injured) == 1
    bombing = next(i for i in found if i.kind != "shooting")
    assert bombing.injured is None


def test_the_demonym_capital_is_the_city() -> None:
    (inc,) = incidents(
        "Gunmen fired on the head of the embassy in the Afghan capital on Friday, injuring a guard."
    )
    assert inc.location is not None
    assert inc.location.name == "Kabul"


def test_a_report_of_the_past_24_hours_is_dated_by_the_report() -> None:
    (inc,) = incidents(
        "Numerous insurgents were killed in Helmand province over the past 24 hours, "
        "officials said.",
        published="2011-01-12",
    )
    assert inc.date == dt.date(2011, 1, 12)
    (undated,) = incidents("Numerous insurgents were killed in Helmand province.")
    assert undated.date is None


def test_the_day_named_wins_over_overnight() -> None:
    (inc,) = incidents(
        "Security forces killed two insurgents during an overnight operation in Logar "
        "province yesterday.",
        published="2011-06-07",
    )
    assert inc.date == dt.date(2011, 6, 6)


@pytest.mark.parametrize(
    ("body", "killed"),
    [
        ("Forces killed Taliban leader, Wali, during an operation in Kunar province.", 1),
        ("An operation in Uruzgan province resulted in the death of Maulawi Tayeb.", 1),
        ("An air strike in Kunar province killed Qari Zia and his deputy on Monday.", 2),
        ("Forces raided a compound in Helmand province. He was engaged and killed.", 1),
        ("Taliban commander Mullah Omar was killed in an airstrike in Helmand on Monday.", 1),
    ],
)
def test_people_named_as_the_dead_count(body: str, killed: int) -> None:
    assert [count(i.killed) for i in incidents(body)] == [killed]


def test_a_name_after_a_verb_of_death_in_another_clause_is_not_the_dead() -> None:
    (inc,) = incidents(
        "A bomb killed four people in Kabul, and President Ashraf Ghani condemned it."
    )
    assert count(inc.killed) == 4


def test_the_detained_are_not_counted_among_the_dead() -> None:
    (inc,) = incidents(
        "During the raid in Khost province, several suspected insurgents were detained "
        "and two were killed."
    )
    assert count(inc.killed) == 2


@pytest.mark.parametrize(
    ("body", "field", "want"),
    [
        (
            "Gunmen killed five soldiers in an ambush in northern Burkina Faso on Tuesday.",
            "place",
            "Burkina Faso",
        ),
        (
            "Israeli airstrikes killed 23 people in Gaza overnight, officials said.",
            "perpetrator",
            "Israel",
        ),
        (
            "Russian missiles hit a block of flats in Dnipro, killing at least 40 people.",
            "perpetrator",
            "Russia",
        ),
        (
            "Suspected Boko Haram fighters abducted 17 women near Maiduguri on Sunday.",
            "perpetrator",
            "Boko Haram",
        ),
        (
            "The death toll from Friday's mosque bombing in Peshawar rose to 61, officials said.",
            "killed",
            61,
        ),
        ("Hundreds of people have been killed in fighting in Sudan since April.", "killed", 200),
        ("Two Israeli soldiers were killed in a bombing in Jenin on Monday.", "perpetrator", None),
    ],
)
def test_places_actors_and_tolls(body: str, field: str, want: object) -> None:
    (inc,) = incidents(body)
    got: object
    if field == "place":
        got = inc.location.name if inc.location else None
    elif field == "perpetrator":
        got = inc.perpetrator.name if inc.perpetrator else None
    else:
        got = count(inc.killed)
    assert got == want


def test_a_tally_scoped_to_a_province_keeps_it() -> None:
    found = incidents(
        "Militant attacks in Pakistan rose to 89 in October from 69 in September. "
        "In Balochistan, the number of militant attacks increased from 21 in September "
        "to 23 in October.",
        published="2023-11-02",
    )
    places = sorted(i.location.name for i in found if i.aggregate and i.location)
    assert "Balochistan" in places


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "Shebab fighters launched an assault against an African Union command centre on "
            "Monday.",
            "African Union command centre",
        ),
        (
            "A suicide bomber struck a Shia mosque in Kunduz on Friday, killing 50 worshippers.",
            "Shia mosque in Kunduz",
        ),
        (
            "Gunmen stormed a downtown Kabul hotel on Monday, killing three guests.",
            "downtown Kabul hotel",
        ),
        ("A bomb exploded at a market in Peshawar on Monday, killing five people.", "Peshawar"),
    ],
)
def test_named_sites(body: str, place: str) -> None:
    (inc,) = incidents(body)
    assert inc.location is not None
    assert inc.location.name == place


def test_shot_dead_and_missiles_fired() -> None:
    (inc,) = incidents(
        "Unidentified gunmen shot dead a journalist in Karachi on Wednesday evening."
    )
    assert (inc.kind, count(inc.killed)) == ("shooting", 1)
    (inc,) = incidents(
        "Houthi rebels fired a missile at a commercial ship in the Red Sea on Monday, "
        "officials said, but no one was hurt."
    )
    assert inc.kind == "strike"
    assert inc.perpetrator is not None
    assert inc.killed is None


def test_a_sum_over_separate_operations_is_a_tally() -> None:
    found = incidents(
        "Numerous insurgents were killed during separate clearing operations in southern "
        "Afghanistan over the past 24 hours.\n\n"
        "In Sangin district, coalition forces engaged the enemy position, killing two "
        "insurgents.",
        published="2011-01-06",
    )
    tally, event = found
    assert tally.aggregate
    assert not event.aggregate
    assert count(event.killed) == 2
    assert event.date == dt.date(2011, 1, 6)  # the report's window, told in the lead


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # issue #6: two singular victims of one verb of death
        ("A combined force killed a Taliban leader and one insurgent in Laghman province.", 2),
        ("Troops killed a senior Taliban leader and one other insurgent in Faryab province.", 2),
        # a one-word name as the object of a verb of death, and "his associate"
        ("An airstrike in Kunar province killed Rostum and his associate, officials said.", 2),
        ("An airstrike in Kunar province killed Rostum, officials said.", 1),
        ("An airstrike in Kunar province killed a Taliban leader, officials said.", 1),
    ],
)
def test_victims_counted_without_a_number(text: str, killed: int) -> None:
    [inc] = factkit.extract(text).incidents
    assert inc.killed is not None
    assert inc.killed.value == killed


@pytest.mark.parametrize(
    ("text", "minimum"),
    [
        ("The security force called for a precision airstrike, killing multiple insurgents.", 3),
        ("Afghan and coalition forces killed a number of suicide bombers in Wardak province.", 3),
    ],
)
def test_vague_counts_of_the_dead(text: str, minimum: int) -> None:
    """Issue #6: "multiple" and "a number of" count at least three, as ISAF coders do."""
    [inc] = factkit.extract(text).incidents
    assert inc.killed is not None
    assert inc.killed.min == minimum


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Police killed the gang leader, Rahim, along with one other gunman in Kandahar.", 2),
        ("Soldiers fired on the car in Mosul province, killing the suspect.", 1),
        ("The militant was killed when troops stormed a house in Khost province on Monday.", 1),
        ("Also killed in the raid in Zabul province were seven fighters.", 7),
        ("Among those killed in the Quetta bombing were two policemen.", 2),
    ],
)
def test_more_ways_to_name_the_dead(text: str, killed: int) -> None:
    """Issue #6: "along with one other", a singular victim, an inverted clause."""
    [inc] = factkit.extract(text).incidents
    assert count(inc.killed) == killed


def test_a_headline_estimate_yields_to_the_count_of_its_lead() -> None:
    (inc,) = incidents(
        "Police said on Sunday that a raid in Baghlan province had led to the deaths of "
        "12 militants.",
        title="Dozens of militants killed in raid",
    )
    assert inc.killed is not None
    assert inc.killed.value == 12


def test_the_dead_told_as_more_add_to_the_toll() -> None:
    (inc,) = incidents(
        "An air strike killed four fighters in Paktika province on Monday. Two more "
        "fighters were killed in the strike, the army said."
    )
    assert count(inc.killed) == 6
    assert inc.killed is not None
    assert inc.killed.span is not None
    assert inc.killed.span.text == inc.killed.text


@pytest.mark.parametrize(
    "body",
    [
        "Police found a bomb factory in a house in Peshawar on Monday.",
        "Troops seized bomb-making materials in Kandahar province on Tuesday.",
        "Forces detained an IED facilitator in Helmand province on Friday.",
        # what someone does, not an event: a plural trigger as the object of a trade
        "Forces detained a commander responsible for IED attacks in Logar province on Tuesday.",
        "Police arrested a man in Karachi on Monday who coordinated suicide bombings.",
        # a trigger before an agent noun names a trade
        "The facilitator is a suicide-attack coordinator and planner in Takhar province.",
        "Security forces arrested an attack planner in Khost province on Tuesday.",
        "Police detained a suicide bomber trainer in Quetta on Monday.",
        "Police foiled a bomb plot in Karachi on Monday.",
        "He is known to lead attacks against civilians in Kabul and took part in attack planning.",
    ],
)
def test_a_weapon_or_trade_is_not_an_incident(body: str) -> None:
    """ "bomb factory", "IED facilitator": a trigger that names a thing, not an event."""
    assert incidents(body) == []


@pytest.mark.parametrize(
    ("text", "published", "aggregate"),
    [
        # a weekday left unresolved for want of a reference date is no period
        ("On Monday, a bomb killed four soldiers and two civilians in Quetta.", None, False),
        # nor is a vague reference
        ("Recently, a bomb killed four soldiers and two civilians in Quetta.", None, False),
        # a vague stretch of time is
        ("In recent months, bombs killed four soldiers and two civilians in Quetta.", None, True),
        ("In 2021, bombs killed four soldiers and two civilians in Quetta.", None, True),
    ],
)
def test_only_a_stretch_of_time_makes_a_tally(
    text: str, published: str | None, aggregate: bool
) -> None:
    [inc] = factkit.extract(text, published=published).incidents
    assert inc.aggregate is aggregate


def test_the_engagement_is_the_event_told_before() -> None:
    """ "the engagement", "the operation", "the firefight" refer to the event told before;
    "more ... were killed" adds to its toll."""
    (inc,) = incidents(
        "Troops killed four militants in a raid in Kunar province on Monday. Two more "
        "militants were killed as a result of the engagement."
    )
    assert count(inc.killed) == 6


def test_a_definite_group_of_the_dead_takes_the_count_told_before() -> None:
    """ "Two armed insurgents engaged the force ... killed the insurgents": two."""
    (inc,) = incidents(
        "Troops searched a compound in Chahar Darah district, Kunduz province, on Monday. "
        "Two armed insurgents engaged the troops from a ditch. The troops returned fire "
        "and killed the insurgents."
    )
    assert inc.killed is not None
    assert inc.killed.value == 2
    assert inc.killed.span is not None
    assert inc.killed.span.text == "Two"


def test_many_after_a_verb_of_death_is_a_count() -> None:
    (inc,) = incidents(
        "An air strike hit insurgents in Tsamkani district, Paktiya province, on Monday, "
        "killing many of them."
    )
    assert inc.killed is not None
    assert inc.killed.min == 4
    assert inc.killed.text == "many"


def test_several_attacks_in_someone_s_record_make_no_tally() -> None:
    (inc,) = incidents(
        "A security force killed several militants in Paktiya province on Monday, "
        "including a Taliban commander responsible for several IED attacks."
    )
    assert not inc.aggregate
    assert count(inc.killed) == 3


@pytest.mark.parametrize(
    ("text", "killed", "aggregate"),
    [
        # the dead counted as a family or a group
        ("An Israeli airstrike on a house in Rafah killed a family of seven, including four "
         "children, the health ministry said.", 7, False),
        ("Gunmen killed a group of 11 miners in Balochistan on Sunday.", 11, False),
        # one abduction in a month is an event; abductions during a month are a tally
        ("Boko Haram fighters abducted more than 80 schoolgirls from a school in Chibok, "
         "Borno state, in April.", None, False),
        ("According to the report, militants abducted 55 people during October across the "
         "province.", None, True),
    ],
)  # fmt: skip
def test_families_of_the_dead_and_abductions_in_a_month(
    text: str, killed: int | None, aggregate: bool
) -> None:
    [inc] = factkit.extract("Violence\n\n" + text, published="2024-03-12").incidents
    assert (inc.killed.value if inc.killed else None) == killed
    assert inc.aggregate is aggregate


@pytest.mark.parametrize(
    ("text", "kind", "perpetrator"),
    [
        ("Five people died when a rocket hit a residential building in Kharkiv late on "
         "Wednesday, the governor said.", "strike", None),
        ("Unidentified assailants hurled a grenade at a police station in Quetta, wounding "
         "four constables.", "bombing", None),
        # the group of a member killed is the victim's side, not the perpetrator
        ("A drone strike killed a senior al-Shabaab commander near Jilib on Thursday.",
         "strike", None),
        ("TTP militants attacked a check post in Bannu, killing three policemen.", "attack",
         "Tehreek-e-Taliban Pakistan"),
    ],
)  # fmt: skip
def test_rockets_grenades_and_the_groups_of_the_killed(
    text: str, kind: str, perpetrator: str | None
) -> None:
    [inc] = factkit.extract("Violence\n\n" + text, published="2024-03-12").incidents
    assert inc.kind == kind
    assert (inc.perpetrator.name if inc.perpetrator else None) == perpetrator


def test_an_attack_retold_with_the_same_toll_is_one_incident() -> None:
    """The lead tells the attack; a quotation retells it with its village and the same toll."""
    (inc,) = incidents(
        "Gunmen attacked a police post near the border, killing three policemen and wounding "
        "five others, officials said on Tuesday.\n\n"
        '"About 30 gunmen attacked the post in Kotli Ghar village late on Monday, killing three '
        'policemen and wounding five others," district officer Sami Durrani said.',
        published="2023-05-09",
    )
    assert (count(inc.killed), count(inc.injured)) == (3, 5)
    assert inc.location is not None
    assert inc.location.name == "Kotli Ghar"
    assert len(inc.evidence) == 2


def test_a_dated_mention_with_a_place_completes_the_undated_main_event() -> None:
    (inc,) = incidents(
        "Officials say about 40 militants attacked a border post, killing one soldier.\n\n"
        "Officials say the militants launched Monday's pre-dawn attack in the Bajaur district "
        "with mortars.",
        published="2023-05-09",
        title="Militants attack border post",
    )
    assert inc.date == dt.date(2023, 5, 8)
    assert inc.location is not None
    assert inc.location.name == "Bajaur"


def test_a_toll_without_an_event_word_adds_to_the_event_before() -> None:
    """The place of the one who reports ("an official in Quetta") is not where it happened."""
    (inc,) = incidents(
        "Nine soldiers were killed when insurgents stormed an army post in Kech district on "
        "Sunday.\n\nA security official in Quetta says another four soldiers were injured.",
        published="2023-05-09",
    )
    assert (count(inc.killed), count(inc.injured)) == (9, 4)
    assert inc.location is not None
    assert inc.location.name == "Kech"


@pytest.mark.parametrize(
    "body",
    [
        "Kunar is a haven for militant groups fighting government forces in the east.",
        "The valley is home to insurgents who are fighting the army in the mountains.",
    ],
)
def test_a_participle_that_describes_armed_actors_is_no_event(body: str) -> None:
    assert incidents(body) == []


def test_a_site_named_only_by_an_adjective_yields_to_the_town() -> None:
    (inc,) = incidents(
        "Gunmen attacked a small Sufi shrine overnight, killing two caretakers on the "
        "outskirts of Peshawar.",
    )
    assert inc.location is not None
    assert inc.location.name == "Peshawar"


@pytest.mark.parametrize(
    ("body", "perpetrator"),
    [
        ("Israeli troops shot dead two Palestinians in Jenin on Monday.", "Israel"),
        ("Russian forces on Sunday shelled Kherson, killing three civilians.", "Russia"),
        (
            "US special forces found and killed the group's leader in a raid on Monday.",
            "United States",
        ),
        ("Two Pakistani soldiers were killed when militants attacked a post on Monday.", None),
    ],
)
def test_a_states_forces_as_the_subject_of_an_attack_verb(
    body: str, perpetrator: str | None
) -> None:
    (inc,) = incidents(body)
    assert (inc.perpetrator.name if inc.perpetrator else None) == perpetrator


def test_an_estimate_and_a_count_that_agree_are_one_toll() -> None:
    (inc,) = incidents(
        "A suicide bomber blew up a car at the gate of a market in Mosul on Sunday, killing at "
        "least 11 people and wounding dozens.\n\nA hospital official said at least 11 people "
        "were killed and 35 wounded. A guard who opened fire on the car was among the wounded.",
        published="2023-05-08",
    )
    assert (count(inc.killed), count(inc.injured)) == (11, 35)
    assert len(inc.evidence) == 3


@pytest.mark.parametrize(
    ("body", "killed", "place"),
    [
        (
            "A suicide bomber struck a cattle market in the town of Dargai Kalan on Sunday, "
            "killing the town's mayor, Abdul Qadir, and 11 other people, said Sami Ullah, the "
            "top official in Peshawar.",
            12,
            "Dargai Kalan",
        ),
        (
            "The attack occurred on Saturday morning in Ramirgo Village, killing two men and "
            "three other people.",
            5,
            "Ramirgo",
        ),
    ],
)
def test_one_named_and_others_and_places_told_as_town_of(
    body: str, killed: int, place: str
) -> None:
    (inc,) = incidents(body, published="2023-05-08")
    assert count(inc.killed) == killed
    assert inc.location is not None
    assert inc.location.name == place


def test_later_mentions_in_the_same_country_and_of_the_explosive_are_the_same_event() -> None:
    (inc,) = incidents(
        "A suicide bomber detonated explosives near a market in Borno state on Saturday, "
        "killing at least three people, police said.\n\nNo one claimed responsibility for the "
        "attack, which bore the hallmarks of Boko Haram's insurgency in Nigeria's northeast."
        "\n\nA vigilante said four people were killed and seven injured when the explosive "
        "went off at a checkpoint.",
        published="2023-05-08",
    )
    assert len(inc.evidence) == 3
    assert inc.location is not None
    assert inc.location.name == "Borno"
    assert count(inc.killed) == 3


def test_a_tally_with_no_number_is_no_incident() -> None:
    found = incidents(
        'A bomb killed the mayor of Kohat on Sunday.\n\n"He had survived several attacks on '
        'his life in the recent past," his brother said.',
        published="2023-05-08",
    )
    assert [(i.kind, i.aggregate) for i in found] == [("bombing", False)]


def test_strikes_in_camps_with_tolls_in_the_next_sentence() -> None:
    found = incidents(
        "Israeli airstrikes in central Gaza killed at least 14 people on Sunday, health "
        "officials said, while the bombing of a hospital in the north wounded patients.\n\n"
        "One airstrike flattened a building in the Bureij refugee camp on Sunday afternoon, "
        "according to the Aqsa Martyrs Hospital in the nearby city of Deir al-Balah.\n\n"
        "At least nine people were killed, including six children.",
        published="2024-03-12",
    )
    assert found[0].kind == "strike"
    camp = next(i for i in found if i.location is not None and i.location.name == "Bureij")
    assert count(camp.killed) == 9


@pytest.mark.parametrize(
    ("body", "place", "date"),
    [
        (
            "The strike hit the house of a Hamas leader who is based in Qatar, killing one of "
            "his sisters in Shati camp on Tuesday.",
            "Shati",
            dt.date(2024, 6, 25),
        ),
        (
            "He has lost many relatives to Israeli air strikes in Gaza since Oct. 7, and a "
            "strike on his house killed two more on Tuesday.",
            "Gaza",
            dt.date(2024, 6, 25),
        ),
    ],
)
def test_where_someone_is_based_and_since_when_are_not_the_events(
    body: str, place: str, date: dt.date
) -> None:
    (inc,) = incidents(body, published="2024-06-26")
    assert inc.location is not None
    assert inc.location.name == place
    assert inc.date == date


def test_a_total_of_everyone_is_not_added_to_nor_replaced_by_a_claim() -> None:
    (inc,) = incidents(
        "A raid by al-Shabaab on a military base in southern Somalia has left at least 18 "
        'people dead, officials said on Sunday.\n\n"We have lost five soldiers. Our troops '
        'have also killed 13 militants," a military official said.\n\nThe group said it had '
        "killed more than 20 soldiers.\n\nSpeaking to local media in the capital Mogadishu, "
        "the army chief confirmed the morning assault.",
        published="2024-03-12",
    )
    assert inc.killed is not None
    assert (inc.killed.value, inc.killed.min) == (None, 18)
    assert inc.location is not None
    assert inc.location.name == "Somalia"
    assert len(inc.evidence) == 4


def test_a_quoted_today_is_the_speakers_day_and_the_same_group_is_the_same_raid() -> None:
    (inc,) = incidents(
        "Al-Shabaab members attacked a military base near Baidoa on Friday morning, killing at "
        'least seven soldiers, an official said.\n\n"Al-Shabaab attacked our base early in the '
        'morning today," Captain Ahmed Idow told Reuters by telephone.',
        published="2024-03-12",
    )
    assert inc.date == dt.date(2024, 3, 8)
    assert len(inc.evidence) == 2


def test_a_recent_attack_told_as_background_takes_no_day_of_the_story() -> None:
    (inc,) = incidents(
        "Chinese Foreign Minister Wang Yi held talks in Islamabad today.\n\nRelations have "
        "soured after Kabul blamed Islamabad for the recent attack in its diplomatic quarter.",
        published="2024-03-12",
    )
    assert inc.date is None


def test_a_days_sum_over_two_engagements_in_a_district_keeps_the_district() -> None:
    found = incidents(
        "Security forces on Sunday killed seven militants in two separate engagements in Dera "
        "Ismail Khan district. In the first, in general area Daraban, four khwarij were sent to "
        "hell, the military said.\n\nPresident Asif Ali Zardari lauded the security forces for "
        "killing seven militants in two operations in Dera Ismail Khan.",
        published="2024-03-12",
    )
    tally = found[0]
    assert tally.aggregate
    assert tally.location is not None
    assert tally.location.name == "Dera Ismail Khan"
    assert len(tally.evidence) == 2  # the president's retelling is the same sum
    daraban = [i for i in found if i.location is not None and i.location.name == "Daraban"]
    assert [count(i.killed) for i in daraban] == [4]


def test_a_running_toll_of_a_war_is_a_tally_in_the_places_country() -> None:
    found = incidents(
        "Gaza's Health Ministry said that Israel's offensive has killed over 40,000 people in "
        "Gaza.\n\nA strike on a home in Khan Younis early Tuesday killed five people.",
        published="2024-08-27",
    )
    tally, strike = found
    assert tally.aggregate
    assert tally.location is not None
    assert tally.location.name == "Palestine"
    assert not strike.aggregate
    assert count(strike.killed) == 5


def test_a_sum_over_separate_encounters_and_the_victims_group_in_parentheses() -> None:
    found = incidents(
        "Four militants, including two belonging to the Jaish-e-Mohammad (JeM), were killed in "
        "two separate encounters in south Kashmir on Saturday, police said.",
        published="2020-10-10",
    )
    (tally,) = found
    assert tally.aggregate
    assert tally.perpetrator is None
    assert count(tally.killed) == 4


@pytest.mark.parametrize(
    "body",
    [
        "Afghan-led forces have captured or killed more than 80 Haqqani leaders since January.",
        "Security forces killed or arrested 45 militants in Khyber on Tuesday.",
        "Gunmen killed or wounded 30 people in Kano on Friday.",
    ],
)
def test_a_count_shared_by_two_verbs_is_no_toll(body: str) -> None:
    """ "captured or killed 80": how many died is not told."""
    assert all(i.killed is None and i.injured is None for i in incidents(body))


@pytest.mark.parametrize(
    ("body", "kind", "place", "start"),
    [
        (
            "Troops have killed 120 militants in Khyber since March.",
            "killing",
            "Khyber",
            "2023-03-01",
        ),
        (
            "At least 20 people have been killed in clashes in Tripoli since the start of the"
            " year.",
            "clash",
            "Tripoli",
            "2023-01-01",
        ),
    ],
)
def test_a_toll_since_a_date_is_a_tally_of_that_stretch(
    body: str, kind: str, place: str, start: str
) -> None:
    """ "have been killed since March": a running toll from March to publication, in the
    place named, of the kind of violence named."""
    (inc,) = incidents(body, published="2023-05-10")
    assert inc.aggregate
    assert inc.kind == kind
    assert inc.location.name == place
    assert inc.period.start == dt.date.fromisoformat(start)
    assert inc.period.end == dt.date(2023, 5, 10)
    assert inc.period.span.text.lower().startswith("since")


def test_two_events_of_two_days_in_one_sentence_are_two_incidents() -> None:
    """A clause per event, each with its own day: the strike of yesterday and the bombing
    of June 28 are two incidents, each with its day and place."""
    body = (
        "The army confirmed today that a commander who planned the Kabul suicide bombing on"
        " June 28 was killed in an air strike in Gardez district, Paktiya province,"
        " yesterday."
    )
    found = {(i.kind, i.date) for i in incidents(body, published="2011-06-30")}
    assert found == {("suicide_bombing", dt.date(2011, 6, 28)), ("strike", dt.date(2011, 6, 29))}


def test_another_event_in_a_clause_is_its_own_incident() -> None:
    """ "a week which saw the United States conduct another air strike": a new event, with
    the state that launched it, not more of the bombing told before."""
    body = (
        "A suicide bomber killed four people near the airport in Mogadishu on Sunday. The"
        " latest attack came at the end of a week which saw the United States conduct another"
        " air strike against the Shebab."
    )
    found = incidents(body, published="2015-01-04")
    assert [(i.kind, i.killed.value if i.killed else None) for i in found] == [
        ("suicide_bombing", 4),
        ("strike", None),
    ]
    assert found[1].perpetrator.name == "United States"


@pytest.mark.parametrize(
    "body",
    [
        # more of the same toll, not a new event
        "A bomb killed five people in Quetta on Monday, and another two were killed when the"
        " roof collapsed.",
        # one event over two days
        "Clashes in Tripoli that began on Monday killed 20 people by Wednesday.",
    ],
)
def test_one_event_in_one_sentence_stays_one(body: str) -> None:
    assert len(incidents(body, published="2024-05-10")) == 1


@pytest.mark.parametrize(
    ("body", "state"),
    [
        ("Israel launched airstrikes on Rafah on Tuesday, killing 12 people.", "Israel"),
        (
            "Pakistan carried out air strikes in Khost province on Monday, killing eight.",
            "Pakistan",
        ),
    ],
)
def test_a_state_that_launches_strikes_carries_them_out(body: str, state: str) -> None:
    (inc,) = incidents(body, published="2024-05-10")
    assert inc.perpetrator.name == state


def test_a_country_in_the_headline_and_a_province_in_the_lead_are_one_event() -> None:
    """ "18 killed in Nigeria ..." then "... an attack on Kaboro community in Zamfara
    State": the lead names the place inside the headline's country, the community first."""
    text = (
        "18 killed in Nigeria gunmen attack\n\n"
        "A total of 18 people were killed late Tuesday in an attack on Kaboro community in"
        " Nigeria's Zamfara State, officials said."
    )
    (inc,) = factkit.extract(text, published="2012-10-31").incidents
    assert inc.location.name == "Kaboro"
    assert [p.name for p in inc.locations][:1] == ["Zamfara"]
    assert inc.killed.value == 18


def test_a_title_case_headline_names_no_village() -> None:
    """ "Gunmen Attack Nigerian Village": capitals in a title-case headline are no name."""
    text = (
        "Gunmen Attack Nigerian Village, Killing 19 People\n\n"
        "Gunmen attacked a village in northwest Nigeria early Sunday morning, killing 19"
        " people, police said."
    )
    (inc,) = factkit.extract(text, published="2012-09-04").incidents
    assert inc.location.name == "Nigeria"


@pytest.mark.parametrize(
    "body",
    [
        # a victim named by a pronoun was told before: the event too
        'Gunmen stormed Kaboro in Zamfara State on Tuesday, killing 18 people. "The village'
        ' head came out to plead with the gunmen who started shooting when they killed him,"'
        " he said.",
        # "at least 12" told again as "the 12 people killed"
        "Gunmen attacked a village in Katsina State on Tuesday, killing at least 12 villagers."
        ' "The bandits started shooting sporadically," Isa said, adding the 12 people killed'
        " were all shot in farms.",
        # a clock time names no day, and a village the gazetteer lacks adds a detail
        "Gunmen attacked a village in Adamawa on Wednesday, killing seven villagers. Several"
        " gunmen invaded the Negga village at about 2 a.m. and shot at villagers.",
    ],
)
def test_later_details_of_the_event_join_it(body: str) -> None:
    assert len(incidents(body, published="2024-03-12")) == 1


def test_a_clock_time_alone_does_not_date_an_event() -> None:
    (inc,) = incidents("Gunmen attacked Negga village in Adamawa at about 2 a.m., killing two.")
    assert inc.date is None


@pytest.mark.parametrize(
    ("body", "killed"),
    [
        ("Gunmen went house to house, slashing 19 people to death in Zamfara on Sunday.", 19),
        ("Attackers hacked 12 villagers to death in Plateau State on Monday.", 12),
        ("Five people were burned to death when gunmen set fire to houses in Benue.", 5),
    ],
)
def test_put_to_death(body: str, killed: int) -> None:
    (inc,) = incidents(body)
    assert count(inc.killed) == killed


@pytest.mark.parametrize(
    "body",
    [
        "Ten people died in a bus crash in Kano on Monday.",
        "At least 30 people were killed in floods in Borno on Monday.",
        "A fire killed five people in a Lagos market on Monday.",
        "Two people were crushed to death in a stampede in Kano on Friday.",
        # a habit of armed gangs, not an event
        "Taraba is one of several states struggling with gangs known as bandits, who raid"
        " villages, looting and killing residents or kidnapping them for ransom.",
    ],
)
def test_accidents_disasters_and_habits_are_not_incidents(body: str) -> None:
    assert incidents(body) == []


def test_a_disaster_word_beside_an_attack_keeps_the_attack() -> None:
    body = "Ten soldiers were killed when their vehicle hit a roadside bomb, causing a crash."
    (inc,) = incidents(body)
    assert inc.kind == "bombing"
    assert count(inc.killed) == 10


@pytest.mark.parametrize(
    ("body", "killed", "injured"),
    [
        ("One person died in a drone attack in Kyiv on Wednesday.", 1, None),
        ("At least one person died in a drone attack in Kyiv and two were injured.", 1, 2),
        ("One soldier was wounded when a bomb exploded in Kandahar on Monday.", None, 1),
    ],
)
def test_one_victim_as_the_subject(body: str, killed: int | None, injured: int | None) -> None:
    (inc,) = incidents(body)
    assert (count(inc.killed), count(inc.injured)) == (killed, injured)


@pytest.mark.parametrize(
    "body",
    [
        "At least one person died in a Russian drone attack in Kyiv on Wednesday.",
        "Russian forces have attacked the village of Zmiivka in Kherson, killing a local man.",
    ],
)
def test_a_state_s_drones_and_forces_that_have_attacked(body: str) -> None:
    (inc,) = incidents(body)
    assert inc.perpetrator.name == "Russia"


@pytest.mark.parametrize(
    ("body", "killed", "injured"),
    [
        (
            "The shelling in Kotli on Monday resulted in 3 civilian martyrdom and 25 serious"
            " injuries.",
            3,
            25,
        ),
        ("The blast left 12 people with serious injuries in Quetta on Monday.", None, 12),
    ],
)
def test_martyrdom_and_serious_injuries(body: str, killed: int | None, injured: int | None) -> None:
    (inc,) = incidents(body)
    assert (count(inc.killed), count(inc.injured)) == (killed, injured)


def test_the_attack_retold_with_its_region_on_the_same_morning_is_one_event() -> None:
    """ "killed Friday when fighters attacked a Somali military base" then "Six militants
    and four soldiers were killed in the attack in the Lower Shabelle region early on Friday
    morning": one event; a base described by common words is no rival place."""
    text = (
        "Al-Shabaab attack on Somali military base kills 10\n\n"
        "At least 10 people were killed Friday when al-Shabaab fighters attacked a Somali"
        " military base, a military commander said.\n\n"
        "Six militants and four Somali soldiers were killed in the attack in the Lower Shabelle"
        " region early on Friday morning, Abdikafi Hilowle told dpa."
    )
    (inc,) = factkit.extract(text, published="2015-09-18").incidents
    assert inc.date == dt.date(2015, 9, 18)
    assert "Lower Shabelle" in {x.name for x in (inc.location, *inc.locations)}


def test_the_site_of_an_event_told_without_a_place_is_a_detail() -> None:
    text = (
        "Somali militants kill 12 soldiers in attack on base\n\n"
        "Al-Shabaab militants killed at least 12 Somali soldiers and briefly captured a military"
        " base southwest of the capital on Wednesday, officials said.\n\n"
        "A suicide bomber detonated at the El Salini base before gunmen stormed in, police said."
    )
    (inc,) = factkit.extract(text, published="2020-02-20").incidents
    assert inc.location.name == "El Salini base"


@pytest.mark.parametrize(
    ("body", "killed", "injured"),
    [
        (
            "Earlier this month 50 AU troops from Uganda were killed in an attack by militants.",
            50,
            None,
        ),
        ("Three UN peacekeepers were wounded in an attack in Mali on Monday.", None, 3),
    ],
)
def test_groups_named_by_an_acronym_or_a_trade(
    body: str, killed: int | None, injured: int | None
) -> None:
    (inc,) = incidents(body)
    assert (count(inc.killed), count(inc.injured)) == (killed, injured)


def test_a_trade_joined_to_another_is_no_event() -> None:
    body = (
        "The senior leader is responsible for numerous attacks against Afghan forces, as well as"
        " kidnapping for ransom operations within Badghis province."
    )
    assert incidents(body) == []


def test_it_took_place_in_gives_the_place_of_the_event_told_before() -> None:
    text = (
        "Al-Shabaab militants storm Somali military base\n\n"
        "A pre-dawn raid by al-Shabaab on a military base in southern Somalia has left at least"
        " 18 people dead, officials said.\n\n"
        "The incident was the latest in a series of insurgent attacks. It took place in the"
        " Lower Shabelle province, on the outskirts of the regional capital Marka."
    )
    (inc,) = factkit.extract(text, published="2019-09-22").incidents
    assert inc.location.name == "Lower Shabelle"
    assert count(inc.killed) == 18


def test_where_victims_were_taken_is_not_where_it_happened() -> None:
    body = (
        '"Three citizens were martyred in a strike in Maghazi camp and their bodies were taken'
        ' to Shuhada al-Aqsa Hospital," Ashraf al-Qudra said.'
    )
    (inc,) = incidents(body)
    assert inc.location.name == "Maghazi"


def test_the_group_of_a_speaker_is_not_the_attacker() -> None:
    body = (
        "Four Palestinians were killed in a new Israeli strike on Gaza on Friday, the Hamas"
        " health ministry spokesman told AFP, as multiple new raids struck across the territory."
    )
    (inc,) = incidents(body)
    assert inc.perpetrator.name == "Israel"


@pytest.mark.parametrize(
    ("body", "killed"),
    [
        ("The new deaths brought the death toll from the Quetta bombing to 61.", 61),
        ("The latest deaths raised the toll in the violence in Gaza to 28.", 28),
    ],
)
def test_a_toll_raised_to_a_number(body: str, killed: int) -> None:
    (inc,) = incidents(body)
    assert count(inc.killed) == killed


def test_the_strike_in_the_wider_territory_is_the_strike_told_before() -> None:
    body = (
        "Four Palestinians were killed in an Israeli air strike on Gaza on Friday. Qudra added"
        " that the strike, in the central Gaza Strip, targeted a home."
    )
    assert len(incidents(body)) == 1


def test_a_headline_over_a_day_s_sum_is_that_sum() -> None:
    text = (
        "Security forces kill 7 khwarij in DI Khan\n\n"
        "RAWALPINDI - Security Forces on Sunday killed seven Khwarij in two separate engagements"
        " in Dera Ismail Khan District. In general area Daraban, four khwarij were sent to hell,"
        " an ISPR news release said. In another encounter that took place in general area"
        " Maddi, own troops neutralised three khwarij."
    )
    incs = factkit.extract(text, published="2024-03-10").incidents
    assert [(i.aggregate, count(i.killed)) for i in incs] == [(True, 7), (False, 4), (False, 3)]


@pytest.mark.parametrize(
    ("body", "killed", "injured"),
    [
        ("Jihadists kill 12 troops in raid attack.", 12, None),
        ("Militants wound 5 policemen in Bannu attack.", None, 5),
        ("Jihadists kill 12 Burkina Faso troops in a raid on a base.", 12, None),
    ],
)
def test_headline_tense_and_country_names_before_the_group(
    body: str, killed: int | None, injured: int | None
) -> None:
    (inc,) = incidents(body)
    assert (count(inc.killed), count(inc.injured)) == (killed, injured)


def test_an_owner_before_a_named_site_is_not_its_name() -> None:
    (inc,) = incidents("Around 40 jihadists attacked the army's Nassoumbou base on Friday.")
    assert inc.location.name == "Nassoumbou base"


def test_the_day_a_reaction_came_is_not_the_day_of_the_attack() -> None:
    """ "condemned Thursday the suicide attack a day before": Thursday is the day of the
    condemnation; the attack, told again "on Wednesday", is Wednesday's."""
    text = (
        "UN chief condemns attack on education center in Kabul\n\n"
        "UN Secretary-General condemned Thursday the suicide attack a day before on an education"
        " center in Kabul that killed at least 48 students.\n\n"
        "Up to 48 students were killed and 67 others injured in a suicide bomb blast in Kabul on"
        " Wednesday, the Afghan public health ministry said."
    )
    (inc,) = factkit.extract(text, published="2018-08-16").incidents
    assert inc.date == dt.date(2018, 8, 15)


def test_a_place_that_names_a_speaker_s_office_is_not_the_event_s() -> None:
    """ "Zamfara state police spokesman Sunusi Amiru said": Zamfara is whose spokesman he
    is; the death toll in "the assault" joins the attack told before, in its village."""
    text = (
        "Gunmen attack village, killing 19\n\n"
        "Gunmen attacked Lingyado village early Sunday, killing 19 people, police said.\n\n"
        "At least 19 people died in the assault, Zamfara state police spokesman Sunusi Amiru"
        " said. Seven others were wounded."
    )
    (inc,) = factkit.extract(text, published="2012-09-04").incidents
    assert inc.location.name == "Lingyado"


def test_a_named_victim_and_his_companions_are_counted_together() -> None:
    """ "killing Zia Wadan, a journalist ..., along with his two colleagues" and "Zia Wadan
    and two of his colleagues were killed and another person was wounded": three dead, one
    wounded."""
    text = (
        "Explosion hits Kabul, killing Afghan journalist\n\n"
        "A massive explosion hit Kabul on Sunday morning, killing Zia Wadan, an Afghan journalist"
        " who turned spokesman for the public protection force, along with his two colleagues,"
        " the interior ministry said.\n\n"
        "“Zia Wadan and two of his colleagues were killed and another person was wounded,” the"
        " statement said."
    )
    (inc,) = factkit.extract(text, published="2019-06-02").incidents
    assert (count(inc.killed), count(inc.injured)) == (3, 1)


def test_a_kind_told_as_unclear_is_no_event() -> None:
    assert incidents("It is unclear whether that explosion came from a suicide car bombing.") == []
    (inc,) = incidents(
        "Gunmen killed five people in Kano on Monday; it is unclear whether the attack was"
        " linked to the election."
    )
    assert count(inc.killed) == 5


def test_an_event_used_as_a_landmark_is_not_the_event_told() -> None:
    """ "six were killed in a militant siege ... 70 kilometres northeast of Wednesday's
    blast": another event, not a retelling of the blast (nor dated by it)."""
    body = (
        "A suicide bomber killed four people at a police checkpoint in Bannu on Wednesday.\n\n"
        "Officials said on Tuesday six security personnel had been killed in a militant siege"
        " on an exploration site around 70 kilometres northeast of Wednesday's blast."
    )
    incs = incidents(body, published="2024-07-03")
    assert [(i.kind, count(i.killed), i.date) for i in incs] == [
        ("suicide_bombing", 4, dt.date(2024, 7, 3)),
        ("attack", 6, None),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Pakistan is grappling with militancy since the Taliban returned to power in"
        " Afghanistan, although the latest attack has not yet been claimed by any group.",
        "No group has claimed the attack, which came after the Taliban seized power.",
    ],
)
def test_a_group_that_rules_or_an_unclaimed_attack_names_no_perpetrator(sentence: str) -> None:
    body = f"A suicide bomber killed four people at a checkpoint in Bannu on Wednesday. {sentence}"
    incs = incidents(body, published="2024-07-03")
    assert incs
    assert [i.perpetrator for i in incs] == [None] * len(incs)


def test_a_place_s_history_is_no_event() -> None:
    body = (
        "A bomb killed two soldiers in Bannu on Monday.\n\n"
        "North Waziristan has historically been a hive of militancy and was the target of a"
        " long-running military offensive and US drone strikes."
    )
    assert [i.location.name for i in incidents(body) if i.location] == ["Bannu"]


@pytest.mark.parametrize(
    ("body", "killed", "injured", "aggregate"),
    [
        # groups of the dead and the hurt in one event: no tally, each count once
        (
            "Two policemen were killed and one officer was injured in the blast in Bannu, while"
            " three passersby also sustained injuries, police said.",
            2,
            4,
            False,
        ),
        # three groups of the hurt with no day: a tally
        (
            "The database showed that 92 security personnel, 48 civilians and 22 militants"
            " sustained injuries across the country in October.",
            None,
            162,
            True,
        ),
        # the wounded who died later add to the dead
        (
            "Militants attacked a police patrol in Kohat on Monday, killing five officers."
            " Two civilians later succumbed to their injuries.",
            7,
            None,
            False,
        ),
        # a police rank before a name
        (
            "Constable Muhammad Tariq was shot and killed in Bannu on Monday.",
            1,
            None,
            False,
        ),
    ],
)
def test_groups_of_victims_and_later_deaths(
    body: str, killed: int | None, injured: int | None, aggregate: bool
) -> None:
    [inc] = incidents(body)
    assert (count(inc.killed), count(inc.injured), inc.aggregate) == (killed, injured, aggregate)


def test_a_possessive_before_a_district_is_not_part_of_its_name() -> None:
    body = "Two policemen were killed in a suicide blast in Pakistan’s Bhakkar district on Tuesday."
    [inc] = incidents(body)
    assert inc.location is not None
    assert inc.location.name == "Bhakkar"


def test_a_subheading_run_into_its_paragraph_and_a_claim_of_both_attacks() -> None:
    body = (
        "Two policemen were killed in a suicide blast in Bhakkar district on Tuesday.\n\n"
        "Militants attack a police patrol In Kohat city in the northwestern province,"
        " militants attacked a police patrol on Monday, killing five officers.\n\n"
        "The Pakistani Taliban claimed responsibility for both attacks."
    )
    incs = incidents(body, published="2026-02-25")
    places = [i.location.name if i.location else None for i in incs]
    assert places == ["Bhakkar", "Kohat"]
    assert [i.perpetrator.id if i.perpetrator else None for i in incs] == ["group:ttp"] * 2


def test_a_place_in_a_speaker_s_description_is_not_where_it_happened() -> None:
    """ "A spokesperson for the Hayatabad Medical Complex in Peshawar, to where the wounded
    were evacuated, said ...": Peshawar is where the speaker is, and the bodies the hospital
    received are the toll of the event told before."""
    body = (
        "A suicide bomber blew himself up at a police checkpoint in Jamrud on Tuesday, killing"
        " at least ten people.\n\n"
        "A spokesperson for the Hayatabad Medical Complex in Peshawar, to where the wounded"
        " were evacuated, said earlier that the hospital had received six bodies."
    )
    incs = incidents(body, published="2016-01-19")
    assert [(i.location.name if i.location else None, count(i.killed)) for i in incs] == [
        ("Jamrud", 10)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # context for the event told before, with nothing new in it
        "The attacks came just days after satellite imagery reviewed by the Yale School of"
        " Public Health revealed new drones at Nyala airport.",
        # a state of things since a day
        "Since May 10, 2024, violent clashes have been ongoing in El Fasher between the army"
        " and the RSF.",
    ],
)
def test_context_and_a_state_of_things_are_no_new_event(sentence: str) -> None:
    body = (
        "At least 16 civilians were killed in a drone strike by the Rapid Support Forces in"
        f" El Fasher on Wednesday.\n\n{sentence}"
    )
    incs = incidents(body, published="2025-10-02")
    assert [(i.location.name if i.location else None, count(i.killed)) for i in incs] == [
        ("El Fasher", 16)
    ]


def test_a_source_cited_by_a_body_is_not_the_perpetrator() -> None:
    body = (
        "According to the Armed Conflict Location and Event Data Project, cited by the United"
        " Nations, the conflict has claimed over 29,683 lives since April 2023."
    )
    [inc] = incidents(body)
    assert inc.perpetrator is None


def test_neighbourhood_names_told_shorter_and_longer_are_one_event() -> None:
    body = (
        "Separately, the El Fasher Resistance Committees said an RSF drone strike on a civilian"
        " gathering in the Al-Daraja neighbourhood killed at least eight people.\n\n"
        '"A drone targeted a gathering of civilians in the Al-Daraja Al-Oula neighbourhood,'
        ' west of El Fasher, leaving eight people dead," the group said.'
    )
    assert len(incidents(body, published="2025-10-02")) == 1


@pytest.mark.parametrize(
    ("body", "kind", "perpetrator", "killed", "injured", "aggregate"),
    [
        # missiles fired by a state's forces, on a day with its part of the day
        (
            "Russian forces on Tuesday morning hit with a missile the regional administration"
            " building in Kharkiv, injuring about 20 people.",
            "strike",
            "Russia",
            None,
            20,
            False,
        ),
        (
            "Russian forces launched a series of missiles early on Thursday on Kharkiv,"
            " injuring at least four people, local officials said.",
            "strike",
            "Russia",
            None,
            4,
            False,
        ),
        # "reported to be killed"; several strikes on one day are one wave, not a tally
        (
            "On Monday, the mayor said at least nine people were reported to be killed and 37"
            " others wounded after Russian forces launched multiple rocket strikes on Kharkiv.",
            "strike",
            "Russia",
            9,
            37,
            False,
        ),
        # people saved are no victims
        (
            "A missile strike hit Kharkiv on Tuesday. Rescue teams saved six people, while about"
            " 20 people were injured, the emergency service said.",
            "strike",
            None,
            None,
            20,
            False,
        ),
    ],
)
def test_missiles_and_their_tolls(
    body: str,
    kind: str,
    perpetrator: str | None,
    killed: int | None,
    injured: int | None,
    aggregate: bool,
) -> None:
    [inc] = incidents(body, published="2022-03-01")
    got = (
        inc.kind,
        inc.perpetrator.name if inc.perpetrator else None,
        count(inc.killed),
        count(inc.injured),
        inc.aggregate,
    )
    assert got == (kind, perpetrator, killed, injured, aggregate)


def test_the_village_told_again_and_where_the_attackers_came_from() -> None:
    body = (
        "Bandits, on Thursday, killed 12 villagers and seven policemen in an attack on Magarya"
        " village in Zamfara State.\n\n"
        "The police commissioner said the bandits, suspected to have come from neighbouring"
        " Kebbi State, stormed the village on motorbikes, killing seven policemen and injuring"
        " several others."
    )
    [inc] = incidents(body, published="2024-06-07")
    assert (inc.kind, inc.location.name if inc.location else None) == ("attack", "Magarya")
    assert "Kebbi" not in {x.name for x in inc.locations}


def test_an_army_named_after_its_country_attacks_and_a_user_is_no_attacker() -> None:
    body = (
        "The Pakistan Army attacked militant hideouts in North Waziristan on Thursday, killing"
        " 12 militants, whose weapons were being used by the Indian military."
    )
    [inc] = incidents(body, published="2019-01-03")
    assert inc.perpetrator is not None
    assert inc.perpetrator.name == "Pakistan Army"


@pytest.mark.parametrize(
    ("body", "killed", "injured"),
    [
        ("The strike killed a woman and nine children in Khost on Monday.", 10, None),
        ("The blast injured a policeman and three civilians in Quetta on Monday.", None, 4),
    ],
)
def test_one_person_and_a_counted_group(body: str, killed: int | None, injured: int | None) -> None:
    [inc] = incidents(body)
    assert (count(inc.killed), count(inc.injured)) == (killed, injured)


def test_a_group_named_in_a_speaker_s_title_is_not_the_attacker() -> None:
    body = (
        "Pakistan carried out airstrikes in eastern Afghanistan that killed at least 10"
        " civilians, the Taliban said on Tuesday.\n\n"
        "Taliban spokesperson Zabihullah Mujahid posted on X that Pakistani forces bombed a house"
        " in Khost province late Monday, killing a woman and nine children."
    )
    [inc] = incidents(body, published="2025-11-25")
    assert (inc.perpetrator.name if inc.perpetrator else None, count(inc.killed)) == (
        "Pakistan",
        10,
    )


def test_a_named_site_without_an_article_and_a_dateline_city_with_a_dash() -> None:
    text = (
        "Four killed as explosion hits base\n\nWashington – Defense Secretary Ash Carter said"
        " that an explosion at Bagram Airfield in Afghanistan killed four people and wounded 16."
    )
    art = factkit.extract(text, published="2016-11-12")
    assert art.dateline == "Washington"
    [inc] = art.incidents
    assert inc.location is not None
    assert inc.location.name == "Bagram Airfield"


def test_the_incident_of_a_day_told_again_joins_the_bombing_of_that_day() -> None:
    body = (
        "Five troops were killed in a suicide bombing at a military base in Laghman Province"
        " on Saturday, an official said Sunday.\n\n"
        "Earlier, authorities had said only that five members of the force were killed in the"
        " Saturday incident."
    )
    [inc] = incidents(body, published="2011-04-17")
    assert (inc.kind, inc.location.name if inc.location else None) == ("suicide_bombing", "Laghman")


@pytest.mark.parametrize(
    ("body", "killed"),
    [
        # an initialism before the group, and two-word groups
        ("A helicopter went down near Herat on Monday. Seven U.S. service members and three "
         "U.S. civilians were killed.", 10),
        ("Gunmen ambushed a convoy near Herat on Monday. Four contractors and two sailors "
         "were killed.", 6),
        # a vague number told with "a large number of"
        ("Troops killed a large number of insurgents in Baghran district on Monday.", 4),
        # a named dead man is one of the later count
        ("Troops killed Nasruddin, a Taliban subcommander, in Aliabad district on Monday. "
         "Five insurgents, including Nasruddin, were killed in the engagement.", 5),
    ],
)  # fmt: skip
def test_groups_told_with_initialisms_vague_numbers_and_including(body: str, killed: int) -> None:
    found = incidents(body)
    assert len(found) == 1
    assert count(found[0].killed) == killed


def test_a_group_s_office_is_no_place_and_its_holder_no_perpetrator() -> None:
    body = (
        "Security forces captured the Taliban district chief of Now Zad and killed several "
        "insurgents during an operation in Baghran district on Monday. The force gave medical "
        "aid to several wounded insurgents, including the Taliban district chief."
    )
    (inc,) = incidents(body)
    assert inc.location is not None
    assert inc.location.name == "Baghran"
    assert inc.perpetrator is None


def test_the_security_force_continues_the_operation_told_before() -> None:
    body = (
        "A joint patrol conducted an operation against an insurgent leader in Koti village, "
        "Kapisa province, on Monday.\n\nDuring the operation, armed men were seen near the "
        "compound.\n\nWhen the men showed hostile intent, the joint patrol fired, which resulted "
        "in the killing of several of the men."
    )
    (inc,) = incidents(body)
    assert inc.location is not None
    assert inc.location.name == "Koti"
    assert count(inc.killed) == 3


def test_the_rulers_of_a_place_and_an_adjective_before_city_name_no_attacker_or_place() -> None:
    body = (
        "US forces carried out a raid in a part of Syria controlled by the Syrian government, "
        "south of the Kurdish-held city of Qamishli, killing an ISIS official and wounding two "
        "of his associates."
    )
    (inc,) = incidents(body)
    assert inc.perpetrator is None  # not the rulers, not the victim's group
    assert inc.location is not None
    assert inc.location.name == "Qamishli"
    assert count(inc.killed) == 1


def test_a_province_written_with_a_capital_and_name_particles() -> None:
    body = (
        "Forces conducted an airstrike on Thursday in Syria's Dayr az Zawr Province, killing "
        "him and another operative."
    )
    (inc,) = incidents(body)
    assert inc.location is not None
    assert inc.location.name == "Dayr az Zawr"
    assert count(inc.killed) == 2


@pytest.mark.parametrize(
    ("body", "perpetrator"),
    [
        ("A suicide bomber struck a police station in Quetta on Monday, killing five officers. "
         "Officials blamed the attack on the TTP.", "Tehreek-e-Taliban Pakistan"),
        ("A suicide bomber struck a police station in Quetta on Monday, killing five officers. "
         "The TTP carried out the attack, officials said.", "Tehreek-e-Taliban Pakistan"),
        # the claim's verb names who did it, not a victim further on
        ("Troops carried out a raid south of Qamishli on Monday, killing an ISIS official.",
         None),
        ("An airstrike hit a hideout in Dayr az Zawr on Monday, resulting in two ISIS "
         "operatives killed.", None),
    ],
)  # fmt: skip
def test_who_a_claim_names(body: str, perpetrator: str | None) -> None:
    (inc,) = incidents(body)
    assert (inc.perpetrator.name if inc.perpetrator else None) == perpetrator


@pytest.mark.parametrize(
    ("body", "killed", "injured"),
    [
        ("Gunmen attacked a convoy near Herat on Monday, killing two soldiers and an "
         "interpreter.", 3, None),
        ("Gunmen attacked a convoy near Herat on Monday, killing two soldiers, and a woman "
         "was injured.", 2, 1),
    ],
)  # fmt: skip
def test_one_more_person_after_a_counted_group(
    body: str, killed: int | None, injured: int | None
) -> None:
    (inc,) = incidents(body)
    assert (count(inc.killed), count(inc.injured)) == (killed, injured)


def test_a_headline_s_lone_victim_and_a_fronted_day_of_saying() -> None:
    found = incidents(
        "On Friday, the US Central Command announced the killing of a senior ISIS leader in "
        "an airstrike in Deir ez-Zor province on Thursday.",
        published="2024-12-20",
        title="Senior ISIS leader killed in US airstrike in Deir ez-Zor",
    )
    assert len(found) == 1
    assert count(found[0].killed) == 1
    assert str(found[0].date) == "2024-12-19"  # Thursday, not Friday's announcement


@pytest.mark.parametrize(
    ("body", "killed", "injured"),
    [
        # a lone victim in the singular, with the nouns of Indian and military copy
        ("An unidentified terrorist was killed and two soldiers were injured on Saturday in "
         "a gunfight in Kulgam.", 1, 2),
        ("One unidentified terrorist has been killed in an encounter in Kulgam on Monday.",
         1, None),
        ("A soldier lost his life in an IED blast in Kupwara on Monday.", 1, None),
        ("A Junior Commissioned Officer (JCO), laid down his life in a gunfight with "
         "terrorists in Kishtwar on Monday.", 1, None),
        # a lone person and a counted group as the subjects of one verb
        ("An Army jawan and three terrorists were killed in an encounter in Pulwama on "
         "Thursday.", 4, None),
    ],
)  # fmt: skip
def test_lone_victims_and_a_lone_victim_before_a_group(
    body: str, killed: int | None, injured: int | None
) -> None:
    (inc,) = incidents(body)
    assert (count(inc.killed), count(inc.injured)) == (killed, injured)


def test_a_headline_s_single_victim_counted_in_digits() -> None:
    (inc,) = incidents(
        "Security forces killed a militant in Kulgam on Monday, police said.",
        title="1 terrorist killed in encounter in Kashmir",
    )
    assert count(inc.killed) == 1


def test_more_victims_also_hurt_belong_to_the_event_just_told() -> None:
    body = (
        "At least five terrorists were killed in an encounter in Kulgam district on Thursday, "
        "officials said.\n\nIn November, a soldier laid down his life in a gunfight with "
        "terrorists in Kishtwar district. Three other soldiers were also injured in the "
        "encounter."
    )
    main, other = incidents(body, published="2024-12-19")
    assert (count(main.killed), count(main.injured)) == (5, None)
    assert (count(other.killed), count(other.injured)) == (1, 3)
    assert other.date is None  # November names no day


def test_a_month_named_for_the_event_overrules_last_night() -> None:
    (inc,) = incidents(
        "Two terrorists were killed in November in an overnight encounter with security "
        "forces in Baramulla district.",
        published="2024-12-19",
    )
    assert inc.date is None


def test_another_strike_is_one_more_event_and_a_family_counted_with_its_child() -> None:
    body = (
        "An airstrike hit a house in the Jabaliya refugee camp on Sunday, killing nine people "
        "from a single family, medics said.\n\nAnother strike hit the house of the Berawi "
        "family, also in Jabaliya, killing 10 people.\n\nA third strike hit an apartment in "
        "Deir al-Balah, killing two parents and their child."
    )
    found = incidents(body, published="2025-05-18")
    assert [count(i.killed) for i in found] == [9, 10, 3]


def test_a_region_s_tally_keeps_the_region_named_after_in() -> None:
    body = (
        "Israeli strikes killed at least 75 people across Gaza on Sunday, medics said.\n\n"
        "In northern Gaza, at least 36 people were killed in multiple strikes, according to "
        "first responders."
    )
    tally = next(i for i in incidents(body, published="2025-05-18") if i.aggregate)
    assert tally.location is not None
    assert tally.location.name == "Gaza"


def test_congo_alone_is_dr_congo_and_a_series_the_event_is_set_in_is_no_tally() -> None:
    found = incidents(
        "Suspected rebels used machetes to kill at least 12 civilians on Monday in eastern "
        "Democratic Republic of Congo, officials said, the latest in a series of attacks over "
        "the last 18 months.",
        published="2016-02-29",
        title="At least 12 slain in eastern Congo",
    )
    assert len(found) == 1
    assert not found[0].aggregate
    assert found[0].location is not None
    assert found[0].location.name == "Democratic Republic of the Congo"
    assert str(found[0].date) == "2016-02-29"


def test_the_villages_of_a_place_name_it() -> None:
    (inc,) = incidents(
        "Rebels attacked overnight Friday in the villages of Mbingi and Mapasana, killing four "
        "people.",
        published="2021-10-10",
    )
    assert inc.location is not None
    assert inc.location.name == "Mbingi"


def test_a_clause_of_defiance_names_no_attacker() -> None:
    (inc,) = incidents(
        "Hundreds of civilians have been killed in raids near Beni since 2014, defying repeated "
        "offensives by Congolese troops against the ADF."
    )
    assert inc.perpetrator is None


def test_the_attacks_refer_back_and_being_part_of_operations_is_context() -> None:
    body = (
        "Gunmen attacked two villages in Zamfara on Monday.\n\nThe attacks have so far "
        "claimed numerous lives.\n\nThe attacks are part of a campaign that began in July with "
        "a raid on the village of Tsafe."
    )
    inc, earlier = incidents(body, published="2024-03-12")
    assert count(inc.killed) == 4
    assert inc.location is not None
    assert inc.location.name == "Zamfara"
    assert earlier.location is not None  # the July raid the campaign began with
    assert earlier.location.name == "Tsafe"


def test_a_claim_s_day_is_not_the_event_s_and_lives_lost() -> None:
    body = (
        "Islamic State, also known as the Islamic State of Iraq and the Levant, on Tuesday "
        "claimed responsibility for a suicide bombing in Kabul that resulted in six people "
        "losing their lives.\n\nAn explosion in Kabul on Monday killed at least six people and "
        "injured 13 others, police said."
    )
    (inc,) = incidents(body, published="2024-09-03", title="IS claims Kabul suicide bombing")
    assert str(inc.date) == "2024-09-02"
    assert count(inc.killed) == 6
    assert inc.perpetrator is not None
    assert inc.perpetrator.name == "Islamic State"


@pytest.mark.parametrize(
    "body",
    [
        "A blast at Taliban prayers killed four civilians in Kabul on Sunday.",
        "A Taliban soldier who said he saw the explosion said two people were killed in Kabul "
        "on Sunday.",
    ],
)
def test_a_group_where_it_happened_or_in_a_witness_s_description_is_no_attacker(
    body: str,
) -> None:
    (inc,) = incidents(body)
    assert inc.perpetrator is None


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Gunmen stormed Kaboro community in Zamfara State on Tuesday, killing 18 people.",
         "Kaboro"),
        ("Bandits killed nine farmers in Tudun Wada settlement of Kaduna on Monday.",
         "Tudun Wada"),
        ("Gunmen killed seven people in Jibia local government area of Katsina on Monday.",
         "Jibia"),
        # a people's community is no place: the town is
        ("Gunmen attacked the Hazara community in Quetta on Monday, killing five people.",
         "Quetta"),
    ],
)  # fmt: skip
def test_a_community_settlement_or_local_area_is_the_place(body: str, place: str) -> None:
    (inc,) = incidents(body, published="2024-03-13")
    assert inc.location is not None
    assert inc.location.name == place


def test_a_country_s_event_told_again_at_its_place_is_one_event() -> None:
    """ "... died on Monday in northern Burkina Faso", then "the detachment in Soum province
    was the target of a major attack": one attack, at Soum; an attack in 2016 at the same
    province stays apart."""
    got = incidents(
        "More than a dozen soldiers died on Monday during a major attack in northern Burkina "
        "Faso, the army said. \u201cIn the early morning, the military detachment in Soum "
        "province was the target of a major attack by armed groups,\u201d a statement said. "
        "The heaviest attack to date left 12 soldiers dead in Soum province in December 2016.",
        published="2019-08-20",
    )
    assert [(i.location.name if i.location else None, count(i.killed)) for i in got] == [
        ("Soum", 12),
        ("Soum", 12),
    ]
    assert got[0].date == dt.date(2019, 8, 19)
    assert got[1].date is None


def test_the_day_a_toll_was_told_late_is_not_the_event_s() -> None:
    (inc,) = incidents(
        "Jihadists ambushed an army patrol in Yagha province, killing eight soldiers, a "
        "security source said late on Tuesday.",
        published="2020-04-08",
    )
    assert inc.date is None


def test_a_village_called_by_its_name_is_the_place() -> None:
    got = incidents(
        "Jihadists killed eight soldiers on Monday. The attack took place in a village "
        "called Kankanfogouol, the sources said.",
        published="2020-04-08",
    )
    assert [i.location.name if i.location else None for i in got] == ["Kankanfogouol"]


@pytest.mark.parametrize(
    ("body", "killed"),
    [
        ("On Saturday, some 40 army auxiliaries were killed in three attacks by suspected "
         "jihadists in the north.", 40),
        ("Gunmen killed 12 worshipers and two gendarmes at a church in Djibo on Sunday.", 14),
        ("Bandits killed seven vigilantes and three militiamen near Gusau on Monday.", 10),
    ],
)  # fmt: skip
def test_auxiliaries_vigilantes_and_worshipers_are_counted(body: str, killed: int) -> None:
    (inc,) = incidents(body, published="2024-03-13")
    assert count(inc.killed) == killed


def test_a_previous_report_s_day_or_a_release_s_is_not_the_event_s() -> None:
    got = incidents(
        "A previous report on Thursday from security sources put the death toll at seven. "
        "\u201cA complex attack targeted the military detachment of Madjoari,\u201d said the "
        "statement, released Thursday evening.",
        published="2022-05-20",
    )
    assert [i.date for i in got] == [None]


def test_a_strike_at_sea_by_a_country_s_rebels_told_again_by_its_weapon() -> None:
    """ "by Yemen's Houthi rebels": the rebels; "in the Gulf of Aden": the sea, not the city
    of Aden; "... on Wednesday, forcing ..., according to U.S. authorities": the event's day;
    "The Houthi missile hit ..." retells the strike, which a missile makes a strike."""
    got = incidents(
        "At least three people were killed when a missile fired by Yemen's Houthi rebels "
        "struck a commercial ship in the Gulf of Aden on Wednesday, forcing the crew to flee, "
        "according to U.S. authorities. The Houthi missile hit the bulk carrier and caused a "
        "fire in the pilothouse.",
        published="2024-03-07",
    )
    (inc,) = got
    assert inc.kind == "strike"
    assert inc.perpetrator is not None
    assert inc.perpetrator.name is not None
    assert "Houthi" in inc.perpetrator.name
    assert inc.location is not None
    assert inc.location.name == "Gulf of Aden"
    assert inc.date == dt.date(2024, 3, 6)


def test_a_campaign_of_attacks_since_a_month_is_no_event() -> None:
    assert (
        incidents(
            "The Houthis have launched attacks since November, and the U.S. began an airstrike "
            "campaign in January that so far hasn't halted their attacks.",
            published="2024-03-07",
        )
        == []
    )


@pytest.mark.parametrize(
    ("body", "killed", "injured"),
    [
        ("A terrorist attack on a Levies check post in Kalat resulted in the martyrdom of an "
         "officer and injuries to two others.", 1, 2),
        ("A Levies soldier was martyred and another injured after militants attacked a "
         "checkpoint in Kharan district.", 1, 1),
    ],
)  # fmt: skip
def test_a_martyrdom_of_one_injuries_to_others_and_another_injured(
    body: str, killed: int, injured: int
) -> None:
    (inc,) = incidents(body, published="2025-02-17")
    assert (count(inc.killed), count(inc.injured)) == (killed, injured)


def test_a_headline_s_lone_victim_with_its_verb_alone_and_the_lead_are_one() -> None:
    got = incidents(
        "A levies check post in Togho Chappar area was attacked by terrorists on Sunday "
        "morning, resulting in the martyrdom of one officer, and leaving two officers injured.",
        published="2025-02-16",
        title="Levies check post attacked in Qalat; one officer martyred, two injured",
    )
    assert [(count(i.killed), count(i.injured)) for i in got] == [(1, 2)]
