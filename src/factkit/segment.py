"""Stage 1, layout: lines → header fields, captions, boilerplate, body paragraphs, sentences.

News pages arrive as plain text with their furniture still in: a navigation line, the
headline and standfirst, a byline glued to its date, photo captions, a dateline, the
body (sometimes hard-wrapped mid-sentence), "Read more" links and comment widgets. This
module labels every non-blank stretch of the input with one role (``Segment``) without
ever changing the text: all offsets index the exact input string.

Why by hand: sentence splitters and boilerplate removers (pySBD, justext, trafilatura)
either work on HTML, rewrite the text, or lose offsets (pySBD #49); none knows bylines
and datelines. The rules here are small, linear in the input, and driven by the layout
lexicon (``rules/en/layout.toml``) so users can extend them as data.

Policy, in reading order:

1. Lines end at ``\\r\\n``, ``\\n``, ``\\r``, U+2028/U+2029, NEL, VT and FF.
2. The header runs from the top until the first line that is none of: a date stamp
   ("date 2025-08-21 ..." — the rest of that line is read on), a date line, a byline
   ("By ...", or names/desk followed by a date, even glued: "Our CorrespondentJanuary
   08, 2021"), a caption, boilerplate, navigation, a dateline, the title (the first
   headline-like line), a subtitle (headline-like lines before any byline) or, after a
   byline, an unpunctuated caption line.
3. A dateline ("ISLAMABAD:", "KABUL, Afghanistan (AP) —", "Mogadishu (AFP) -") is
   recognised in the header or at the start of the first body paragraph.
4. In the body, boilerplate and captions are set apart; a standalone marker such as
   "COMMENTS" or "Most Read" turns the rest of the text into sidebar. A line continues
   the previous one (a hard wrap) when it starts in lower case, or when the previous
   line is long and ends without sentence punctuation. A short unpunctuated paragraph
   followed by more body is a heading.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from .dates import TIME_SUFFIX, DateMatch, iter_absolute_dates
from .lexicon import Layout, default_layout
from .models import Author, PrintedDate, Segment, SegmentKind, Span

__all__ = ["Line", "Structure", "find_segments", "split_lines", "split_sentences"]

_BREAK = regex.compile(r"\r\n|[\n\r\u2028\u2029\x85\x0b\x0c]")
_SPACE = (
    " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u200b\u200c\u200d\u2028\u2029\u202f\u205f\u2060"
    "\u3000\ufeff"
)
_TERMINAL = regex.compile(r"""[.!?…:;]["'”’»)\]]*$|[.!?…]["'”’»)\]]+[^\w]{0,3}$""")
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.\-]*")
_STAMP = regex.compile(
    r"(?:date|Date|DATE|Dated|Published|PUBLISHED|Updated|UPDATED|Posted|Last updated|"
    r"Last Updated|First published)(?:\s+on)?\s*:?\s*"
)
_TRAILING_LABEL = regex.compile(
    r"(?:\s*[|,–—-])?\s*(?:Published|PUBLISHED|Updated|UPDATED|Posted|Last updated|Dated)"
    r"(?:\s+on)?\s*:?\s*$"
)
_WEEKDAY = regex.compile(
    r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s*)?", regex.I
)
_LETTERS = regex.compile(r"\p{L}+")
_BYLINE_PIECE = regex.compile(r"[^,;&|]+")
_PUNCT = regex.compile(r"[^\w\s]")
_BYLINE_SPLIT = regex.compile(r"\s*(?:,|;|&|\||\band\b|\bAND\b)\s*")
_NAME_TOKEN = regex.compile(
    r"(?:\p{Lu}[\p{Ll}\p{Lu}'’\-]*\p{L}\.?|\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}[’']\p{Lu}\p{Ll}+)"
)
_SENT_END = regex.compile(r"""[.!?…]+["'”’»)\]]*(?=\s)""")
_HAS_WORD = regex.compile(r"[\p{L}\p{N}]")
# a subheading run into its paragraph by a lost line break: a capitalised opener right
# after a lower-case word ("... a police patrol In Kohat city", "... the attack In separate
# statements"), never inside a title-case name ("Man In Black")
_GLUED_HEADING = regex.compile(
    r"(?<=\s\p{Ll}{2,})(?=\s+(?:In|On|At|According|Meanwhile|Earlier|Separately|However)"
    r"\s+(?:\p{Lu}|a\s|an\s|the\s|separate\s|\d))"
)
_OPENERS = "\"'“‘«([—–-"
_MAX_FURNITURE = 1000  # longer lines are never captions, bylines or boilerplate
_MAX_HEADER_LINES = 40  # a page header is never longer; past it, lines are read as body


