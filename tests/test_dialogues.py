"""Dialogues on real sentences: names, parties, delegations, dates, places and status."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given

import factkit

from .strategies import news_texts


def dialogues(text: str, published: str | None = None) -> list[Any]:
    return list(factkit.extract(text, published=published).dialogues)


def test_planned_two_day_dialogue_with_two_delegations() -> None:
    text = (
        "Counter-terror dialogue with US from today\n\nISLAMABAD:\n\n"
        "Pakistan and the United States will kick off counterterrorism dialogue on Monday "
        "(today) to reset their relationship.\n\n"
        "Syed Haider Shah, Additional Secretary (UN&ED) will lead Pakistan delegation at the "
        "two-day talks with the US delegation headed by Acting Coordinator for "
        "Counterterrorism Christopher Landberg."
    )
    (d,) = dialogues(text, published="2023-03-06")
    assert d.name == "counterterrorism dialogue"
    assert sorted(p.name for p in d.parties) == ["Pakistan", "United States"]
    assert (d.start, d.end) == (dt.date(2023, 3, 6), dt.date(2023, 3, 7))
    assert d.status == "ongoing"
    assert [x.leader.name for x in d.delegations] == ["Syed Haider Shah", "Christopher Landberg"]
    assert [x.title for x in d.delegations][1] == "Acting Coordinator for Counterterrorism"


def test_held_dialogue_with_sides_in_a_later_sentence() -> None:
    text = (
        "Talks held\n\nISLAMABAD:\n"
        "Pakistan-US strategic level defence dialogue was held on Thursday at the General "
        "Headquarters (GHQ). The US delegation was led by Assistant Secretary of Defence "
        "David Helvey, while the Pakistani side was headed by Lt Gen Sahir Shamshad Mirza, "
        "the Chief of General Staff."
    )
    (d,) = dialogues(text, published="2021-01-08")
    assert d.name == "Pakistan-US strategic level defence dialogue"
    assert sorted(p.name for p in d.parties) == ["Pakistan", "United States"]
    assert d.start == dt.date(2021, 1, 7)
    assert d.status == "held"
    assert d.location is not None
    assert d.location.name == "General Headquarters"
    assert [x.leader.name for x in d.delegations] == ["David Helvey", "Sahir Shamshad Mirza"]


def test_here_is_the_dateline_city() -> None:
    text = (
        "Talks resume in Kabul\n\nKABUL:\n\n"
        "The two sides held talks here on Monday with Pakistan and China."
    )
    (d,) = dialogues(text, published="2024-05-07")
    assert d.location is not None
    assert d.location.name == "Kabul"


def test_distinct_dialogues_stay_apart_and_past_talks_are_references() -> None:
    text = (
        "Wang arrives\n\n"
        "Chinese Foreign Minister Wang Yi arrived in Islamabad on Thursday to attend the "
        "sixth Strategic Dialogue between China and Pakistan.\n\n"
        "The fifth round of Strategic Dialogue in May 2024 was co-chaired by Foreign Minister "
        "Ishaq Dar and his Chinese counterpart Wang in Beijing.\n\n"
        "Earlier yesterday, the Sixth Trilateral Foreign Ministers Dialogue was held in Kabul "
        "between Dar, Wang Yi and Afghan FM Amir Khan Muttaqi."
    )
    got = dialogues(text, published="2025-08-21")
    names = [(d.name, d.status) for d in got]
    assert names == [
        ("sixth Strategic Dialogue", "held"),
        ("Strategic Dialogue", "past_reference"),
        ("Sixth Trilateral Foreign Ministers Dialogue", "held"),
    ]
    trilateral = got[2]
    assert trilateral.start == dt.date(2025, 8, 20)
    assert trilateral.location is not None
    assert trilateral.location.name == "Kabul"
    assert [x.leader.name for x in trilateral.delegations] == [
        "Ishaq Dar",
        "Wang Yi",
        "Amir Khan Muttaqi",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Talks\n\nDuring the press briefing, the spokesperson answered a question on Pakistan.",
        "Talks\n\nPakistan supported the Afghan peace negotiations and the reduction of violence.",
        "Talks\n\nThe deal between the US and the Taliban was signed in 2020.",
    ],
)
def test_not_dialogues(text: str) -> None:
    assert dialogues(text, published="2023-03-06") == []


@given(news_texts())
def test_dialogue_invariants(text: str) -> None:
    art = factkit.extract(text, published="2023-03-06")
    person_ids = {e.id for e in art.entities if e.kind == "person"}
    for d in art.dialogues:
        if d.start and d.end:
            assert d.end >= d.start
        names = [p.name for p in d.parties]
        assert len(names) == len(set(names))
        for x in d.delegations:
            assert x.leader is not None
            assert x.leader.id in person_ids
        if d.name and "two-day" in art.text[d.span.start : d.span.end] and d.start and d.end:
            assert d.end == d.start + dt.timedelta(days=1)
        for sp in (*d.topics, *d.outcomes):  # the agenda comes from the dialogue's sentences
            assert any(ev.start <= sp.start and sp.end <= ev.end for ev in d.evidence)


def test_meetings_during_a_visit_take_its_days_and_the_sides_of_the_talks() -> None:
    text = (
        "Minister in Seoul\n\n"
        "Brazil and South Korea will hold their third strategic dialogue in Seoul in June, "
        "according to Deputy Foreign Minister Ana Costa.\n\n"
        "Ms. Costa, who arrived here on a four-day visit on March 10 after a trip to Tokyo, "
        "said \u201cWe used this chance to have the preparatory meeting.\u201d\n\n"
        "During her stay in Seoul, Ms. Costa held meetings with senior officials, including "
        "South Korean Foreign Minister Park Jin."
    )
    found = dialogues(text, published="2024-03-14")
    visit = next(d for d in found if d.name and "visit" in d.name)
    assert (visit.start, visit.end) == (dt.date(2024, 3, 10), dt.date(2024, 3, 13))
    assert visit.location is None or visit.location.name != "Tokyo"  # another trip's place
    (meetings,) = [d for d in found if d.name == "meetings"]
    assert (meetings.start, meetings.end) == (visit.start, visit.end)
    assert meetings.location is not None
    assert meetings.location.name == "Seoul"
    sides = {x.leader.name: x.party.name if x.party else None for x in meetings.delegations}
    assert sides == {"Ana Costa": "Brazil", "Park Jin": "South Korea"}
    talks = next(d for d in found if d.name and "strategic dialogue" in d.name)
    assert talks.start is None  # the visit's day is not the planned dialogue's


def test_a_head_inside_a_quotation_does_not_name_the_narrated_event() -> None:
    text = (
        "Mr. Lee, who arrived here on a two-day visit on May 2, said "
        "\u201cthe 2+2 meeting will come later.\u201d"
    )
    (d,) = dialogues(text, published="2024-05-05")
    assert d.name == "two-day visit"
    assert (d.start, d.end) == (dt.date(2024, 5, 2), dt.date(2024, 5, 3))


def _one(body: str) -> Any:
    (d,) = dialogues("World news\n\nLONDON, Jan 15 (Reuters) - " + body, published="2023-01-15")
    return d


def test_held_talks_with_a_counterpart() -> None:
    d = _one(
        "Chinese President Xi Jinping held talks with French President Emmanuel Macron "
        "in Beijing on Thursday."
    )
    sides = {x.leader.name: x.party.name if x.party else None for x in d.delegations}
    assert sides == {"Xi Jinping": "China", "Emmanuel Macron": "France"}
    assert (d.start, d.location.name if d.location else None) == (dt.date(2023, 1, 12), "Beijing")


def test_travel_for_talks_is_planned() -> None:
    d = _one(
        "US Secretary of State Antony Blinken will travel to Cairo next week for talks "
        "with Egyptian officials."
    )
    assert sorted(p.name for p in d.parties) == ["Egypt", "United States"]
    assert d.status == "planned"


def test_sides_as_plural_demonyms_and_ministers_of() -> None:
    d = _one("Russian and Ukrainian delegations held peace talks in Istanbul on Monday.")
    assert sorted(p.name for p in d.parties) == ["Russia", "Ukraine"]
    d = _one("Foreign ministers of India and China met in New Delhi on Friday.")
    assert sorted(p.name for p in d.parties) == ["China", "India"]


def test_a_phone_call() -> None:
    d = _one(
        "Prime Minister Shehbaz Sharif spoke by phone with Saudi Crown Prince Mohammed "
        "bin Salman on Sunday."
    )
    assert d.name == "phone call"
    assert [x.leader.name for x in d.delegations] == ["Shehbaz Sharif", "Mohammed bin Salman"]


def test_a_visit_that_ended_and_its_visitor() -> None:
    d = _one(
        "The two-day visit of Iranian Foreign Minister Hossein Amir-Abdollahian to "
        "Islamabad ended on Wednesday."
    )
    assert (d.start, d.end) == (dt.date(2023, 1, 10), dt.date(2023, 1, 11))
    assert [p.name for p in d.parties] == ["Iran", "Pakistan"]  # Islamabad hosts it
    assert [x.leader.name for x in d.delegations] == ["Hossein Amir-Abdollahian"]


@pytest.mark.parametrize(
    "body",
    [
        "Exporters in China and India met their targets for the year on Friday.",
        "The journalist met his death in Kabul, far from France and Italy.",
    ],
)
def test_met_that_is_no_meeting(body: str) -> None:
    assert (
        dialogues("World news\n\nLONDON, Jan 15 (Reuters) - " + body, published="2023-01-15") == []
    )


@pytest.mark.parametrize(
    ("body", "topics", "outcomes"),
    [
        (
            "Pakistan and the US will hold counterterrorism dialogue in Islamabad on Monday. "
            '"The dialogue is aimed at discussing common threat of terrorism, cooperation at '
            'multilateral fora and countering financing of terrorism," the Foreign Office said.',
            [
                "common threat of terrorism",
                "cooperation at multilateral fora",
                "countering financing of terrorism",
            ],
            [],
        ),
        (
            "Pakistan-US defence dialogue was held in Rawalpindi on Thursday but the two sides "
            "issued separate handouts. Issues ranging from regional security to military "
            "cooperation were discussed, said a statement.",
            ["regional security", "military cooperation"],
            ["issued separate handouts"],
        ),
        (
            "Russian and Ukrainian delegations held peace talks in Istanbul on Friday. Ukraine "
            "said after the talks that a new prisoner exchange had been agreed.",
            [],
            ["a new prisoner exchange had been agreed"],
        ),
        (
            "The ministers of India and China met in Delhi on Friday and agreed to resume "
            "direct flights between the two countries.",
            [],
            ["agreed to resume direct flights between the two countries"],
        ),
        (
            "Talks between India and China were held in Delhi on Friday. The eyes of the world "
            "are focused on the talks, and markets were calm.",
            [],
            [],
        ),
    ],
)
def test_topics_and_outcomes(body: str, topics: list[str], outcomes: list[str]) -> None:
    (d,) = dialogues("Talks\n\nISLAMABAD: " + body, published="2023-03-10")
    assert [t.text for t in d.topics] == topics
    assert [o.text for o in d.outcomes] == outcomes


def test_a_host_received_a_guest() -> None:
    d = _one(
        "President Erdogan received Ukrainian President Zelenskiy at Dolmabahce Palace in "
        "Istanbul on Friday."
    )
    assert [x.leader.name for x in d.delegations] == ["Erdogan", "Zelenskiy"]
    assert d.start == dt.date(2023, 1, 13)


def test_a_visit_to_a_country_and_talks_that_concluded() -> None:
    d = _one(
        "Indian Prime Minister Narendra Modi will pay a three-day official visit to Japan "
        "starting Thursday."
    )
    assert sorted(p.name for p in d.parties) == ["India", "Japan"]
    assert (d.start, d.end, d.status) == (dt.date(2023, 1, 19), dt.date(2023, 1, 21), "planned")
    assert [x.leader.name for x in d.delegations] == ["Narendra Modi"]
    d = _one(
        "US and Chinese officials concluded two days of trade talks in Geneva on Monday, "
        "agreeing to cut tariffs."
    )
    assert (d.start, d.end) == (dt.date(2023, 1, 8), dt.date(2023, 1, 9))
    assert [o.text for o in d.outcomes] == ["agreeing to cut tariffs"]


def test_a_group_joined_to_a_country_is_a_side() -> None:
    """ "The United States and the Taliban will hold ... negotiations": both are sides."""
    text = (
        "World news\n\nThe United States and the Taliban will hold a fresh round of "
        "negotiations in Doha later this month, a State Department spokesman said."
    )
    [d] = factkit.extract(text, published="2023-01-15").dialogues
    assert [p.name for p in d.parties] == ["United States", "Taliban"]
    assert d.status == "planned"


def test_the_country_a_visit_is_made_to_is_a_side() -> None:
    text = (
        "World news\n\nGerman Chancellor Olaf Scholz arrived in New Delhi on Saturday for a "
        "two-day visit aimed at deepening trade ties."
    )
    [d] = factkit.extract(text, published="2023-01-15").dialogues
    assert [p.name for p in d.parties] == ["Germany", "India"]


def test_a_visiting_minister_named_after_her_title_holds_talks_under_a_dateline() -> None:
    """Both heads of a coordinated subject lead; the dateline's country hosts the visitor."""
    text = (
        "Ministers meet\n\nCOLOMBO, May 6: Foreign Minister Asela Perera and visiting "
        "Minister for Foreign Affairs of Norway, Ingrid Holm, held bilateral talks on Sunday."
    )
    (d,) = dialogues(text, published="2024-05-06")
    assert sorted(p.name for p in d.parties) == ["Norway", "Sri Lanka"]
    assert d.location is not None
    assert d.location.name == "Colombo"
    heads = {x.leader.name: x.party.name if x.party else None for x in d.delegations}
    assert heads == {"Asela Perera": "Sri Lanka", "Ingrid Holm": "Norway"}
    assert d.start == dt.date(2024, 5, 5)


