"""Statements on real sentences: every attribution pattern, speakers, cues and dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given

import factkit

from .strategies import news_texts

INTRO = "State Department Spokesperson Ned Price briefed reporters.\n\n"


def statements(
    body: str, published: str | None = "2022-12-08"
) -> list[tuple[str, str | None, str]]:
    art = factkit.extract("Talks on security resume\n\n" + body, published=published)
    return [(s.content, s.speaker.name if s.speaker else None, s.kind) for s in art.statements]


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # "..." NAME said / "..." said NAME
        (
            INTRO + '"We value that bilateral relationship," Price said.',
            [("We value that bilateral relationship", "Ned Price", "direct")],
        ),
        (
            INTRO + "“There was a terrible explosion,” said Ali Suleyman, a witness.",
            [("There was a terrible explosion", "Ali Suleyman", "direct")],
        ),
        # NAME said: "..." / NAME said that "..."
        (
            INTRO + "Price said: “We will take action in a way that protects our interests.”",
            [("We will take action in a way that protects our interests.", "Ned Price", "direct")],
        ),
        (
            INTRO + "Price said that “Pakistan is a valued partner of the United States.”",
            [("Pakistan is a valued partner of the United States.", "Ned Price", "direct")],
        ),
        # interrupted by the attribution, two statements
        (
            INTRO
            + '"It is our broader goal," the spokesperson said, adding, "We will take action."',
            [
                ("It is our broader goal", "Ned Price", "direct"),
                ("We will take action.", "Ned Price", "direct"),
            ],
        ),
        # a statement issued by an organisation
        (
            '"The dialogue is aimed at discussing common threat of terrorism," read a statement '
            "issued by the Foreign Office on Sunday.",
            [
                (
                    "The dialogue is aimed at discussing common threat of terrorism",
                    "Foreign Office",
                    "direct",
                )
            ],
        ),
        # according to
        (
            "Pakistan recorded 267 incidents in 2021, according to data compiled by the South Asia "
            "Terrorism Portal (SATP).",
            [
                (
                    "Pakistan recorded 267 incidents in 2021",
                    "South Asia Terrorism Portal",
                    "indirect",
                )
            ],
        ),
        (
            "According to a post by the Foreign Office, Wang was received by Ishaq Dar.",
            [("Wang was received by Ishaq Dar", "Foreign Office", "indirect")],
        ),
        # NAME, when asked about X, stated that ...
        (
            INTRO + "Price, when asked about the visit of a delegation from Pakistan, stated that "
            "Islamabad is a valued partner.",
            [("Islamabad is a valued partner", "Ned Price", "indirect")],
        ),
        # parenthetical
        (
            INTRO + "The Taliban, he said, was unable to live up to its commitments.",
            [
                (
                    "The Taliban, he said, was unable to live up to its commitments",
                    "Ned Price",
                    "indirect",
                )
            ],
        ),
        # CLAUSE, NAME added.
        (
            INTRO + "However, the US has capabilities in the region, Price added.",
            [("the US has capabilities in the region", "Ned Price", "indirect")],
        ),
        # NAME verb (that) CLAUSE with several verbs
        (
            INTRO + "Price emphasized that Pakistan is an important partner.",
            [("Pakistan is an important partner", "Ned Price", "indirect")],
        ),
        (
            INTRO + "Price warned the militants would not be allowed to regroup.",
            [("the militants would not be allowed to regroup", "Ned Price", "indirect")],
        ),
        (
            "Kremlin aide Vladimir Medinsky told reporters that Russia had suggested a ceasefire.",
            [("Russia had suggested a ceasefire", "Vladimir Medinsky", "indirect")],
        ),
        # mixed
        (
            INTRO + "Price stated that Islamabad is “valued across many realms”.",
            [("Islamabad is “valued across many realms”", "Ned Price", "mixed")],
        ),
        # an unnamed source keeps its description
        (
            "A senior police official said the bomber rammed a car into the gate.",
            [("the bomber rammed a car into the gate", None, "indirect")],
        ),
        # a quote claimed by the next sentence
        (
            INTRO + '"We value that bilateral relationship." He pointed out that Pakistan '
            "receives grant assistance.",
            [
                ("We value that bilateral relationship.", "Ned Price", "direct"),
                ("Pakistan receives grant assistance", "Ned Price", "indirect"),
            ],
        ),
    ],
)
def test_attribution_patterns(body: str, want: list[tuple[str, str | None, str]]) -> None:
    assert statements(body) == want


def test_quote_running_over_paragraphs() -> None:
    body = (
        INTRO + '"We will take action in a way that protects our interests.\n\n'
        '"We are determined to work with our partners in the region," Price added.'
    )
    got = statements(body)
    assert (
        "We will take action in a way that protects our interests.",
        "Ned Price",
        "direct",
    ) in got
    assert (
        "We are determined to work with our partners in the region",
        "Ned Price",
        "direct",
    ) in got


def test_closing_mark_at_the_start_of_the_next_paragraph() -> None:
    body = (
        INTRO + '"We will take action in a way that protects our interests.\n\n'
        '" "We are determined to work with our partners," Price added.'
    )
    got = [c for c, _, _ in statements(body)]
    assert got == [
        "We will take action in a way that protects our interests.",
        "We are determined to work with our partners",
    ]


def test_a_stray_quote_mark_does_not_swallow_the_article() -> None:
    body = (
        INTRO + 'The "talks were cordial, officials said.\n\n' + "Price said the US would "
        "stay engaged.\n\n" + '"We remain committed to peace," Price added.'
    )
    art = factkit.extract("Talks resume\n\n" + body)
    contents = [s.content for s in art.statements]
    assert "We remain committed to peace" in contents
    assert all("\n\n" not in c for c in contents)
    assert "unbalanced_quote" in [d.code for d in art.diagnostics]


@pytest.mark.parametrize(("open_", "close"), [('"', '"'), ("“", "”"), ("«", "»"), ("“", "“")])
def test_quote_mark_styles(open_: str, close: str) -> None:
    body = f"{INTRO}{open_}We value our bilateral relationship,{close} Price said."
    assert statements(body) == [("We value our bilateral relationship", "Ned Price", "direct")]


def test_single_quotes_inside_double_stay_inside() -> None:
    body = INTRO + "“The deal was ‘a turning point’ for the region,” Price said."
    assert statements(body) == [
        ("The deal was ‘a turning point’ for the region", "Ned Price", "direct")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "US refrains from confirming a revival of 'security cooperation' with Pakistan.",
        "Pakistan receives grants from the “International Military Education and Training” "
        "programme.",
        "The operation, dubbed “Zarb-e-Azb”, ended in 2016.",
    ],
)
def test_scare_quotes_and_names_are_not_statements(body: str) -> None:
    assert statements(body) == []


@pytest.mark.parametrize(
    ("body", "cue", "date"),
    [
        ("“We value our relationship,” Ned Price said on Thursday.", "say", "2022-12-08"),
        (
            "Pakistan is a partner, a State Department spokesperson said Wednesday.",
            "say",
            "2022-12-07",
        ),
        ("Ishaq Dar emphasized that the talks were productive.", "emphasize", None),
        ("Umerov also said that Russia had handed over its draft.", "say", None),
        ("The statement noted that the dialogue would provide an opportunity.", "note", None),
        ("Helvey reaffirmed the commitment to a long-term partnership.", "reaffirm", None),
        ("Militants attacked the post, according to police.", "according to", None),
    ],
)
def test_cues_and_dates(body: str, cue: str, date: str | None) -> None:
    art = factkit.extract("Talks resume\n\n" + body, published="2022-12-08")
    (s,) = art.statements
    assert s.cue == cue
    assert (s.date.isoformat() if s.date else None) == date
    if date:
        assert s.date_span is not None
        assert s.date_span.text in body


def test_headline_statement_is_flagged() -> None:
    art = factkit.extract(
        "Threats to Pakistan could well be threats to US, says Washington\n\n"
        "The United States reiterated its support for Pakistan."
    )
    (head,) = [s for s in art.statements if s.from_headline]
    assert head.content == "Threats to Pakistan could well be threats to US"
    assert head.speaker is not None
    assert head.speaker.name == "United States"


def test_speaker_links_to_an_entity_of_the_article() -> None:
    art = factkit.extract("Talks resume\n\n" + INTRO + "“We value it,” Price said.")
    ids = {e.id for e in art.entities}
    for s in art.statements:
        assert s.speaker is not None
        assert s.speaker.id in ids


@given(news_texts())
def test_statement_spans_and_speakers_are_consistent(text: str) -> None:
    art = factkit.extract(text)
    ids = {e.id for e in art.entities}
    for s in art.statements:
        assert text[s.span.start : s.span.end] == s.content
        if s.speaker is not None and s.speaker.id is not None:
            assert s.speaker.id in ids
        if s.date is not None:
            assert isinstance(s.date, dt.date)


@pytest.mark.parametrize(
    ("body", "speaker", "description", "content"),
    [
        (
            "The campaign says the ad will air nationally next week.",
            None,
            "The campaign",
            "the ad will air nationally next week",
        ),
        (
            "Several cast members said the host had been rude to them.",
            None,
            "Several cast members",
            "the host had been rude to them",
        ),
        (
            "DuVernay said she felt the amendment was worth examining.",
            "DuVernay",
            None,
            "she felt the amendment was worth examining",
        ),
        (
            "Sen. Ann Holt (R-Ga.) said she did not believe the figures.",
            "Ann Holt",
            None,
            "she did not believe the figures",
        ),
        (
            "The S.E.C. said it would increase oversight as well.",
            "S.E.C.",
            None,
            "it would increase oversight as well",
        ),
    ],
)
def test_subjects_the_entity_layer_does_not_know(
    body: str, speaker: str | None, description: str | None, content: str
) -> None:
    art = factkit.extract("Ad campaign\n\nThe ad was released on Monday. " + body)
    (st,) = art.statements
    assert st.content == content
    assert st.speaker is not None
    assert st.speaker.name == speaker
    assert st.speaker.description == description


@pytest.mark.parametrize(
    "body",
    [
        "The number of attacks rose last year, as the data showed.",
        "Developers in the region said nothing.",
        "It is not what most analysts would say.",
    ],
)
def test_no_statement_without_a_subject_noun_phrase_and_a_clause(body: str) -> None:
    art = factkit.extract("Ad campaign\n\nThe ad was released on Monday. " + body)
    assert art.statements == ()


def test_typewriter_double_quotes_are_quotation_marks() -> None:
    text = (
        "Tax plans\n\nThe plan was released on Monday by the campaign.\n\n"
        "''This isn't tax reform,'' said Douglas Holtz-Eakin, an economist. "
        "''It's anti-reform.''\n\n``We will win,'' Jones said."
    )
    art = factkit.extract(text)
    got = [(s.content, s.speaker.name if s.speaker else None, s.kind) for s in art.statements]
    assert got == [
        ("This isn't tax reform", "Douglas Holtz-Eakin", "direct"),
        ("It's anti-reform.", "Douglas Holtz-Eakin", "direct"),
        ("We will win", "Jones", "direct"),
    ]
    for s in art.statements:  # spans index the input, not a normalised copy
        assert text[s.span.start : s.span.end] == s.content


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ('"It is late," said a man who lives nearby.', [("It is late", None, "a man")]),
        ('"Go home," the crowd chanted.', [("Go home", None, "the crowd")]),
        (
            "A new poll shows that the race has tightened in Ohio.",
            [("the race has tightened in Ohio", None, "A new poll")],
        ),
        ("Police found the bodies of two men near the river.", []),
        ("The number of people who say they will vote has risen sharply this year.", []),
        ("The minister was told that the road was closed.", []),
    ],
)
def test_speech_verbs_and_verbs_that_report_only_before_that(
    body: str, want: list[tuple[str, str | None, str | None]]
) -> None:
    art = factkit.extract(
        "Poll results\n\nThe plan was released on Monday by the campaign.\n\n" + body
    )
    got = [
        (
            s.content,
            s.speaker.name if s.speaker else None,
            s.speaker.description if s.speaker else None,
        )
        for s in art.statements
    ]
    assert got == want


def test_an_unclosed_typewriter_quote_is_diagnosed_on_the_input() -> None:
    text = (
        "Title\n\nThe text was written on Monday by the desk of the paper.\n\n"
        "He said ''we will go on and never stop, not now.\n\nThe end came."
    )
    art = factkit.extract(text)
    (diag,) = art.diagnostics
    assert diag.code == "unbalanced_quote"
    assert diag.span is not None
    assert diag.span.text == "'"
    assert factkit.Article.model_validate_json(art.model_dump_json()) == art


def test_an_unknown_speaker_keeps_the_title_apart_and_is_read_past_abbreviations() -> None:
    art = factkit.extract(
        "Tax plans\n\nThe plan was released on Monday by the campaign.\n\n"
        '"It is done," said Gov. Ann Holt.\n\n'
        "Patriot filed in Richmond, Va., where restructuring experts say judges move fast."
    )
    first, second = art.statements
    assert first.speaker is not None
    assert (first.speaker.name, first.speaker.title) == ("Ann Holt", "Gov.")
    assert second.speaker is not None
    assert second.speaker.description == "restructuring experts"
    assert second.content == "judges move fast"


@pytest.mark.parametrize(
    ("body", "content", "source"),
    [
        (
            "According to police, officers saw the man get out of a car with a handgun.",
            "officers saw the man get out of a car with a handgun",
            "police",
        ),
        (
            "His relatives watched the videos on Thursday, according to their attorneys, and "
            "said they had questions.",
            "His relatives watched the videos on Thursday",
            "their attorneys",
        ),
        (
            "The top 1 percent paid 25.4 percent of all taxes, according to exit polls.",
            "The top 1 percent paid 25.4 percent of all taxes",
            "exit polls",
        ),
    ],
)
def test_according_to_any_source(body: str, content: str, source: str) -> None:
    art = factkit.extract(
        "Police video\n\nThe video was released on Monday by the city.\n\n" + body
    )
    (st,) = art.statements
    assert st.content == content
    assert st.speaker is not None
    assert (st.speaker.name or st.speaker.description) == source


def test_a_quote_signed_with_a_dash() -> None:
    art = factkit.extract(
        "What readers think\n\nReaders sent us their views on the debate on Monday night, "
        "and here are some of them.\n\n"
        "\u201cHe represents our greatest shame and it is sad to watch him.\u201d \u2015 Sonya "
        "Herridge\n\n"
        "\u201cHe can\u2019t even answer a question well, and he keeps attacking us.\u201d "
        "\u2014 Krystal Correa.\n\n"
        "The debate ended late - Monday night."
    )
    got = [(s.speaker.name if s.speaker else None, s.cue) for s in art.statements]
    assert got == [("Sonya Herridge", None), ("Krystal Correa", None)]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "On \u201cFox News Sunday,\u201d Republican nominee Gov. Mike Pence (R-IN) said his "
            "running mate was only joking.",
            "Mike Pence",
        ),
        ("Mr. King said that he was not familiar with the rest of the programming.", "King"),
        (
            "Johnnie Wilson, 59, of Springfield, Va., said he had fought in Vietnam.",
            "Johnnie Wilson",
        ),
        ("But many Democrats say the poll lead obscures concerns about turnout.", None),
    ],
)
def test_subjects_past_appositives_and_quotes(body: str, speaker: str | None) -> None:
    art = factkit.extract(
        "Museum opens\n\nThe museum opened on Saturday with a ceremony.\n\n" + body
    )
    (st,) = art.statements
    assert st.speaker is not None
    assert st.speaker.name == speaker


def test_a_standfirst_that_reports_is_a_statement_once() -> None:
    art = factkit.extract(
        "Counter-terror dialogue with US from today\n\n"
        "US State Department spokesperson says the TTP threat to Pakistan could be a threat "
        "to the US too\n\n"
        "ISLAMABAD:\n\nPakistan and the United States will hold talks on Monday in Islamabad."
    )
    (st,) = [s for s in art.statements if s.from_headline]
    assert st.content == "the TTP threat to Pakistan could be a threat to the US too"
    assert st.speaker is not None
    assert st.speaker.kind == "government"
    assert (st.speaker.name or "").endswith("State Department")
    twice = factkit.extract(
        "US to work with Pakistan on terror threat: State Dept.\n\n"
        "US to work with Pakistan on terror threat: State Dept.\n\n"
        "WASHINGTON: The United States plans to work with Pakistan, a spokesperson said."
    )
    assert len([s for s in twice.statements if s.from_headline]) == 1


def test_a_quotation_in_a_headline_is_its_subjects() -> None:
    art = factkit.extract(
        'Pakistan vows "decisive action against the TTP and its allies"\n\n'
        "ISLAMABAD: Officials met on Monday in the capital to review security."
    )
    (st,) = art.statements
    assert (st.kind, st.content, st.cue, st.from_headline) == (
        "direct",
        "decisive action against the TTP and its allies",
        "vow",
        True,
    )
    assert st.speaker is not None
    assert st.speaker.name == "Pakistan"


def test_an_unknown_speaker_carries_to_the_next_quote_and_possessive_roles() -> None:
    art = factkit.extract(
        "Film review\n\nThe film was released on Monday by the studio in Los Angeles.\n\n"
        "\u201cThis is not a moment, it\u2019s a movement,\u201d DuVernay said. "
        "\u201cHopefully, by the end of the film you have a greater understanding.\u201d\n\n"
        '"It was outrageous," Smith\'s former campaign strategist said in an interview.'
    )
    got = [(s.speaker.name, s.speaker.description) if s.speaker else None for s in art.statements]
    assert got == [
        ("DuVernay", None),
        ("DuVernay", None),
        (None, "Smith's former campaign strategist"),
    ]


def test_a_clause_with_a_quoted_fragment_said_by_a_named_person_with_an_appositive() -> None:
    art = factkit.extract(
        "Veterans\n\nThe report was released on Monday by the group in Washington.\n\n"
        'The answers to veteran suicides are "not meeting the demand," says Paul Rieckhoff, '
        'founder of a veterans group. "We often compare it to the early days of a crisis."'
    )
    got = [(s.kind, s.speaker.name if s.speaker else None, s.content) for s in art.statements]
    assert got == [
        (
            "mixed",
            "Paul Rieckhoff",
            'The answers to veteran suicides are "not meeting the demand,"',
        ),
        ("direct", "Paul Rieckhoff", "We often compare it to the early days of a crisis."),
    ]


def test_a_subject_with_a_long_appositive() -> None:
    art = factkit.extract(
        "Taxes\n\nThe plan was released on Monday by the campaign in New York.\n\n"
        "Richard Revesz, director of the Institute for Policy Integrity at a law school, "
        "said the suing states were exaggerating the reach of the agency."
    )
    (st,) = art.statements
    assert st.speaker is not None
    assert st.speaker.name == "Richard Revesz"
    assert st.content == "the suing states were exaggerating the reach of the agency"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # issue #5: verbs of verbal acts report what was said about something
        (
            "Senator Jane Roe criticized the decision to close the border.",
            [("criticize", "Jane Roe", "the decision to close the border")],
        ),
        (
            "Prime Minister Imran Khan called for an end to the violence.",
            [("call for", "Imran Khan", "an end to the violence")],
        ),
        # the same verbs in their other senses report nothing
        ("Troops defended the base in Kunar on Monday.", []),
        ("Police questioned the suspects in Quetta.", []),
        ("Police dismissed the officer after the raid.", []),
    ],
)
def test_verbs_of_verbal_acts(text: str, expected: list[tuple[str, str, str]]) -> None:
    statements = factkit.extract(text).statements
    got = [(s.cue, s.speaker.name if s.speaker else None, s.content) for s in statements]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # issue #5: a progressive or perfect reporting verb, and campaign titles
        (
            "Senator Jane Roe is stressing that the plan will lower costs for families.",
            [("stress", "Jane Roe", "the plan will lower costs for families")],
        ),
        (
            "Republican nominee John Doe has often cited veterans' care as a top priority.",
            [("cite", "John Doe", "veterans' care as a top priority")],
        ),
        # a participle after a comma is not a progressive verb
        ("Officials met on Monday, saying that talks would resume.", []),
    ],
)
def test_progressive_and_perfect_reporting_verbs(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    statements = factkit.extract(text).statements
    got = [(s.cue, s.speaker.name if s.speaker else None, s.content) for s in statements]
    assert got == expected


def test_quote_paragraph_after_a_colon_attribution() -> None:
    """Issue #5: 'NAME said:' ending one paragraph attributes the quotation that opens the
    next."""
    text = (
        "Talks resume\n\nThe talks resumed on Monday.\n\nThe spokesman, Ali Khan, said:\n\n"
        "\u201cWe are ready to talk to anyone who wants peace in the region.\u201d\n\n"
        "Others disagreed."
    )
    [st] = factkit.extract(text).statements
    assert st.speaker is not None
    assert st.speaker.name == "Ali Khan"
    assert st.kind == "direct"
    assert st.content.startswith("We are ready")


def test_a_news_outlet_is_a_speaker() -> None:
    """Issue #5: outlets are cited as sources ("The New York Times reports: ...")."""
    text = (
        "Small donors\n\nFew donors give small sums.\n\nThe New York Times reports:\n\n"
        "\u201cWithout this online network, the campaign relies on big donors.\u201d"
    )
    [st] = factkit.extract(text).statements
    assert st.speaker is not None
    assert st.speaker.name == "New York Times"
    assert st.speaker.kind == "organization"