@dataclass(frozen=True)
class Line:
    """One line of the input: offsets of its content without surrounding space."""

    start: int
    end: int
    blank_before: bool


@dataclass
class Structure:
    """What the layout stage found; ``pipeline`` turns it into ``Article`` fields."""

    segments: list[Segment] = field(default_factory=list)
    title: str | None = None
    subtitle: str | None = None
    authors: list[Author] = field(default_factory=list)
    desk: str | None = None
    outlet: str | None = None
    dateline: str | None = None
    dateline_span: Span | None = None
    printed_date: PrintedDate | None = None
    sentences: list[Span] = field(default_factory=list)


def split_lines(text: str) -> list[Line]:
    """Non-blank lines with their stripped offsets; ``blank_before`` marks paragraph gaps.

    >>> [(l.start, l.end, l.blank_before) for l in split_lines("Title\\n\\n Body.\\u2028x")]
    [(0, 5, True), (8, 13, True), (14, 15, False)]
    """
    out: list[Line] = []
    pos = 0
    blank = True
    n = len(text)
    while pos <= n:
        m = _BREAK.search(text, pos)
        stop = m.start() if m else n
        raw = text[pos:stop]
        stripped = raw.lstrip(_SPACE)
        if stripped:
            start = pos + len(raw) - len(stripped)
            end = pos + len(raw.rstrip(_SPACE))
            out.append(Line(start, end, blank))
            blank = False
        else:
            blank = True
        if not m:
            break
        pos = m.end()
    return out


def _words(t: str) -> list[str]:
    return _WORD.findall(t)


def _is_abbreviation(token: str, layout: Layout) -> bool:
    bare = token.lstrip(_OPENERS).rstrip(".")
    low = bare.lower()
    if not bare:
        return False
    if len(bare) == 1 and bare.isalpha() and bare.isupper():
        return True  # an initial: "J. Smith"
    return low in layout.abbreviations and (bare[0].isupper() or "." in bare)


def split_sentences(
    text: str, start: int, end: int, layout: Layout | None = None
) -> list[tuple[int, int]]:
    """Sentence offsets inside ``text[start:end]``, stripped of surrounding space.

    >>> t = "Mr. Price spoke. Lt Gen Mirza met U.S. envoys. The talks ended."
    >>> [t[a:b] for a, b in split_sentences(t, 0, len(t))]
    ['Mr. Price spoke.', 'Lt Gen Mirza met U.S. envoys.', 'The talks ended.']
    """
    lay = layout or default_layout()
    cuts: list[int] = []
    for m in _SENT_END.finditer(text, start, end):
        j = m.end()
        while j < end and text[j] in _SPACE:
            j += 1
        if j >= end:
            break
        nxt = text[j]
        if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS):
            continue
        if text[m.start()] == "." and m.end() - m.start() == 1:
            k = m.start()
            while k > start and text[k - 1] not in _SPACE:
                k -= 1
            token = text[k : m.start()]
            if "." in token.strip(_OPENERS):  # a dotted acronym: "U.S." ends a sentence
                word = _LETTERS.match(text, j, min(end, j + 30))  # only before a starter
                if not word or word.group() not in lay.starters:
                    continue
            elif _is_abbreviation(token, lay):
                continue
        cuts.append(m.end())
    glued = [m.end() for m in _GLUED_HEADING.finditer(text, start, end)]
    if glued:  # "Militants attack a police patrol In Kohat city, ...": a lost line break
        cuts = sorted({*cuts, *glued})
    out: list[tuple[int, int]] = []
    prev = start
    for c in [*cuts, end]:
        seg = text[prev:c]
        a = prev + len(seg) - len(seg.lstrip(_SPACE))
        b = prev + len(seg.rstrip(_SPACE))
        if a < b:
            if out and not _HAS_WORD.search(text, a, b):
                out[-1] = (out[-1][0], b)  # "[…]" or a stray mark joins the sentence before
            else:
                out.append((a, b))
        prev = c
    return out