def test_a_meeting_with_an_unnamed_counterpart_is_a_dialogue() -> None:
    text = (
        "Talks in Ankara\n\nForeign Minister Ali Rahimi met his Turkish counterpart on Friday "
        "and discussed trade.\n\nIran and Turkey share a long border, and Iran has said it "
        "wants more trade with Turkey. Iran is Turkey's neighbour."
    )
    (d,) = dialogues(text, published="2024-05-06")
    assert sorted(p.name for p in d.parties) == ["Iran", "Turkey"]
    assert [x.leader.name for x in d.delegations] == ["Ali Rahimi"]
    assert d.start == dt.date(2024, 5, 3)


def test_a_place_that_is_a_topic_is_not_the_venue_and_delegation_talks_are_one() -> None:
    text = (
        "Talks\n\nChinese Foreign Minister Wang Yi today held talks with Pakistani Foreign "
        "Minister Ishaq Dar on the situation in Afghanistan.\n\nLater, Wang Yi and Ishaq Dar held "
        "delegation level talks."
    )
    (d,) = dialogues(text, published="2024-05-06")
    assert d.location is None
    assert len(d.evidence) == 2


def test_the_city_of_a_third_country_hosts_talks_without_being_a_side() -> None:
    text = (
        "Talks in Istanbul\n\nISTANBUL (Reuters) - Russian negotiators held talks in Istanbul "
        "on Friday, Vladimir Medinsky, the head of Russia's delegation, said."
    )
    (d,) = dialogues(text, published="2025-05-16")
    assert [p.name for p in d.parties] == ["Russia"]
    assert d.location is not None
    assert d.location.name == "Istanbul"