def test_transcript_turns() -> None:
    """Issue #5: a transcript's speaker labels ("WALLACE:") name people of the article;
    labels that name nobody (datelines, "UPDATE:") are not speakers."""
    text = (
        "Pence on Flowers\n\nFox News host Chris Wallace spoke to Indiana Gov. Mike Pence on "
        "Sunday.\n\nPartial transcript as follows:\n\n"
        '"WALLACE: If I may, sir, will Gennifer Flowers be there?\n\n'
        "PENCE: Well, look, the question really should be about the other campaign.\n\n"
        "UPDATE: The debate was moved to Monday."
    )
    got = [
        (s.speaker.name if s.speaker else None, s.content[:20])
        for s in factkit.extract(text).statements
        if s.rule_id == "factkit.statements.transcript.v1"
    ]
    assert got == [
        ("Chris Wallace", "If I may, sir, will "),
        ("Mike Pence", "Well, look, the ques"),
    ]


def test_a_day_between_the_verb_and_its_quotation() -> None:
    """Issue #5: 'said Friday “...”' is the speaker's direct quotation, without the day."""
    text = (
        "Protests\n\nThe protest went on.\n\nCharlotte Mayor Jennifer Roberts said Friday "
        "\u201cwe will release the video when the investigation allows it.\u201d"
    )
    [st] = factkit.extract(text).statements
    assert st.speaker is not None
    assert (st.kind, st.speaker.name, st.content) == (
        "direct",
        "Jennifer Roberts",
        "we will release the video when the investigation allows it",
    )


def test_according_to_before_a_quotation() -> None:
    text = (
        "Radio\n\nThe show aired.\n\nAccording to Limbaugh, "
        "\u201cThe left is saying that this case is different from all the others.\u201d"
    )
    [st] = factkit.extract(text).statements
    assert st.speaker is not None
    assert (st.kind, st.cue, st.speaker.name) == ("direct", "according to", "Limbaugh")


def test_verbs_of_naming_report_with_a_quotation() -> None:
    """Issue #5: 'called X a “liar”' reports; 'called the police' does not."""
    text = (
        "Insults fly\n\nThe two men traded insults for months.\n\nSen. Ted Cruz called Donald "
        "Trump a \u201cpathological liar\u201d on Tuesday.\n\nNeighbours called the police after "
        "the blast.\n\nJapan branded North Korea an \u201coutlaw nation in the neighborhood.\u201d"
        "\n\nGraham called both Trump and Democratic front-runner Hillary Clinton "
        "\u201ccrazy\u201d."
    )
    got = [
        (s.cue, s.speaker.name if s.speaker else None, s.content[:25])
        for s in factkit.extract(text).statements
    ]
    assert got == [
        ("call", "Ted Cruz", "Donald Trump a \u201cpathologi"),
        ("brand", "Japan", "North Korea an \u201coutlaw na"),
        ("call", "Graham", "both Trump and Democratic"),
    ]


def test_a_possessed_claim_reports_its_clause() -> None:
    """Issue #5: "Trump's claim that X" is Trump's statement of X."""
    text = (
        "Fact check\n\nThe debate was heated.\n\nPolitifact checked Donald Trump\u2019s claim "
        "that there have been thousands of shootings in Chicago this year."
    )
    [st] = factkit.extract(text).statements
    assert st.speaker is not None
    assert (st.cue, st.speaker.name, st.content) == (
        "claim",
        "Donald Trump",
        "there have been thousands of shootings in Chicago this year",
    )


def test_a_time_or_a_place_is_not_the_speaker() -> None:
    """Issue #5: "In June, the South Carolina senator called on ..." — neither "In June"
    nor South Carolina speaks; the senator is an unnamed source."""
    text = (
        "Senate race\n\nThe race tightened.\n\nIn June, the South Carolina senator called on "
        "fellow Republicans to unendorse Trump after the remarks."
    )
    [st] = factkit.extract(text).statements
    assert st.speaker is not None
    assert (st.speaker.name, st.speaker.description) == (None, "the South Carolina senator")