# the units of a site's "2 minutes ago"
_AGE_UNITS = r"seconds?|secs?|minutes?|mins?|hours?|hrs?|days?"
# a site's header list: "- Web Desk", "- Feb 16, 2025" (the bullet is no part of the line's
# role), and lines that are only a bullet or an age ("- 2 Hours ago")
_BULLET = regex.compile(r"[-–•·*][ \t]+(?=\S)")
_BULLET_ONLY = regex.compile(rf"(?i)[-–•·*](?:[ \t]+\d+[ \t]+(?:{_AGE_UNITS})[ \t]+ago)?")
# a site's name as its domain, alone on a header line: "UrduPoint.com", "Dawn.com"
_DOMAIN = regex.compile(
    r"(?:www\.)?\p{Lu}[\p{L}\d-]*(?:\.[\p{L}\d-]+)*\."
    r"(?:com|net|org|info|news|tv|pk|in|af|bd|lk|ae|qa|sa|ng|ke|za|au|ca|co\.uk|com\.pk)"
)


def _ends_terminal(t: str) -> bool:
    return bool(_TERMINAL.search(t[-12:]))


# a line cut before the sentence goes on: it ends on a word that never ends one ("the
# troops on", "part of a") or leaves a quotation open ("“The bodies of the missing")
_OPEN_END = regex.compile(
    r"(?i)\b(?:a|an|the|of|in|on|at|to|for|with|by|from|and|or|but|as|that|which|who|his|"
    r"her|its|their|our|is|are|was|were|has|have|had|be|been|will|would|than|into|near|"
    r"about|after|before|over|under|between|against|during)$"
)


def _cut_short(t: str) -> bool:
    """Whether a line unterminated by punctuation was cut mid-sentence by a hard wrap."""
    if _ends_terminal(t):
        return False
    return bool(_OPEN_END.search(t[-12:])) or t.count("“") > t.count("”")


def _headline_like(t: str, layout: Layout, max_words: int = 28) -> bool:
    """A line that reads as a headline: short, no sentence punctuation at its end."""
    if (
        not t
        or len(t) > 200
        or (not t[0].isupper() and not t[0].isdigit() and t[0] not in _OPENERS)
    ):
        return False
    words = _words(t)
    if not 2 <= len(words) <= max_words:
        return False
    if t[-1] in ",;:" or t[-1] in "-–—":
        return False
    if t.endswith(".") and not t.endswith("..."):
        last = t.split()[-1]
        if not _is_abbreviation(last, layout):
            return False
    return len(split_sentences(t, 0, len(t), layout)) == 1


_COLON_HEADLINE = regex.compile(r"\p{Lu}[\w.’'-]*(?:\s+\p{Lu}[\w.’'-]*){0,3}:\s+\S")


def _period_headline(t: str, layout: Layout) -> bool:
    """A first line that ends with a period (as some archives print headlines) and still
    reads as one: title case ("Bellwether County Says Trump Should Win") or a speaker's
    colon ("Lynch: No outside influence on FBI probe"). A sentence-case sentence is not
    taken: it may be the article's first sentence."""
    if not t.endswith(".") or t.endswith("..") or not _headline_like(t[:-1], layout):
        return False
    if _COLON_HEADLINE.match(t):
        return True
    long = [w for w in _words(t)[1:] if len(w) >= 4]
    caps = sum(1 for w in long if w[0].isupper())
    return len(long) >= 2 and caps >= 0.7 * len(long)


# ------------------------------------------------------------------ bylines and dates
@dataclass(frozen=True)
class _Byline:
    authors: tuple[tuple[str, int, int], ...]
    desk: str | None
    date: DateMatch | None


def _last_date_at_end(text: str, start: int, end: int, layout: Layout) -> DateMatch | None:
    last = None
    for d in iter_absolute_dates(text, start, end, layout):
        last = d
    if last is None:
        return None
    return last if TIME_SUFFIX.fullmatch(text, last.end, end) else None


@lru_cache(maxsize=8)
def _prefixes(layout: Layout) -> tuple[str, ...]:
    return tuple(sorted(layout.byline_prefixes, key=len, reverse=True))