def test_a_meeting_with_named_counterparts_and_a_topic_that_names_someone_else() -> None:
    text = (
        "Talks\n\nAntony Blinken will meet his Indian counterparts, S. Jaishankar and Rajnath "
        "Singh, "
        "in Washington on Monday concerning the killing of activist Harjit Singh Dhillon in "
        "Canada."
    )
    (d,) = dialogues(text, published="2024-03-12")
    assert [x.leader.name for x in d.delegations] == [
        "Antony Blinken",
        "S. Jaishankar",
        "Rajnath Singh",
    ]
    assert d.location is not None
    assert d.location.name == "Washington"
    assert d.status == "planned"


def test_talks_on_the_sidelines_of_a_summit_are_the_talks_not_the_summit() -> None:
    text = (
        "G20 Summit: Sharif holds bilateral talks with Erdogan in Brazil\n\n"
        "Prime Minister Shehbaz Sharif on Friday held bilateral talks with Turkish President "
        "Recep Tayyip Erdogan in Rio de Janeiro on the sidelines of the G-20 Summit.\n\n"
        "The Sharif-Erdogan meeting focused on trade."
    )
    (d,) = dialogues(text, published="2024-11-16")
    assert d.name == "bilateral talks"
    assert d.start == dt.date(2024, 11, 15)
    assert d.location is not None
    assert d.location.name == "Rio de Janeiro"
    assert len(d.evidence) == 3