def test_a_list_of_signed_quotations_one_a_line() -> None:
    """Issue #5: quotations that each open a line, signed after a dash, are each their
    signer's, even when a stray closing mark opens the first."""
    text = (
        "Voices\n\nReaders wrote in.\n\n\u201dMr. Trump embodies the legacy of racism in this "
        "country.\u201d \u2015 Sonya Herridge\n\u201cDuring the debate Trump said Hispanics "
        "live in hell. He is ignorant of our culture.\u201d\u2015 Pamela Padilla\u00a0\n"
        "\u201cI am so ashamed to be an American. How did we get this low?\u201d\u00a0\u2015 "
        "Jacklyn Ashley\u00a0\n\nOthers disagreed."
    )
    got = [
        (s.kind, s.speaker.name if s.speaker else None) for s in factkit.extract(text).statements
    ]
    assert got == [
        ("direct", "Sonya Herridge"),
        ("direct", "Pamela Padilla"),
        ("direct", "Jacklyn Ashley"),
    ]


def test_a_recurring_transcript_label_names_its_speaker() -> None:
    """Issue #5: a label that recurs as a transcript's turns ("WALLACE:") speaks even when
    the article names that person no other way; a dateline's city never does."""
    text = (
        "Pence on Flowers\n\nThe governor spoke on Sunday.\n\nPartial transcript:\n\n"
        '"WALLACE: Let us start with breaking news on the debate story tonight.\n\n'
        '"WALLACE: If I may, sir, because we have got limited time.\n\n'
        "ISLAMABAD: Talks resumed on Monday.\n\nISLAMABAD: Talks ended on Tuesday."
    )
    got = [
        (s.speaker.name if s.speaker else None, s.rule_id) for s in factkit.extract(text).statements
    ]
    assert got == [("Wallace", "factkit.statements.transcript.v1")] * 2


def test_and_said_takes_the_sentence_subject() -> None:
    """Issue #5: in 'X visited ..., bemoaned the unrest in Charlotte and said "..."' the
    speaker is X, not the place before "and"."""
    text = (
        "Unrest\n\nThe city was calm.\n\nGov. Pat McCrory visited the area, bemoaned the "
        'unrest in Charlotte and said "drugs were a very big factor" in the violence.'
    )
    [st] = factkit.extract(text).statements
    assert st.speaker is not None
    assert st.speaker.name == "Pat McCrory"


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # "told X": X is the one told, never the speaker
        (
            INTRO + "The ceasefire is holding, Malik Ahmed told The Express Tribune.",
            [("The ceasefire is holding", "Malik Ahmed", "indirect")],
        ),
        (
            INTRO + "“The ceasefire is holding,” Malik Ahmed, a lawyer who has followed the "
            "case since 2019 and whose brother was killed, told The Express Tribune.",
            [("The ceasefire is holding", "Malik Ahmed", "direct")],
        ),
        # an unnamed speaker after the clause
        (
            INTRO + "The border will reopen next week, a senior police official said.",
            [("The border will reopen next week", None, "indirect")],
        ),
        # "that" after a clause of its own is not the reporting verb's "that"
        (
            INTRO + "Ned Price said he hopes the talks send a message that the region is united.",
            [
                (
                    "he hopes the talks send a message that the region is united",
                    "Ned Price",
                    "indirect",
                )
            ],
        ),
        (
            INTRO + "Ned Price told reporters on Monday that the talks had ended.",
            [("the talks had ended", "Ned Price", "indirect")],
        ),
        # a quoted fragment of a mixed statement is part of it, not a statement of its own
        (
            INTRO + "Ned Price said the visit sends a message that “Pakistan is a partner "
            "we value across many realms.”",
            [
                (
                    "the visit sends a message that “Pakistan is a partner we value across "
                    "many realms.”",
                    "Ned Price",
                    "mixed",
                )
            ],
        ),
        # "demanded" reports
        (
            INTRO + "“Why is this not proof that the bank is too big to manage?” Price demanded.",
            [("Why is this not proof that the bank is too big to manage?", "Ned Price", "direct")],
        ),
    ],
)
def test_addressees_unnamed_sources_and_mixed_fragments(
    body: str, want: list[tuple[str, str | None, str]]
) -> None:
    """Issue #5: PolNeAR dev misses, rewritten."""
    got = [x for x in statements(body) if x[0] != "briefed reporters"]
    assert got == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # a colon ends the clause before the subject
        (
            INTRO + "The news set off a row on Friday: Republicans said the inquiry had "
            "been mishandled.",
            [("the inquiry had been mishandled", "Republicans", "indirect")],
        ),
        # a subject after a long opening phrase with no comma
        (
            INTRO + "In a March meeting with the editorial board of The Washington Post "
            "Ned Price said that the alliance may need to change.",
            [("the alliance may need to change", "Ned Price", "indirect")],
        ),
        # "said at an event ... that": the clause after the place is the report
        (
            INTRO + "Before officials had spoken, Ned Price said at an event in Lahore that "
            "a bomb had gone off.",
            [("a bomb had gone off", "Ned Price", "indirect")],
        ),
    ],
)
def test_subjects_after_colons_and_long_openers(
    body: str, want: list[tuple[str, str | None, str]]
) -> None:
    got = [x for x in statements(body) if x[0] != "briefed reporters"]
    assert got == want


@pytest.mark.parametrize(
    ("title", "body", "want"),
    [
        # "NAME: what was said" headlines
        (
            "Ned Price: Pakistan is a partner we value",
            INTRO + "The talks ended.",
            [("Pakistan is a partner we value", "Ned Price", "indirect")],
        ),
        # a poll or study as the subject of show/find reports without "that"
        (
            "Talks on security resume",
            INTRO + "Polls show a close contest in the province.",
            [("a close contest in the province", "Polls", "indirect")],
        ),
        ("Talks on security resume", INTRO + "Police found the bodies in a ditch.", []),
        # a title-case headline, its cue capitalised, and the period some archives print
        (
            "Ned Price Says Pakistan Is A Partner We Value.",
            INTRO + "The talks ended.",
            [("Pakistan Is A Partner We Value", "Ned Price", "indirect")],
        ),
        (
            "Ned Price: Pakistan is a partner we value.",
            INTRO + "The talks ended.",
            [("Pakistan is a partner we value", "Ned Price", "indirect")],
        ),
        # claiming responsibility is no statement
        ("Islamic State Claims Responsibility for Kabul Attack", INTRO + "The talks ended.", []),
    ],
)
def test_headline_speaker_colon_and_polls(
    title: str, body: str, want: list[tuple[str, str | None, str]]
) -> None:
    art = factkit.extract(f"{title}\n\n{body}", published="2022-12-08")
    got = [(s.content, s.speaker.name if s.speaker else None, s.kind) for s in art.statements]
    assert [x for x in got if x[0] != "briefed reporters"] == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # a possessor inside an appositive is not the speaker
        (
            INTRO + "China, Pyongyang's only ally and its economic lifeline, said it was "
            "opposed to the test.",
            [("it was opposed to the test", "China", "indirect")],
        ),
        # a state's institution speaks for the state
        (
            INTRO + "Pakistan's army said the talks had failed.",
            [("the talks had failed", "Pakistan", "indirect")],
        ),
    ],
)
def test_possessors_are_not_speakers(body: str, want: list[tuple[str, str | None, str]]) -> None:
    got = [x for x in statements(body) if x[0] != "briefed reporters"]
    assert got == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # a possessive pronoun determines an unnamed source
        (
            INTRO + "The panel held Ned Price in contempt. His lawyer said he would not "
            "answer questions.",
            [("he would not answer questions", None, "indirect")],
        ),
        # "state" before a noun is an adjective, not a reporting verb
        (INTRO + "Initially, state regulators did not consider the plan a realistic option.", []),
        (
            INTRO + "Officials state that the plan is dead.",
            [("the plan is dead", None, "indirect")],
        ),
    ],
)
def test_possessive_pronouns_and_state_as_adjective(
    body: str, want: list[tuple[str, str | None, str]]
) -> None:
    got = [x for x in statements(body) if x[0] != "briefed reporters"]
    assert got == want


def test_a_clause_after_the_attribution_is_reported_too() -> None:
    """ "X, the agency said in a report, and Y": both clauses are the agency's."""
    got = statements(
        "The tax burden shifted.\n\nThe middle fifth paid 8.9 percent, the agency said in a "
        "June report, and those in the bottom fifth paid 0.8 percent."
    )
    assert got == [
        ("The middle fifth paid 8.9 percent", None, "indirect"),
        ("those in the bottom fifth paid 0.8 percent", None, "indirect"),
    ]
    got = statements(
        INTRO + "The talks failed, Ned Price said on Monday, and he added that the region "
        "would suffer for years."
    )
    assert [x for x in got if x[0] != "briefed reporters"] == [
        ("The talks failed", "Ned Price", "indirect"),
        ("the region would suffer for years", "Ned Price", "indirect"),
    ]


def test_a_name_ending_in_ing_is_no_participle() -> None:
    """ "Beijing said": a capital for its government, not a participle like "Speaking"."""
    got = statements("The talks ended.\n\nBeijing said the talks had failed badly.")
    assert got == [("the talks had failed badly", "China", "indirect")]
    got = statements("The talks ended.\n\nSpeaking to reporters, Ned Price said the talks failed.")
    assert got == [("the talks failed", "Ned Price", "indirect")]


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # ", saying, “...”" after a narrative clause: the main clause's subject speaks
        (
            INTRO + "Ned Price was defensive when asked about the deal, saying, “We did "
            "nothing wrong in those talks.”",
            [("We did nothing wrong in those talks.", "Ned Price", "direct")],
        ),
        # a quote claimed only by an attribution in a later sentence, not by a clause of
        # its own sentence ("when Clinton blasted him")
        (
            INTRO + "The clip shows Imran Khan saying during the debate last week, “That "
            "makes me smart,” when Ned Price blasted him for not paying income tax.",
            [
                ("That makes me smart", "Imran Khan", "direct"),
            ],
        ),
    ],
)
def test_participles_and_later_clauses(body: str, want: list[tuple[str, str | None, str]]) -> None:
    got = [x for x in statements(body) if x[0] != "briefed reporters" and x[2] == "direct"]
    assert got == want


def test_a_quote_after_a_narrative_sentence_about_a_person_is_theirs() -> None:
    body = (
        INTRO + "Ned Price, who returned from Kabul in April, called the talks a waste of "
        "time. “They will never rule this country again.”"
    )
    got = [x for x in statements(body) if x[2] == "direct"]
    assert got == [("They will never rule this country again.", "Ned Price", "direct")]
    # an attribution sentence keeps its own reading
    body = (
        INTRO + "Talks may stall while Secretary of State John Kerry negotiates, Ned Price "
        "said. “The other factor is the election.”"
    )
    got = [x for x in statements(body) if x[2] == "direct"]
    assert got == [("The other factor is the election.", "Ned Price", "direct")]


@pytest.mark.parametrize(
    ("body", "speaker", "description"),
    [
        (INTRO + "A Peshawar judge has said the file must stay sealed.", None, "A Peshawar judge"),
        (
            INTRO + "The Karachi businessman said the deal would collapse.",
            None,
            "The Karachi businessman",
        ),
    ],
)
def test_a_place_describing_a_person_does_not_speak(
    body: str, speaker: str | None, description: str
) -> None:
    art = factkit.extract("Talks on security resume\n\n" + body, published="2022-12-08")
    [st] = [s for s in art.statements if s.cue == "say"]
    assert st.speaker is not None
    assert (st.speaker.name, st.speaker.description) == (speaker, description)


@pytest.mark.parametrize(
    "body",
    [
        # passives and places: no report of the verb's own
        "The registration issue was first reported by The Express Tribune.",
        "Imran Khan called the tax a misguided approach (a view echoed by many economists).",
        "Julie Davis reported from Kabul, and Mark Landler from Islamabad.",
        "The holiday is observed as a day of sacrifice across the region.",
        # "state(s)" and "demand" as nouns
        "The ethnic vote in several battleground states could be decisive in the election.",
        "Demand from China cooled as utilities turned to gas.",
    ],
)
def test_passives_places_and_nouns_are_no_reports(body: str) -> None:
    assert [x for x in statements(INTRO + body) if x[0] != "briefed reporters"] == []


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # a that-less clause after a belief or finding verb, and a question after "questioned"
        (
            INTRO + "Ned Price believes his efforts in the region will be his legacy.",
            [("his efforts in the region will be his legacy", "Ned Price", "indirect")],
        ),
        (
            INTRO + "At a rally, Ned Price questioned what kind of leader sends angry tweets.",
            [("what kind of leader sends angry tweets", "Ned Price", "indirect")],
        ),
        (INTRO + "Ned Price believes in the talks.", []),
        # an acronym the entity layer does not know still names its sayer
        (
            INTRO + "AROS argues that families still want neighbourhood schools.",
            [("families still want neighbourhood schools", "AROS", "indirect")],
        ),
    ],
)
def test_that_less_clauses_questions_and_acronyms(
    body: str, want: list[tuple[str, str | None, str]]
) -> None:
    assert [x for x in statements(body) if x[0] != "briefed reporters"] == want