_AGENCY_PAREN = regex.compile(r"\s*\((?P<inner>[^()]{2,40})\)\s*$")


# what a site prints between a byline's name and its date: "2 minutes ago", "Wed"
_AGO_WEEKDAY = regex.compile(
    rf"(?:\s+\d+\s+(?:{_AGE_UNITS}|weeks?)\s+ago)?"
    r"(?:\s+(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday)?\.?,?)?\s*$"
)


def _parse_byline(text: str, ln: Line, layout: Layout, date: DateMatch | None) -> _Byline | None:
    """Names and desks of a byline line; ``date`` is the date ending the line, if any."""
    if ln.end - ln.start > 160:
        return None
    head_end = date.start if date else ln.end
    head = text[ln.start : head_end]
    prefix = next((p for p in _prefixes(layout) if head.startswith(p + " ")), None)
    if date is None and prefix is None:
        words = head.split()
        if not (  # "Web Desk", "News Desk" alone on a line: a desk's byline
            2 <= len(words) <= 3
            and words[-1].lower() in ("desk", "bureau", "correspondent", "reporter")
            and all(w[:1].isupper() for w in words)
        ):
            return None
    head = _TRAILING_LABEL.sub("", head)
    if date is not None:
        head = _AGO_WEEKDAY.sub("", head)  # "Umer Jamshaid 2 minutes ago Wed 12th February"
    offset = ln.start
    prefixed = prefix is not None
    if prefix is not None:
        offset += len(prefix) + 1
        head = head[len(prefix) + 1 :]
    head_stripped = head.rstrip(" \t,|–—-:/\u00a0")
    paren = _AGENCY_PAREN.search(head_stripped)
    if paren and head_stripped[: paren.start()].strip().lower() in layout.agencies_lower:
        head_stripped = head_stripped[: paren.start()]  # "By AP (Associated Press)"
    elif paren and paren["inner"].lower() in layout.agencies_lower:
        head_stripped = head_stripped[: paren.start()] + ", " + paren["inner"]  # "X (Reuters)"
    if not head_stripped.strip():
        return None
    authors: list[tuple[str, int, int]] = []
    desks: list[str] = []
    pos = 0
    for piece_m in _BYLINE_PIECE.finditer(head_stripped):
        for part in _BYLINE_SPLIT.split(piece_m.group()):
            piece = part.strip()
            if not piece:
                continue
            rel = head_stripped.find(piece, pos)
            pos = rel + len(piece)
            tokens = piece.split()
            if piece.lower() in layout.agencies_lower or tokens[-1].lower() in layout.desk_words:
                desks.append(piece)
                continue
            ok = 1 <= len(tokens) <= 5 and all(
                _NAME_TOKEN.fullmatch(tok) or tok.lower() in layout.name_particles for tok in tokens
            )
            if not ok or (len(tokens) < 2 and not prefixed):
                return None
            authors.append((piece, offset + rel, offset + rel + len(piece)))
    if not authors and not desks:
        return None
    return _Byline(tuple(authors), ", ".join(desks) or None, date)


def _date_line(text: str, ln: Line, date: DateMatch | None) -> DateMatch | None:
    """``date`` if the line is only that (labelled) date and maybe a time."""
    if ln.end - ln.start > 80 or date is None:
        return None
    head = text[ln.start : date.start]
    m = _STAMP.match(head)
    rest = head[m.end() :] if m else head
    return date if _WEEKDAY.fullmatch(rest) else None


def _date_stamp(text: str, ln: Line, layout: Layout) -> tuple[int, DateMatch] | None:
    """A labelled date at the very start of a line followed by more text: (stamp end, date)."""
    m = _STAMP.match(text, ln.start, ln.end)
    if not m:
        return None
    for d in iter_absolute_dates(text, m.end(), min(ln.end, m.end() + 40), layout):
        if d.start == m.end():
            return d.end, d
        break
    return None


# ------------------------------------------------------------------ datelines
@dataclass(frozen=True)
class _Dateline:
    place: tuple[int, int]
    end: int
    paren: tuple[int, int] | None


