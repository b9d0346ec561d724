"""The layout stage on the seed articles (reviewed expectations) and on real-style lines."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import factkit
from factkit.segment import find_segments, split_lines, split_sentences

from .conftest import SEEDS, seed_ids

LAYOUT = Path(__file__).resolve().parent / "layout"


@pytest.mark.parametrize("seed", seed_ids())
def test_seed_layout(seed: str) -> None:
    """Every segment of every seed: role, offsets and text, as reviewed by hand."""
    text = (SEEDS / f"{seed}.txt").read_text(encoding="utf-8")
    want = json.loads((LAYOUT / f"{seed}.json").read_text(encoding="utf-8"))
    art = factkit.extract(text)
    got = [[s.kind, s.span.start, s.span.end, s.span.text] for s in art.segments]
    assert got == want["segments"]
    assert art.title == want["title"]
    assert art.subtitle == want["subtitle"]
    assert [a.name for a in art.authors] == want["authors"]
    assert art.desk == want["desk"]
    assert art.outlet == want["outlet"]
    assert art.dateline == want["dateline"]
    assert (str(art.printed_date.date) if art.printed_date else None) == want["printed_date"]
    assert len(art.sentences) == want["sentence_count"]


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(s.kind, s.span.text) for s in find_segments(text).segments]


@pytest.mark.parametrize(
    ("line", "place", "outlet"),
    [
        ("ISLAMABAD: Pakistan and China met.", "ISLAMABAD", None),
        ("KABUL, Afghanistan (AP) — A blast hit the city.", "KABUL", "AP"),
        ("LONDON, March 3 (Reuters) - Oil prices rose.", "LONDON", "Reuters"),
        ("Mogadishu (AFP) - A huge blast shook the city.", "Mogadishu", "AFP"),
        ("NEW DELHI, Jan 5: The minister arrived.", "NEW DELHI", None),
        (
            "WASHINGTON, (UrduPoint / Pakistan Point News - 8th Dec, 2022 ) :Amid talks, ...",
            "WASHINGTON",
            "UrduPoint / Pakistan Point News",
        ),
    ],
)
def test_datelines(line: str, place: str, outlet: str | None) -> None:
    art = factkit.extract(f"Headline about the world today\n\n{line}")
    assert art.dateline == place
    assert art.outlet == outlet
    body = art.body[0]
    assert not body.text.startswith(place)


@pytest.mark.parametrize(
    "line",
    [
        "BREAKING: Talks collapse in Doha.",
        "US: the talks will resume on Monday.",
        "COMMENTS",
        "The spokesman said: talks will resume.",
    ],
)
def test_not_datelines(line: str) -> None:
    assert factkit.extract(f"Headline about the world today\n\n{line}").dateline is None


@pytest.mark.parametrize(
    ("line", "authors", "desk", "date"),
    [
        ("News Desk February 16, 2023", [], "News Desk", "2023-02-16"),
        ("Our CorrespondentJanuary 08, 2021", [], "Our Correspondent", "2021-01-08"),
        ("Kamran Yousaf March 06, 2023", ["Kamran Yousaf"], None, "2023-03-06"),
        ("By Jane Roe and John Smith", ["Jane Roe", "John Smith"], None, None),
        ("By Shahbaz Rana | Published: March 3, 2023", ["Shahbaz Rana"], None, "2023-03-03"),
        ("By Staff Reporter", [], "Staff Reporter", None),
        ("By Reuters", [], "Reuters", None),
        (
            "Ubaid ur Rehman, Web Desk 8th Dec, 2022 10:15 PM",
            ["Ubaid ur Rehman"],
            "Web Desk",
            "2022-12-08",
        ),
    ],
)
def test_bylines(line: str, authors: list[str], desk: str | None, date: str | None) -> None:
    art = factkit.extract(
        f"Pakistan and China hold strategic dialogue\n\n{line}\n\nThe talks ended."
    )
    assert [a.name for a in art.authors] == authors
    assert art.desk == desk
    assert (str(art.published) if art.published else None) == date
    assert ("byline", line) in [(s.kind, s.span.text) for s in art.segments]


def test_lead_without_headline_has_no_title() -> None:
    text = (
        "Peace talks between Russia and Ukraine in Istanbul have yielded an agreement to "
        "conduct a new prisoner exchange, officials said.\n\nThe talks lasted an hour."
    )
    art = factkit.extract(text)
    assert art.title is None
    assert len(art.body) == 2


@pytest.mark.parametrize(
    ("first", "title"),
    [
        # a headline printed with a period: title case, or a speaker's colon
        ("Bellwether County Says Trump Should Win GOP Nomination.", True),
        ("Lynch: No outside influence on FBI probe into Clinton emails.", True),
        # a short first sentence in sentence case may be the lead: not a title
        ("The council met on Monday.", False),
    ],
)
def test_a_first_line_ending_with_a_period(first: str, title: bool) -> None:
    art = factkit.extract(first + "\n\nThe vote was held in the capital on Tuesday evening.")
    assert (art.title == first) is title
    assert len(art.body) == (1 if title else 2)


def test_date_stamp_glued_to_lead() -> None:
    text = " date 2025-08-21 Chinese Foreign Minister Wang Yi arrived on Thursday.\n\nMore."
    art = factkit.extract(text)
    assert str(art.published) == "2025-08-21"
    assert art.printed_date is not None
    assert art.printed_date.source == "date_stamp"
    assert art.title is None
    assert art.body[0].text.startswith("Chinese Foreign Minister")


def test_navigation_line_is_not_the_title() -> None:
    nav = "Latest Stories Middle East South Asia World"
    text = f"{nav}\n\nIslamic State Claims Kabul Attack\n\nIt did."
    assert _kinds(text)[:2] == [
        ("navigation", "Latest Stories Middle East South Asia World"),
        ("title", "Islamic State Claims Kabul Attack"),
    ]


def test_hard_wrapped_body_lines_rejoin() -> None:
    text = (
        "Talks held in Islamabad\nISLAMABAD:\n"
        "A senior US official has reaffirmed Washington's commitment to a partnership with\n"
        "Pakistan after the talks.\nA second paragraph starts here.\n"
    )
    body = [s.text for s in factkit.extract(text).body]
    assert body == [
        "A senior US official has reaffirmed Washington's commitment to a partnership with\n"
        "Pakistan after the talks.",
        "A second paragraph starts here.",
    ]


def test_short_lines_cut_mid_sentence_rejoin() -> None:
    """A short line ending on "on" or "a", or with a quotation left open, was cut by a
    hard wrap: the next line goes on with its sentence, whatever its first letter."""
    text = (
        "Soldiers killed in ambush\n\nJihadists ambushed the troops on\n"
        "Monday close to the border.\n\u201cThe bodies of the missing\n"
        "Soldiers were found,\u201d the source said.\nBurkina Faso is part of a\n"
        "Regional effort.\nA new paragraph.\n"
    )
    body = [s.text for s in factkit.extract(text).body]
    assert body == [
        "Jihadists ambushed the troops on\nMonday close to the border.",
        "\u201cThe bodies of the missing\nSoldiers were found,\u201d the source said.",
        "Burkina Faso is part of a\nRegional effort.",
        "A new paragraph.",
    ]


def test_short_unpunctuated_line_between_paragraphs_is_a_heading() -> None:
    text = "Talks resume in Doha\n\nThe talks resumed.\n\nWhat comes next\n\nNobody knows."
    assert ("heading", "What comes next") in _kinds(text)


@pytest.mark.parametrize(
    "line",
    [
        "Read More US wants to see Pakistan 'economically sustainable'",
        "Read Domestic issues caused Imran's ouster not US: Russian envoy",
        "READ: Army chief meets Chinese envoy",
        "Also Read: Dar to visit Kabul next week",
        "Please enter your comment!",
        "Replying to X",
        "Comments are moderated and generally will be posted if they are on-topic.",
        "Follow us on Twitter",
        "Also read: IAF plane crash in Rajasthan: Pilot killed",
        "Post Your Comments",
        "Back to top button",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    text = f"Talks resume in Doha\n\nThe talks resumed.\n\n{line}\n\nThey ended late."
    assert ("boilerplate", line) in _kinds(text)


def test_a_paragraph_that_opens_with_replying_to_a_question_is_body() -> None:
    line = "Replying to a question, the minister said the talks had gone well."
    text = f"Talks resume in Doha\n\nThe talks resumed.\n\n{line}\n\nThey ended late."
    assert ("body", line) in _kinds(text)


def test_read_sentence_in_body_is_body() -> None:
    text = "Talks resume in Doha\n\nRead the full statement on the ministry website.\n\nMore."
    assert ("body", "Read the full statement on the ministry website.") in _kinds(text)


@pytest.mark.parametrize(
    "line",
    [
        "Ned Price speaks at a news briefing in Washington. PHOTO: REUTERS",
        "State Department Spokesperson Ned Price at May 5, 2022 press briefing. Photo: videograb",
        "REPRESENTATIONAL IMAGE",
        "Soldiers patrol the area. (AP Photo/Rahmat Gul)",
        "Rescue workers at the site of the blast in Quetta. — AFP",
    ],
)
def test_captions(line: str) -> None:
    text = f"Talks resume in Doha\n\nThe talks resumed.\n\n{line}\n\nThey ended late."
    assert ("caption", line) in _kinds(text)


def test_sidebar_after_the_body() -> None:
    text = "Talks resume\n\nThe talks resumed.\n\nMost Read\n\nFloods hit Sindh\n\nPM visits China"
    kinds = _kinds(text)
    assert kinds[-3:] == [
        ("sidebar", "Most Read"),
        ("sidebar", "Floods hit Sindh"),
        ("sidebar", "PM visits China"),
    ]


@pytest.mark.parametrize("sep", ["\n", "\r\n", "\r", "\u2028", "\u2029"])
def test_line_separators(sep: str) -> None:
    text = sep.join(["Talks resume in Doha", "", "DOHA: The talks resumed.", "", "They ended."])
    art = factkit.extract(text)
    assert art.title == "Talks resume in Doha"
    assert art.dateline == "DOHA"
    assert [s.text for s in art.body] == ["The talks resumed.", "They ended."]


def test_split_lines_keeps_offsets() -> None:
    text = "  a \r\n\r\nb\u2028c"
    assert [(ln.start, ln.end, ln.blank_before) for ln in split_lines(text)] == [
        (2, 3, True),
        (8, 9, True),
        (10, 11, False),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Mr. Price spoke. Lt Gen Mirza met U.S. envoys. The talks ended.",
            ["Mr. Price spoke.", "Lt Gen Mirza met U.S. envoys.", "The talks ended."],
        ),
        (
            "He met Gen. Asim Munir on Jan. 5. The talks ended.",
            ["He met Gen. Asim Munir on Jan. 5.", "The talks ended."],
        ),
        (
            "The envoy, H.E. Wang Yi, arrived. He met Dar.",
            ["The envoy, H.E. Wang Yi, arrived.", "He met Dar."],
        ),
        (
            "It ended in the U.S. The talks resume in May.",
            ["It ended in the U.S.", "The talks resume in May."],
        ),
        (
            "“We value it.” Price said. “Really?” he asked.",
            ["“We value it.”", "Price said.", "“Really?” he asked."],
        ),
        (
            "The writer J. K. Rowling spoke. It was late.",
            ["The writer J. K. Rowling spoke.", "It was late."],
        ),
        (
            "He said: relationship. […] When it comes to it, no.",
            ["He said: relationship. […]", "When it comes to it, no."],
        ),
        ("He said no. The talks ended.", ["He said no.", "The talks ended."]),
    ],
)
def test_sentences(text: str, want: list[str]) -> None:
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text))] == want


def test_dateline_after_a_release_number_and_furniture() -> None:
    text = (
        "Operational Update, May 28, 2011\n"
        "Joint Command - Afghanistan\n"
        "2011-05-S-104\n"
        "For Immediate Release\n\n"
        "KABUL, Afghanistan (May 28, 2011) \u2013 A security force detained two suspects "
        "during an operation in Khost province yesterday.\n"
    )
    art = factkit.extract(text)
    assert art.dateline == "KABUL"
    assert art.printed_date is not None
    assert str(art.printed_date.date) == "2011-05-28"
    kinds = [s.kind for s in art.segments]
    assert kinds[-2:] == ["dateline", "body"]
    assert "boilerplate" in kinds  # "For Immediate Release"


def test_a_date_line_and_a_dateline_under_a_standfirst() -> None:
    text = (
        "US to work with Pakistan on terrorism: State Dept spox\n\n"
        "Matthew Miller said that Pakistan has suffered greatly at the hands of terrorists.\n\n"
        "Thu, 09 May 2024\n\n"
        "WASHINGTON (Dunya News) - The spokesperson said the US remained committed.\n\n"
        "Be the first to comment"
    )
    art = factkit.extract(text)
    assert str(art.published) == "2024-05-09"
    assert (art.dateline, art.outlet) == ("WASHINGTON", "Dunya News")
    assert ("boilerplate", "Be the first to comment") in _kinds(text)


@pytest.mark.parametrize(
    ("line", "authors", "desk"),
    [
        ("By AP (Associated Press)", [], "AP"),
        ("By Jane Smith (Reuters)", ["Jane Smith"], "Reuters"),
    ],
)
def test_bylines_with_an_agency_in_parentheses(line: str, authors: list[str], desk: str) -> None:
    art = factkit.extract(f"Title of the story here\n\n{line}\n\nThe minister spoke on Monday.")
    assert [a.name for a in art.authors] == authors
    assert art.desk == desk


@pytest.mark.parametrize(
    ("body", "dateline"),
    [
        ("Lagos: Nigerian police said gunmen attacked a village.", "Lagos"),
        ("New Delhi: The ministry said talks would resume.", "New Delhi"),
        ("YOLA (Adamawa, Nigeria), Nov 4 (NNN-XINHUA) — Gunmen attacked a village.", "YOLA"),
        # a rubric or a country before a colon is no dateline
        ("Analysis: The talks resumed on Monday.", None),
        ("Nigeria: Gunmen attacked a village on Monday.", None),
    ],
)
def test_datelines_in_title_case_and_with_a_bracketed_state(
    body: str, dateline: str | None
) -> None:
    """A known city before a colon under the title opens the story ("Lagos:"); capitals may
    carry the state and country in brackets."""
    art = factkit.extract(f"Gunmen kill 12 villagers\n\n{body}")
    assert art.dateline == dateline
    assert art.title == "Gunmen kill 12 villagers"


def test_a_city_before_a_colon_in_the_title_stays_the_title() -> None:
    art = factkit.extract("Lagos: gunmen kill 12 villagers\n\nPolice said gunmen attacked.")
    assert art.title == "Lagos: gunmen kill 12 villagers"
    assert art.dateline is None


@pytest.mark.parametrize(
    ("line", "published"),
    [("8/20/2024 7:17:05 PM", "2024-08-20"), ("20/8/2024", "2024-08-20"), ("5/6/2024", None)],
)
def test_numeric_date_lines_when_month_and_day_are_clear(line: str, published: str | None) -> None:
    art = factkit.extract(
        f"Russian drone kills man in Kherson region\n{line}\nThe attack came at night."
    )
    assert (str(art.published) if art.published else None) == published


def test_a_known_city_in_capitals_alone_under_the_title_is_the_dateline() -> None:
    art = factkit.extract("Jihadists kill 12 troops\n\nOUAGADOUGOU\n\nAt least 12 soldiers died.")
    assert art.dateline == "OUAGADOUGOU"
    art = factkit.extract("Talks resume\n\nBREAKING\n\nThe talks resumed.")
    assert art.dateline is None


def test_a_section_kicker_before_the_headline_is_no_dateline() -> None:
    art = factkit.extract(
        "WORLD – Russia’s foreign minister dismisses FBI charges\n\nLavrov said he would wait."
    )
    assert art.dateline is None
    assert art.title == "WORLD – Russia’s foreign minister dismisses FBI charges"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Militants attack a police patrol In Kohat city, militants attacked a patrol.",
            ["Militants attack a police patrol", "In Kohat city, militants attacked a patrol."],
        ),
        (
            "President and PM condemn the attack In separate statements, both condemned it.",
            ["President and PM condemn the attack", "In separate statements, both condemned it."],
        ),
        # a title-case name keeps its capitalised preposition
        ("The film Man In Black opened on Friday.", ["The film Man In Black opened on Friday."]),
    ],
)
def test_a_subheading_run_into_its_paragraph_is_a_sentence_of_its_own(
    text: str, want: list[str]
) -> None:
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text))] == want


@pytest.mark.parametrize(
    ("line", "place", "outlet"),
    [
        ("El Fasher, Oct 2 Eight civilians have been killed, officials said.", "El Fasher", None),
        ("New Delhi, Oct 2 (IANS) Eight civilians have been killed.", "New Delhi", "IANS"),
        ("Lagos, March 3: Eight civilians have been killed.", "Lagos", None),
    ],
)
def test_a_known_city_in_title_case_with_its_day_is_a_dateline(
    line: str, place: str, outlet: str | None
) -> None:
    art = factkit.extract(f"Headline of the day\n\n{line}")
    assert (art.dateline, art.outlet) == (place, outlet)
    assert art.body[0].text.startswith("Eight civilians")


def test_a_byline_with_its_date_and_clock_time_behind_bars() -> None:
    art = factkit.extract(
        "Headline of the day here\n\nBy Susan Jones | September 26, 2013 | 10:47am EDT\n\n"
        "The body starts here with a sentence. It goes on."
    )
    assert ([a.name for a in art.authors], str(art.published)) == (["Susan Jones"], "2013-09-26")


@pytest.mark.parametrize(
    ("first_line", "outlet"),
    [
        ("Shafaq News/ On Friday, the command announced the strike.", "Shafaq News"),
        ("Xinhua/ The talks opened on Monday in Doha.", "Xinhua"),
        ("Either/ Or is the name of the play staged on Monday.", None),  # no outlet's name
    ],
)
def test_an_outlet_s_credit_before_a_slash(first_line: str, outlet: str | None) -> None:
    art = factkit.extract(f"Strike in Syria\n\n{first_line}\n\nThe talks went on.")
    assert art.outlet == outlet
    body = art.segments_of("body")[0].span.text
    assert body.startswith(first_line.split("/ ", 1)[1] if outlet else first_line)


def test_a_lone_period_line_is_no_headline() -> None:
    """A first line that is only "." (found by the property tests) reads as nothing."""
    assert factkit.extract('.\n\n"the" Ned Price said.').title is None


def test_a_site_s_header_domain_byline_ago_and_a_bracketed_credit() -> None:
    """A date stamp, the site's domain, the headline, "NAME 2 minutes ago Wed DATE", a
    standfirst the body repeats, then "CITY (Site News / Agency - DATE) Lead ..."."""
    text = (
        " date 2021-03-04 ExamplePoint.com\n"
        "Ministers To Hold Talks On Trade In Lahore\n\n"
        "Jane Roe 2 minutes ago Thu 4th March 2021 | 03:54 PM\n\n"
        "The trade ministers of both countries will hold talks in Lahore next week, the "
        "ministry spokesman said on Thursday\n\n"
        "LAHORE (Example Point News / Sputnik - 4th March, 2021) The trade ministers of both "
        "countries will hold talks in Lahore next week, the ministry spokesman said on "
        "Thursday.\n"
    )
    art = factkit.extract(text)
    assert art.outlet == "ExamplePoint.com"
    assert art.title == "Ministers To Hold Talks On Trade In Lahore"
    assert [a.name for a in art.authors] == ["Jane Roe"]
    assert art.subtitle is not None
    assert art.subtitle.startswith("The trade ministers")
    assert art.dateline == "LAHORE"
    assert [s.text[:22] for s in art.body] == ["The trade ministers of"]


def test_a_lead_that_lost_its_period_is_body_and_a_menu_is_navigation() -> None:
    text = (
        " date 2021-03-04 Left Menu\nMinisters hold talks on trade\n\n"
        "Jane Roe 10 seconds ago Thu 4th March 2021\n\n"
        "The trade ministers of both countries will hold talks in Lahore next week, the "
        "ministry spokesman said\n\nThe talks are the first in two years.\n"
    )
    art = factkit.extract(text)
    assert art.title == "Ministers hold talks on trade"
    assert [s.kind for s in art.segments][:2] == ["date_stamp", "navigation"]
    assert [s.text[:22] for s in art.body] == ["The trade ministers of", "The talks are the firs"]


def test_a_site_s_bulleted_header_desk_age_headline_and_date() -> None:
    text = (
        "- Web Desk\n- 2 Hours ago\nCheck post attacked in Qalat; one officer martyred\n-\n"
        "- Web Desk\n- Feb 16, 2025\nQALAT: A check post was attacked by terrorists on Sunday.\n"
    )
    art = factkit.extract(text)
    assert art.title == "Check post attacked in Qalat; one officer martyred"
    assert art.desk == "Web Desk"
    assert art.published == dt.date(2025, 2, 16)
    assert art.dateline == "QALAT"
    assert [s.kind for s in art.segments][:4] == ["byline", "boilerplate", "title", "boilerplate"]