def test_a_bare_plural_group_is_an_unnamed_source() -> None:
    got = statements(INTRO + "Residents of the town said the army had left before dawn.")
    assert [x for x in got if x[0] != "briefed reporters"] == [
        ("the army had left before dawn", None, "indirect")
    ]


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # the anonymity idiom in a relative clause reports nothing
        (
            INTRO + "A senior official, who asked not to be named because he was not "
            "authorised to speak to the media, said the talks had stalled.",
            [("the talks had stalled", None, "indirect")],
        ),
        # what was told comes after the one told
        (
            INTRO + "Police spokesman Ali Khan told AFP the attackers had fled.",
            [("the attackers had fled", "Ali Khan", "indirect")],
        ),
        (
            INTRO + "Ned Price told reporters on Monday the attackers had fled.",
            [("the attackers had fled", "Ned Price", "indirect")],
        ),
        (
            INTRO + "The ceasefire is holding, the minister told CNN in an interview on Monday.",
            [("The ceasefire is holding", None, "indirect")],
        ),
    ],
)
def test_anonymity_and_the_one_told(body: str, want: list[tuple[str, str | None, str]]) -> None:
    assert [x for x in statements(body) if x[0] != "briefed reporters"] == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            INTRO + "However, 63 percent said the government was right to delay the vote.",
            [("the government was right to delay the vote", None, "indirect")],
        ),
        (
            INTRO + "Nearly eight of 10 voters say they plan to watch the debate.",
            [("they plan to watch the debate", None, "indirect")],
        ),
    ],
)
def test_a_share_of_those_polled_is_an_unnamed_source(
    body: str, want: list[tuple[str, str | None, str]]
) -> None:
    assert [x for x in statements(body) if x[0] != "briefed reporters"] == want


def test_a_plural_group_opening_a_sentence_is_no_person() -> None:
    """ "Delegates questioned ...": a group, unnamed; a later "he" is not the delegates."""
    art = factkit.extract(
        "Talks on security resume\n\n" + INTRO + "“We will never support him,” Ned Price "
        "said in July.\n\nDelegates questioned how Ned Price could break his pledge.\n\n"
        "“The day that was broken was the day this became personal,” he said.",
        published="2022-12-08",
    )
    got = {s.content: s.speaker for s in art.statements}
    delegates = got["how Ned Price could break his pledge"]
    assert delegates is not None
    assert (delegates.name, delegates.description) == (None, "Delegates")
    he = got["The day that was broken was the day this became personal"]
    assert he is not None
    assert he.name == "Ned Price"


def test_the_participle_after_an_attribution_is_that_speaker_s() -> None:
    got = statements(
        INTRO + '"We do not see a link to terrorism," the mayor said, adding that it would '
        "take more hours before details emerge."
    )
    assert [x for x in got if x[0] != "briefed reporters"] == [
        ("We do not see a link to terrorism", None, "direct"),
        ("it would take more hours before details emerge", None, "indirect"),
    ]


def test_an_organisation_with_an_appositive_and_a_posted_statement() -> None:
    got = statements(
        INTRO + "The Inter-Services Public Relations (ISPR), the military’s media wing, said "
        "in a statement that four terrorists were killed."
    )
    assert [x for x in got if x[0] != "briefed reporters"] == [
        ("four terrorists were killed", "Inter-Services Public Relations", "indirect")
    ]
    got = statements(
        INTRO + "“We condemn this cowardly act,” the embassy said in a statement posted on "
        "its website, adding that it was in touch with local authorities."
    )
    assert [x[0] for x in got if x[0] != "briefed reporters"] == [
        "We condemn this cowardly act",
        "it was in touch with local authorities",
    ]


@pytest.mark.parametrize(
    ("body", "description"),
    [
        ("But critics say resources could be better spent on schools.", "critics"),
        (
            "Elected officials from both parties say he has forged a reputation as a worker.",
            "Elected officials from both parties",
        ),
        ("Leaders of the alliance said the summit had failed badly.", "Leaders of the alliance"),
    ],
)
def test_groups_described_by_their_head_noun(body: str, description: str) -> None:
    art = factkit.extract("Talks on security resume\n\n" + INTRO + body, published="2022-12-08")
    [st] = [s for s in art.statements if s.cue == "say"]
    assert st.speaker is not None
    assert (st.speaker.name, st.speaker.description) == (None, description)


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # a subject with an appositive before a verb that does not invert: no inversion
        (
            INTRO + "A spokesman for the provincial governor, Ahmad Zia, confirmed the death "
            "toll of the attack.",
            [("the death toll of the attack", "Ahmad Zia", "indirect")],
        ),
        # "said" inverts even after a clause whose verb we cannot see
        (
            INTRO + "Tensions remain high, said Ahmad Zia, a spokesman.",
            [("Tensions remain high", "Ahmad Zia", "indirect")],
        ),
    ],
)
def test_inversion_needs_a_clause_or_an_inverting_verb(
    body: str, want: list[tuple[str, str | None, str]]
) -> None:
    assert [x for x in statements(body) if x[0] != "briefed reporters"] == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # a clause with a quoted fragment, then its speaker after the quotation's comma
        (
            INTRO + "Yet the governor is also a “change agent,” Cole said.",
            [("Yet the governor is also a “change agent,”", "Cole", "mixed")],
        ),
        # ... and a second fragment joined by "and"
        (
            INTRO + "Oz is “smart as hell,” Steve Mosko wrote in an email, and “full of bluster.”",
            [
                ("Oz is “smart as hell,”", "Steve Mosko", "mixed"),
                ("full of bluster", "Steve Mosko", "direct"),
            ],
        ),
        # a subject with its appositive is no clause before an inverted "said"
        (
            INTRO + "Another pollster, David Woodard, said his survey showed support holding.",
            [("his survey showed support holding", "David Woodard", "indirect")],
        ),
        # ... while a statement "issued by" someone still speaks after "said"
        (
            INTRO + "Issues of security were discussed, said a statement issued by the army.",
            [("Issues of security were discussed", None, "indirect")],
        ),
        # an adverbial between commas is skipped on the way to the subject
        (
            INTRO + "Dow's chief executive, Andrew Liveris, of course, said that the timing "
            "was unrelated.",
            [("the timing was unrelated", "Andrew Liveris", "indirect")],
        ),
        # a role before a name the entity layer does not know
        (
            INTRO + "Florida delegate John Archer, wearing a shirt covered in buttons, said he "
            "is proud of the campaign.",
            [("he is proud of the campaign", "John Archer", "indirect")],
        ),
        # a dash is no comma: no inversion after it (the film explains, unnamed)
        (
            INTRO + "The film ― which weaves together many voices ― explains the history of "
            "the town.",
            [("the history of the town", None, "indirect")],
        ),
    ],
)
def test_quoted_fragments_appositives_and_roles(
    body: str, want: list[tuple[str, str | None, str]]
) -> None:
    assert [x for x in statements(body) if x[0] != "briefed reporters"] == want


@pytest.mark.parametrize(
    ("body", "content", "description"),
    [
        (INTRO + "Twenty-four percent said she did nothing wrong.", "she did nothing wrong",
         "Twenty-four percent"),
        (INTRO + "Two-thirds of the insiders said the deficit would hurt her.",
         "the deficit would hurt her", "Two-thirds of the insiders"),
        (INTRO + "Three-in-five GOP insiders said he cannot be toppled.", "he cannot be toppled",
         "Three-in-five GOP insiders"),
        (INTRO + "In the poll, 1,409 teachers said they wanted a change.", "they wanted a change",
         "1,409 teachers"),
        (INTRO + "Protesters marching through the streets chanted \"What curfew?\"",
         "What curfew?", "Protesters marching through the streets"),
    ],
)  # fmt: skip
def test_shares_and_groups_spelled_out_are_unnamed_sources(
    body: str, content: str, description: str
) -> None:
    art = factkit.extract("Talks on security resume\n\n" + body, published="2022-12-08")
    [st] = [s for s in art.statements if s.content != "briefed reporters"]
    assert st.content == content
    assert st.speaker is not None
    assert st.speaker.name is None
    assert st.speaker.description == description


def test_a_named_outlet_told_before_a_quotation_is_not_the_speaker() -> None:
    body = INTRO + "Mook told CBS, “We are focused on the voters and on the issues.”"
    assert [x for x in statements(body) if x[0] != "briefed reporters"] == [
        ("We are focused on the voters and on the issues.", "Mook", "direct")
    ]


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # a verb after "but" takes the sentence's subject; the plural told is not the content
        (
            INTRO + "Hillary Clinton spoke in Iowa.\n\nClinton, speaking to the mayors, did not "
            "name him, but told city leaders that the country needs serious people.",
            [("the country needs serious people", "Hillary Clinton", "indirect")],
        ),
        (
            INTRO + "Lazar told FBI agents that he trawled through accounts at random.",
            [("he trawled through accounts at random", "Lazar", "indirect")],
        ),
        # an aside between dashes before the verb
        (
            INTRO + "Joyce — who is registered as an attorney in Illinois — told The Huffington "
            "Post he is not planning an appeal.",
            [("he is not planning an appeal", "Joyce", "indirect")],
        ),
    ],
)
def test_but_told_dashed_asides_and_groups_told(
    body: str, want: list[tuple[str, str | None, str]]
) -> None:
    assert [x for x in statements(body) if x[0] != "briefed reporters"] == want


def test_a_parenthetical_told_them_reports_the_sentence() -> None:
    body = INTRO + "The solution, the partner told them, was simple."
    got = [x for x in statements(body) if x[0] != "briefed reporters"]
    assert got == [("The solution, the partner told them, was simple", None, "indirect")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the speaker before a title-case cue, after the content
        (
            "Trump Could Address Clean Energy, Lindsey Graham Says.\n\nRepublican nominee Donald "
            "Trump could embrace clean energy, Sen. Lindsey Graham said Monday.",
            ("Trump Could Address Clean Energy", "Lindsey Graham"),
        ),
        # a one-word name known from the body ("President Obama") speaks in the headline
        (
            "Obama Says New Museum Will Tell of Suffering and Delight\n\nWASHINGTON -- President "
            "Obama, dedicating the museum, said it told a great story.",
            ("New Museum Will Tell of Suffering and Delight", "Obama"),
        ),
    ],
)
def test_title_case_headlines_name_their_speaker(text: str, want: tuple[str, str]) -> None:
    [st] = [s for s in factkit.extract(text).statements if s.from_headline]
    assert st.speaker is not None
    assert (st.content, st.speaker.name) == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # a negated auxiliary after "said" is a clause, not an inverted speaker
        (
            INTRO + "Aparna Mathur, who studies tax policy at a think tank, said the "
            "statement didn't clarify the matter.",
            [("the statement didn't clarify the matter", "Aparna Mathur", "indirect")],
        ),
        # "and said" after a name the entity layer has not met
        (
            INTRO + "Jo Lee visited the site and said drugs were a big factor.",
            [("drugs were a big factor", "Jo Lee", "indirect")],
        ),
    ],
)
def test_negated_clauses_and_coordinated_verbs(
    body: str, want: list[tuple[str, str | None, str]]
) -> None:
    assert [x for x in statements(body) if x[0] != "briefed reporters"] == want