def test_the_same_meeting_retold_by_its_heads_is_one_dialogue() -> None:
    """Talks, then "the top diplomats of the two nations held a meeting in Lima on
    Thursday", then "the first in-person meeting between Cho and Iwaya since ...": one
    meeting, in Lima, on Thursday; "on the sidelines" and the source are no topics."""
    text = (
        "Foreign Minister Cho Tae-yul and his Japanese counterpart, Takeshi Iwaya, have held"
        " talks on the sidelines of the Asia Pacific Economic Cooperation meeting in Peru,"
        " Seoul's foreign ministry said Friday.\n\n"
        "The top diplomats of the two nations held a meeting in Lima on Thursday to discuss"
        " bilateral ties and North Korean issues, according to the ministry.\n\n"
        "It marked the first in-person meeting between Cho and Iwaya since the top Japanese"
        " diplomat took office last month."
    )
    (d,) = dialogues(text, published="2024-11-15")
    assert d.start == dt.date(2024, 11, 14)
    assert d.location.name == "Lima"
    assert [t.text for t in d.topics] == ["bilateral ties and North Korean issues"]
    assert d.status == "held"


def test_a_host_and_guest_of_the_same_two_countries_are_the_same_talks() -> None:
    text = (
        "Pakistan, Afghanistan hold bilateral talks in Islamabad\n\n"
        "Foreign ministers of Pakistan and Afghanistan held talks in Islamabad on Sunday.\n\n"
        "Pakistan's Foreign Minister Bilawal Bhutto Zardari hosted Afghanistan's Acting Foreign"
        " Minister Amir Khan Muttaqi for an exchange on key issues of mutual concern."
    )
    (d,) = dialogues(text, published="2023-05-08")
    assert {x.leader.name for x in d.delegations} == {"Bilawal Bhutto Zardari", "Amir Khan Muttaqi"}