@lru_cache(maxsize=8)
def _dateline_patterns(
    layout: Layout,
) -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    """Datelines in capitals, in title case with an agency, and a known city in title case
    with its day: "El Fasher, Oct 2 Eight civilians ...", "New Delhi, Oct 2 (IANS) ...",
    "Lagos, March 3: ..." (that last one is taken only when the gazetteer knows the city)."""
    months = "|".join(
        regex.escape(m) for m in sorted(layout.months, key=len, reverse=True) if len(m) > 2
    )
    agency = "|".join(regex.escape(a) for a in sorted(layout.agencies, key=len, reverse=True))
    region = r"(?:,[ ]*(?P<region>[A-Z][A-Za-z.'’\-]+(?:[ ]+[A-Z][A-Za-z.'’\-]+){0,2}))?"
    date = rf"(?:,?[ ]*(?P<date>(?i:{months})\.?[ ]+\d{{1,2}}(?:,?[ ]+\d{{4}})?))?"
    sep = r"[ ]*(?P<sep>:|—|–|--|-(?=[ ]))"
    caps = regex.compile(
        r"(?P<place>[A-Z][A-Z'’.\-]*[A-Z.](?:[ ]+[A-Z][A-Z'’.\-]*[A-Z.]){0,3})"
        # "YOLA (Adamawa, Nigeria), Nov 4 (NNN-XINHUA) —": the state and country in brackets
        + r"(?:[ ]+\([A-Z][A-Za-z.'’\- ]{1,30},[ ]*[A-Z][A-Za-z.'’\- ]{1,30}\))?"
        + region
        + date
        + r"(?:,?[ ]*\((?P<paren>[^()\n]{1,100})\))?"
        # "NEW DELHI (UrduPoint News / Sputnik - 10th September, 2020) Indian ...": after a
        # bracketed credit the lead may follow with no mark
        + r"(?:[ ]*(?P<sep>:|—|–|--|-(?=[ ]))|(?<=\))(?P<sep>)(?=[ ]+[A-Z\"“]))"
    )
    titled = regex.compile(
        r"(?P<place>[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){0,2})"
        + region
        + date
        + rf",?[ ]*\((?P<paren>(?:{agency})[^()\n]{{0,40}})\)"
        + sep
    )
    dated = regex.compile(
        r"(?P<place>[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){0,2}),[ ]*"
        rf"(?P<date>(?i:{months})\.?[ ]+\d{{1,2}}(?:,?[ ]+\d{{4}})?)"
        r"(?:[ ]*\((?P<paren>[^()\n]{1,40})\))?"
        r"(?P<sep>[ ]*(?::|—|–|--|-(?=[ ]))|(?=[ ]+[A-Z0-9\"“]))"
    )
    return caps, titled, dated


# a city in title case before a colon ("Lagos: Nigerian police said"), taken for a dateline
# only when the gazetteer knows the city: "Analysis:" or "Nigeria:" open headlines
_TITLED_COLON = regex.compile(
    r"(?P<place>[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){0,2})(?P<sep>[ ]*:|[ ]+[–—](?=[ ]))(?=[ ]+\S)"
)  # (or a dash: "Washington – Defense Secretary Ash Carter said ...")


# a known city in capitals alone on its line, under the title: "OUAGADOUGOU"
_CAPS_ALONE = regex.compile(
    r"[ ]*(?P<place>[A-Z][A-Z'’.\-]*[A-Z](?:[ ]+[A-Z][A-Z'’.\-]*[A-Z]){0,2})[ ]*"
)


def _match_dateline(
    text: str, ln: Line, layout: Layout, is_city: Callable[[str], bool] | None = None
) -> _Dateline | None:
    caps, titled, dated = _dateline_patterns(layout)
    stop = min(ln.end, ln.start + 220)
    for pat in (caps, titled, _TITLED_COLON, dated):
        if pat in (_TITLED_COLON, dated) and is_city is None:
            continue
        m = pat.match(text, ln.start, stop)
        if not m:
            continue
        place = m.group("place")
        if pat in (_TITLED_COLON, dated) and not (is_city is not None and is_city(place)):
            continue
        if place.split()[0].strip(".") in layout.not_places or sum(c.isalpha() for c in place) < 3:
            continue
        paren = (
            (m.start("paren"), m.end("paren"))
            if "paren" in m.re.groupindex and m.group("paren")
            else None
        )
        return _Dateline((m.start("place"), m.end("place")), m.end("sep"), paren)
    alone = _CAPS_ALONE.fullmatch(text, ln.start, ln.end) if is_city is not None else None
    if alone is not None and is_city is not None and is_city(alone["place"]):
        return _Dateline(alone.span("place"), ln.end, None)  # "OUAGADOUGOU" on its own line
    return None