def test_another_share_is_an_unnamed_source() -> None:
    art = factkit.extract("Polls\n\n" + INTRO + "Another 19 percent said they would stay home.")
    [st] = [s for s in art.statements if s.content != "briefed reporters"]
    assert st.speaker is not None
    assert (st.speaker.name, st.speaker.description) == (None, "Another 19 percent")


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # a second subject and verb after "and" end the first report and start their own
        (
            INTRO + "Republicans said the department mishandled the inquiry and Democrats "
            "accused them of playing politics.",
            [
                ("the department mishandled the inquiry", "Republicans", "indirect"),
                ("them of playing politics", "Democrats", "indirect"),
            ],
        ),
        (
            INTRO + "Obama said the reforms were not complete, and human rights groups warned "
            "that abuses continue.",
            [
                ("the reforms were not complete", "Obama", "indirect"),
                ("abuses continue", None, "indirect"),
            ],
        ),
        # the same speaker's second verb: two reports, both the speaker's
        (
            INTRO + "Jo Lee said the plan was bold and said that taxes would fall.",
            [
                ("the plan was bold", "Jo Lee", "indirect"),
                ("taxes would fall", "Jo Lee", "indirect"),
            ],
        ),
        # sentence adverbs and gerunds are no speakers
        (
            INTRO + "Overall, the fund predicted that advanced economies will grow slowly.",
            [("advanced economies will grow slowly", None, "indirect")],
        ),
        (INTRO + "Having said that, some economists argue that taxes should fall.",
         [("taxes should fall", None, "indirect")]),
    ],
)  # fmt: skip
def test_coordinated_reports_and_sentence_adverbs(
    body: str, want: list[tuple[str, str | None, str]]
) -> None:
    assert [x for x in statements(body) if x[0] != "briefed reporters"] == want


@pytest.mark.parametrize(
    "body",
    [
        "“Everyone tied to the case gets a different standard,” Rep. Jim Jordan (R-Ohio), an "
        "oversight panel member, said in a phone interview.",
        "Rep. Jim Jordan (R-Ohio), an oversight panel member, said the standard differs.",
    ],
)
def test_a_titled_name_with_a_party_and_an_appositive(body: str) -> None:
    """A country's name after a titled first name is a surname; "(R-Ohio)" names nobody;
    a named subject with its appositive is no clause for an inverted "said"."""
    [st] = [x for x in statements(INTRO + body) if x[0] != "briefed reporters"]
    assert st[1] == "Jim Jordan"


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # a noun-like cue after "is" is a verb; the ones warned are not the content
        (
            INTRO + "Jo Lee is warning voters that a victory would bring scandal back.",
            [("a victory would bring scandal back", "Jo Lee", "indirect")],
        ),
        # a participle of saying after a message names the message's author
        (
            INTRO + "Jo Lee spoke on Monday. Lee posted a series of tweets early Friday saying "
            "that the rival had shown bad judgment.",
            [("the rival had shown bad judgment", "Jo Lee", "indirect")],
        ),
        # "posted" reports only with "that", even after a place ("on Telegram that")
        (
            INTRO + "The militant group posted on Telegram that the attack killed 20 people.",
            [("the attack killed 20 people", None, "indirect")],
        ),
        (INTRO + "Jo Lee posted a video of the rally on Monday.", []),
    ],
)
def test_progressive_cues_messages_saying_and_posts(
    body: str, want: list[tuple[str, str | None, str]]
) -> None:
    assert [x for x in statements(body) if x[0] != "briefed reporters"] == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # a contracted pronoun is no name, an apostrophe in a name is
        (
            "“I’ve learned that I can’t be so passionate,” she said. O’Brien said the plan works.",
            [
                ("I’ve learned that I can’t be so passionate", None, "direct"),
                ("the plan works", "O’Brien", "indirect"),
            ],
        ),
        # a sentence adverb before an imperative names nobody
        (INTRO + "Now tell us this is not a witch hunt!", []),
    ],
)
def test_contractions_and_adverbs_are_no_names(
    body: str, want: list[tuple[str, str | None, str]]
) -> None:
    assert [x for x in statements(body) if x[0] != "briefed reporters"] == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # a party label before a name is no part of it
        (
            INTRO + "Republican Donald Trump said the election was rigged from the start.",
            [("the election was rigged from the start", "Donald Trump", "indirect")],
        ),
        # a party-state parenthetical and a time between the name and the verb
        (
            INTRO + "Senate Intelligence Ranking Democrat Dianne Feinstein (D-Calif.) last week "
            "said the chain was not classified.",
            [("the chain was not classified", "Dianne Feinstein", "indirect")],
        ),
        # a reflexive after the subject
        (
            INTRO + "Ford itself said the deal was still on.",
            [("the deal was still on", "Ford", "indirect")],
        ),
    ],
)
def test_party_labels_times_and_reflexives_around_the_subject(
    body: str, want: list[tuple[str, str | None, str]]
) -> None:
    assert [x for x in statements(body) if x[0] != "briefed reporters"] == want


@pytest.mark.parametrize(
    ("body", "description"),
    [
        (INTRO + "Abortion rights advocates said the ruling made the fight more critical.",
         "Abortion rights advocates"),
        (INTRO + "About four out of 10 voters said life would be worse for their children.",
         "About four out of 10 voters"),
        (INTRO + "Democrats in Iowa who watched the debate said they were unfazed by it.",
         "Democrats in Iowa"),
    ],
)  # fmt: skip
def test_more_unnamed_groups(body: str, description: str) -> None:
    art = factkit.extract("Talks on security resume\n\n" + body, published="2022-12-08")
    [st] = [s for s in art.statements if s.content != "briefed reporters"]
    assert st.speaker is not None
    assert (st.speaker.name, st.speaker.description) == (None, description)


def test_a_proper_name_ending_in_a_descriptor_noun_is_named() -> None:
    """ "The International Atomic Energy Agency" is a name, not "the agency" that spoke
    last; a later "the agency" is that agency."""
    body = (
        INTRO + "The UN Security Council met on Monday. The International Atomic Energy "
        "Agency said North Korea had ignored the resolutions. The agency said more tests "
        "would follow."
    )
    got = [x[1] for x in statements(body) if x[0] != "briefed reporters"]
    assert got == ["International Atomic Energy Agency"] * 2


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # an honorific of the lexicon does not end the attribution at its period
        (
            INTRO + "“This is a waste of time and it hurts the committee,” said Del. Stacey "
            "Plaskett of the Virgin Islands.",
            [("This is a waste of time and it hurts the committee", "Stacey Plaskett", "direct")],
        ),
        # the ones shouted to are no content; the quotation after is the shouter's
        (
            INTRO + "Her niece, state Del. Marcia Lane, shouted to the crowd. “The nation is "
            "watching Virginia and we have to show it.”",
            [("The nation is watching Virginia and we have to show it.", "Marcia Lane", "direct")],
        ),
        # a noun of saying before a colon: the sentence's subject speaks
        (
            INTRO + "Barack Obama spoke on Monday. Obama is rolling out a new campaign message: "
            "“It is about me and my legacy.”",
            [("It is about me and my legacy.", "Barack Obama", "direct")],
        ),
    ],
)
def test_honorific_periods_addressees_and_message_colons(
    body: str, want: list[tuple[str, str | None, str]]
) -> None:
    assert [x for x in statements(body) if x[0] != "briefed reporters"] == want


@pytest.mark.parametrize(
    ("body", "description"),
    [
        (INTRO + "Six in 10 say he is at least somewhat decisive.", "Six in 10"),
        (INTRO + "Politicians and even some technologists say the efforts have been slow.",
         "Politicians and even some technologists"),
        (INTRO + "Rather, sources close to her campaign say she stands behind the president.",
         "sources close to her campaign"),
    ],
)  # fmt: skip
def test_shares_coordinated_groups_and_sources_close_to(body: str, description: str) -> None:
    art = factkit.extract("Talks on security resume\n\n" + body, published="2022-12-08")
    [st] = [s for s in art.statements if s.content != "briefed reporters"]
    assert st.speaker is not None
    assert (st.speaker.name, st.speaker.description) == (None, description)


def test_a_party_and_state_appositive_names_the_one_before() -> None:
    body = (
        INTRO + "Senator Dianne Feinstein, Democrat of California, said the program sent a "
        "terrible message."
    )
    got = [x for x in statements(body) if x[0] != "briefed reporters"]
    assert got == [("the program sent a terrible message", "Dianne Feinstein", "indirect")]


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Over the long term, according to the budget office, the rise in deficits "
            "is mainly due to the aging of the population.",
            [("the rise in deficits is mainly due to the aging of the population", None,
              "indirect")],
        ),
        (
            INTRO + "Since last November, according to Human Rights Watch, security forces have "
            "killed more than 400 protesters.",
            [("security forces have killed more than 400 protesters", "Human Rights Watch",
              "indirect")],
        ),
    ],
)  # fmt: skip
def test_an_intro_before_according_to_is_no_content(
    body: str, want: list[tuple[str, str | None, str]]
) -> None:
    assert [x for x in statements(body) if x[0] != "briefed reporters"] == want


def test_a_modified_descriptor_is_not_whoever_spoke_last() -> None:
    """ "the budget office" is not the State Department that spoke before it."""
    body = (
        INTRO + "Over the long term, according to the budget office, the rise in deficits is "
        "mainly due to the aging of the population."
    )
    [st] = [x for x in statements(body) if x[0] != "briefed reporters"]
    assert st[1] is None


def test_a_clause_after_an_according_to_source_is_reported_too() -> None:
    body = (
        INTRO + "The top 1 percent paid 24 percent of all taxes in 2013, according to the "
        "Congressional Budget Office, and the top 10 percent paid 69 percent of them."
    )
    got = [x for x in statements(body) if x[0] != "briefed reporters"]
    assert got == [
        ("The top 1 percent paid 24 percent of all taxes in 2013",
         "Congressional Budget Office", "indirect"),
        ("the top 10 percent paid 69 percent of them", "Congressional Budget Office",
         "indirect"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # "one of ..." is an appositive: the name before it speaks
        (
            INTRO + "Vargas Llosa, one of the signatories, told reporters that the comments "
            "were intolerable.",
            [("the comments were intolerable", "Vargas Llosa", "indirect")],
        ),
        # a participle of telling after a report: its own statement, after "that"
        (
            INTRO + "Jo Lee praised the vote as fantastic, telling reporters during a visit to "
            "Scotland on Friday that he thinks the vote is a great thing.",
            [
                ("the vote as fantastic", "Jo Lee", "indirect"),
                ("he thinks the vote is a great thing", "Jo Lee", "indirect"),
            ],
        ),
        # ... but an order is no report
        (INTRO + "Police arrived at the scene, telling residents to evacuate the area at once.",
         []),
    ],
)  # fmt: skip
def test_one_of_appositives_and_participles_of_telling(
    body: str, want: list[tuple[str, str | None, str]]
) -> None:
    assert [x for x in statements(body) if x[0] != "briefed reporters"] == want


def test_but_and_a_day_before_a_second_verb() -> None:
    body = (
        INTRO + "Ruth Marcus said the race was close. Marcus has been critical of the plan but "
        "on Tuesday wrote that she agreed with him on the substance."
    )
    got = [x for x in statements(body) if x[0] != "briefed reporters"]
    assert got[-1] == ("she agreed with him on the substance", "Ruth Marcus", "indirect")


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (INTRO + "Nonetheless, Jo Lee said.", []),
        (INTRO + "According to MSNBC, basically.", []),
        (INTRO + "Not yet, Jo Lee said.", [("Not yet", "Jo Lee", "indirect")]),
    ],
)
def test_an_adverb_alone_is_no_report(body: str, want: list[tuple[str, str | None, str]]) -> None:
    assert [x for x in statements(body) if x[0] != "briefed reporters"] == want


@pytest.mark.parametrize(
    "body",
    [
        "The army responded to the ambush near the border by sending in ground troops.",
        "During her visit, the Japanese Foreign Minister paid a courtesy call on Prime "
        "Minister Sher Bahadur.",
        "The envoy will make a brief call on the president before leaving.",
    ],
)
def test_deeds_that_look_like_reporting_verbs_report_nothing(body: str) -> None:
    assert statements(body) == []


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (  # a response in words still reports
            "Khan responded to the critics on Monday by saying the deal was fair.",
            [("to the critics on Monday by saying the deal was fair", "Ali Khan", "indirect")],
        ),
        (  # the deed before "and said" is not part of what was said
            "Khan confirmed the attack and said the damage was still being assessed.",
            [("the damage was still being assessed", "Ali Khan", "indirect")],
        ),
        (  # "It" continues the previous sentence's subject, not its last country
            "Pakistan came under pressure after US forces raided a compound in the north. It "
            "says more than 300 soldiers have been killed since then.",
            [("more than 300 soldiers have been killed since then", "Pakistan", "indirect")],
        ),
    ],
)
def test_responses_coordinated_reports_and_it(
    body: str, want: list[tuple[str, str | None, str]]
) -> None:
    assert statements("Interior Minister Ali Khan arrived on Sunday.\n\n" + body) == want