def test_a_source_s_capital_is_not_the_venue() -> None:
    text = (
        "Talks in Liverpool\n\n"
        "According to Seoul's foreign ministry on Monday, Foreign Minister Chung Eui-yong held"
        " informal talks with Australian Foreign Minister Marise Payne in Liverpool."
    )
    (d,) = dialogues(text, published="2021-12-13")
    assert d.location.name == "Liverpool"


@pytest.mark.parametrize(
    ("sentence", "start", "end", "status"),
    [
        ("The Afghan foreign minister is on a visit to Pakistan from May 5-8.", 5, 8, "ongoing"),
        ("The talks will be held in Doha from May 5 to May 8.", 5, 8, "ongoing"),
        ("The talks were held in Doha on May 5 and the minister left.", 5, None, "held"),
    ],
)
def test_day_ranges_and_visits_under_way(
    sentence: str, start: int, end: int | None, status: str
) -> None:
    (d,) = dialogues(f"News of the day\n\n{sentence}", published="2023-05-07")
    assert d.start == dt.date(2023, 5, start)
    assert d.end == (dt.date(2023, 5, end) if end else None)
    assert d.status == status


@pytest.mark.parametrize(
    "sentence",
    [
        "Trump said he looked forward to meeting Pakistan's new leadership.",
        "Pakistan is ready to hold talks with India on Kashmir.",
        "Pakistan told India any misadventure would meet a befitting response.",
    ],
)
def test_wishes_offers_and_responses_are_no_dialogue(sentence: str) -> None:
    assert dialogues(f"News of the day\n\n{sentence}", published="2019-01-03") == []


