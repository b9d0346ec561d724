"""Hypothesis strategies: news-like articles assembled from real page furniture."""

from __future__ import annotations

from hypothesis import strategies as st

NAMES = ["Ned Price", "Syed Haider Shah", "Wang Yi", "Ishaq Dar", "Rustem Umerov", "Jane Roe"]
PLACES = ["ISLAMABAD", "KABUL", "WASHINGTON", "Mogadishu (AFP)", "LONDON, March 3 (Reuters)"]
VERBS = ["said", "told reporters", "stated", "added", "noted", "warned"]
QUOTES = [
    ('"', '"'),
    ("“", "”"),
    ("‘", "’"),
    ("'", "'"),
    ("«", "»"),
    ('"', ""),
    ("", "”"),
    ("''", "''"),
    ("``", "''"),
    ("''", ""),
]
DATES = ["February 16, 2023", "8th Dec, 2022", "January 08, 2021", "2025-08-21", "March 06, 2023"]
SEPARATORS = ["\n", "\r\n", "\u2028", "\r"]


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """A sentence with a speaker, a cue and maybe a quotation."""
    name = draw(st.sampled_from(NAMES))
    verb = draw(st.sampled_from(VERBS))
    words = draw(
        st.lists(
            st.sampled_from(
                [
                    "the",
                    "talks",
                    "will",
                    "resume",
                    "on",
                    "Monday",
                    "in",
                    "Doha",
                    "U.S.",
                    "Mr.",
                    "attack",
                    "killed",
                    "at",
                    "least",
                    "18",
                    "people",
                    "dialogue",
                    "Pakistan",
                    "(TTP)",
                    "…",
                    "—",
                ]
            ),
            min_size=1,
            max_size=14,
        )
    )
    body = " ".join(words)
    op, cl = draw(st.sampled_from(QUOTES))
    form = draw(st.integers(0, 3))
    if form == 0:
        return f"{op}{body}{cl} {name} {verb}."
    if form == 1:
        return f"{name} {verb} that {body}."
    if form == 2:
        return f"{name} {verb}: {op}{body}.{cl}"
    return f"{body.capitalize()}."


@st.composite
def news_texts(draw: st.DrawFn) -> str:
    """An article-shaped text: furniture, paragraphs, odd separators and some junk."""
    sep = draw(st.sampled_from(SEPARATORS))
    blank = sep + draw(st.sampled_from(["", sep, " " + sep]))
    parts: list[str] = []
    if draw(st.booleans()):
        parts.append("Latest Stories Middle East South Asia World")
    if draw(st.booleans()):
        parts.append(
            draw(
                st.sampled_from(
                    [
                        "Counter-terror dialogue with US from today",
                        "Four killed in Mogadishu bombing",
                        "US to continue work with Pakistan: State Dept.",
                    ]
                )
            )
        )
    if draw(st.booleans()):
        who = draw(
            st.sampled_from(["News Desk", "Kamran Yousaf", "Our Correspondent", "By Jane Roe"])
        )
        glue = draw(st.sampled_from(["", " ", " | "]))
        parts.append(f"{who}{glue}{draw(st.sampled_from(DATES))}")
    if draw(st.booleans()):
        parts.append(
            draw(st.sampled_from(["REPRESENTATIONAL IMAGE", "A view of Kabul. PHOTO: AFP"]))
        )
    paragraphs = draw(
        st.lists(
            st.lists(sentences(), min_size=1, max_size=4).map(" ".join), min_size=1, max_size=6
        )
    )
    if draw(st.booleans()):
        paragraphs[0] = f"{draw(st.sampled_from(PLACES))}: {paragraphs[0]}"
    parts.extend(paragraphs)
    if draw(st.booleans()):
        parts.extend(["Read More US wants talks", "COMMENTS", "Please enter your comment!"])
    junk = draw(st.text(max_size=20))
    at = draw(st.integers(0, len(parts)))
    parts.insert(at, junk)
    return blank.join(parts)


texts = st.one_of(st.text(), news_texts())


_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def number_words(n: int) -> str:
    """English words for a non-negative integer below 10**15, written independently of
    factkit ("one hundred and five", "twenty-one thousand")."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else "-" + _ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return _ONES[n // 100] + " hundred" + ("" if rest == 0 else " and " + number_words(rest))
    for scale, name in (
        (10**12, "trillion"),
        (10**9, "billion"),
        (10**6, "million"),
        (1000, "thousand"),
    ):
        if n >= scale:
            head, rest = divmod(n, scale)
            tail = "" if rest == 0 else (" and " if rest < 100 else " ") + number_words(rest)
            return number_words(head) + " " + name + tail
    raise ValueError(n)