def test_a_surname_that_is_also_a_first_name_gives_no_gender() -> None:
    """ "Scott" alone is Rakeyia Scott's surname: "she" may still refer to her."""
    got = statements(
        "Rakeyia Scott filmed the encounter on her phone.\n\n"
        "Scott told the officers to stop.\n\n"
        '"He has no weapon," she says.'
    )
    assert ("He has no weapon", "Rakeyia Scott", "direct") in got


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Talking to reporters, DPM Shrestha shared that the talks had gone well.",
            [("the talks had gone well", "Narayankaji Shrestha", "indirect")],
        ),
        (
            "No agreement was signed during the goodwill visit, clarified DPM Shrestha.",
            [
                (
                    "No agreement was signed during the goodwill visit",
                    "Narayankaji Shrestha",
                    "indirect",
                )
            ],
        ),
        (
            "Nepal will not take sides in the dispute, stressed the deputy prime minister.",
            [("Nepal will not take sides in the dispute", "Narayankaji Shrestha", "indirect")],
        ),
        ("The two sides shared intelligence on militant groups.", []),
        ("The army briefed reporters on the operation in the north.", []),
    ],
)
def test_cues_of_diplomatic_english_and_their_inversions(
    body: str, want: list[tuple[str, str | None, str]]
) -> None:
    intro = "Deputy Prime Minister Narayankaji Shrestha met the press on Sunday.\n\n"
    assert statements(intro + body) == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "The official said the talks had failed.",
            [("the talks had failed", None, "indirect")],
        ),
        (
            "An official said at least 11 people were killed.",
            [("at least 11 people were killed", None, "indirect")],
        ),
        (
            "A police colonel and a doctor said at least 11 people were killed and 35 wounded.",
            [("at least 11 people were killed and 35 wounded", None, "indirect")],
        ),
        (
            "The official report said in all 40 people were missing.",
            [("in all 40 people were missing", None, "indirect")],
        ),
    ],
)
def test_an_official_is_a_source_and_at_least_is_part_of_the_content(
    body: str, want: list[tuple[str, str | None, str]]
) -> None:
    assert statements(body) == want


def test_an_appositive_with_also_and_a_role_in_the_headline_name_the_delegation_head() -> None:
    text = (
        "Oslo pleased with talks in Vienna, says head of Norwegian delegation\n\n"
        "Head of the Norwegian delegation Erik Dahl, also an adviser to Prime Minister Jonas "
        "Gahr Store, said on Friday that Oslo was pleased with the talks."
    )
    got = [
        (s.content, s.speaker.name if s.speaker else None) for s in factkit.extract(text).statements
    ]
    assert got == [
        ("Oslo pleased with talks in Vienna", "Erik Dahl"),
        ("Oslo was pleased with the talks", "Erik Dahl"),
    ]
    (dahl,) = [e for e in factkit.extract(text).entities if e.name == "Erik Dahl"]
    assert dahl.title == "Head of the Norwegian delegation"


def test_a_hospital_is_a_source_and_never_a_person() -> None:
    art = factkit.extract(
        "Strikes\n\nA strike hit a tent in the Nuseirat camp, killing five people, according "
        "to the Aqsa Martyrs Hospital in the nearby city of Deir al-Balah.\n\nThe Aqsa Martyrs "
        "Hospital said the dead included two children."
    )
    assert [s.speaker.name for s in art.statements if s.speaker] == [
        "Aqsa Martyrs Hospital",
        "Aqsa Martyrs Hospital",
    ]
    assert all(e.kind != "person" for e in art.entities)


def test_told_an_agency_by_phone_that() -> None:
    got = statements(
        "A local official, Abdullahi Ali Ahmed, told dpa by phone that the battle had lasted "
        "two hours.\n\nThe raid left 18 people dead, officials told dpa on Sunday."
    )
    assert got == [
        ("the battle had lasted two hours", "Abdullahi Ali Ahmed", "indirect"),
        ("The raid left 18 people dead", None, "indirect"),
    ]


def test_verbs_of_praise_report_and_a_day_after_a_name_is_no_name() -> None:
    got = statements(
        "President Asif Ali Zardari Sunday lauded the security forces for the operation. "
        "Prime Minister Shehbaz Sharif also appreciated the security forces for the operation."
        '\n\nHe said: "We are determined to root out terrorism."'
    )
    assert [(c, sp) for c, sp, _ in got] == [
        ("the security forces for the operation", "Asif Ali Zardari"),
        ("the security forces for the operation", "Shehbaz Sharif"),
        ("We are determined to root out terrorism.", "Shehbaz Sharif"),
    ]


def test_a_headline_signed_by_a_spokesperson_under_a_short_role_word() -> None:
    art = factkit.extract(
        "US to work with Pakistan on terrorism: State Dept spox\n\nWASHINGTON - US State "
        "Department spokesperson Matthew Miller said that Washington would keep working with "
        "Islamabad.\n\nThe spokesman said the talks would go on."
    )
    assert [s.speaker.name for s in art.statements if s.speaker] == ["Matthew Miller"] * 3


def test_according_to_a_name_and_its_title_and_a_release_by_a_ministry() -> None:
    got = statements(
        "According to an announcement by Arindam Bagchi, Spokesperson of the Ministry of "
        "External Affairs, the meeting took place at the border on Tuesday.\n\n"
        '"The two sides exchanged views," said a joint press release released by the MEA.'
    )
    assert got == [
        ("the meeting took place at the border on Tuesday", "Arindam Bagchi", "indirect"),
        ("The two sides exchanged views", "Ministry of External Affairs", "direct"),
    ]


@pytest.mark.parametrize(
    ("title", "content", "speaker", "description"),
    [
        (
            "Israel-Hamas War: Strikes Across Gaza Kill 18, Palestinians Say",
            "Strikes Across Gaza Kill 18",
            "Palestine",
            None,
        ),
        (
            "Gaza health officials say latest airstrikes kill at least 14",
            "latest airstrikes kill at least 14",
            None,
            "Gaza health officials",
        ),
    ],
)
def test_headlines_said_by_groups_and_under_a_rubric(
    title: str, content: str, speaker: str | None, description: str | None
) -> None:
    art = factkit.extract(f"{title}\n\nThe strikes hit homes on Monday night.")
    (st,) = [s for s in art.statements if s.from_headline]
    assert st.content == content
    assert st.speaker is not None
    assert (st.speaker.name, st.speaker.description) == (speaker, description)


def test_it_refers_to_a_named_group_the_index_lacks_not_to_a_photo_credit() -> None:
    art = factkit.extract(
        "Strikes kill 18 in Gaza\n\nBy AP (Associated Press)\n\n"
        "A woman sits in a hospital room in Deir al Balah (AP Photo)\n\n"
        "The Civil Defense, first responders who operate under the Hamas-run government, "
        "said three children were killed in an airstrike late Monday. It said three other "
        "people were missing after the strike."
    )
    got = [(s.speaker.name if s.speaker else None, s.content) for s in art.statements]
    assert got == [
        ("Civil Defense", "three children were killed in an airstrike late Monday"),
        ("Civil Defense", "three other people were missing after the strike"),
    ]


def test_responding_to_requests_is_words_and_to_an_attack_a_deed() -> None:
    got = statements(
        "Neither the mayor nor Khan responded to requests for comment on Monday.\n\n"
        "The army responded to the ambush near the border by sending in ground troops."
    )
    assert [c for c, _, _ in got] == ["to requests for comment on Monday"]


def test_no_one_claiming_anything_is_no_statement() -> None:
    assert statements("No group has claimed responsibility for the blast so far.") == []


@pytest.mark.parametrize(
    ("body", "description"),
    [
        ("Gunmen attacked a village in Katsina on Tuesday, police said.", "police"),
        ("Gunmen attacked a village in Adamawa on Wednesday, local police said.", "local police"),
        ("Twelve people died in the attack, witnesses said.", "witnesses"),
    ],
)
def test_a_bare_lower_case_source_after_the_clause_is_an_unnamed_speaker(
    body: str, description: str
) -> None:
    """ "..., police said.": a report by a source the text does not name."""
    art = factkit.extract("News of the day\n\n" + body, published="2024-03-12")
    (st,) = art.statements
    assert st.speaker is not None
    assert st.speaker.name is None
    assert st.speaker.description == description


@pytest.mark.parametrize(
    "body",
    [
        "He told police he saw nothing.",
        "He told the police he saw nothing.",
        "He told investigators that he saw nothing.",
    ],
)
def test_the_one_told_is_not_what_was_said(body: str) -> None:
    assert [c for c, _, _ in statements(body)] == ["he saw nothing"]


@pytest.mark.parametrize(
    ("title", "want"),
    [
        (
            "Nigeria: Gunmen kill 7 villagers, injure 7 in Adamawa state – Police",
            [("Gunmen kill 7 villagers, injure 7 in Adamawa state", "Police")],
        ),
        ("Floods kill 12 in Lagos — residents", [("Floods kill 12 in Lagos", None)]),
        # a country's stance is its statement; a country over a report is a rubric
        (
            "China: US must stop arms sales to Taiwan",
            [("US must stop arms sales to Taiwan", "China")],
        ),
        ("Pakistan: Army kills 5 militants in Waziristan", []),
        ("Pakistan vs India — Live Updates", []),
    ],
)
def test_headline_sources_after_a_dash_and_places_before_a_colon(
    title: str, want: list[tuple[str, str | None]]
) -> None:
    art = factkit.extract(f"{title}\n\nThe council met on Monday.")
    got = [(s.content, s.speaker.name if s.speaker else None) for s in art.statements]
    assert got == want


def test_a_report_inside_a_report_belongs_to_both() -> None:
    """ "X shouted that ..., said witness Y": X's words inside Y's report."""
    body = (
        "Some of the gunmen shouted that they would rape the women they found, said witness"
        " Ahmad Lingyado, who lives there."
    )
    got = statements(body)
    assert (
        "Some of the gunmen shouted that they would rape the women they found",
        "Ahmad Lingyado",
        "indirect",
    ) in got
    assert ("they would rape the women they found", None, "indirect") in got


@pytest.mark.parametrize(
    ("body", "description"),
    [
        (
            "A suicide bomber blew up a car at the market on Sunday, killing at least 11 people,"
            " security officials and medics said.",
            "security officials and medics",
        ),
        (
            "The blast killed five people, police and hospital officials said.",
            "police and hospital officials",
        ),
        ("The blast killed five people, villagers said.", "villagers"),
    ],
)
def test_coordinated_unnamed_sources(body: str, description: str) -> None:
    art = factkit.extract("News of the day\n\n" + body, published="2024-03-12")
    (st,) = art.statements
    assert st.speaker.description == description


def test_a_state_named_before_is_no_verb() -> None:
    body = "The attack happened in Lingyado village in Zamfara state, a rural region near Niger."
    assert statements(body) == []


@pytest.mark.parametrize(
    ("body", "outer", "speaker"),
    [
        (
            "The two top diplomats reaffirmed their desire to pursue continuous and practical"
            " engagement, Pakistan’s Foreign Ministry said in the statement.",
            "The two top diplomats reaffirmed their desire to pursue continuous and practical"
            " engagement",
            "Foreign Ministry",
        ),
        (
            "Clinton had told police officials that she did not want the escort at all, the"
            " source added.",
            "Clinton had told police officials that she did not want the escort at all",
            None,
        ),
    ],
)
def test_a_report_closed_by_its_source(body: str, outer: str, speaker: str | None) -> None:
    """ "X reaffirmed Y, the ministry said.": the ministry reports all of it; X's words
    stop before its name."""
    got = statements(body)
    assert (outer, speaker, "indirect") in got
    assert all(not c.endswith(("said in the statement", "the source added")) for c, _, _ in got)


def test_a_relative_clause_after_a_comma_is_no_closing_source() -> None:
    body = (
        "Trump cited problems in the Middle East, China and elsewhere that he blamed on the"
        " policies of President Obama."
    )
    assert [sp for _, sp, _ in statements(body)] == ["Trump"]


def test_said_this_reports_the_sentence_before() -> None:
    """ "X said this in a post on Telegram": what X said is the sentence before."""
    body = (
        "Russian forces attacked the village of Zmiivka with a drone, killing a local man.\n\n"
        "Oleksandr Prokudin, head of the region's military administration, said this in a post"
        " on Telegram."
    )
    art = factkit.extract("Talks on security resume\n\n" + body)
    (st,) = art.statements
    assert (
        st.content
        == "Russian forces attacked the village of Zmiivka with a drone, killing a local man"
    )
    assert st.speaker.name == "Oleksandr Prokudin"
    assert st.speaker.title == "head of the region's military administration"


def test_said_so_after_a_quote_adds_nothing() -> None:
    got = statements('"We will win the war in the east," he said. Prokudin said so on Telegram.')
    assert [c for c, _, _ in got] == ["We will win the war in the east"]