def test_talks_over_a_weekend_with_their_heads_are_one_round() -> None:
    """Sunday's meeting "again" and Saturday's eight hours are one round of talks in
    Geneva, Saturday to Sunday, with the three heads named ("Vice Premier He Lifeng" is a
    name, not the pronoun)."""
    text = (
        "U.S.-China Talks to Defuse Trade Row Continue in Geneva\n\n"
        "Senior U.S. and Chinese officials met again on Sunday in Geneva, two sources familiar"
        " with the situation told Reuters, to resume weekend talks aimed at cooling the trade"
        " war.\n\n"
        "Chinese Vice Premier He Lifeng met for about eight hours on Saturday with U.S. Treasury"
        " Secretary Scott Bessent and U.S. Trade Representative Jamieson Greer in their first"
        " face-to-face meeting since the two economies imposed tariffs.\n\n"
        "Neither side commented on Saturday about the substance of the discussions as meetings"
        " at the residence of Switzerland's ambassador to the UN concluded."
    )
    (d,) = dialogues(text, published="2025-05-11")
    assert (d.start, d.end) == (dt.date(2025, 5, 10), dt.date(2025, 5, 11))
    assert d.location.name == "Geneva"
    assert {x.leader.name for x in d.delegations} == {
        "He Lifeng",
        "Scott Bessent",
        "Jamieson Greer",
    }


def test_a_person_whose_visit_is_a_topic_heads_no_side() -> None:
    text = (
        "Talks in Liverpool\n\n"
        "Foreign Minister Chung Eui-yong held informal talks with Australian Foreign Minister"
        " Marise Payne in Liverpool on Sunday and discussed President Moon Jae-in's state visit"
        " to Australia."
    )
    (d,) = dialogues(text, published="2021-12-13")
    assert "Moon Jae-in" not in {x.leader.name for x in d.delegations}


def test_a_visitor_takes_no_side_from_a_country_named_before_his_title() -> None:
    """ "PM Nawaz in Maldives ..." over "MALE: Prime Minister Nawaz Sharif arrived": the
    Maldives host the visit (the accentless "MALE" is Malé), they are not his side."""
    text = (
        "PM Nawaz in Maldives on three-day official visit\n\n"
        "MALE: Prime Minister Muhammad Nawaz Sharif arrived here on a three-day official visit"
        " on Tuesday."
    )
    (d,) = dialogues(text, published="2016-10-11")
    assert [p.name for p in d.parties] == ["Maldives"]
    assert [(x.leader.name, x.party) for x in d.delegations] == [("Muhammad Nawaz Sharif", None)]
    assert d.location.name == "Malé"


def test_a_trilateral_named_by_three_hyphenated_countries_has_three_sides() -> None:
    text = (
        "Talks in Islamabad\n\nISLAMABAD: Foreign Minister Bilawal Bhutto Zardari hosted Afghan"
        " Acting Foreign Minister Amir Khan Muttaqi at the Foreign Office.\n\nThe Afghan"
        " minister also took part in the 5th China-Pakistan-Afghanistan Trilateral Foreign"
        " Ministers’ Dialogue yesterday."
    )
    ds = dialogues(text, published="2023-05-07")
    trilateral = [d for d in ds if d.name and "Trilateral" in d.name]
    assert [d.name for d in trilateral] == [
        "5th China-Pakistan-Afghanistan Trilateral Foreign Ministers’ Dialogue"
    ]
    assert {p.name for p in trilateral[0].parties} == {"China", "Pakistan", "Afghanistan"}
    hosted = [d for d in ds if d not in trilateral]
    assert [sorted(p.name for p in d.parties if p.name) for d in hosted] == [
        ["Afghanistan", "Pakistan"]
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Talks in Cairo\n\nA Hamas delegation arrived in Cairo on Saturday for ceasefire talks"
        " with Egyptian mediators.",
        "Talks in Cairo\n\nDelegations from Hamas and Qatar held talks in Cairo on Saturday.",
    ],
)
def test_a_group_named_by_its_delegation_is_a_side(text: str) -> None:
    [d] = dialogues(text, published="2024-08-24")
    assert "Hamas" in {p.name for p in d.parties}


def test_visits_told_by_the_verb_are_planned_visits_each_with_its_host() -> None:
    text = (
        "Briefing\n\nISLAMABAD: The spokesperson said Prime Minister Imran Khan will visit Saudi"
        " Arabia but dates will be announced later.\n\nThe spokesperson said that Foreign"
        " Minister Shah Mehmoud Qureshi will visit Kabul on Saturday."
    )
    ds = dialogues(text, published="2018-09-07")
    got = [
        (
            sorted(p.name for p in d.parties if p.name),
            d.location.name if d.location else None,
            d.status,
        )
        for d in ds
    ]
    assert got == [
        (["Pakistan", "Saudi Arabia"], "Saudi Arabia", "planned"),
        (["Afghanistan", "Pakistan"], "Kabul", "planned"),
    ]