# ------------------------------------------------------------------ classification
def _furniture(t: str, pattern: regex.Pattern[str]) -> bool:
    return len(t) <= _MAX_FURNITURE and pattern.search(t) is not None


def _navigation(t: str, layout: Layout) -> bool:
    if len(t) > 200:
        return False
    words = t.lower().split()
    return len(words) >= 2 and all(w in layout.navigation_words for w in words)


def _sidebar_marker(t: str, layout: Layout) -> bool:
    if len(t) > 40:
        return False
    key = " ".join(_PUNCT.sub(" ", t.lower()).split())
    return key in layout.sidebar_markers


class _Builder:
    """Accumulates segments and header fields while lines are read."""

    def __init__(
        self, text: str, layout: Layout, is_city: Callable[[str], bool] | None = None
    ) -> None:
        self.text = text
        self.layout = layout
        self.is_city = is_city
        self.out = Structure()

    def add(self, kind: SegmentKind, start: int, end: int) -> None:
        if start < end:
            self.out.segments.append(
                Segment.model_construct(kind=kind, span=Span.of(self.text, start, end))
            )

    def printed(self, d: DateMatch, source: str) -> None:
        if self.out.printed_date is None:
            self.out.printed_date = PrintedDate.model_validate(
                {"date": d.date, "span": Span.of(self.text, d.start, d.end), "source": source}
            )

    def dateline(self, ln: Line, dl: _Dateline) -> Line | None:
        """Record a dateline; return the rest of its line, if any."""
        text = self.text
        self.add("dateline", ln.start, dl.end)
        self.out.dateline = text[dl.place[0] : dl.place[1]]
        self.out.dateline_span = Span.of(text, *dl.place)
        if dl.paren:
            a, b = dl.paren
            inner = text[a:b]
            dates = list(iter_absolute_dates(text, a, b, self.layout))
            if dates:
                self.printed(dates[0], "dateline")
                inner = text[a : dates[0].start] + " " + text[dates[0].end : b]
            pieces = [p.strip(" -–—/|,:;\u00a0") for p in inner.split(" / ")]
            kept = [p for p in pieces if p and p.lower() not in self.layout.agencies_lower]
            outlet = " / ".join(kept) if len(kept) < len(pieces) and kept else inner
            outlet = outlet.strip(" -–—/|,:;\u00a0")
            if outlet and self.out.outlet is None:  # "(Pakistan Point News / Sputnik - ...)":
                # the site, which credits the agency after a slash
                self.out.outlet = " ".join(outlet.split())
        return _rest(text, ln, dl.end)


# an outlet's credit before a slash, opening the first paragraph: "Shafaq News/ On Friday"
_OUTLET_CREDIT = regex.compile(
    r"(?P<outlet>\p{Lu}[\p{L}&.]*(?:[ ]\p{Lu}[\p{L}&.]*){0,3})[ ]?/[ ]+(?=[\p{Lu}\"“])"
)


def _is_outlet(name: str, layout: Layout) -> bool:
    """An agency of the layout rules, or a name whose last word is a desk word ("News")."""
    return name.lower() in layout.agencies_lower or name.split()[-1].lower() in layout.desk_words


def _rest(text: str, ln: Line, cut: int) -> Line | None:
    tail = text[cut : ln.end]
    stripped = tail.lstrip(_SPACE)
    if not stripped:
        return None
    return Line(cut + len(tail) - len(stripped), ln.end, False)