def test_a_pronoun_opening_the_sentence_is_the_subject_of_and_said() -> None:
    """ "He rejected Modi's statement ..., and said “...”": he said it, not Modi."""
    body = (
        "Foreign Office Spokesman Muhammad Faisal spoke to reporters. He categorically rejected"
        " Indian Prime Minister Narendra Modi’s recent statement about a strike in 2016, and"
        " said “no surgical strike took place at all”."
    )
    assert statements(body) == [
        ("no surgical strike took place at all", "Muhammad Faisal", "direct")
    ]


def test_told_an_agency_then_a_clause_of_circumstance() -> None:
    body = (
        "Four Palestinians were killed in a new Israeli strike on Gaza on Friday, the Hamas"
        " health ministry spokesman told AFP, as multiple new raids struck across the territory."
    )
    assert [c for c, _, _ in statements(body)] == [
        "Four Palestinians were killed in a new Israeli strike on Gaza on Friday"
    ]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "U.S. President Donald Trump gave a positive reading of the talks, saying the two"
            " sides had negotiated a total reset.",
            "Donald Trump",
        ),
        (
            "Trump gave a positive reading of the talks, saying the two sides had negotiated a"
            " total reset.",
            "Trump",
        ),
    ],
)
def test_the_subject_of_saying_is_the_person_not_his_country(body: str, speaker: str) -> None:
    assert [sp for _, sp, _ in statements(body)] == [speaker]


def test_an_adverb_opening_the_sentence_is_no_speaker() -> None:
    body = "Meanwhile protesters gathered, saying the two sides had negotiated a total reset."
    assert all(sp != "Meanwhile" for _, sp, _ in statements(body))


def test_told_an_agency_then_the_purpose_of_the_clause() -> None:
    body = (
        "Senior U.S. and Chinese officials met again on Sunday in Geneva, two sources familiar"
        " with the situation told Reuters, to resume weekend talks aimed at cooling the trade war."
    )
    assert [c for c, _, _ in statements(body)] == [
        "Senior U.S. and Chinese officials met again on Sunday in Geneva"
    ]


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "Two men were missing after jihadists attacked the base, the high commissioner of"
            " Soum province Mohamed Dah earlier said by phone.",
            "Two men were missing after jihadists attacked the base",
        ),
        (
            "Troops in Soum province “repelled a terrorist attack that targeted their base on"
            " Monday morning, ” the army said in a statement.",
            "Troops in Soum province “repelled a terrorist attack that targeted their base on"
            " Monday morning, ”",
        ),
    ],
)
def test_a_source_said_by_phone_and_a_spaced_closing_quote(body: str, content: str) -> None:
    assert [c for c, _, _ in statements(body)] == [content]


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "Sergei Lavrov said at a major security conference in Germany he would not comment"
            " further until he saw the facts.",
            "he would not comment further until he saw the facts",
        ),
        ("She said at the meeting the minister was absent.", "the minister was absent"),
        ("Price said last week the talks had failed.", "the talks had failed"),
        (
            "Clinton said at a campaign stop in Toledo, Ohio, that it means Trump never"
            " contributed to the grants.",
            "it means Trump never contributed to the grants",
        ),
    ],
)
def test_where_and_when_it_was_said_stay_out_of_what_was_said(body: str, content: str) -> None:
    assert [c for c, _, _ in statements(body)] == [content]


def test_in_response_opens_the_speaker_s_phrase() -> None:
    body = (
        'The Russian Embassy made a statement. In response the embassy said, "According to the'
        ' materials of the case, no evidence was offered."'
    )
    assert statements(body)[-1][1] == "Russian Embassy"


def test_repeated_that_reports() -> None:
    body = "In a tweet on Friday, Trump repeated that there had been no collusion with Russia."
    assert [c for c, _, _ in statements(body)] == ["there had been no collusion with Russia"]
    assert statements("The army repeated the exercise in the desert on Monday.") == []


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # a subject conjoined with "and" agrees with the verb as a whole: no second report
        (
            "Ryan said the recent spate of shootings and protests demands that all Americans"
            " listen.",
            [
                (
                    "the recent spate of shootings and protests demands that all Americans listen",
                    "Ryan",
                )
            ],
        ),
        (
            "Ryan said the talks and the deal show that diplomacy works.",
            [("the talks and the deal show that diplomacy works", "Ryan")],
        ),
        # a subject that agrees is a report of its own
        (
            "Ryan said the plan would fail and Democrats warned that taxes would rise.",
            [("the plan would fail", "Ryan"), ("taxes would rise", "Democrats")],
        ),
        # "said X, arguing that Y": two reports by one speaker
        (
            "Sen. David Perdue said he did not believe the attacks hurt Romney, arguing that"
            " divisions in the party were a bigger hurdle.",
            [
                ("he did not believe the attacks hurt Romney", "David Perdue"),
                ("divisions in the party were a bigger hurdle", "David Perdue"),
            ],
        ),
        (
            "The minister said the talks had gone well, adding that a deal was close.",
            [("the talks had gone well", None), ("a deal was close", None)],
        ),
        # an unnamed subject of the sentence says what its participle reports
        (
            "The minister condemned the attack, saying that the perpetrators would be punished.",
            [("the perpetrators would be punished", None)],
        ),
    ],
)
def test_conjoined_subjects_and_participles_after_a_report(
    body: str, want: list[tuple[str, str | None]]
) -> None:
    assert [(c, s) for c, s, _ in statements(body)] == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # ", said NAME, but ...": both clauses are the named speaker's
        (
            "The economy is weak, said Howard, but the outlook is improving.",
            [("The economy is weak", "Howard"), ("the outlook is improving", "Howard")],
        ),
        (
            "Hillary Clinton also lacks in the looks department, said Howard, but her"
            " character does not make up for it.",
            [
                ("Hillary Clinton also lacks in the looks department", "Howard"),
                ("her character does not make up for it", "Howard"),
            ],
        ),
        # a report inside an opening subordinate clause ends before the main clause
        (
            "While Ramos said that journalists cannot have any political affiliation, he"
            " appears uneasy about his daughter's job.",
            [("journalists cannot have any political affiliation", "Ramos")],
        ),
        (
            "While the minister said the talks had gone well, the opposition argued that"
            " nothing was agreed.",
            [("the talks had gone well", None), ("nothing was agreed", None)],
        ),
        # an appositive broken by a place's commas still leads back to the name
        (
            "Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott, said"
            " he and other rabbis were alarmed.",
            [("he and other rabbis were alarmed", "Jeffrey Salkin")],
        ),
        # a title-case heading line does not run into the name that opens the next line
        (
            "Chris Christie Says He Would Issue A Quarantine Over Zika Virus\nChris Christie"
            " said he would quarantine people over fears of the virus.",
            [
                ("He Would Issue A Quarantine Over Zika Virus", "Chris Christie"),
                ("he would quarantine people over fears of the virus", "Chris Christie"),
            ],
        ),
    ],
)
def test_clauses_around_a_report(body: str, want: list[tuple[str, str | None]]) -> None:
    assert [(c, s) for c, s, _ in statements(body)] == want


def test_she_is_not_a_man_known_by_a_short_given_name() -> None:
    body = (
        "Sen. Jeff Merkley said the bank had failed. Nominee Hillary Clinton was more"
        " circumspect. Though she called the behavior “outrageous” in a statement, Clinton"
        " restricted her comments."
    )
    assert [s for _, s, _ in statements(body)] == ["Jeff Merkley", "Hillary Clinton"]


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # "CLAUSE, OUTLET quoted X as saying.": X said the clause
        (
            "Two policemen were killed and one officer was injured, Dawn quoted the official"
            " as saying.",
            [("Two policemen were killed and one officer was injured", None)],
        ),
        # a participle's clause ends where a verb joined to the main one reports again
        (
            "Chief Minister Sohail Afridi condemned the attack, stating the sacrifices of the"
            " police “will not go in vain” and reaffirmed the government’s support for them.",
            [
                ("the sacrifices of the police “will not go in vain”", "Sohail Afridi"),
                ("the government’s support for them", "Sohail Afridi"),
            ],
        ),
        # "X ended its ceasefire and vowed to": X vowed, not a place before it
        (
            "Violence rose in KP and Balochistan after the Tehreek-i-Taliban Pakistan (TTP)"
            " ended its ceasefire in 2022 and vowed to target security forces.",
            [("to target security forces", "Tehreek-i-Taliban Pakistan")],
        ),
    ],
)
def test_quoted_as_saying_participles_and_conjoined_verbs(
    body: str, want: list[tuple[str, str | None]]
) -> None:
    assert [(c, s) for c, s, _ in statements(body)] == want


def test_the_group_is_the_body_that_spoke_last_even_in_a_quotation_read_first() -> None:
    body = (
        "The Sudan Doctors Network said 16 civilians were killed. Separately, the El Fasher"
        " Resistance Committees said a drone strike killed eight people.\n\n"
        '"Militia attacks on civilian areas continue," the group said in a statement.'
    )
    assert [s for _, s, _ in statements(body)][-1] == "El Fasher Resistance Committees"


def test_a_participle_aside_before_the_verb_reports_nothing() -> None:
    body = (
        "Mayor Ihor Terekhov, writing on the Telegram messaging app, said four people had been"
        " injured."
    )
    assert [(c, s) for c, s, _ in statements(body)] == [
        ("four people had been injured", "Ihor Terekhov")
    ]


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # a contraction is no name: the second quotation is still Boehner's
        (
            '"Now the president says, I\'m not going to negotiate," said Boehner. "Well I\'m'
            " sorry, but it just doesn't work that way.\"",
            [
                ("Now the president says, I'm not going to negotiate", "Boehner"),
                ("Well I'm sorry, but it just doesn't work that way.", "Boehner"),
            ],
        ),
        # a party and state after the name is no speaker
        (
            "House Speaker John Boehner, R-Ohio, said the talks had failed.",
            [("the talks had failed", "John Boehner")],
        ),
        # "after the meeting" is when it was said
        (
            "Reid said after the meeting he once again urged Boehner to accept the offer.",
            [("he once again urged Boehner to accept the offer", "Reid")],
        ),
        # an aside between double hyphens
        (
            INTRO + "Boehner -- who accuses Democrats of being unwilling to talk -- said after the"
            ' meeting, "The president reiterated that he will not negotiate."',
            [("The president reiterated that he will not negotiate.", "Boehner")],
        ),
    ],
)
def test_us_political_copy(body: str, want: list[tuple[str, str | None]]) -> None:
    got = [(c, s) for c, s, _ in statements(body) if c != "briefed reporters"]
    assert got == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # "raising hopes that": a noun, no report
        (
            "Delegations from Hamas and Qatar arrived in Cairo on Sunday, raising hopes that a"
            " cease-fire agreement could be reached.",
            [],
        ),
        # an agency told, before the name that opens the clause
        (
            "One source briefed on the talks told Reuters Israel would not join the talks.",
            [("Israel would not join the talks", None)],
        ),
        # "another senior official" describes the name before it
        (
            "A Hamas delegation, led by senior official Khalil al-Hayya, arrived in Cairo."
            " Mahmoud Mardawi, another senior Hamas official, stated that the visit guarantees"
            " nothing.",
            [("the visit guarantees nothing", "Mahmoud Mardawi")],
        ),
    ],
)
def test_hopes_agencies_told_and_another_official(
    body: str, want: list[tuple[str, str | None]]
) -> None:
    assert [(c, s) for c, s, _ in statements(INTRO + body) if c != "briefed reporters"] == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # the verb of a relative clause in the subject reports nothing
        (
            "Commissioner of Police Muhammad Shehu Dalijan, who confirmed the attack, said the"
            " killing took place at Magarya village.",
            [("the killing took place at Magarya village", "Muhammad Shehu Dalijan")],
        ),
        (
            "The spokesperson, SP Mohammed Shehu, who confirmed the story said only four persons"
            " lost their lives in the attack.",
            [("only four persons lost their lives in the attack", "Mohammed Shehu")],
        ),
        # an adverb between the verb and "that"
        (
            "SP Mohammed Shehu explained also that several others were taken to the hospital.",
            [("several others were taken to the hospital", "Mohammed Shehu")],
        ),
    ],
)
def test_relative_clauses_and_adverbs_around_the_verb(
    body: str, want: list[tuple[str, str | None]]
) -> None:
    assert [(c, s) for c, s, _ in statements(INTRO + body) if c != "briefed reporters"] == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "The spokesperson expressed surprise that there was no mention of the ceasefire"
            " violations in the joint statement.",
            [
                (
                    "there was no mention of the ceasefire violations in the joint statement",
                    "Ned Price",  # the spokesperson of the briefing
                )
            ],
        ),
        (
            "Pakistan on Thursday, strongly condemning Indian violations along the Line of"
            " Control, said that any misadventure by India would be met in kind.",
            [("any misadventure by India would be met in kind", "Pakistan")],
        ),
    ],
)
def test_expressed_surprise_and_an_adverb_before_a_participle(
    body: str, want: list[tuple[str, str | None]]
) -> None:
    assert [(c, s) for c, s, _ in statements(INTRO + body) if c != "briefed reporters"] == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # a two-letter family name first names the person alone
        (
            "President Xi Jinping hosted the talks. “The Chinese side has made our position"
            " clear,” Xi told the top US diplomat.",
            [("The Chinese side has made our position clear", "Xi Jinping")],
        ),
        # "secretary of state" is no verb of saying
        (
            "The first U.S. secretary of state to visit China in five years, Blinken held more"
            " than 7-1/2 hours of talks with Chinese Foreign Minister Qin Gang on Sunday.",
            [],
        ),
    ],
)
def test_chinese_names_and_the_state_of_a_title(
    body: str, want: list[tuple[str, str | None]]
) -> None:
    assert [(c, s) for c, s, _ in statements(INTRO + body) if c != "briefed reporters"] == want


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # an abbreviated title stands for the officer titled in full (rule pack: "means")
        (
            "Bhakkar District Police Officer Shahzad Rafiq said the attacker blew himself up."
            " All injured were shifted to the hospital, the DPO added.",
            "Shahzad Rafiq",
        ),
        (
            "Police Commissioner Muhammad Shehu Dalijan confirmed the attack. The CP said the"
            " bandits stormed the village.",
            "Muhammad Shehu Dalijan",
        ),
    ],
)
def test_an_abbreviated_title_is_the_officer(body: str, speaker: str) -> None:
    assert [s for _, s, _ in statements(INTRO + body) if s != "Ned Price"][-1] == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("“We will continue,” said the army chief, Gen. Asim Munir.", "Asim Munir"),
        ("“We will not stop,” said the navy’s commander, Adm. Brad Cooper.", "Brad Cooper"),
        ("“We will continue,” said a senior official, who asked not to be named.", None),
        # a command of the armed forces is a body that speaks
        ("The Northern Command said the strike killed two operatives.", "Northern Command"),
    ],
)  # fmt: skip
def test_a_name_after_a_description_and_military_commands(body: str, speaker: str | None) -> None:
    ((_, name, _),) = statements(INTRO + body)
    assert name == speaker