def test_the_one_who_held_a_meeting_heads_a_side() -> None:
    text = (
        "Ministers meet\n\nPakistan Foreign Minister Bilawal Bhutto-Zardari on Thursday held a"
        " bilateral meeting with his Russian counterpart Sergey Lavrov in Goa."
    )
    [d] = dialogues(text, published="2023-05-05")
    assert {
        (x.leader.name if x.leader else None, x.party.name if x.party else None)
        for x in d.delegations
    } == {
        ("Bilawal Bhutto-Zardari", "Pakistan"),
        ("Sergey Lavrov", "Russia"),
    }


def test_a_headline_s_round_is_the_article_s_event_and_sides_led_by_their_heads() -> None:
    text = (
        "Pakistan, Norway hold first round of bilateral political consultations\n\n"
        "ISLAMABAD: Pakistan and Norway held the first round of political consultations at "
        "the Foreign Office, Islamabad on Monday.\n\n"
        "Foreign Secretary Ayesha Rauf led the Pakistani delegation whilst the Norwegian side "
        "was led by State Secretary Mr. Erik Lund."
    )
    (d,) = dialogues(text, published="2023-05-08")
    assert d.status == "held"
    assert d.start == dt.date(2023, 5, 8)
    sides = {x.leader.name: (x.party.name if x.party else None, x.title) for x in d.delegations}
    assert sides == {
        "Ayesha Rauf": ("Pakistan", "Foreign Secretary"),
        "Erik Lund": ("Norway", "State Secretary"),
    }


def test_a_standfirst_tells_the_event_and_earlier_talks_name_no_heads() -> None:
    text = (
        "Envoy discusses ties with Foreign Office officials\n\n"
        "Senior US diplomat Jane Roe on Tuesday held delegation-level discussions with "
        "Pakistani officials to review progress on bilateral relations\n\n"
        "Roe headed the visiting delegation while the Pakistani side was led by Additional "
        "Secretary Omar Khan.\n\n"
        '"The meeting followed the talks earlier held between Foreign Minister Ali Raza and '
        'Secretary of State John Doe," the spokesman said.'
    )
    (d,) = dialogues(text, published="2023-05-09")
    assert d.start == dt.date(2023, 5, 9)
    assert sorted(p.name for p in d.parties) == ["Pakistan", "United States"]
    heads = {x.leader.name for x in d.delegations}
    assert "Omar Khan" in heads
    assert not heads & {"Ali Raza", "John Doe"}


def test_co_chairs_named_first_by_the_acronym_of_the_consultations() -> None:
    """A lead that names the co-chairs by the consultations' acronym before the sentence
    that defines it; a title before a comma ("Deputy Minister for Foreign Affairs, X"), an
    office's designation in brackets ("Secretary (West)"), and the head left without a side
    takes the side left without a head."""
    text = (
        "The FOCs were co-chaired by Secretary (West) Anil Verma and Chile's Deputy Minister "
        "for Foreign Affairs, Rodrigo Soto Pinto.\n\n"
        "India and Chile held the fourth round of Foreign Office Consultations (FOCs) on "
        "Tuesday in Santiago.\n\nThe FOCs were co-chaired by Secretary (West) Anil Verma and "
        "Chile's Deputy Minister for Foreign Affairs, Rodrigo Soto Pinto.\n"
    )
    (dlg,) = dialogues(text, "2023-05-17")
    assert sorted(p.name for p in dlg.parties) == ["Chile", "India"]
    heads = sorted(
        (x.party.name if x.party else None, x.leader.name if x.leader else None, x.title)
        for x in dlg.delegations
    )
    assert heads == [
        ("Chile", "Rodrigo Soto Pinto", "Deputy Minister for Foreign Affairs"),
        ("India", "Anil Verma", "Secretary (West)"),
    ]
    assert dlg.start == dt.date(2023, 5, 16)


def test_a_pair_of_demonyms_names_the_sides_and_another_pair_another_dialogue() -> None:
    text = (
        "News\n\nThe first round of the Russian-North Korean strategic dialogue was held in "
        "Moscow on Monday.\n\nThe Pakistan-US dialogue was held on Tuesday.\n"
    )
    got = [sorted(p.name for p in d.parties) for d in dialogues(text, "2024-03-01")]
    assert got == [["North Korea", "Russia"], ["Pakistan", "United States"]]