def _read_header(b: _Builder, lines: list[Line]) -> tuple[int, Line | None]:
    """Label header lines; return the index of the first body line (and a rest-of-line)."""
    text, lay = b.text, b.layout
    byline_seen = False
    i = 0
    pending: Line | None = None
    while (i < len(lines) or pending is not None) and i < _MAX_HEADER_LINES:
        from_pending = pending is not None
        if pending is not None:
            ln = pending
        else:
            ln = lines[i]
            i += 1
        pending = None
        t = text[ln.start : ln.end]
        if _BULLET_ONLY.fullmatch(t):  # "-", "- 2 Hours ago": a site's list furniture
            b.add("boilerplate", ln.start, ln.end)
            continue
        bullet = _BULLET.match(t)  # "- Web Desk": read without its bullet, labelled whole
        pl = Line(ln.start + bullet.end(), ln.end, ln.blank_before) if bullet else ln
        stamp = _date_stamp(text, ln, lay)
        if stamp and _rest(text, ln, stamp[0]) is not None:
            b.add("date_stamp", ln.start, stamp[0])
            b.printed(stamp[1], "date_stamp")
            pending = _rest(text, ln, stamp[0])
            continue
        end_date = (
            _last_date_at_end(text, pl.start, pl.end, lay) if pl.end - pl.start <= 160 else None
        )
        d = _date_line(text, pl, end_date)
        if d:
            b.add("date_line", ln.start, ln.end)
            b.printed(d, "date_line")
            continue
        if _DOMAIN.fullmatch(t.strip()):  # "UrduPoint.com" after a date stamp: the outlet
            b.add("byline", ln.start, ln.end)
            if b.out.outlet is None:
                b.out.outlet = t.strip()
            continue
        by = _parse_byline(text, pl, lay, end_date)
        if by:
            b.add("byline", ln.start, ln.end)
            byline_seen = True
            b.out.authors.extend(
                Author(name=name, span=Span.of(text, s, e)) for name, s, e in by.authors
            )
            if by.desk and b.out.desk is None:
                b.out.desk = by.desk
            if by.date:
                b.printed(by.date, "byline")
            continue
        if _furniture(t, lay.caption_re):
            b.add("caption", ln.start, ln.end)
            continue
        if _furniture(t, lay.boilerplate_re):
            b.add("boilerplate", ln.start, ln.end)
            continue
        if b.out.title is None and not byline_seen and _navigation(t, lay):
            b.add("navigation", ln.start, ln.end)
            continue
        dl = _match_dateline(text, ln, lay, b.is_city if b.out.title is not None else None)
        if dl:
            return i, b.dateline(ln, dl)
        credit = _OUTLET_CREDIT.match(text, ln.start, min(ln.end, ln.start + 60))
        if credit is not None and b.out.title is not None and _is_outlet(credit["outlet"], lay):
            b.add("byline", ln.start, credit.end())  # "Shafaq News/ On Friday, ...": the
            if b.out.outlet is None:  # outlet's credit opens the first paragraph
                b.out.outlet = credit["outlet"]
            return i, _rest(text, ln, credit.end())
        nxt = lines[i] if i < len(lines) else None
        wrapped = (
            nxt is not None
            and not nxt.blank_before
            and (text[nxt.start].islower() or _cut_short(t))
        )
        first = b.out.title is None and not b.out.segments
        if first and nxt is not None and nxt.blank_before and _period_headline(t, lay):
            b.out.title = t  # "Bellwether County Says Trump Should Win GOP Nomination."
            b.add("title", ln.start, ln.end)
            continue
        if (
            not wrapped
            and (not byline_seen or (b.out.title is None and not b.out.authors))
            and _headline_like(t, lay)
        ):  # (a desk's byline, "Web Desk", may stand above the headline)
            if b.out.title is None:
                b.out.title = t
                b.add("title", ln.start, ln.end)
                continue
            if len([s for s in b.out.segments if s.kind == "subtitle"]) < 3:
                if b.out.subtitle is None:
                    b.out.subtitle = t
                b.add("subtitle", ln.start, ln.end)
                continue
        if byline_seen and not wrapped and not _ends_terminal(t) and len(t) <= 500:
            if len(_words(t)) >= 12 and ln.end < len(text):
                # a lead that lost its period ("... has said in an interview with Sputnik"):
                # a standfirst when the body repeats it, else the body's first paragraph
                # (a photo's caption sits just above the dateline: "... Dialogue\nISLAMABAD:")
                if text.find(t[:60], ln.end, ln.end + 2000) >= 0:
                    b.add("subtitle", ln.start, ln.end)
                    if b.out.subtitle is None:
                        b.out.subtitle = t
                    continue
                if nxt is None or not _match_dateline(text, nxt, lay, b.is_city):
                    return (i, ln) if from_pending else (i - 1, None)
            b.add("caption", ln.start, ln.end)
            continue
        return (i, ln) if from_pending else (i - 1, None)
    return i, None