@pytest.mark.parametrize(
    "body",
    [
        "On Friday, U.S. Central Command announced the killing of an ISIS leader.",
        "CENTCOM said the strike killed two operatives.",
    ],
)
def test_us_central_command_is_known_by_its_names(body: str) -> None:
    art = factkit.extract("Strike in Syria\n\n" + INTRO + body, published="2024-12-20")
    (st,) = art.statements
    assert st.speaker is not None
    assert st.speaker.id == "org:us-centcom"


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ("Christie blasted Clinton as a “disgrace” on Tuesday.",
         "Clinton as a “disgrace” on Tuesday"),
        ("Gingrich dismissed Estonia as being in the “suburbs of St. Petersburg.”",
         "Estonia as being in the “suburbs of St. Petersburg.”"),
        ("Cruz exhorted Republicans to “vote your conscience.”",
         "Republicans to “vote your conscience.”"),
        # "that" with a verb right after it is the clause's subject
        ("Her lawyer said that was not her view.", "that was not her view"),
    ],
)  # fmt: skip
def test_labels_in_quotation_marks_and_that_as_a_subject(body: str, content: str) -> None:
    ((got, _, _),) = statements(INTRO + body)
    assert got == content


def test_a_verb_of_judging_without_a_quoted_label_reports_nothing() -> None:
    assert statements(INTRO + "The governor dismissed the claims as nonsense.") == []


def test_a_pronoun_opening_a_sentence_refers_to_the_subject_just_told() -> None:
    body = (
        "“We will win,” Biden said.\n\nOn Sunday, Russian President Vladimir Putin offered to "
        "resume talks. He suggested that the talks could take place in Istanbul."
    )
    got = statements(INTRO + body)
    assert got[-1] == ("the talks could take place in Istanbul", "Vladimir Putin", "indirect")


@pytest.mark.parametrize(
    ("body", "content"),
    [
        # what the speaker held back is the reporter's, not the report
        ("He said the meeting in person is important, but did not comment on the progress.",
         "the meeting in person is important"),
        ("She said the deal was close, but declined to give a date.", "the deal was close"),
        # the reported clause's own "but": kept
        ("He said voters had doubts, but could not bear to insult the president.",
         "voters had doubts, but could not bear to insult the president"),
    ],
)  # fmt: skip
def test_a_speaker_s_silence_ends_the_report(body: str, content: str) -> None:
    ((got, _, _),) = statements(INTRO + body)
    assert got == content


def test_an_office_of_a_possessor_is_not_the_possessor_s_title() -> None:
    art = factkit.extract(
        "Campaign\n\nJohn Podesta, chairman of Hillary Clinton's campaign, spoke on Monday."
    )
    hillary = next(e for e in art.entities if e.name == "Hillary Clinton")
    assert hillary.title is None


@pytest.mark.parametrize(
    ("body", "content", "speaker"),
    [
        # the principal of a spokesperson is not the spokesperson
        ("The Secretary-General condemns in the strongest terms the attack on the convoy.",
         "the attack on the convoy", "Secretary-General"),
        # a capitalised office opening the sentence, then a second verb joined by "and"
        ("The Secretary-General extends his condolences and calls for the release of all "
         "hostages.", "the release of all hostages", "Secretary-General"),
        # "today's" is the object's, not a time after the verb
        ("The Secretary-General strongly condemns today's attacks in southern Israel.",
         "today's attacks in southern Israel", "Secretary-General"),
    ],
)  # fmt: skip
def test_a_spokesperson_s_statement_for_his_principal(
    body: str, content: str, speaker: str
) -> None:
    text = (
        "Statement attributable to Stéphane Dujarric, the Spokesperson for the UN "
        "Secretary-General\n\nOctober 7, 2023\n\n" + body
    )
    (st,) = factkit.extract(text).statements
    assert st.content == content
    assert st.speaker is not None
    assert st.speaker.name == speaker


def test_a_witness_who_said_he_saw_it_said() -> None:
    got = statements(
        INTRO + "A Taliban soldier who said he saw the explosion said two people were killed."
    )
    assert got == [("two people were killed", None, "indirect")]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("A survivor, Sani Abdullahi, told reporters the gunmen fired from all sides. "
         "According to him, the bandits were behind earlier killings in the district.",
         "Sani Abdullahi"),
        ("Foreign Minister Hina Rabbani Khar met reporters on Monday. According to her, "
         "the talks will resume in Doha next week.", "Hina Rabbani Khar"),
    ],
)  # fmt: skip
def test_according_to_an_object_pronoun_is_the_one_told_of_before(body: str, speaker: str) -> None:
    """ "According to him": the pronoun is resolved as "he said" would be."""
    got = statements(INTRO + body)
    assert got[-1][1] == speaker
    assert got[-1][2] == "indirect"


@pytest.mark.parametrize(
    "body",
    [
        "Villages form militias for protection, but they are often accused of abuses and "
        "extrajudicial killings.",
        "The unit was long accused of torturing detainees in the northern camps.",
        "He is still told that the road to the border is closed.",
    ],
)
def test_a_passive_cue_after_a_plain_adverb_reports_nothing(body: str) -> None:
    """ "are often accused of": the subject is the one accused, not a speaker."""
    assert statements(INTRO + body) == []


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Nigerian police said the gunmen fled into the forest after the raid.",
         "Nigerian police"),
        ("The Kabul police said the blast hit a crowded market in the city.", "Kabul police"),
        ("The Israeli military said its jets struck a command centre overnight.",
         "Israeli military"),
        # a possessive state and a government stay the state
        ("Pakistan's army said the border post was hit by mortar fire.", "Pakistan"),
        ("The Somali government said the attack on the base was repelled.", "Somalia"),
    ],
)  # fmt: skip
def test_a_force_named_by_its_place_is_the_force(body: str, speaker: str) -> None:
    """ "Nigerian police said": the police speak, not Nigeria; "the army said" is no
    ministry told before (the introduction's State Department)."""
    ((_, name, _),) = statements(INTRO + body)
    assert name == speaker


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The troops were ambushed near the border, the army said, adding that four "
         "soldiers were missing.",
         [("The troops were ambushed near the border", None, "indirect"),
          ("four soldiers were missing", None, "indirect")]),
        ("Jihadists ambushed the troops in Yagha province, a security source told AFP, "
         "leaving four dead and four others missing.",
         [("Jihadists ambushed the troops in Yagha province", None, "indirect")]),
        ("The victims were hacked to death in their fields, the official said, noting that "
         "some were shot as they fled.",
         [("The victims were hacked to death in their fields", None, "indirect"),
          ("some were shot as they fled", None, "indirect")]),
        # a gerund subject after the cue is more of the report, the sentence whole
        ("Though that transition was seamless, he said, replacing the nominee would be far "
         "more acrimonious.",
         [("Though that transition was seamless, he said, replacing the nominee would be "
           "far more acrimonious", "Ned Price", "indirect")]),
    ],
)  # fmt: skip
def test_a_participle_after_the_cue_s_comma_ends_the_report(
    body: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """ "X, the army said, adding that Y": X and Y are reported, not the whole sentence."""
    assert statements(INTRO + body) == expected


def test_the_army_is_a_force_told_before_never_a_ministry() -> None:
    got = statements(
        INTRO + "The Pakistan Army moved troops to the border. The clashes went on for "
        "hours, the army said. The bridge was shut on Monday, the police said."
    )
    assert [(c, s) for c, s, _ in got] == [
        ("The clashes went on for hours", "Pakistan Army"),
        ("The bridge was shut on Monday", None),
    ]


@pytest.mark.parametrize(
    ("body", "description"),
    [
        ("A drone attack killed two people in a village, the Russian regional governor said.",
         "the Russian regional governor"),
        ("The Pakistani ambassador said the talks on trade went well.",
         "The Pakistani ambassador"),
    ],
)  # fmt: skip
def test_a_person_described_by_a_demonym_is_no_country(body: str, description: str) -> None:
    """ "the Russian regional governor said": a person, unnamed; not Russia."""
    art = factkit.extract("Talks on security resume\n\n" + body, published="2022-12-08")
    (st,) = art.statements
    assert st.speaker is not None
    assert (st.speaker.name, st.speaker.description) == (None, description)


def test_it_is_never_the_agency_a_source_told() -> None:
    got = statements(
        INTRO + "The unit was hit at dawn, a security source told AFP. With air support, the "
        "military has secured the area, it said."
    )
    assert got[-1][1] != "AFP"


@pytest.mark.parametrize(
    ("body", "speaker", "description"),
    [
        ("\u201cThe base was hit at dawn,\u201d said a statement from the Pakistan Army.",
         "Pakistan Army", None),
        ("\u201cThe base was hit at dawn,\u201d said a statement from the general staff.",
         None, "a statement from the general staff"),
        ("Analysts say the plan is vague. Said Jane Ellis: \u201cI don\u2019t think they care "
         "about reform at all.\u201d", "Jane Ellis", None),
    ],
)  # fmt: skip
def test_a_statement_from_its_issuer_and_a_fronted_said(
    body: str, speaker: str | None, description: str | None
) -> None:
    art = factkit.extract("Talks on security resume\n\n" + body, published="2022-12-08")
    st = art.statements[-1]
    assert st.kind == "direct"
    assert st.speaker is not None
    assert (st.speaker.name, st.speaker.description) == (speaker, description)


def test_referring_to_a_noun_reports_nothing_and_u_s_authorities_speak() -> None:
    got = statements(
        INTRO + "\u201cThis is the fifth missile fired in two days,\u201d the command stated, "
        "referring to anti-ship ballistic missiles. Three sailors were killed in the strike, "
        "according to U.S. authorities."
    )
    assert [c for c, _, _ in got] == [
        "This is the fifth missile fired in two days",
        "Three sailors were killed in the strike",
    ]
    assert got[-1][1] == "United States"


def test_adding_a_quotation_after_a_named_sayer_is_the_sayer_s() -> None:
    got = statements(
        INTRO + "Frontier Corps naik Ali Khan was martyred during the exchange of fire, Mr "
        "Musiani said, adding "
        "that \u201cthe terrorists also suffered losses.\u201d"
    )
    assert {s for _, s, _ in got} == {"Musiani"}