def test_a_news_agency_interviewing_is_no_side() -> None:
    text = (
        "News\n\nRussia's and North Korea's deputy foreign ministers will hold consultations "
        "this year, the Russian ambassador said in an interview with Sputnik.\n"
    )
    (dlg,) = dialogues(text, "2020-02-12")
    assert sorted(p.name for p in dlg.parties) == ["North Korea", "Russia"]


def test_a_ministry_s_country_a_host_city_s_country_and_a_follow_up_meeting() -> None:
    """ "External Affairs Minister X" speaks for India (the gazetteer ties that ministry to
    India); "in Qingdao, east China" is where, not a side; "It was followed by a one-to-one
    meeting" is the same occasion; the next meeting, planned elsewhere, is another."""
    text = (
        "News\n\nExternal Affairs Minister Anil Verma held talks with his Pakistani "
        "counterpart Tariq Aziz Khan in Qingdao, east China, on Monday.\n\n"
        "It was followed by a 25-minute one-to-one meeting at a hotel, officials said.\n\n"
        "Under the roadmap, the foreign secretaries of the two countries will hold a meeting "
        "in New Delhi on June 27.\n"
    )
    first, second = dialogues(text, "2004-06-22")
    assert sorted(p.name for p in first.parties) == ["India", "Pakistan"]
    assert first.status == "held"
    assert [(x.party.name if x.party else None) for x in first.delegations] == [
        "India",
        "Pakistan",
    ]
    assert second.status == "planned"
    assert second.location is not None
    assert second.location.name == "New Delhi"


def test_the_speaker_after_a_quotation_heads_no_delegation() -> None:
    text = (
        "News\n\nSpokesman Anurag Rao briefed reporters on Thursday.\n\n"
        '"On the sidelines of the meeting, he had bilateral meetings with foreign ministers '
        'of member countries," Rao said at a press conference.\n'
    )
    (dlg,) = dialogues(text, "2020-09-10")
    assert dlg.delegations == ()


@pytest.mark.parametrize(
    "second",
    [
        "According to the ministry, New Delhi was represented by Secretary Anil Verma and "
        "Tashkent by First Deputy Foreign Minister Rustam Karimov.",
        "India was represented by Secretary Anil Verma, while Uzbekistan was represented by "
        "First Deputy Foreign Minister Rustam Karimov.",
    ],
)
def test_a_side_represented_by_its_head(second: str) -> None:
    text = (
        "News\n\nIndia and Uzbekistan on Friday held the 14th round of foreign ministry "
        f"consultations online.\n\n{second}\n"
    )
    (dlg,) = dialogues(text, "2020-11-20")
    heads = sorted((x.party.name if x.party else None, x.leader.name) for x in dlg.delegations)
    assert heads == [("India", "Anil Verma"), ("Uzbekistan", "Rustam Karimov")]


def test_a_possessor_s_list_of_heads_shares_its_side_and_between_two_heads_splits() -> None:
    (visit,) = dialogues(
        "News\n\nTurning to the visit of Pakistan's Deputy Prime Minister Ishaq Dar and "
        "Interior Minister Mohsin Naqvi to Afghanistan, he said security was discussed.\n",
        "2025-07-25",
    )
    assert sorted(
        (x.party.name if x.party else None, x.leader.name) for x in visit.delegations
    ) == [
        ("Pakistan", "Ishaq Dar"),
        ("Pakistan", "Mohsin Naqvi"),
    ]
    (talks,) = dialogues(
        "News\n\nTalks were held on Monday between Pakistani Foreign Minister Ishaq Dar and "
        "Foreign Minister Wang Yi in Beijing.\n",
        "2025-07-25",
    )
    heads = {x.leader.name: (x.party.name if x.party else None) for x in talks.delegations}
    assert heads["Ishaq Dar"] == "Pakistan"
    assert heads.get("Wang Yi", "absent") != "Pakistan"
    assert "Wang Yi" in heads


def test_receiving_injuries_is_no_meeting() -> None:
    text = (
        "News\n\nFrontier Corps naik Muhammad Aasa was martyred and sepoy Khalil Ahmed "
        "received injuries during the exchange of fire, Mr Musiani said.\n"
    )
    assert dialogues(text, "2022-12-21") == []