# a standfirst or a date line may stand between the headline and the dateline's paragraph
_EARLY_LINES = 3


def _read_body(b: _Builder, lines: list[Line]) -> None:
    text, lay = b.text, b.layout
    paragraphs: list[list[Line]] = []
    kinds: list[SegmentKind] = []
    tail = False
    first = b.out.dateline is None

    def close(kind: SegmentKind, ln: Line) -> None:
        paragraphs.append([ln])
        kinds.append(kind)

    for n, ln in enumerate(lines):
        t = text[ln.start : ln.end]
        if n < _EARLY_LINES and b.out.printed_date is None and len(t) <= 80:
            end_date = _last_date_at_end(text, ln.start, ln.end, lay)
            d = _date_line(text, ln, end_date)
            if d:  # "Thu, 09 May 2024" under a standfirst: the article's date
                b.add("date_line", ln.start, ln.end)
                b.printed(d, "date_line")
                continue
        if first or (n < _EARLY_LINES and b.out.dateline is None):
            dl = _match_dateline(text, ln, lay, b.is_city if b.out.title is not None else None)
            if dl:
                first = False
                rest = b.dateline(ln, dl)
                if rest is not None:
                    close("body", rest)
                continue
            # short unterminated lines before the lead ("2011-05-S-104"): look further
            first = len(t) <= 80 and len(_words(t)) <= 10 and not _ends_terminal(t)
        if tail:
            close("boilerplate" if _furniture(t, lay.boilerplate_re) else "sidebar", ln)
            continue
        if _furniture(t, lay.boilerplate_re):
            close("boilerplate", ln)
            tail = tail or _sidebar_marker(t, lay)
            continue
        if _sidebar_marker(t, lay):
            close("sidebar", ln)
            tail = True
            continue
        if _furniture(t, lay.caption_re):
            close("caption", ln)
            continue
        if kinds and kinds[-1] == "body" and paragraphs[-1] and not ln.blank_before:
            prev = paragraphs[-1][-1]
            pt = text[prev.start : prev.end]
            hard_wrap = (
                t[0].islower()
                or (
                    len(pt) >= 60
                    and not _ends_terminal(pt)
                    and (pt[-1].isalnum() or pt[-1] in ",-")
                )
                or _cut_short(pt)
            )
            if hard_wrap:
                paragraphs[-1].append(ln)
                continue
        close("body", ln)
    body_idx = [k for k, kind in enumerate(kinds) if kind == "body"]
    for pos, k in enumerate(body_idx):
        para = paragraphs[k]
        t = text[para[0].start : para[-1].end]
        if (
            len(para) == 1
            and pos + 1 < len(body_idx)
            and len(_words(t)) <= 10
            and len(t) <= 80
            and not _ends_terminal(t)
            and not t[0].islower()
        ):
            kinds[k] = "heading"
    for para, kind in zip(paragraphs, kinds, strict=True):
        start, end = para[0].start, para[-1].end
        b.add(kind, start, end)
        if kind == "body":
            b.out.sentences.extend(
                Span.of(text, s, e) for s, e in split_sentences(text, start, end, lay)
            )


def find_segments(
    text: str, layout: Layout | None = None, is_city: Callable[[str], bool] | None = None
) -> Structure:
    """Label every non-blank stretch of ``text`` with its layout role. ``is_city`` tells
    whether a title-case word before a colon under the title is a city ("Lagos:"), which
    makes it a dateline; without it only capitals and agency credits do.

    >>> s = find_segments("Talks resume in Doha\\n\\nBy Jane Roe\\n\\nDOHA: Talks resumed.")
    >>> s.title, [a.name for a in s.authors], s.dateline, [x.kind for x in s.segments]
    ('Talks resume in Doha', ['Jane Roe'], 'DOHA', ['title', 'byline', 'dateline', 'body'])
    """
    lay = layout or default_layout()
    b = _Builder(text, lay, is_city)
    lines = split_lines(text)
    first_body, rest = _read_header(b, lines)
    body_lines = lines[first_body:]
    if rest is not None:
        body_lines = [rest, *lines[first_body:]]
    _read_body(b, body_lines)
    b.out.segments.sort(key=lambda s: s.span.start)
    return b.out
