"""Stage 3, statements: who said what — direct, indirect and mixed quotations.

Direct quotes come from quote marks paired by their shape, not by counting: a mark after a
space and before a word opens, one after a word or punctuation and before a space or
punctuation closes, for straight and curly marks alike (texts print “ as a closing mark
too). A mark that fits neither, or a second opening mark before a close, is stray and is
skipped, so an unbalanced mark never swallows the rest of the article (textacy #379). A
quote still open at the end of a paragraph continues into the next paragraph when that
one opens with a quote mark; otherwise it ends there and an ``unbalanced_quote``
diagnostic is recorded.

A direct quote's speaker comes from the attribution after it (``"...," NAME said``,
``"..." said NAME``, ``"...", read a statement issued by ORG``) or before it (``NAME said:
"..."``, ``NAME said that "..."``, ``He added, "..."``). A quote with neither belongs to
the speaker of the next attribution in its paragraph, across a sentence end ("He pointed
out that ..."), else to the person a narrative sentence just before it is about, else to
the last speaker of this or the previous paragraph.

Indirect speech is a clause around a reporting verb of the rules' ``cues``:
``NAME said (that) CLAUSE``, ``CLAUSE, NAME added``, the parenthetical ``X, he said, was
...``, ``according to NAME, CLAUSE`` and ``NAME, when asked about X, stated that ...``.
An indirect clause that embeds a quoted fragment is ``mixed``. After "told" the object
is the one told ("told AFP the attackers had fled"), never the speaker.

Speakers resolve through the entity layer: a name or alias, a pronoun (``resolve_pronoun``),
a role noun ("the spokesperson": ``resolve_role``), a document ("a statement issued by
the Foreign Office", "the post" → its issuer), or an unnamed source ("a senior police
official") kept with ``name: null`` and its words in ``description``. A subject the entity
layer does not know still speaks (``bare_np``): a proper name by its words ("DuVernay"),
a determined noun phrase as an unnamed source ("The campaign", "said a man who lives
nearby"). Typewriter quotes (``''...''``) are read as quotation marks through a copy of the
text with the same offsets; spans are read back from the input. A quote signed with a dash
("” ― Name") is its signer's; headlines and standfirsts that report are statements too. A
transcript's turns ("WALLACE: If I may, ...") belong to the person of the article whose
surname the capitalised label is; a quotation opening the paragraph after one that ends
"NAME said:" is NAME's.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from . import _regex as rx
from .context import entity_ref
from .entities import _CONTRACTED, EntityIndex, _people, _people_of
from .lexicon import default_layout
from .models import Diagnostic, EntityRef, Span, Statement, TimeExpression
from .rules.loader import Rules, current_rules

__all__ = ["extract_statements"]

_OPEN_DQ = '"“„«'
_CLOSE_DQ = '"”»“'
_QUOTE_CHARS = set(_OPEN_DQ + _CLOSE_DQ)
_WORDCHAR = regex.compile(r"[\p{L}\p{N}]")
_DOC_NOUNS = (
    "statement",
    "post",
    "handout",
    "communique",
    "communiqué",
    "press release",
    "report",
    "tweet",
    "message",
    "notification",
    "letter",
    "announcement",
    "readout",
    "release",
)
_UNNAMED_HEADS = regex.compile(
    r"(?i)\b(?:official|officials|source|sources|spokesman|spokeswoman|spokesperson|expert|"
    r"experts|analyst|analysts|witness|witnesses|residents?|diplomats?|observers?|police|"
    r"officer|officers|authorities|people|commander|aide|aides|lawmakers?|media|reports?|"
    r"statement|government|ministry|military|army|agency|agencies|group|critics?|supporters?|"
    r"opponents?|activists?|voters?|delegates?|protesters?|demonstrators?|economists?|"
    r"scholars?|researchers?|scientists?|doctors?|leaders?|legislators?|senators?|ministers?|"
    r"medics|paramedics|rescuers|survivors?|villagers|elders|relatives|soldiers?|fighters?|"
    r"guards?|members?|militants?|commanders)\b"
)
# the head of a noun phrase before its first preposition: "officials from both parties"
_HEAD_BEFORE_PP = regex.compile(
    r"(.+?)\s(?:of|from|in|at|for|with|on|across|around|close\s+to|familiar\s+with|"
    r"involved\s+in|privy\s+to|briefed\s+on)\s"
)  # "officials from both parties", "sources close to her campaign": the head before


@dataclass(frozen=True)
class _Quote:
    open: int  # offset of the opening mark
    close: int  # offset of the closing mark (or the paragraph end when unclosed)
    para: int
    closed: bool


def _cue_pattern() -> regex.Pattern[str]:
    """Reporting verbs in lower case (a capitalised "State" or "Says" is a name or a
    headline word), and "According to" at a sentence start."""
    return _cue_pattern_of(current_rules())


@lru_cache(maxsize=8)
def _cue_pattern_of(rules: Rules) -> regex.Pattern[str]:
    forms = sorted(_people_of(rules).cue_lemma, key=len, reverse=True)
    alt = "|".join(regex.escape(f).replace(r"\ ", r"\s+") for f in forms)
    return regex.compile(rf"(?<![\w'’-])(?:{alt}|According\s+to)(?![\w'’-])")


def _shape(text: str, i: int) -> str | None:
    """ "open", "close" or None for the quote mark at ``i``, from its neighbours."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    word_before = bool(_WORDCHAR.match(before)) or before in ".,!?;:…’'-—)"
    word_after = bool(_WORDCHAR.match(after)) or after in "‘'(…$£€[-—" or after in _OPEN_DQ
    space_before = before.isspace() or before in "([{—–-:" or i == 0
    space_after = after.isspace() or after in ".,;:!?)]}…—–-" or i + 1 >= len(text)
    ch = text[i]
    if space_before and word_after and not (ch == "”" and not space_before):
        return "open"
    if word_before and space_after:
        return "close"
    if ch in "“„«" and word_after:
        return "open"
    if ch in "”»" and word_before:
        return "close"
    return None


def find_quotes(
    text: str, paragraphs: Sequence[tuple[int, int]]
) -> tuple[list[_Quote], list[Diagnostic]]:
    """Direct quotations paired by mark shape, continued across paragraphs."""
    quotes: list[_Quote] = []
    diags: list[Diagnostic] = []
    open_at: int | None = None
    for p, (a, b) in enumerate(paragraphs):
        marks = [i for i in range(a, b) if text[i] in _QUOTE_CHARS]
        if open_at is not None:
            # a quote left open in the previous paragraph
            if marks and marks[0] == a and _shape(text, a) == "open":
                quotes.append(_Quote(open_at, paragraphs[p - 1][1], p - 1, False))
                open_at = None  # continues: the new paragraph opens its own quote
            elif marks and marks[0] == a and _shape(text, a) == "close":
                quotes.append(_Quote(open_at, paragraphs[p - 1][1], p - 1, True))
                open_at = None
                marks = marks[1:]
            else:
                quotes.append(_Quote(open_at, paragraphs[p - 1][1], p - 1, False))
                diags.append(
                    Diagnostic(
                        code="unbalanced_quote",
                        message="a quotation opened here is not closed in its paragraph",
                        span=Span.of(text, open_at, open_at + 1),
                    )
                )
                open_at = None
        for i in marks:
            shape = _shape(text, i)
            if shape == "open":
                open_at = i  # a second opening mark: the first was stray
            elif shape == "close" and open_at is not None:
                if i - open_at > 1:
                    quotes.append(_Quote(open_at, i, p, True))
                open_at = None
        if open_at is not None and p == len(paragraphs) - 1:
            quotes.append(_Quote(open_at, b, p, False))
            diags.append(
                Diagnostic(
                    code="unbalanced_quote",
                    message="a quotation opened here is not closed before the text ends",
                    span=Span.of(text, open_at, open_at + 1),
                )
            )
            open_at = None
    return quotes, diags


def _content_bounds(text: str, q: _Quote) -> tuple[int, int]:
    s, e = q.open + 1, q.close
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;"):
        e -= 1
    return s, e


# ------------------------------------------------------------------ speakers
@dataclass(frozen=True)
class _Speaker:
    ref: EntityRef | None
    start: int
    end: int


# Heads of a speaker phrase that speak for an organisation named in it ("a State Department
# spokesperson", "the Foreign Office statement"), unlike those that do not ("a US expert").
_REPRESENTS = regex.compile(
    r"(?i)\b(?:spokesperson|spokesman|spokeswoman|spokespersons|statement|handout|"
    r"communiqu[eé]|press\s+release|post|readout|ministry|office|department|embassy|"
    r"government|authorities|military|army|police|forces)\s*$"
)
_DESCRIPTORS: dict[str, tuple[str, ...]] = {
    "armed_group": (
        "militant group",
        "terror group",
        "armed group",
        "militants",
        "group",
        "outfit",
        "insurgents",
        "rebels",
        "terrorist group",
        "jihadist group",
    ),
    "organization": (
        "think tank",
        "institute",
        "network",
        "organisation",
        "organization",
        "body",
        "database",
        "report",
        "data",
        "centre",
        "center",
        "portal",
        "agency",
    ),
    "government": (
        "ministry",
        "department",
        "government",
        "office",
        "embassy",
        "army",
        "military",
        "authorities",
        "administration",
        "police",
        "fo",
    ),
}
_SUBJECT_SKIP = regex.compile(
    r"(?i)(?:when|while|after|before|asked|in\s+response|during|speaking|replying|responding|"
    r"refraining|however|meanwhile|similarly|but|and|earlier|later|also|previously|in|on|at|"
    r"separately|still|yet|instead|moreover|furthermore|further|indeed|notably|specifically|"
    r"against|amid|despite|since|for|with|without|under|over|of\s+course|too|though|likewise|"
    r"nonetheless|nevertheless|certainly|clearly|although|because|whereas)\b"
)
# a sentence that opens with a subordinate clause: "While Ramos said that X, he appears ..."
_SUBORDINATE_OPENING = regex.compile(
    r"\s*(?:[\"“”‘’']\s*)?(?:While|Although|Though|Even\s+though|Because|Whereas|If|Since|"
    r"When|After|Before|Once|Unless)\s"
)
# the main clause after it: ", he appears", ", no date was set", ", Trump has"
_MAIN_CLAUSE = regex.compile(
    r",\s+(?:he|she|they|it|we|i|there|no|the|this|that|his|her|their|its|our|\p{Lu}[\w’'.-]*)"
    r"(?:\s+[\w’'.-]+){0,5}?\s+(?:\p{Ll}{2,}s|\p{Ll}{2,}ed|is|are|was|were|has|have|had|will|"
    r"would|could|can|should|may|might|must|did|does|do)\b"
)
_QUOTE_OR_COLON = regex.compile(r"[\"“”;:]")
_PRONOUN = regex.compile(r"(he|she|it|they|we|i)")
# an object pronoun standing for its subject form where a source is named by one:
# "according to him", "according to them"
_OBJECT_PRONOUN = regex.compile(r"(him|her|them|us|me)")
_SUBJECT_OF = {"him": "he", "her": "she", "them": "they", "us": "we", "me": "i"}
_DEFINITE = regex.compile(r"(?:the|this|that|its)\b")
_DETERMINED = regex.compile(r"(?:the|a|an|its|this|that|[\w-]+['’]s)\b")
_DEFINITE_NOUN = regex.compile(r"(?:the|this|that|its)\s+(.+)")
_NEXT_CHAR = regex.compile(r"\s*(\S)")
_LAST_WORD = regex.compile(r"([\w'’]+)$")
_COMMA = regex.compile(r"(?<!\d),\s*|,(?!\d{3}(?!\d))\s*")  # not "1,409"
_PREV_WORD = regex.compile(r"([\w'’]+)\s+$")
_PREV_TWO_WORDS = regex.compile(r"([\w'’]+)\s+([\w'’]+)\s+$")
# capitalised labels of page furniture, never a transcript's speaker
_NOT_SPEAKER_LABELS = frozenset(
    {
        "UPDATE", "UPDATED", "WATCH", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "BREAKING",
        "PHOTO", "PHOTOS", "VIDEO", "READ", "READ MORE", "ALSO READ", "MORE", "CORRECTION",
        "CLARIFICATION", "EXCLUSIVE", "LIVE", "QUESTION", "ANSWER", "SOURCE", "SOURCES",
        "RELATED", "WARNING", "DISCLAIMER", "TRANSCRIPT", "CREDIT", "FILE",
    }
)  # fmt: skip
# a transcript's speaker label: "WALLACE:", "MR. PENCE:" (capitals, then a colon)
_TRANSCRIPT_LABEL = regex.compile(
    r"[\"“]?\s*(?P<label>(?:\p{Lu}{1,4}\.\s+)?\p{Lu}[\p{Lu}'’-]{2,}(?:\s+\p{Lu}[\p{Lu}'’-]{2,})?)"
    r":\s+(?=\S)"
)
_LINE_LABEL = regex.compile(r"(?m)^" + _TRANSCRIPT_LABEL.pattern)
# the one told, named: "told The Huffington Post", "told CNN on Monday"
# a name of one to five capitalised words, "The" before it allowed: "The Huffington Post"
_NAME_WORDS = r"(?:[Tt]he\s+)?\p{Lu}[\w.’'&-]*(?:\s+\p{Lu}[\w.’'&-]*){0,4}"
_NAME_ONLY = regex.compile(_NAME_WORDS)
_CONJ_AFTER = regex.compile(r"\s*,\s*(?:and|but|while)\s")
_TOLD_NAMED = regex.compile(
    _NAME_WORDS + r"(?=\s*(?:[.;!?]|$|,?\s+(?:on|in|"
    r"at|during|after|\w+day|yesterday|today|last|this|late|early)\b|,\s+(?:as|while|when|amid|"
    r"before|\p{Ll}{2,}ing|to\s+\p{Ll}+)\b))"
)
_TOLD_ONLY = regex.compile(
    r"\s*(?:" + _TOLD_NAMED.pattern + r"|reporters|journalists|him|her|them|us|me)"
    r"(?:\s+(?:on|in|at|during|by)(?:\s+(?:a|an|the|phone|telephone|interview|statement|"
    r"briefing|news|conference|press|video|call|\p{Lu}[\w.’'-]*))+|\s+\w+day)*\s*(?:[.;!?]|$)"
)
# verbs that put their speaker after them in news prose: '"...," said Smith'
_INVERTING = frozenset(
    {"say", "add", "ask", "write", "continue", "explain", "note", "recall", "reply", "respond",
     "insist", "argue", "warn", "quip", "joke", "declare", "exclaim", "observe", "remark",
     "shout", "tweet", "post", "concede", "counter", "wonder", "clarify", "stress",
     "emphasize", "reiterate", "state", "maintain", "assert", "affirm", "underline"}
)  # fmt: skip
# the one told, before what was told: "told AFP", "told reporters on Monday", "told him"
_TOLD_WHOM = regex.compile(
    r"\s+(?:(?:(?:his|her|their|its|our|the|\p{Lu}[\w.-]*)\s+)?(?:\p{Ll}[\w-]*\s+)?\p{Ll}{3,}s"
    r"(?=\s+(?:in|at|on|during|that|\w+day)\b)|"  # "told city leaders that", "FBI agents"
    + _NAME_WORDS
    + r"|reporters|journalists|"
    r"him|her|them|us|me|(?:the\s+)?(?:police|investigators|prosecutors|officials|media|press)|"
    r"the\s+(?:\w+\s+(?:agency|newspaper|channel)))"
    r"(?:\s+(?:on|in|at|by)\s+(?:\p{Lu}\w*|phone|telephone)(?:\s+\p{Lu}\w*)?)?\s*,?\s*(?:that\s+)?"
)


@lru_cache(maxsize=1)
def _agency_told() -> regex.Pattern[str]:
    """A news agency as the one told, ending before the name that opens the clause: "told
    Reuters Israel would not join" (not "told Reuters Israel")."""
    names = sorted(
        (a for a in default_layout().agencies if a != "Online"), key=len, reverse=True
    )  # ("Online" is a word before it is an agency)
    alternation = "|".join(regex.escape(a) for a in names)
    return regex.compile(
        rf"\s+(?:the\s+)?(?:{alternation})(?=\s+\p{{Lu}}[\p{{L}}'’-]+\s+\p{{Ll}})\s*"
    )


# verbs whose object is the one spoken to: "told The Post" never names the speaker
_ADDRESSEE_VERBS = frozenset({"tell", "inform", "assure", "remind", "brief"})
# verbs whose object is spoken to before what was said: "warned voters that"
_ADDRESSEE_OR_URGING_VERBS = _ADDRESSEE_VERBS | {"warn", "urge", "promise"}
_THAT_OR_QUOTE_AFTER = regex.compile(r"\s+(?:that\b|[\"“])|:(?:\s|$)")
# "paid a courtesy call on the president": a visit, the noun "call"
_PAY_A_CALL = regex.compile(
    r"(?i)\bpa(?:y|ys|id|ying)\s+an?\s+(?:[\w-]+\s+){0,2}$"
)  # a visit; "made a call for an end to X" is words
# what follows "responded to the attack" when the response was words: "by saying that"
_RESPONSE_VERBS = frozenset({"respond", "reply", "react"})
# what one answers with words: "responded to requests for comment", "to the criticism"
_WORDS_ANSWERED = regex.compile(
    r"(?i)to\s+(?:[\w'’-]+\s+){0,3}?(?:requests?|questions?|inquiries|queries|query|"
    r"criticism|critics|calls|comments?|remarks|allegations|claims|accusations|reports?|"
    r"letters?|statements?|messages?|tweets?|posts?|emails?|speech|charges|concerns|"
    r"interjection|invitation)\b"
)
_WORDS_IN_RESPONSE = regex.compile(
    r"(?i)\b(?:that|saying|noting|arguing|writing|telling|calling|accusing)\b|[:\"“]"
)
_COMMA_AFTER = regex.compile(r"(?:\s+(?:him|her|them|us|me|reporters))?\s*,")  # ", he told them,"
# "X, the army said, adding that Y", "X, a source told AFP, leaving four dead": a participle
# after the cue's comma opens a clause of its own; the report is the clause before
_PARTICIPLE_NEXT = regex.compile(
    r"(?:\s+(?:him|her|them|us|me|reporters))?\s*,\s*(?P<ing>(?!according\b)\p{Ll}{2,}ing)\b"
)  # (", according to a Reuters report" names who told it, a source of the same report)


def _participle_next(text: str, pos: int = 0) -> bool:
    """Whether a participle clause follows the cue at ``pos``: "..., adding that Y",
    "..., leaving four dead"; not a gerund subject ("..., replacing Clinton would be ...")."""
    m = _PARTICIPLE_NEXT.match(text, pos)
    if m is None:
        return False
    return m["ing"] in _people().cue_lemma or not _FINITE_SOON.match(text, m.end())


_PASSIVE_BEFORE = regex.compile(
    r"(?i)\b(?:when|if|once|was|were|been|being|is|are)\s+"
    r"(?:(?:\w+ly|first|also|often|long|now|already|still|never|even|sometimes)\s+){0,2}$"
)
# "a view echoed by", "first reported by", "reported from Midway": no report of the verb's own
_PASSIVE_OR_PLACE_AFTER = regex.compile(r"\s+(?:by(?!\s+\w+ing\b)|from)\b")
_STATES_NOUN_AFTER = regex.compile(
    r"\s+(?:could|would|will|can|may|might|should|must|are|were|have|had|do|did|that\s+have)\b"
)
_THAT_COLON_OR_QUOTE = regex.compile(r"(?:\s+(?:\w+ly\s+)?that\b|\s*:|\s+[\"“])")
# capitalised title words between a country and a person: "U.S. President Donald Trump"
_TITLE_GAP = regex.compile(r"(?:\s+(?:\p{Lu}[\w.’'-]*|of|for|and))*\s+")
# a proper name opening a sentence before its verb: "Trump gave ..."
_OPENING_NAME = regex.compile(
    r"(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})\s+(?:\w+ly\s+)?"
    r"(?!(?:the|a|an|this|that|these|those|his|her|its|their|our|and|or|of|in|on|at)\b)\p{Ll}+\b"
)
# a pronoun opening a sentence as its subject: "He categorically rejected ..."
_OPENING_DESCRIPTION = regex.compile(  # "The minister condemned", "The ministry's spokesman has"
    r"((?:The|A|An)\s+(?:[\w’'-]+\s+){0,4}?\p{L}[\w-]+)\s+(?:\w+ly\s+)?"
    r"(?:\p{Ll}+ed|has|had|is|was|\p{Ll}+s)\b"
)
_LEADING_PRONOUN = regex.compile(r"(He|She|They|We|I|It)\s+(?:\w+ly\s+)?\p{Ll}+(?:ed|s)?\b")
# a place or occasion after the verb with no comma, then the clause's pronoun subject
_PP_BEFORE_CLAUSE = regex.compile(
    r"(?:at|in|on|during|after|before|while|from)\s+(?:a|an|the|his|her|its|their)\s+"
    r"[^,.;:\"“”]{1,80}?\s+(?=(?:he|she|they|we|it|there)\s+(?:would|will|was|were|is|are|had|"
    r"has|have|could|should|did|does|do|might|must|may|can|\p{Ll}+ed)\b)"
)
# "said this in a post on Telegram", "said so": what was said is the sentence before
_SAID_THIS = regex.compile(
    r"(?i)(?:this|so|as\s+much)(?:\s+(?:in|on|at|during|via|through|to|after|before|while|"
    r"late|early|earlier|later|yesterday|today)\b[^.;:!?\"“”]{0,120})?[.]?"
)
# a relative or a pronoun subject in the words before a closing "said": a clause
_CLAUSE_IN_SUBJECT = regex.compile(
    r"(?i)\b(?:which|who|whom|whose|that|where|when|while|he|she|they|it|we|i|you|and|or|but)\b"
)
_INVERTED_SPEAKER = regex.compile(
    r"\s+(?P<sp>(?:[^,.;]|(?<=\b(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Gen|Lt|Col|St|Jr|\p{Lu}))\.)"
    r"{2,140}?)\s*(?:[.;]|,\s+(?:a|an|the|who|founder|head|director|chief|president|"
    r"spokesman|spokeswoman|spokesperson|professor|author|chairman)\b|"
    r"(?=,\s*(?:and|but|while)\s)|$)"
)
# a past verb: not an adjective after a determiner ("the retired general"), nor a
# participle before its agent, place or time ("a statement issued by the ISPR")
_PAST_VERB = regex.compile(
    r"(?<!\b(?:the|a|an|his|her|its|their|our|my)\s+)\b(?:[a-z]{3,}ed|took|came|went|gave|"
    r"fell|rose|began|brought|thought|found|kept|sent|spent|held|met|won|lost|ran|saw|made|"
    r"fled|struck|fought|left|stood|became|grew|knew|broke|chose|drove|flew|threw|caught|"
    r"sought|taught|felt|meant|dealt|hid|tore|wore|woke|led)\b"
    r"(?!\s+(?:by|on|in|at|from|to|after|last|earlier|late|online)\b)"
)
_CLAUSE_OPENER = regex.compile(
    r"(?i)(?:that|to|if|whether|how|why|what|of|about|on|in|at|for|with|from)\b"
)
_CLAUSE_AFTER = regex.compile(r"\s*(?:that\b|[^,.;]{3,}|,?\s*[\"“])")
_ASIDE_THEN_VERB = regex.compile(
    r"\s+(?:on|in|at|from|via|to|for)\b[^,.;\"“]{0,80},\s+(?:\w+ly\s+)?(?:said|says|told|"
    r"tells|added|adds|wrote|writes|stated|states|noted|notes)\b"
)
_QUOTED_AS_SAYING = regex.compile(
    r"\s+(?P<sp>[^,.;]{2,80}?)\s+as\s+(?:saying|telling|stating|adding)\s*(?:[.;!?]|$)"
)
_QUOTED_AS = regex.compile(r"(?i)\b(?:quoted|cited)\s+(?P<sp>[^,]{2,80}?)\s+as\s+$")
_WITH_X = regex.compile(r"(?i),?\s*\bwith\s+(?P<sp>[^,]{2,80}?)\s+$")
_COMMA_END = regex.compile(r",\s*$")
_OPTIONAL_THAT = regex.compile(r"\s*(?:that\s+)?")
# a headline's reporting verb, in any case ("Says"); claiming responsibility is no report
_HEADLINE_CUE = (
    r"(?P<cue>(?i:says?|warns?|claims?(?!\s+(?:responsibility|credit)\b)|tells?|urges?|"
    r"insists?|vows?|admits?|predicts?|argues?))"
)
_HEADLINE_AFTER = regex.compile(r"(?P<c>.{8,}?),\s+" + _HEADLINE_CUE + r"\s+(?P<sp>.{2,60})$")
# "US State Department spokesperson says the TTP threat ... could be a threat to the US too"
_HEADLINE_BEFORE = regex.compile(
    r"(?P<sp>[^,:;\"“”]{2,80}?)\s+" + _HEADLINE_CUE + r"\s+"
    r"(?:that\s+)?(?P<c>.{12,})$"
)
# "Trump Could Address Clean Energy, Lindsey Graham Says": the speaker before the cue
_HEADLINE_AFTER_NAMED = regex.compile(
    r"(?P<c>.{8,}?),\s+(?P<sp>[^,:;\"“”]{2,60}?)\s+" + _HEADLINE_CUE + r"\.?$"
)
_HEADLINE_COLON = regex.compile(r"(?P<c>.{8,}?):\s+(?P<sp>[^:]{2,40})$")
_SAID_THEN_COMMA = regex.compile(r"\b(?:said|says|told\s+\S+|added|stated|noted)\s*,\s*$")
# the verb before its speaker at a sentence's start: 'Said Ellis: “...”', "Added the mayor:"
_FRONTED_CUE = regex.compile(
    r"(?:^|(?<=[.!?”\"’]\s{1,3})|(?<=\n))(?P<cue>Said|Says|Added|Adds|Asked|Asks)\s+"
    r"(?P<sp>[^:.;\"“”\n]{2,80}?)\s*:\s*[\"“]?$"
)
# "Sanders: Clinton needs to ...": a short name, a colon, what was said
_HEADLINE_SPEAKER_COLON = regex.compile(r"(?P<sp>[^:,;\"“”‘’]{2,40}?):\s+(?P<c>[^:]{8,})$")
# "Gunmen kill 7 villagers in Adamawa – Police": the source after a dash
_HEADLINE_DASH = regex.compile(r"(?P<c>.{8,}?)\s+[–—]\s+(?P<sp>[^–—:,;]{2,40})$")
# what a place says in a headline is a stance ("China: US must stop ..."); "Nigeria: Gunmen
# kill 7 villagers" is a rubric over a report
_STANCE = regex.compile(
    r"(?i)\b(?:must|will|won't|should|shall|can't|cannot|would|needs?\s+to|we|our|us|"
    r"ready|wants?|rejects?|urges?|warns?|vows?)\b|[\"“”]"
)
_KICKER = regex.compile(
    r"(?i)\b(?:war|crisis|conflict|talks|summit|live|updates?|explained|analysis|election|"
    r"elections|opinion|editorial|exclusive|watch|video|breaking|latest)$"
)
_NO_ONE = regex.compile(r"(?i)\s*(?:no|nobody|none)\b")
_WHO_INSIDE = regex.compile(r"\s(?:who|which)\s+\p{Ll}")
_LABEL_CLAUSE = regex.compile(r"\bto\s+\p{Ll}+")
_FINITE = regex.compile(
    r"\b(?:is|are|was|were|had|has|have|will|would|could|can|should|may|might|must|did|does|"
    r"[a-z]{3,}ed)\b"
)
# the end of an attribution: a sentence end (not the period of "Mr." or "U.S.") or a quote
_ATTRIBUTION_STOP = regex.compile(
    r"(?<!\b(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Gen|Lt|Col|Maj|Capt|St|Jr|Sr|Prof|Rev|No|[A-Z]))"
    r"[.!?;](?=\s)|[\"“”]"
)
_AUXILIARY = regex.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does)\b"
)
_NEGATED_AUXILIARY = regex.compile(r"\b(?:\w+n['’]t|won['’]t|can['’]t)\b")  # "didn't"
_NOT_A_NOUN_PHRASE = regex.compile(
    r"(?:asked|speaking|responding|replying|referring|refraining|when|while|after|before|in|"
    r"on|at|about|during|from|of|for|with|to|that|if|whether|because)\b"
)
_INTRO_WORD = regex.compile(
    r"(?i)(?:(?:and|but|while|whereas|although|though|as|because|since|when|earlier|later|also|"
    r"separately|meanwhile|still|so|yet|in\s+response|in\s+reply|in\s+turn|in\s+return|"
    r"for\s+(?:its|his|her|their)\s+part),?\s+)+"
)
_DASH_SIGNATURE = regex.compile(
    r"[ \t\u00a0]*(?P<dash>[―—–])[ \t\u00a0]*(?P<sp>\p{Lu}[^\n\"“”,;:()]{1,60}?)"
    r"[ \t\u00a0.]*(?=\n|$)"
)
# (the period of an initial or a dotted acronym, "U.S. authorities", ends no source)
_SOURCE_END = regex.compile(r",|(?<!\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Gen|Lt|Col))[.!?;](?=\s|$)")
# an age, a hometown or a state after a name: "Jane Roe, 59, of Ashton, Md., said"
_APPOSITIVE_DETAIL = regex.compile(
    r"\d{1,3}|of\s+\p{Lu}[\p{L}.\s-]{0,40}|\p{Lu}\p{Ll}{0,4}\.|[RDI]-\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?"
)  # "Johnnie Wilson, 59, of Springfield, Va., said", "John Boehner, R-Ohio, said"
# an appositive that describes the name before it
_DESCRIPTION = regex.compile(
    r"(?:(?:also|now|then|formerly|himself|herself|currently|once)\s+)?"
    r"(?:a|an|the|his|her|their|its|who|another|former|senior|chief|director|head|founder|professor|"
    r"president|chairman|chairwoman|spokesman|spokeswoman|spokesperson|executive|editor|"
    r"author|lawyer|attorney|economist|analyst|adviser|advisor|fellow|member|leader|"
    r"associate|assistant|deputy|co-founder|owner|partner|(?i:democrat|republican|independent)"
    r"\s+(?:of|from)\s|(?:one|two|three|some|many|several|each|both|all|none)\s+of\s)\b"
)  # "Revesz, director of the Institute,", "Feinstein, Democrat of California,"
_POSSESSIVE_LED = regex.compile(r"\p{Lu}[\p{L}.-]*['’]s\s")  # "Pyongyang's only ally, ..."
_WHERE = regex.compile(r"(?i)where\s+")
_RELATIVE = regex.compile(
    r"(?i)(?:(?:to|from|in|at|of|for|with|by|through|under)\s+(?:where|which|whom)|who|which|"
    r"whose|whom|where|(?:\w+ly\s+)?\w+ing)\b"
)  # "..., to where the wounded were evacuated, said"
# the rest of an appositive broken by a place's commas: "(a Hollywood, Fla.,) rabbi helping to"
_LOWER_LED = regex.compile(
    r"(?!(?:has|have|had|is|are|was|were|will|would|could|can|should|may|might|must|did|does|"
    r"do|also|then|now|who|which|that|and|but|or|not|like|unlike|as|this|these|those|it|he|"
    r"she|they|we|there|you|his|her|its|their|our|my|people)\b)"
    r"\p{Ll}{3,}(?<!ed|ly)\s+(?!\p{Ll}+(?:ed|s)\b)\p{Ll}"
)
_APPOSITIVE = regex.compile(
    r"(?i)(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:head|chief|leader|"
    r"spokesman|spokesperson|spokeswoman|minister|secretary|official|"
    r"member|adviser|advisor|aide|envoy|ambassador|director|commander)\b"
)
_PREPOSITION_BEFORE = regex.compile(
    r"(?i)\b(?:of|about|on|with|in|to|from|for|at|by|into|against|over|under|between|"
    r"among|amid|despite|toward|towards|via|than|like|as)\s+(?:the\s+|a\s+|an\s+)?$"
)


_SINGULAR_NP = regex.compile(
    r"(?:the|a|an|this|that|its|his|her|their|our)\s+(?:\p{Ll}[\w-]*\s+){0,3}\p{Ll}[\w-]*[^s\W]\s*"
)
_PLURAL_NOUN = regex.compile(r"(?:\p{Ll}[\w-]*\s+){0,3}\p{Ll}[\w-]*[^su\W]s\s*")


def _number_clash(subject: str, verb: str) -> bool:
    """Whether a lower-case subject and a present-tense verb disagree in number, so the
    subject is only the end of a longer, conjoined one ("[shootings and] protests demands",
    "[the talks and] the deal show"). Past tenses and names never clash."""
    lemma = _people().cue_lemma.get(verb.lower())
    if lemma is None or verb.lower().endswith(("ed", "ing")) or verb != verb.lower():
        return False
    if verb == lemma:  # "show": a plural subject
        return bool(_SINGULAR_NP.fullmatch(subject))
    if verb in (lemma + "s", lemma + "es"):  # "demands": a singular one
        return bool(_PLURAL_NOUN.fullmatch(subject)) and not subject.strip().endswith("news")
    return False


def _odd_quotes(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` opens a double quotation it does not close."""
    return sum(1 for c in text[a:b] if c in _QUOTE_CHARS) % 2 == 1


def _word_set(words: str) -> frozenset[str]:
    """A closed class of words written as one space-separated string."""
    return frozenset(words.split())


# capitalised words that open sentences and name no one: "Perhaps would you vote ..."
_SENTENCE_ADVERBS = _word_set(
    "Perhaps However Meanwhile Still Instead Yet Also Then Now Today Yesterday Tomorrow Later "
    "Earlier Indeed Moreover Nonetheless Nevertheless Thus Hence Therefore Finally Overall "
    "Otherwise Separately Similarly Likewise Besides Rather Again Sometimes Often Soon "
    "Recently Last Next First Second Third Maybe Certainly Clearly Obviously Surely Sadly "
    "Fortunately Unfortunately Ultimately Eventually Initially Originally Apparently"
)


# plural nouns and their modifiers that make "state(s)" a noun: "battleground states could"
_STATES_NOUN_BEFORE = _word_set(
    "battleground member swing nation united gulf arab baltic island border neighbouring "
    "neighboring african european other several many key southern northern western eastern "
    "red blue small large sovereign"
)
# words that make a stretch a clause or a fragment, not a subject noun phrase
_CLAUSE_WORDS = _word_set(
    "that which who whom whose if because when while as than but not whether where "
    "how why what also then there here it's it they he she we i you"
)
_EDGE_WORDS = _word_set(
    "of in on at by for with to from about into over under after before during and or "
    "said says say told also only just"
)
# an aside between dashes just before a verb: "Joyce — who practises law — told"
_DASHED_ASIDE_END = regex.compile(
    r"\s*(?:[—–―]|--)\s(?:(?!--)[^—–―]){3,200}?\s(?:[—–―]|--)\s*$"
)  # "Joyce — who is an attorney — told", "Boehner -- who accuses Democrats -- said"
# a name opening a sentence, before its verb or appositive
_LEADING_NAME = regex.compile(r"\p{Lu}[\w.’'-]*(?:\s+\p{Lu}[\w.’'-]*){1,3}(?=,|\s+\p{Ll})")
# a conjunction opening a new clause's subject: ", and human rights groups warned"
_CONJ_LEAD = regex.compile(r"\s*(?:and|but|while|whereas)\s+")
# a conjunction with a subject after it and no comma: "the probe and Democrats accused"
_CONJ_SUBJECT = regex.compile(r"\s(?:and|but|while|whereas)\s+(?=\S+(?:\s+\S+){0,3}\s*$)")
_LOWER_GROUP = regex.compile(r"\s*(?:\p{Ll}[\w-]*\s+){0,3}\p{Ll}{3,}s\s*")
_AUX_JUST_BEFORE = regex.compile(
    r"(?i)\b(?:is|are|was|were|been|be|am)\s+(?:\w+ly\s+|once\s+again\s+|also\s+|still\s+)?$"
)
# a message just before a participle of saying: "a series of tweets early Friday saying"
_DOC_BEFORE_SAYING = regex.compile(
    r"(?i)\b(?:tweets?|statements?|letters?|messages?|posts?|videos?|ads?|emails?|memos?|"
    r"op-eds?|releases?|remarks|speech)\b[^,.;:\"“”]{0,30}$"
)
# a noun of saying closing a clause with a colon before a quotation
_MESSAGE_COLON = regex.compile(
    r"(?i)\b(?P<noun>message|statement|warning|words|slogan|tweet|post|reply|response|answer|"
    r"explanation|promise|pledge|plea|vow|argument|pitch|refrain|retort)\s*:\s*$"
)
_PREV_WORD_AT = regex.compile(r"([\w’'-]+)$")
_THAT_AT_END = regex.compile(r"\bthat\s*$")
_VERB_AFTER_SUBJECT = regex.compile(
    r"\s*(?:\([^()]{1,30}\)\s*)?(?:\w+ly\s+)?(?:\p{Ll}{3,}ed|had|has|was|were|took|made|began|"
    r"gave|said|told|met|held|won|lost|left|sent|launched|issued)\b"
)
_AND_BEFORE = regex.compile(
    r"(?i)\b(?:and|but)\s+(?:also\s+|then\s+|later\s+|(?:on\s+)?\w+day\s+|"
    r"(?:last|this)\s+(?:week|month|year)\s+)?$"
)  # "... and said", "has been critical of Trump but on Tuesday wrote"
_PLACE_KINDS = frozenset({"city", "province", "district", "region", "site", "place"})
# forces a place's name or demonym names: "Nigerian police", "the Kabul police"
_FORCE_HEADS = frozenset({"police", "army", "military", "navy"})
# what names a force "the army" (etc.) may refer back to
_ARMY_NAMES = ("army", "military", "armed forces", "defence forces", "defense forces")
_FORCE_NAMES = {
    "police": ("police",),
    "army": _ARMY_NAMES,
    "military": _ARMY_NAMES,
    "navy": ("navy", "naval"),
}
_LEADING_PREPOSITIONS = _word_set(
    "in on at during after before since until by from with for of into over under amid "
    "despite through throughout within without across among between unlike like "
    # sentence adverbs that open a sentence capitalised: "Overall, the fund predicted"
    "overall still however meanwhile instead yet also now then thus indeed moreover "
    "nevertheless nonetheless separately similarly finally first second third later earlier "
    "today yesterday here there besides otherwise hence"
)
_NAME_JOINERS = _word_set("the of and for de la al el von van")
_BARE_DETERMINERS = _word_set(
    "the a an several many some most all both few two three four five six seven eight "
    "nine ten other these those his her their its"
)
_STOP = regex.compile(r"[.!?;]")
_CONTINUATION = regex.compile(r"(?i)[,;]\s*(?:adding|noting|saying|citing|according|and)\b|[.!?]")
_THAT_OR_QUOTE = regex.compile(r"(?i)\bthat\b|[\"“]")
# a bare plural noun phrase: "Residents of the town", "Developers and supporters in Congress",
# "Protesters marching through the streets"
_BARE_PLURAL = regex.compile(
    r"(?:\p{Lu}[\p{Ll}-]+\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}+s|\p{Lu}\p{Ll}+s)"
    r"(?:\s+and\s+(?:even\s+)?(?:some\s+|other\s+|many\s+)?\p{Ll}+s)?"
    r"(?:\s+(?:of|in|from|at|on)\s+(?:the\s+)?[\w.’'-]+"
    r"(?:\s+[\w.’'-]+){0,2}|\s+\p{Ll}+ing(?:\s+\p{Ll}[\w’'-]*){1,4})?"
)
_ANONYMITY_AFTER = regex.compile(
    r"(?i)\s+(?:not\s+to\s+be\s+(?:named|identified|quoted)|for\s+anonymity|anonymity|"
    r"that\s+(?:his|her|their)\s+names?\s+(?:not\s+)?be)\b"
)
# a share of those polled: "63 percent", "Only 52 percent of registered voters", "Nearly
# eight of 10 voters", "Twenty-four percent", "Two-thirds of Democratic insiders",
# "Three-in-five GOP insiders", "1,409 teachers"
_SHARE_OF_PEOPLE = regex.compile(
    r"(?i)(?:another\s+|an\s+additional\s+)?(?:(?:only|nearly|about|some|almost|just|roughly|"
    r"more\s+than|fewer\s+than|over|under|at\s+least)\s+)?(?:(?:\d+(?:\.\d+)?|\p{L}+(?:-\p{L}+)?)\s*(?:percent|per\s+cent|%)|"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine)(?:\s+(?:of|in|out\s+of)\s+|-in-)"
    r"(?:\d+|three|four|five|six|ten)(?:\s+(?:\p{L}+\s+)?\p{L}+)?|"
    r"(?:one|two|three|four)-(?:thirds?|quarters?|fifths?)|half|a\s+(?:third|quarter|majority)|"
    r"\d{1,3}(?:,\d{3})*\s+(?:\p{Ll}+\s+)?(?:\p{Ll}+s|people))"
    r"(?:\s+of\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,3})?"
)
_PREPOSITION_AFTER = regex.compile(
    r"\s+(?:on|in|by|at|to|from|after|before|online|earlier|late|yesterday|today|last)\b"
)
_ARTICLE_START = regex.compile(r"(?i)(?:the|a|an)\s")
_DOCUMENT_BEFORE = regex.compile(
    r"(?i)\b(?:statement|message|letter|post|video|report|note|tweet|release)\s+$"
)
_ACRONYM = regex.compile(r"\p{Lu}{2,5}")
_WH_AFTER = regex.compile(r"\s+(?:whether|what|why|how|if|who|when)\b")
# a that-less clause: a subject-like opening, then a finite verb within a few words
_CLAUSE_HEAD = regex.compile(
    r"\s+(?:his|her|its|their|the|this|these|those|it|he|she|they|we|there|i)\b"
)
_FINITE_SOON = regex.compile(
    r"(?:\s+[\w’'-]+){0,6}?\s+[\"“]?(?:will|would|is|are|was|were|has|have|had|could|can|"
    r"should|may|might|must)\b"
)
# polls, studies and records as subjects: "Polls show X", "one study found X"
# what a state's possessive still names the state by: "Pakistan's army", "Iran's government"
_INSTITUTION_HEADS = _word_set(
    "army military government ministry police forces office embassy administration cabinet "
    "parliament navy intelligence presidency regime authorities"
)
# sites that issue statements: "the Nasser Hospital said", "according to the university"
_SPEAKING_SITES = _word_set("hospital university college academy museum embassy consulate")
_PP_AFTER = regex.compile(r"\s*,?\s*(?:in|at|near|of|outside)\s")
_EVIDENCE_VERBS = frozenset({"show", "shows", "showed", "shown", "find", "finds", "found"})
_EVIDENCE_NOUN = regex.compile(
    r"(?i)\b(?:polls?|polling|surveys?|study|studies|analysis|analyses|report|data|figures|"
    r"documents|records|research|review|audit|census|findings|statistics|averages?)\b"
)
_NOUN_AFTER_STATE = regex.compile(
    r"\s+(?!(?:that|the|a|an|their|his|her|its|this|these|those|what|how|why|whether|in|on|"
    r"at|to|for|with|as|it|they|he|she|we|our|clearly|publicly|flatly)\b)[a-z][a-z-]*\b"
)
# a second clause after an attribution: ", the agency said in a report, and those ... paid"
_BRACKETED = regex.compile(r"\([^()]{0,60}\)")
_WHO_JUST_BEFORE = regex.compile(
    r"(?i)(?:,\s*|(?<=\p{L})\s+)who\s+(?:\w+ly\s+|also\s+|had\s+|has\s+)?$"
)  # ("X, who confirmed the attack, said", "a soldier who said he saw it said")
_MAIN_VERB_LATER = regex.compile(
    r"[^.;!?]*?(?:,\s*|\s)(?:said|says|told|tells|added|adds|stated|states|explained|noted)\b"
)
_RAISING_NOUN_BEFORE = frozenset(
    {
        "raising",
        "raised",
        "raises",
        "fuelling",
        "fueling",
        "fuelled",
        "fueled",
        "sparking",
        "sparked",
        "dashing",
        "dashed",
        "stoking",
        "stoked",
        "easing",
        "eased",
        "amid",
    }
)
_AND_CLAUSE = regex.compile(
    r",\s*(?:and|but|while)\s+(?=(?:the|a|an|those|these|this|that|it|he|she|they|we|i|"
    r"his|her|its|their|our|my|there|\p{Lu})\b|[\"“])"
)
_SENTENCE_END = regex.compile(r"[.!?][\"”’'»]*\s")
_SUBJECT_STOP = regex.compile(r"[.!?;]|:(?=\s)")
_INNER_PREPOSITION = regex.compile(r"(?i)\s(?:of|in|at|for|from|with|among)\s")
_RELATIVE_IN = regex.compile(r",?\s+(?:who|whose|which|that)\b")
_WHO_IN = regex.compile(r"(?<=\p{L})\s+who\s+(?:said|says|told|saw|witnessed)\b")
_TRAILING_PAREN = regex.compile(r"\s*\([^()]{1,30}\)$")
# "Sen.", "Gov.", "S.E.C.", "R-Ga.", "Jr.": a period that ends no sentence
_ABBREVIATION_END = regex.compile(
    r"(?:\b\p{Lu}\p{Ll}{0,3}|\b\p{Lu}(?:\.\p{Lu})+|\b\p{Lu}-\p{Lu}\p{Ll}{0,4})\.$"
)  # "Sen.", "U.S.", "(R-Ga.)", "(D-Calif.)"
_PERSON = frozenset({"person"})
_GROUPS = frozenset({"organization", "government", "armed_group", "country"})
_BODIES = frozenset({"organization", "armed_group"})


class _Resolver:
    def __init__(
        self, text: str, idx: EntityIndex, sentences: Sequence[tuple[int, int]] = ()
    ) -> None:
        self.text = text
        self.idx = idx
        self.sentences = list(sentences)
        self.sentence_starts = [a for a, _ in self.sentences]
        self.last_speaker: dict[int, _Speaker] = {}  # paragraph -> last speaker
        self.spoke: list[tuple[int, str]] = []  # (position, entity id) of resolved speakers
        self.bare_spoke: list[tuple[int, EntityRef]] = []  # named groups the index lacks
        self.paragraph_starts = [a for a, _ in idx.paragraphs] or [0]
        self.paragraph_start: int = 0
        self.previous_paragraph_start: int = 0
        self._surnames: dict[str, str] | None = None  # SURNAME -> person, for labels
        self._labels: dict[str, int] | None = None  # LABEL -> lines it opens

    def note_speaker(self, pos: int, eid: str) -> None:
        bisect.insort(self.spoke, (pos, eid))

    def recent_speaker(
        self, pos: int, kinds: frozenset[str], lo: int, pronoun: str = ""
    ) -> str | None:
        """The latest resolved speaker of one of ``kinds`` between ``lo`` and ``pos`` (one
        ``pronoun`` may refer to: "she" skips a man)."""
        hit = self._recent_spoke(pos, kinds, lo, pronoun)
        return hit[1] if hit else None

    def _recent_spoke(
        self, pos: int, kinds: frozenset[str], lo: int, pronoun: str = ""
    ) -> tuple[int, str] | None:
        i = bisect.bisect_left(self.spoke, (pos, ""))
        stop = max(0, i - 50)
        while i > stop:
            i -= 1
            p, eid = self.spoke[i]
            if p < lo:
                break
            if self.idx.entity(eid).kind in kinds and self.idx.agrees(eid, pronoun):
                return p, eid
        return None

    def previous_subject(self, pos: int, pronoun: str) -> tuple[int, str] | None:
        """The person who opens the sentence just before the one ``pos`` opens, in the same
        paragraph: "On Sunday, President Putin offered talks. He suggested ..." (the
        layout's sentences, found by bisection)."""
        text = self.text
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        if i < 1 or text[self.sentence_starts[i] : pos].strip():
            return None  # no sentence before, or ``pos`` does not open its sentence
        start, end = self.sentences[i - 1]
        para = self.paragraph_starts
        if bisect.bisect_right(para, start) != bisect.bisect_right(para, pos):
            return None  # the sentence before is another paragraph's
        for m in self.idx.at(start, min(end, start + 90)):
            if self.idx.entity(m.entity).kind != "person" or not self.idx.agrees(m.entity, pronoun):
                continue
            if (
                text[m.end : m.end + 2] in ("'s", "’s")
                or _OPENER_GAP.fullmatch(text, start, m.start) is None
            ):
                return None  # "Putin's spokesman said": the possessor opens no sentence
            return m.start, m.entity
        return None

    def ref(self, eid: str, start: int, end: int) -> EntityRef:
        return entity_ref(self.text, self.idx, eid, start, end)

    def unnamed(self, start: int, end: int) -> _Speaker:
        words = " ".join(self.text[start:end].split())
        return _Speaker(
            EntityRef(name=None, description=words, span=Span.of(self.text, start, end)),
            start,
            end,
        )

    def label(self, start: int, end: int) -> _Speaker | None:
        """The person a transcript's speaker label names ("WALLACE", "MR. PENCE"): the one
        person of the article with that surname, or None."""
        if self._surnames is None:
            by_surname: dict[str, set[str]] = {}
            for key, ent in self.idx.ents.items():
                if ent.kind == "person":
                    by_surname.setdefault(ent.name.split()[-1].upper(), set()).add(key)
            self._surnames = {k: min(v) for k, v in by_surname.items() if len(v) == 1}
        word = self.text[start:end].split()[-1].upper().strip(".")
        found = self._surnames.get(word)
        if found:
            return _Speaker(self.ref(found, start, end), start, end)
        label = self.text[start:end]
        if (
            label.upper() not in _NOT_SPEAKER_LABELS
            and self._not_a_dateline(label)
            and self._label_counts().get(label, 0) >= 2
        ):  # a transcript's recurring label names a speaker the article names no other way
            name = " ".join(w.capitalize() for w in label.split())
            ref = EntityRef(name=name, kind="person", span=Span.of(self.text, start, end))
            return _Speaker(ref, start, end)
        return None

    def _label_counts(self) -> dict[str, int]:
        """How often each capitalised label opens a line of the text, counted in one pass."""
        if self._labels is None:
            counts: dict[str, int] = {}
            for m in _LINE_LABEL.finditer(self.text):
                counts[m["label"]] = counts.get(m["label"], 0) + 1
            self._labels = counts
        return self._labels

    def _not_a_dateline(self, label: str) -> bool:
        """Whether a capitalised label is not a country or a city ("ISLAMABAD:")."""
        hit = self.idx.gaz.lookup(label.title())
        return hit is None or self.idx.gaz.entries[hit[0]].kind not in ("country", "city")

    def phrase(self, start: int, end: int) -> _Speaker | None:
        """The speaker named by the noun phrase ``text[start:end]``, or None when the
        phrase names nobody (a clause, a place, a date)."""
        text = self.text
        while start < end and text[start] in " ,\u00a0—–―-":
            start += 1
        while end > start and text[end - 1] in " ,\u00a0—–―-":
            end -= 1
        if start >= end or end - start > 160:
            return None
        rel = _WHO_IN.search(text, start, end)
        if rel is not None and rel.start() > start:
            end = rel.start()  # "A Taliban soldier who said he saw the blast": the soldier
        words = text[start:end]
        low = " ".join(words.lower().split())
        if len(low.split()) > 12 or _QUOTE_OR_COLON.search(words):
            return None
        if _NOT_A_NOUN_PHRASE.match(low) or _AUXILIARY.search(words):
            return None  # "asked about the visit from Pakistan", "Islamabad is a partner"
        pron = _PRONOUN.fullmatch(low) or _OBJECT_PRONOUN.fullmatch(low)
        if pron:
            word = _SUBJECT_OF.get(pron.group(1), pron.group(1))
            kinds = _PERSON if word in ("he", "she", "i") else _GROUPS
            lo = self.window_start(start)
            spoke = self._recent_spoke(start, kinds, lo, word)
            subject = self.previous_subject(start, word) if word in ("he", "she") else None
            if subject is not None and (spoke is None or spoke[0] < subject[0]):
                spoke = subject  # "Putin offered to resume talks. He suggested ...": the
                # subject told since the last speaker
            eid = (spoke[1] if spoke else None) or self.idx.resolve_pronoun(
                start, word if word in ("he", "she") else "he" if kinds is _PERSON else "it"
            )
            if eid is None and word == "it":  # "The Civil Defense said ... It said": a group
                bare = [r for p, r in self.bare_spoke[-20:] if lo <= p < start]  # the index
                if bare:  # does not know, named by its words
                    ref = bare[-1].model_copy(update={"span": Span.of(self.text, start, end)})
                    return _Speaker(ref, start, end)
            return (
                _Speaker(self.ref(eid, start, end), start, end) if eid else self.unnamed(start, end)
            )
        mentions = self.idx.at(start, end)
        persons = [m for m in mentions if self.idx.entity(m.entity).kind == "person"]
        if persons:
            m = persons[-1]
            return _Speaker(self.ref(m.entity, m.start, m.end), start, end)
        is_doc = any(d in low for d in _DOC_NOUNS)
        if is_doc:
            issuer = self._issuer(start, end, definite=bool(_DEFINITE.match(low)))
            if issuer:
                return _Speaker(self.ref(issuer, start, end), start, end)
        if (
            _DETERMINED.match(low)
            or words[:1].islower()  # "says head of Russian delegation"
            or low.split()[-1] in _people().roles  # "...: State Dept spox"
        ):
            role = self.idx.resolve_role(start, end)
            if role:
                return _Speaker(self.ref(role, start, end), start, end)
        orgs = [
            m
            for m in mentions
            if self.idx.entity(m.entity).kind != "person"
            and not (  # "the South Carolina senator", "the New York businessman": the place
                # only describes someone; "the Kabul police" are the city's
                self.idx.entity(m.entity).kind in _PLACE_KINDS
                and text[m.end : end].strip()
                and low.split()[-1] not in _INSTITUTION_HEADS
                and not (  # "the Aqsa Martyrs Hospital in the nearby city of X": it speaks
                    self.idx.entity(m.entity).name.split()[-1].lower() in _SPEAKING_SITES
                    and _PP_AFTER.match(text, m.end, end)
                )
            )
            and not (  # "the unrest in Charlotte": a place after a preposition is no sayer
                self.idx.entity(m.entity).kind in _PLACE_KINDS
                and _PREPOSITION_BEFORE.search(text, start, m.start)
            )
            and not (  # "the Russian regional governor": a person the demonym describes
                m.form == "demonym"
                and low.split()[-1] in _people().heads
                and not _REPRESENTS.search(low)
            )
            and not (  # "Pyongyang's only ally": the possessor is not the one who speaks
                text[m.end : m.end + 2] in ("'s", "’s")
                and text[m.end + 2 : end].strip()
                and low.split()[-1] not in _INSTITUTION_HEADS  # "Pakistan's army": it is
            )
        ]
        head = _HEAD_BEFORE_PP.match(low)  # "officials from both parties": "officials"
        head_np = head.group(1) if head else low
        head_noun_unnamed = bool(_UNNAMED_HEADS.search(head_np.split()[-1]))
        head_is_unnamed = head_noun_unnamed and not (
            _REPRESENTS.search(low) or _REPRESENTS.search(head_np)
        )  # "The State Department spokesperson in a briefing" speaks for the department
        if orgs and not head_is_unnamed:
            m = orgs[-1]
            return self._force_of_place(m.entity, m.start, end) or _Speaker(
                self.ref(m.entity, m.start, m.end), start, end
            )
        proper = all(w[:1].isupper() for w in words.split()[1:])  # "The International ...
        descriptor = None if proper else self._descriptor(start, low)  # Agency": a name
        if descriptor:
            return _Speaker(self.ref(descriptor, start, end), start, end)
        if proper and len(words.split()) > 1:
            return None  # a proper name the entity layer does not know: bare_np names it
        if (
            head_is_unnamed
            or (head_noun_unnamed and head is not None)
            or (is_doc and len(low.split()) <= 4)
        ):
            return self.unnamed(start, end)  # (also "A spokesperson for the X Complex in
        return None  # Peshawar": a body no one can name, so the spokesperson, unnamed)

    def _force_of_place(self, eid: str, start: int, end: int) -> _Speaker | None:
        """ "Nigerian police said", "the Kabul police said": a force the gazetteer does not
        know, named by its place, is the force (named by its words), not the place."""
        words = self.text[start:end].split()
        if (
            self.idx.entity(eid).kind not in _PLACE_KINDS | {"country"}
            or len(words) != 2
            or words[1].lower() not in _FORCE_HEADS
            or words[0].endswith(("'s", "’s"))  # "Pakistan's army": the state's, as before
        ):
            return None
        ref = EntityRef(
            name=" ".join(words), kind="government", span=Span.of(self.text, start, end)
        )
        return _Speaker(ref, start, end)

    def bare_np(self, start: int, end: int) -> _Speaker | None:
        """A subject the entity layer does not know: a proper name ("DuVernay", "The
        S.E.C.") is named by its words; a determined common noun phrase ("The campaign",
        "Several cast members") is an unnamed source described by them. Anything with a
        verb, a clause word or a preposition at its edge is not a noun phrase."""
        text = self.text
        while start < end and text[start] in " ,\u00a0—–―-(":
            start += 1
        while end > start and text[end - 1] in " ,\u00a0—–―-":
            end -= 1
        paren = _TRAILING_PAREN.search(text, start, end)  # "Sen. David Perdue (R-Ga.)"
        if paren:
            end = paren.start()
        rel = _RELATIVE_IN.search(text, start, end)  # "a man who lives nearby": "a man"
        if rel:
            end = rel.start()
            if _INNER_PREPOSITION.search(text, start, end) and not _BARE_PLURAL.fullmatch(
                text, start, end
            ):
                return None  # "the number of people who say": whose words? unclear
        words = text[start:end]
        toks = words.split()
        if not 1 <= len(toks) <= 8 or _QUOTE_OR_COLON.search(words) or _AUXILIARY.search(words):
            return None
        low = [t.lower().strip(".,()") for t in toks]
        if any(t in _CLAUSE_WORDS for t in low) or low[-1] in _EDGE_WORDS:
            return None
        if _CONTRACTED.search(low[0]):
            return None  # "I’ve learned that": a pronoun, not a name
        if low[0] in _LEADING_PREPOSITIONS or (len(toks) == 1 and low[0].endswith("ing")):
            return None  # "In June", "Overall", "Having": a time, a place or an adverb
        short = len(toks[0]) <= 4 and not _ACRONYM.fullmatch(toks[0])  # not "AROS"
        if len(toks) == 1 and (low[0] in _people().honorifics or short):
            return None  # "said Mr." cut at its period; "Va." of "Richmond, Va."
        if _SHARE_OF_PEOPLE.fullmatch(words):
            return self.unnamed(start, end)  # "63 percent", "Six in 10", "Half of voters"
        if _PRONOUN.fullmatch(" ".join(low)) or (
            not toks[-1][-1].isalpha() and toks[-1][-1] != "."
        ):
            return None
        # "Delegates questioned how ...": a group, unnamed; "Police said" keeps the force's name
        if len(toks) == 1 and toks[0] in _people().not_names and low[0].endswith("s"):
            return self.unnamed(start, end)
        content = [t for t, w in zip(toks, low, strict=True) if w not in _NAME_JOINERS]
        if content and all(t[:1].isupper() for t in content):
            if low[-1].endswith("ly") or len(content) > 5:
                return None
            names = toks[1:] if low[0] == "the" else toks
            k = 0
            while k < len(names) - 1 and names[k].lower().rstrip(".") in _people().honorifics:
                k += 1  # "Gov. Ann Holt": the name is "Ann Holt", the title "Gov."
            title = " ".join(names[:k]) or None
            if title and title.rstrip(".").lower() in ("mr", "mrs", "ms", "miss", "mx"):
                title = None
            span = Span.of(text, start, end)
            return _Speaker(EntityRef(name=" ".join(names[k:]), title=title, span=span), start, end)
        named = self._role_then_name(start, end, toks)
        if named is not None:
            return named
        possessive = toks[0].endswith(("'s", "’s")) and len(toks) > 1  # "Obama's strategist"
        if (low[0] in _BARE_DETERMINERS or possessive) and not low[-1].endswith("ly"):
            return self.unnamed(start, end)
        if _BARE_PLURAL.fullmatch(words) and self.idx.gaz.lookup(toks[0]) is None:
            return self.unnamed(start, end)  # "Residents of the town", "Developers and ..."
        conjuncts = [c.split() for c in " ".join(low).split(" and ")]
        if (
            len(toks) <= 7
            and all(t[:1].islower() for t in toks)
            and all(1 <= len(c) <= 3 and _UNNAMED_HEADS.fullmatch(c[-1]) for c in conjuncts)
            and not any(t in _CLAUSE_WORDS or t.endswith("ly") for c in conjuncts for t in c)
        ):
            return self.unnamed(start, end)  # "..., police said", "..., local police said",
            # "..., security officials and medics said"
        return None

    def _role_then_name(self, start: int, end: int, toks: list[str]) -> _Speaker | None:
        """ "Florida delegate John Archer", "campaign manager Robby Mook": lower-case role
        words, then a name of two or more capitalised words (the role is its title)."""
        run = 0
        while run < len(toks) and toks[-1 - run][:1].isupper():
            run += 1
        if not 2 <= run < len(toks) or len(toks) > 6:
            return None
        role = toks[:-run]
        if role[-1].endswith(("'s", "’s")) or any(
            w.lower().endswith(("ed", "ing", "ly")) or w.lower() in _NAME_JOINERS
            for w in role[role[0].lower() == "the" :]
        ):
            return None  # "Obama's strategist", "a retired general", "Bank of America"
        a = self.text.index(toks[-run], start + len(" ".join(role)), end)
        span = Span.of(self.text, a, end)
        return _Speaker(EntityRef(name=span.text, title=" ".join(role), span=span), a, end)

    def window_start(self, pos: int) -> int:
        """The start of the paragraph before the one holding ``pos`` (at most 3,000
        characters back)."""
        starts = self.paragraph_starts
        i = max(0, bisect.bisect_right(starts, pos) - 1)
        return max(starts[max(0, i - 1)], pos - 3000)

    def _descriptor(self, start: int, low: str) -> str | None:
        """ "the think tank", "the militant group", "the interior ministry": an entity of
        that kind — one whose name ends with the noun, else the latest that spoke, else the
        latest mentioned."""
        m = _DEFINITE_NOUN.fullmatch(low)
        if not m:
            return None
        noun = m.group(1)
        for kind, nouns in _DESCRIPTORS.items():
            if not any(noun == n or noun.endswith(" " + n) for n in nouns):
                continue
            kinds = {kind} | ({"government"} if kind == "organization" else set())
            kinds |= {"organization"} if kind == "government" else set()
            before = self.idx.at(max(0, start - 3000), start)
            last_word = noun.split()[-1]
            for mm in reversed(before):
                if self.idx.entity(mm.entity).name.lower().endswith(last_word):
                    return mm.entity
            if last_word in _FORCE_HEADS:  # "the army said": a force told before ("the
                words = _FORCE_NAMES[last_word]  # Pakistan Army", "the Israel Defense
                for mm in reversed(before):  # Forces"), never a ministry that spoke
                    if any(w in self.idx.entity(mm.entity).name.lower() for w in words):
                        return mm.entity
                return None
            if noun not in nouns and not any(
                n.endswith(" " + last_word) for n in nouns if n != last_word
            ):
                # "the budget office": a modifier the descriptor list does not know names a
                # body of its own, not whichever organisation spoke last
                modifiers = noun.split()[:-1]
                named = [
                    mm.entity
                    for mm in before
                    if all(w in self.idx.entity(mm.entity).name.lower() for w in modifiers)
                ]
                return named[-1] if named else None
            speaking = kinds | ({"organization"} if noun == "group" else set())
            spoke = self.recent_speaker(start, frozenset(speaking), max(0, start - 3000))
            if spoke:  # "..., the group said": the rights or volunteer group that just spoke
                return spoke
            for mm in reversed(before):
                if self.idx.entity(mm.entity).kind in kinds:
                    return mm.entity
        return None

    def _issuer(self, start: int, end: int, definite: bool) -> str | None:
        """The organisation behind "a statement issued by X", "the post", "the report"."""
        for m in reversed(self.idx.at(start, end)):
            if self.idx.entity(m.entity).kind != "person":
                return m.entity
        if not definite:
            return None
        spoke = self.recent_speaker(start, _GROUPS, max(0, start - 1500))
        if spoke:
            return spoke
        for m in reversed(self.idx.at(max(0, start - 1500), start)):
            if self.idx.entity(m.entity).kind in ("organization", "government"):
                return m.entity
        return None


# ------------------------------------------------------------------ patterns
_ADVERBS = (
    r"(?:(?:also|further|later|then|earlier|again|previously|had|has|have|was|were|is|are|"
    r"would|will|once|repeatedly|recently|publicly|reportedly|separately|swiftly|quickly|"
    r"consistently|strongly|specifically|privately|already|often|frequently|now|still|long|"
    r"first|just|itself|himself|herself|themselves|here|there|yesterday|today|"
    # a time between subject and verb: "Dianne Feinstein last week said"
    r"(?:last|this|late|early)\s+(?:week|month|year|night|\w+day)|on\s+\w+day|"
    r"earlier\s+this\s+(?:week|month|year))\s+)*"
)
_ADVERBS_AT_END = regex.compile(rf"\s{_ADVERBS}$")
# "is (once again) questioning", "are slamming": a progressive verb, not a participle
_PROGRESSIVE_BEFORE = regex.compile(
    rf"(?i)(?:\b(?:is|are|was|were|been|am)\s+|\w['’](?:s|re)\s+){_ADVERBS}$"
)
_AFTER_TAIL = (
    r"(?=\s*(?:[,;!?]|(?<!\b(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Gen|Lt|Col|Maj|Capt|St|Jr|Sr|Prof|Rev|"
    r"No|\p{Lu}))\.|$|\s+(?:on|in|at|during|after|before|when|while|as|to|here|"
    r"(?<!(?:statement|communiqu[eé]|release|report|message)\s+)from|"  # "a statement from X"
    r"yesterday|today|shortly|late|early|amid|adding|saying|noting|in\s+a)\b))"
)


_LEADING_ARTICLE = regex.compile(r"(?i)^(?:the|a|an)\s+")
# ", Gen. Asim Munir." after "said the army chief": a name closing the attribution
_APPOSITIVE_NAME = regex.compile(
    r",\s+(?P<n>(?:\p{Lu}\p{Ll}{1,4}\.\s+){0,2}\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})"
    r"(?=\s*(?:[.;!?]|,\s+(?:who|whose|adding|saying)\b|$))"
)


def _after_patterns() -> tuple[regex.Pattern[str], ...]:
    return _after_patterns_of(current_rules())


@lru_cache(maxsize=8)
def _after_patterns_of(rules: Rules) -> tuple[regex.Pattern[str], ...]:
    cue = _cue_pattern_of(rules).pattern
    # a speaker phrase: no sentence end, but the periods of "Rep.", "G.K." and "U.S." are
    # fine, and those of any short honorific of the titles lexicon ("Del.")
    short = sorted(
        {h for h in _people_of(rules).honorifics if " " not in h and "." not in h and len(h) <= 5}
        | {"jr", "sr", "st", "adm", "no"},
        key=len,
        reverse=True,
    )
    abbr = "|".join(regex.escape(h) for h in short)
    speaker = rf"(?P<sp>(?:[^\"“”.!?;:]|(?<=\b(?:{abbr}|[A-Z]))\.(?=\s*\S))+?)"
    tail = _AFTER_TAIL.replace(
        "Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Gen|Lt|Col|Maj|Capt|St|Jr|Sr|Prof|Rev|No", abbr
    )
    return (
        # ", read a statement issued by X" / ", according to X"
        regex.compile(
            rf"\s*[,—–-]?\s*(?P<cue>read|reads|according\s+to)\s+{speaker}{tail}", regex.I
        ),
        # ," said NAME
        regex.compile(rf"\s*[,—–-]?\s*(?P<cue>{cue})\s+{speaker}{tail}", regex.I),
    )


# what may open a sentence before its subject: "On Sunday, Russian President "
_OPENER_GAP = regex.compile(
    r"(?:(?:On|In|At|Late|Early|Earlier|Later|Last|Meanwhile)\b[^,.;]{0,40},\s*)?"
    r"(?:(?:\p{Lu}[\w.'’-]*|of|the|for)\s+){0,6}"
)
# the reporter on what a speaker held back, a predicate with no subject of its own:
# ", but did not comment on", ", but declined to give details"
_BUT_HELD_BACK = regex.compile(
    r",?\s+but\s+(?:(?:(?:did|would|could)\s+not|didn['’]t|wouldn['’]t|couldn['’]t|declined|"
    r"refused)\s+(?:to\s+)?(?:say|comment|elaborate|discuss|give|provide|offer|confirm|"
    r"specify|disclose|reveal|name|identify|answer|respond|explain|detail|address)|"
    r"(?:gave|offered|provided|cited)\s+no|stopped\s+short)\b"
)
# "said that was not her view": a demonstrative subject, not the complementizer
_THAT_AS_SUBJECT = regex.compile(
    r"\s+(?P<that>that)\s+(?=(?:was|is|were|are|would|will|could|should|has|had|does|did|"
    r"wasn['’]t|isn['’]t|won['’]t|didn['’]t|doesn['’]t)\b)"
)
# a verb of judging, its object and a quoted label: "blasted Clinton as a “disgrace”"
_AS_QUOTE_SOON = regex.compile(
    r"\s+(?:[^\s.;:!?“”‘\"]+\s+){1,6}?as\s+(?:(?:a|an|the|being|some|one)\s+)?"
    r"(?:[^\s.;:!?“”‘\"]+\s+){0,4}?[“\"]"
)
# a quotation within a few words of a verb of naming: 'called Trump a “pathological liar”'
_QUOTE_SOON = regex.compile(r"\s+(?:[^\s.;:!?“”‘\"]+\s+){1,12}?[“‘\"]")
# a noun of saying owned by its sayer: "Trump's claim that", "the ministry's warning that"
_POSSESSED_CLAIM = regex.compile(
    r"['’]s\s+(?:(?:earlier|latest|repeated|recent|new|own)\s+)?(?P<noun>claims?|assertions?|"
    r"contention|insistence|warnings?|accusations?|allegations?|suggestion|argument|"
    r"statement|promise|pledge|vow|denial|admission)\s+that\s+"
)
_ACCORDING_BEFORE = regex.compile(
    r"(?i)(?P<cue>\baccording\s+to)\s+(?P<sp>[^,;:“”\"]{2,80}?)\s*[,:]\s*$"
)
# a content that is one quotation from end to end, with no other quotation mark inside
_WHOLLY_QUOTED = regex.compile(r"[\"“](?P<q>[^\"“”]{3,}?)[.,]?[\"”][.,!?]?")
# a day or time word between a reporting verb and its quotation: 'said Friday, "..."'
_WHEN_WORD = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|"
    r"earlier|later|recently|last\s+(?:week|month|year|night)|this\s+(?:week|month|morning))"
)


# "claimed Monday that", "told a news conference that", "said in a statement that": what
# may stand between a reporting verb and its "that" (not a clause of its own: "said he
# hopes the rally sends a message that")
_THAT_SOON = regex.compile(
    r"(?i)\s*,?\s*(?:(?:on|in|at|during|to|before|after|from|via|through|with)\s+[^,.;:“\"]{1,40}?|"
    r"also|further|again|earlier|later|repeatedly|publicly|separately|"
    + _WHEN_WORD
    + r"|reporters|journalists|him|her|them|us|me|(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:conference|briefing|meeting|interview|audience|crowd|rally|gathering|session|"
    r"hearing|committee|reporters|journalists|statement|newspaper|broadcaster|channel|agency)"
    r"|dpa|(?-i:\p{Lu}[\w.&-]*(?:\s+\p{Lu}[\w.&-]*){0,3}))"  # "told dpa/AFP by phone that"
    r"(?:\s+(?:(?:in|at|on|of|to|for|from|during|with|by)\s+[^,.;:“\"]{1,40}?|"
    + _WHEN_WORD
    + r"))?\s*,?\s+that\s+"
)


def _before_pattern() -> regex.Pattern[str]:
    return _before_pattern_of(current_rules())


@lru_cache(maxsize=8)
def _before_pattern_of(rules: Rules) -> regex.Pattern[str]:
    cue = _cue_pattern_of(rules).pattern
    return regex.compile(
        rf"(?P<cue>{cue})(?:\s+(?P<obj>reporters|journalists|the\s+\w+|a\s+\w+(?:\s+\w+)?|him|"
        rf"her|them|us|me|(?-i:{_NAME_WORDS})))?(?:\s+(?:on|at|in|during|after|before|from)\s+[^,“\"]{{1,40}}?)?"
        rf"(?:\s+(?:on\s+)?{_WHEN_WORD})?\s*(?:that\s*)?[,:—–-]?\s*$",
        regex.I,
    )


# forms that are nouns as often as verbs: verbs only before "that" or a quote
_NOUNISH = frozenset(
    {
        "report",
        "reports",
        "post",
        "posts",
        "claim",
        "claims",
        "comment",
        "comments",
        "remark",
        "remarks",
        "promise",
        "promises",
        "pledge",
        "pledges",
        "tweet",
        "tweets",
        "warning",
        "quote",
        "quotes",
        "note",
        "notes",
        "vow",
        "vows",
        "brief",
    }
)
_DETERMINERS = frozenset(
    {
        "the",
        "a",
        "an",
        "this",
        "that",
        "its",
        "his",
        "her",
        "their",
        "our",
        "my",
        "these",
        "those",
        "whose",
        "no",  # "there was no mention of": the noun
    }
)
# past forms of cues that are never nouns, so a word like "official" before them is one
_PAST_NOT_NOUN = frozenset({"said", "told", "wrote", "thought", "spoke", "found", "shown"})
_ADJECTIVES = frozenset(
    {
        "latest",
        "new",
        "recent",
        "final",
        "official",
        "separate",
        "annual",
        "same",
        "previous",
        "first",
        "last",
        "initial",
        "earlier",
        "brief",
        "public",
        "joint",
        "written",
        "further",
    }
)


class _Extractor:
    def __init__(
        self,
        text: str,
        paragraphs: list[tuple[int, int]],
        idx: EntityIndex,
        dates: Sequence[TimeExpression],
        headline: tuple[int, int] | None,
        subtitles: Sequence[tuple[int, int]] = (),
        sentences: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.text = text
        self.paragraphs = paragraphs
        self.para_starts = [a for a, _ in paragraphs]
        self.idx = idx
        self.res = _Resolver(text, idx, sentences)
        self._sentences = self.res.sentences  # the layout's, shared with the resolver
        self._sentence_starts = self.res.sentence_starts
        self.dates = dates
        self.date_starts = [d.span.start for d in dates]
        self.headlines = ([headline] if headline else []) + list(subtitles)
        self.out: list[Statement] = []
        self.covered: list[tuple[int, int]] = []  # direct quotes, marks included
        self.used_cues: set[int] = set()  # cue offsets already attributed to a quote
        self.pending: list[tuple[int, int, _Quote]] = []

    # -- helpers
    def _para_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, pos) - 1)

    def _date_near(self, start: int, end: int) -> TimeExpression | None:
        i = bisect.bisect_left(self.date_starts, start)
        while i < len(self.dates) and self.dates[i].span.start < end:
            d = self.dates[i]
            if d.type == "date" and d.start is not None and d.start == d.end:
                return d
            i += 1
        return None

    def _emit(
        self,
        kind: str,
        s: int,
        e: int,
        speaker: _Speaker | None,
        cue: tuple[int, int] | None,
        rule: str,
        cue_window: tuple[int, int] | None = None,
    ) -> None:
        text = self.text
        if e - s < 3 or not _WORDCHAR.search(text, s, e):
            return
        date = self._date_near(*cue_window) if cue_window else None
        lemma = None
        if cue:
            form = " ".join(text[cue[0] : cue[1]].lower().split())
            lemma = _people().cue_lemma.get(form, "according to" if "according" in form else form)
            if not _WORDCHAR.search(form):
                lemma = None  # a signature's dash: no verb
            self.used_cues.add(cue[0])
        self.out.append(
            Statement(
                id=f"st-{s}-{e}",
                kind=kind,  # type: ignore[arg-type]
                speaker=speaker.ref if speaker else None,
                cue=lemma,
                cue_span=Span.of(text, *cue) if cue else None,
                content=text[s:e],
                span=Span.of(text, s, e),
                date=date.start if date else None,
                date_span=date.span if date else None,
                from_headline=any(a <= s < b for a, b in self.headlines),
                rule_id=f"factkit.statements.{rule}.v1",
            )
        )
        if speaker and speaker.ref and (speaker.ref.id or speaker.ref.name):
            self.res.last_speaker[self._para_of(s)] = speaker  # named, known or not
        if speaker and speaker.ref and speaker.ref.id:
            self.res.note_speaker(cue[0] if cue else s, speaker.ref.id)
        elif speaker and speaker.ref and speaker.ref.name and speaker.ref.kind != "person":
            self.res.bare_spoke.append((cue[0] if cue else s, speaker.ref))

    def _trim(self, s: int, e: int) -> tuple[int, int]:
        text = self.text
        while s < e and (text[s].isspace() or text[s] in ",:—–―-"):
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in ".,;:—–―-"):
            e -= 1
        return s, e

    # -- direct
    def direct(self, quotes: list[_Quote]) -> None:
        text = self.text
        for q in quotes:
            s, e = _content_bounds(text, q)
            if e <= s or not self._standalone(q, s, e):
                continue
            self.covered.append((q.open, q.close + 1))
            pa, pb = self.paragraphs[q.para]
            after = self._attribution_after(q.close + 1 if q.closed else q.close, pb)
            signed = after is not None and not _WORDCHAR.search(text, *after[1])
            if (
                after
                and not signed
                and self._sentence_ends(q, e)
                and not self._ends_clause(
                    text[after[1][1] : after[2][1] + 1], self._addressee_verb(*after[1])
                )
            ):
                after = None  # '... relationship." He pointed out that X': its own statement
            attr = after or self._attribution_before(pa, q.open) or self._colon_above(q, pa)
            if attr is None:
                lab = _TRANSCRIPT_LABEL.match(text, s, e)
                who = self.res.label(*lab.span("label")) if lab else None
                if lab and who:  # '"WALLACE: If I may, sir, ...': a transcript's turn
                    self._emit("direct", lab.end(), e, who, None, "transcript")
                    continue
                self.pending.append((s, e, q))
                continue
            speaker, cue, window = attr
            shared = [
                p
                for p in self.pending[-20:]
                if p[2].para == q.para or (not p[2].closed and p[2].para == q.para - 1)
            ]  # earlier quotes of the paragraph, and a quote running on from the previous one
            for ps, pe, _pq in shared:
                self._emit("direct", ps, pe, speaker, cue, "direct_shared", window)
            self.pending = self.pending[:-20] + [p for p in self.pending[-20:] if p not in shared]
            self._emit("direct", s, e, speaker, cue, "direct", window)

    def _sentence_ends(self, q: _Quote, e: int) -> bool:
        """A quote ending in ".", "!" or "?" followed by a capitalised word: the next
        sentence's verb ("... relationship." He pointed out that ...) is its own statement."""
        text = self.text
        if not q.closed or text[e - 1 : e] not in ".!?":
            return False
        nxt = _NEXT_CHAR.match(text[q.close + 1 : q.close + 8])
        return bool(nxt and nxt.group(1).isupper())

    def _standalone(self, q: _Quote, s: int, e: int) -> bool:
        """A quotation that stands as speech, not a fragment inside a reported clause
        ("is “valued across many realms”") or a scare quote ("'security cooperation'")."""
        text = self.text
        words = len(text[s:e].split())
        if words < 4 and text[e - 1 : e] not in ".!?" and text[q.close - 1 : q.close] != ",":
            return False  # a scare quote; '"We will win," he said' is speech
        pa = max(self.paragraphs[q.para][0], q.open - 60)
        before = text[pa : q.open].rstrip()
        if not before or before[-1] in ':,—–-.!?"”“':
            return True
        if "\n" in text[pa : q.open] and not text[text.rfind("\n", pa, q.open) : q.open].strip():
            return True  # it opens a line: a list of quotations, each signed below or after
        last = _LAST_WORD.search(before)
        word = last.group(1).lower() if last else ""
        return word in _people().cue_lemma or word in ("that", "reporters", "journalists")

    def _attribution_after(
        self, pos: int, limit: int
    ) -> tuple[_Speaker, tuple[int, int], tuple[int, int]] | None:
        text = self.text
        seg = text[pos : min(limit, pos + 220)]
        stop = _ATTRIBUTION_STOP.search(seg)
        while (
            stop is not None and stop.group() == "." and self._honorific_before(pos + stop.start())
        ):
            stop = _ATTRIBUTION_STOP.search(seg, stop.end())  # "said Del. Stacey Plaskett"
        seg_end = pos + (stop.start() if stop else len(seg))
        for pat in _after_patterns()[:2]:
            m = pat.match(text, pos, seg_end + 1)
            if not m:
                continue
            sp = self.res.phrase(m.start("sp"), m.end("sp")) or self.res.bare_np(
                m.start("sp"), m.end("sp")
            )
            if sp is None:
                continue
            named = self._name_after_description(sp, m.end("sp"), seg_end + 1)
            return named or sp, (m.start("cue"), m.end("cue")), (pos, seg_end)
        # “...” ― Name: an epigraph's signature closing its line
        dash = _DASH_SIGNATURE.match(text, pos, min(limit, pos + 90))
        if dash:
            sp = self.res.phrase(*dash.span("sp")) or self.res.bare_np(*dash.span("sp"))
            if sp is not None:
                return sp, dash.span("dash"), (pos, dash.end())
        # ," NAME (also) said: the first reporting verb that is a verb here
        for m in _cue_pattern().finditer(text, pos, seg_end + 1):
            if self._nounish(m.start(), m.end(), seg_end + 1):
                continue
            end = m.start()
            adv = _ADVERBS_AT_END.search(" " + text[pos:end])
            if adv and adv.start() > 0:
                end = pos + adv.start() - 1 + 1
            # "NAME (R-Ohio), a member, said": the name before an appositive comes first;
            # "NAME, a long appositive with a clause of its own, told": it comes last
            appositive = "," in text[pos:end].strip(' ,\u00a0"”’')
            sp = self._name_before_appositive(pos, end) if appositive else None
            sp = sp or self.res.phrase(pos, end) or self.res.bare_np(pos, end)
            if sp is None and not appositive:
                sp = self._name_before_appositive(pos, end)
            if sp is None:
                return None
            return sp, (m.start(), m.end()), (pos, seg_end)
        return None

    def _name_after_description(self, sp: _Speaker, end: int, limit: int) -> _Speaker | None:
        """'said the army chief, Gen. Asim Munir.': the name in apposition after an
        unnamed description, which becomes its title when it has none."""
        if sp.ref is None or sp.ref.name or sp.ref.id:
            return None
        m = _APPOSITIVE_NAME.match(self.text, end, limit)
        if m is None:
            return None
        named = self.res.phrase(*m.span("n")) or self.res.bare_np(*m.span("n"))
        if named is None or named.ref is None or not named.ref.name:
            return None
        if named.ref.id is not None and self.idx.entity(named.ref.id).kind != "person":
            return None
        if not named.ref.title and sp.ref.description:
            title = _LEADING_ARTICLE.sub("", sp.ref.description)
            named = _Speaker(named.ref.model_copy(update={"title": title}), named.start, named.end)
        return named

    def _honorific_before(self, dot: int) -> bool:
        """Whether the period at ``dot`` closes an honorific of the titles lexicon ("Del.")."""
        word = _PREV_WORD_AT.search(self.text, max(0, dot - 20), dot)
        return word is not None and word.group(1).lower() in _people().honorifics

    def _name_before_appositive(self, pos: int, end: int) -> _Speaker | None:
        """ ", Malkia Cyril, the executive director ... and whose film ..., told": the
        name before the first comma, when the words after it close with a comma."""
        text = self.text
        comma = text.find(",", pos + 1, end)
        while comma > pos and not text[pos:comma].strip(' ,\u00a0"”’'):
            comma = text.find(",", comma + 1, end)  # the comma that closes the quotation
        if comma < 0 or not text[pos:end].rstrip().endswith(","):
            return None
        start = pos + len(text[pos:comma]) - len(text[pos:comma].lstrip(' ,\u00a0"”’'))
        sp = self.res.phrase(start, comma) or self.res.bare_np(start, comma)
        return sp if sp is not None and sp.ref is not None and sp.ref.name else None

    def _colon_above(
        self, q: _Quote, pa: int
    ) -> tuple[_Speaker, tuple[int, int], tuple[int, int]] | None:
        """A quotation that opens its paragraph after a paragraph ending "NAME said:"."""
        if q.para == 0 or self.text[pa : q.open].strip():
            return None
        ppa, ppb = self.paragraphs[q.para - 1]
        head = self.text[ppa:ppb].rstrip()
        if not head.endswith(":"):
            return None
        return self._attribution_before(ppa, ppa + len(head))

    def _attribution_before(
        self, start: int, pos: int
    ) -> tuple[_Speaker, tuple[int, int], tuple[int, int]] | None:
        text = self.text
        lo = max(start, pos - 240)
        acc = _ACCORDING_BEFORE.search(text, lo, pos)
        if acc:  # 'According to Limbaugh, “...”'
            sp = self.res.phrase(*acc.span("sp")) or self.res.bare_np(*acc.span("sp"))
            if sp is not None:
                return sp, acc.span("cue"), (acc.start(), pos)
        fronted = _FRONTED_CUE.search(text, lo, pos)
        if fronted:  # 'Said Ellis: “...”'
            a, b = fronted.span("sp")
            sp = self.res.phrase(a, b) or self.res.bare_np(a, b)
            if sp is not None:
                return sp, fronted.span("cue"), (fronted.start("cue"), pos)
        m = _before_pattern().search(text, lo, pos)
        if not m or self._nounish(m.start("cue"), m.end("cue"), pos):
            said = _MESSAGE_COLON.search(text, lo, pos)  # "Obama is rolling out a message:"
            if said is None:
                return None
            sent = max(lo, self._last_stop(lo, said.start()) + 1)
            sp = self._sentence_subject(sent, said.start())
            if sp is None or sp.ref is None or sp.start > sent + 40:
                return None  # the subject must open the sentence
            return sp, said.span("noun"), (sp.start, pos)
        cs = m.start("cue")
        sent = max(lo, self._last_stop(lo, cs) + 1)
        if (
            m["cue"].lower().endswith("ing")
            and _COMMA_END.search(text, lo, cs)
            and not any(c in _QUOTE_CHARS for c in text[sent:cs])
        ):  # "Trump was defensive ..., saying, “...”": the main clause's subject; but
            # "X, Mr Musiani said, adding that “...”": the one who said X
            said = _SAID_THEN_COMMA.search(text, sent, cs)
            sp = (self._subject(sent, said.start()) if said else None) or (
                self._sentence_subject(sent, cs) or self._subject(lo, cs)
            )
        else:  # '"...," the spokesperson said, adding, "..."': the sayer just before
            sp = self._subject(lo, cs)
        if sp is None:
            return None
        return sp, (m.start("cue"), m.end("cue")), (sp.start, pos)

    # -- subjects
    def _subject(self, lo: int, cue: int) -> _Speaker | None:
        """The subject of a reporting verb at ``cue``: the last phrase before it, skipping a
        parenthetical ("Ned Price, when asked about X, stated") and adverbs."""
        text = self.text
        lo = max(lo, cue - 300)  # a subject is never farther from its verb
        lo = max(lo, self._last_stop(lo, cue) + 1)
        if _AND_BEFORE.search(text, max(lo, cue - 30), cue):
            # "X bemoaned the unrest and said", "... after the TTP ended its ceasefire and
            # vowed": the subject of the verb joined by "and"
            first = self._conjoined_subject(lo, cue) or self._sentence_subject(lo, cue)
            if first is None:  # "He said X and said that Y": his too
                first = self._sayer_before(self._last_stop(max(0, cue - 300), cue) + 1, cue)
            if first is None:
                lead = _LEADING_NAME.match(
                    text, lo + len(text[lo:cue]) - len(text[lo:cue].lstrip())
                )
                first = self.res.bare_np(*lead.span()) if lead else None
                if first is not None and (first.ref is None or not first.ref.name):
                    first = None  # only a name the entity layer missed ("Jo Lee visited and said")
            if first is not None:
                return first
        chunk_end = cue
        adv = _ADVERBS_AT_END.search(text[lo:cue])
        if adv:
            chunk_end = lo + adv.start()
        dashed = _DASHED_ASIDE_END.search(text, lo, chunk_end)
        if dashed:
            chunk_end = dashed.start()  # "Joyce — who is an attorney in Illinois — told"
        pieces = []
        pos = lo
        for m in _COMMA.finditer(text[lo:chunk_end]):
            pieces.append((pos, lo + m.start()))
            pos = lo + m.end()
        pieces.append((pos, chunk_end))
        for n in range(len(pieces) - 1, -1, -1):
            a, b = pieces[n]
            while a < b and text[a] in _CLOSE_DQ + " \u00a0":
                a += 1  # 'On "Fox News Sunday," Gov. Mike Pence said'
            lead = _CONJ_LEAD.match(text, a, b)
            if lead and _LOWER_GROUP.fullmatch(text, lead.end(), b):
                return self.res.unnamed(lead.end(), b)  # ", and human rights groups warned"
            seg = text[a:b].strip()
            if n > 0 and _APPOSITIVE_DETAIL.fullmatch(seg):
                continue  # "Johnnie Wilson, 59, of Springfield, Va., said"
            where = _WHERE.match(text, a + len(text[a:b]) - len(text[a:b].lstrip()))
            if where:  # "in Richmond, where restructuring experts say ...": its own subject
                inner = self.res.phrase(where.end(), b) or self.res.bare_np(where.end(), b)
                if inner:
                    return inner
            if not seg or (_RELATIVE.match(seg) and not self._named_at(a, b)):
                continue  # "who headed his country's delegation", "attending a meeting"
            if _SUBJECT_SKIP.match(seg) and not (n > 0 and _DESCRIPTION.match(seg)):
                inner = self._phrase_after_intro(a, b)
                if inner:
                    return inner
                if n == len(pieces) - 1:  # "In a meeting with the Post Trump said": no comma
                    inner = self._last_np(a, b)
                    if inner is not None and inner.ref is not None and inner.ref.kind == "person":
                        return inner
                continue
            if n > 0 and _DESCRIPTION.match(seg):  # "Revesz, director of the Institute, said"
                prev = self.res.phrase(*pieces[n - 1]) or self.res.bare_np(*pieces[n - 1])
                ref = prev.ref if prev is not None else None
                if (
                    prev is not None
                    and ref is not None
                    and ref.name
                    and (ref.kind in ("person", None) or _ARTICLE_START.match(seg))
                ):  # "The ISPR, the military's media wing, said": the name before
                    return prev
            sp = self.res.phrase(a, b)
            if (
                sp is not None
                and n > 0
                and _APPOSITIVE.match(seg)
                and (sp.ref is None or sp.ref.kind != "person")
            ):
                prev = self.res.phrase(*pieces[n - 1])  # "Medinsky, the head of the delegation,"
                if prev is not None and prev.ref is not None and prev.ref.kind == "person":
                    return prev
            if sp is not None:
                return sp
            found = self._last_np(a, b) or self.res.bare_np(a, b)
            unnamed = found is not None and found.ref is not None and found.ref.name is None
            if n > 0 and unnamed and _POSSESSIVE_LED.match(seg):
                prev = self.res.phrase(*pieces[n - 1])  # "China, Pyongyang's only ally, said"
                if prev is not None and prev.ref is not None and prev.ref.name:
                    return prev
            if (
                found is None
                and n > 0
                and (
                    _DESCRIPTION.match(seg)
                    or _POSSESSIVE_LED.match(seg)
                    or _WHO_INSIDE.search(seg)
                    or _LOWER_LED.match(seg)
                )
            ):
                continue  # "Richard Revesz, director of the Institute ..., said", "The Civil
                # Defense, first responders who operate under ..., said": the name before
            return found
        return None

    def _conjoined_subject(self, lo: int, cue: int) -> _Speaker | None:
        """The named subject of the last past-tense verb before "and VERB": the latest entity
        mention followed by such a verb ("the Tehreek-i-Taliban Pakistan (TTP) ended")."""
        for m in reversed(self.idx.at(lo, cue)):
            if _VERB_AFTER_SUBJECT.match(self.text, m.end, cue) and not _PREPOSITION_BEFORE.search(
                self.text, lo, m.start
            ):
                return self.res.phrase(m.start, m.end)
        return None

    def _named_at(self, a: int, b: int) -> bool:
        """Whether an entity's name opens ``text[a:b]`` ("Beijing said", not a participle)."""
        a += len(self.text[a:b]) - len(self.text[a:b].lstrip())
        return any(m.start == a for m in self.idx.at(a, b))

    def _last_stop(self, lo: int, cue: int) -> int:
        """The last sentence stop (or colon: "fireworks on Friday: Republicans said")
        before ``cue``, not counting the periods of abbreviations and initials ("Sen.",
        "S.E.C.", "(R-Ga.)"); ``lo - 1`` if none."""
        for m in reversed(list(_SUBJECT_STOP.finditer(self.text, lo, cue))):
            if m.group() == "." and _ABBREVIATION_END.search(
                self.text, max(lo, m.start() - 12), m.end()
            ):
                continue
            return m.start()
        return lo - 1

    def _phrase_after_intro(self, a: int, b: int) -> _Speaker | None:
        """ "and the interior ministry", "while China": the subject after a conjunction or
        an introductory adverb."""
        m = _INTRO_WORD.match(self.text[a:b])
        if not m:
            return None
        a += m.end()
        return self.res.phrase(a, b) or self._last_np(a, b) or self.res.bare_np(a, b)

    def _last_np(self, a: int, b: int) -> _Speaker | None:
        """The entity mention ending the stretch, when not after a preposition."""
        ms = self.idx.at(a, b)
        if not ms:
            return None
        m = ms[-1]
        if self.text[m.end : b].strip():
            return None
        if _PREPOSITION_BEFORE.search(self.text, a, m.start):
            return None
        return self.res.phrase(m.start, m.end)

    def _sentence_subject(self, s: int, cue: int) -> _Speaker | None:
        """The subject of a sentence's main clause, for ", saying that ..." participles."""
        lead = len(self.text[s:cue]) - len(self.text[s:cue].lstrip())
        pron = _LEADING_PRONOUN.match(self.text, s + lead, cue)
        if pron is not None:  # "He rejected Modi's statement ... and said": he, not Modi
            return self.res.phrase(pron.start(1), pron.end(1))
        mentions = self.idx.at(s, cue)
        for n, m in enumerate(mentions):
            if _PREPOSITION_BEFORE.search(self.text, s, m.start):
                continue
            for later in mentions[n + 1 : n + 4]:  # "U.S. President Donald Trump": the person
                if self.idx.entity(later.entity).kind == "person" and _TITLE_GAP.fullmatch(
                    self.text, m.end, later.start
                ):
                    return self.res.phrase(later.start, later.end)
            return self.res.phrase(m.start, m.end)
        described = _OPENING_DESCRIPTION.match(self.text, s + lead, cue)
        if described is not None:  # "The minister condemned the attack, saying"
            sp = self.res.bare_np(described.start(1), described.end(1))
            if sp is not None and sp.ref is not None:
                return sp
        opening = _OPENING_NAME.match(self.text, s + lead, cue)
        if opening is not None and opening.group(1) not in _SENTENCE_ADVERBS:
            # "Trump gave a positive reading ..., saying": a bare name
            sp = self.res.bare_np(opening.start(1), opening.end(1))
            if sp is not None and sp.ref is not None and sp.ref.name:
                return sp
        return None

    def _nounish(self, cs: int, ce: int, limit: int) -> bool:
        """Whether a cue form is used as a noun ("the report", "a post") or an infinitive
        ("tried to suggest"), not as a reporting verb."""
        text = self.text
        form = text[cs:ce].lower()
        prev = _PREV_WORD.search(text[max(0, cs - 30) : cs])
        prev2 = _PREV_TWO_WORDS.search(text[max(0, cs - 50) : cs])
        pw = prev.group(1).lower() if prev else ""
        if pw in _DETERMINERS or pw == "to" or pw.endswith(("'s", "’s")):
            return True
        if form.endswith("s") and pw in _RAISING_NOUN_BEFORE:
            return True  # "raising hopes that", "fuelling fears that": the noun
        if (
            pw in _ADJECTIVES
            and prev2
            and prev2.group(1).lower() in _DETERMINERS
            and not form.endswith("ed")
            and form not in _PAST_NOT_NOUN
        ):
            return True  # "the official report", but "The official said": a noun, a verb
        if form.startswith("call") and _PAY_A_CALL.search(text, max(0, cs - 40), cs):
            return True
        if form in _NOUNISH:
            if _AUX_JUST_BEFORE.search(text, max(0, cs - 30), cs):
                return False  # "Trump is warning voters that": a verb
            return not _THAT_OR_QUOTE_AFTER.match(text[ce : min(limit, ce + 8)])
        if form in ("state", "states") and (
            pw in _STATES_NOUN_BEFORE
            or pw == "of"  # "secretary of state", "head of state", "ministers of state"
            or _STATES_NOUN_AFTER.match(text, ce, min(limit, ce + 20))
        ):
            return True  # "battleground states could be decisive": the noun
        if (
            form == "state"
            and prev is not None
            and prev.group(1)[:1].isupper()
            and not _THAT_OR_QUOTE_AFTER.match(text[ce : min(limit, ce + 8)])
        ):
            return True  # "in Zamfara state, a rural region": a proper noun's state
        if form == "demand" and rx.match(r"\s+(?:from|for)\b", text[ce : ce + 6]):
            return True  # "demand from China cooled"
        # "state regulators", "state officials": an adjective
        return form == "state" and bool(_NOUN_AFTER_STATE.match(text, ce, min(limit, ce + 30)))

    # -- indirect
    def indirect(self) -> None:
        for s, e in self._sentences:
            if self._inside_covered(s, e):
                continue
            self._indirect_sentence(s, e)
            self._possessed_claims(s, e)

    def _possessed_claims(self, s: int, e: int) -> None:
        """ "Trump's claim that X", "the ministry's warning that X": a noun of saying with
        its sayer as possessor reports X."""
        text = self.text
        for m in _POSSESSED_CLAIM.finditer(text, s, e):
            if self._in_covered(m.start("noun")) or m.start("noun") in self.used_cues:
                continue
            owner = [
                x for x in self.idx.at(max(s, m.start() - 80), m.start()) if x.end == m.start()
            ]
            if not owner:
                continue
            sp = self.res.phrase(owner[-1].start, owner[-1].end)
            if sp is None:
                continue
            a, b = self._trim(m.end(), self._next_report(m.end(), e))
            if b - a < 12:
                continue
            self._emit_indirect(a, b, sp, m.span("noun"), "possessed_claim", (s, e))

    def _near_covered(self, s: int, e: int) -> list[tuple[int, int]]:
        """The direct-quote spans that may meet ``[s, e)`` (they are sorted, disjoint)."""
        i = bisect.bisect_right(self.covered, (s, 10**18)) - 1
        out = []
        for a, b in self.covered[max(0, i) :]:
            if a >= e:
                break
            out.append((a, b))
        return out

    def _inside_covered(self, s: int, e: int) -> bool:
        return any(a <= s and e <= b for a, b in self._near_covered(s, e))

    def _overlaps_direct(self, s: int, e: int) -> float:
        best = 0.0
        for a, b in self._near_covered(s, e):
            inter = min(b, e) - max(a, s)
            if inter > 0:
                best = max(best, inter / max(1, e - s))
        return best

    def _in_covered(self, pos: int) -> bool:
        return bool(self._near_covered(pos, pos + 1)) and any(
            a <= pos < b for a, b in self._near_covered(pos, pos + 1)
        )

    def _indirect_sentence(self, s: int, e: int) -> None:
        """Reported speech in one sentence; several verbs may each report a clause
        ("While the think tank reported X — it also noted Y")."""
        text = self.text
        resume = s
        for m in _cue_pattern().finditer(text, s, e):
            cs, ce = m.start(), m.end()
            if cs < resume:
                continue
            if cs in self.used_cues or self._in_covered(cs) or self._nounish(cs, ce, e):
                continue
            if _WHO_JUST_BEFORE.search(text, max(s, cs - 20), cs) and _MAIN_VERB_LATER.search(
                text, ce, min(e, ce + 160)
            ):
                continue  # "X, who confirmed the attack, said ...": the relative's verb
            form = m.group().lower()
            if form in _people().quote_only and not _QUOTE_SOON.match(text, ce, e):
                continue  # "called the police": no report; "called him a “liar”": one
            if (
                form in _people().that_only
                and not _THAT_COLON_OR_QUOTE.match(text, ce)
                and not _AS_QUOTE_SOON.match(text, ce, e)  # "dismissed Estonia as “...”"
                and not _THAT_SOON.match(text, ce, min(e, ce + 200))  # "posted on Telegram that"
                and not self._evidence_shows(s, cs, form)
                and not self._clause_without_that(ce, e, form)
            ):
                continue  # "police found the bodies": no report
            if _ANONYMITY_AFTER.match(text, ce, e):
                continue  # "who asked not to be named", "who requested anonymity": no report
            if _PASSIVE_BEFORE.search(text, max(s, cs - 20), cs) and form.endswith(("ed", "told")):
                continue  # "when asked about", "he was told that": the addressee, not a speaker
            if form.endswith(("ed", "told")) and _PASSIVE_OR_PLACE_AFTER.match(text, ce, e):
                continue  # "a view echoed by everyone", "reported from Midway Atoll"
            if (
                form.endswith("ed")
                and _DOCUMENT_BEFORE.search(text, max(s, cs - 30), cs)
                and _PREPOSITION_AFTER.match(text, ce, e)
            ):
                continue  # "a statement posted on its website" (not "The statement noted that")
            if form.startswith("according"):
                if self._according(s, e, cs, ce):
                    return
                continue
            if form.endswith("ing") and not _PROGRESSIVE_BEFORE.search(text, max(s, cs - 40), cs):
                done = self._participle(s, e, cs, ce)
                if done is None:
                    continue  # "..., saying that": a participle; "Trump is saying that": a verb
                if done >= e or not _cue_pattern().search(text, done, e):
                    return
                resume = done  # "..., stating X and reaffirmed Y": Y is reported too
                continue
            sep = self._last_separator(s, cs)
            quoted = (
                _QUOTED_AS_SAYING.match(text, ce, min(e, ce + 120))
                if text.find(" as ", ce, min(e, ce + 100)) >= 0
                else None
            )  # (bounded, and only where "as" follows: linear on any input)
            if (
                quoted is not None
                and sep > s
                and text[sep] == ","
                and text[sep + 1 : cs].strip(" \u00a0")  # the one who quoted
            ):
                qa, qb = quoted.span("sp")  # "CLAUSE, Dawn quoted the official as saying."
                sp_q = self.res.phrase(qa, qb) or self.res.bare_np(qa, qb)
                if sp_q is not None:
                    a, b = self._clause(resume, sep)
                    self._emit_indirect(a, b, sp_q, (cs, ce), "quoted_as", (sep, e))
                    return
            lo = sep + 1  # the subject starts after the separator and a quotation's close
            while 0 < lo < cs and text[lo] in _CLOSE_DQ + " \u00a0":
                lo += 1  # '..., ” the army said': a spaced closing quote too
            between = text[lo:cs] if sep >= 0 else ""
            tail = text[ce : min(e, ce + 400)]  # bounded: one long sentence stays linear
            sp_after = self.res.phrase(lo, cs) if sep >= 0 else None
            if sp_after is None and sep >= 0:
                adv = _ADVERBS_AT_END.search(" " + between)
                if adv and adv.start() > 0:
                    sp_after = self.res.phrase(lo, lo + adv.start() - 1)
            lemma = _people().cue_lemma.get(form)
            told = lemma in _ADDRESSEE_VERBS
            if (
                sp_after is None
                and sep > s
                and (self._ends_clause(tail, told) or _COMMA_AFTER.match(tail))
            ):
                # "CLAUSE, the minister said.", "X, the partner told them, was"
                sp_after = self.res.bare_np(lo, cs)
            if sp_after is not None and sep > s:
                if _COMMA_AFTER.match(tail) and not _participle_next(tail):
                    # X, he said, was ...: the whole sentence
                    a, b = self._trim(s, e)
                    self._emit_indirect(a, b, sp_after, (cs, ce), "parenthetical", (s, e))
                    return
                if self._ends_clause(tail, told):  # CLAUSE, NAME said (on Monday).
                    a, b = self._clause(resume, sep)
                    if lo > sep + 1 and _odd_quotes(text, a, b):
                        close = next(
                            (i for i in range(sep + 1, lo) if text[i] in _CLOSE_DQ), sep + 1
                        )
                        b = close + 1  # 'X is a "change agent," Cole said': close it
                    only = text[a:b].strip().lower()
                    if only in _LEADING_PREPOSITIONS or (" " not in only and only.endswith("ly")):
                        return  # "Nonetheless, Trump said.": nothing reported
                    self._emit_indirect(a, b, sp_after, (cs, ce), "clause_cue", (sep, e))
                    named = _TOLD_NAMED.match(tail.lstrip()) if told else None
                    if _participle_next(tail.lstrip(), named.end() if named else 0):
                        resume = ce  # "..., the army said, adding that Y", "..., a source
                        continue  # told AFP, adding that Y": the next cue's
                    more = _AND_CLAUSE.search(text, ce, e)  # "..., the agency said, and Y."
                    nxt = self._report_after_and(more, (s, e), sp_after, (cs, ce), "clause_cue_and")
                    if nxt is None:
                        return
                    resume = nxt  # "..., Smith said, and he added that Y"
                    continue
            # CLAUSE, said NAME / said a statement issued by X
            inv = _INVERTED_SPEAKER.match(text[ce : min(e + 1, ce + 400)])
            if inv and (
                _CLAUSE_OPENER.match(inv["sp"])
                or _AUXILIARY.search(inv["sp"])
                or _NEGATED_AUXILIARY.search(inv["sp"])
                or _PAST_VERB.search(inv["sp"])
            ):
                inv = None  # "..., stated that X is ...", "..., said his survey showed ...":
                # a clause, not a speaker ("said the retired general" is one)
            if (
                inv
                and _CONJ_AFTER.match(text, ce + inv.end("sp"), e)
                and not _NAME_ONLY.fullmatch(inv["sp"].strip())
            ):
                inv = None  # "said the event brought back memories, and of": a clause; only
                # a name stops at ", but" ("..., said Howard, but her politics ...")
            if inv and told:
                inv = None  # "..., NAME told The Post": the one told, never the speaker
            if inv and not (
                sep > s and text[sep] == "," and not text[sep + 1 : cs].strip(' \u00a0"”’')
            ):
                inv = None  # only ", said NAME" right after a clause inverts
            if inv and not _FINITE.search(text, max(resume, sep - 300), sep):  # bounded: linear
                subject = None if lemma not in _INVERTING else self._subject(resume, cs)
                if lemma not in _INVERTING or (  # "Rep. Jim Jordan (R-Ohio), a member, said"
                    subject is not None
                    and subject.ref is not None
                    and subject.ref.name
                    and not self._clause_after_name(subject.ref.span, sep)
                ):
                    inv = None  # "A spokesman for the governor, Ahmad Zia, confirmed the
                    # toll": a subject with its appositive before the verb, no clause
            if inv:
                spa, spb = ce + inv.start("sp"), ce + inv.end("sp")
                sp = self.res.phrase(spa, spb) or self.res.bare_np(spa, spb)
                if sp is not None:
                    a, b = self._clause(resume, sep)
                    if text[sep + 1 : sep + 2] in _CLOSE_DQ and _odd_quotes(text, a, b):
                        b = sep + 2  # 'X are "not meeting the demand," says Y': close it
                    self._emit_indirect(a, b, sp, (cs, ce), "clause_said", (sep, e))
                    nxt = self._report_after_and(  # "X, said Y, but Z": Z is Y's too
                        _AND_CLAUSE.match(text, spb, e), (s, e), sp, (cs, ce), "clause_said_and"
                    )
                    if nxt is None:
                        return
                    resume = nxt  # "X, said Y, and he added that Z"
                    continue
            # NAME said (that) CLAUSE
            if told and _TOLD_ONLY.match(tail):
                continue  # "..., NAME told The Post.": nothing reported after the verb
            sp = self._subject(resume, cs)
            if sp is None:
                continue
            if _NO_ONE.match(text, sp.start, sp.end):
                continue  # "No group has claimed responsibility": nobody said anything
            a = self._content_start(ce, e, form)
            end = self._next_report(a, e)
            a, b = self._trim(a, end)
            if b - a < 12:
                continue
            if (
                lemma in _RESPONSE_VERBS
                and text.startswith(("to ", "by "), a)
                and not _WORDS_IN_RESPONSE.search(text, a, b)
                and not _WORDS_ANSWERED.match(text, a, b)
            ):
                continue  # "responded to the attack by carrying out airstrikes": a deed
                # ("responded with attacks on Machado" is words, and stays)
            if _SUBORDINATE_OPENING.match(text, s) and sp.start - s < 80:
                main = _MAIN_CLAUSE.search(text, a, b)  # "While X said A, he appears": A
                if main is not None and main.start() - a >= 12:
                    end = main.start()  # the main clause may report on its own
                    a, b = self._trim(a, end)
            if text[a] in _OPEN_DQ and self._overlaps_direct(a, b) > 0.8:
                return  # "Price said that “...”": the direct quote covers it
            if _SAID_THIS.fullmatch(text, a, b):
                before = self._sentence_before(s)
                if before is not None and not any(
                    st.span.start < before[1] and before[0] < st.span.end for st in self.out[-20:]
                ):  # "X said this in a post": what came before, if no one said it already
                    # (the latest statements only: linear however many there are)
                    pa, pb = self._trim(*before)
                    self._emit_indirect(pa, pb, sp, (cs, ce), "said_this", (s, e))
                return
            self._emit_indirect(a, b, sp, (cs, ce), "verb_clause", (s, e))
            if end >= e:
                return
            # "X shouted that ..., said witness Y": Y reports all of it
            resume = s if self._inverted_report(end, e) else end

    def _report_after_and(
        self,
        more: regex.Match[str] | None,
        sentence: tuple[int, int],
        sp: _Speaker,
        cue: tuple[int, int],
        rule: str,
    ) -> int | None:
        """ "..., X said, and Y": Y is X's report too, unless it has a verb of its own, where
        the sentence resumes (the position is returned); None when the sentence is done."""
        e = sentence[1]
        if more is None:
            return None
        if _cue_pattern().search(self.text, more.end(), e):
            return more.end()
        a, b = self._trim(more.end(), e)
        if b - a >= 12:
            self._emit_indirect(a, b, sp, cue, rule, sentence)
        return None

    def _clause_after_name(self, name: Span | None, sep: int) -> bool:
        """Whether words other than a bracket follow a subject's name before the next comma
        ("Hillary Clinton also lacks in the looks department, said Howard": a clause, so
        Howard is the speaker; not "Rep. Jim Jordan (R-Ohio), a member, said")."""
        if name is None or not name.end <= sep:
            return False
        comma = self.text.find(",", name.end, sep + 1)
        rest = _BRACKETED.sub("", self.text[name.end : comma if comma >= 0 else sep])
        return len(rest.split()) >= 2

    def _clause_without_that(self, ce: int, e: int, form: str) -> bool:
        """ "Mr. Obama believes his efforts will be ...", "Clinton questioned what kind of
        person ...": a clause with its own finite verb, or a question, with no "that"."""
        text = self.text
        if _people().cue_lemma.get(form) == "question":
            return bool(_WH_AFTER.match(text, ce, e))
        head = _CLAUSE_HEAD.match(text, ce, e)
        return head is not None and bool(_FINITE_SOON.match(text, head.end(), e))

    def _evidence_shows(self, s: int, cs: int, form: str) -> bool:
        """ "Polls show Clinton with a lead", "one study found Trump would raise taxes": a
        poll, study or record as the subject of find/show reports without "that"."""
        if form not in _EVIDENCE_VERBS:
            return False
        lo = max(s, self._last_separator(s, cs) + 1, cs - 160)
        return bool(_EVIDENCE_NOUN.search(self.text, lo, cs))

    def _last_separator(self, s: int, cs: int) -> int:
        """The last comma or dash before ``cs`` (a clause boundary) within 300 characters,
        or -1."""
        lo = max(s, cs - 300)
        return max(self.text.rfind(c, lo, cs) for c in (",", "—", "–", "―"))

    def _sentence_before(self, s: int) -> tuple[int, int] | None:
        """The sentence right before the one starting at ``s`` (a line break or two apart)."""
        i = bisect.bisect_left(self._sentence_starts, s) - 1
        return self._sentences[i] if i >= 0 and s - self._sentences[i][1] < 10 else None

    def _inverted_report(self, comma: int, e: int) -> bool:
        """Whether ", said NAME" (a verb that inverts, then its speaker) or ", NAME said"
        closing the sentence follows at ``comma``: the clause before it is that speaker's
        report."""
        text = self.text
        if text[comma : comma + 2] != ", ":
            return False
        m = _cue_pattern().match(text, comma + 2, e)
        if m is None:
            return self._closing_report(comma, e)
        if _people().cue_lemma.get(m.group().lower()) not in _INVERTING:
            return False
        if m.group().lower().endswith("ing"):
            return False
        inv = _INVERTED_SPEAKER.match(text[m.end() : min(e + 1, m.end() + 400)])
        if inv is None or _CLAUSE_OPENER.match(inv["sp"]) or _AUXILIARY.search(inv["sp"]):
            return False
        spa, spb = m.end() + inv.start("sp"), m.end() + inv.end("sp")
        return (self.res.phrase(spa, spb) or self.res.bare_np(spa, spb)) is not None

    def _closing_report(self, comma: int, e: int) -> bool:
        """ ", the Foreign Office said (in the statement)." closing the sentence."""
        text = self.text
        m = _cue_pattern().search(text, comma + 2, min(e, comma + 100))
        if m is None or m.group().lower().endswith("ing") or self._nounish(m.start(), m.end(), e):
            return False
        if _people().cue_lemma.get(m.group().lower()) not in _INVERTING:
            return False  # "..., the footage showed": not a verb of saying
        subject = text[comma + 2 : m.start()]
        if _CLAUSE_IN_SUBJECT.search(subject):
            return False  # ", which RT pointed to", ", China and elsewhere that he blamed"
        if not self._ends_clause(text[m.end() : min(e, m.end() + 400)]):
            return False
        sp = self.res.phrase(comma + 2, m.start()) or self.res.bare_np(comma + 2, m.start())
        return sp is not None

    def _next_report(self, a: int, e: int) -> int:
        """Where a reported clause ends: before a later "— it also noted", ", he added
        that" in the same sentence, else the sentence end."""
        text = self.text
        e = min(e, a + 1500)
        held_back = _BUT_HELD_BACK.search(text, a, e)
        if held_back is not None and held_back.start() - a >= 12:
            e = held_back.start()  # "said X is important, but did not comment on Y": the
            # speaker's silence, told by the reporter
        for m in _cue_pattern().finditer(text, a, e):
            before = m.start() - 2
            if before - a >= 12 and self._inverted_report(before, e):
                return before  # "X shouted that they would ..., said witness Y": Y's report
            cut = text.rfind(", ", max(a, m.start() - 100), m.start())
            if cut - a >= 12 and cut != before and self._closing_report(cut, e):
                return cut  # "X stressed ..., the Foreign Office said.": its report
            if m.group().lower().endswith("ing") and not self._nounish(m.start(), m.end(), e):
                comma = _COMMA_END.search(text, max(a, m.start() - 3), m.start())
                if comma and comma.start() - a >= 12 and self._addressee_verb(m.start(), m.end()):
                    return comma.start()  # "praised the vote, telling reporters that ..."
                if (
                    comma
                    and comma.start() - a >= 3
                    and not m.group().lower().startswith("according")
                    and (
                        _THAT_OR_QUOTE_AFTER.match(text, m.end(), e)
                        or self._clause_without_that(m.end(), e, m.group().lower())
                    )
                ):
                    return comma.start()  # "said X, adding that Y": Y is a report of its own
                continue
            if self._nounish(m.start(), m.end(), e):
                continue
            both = _AND_BEFORE.search(text, max(a, m.start() - 30), m.start())
            if both and both.start() - a >= 3 and _CLAUSE_AFTER.match(text[m.end() : e]):
                return both.start()  # "said the plan was bold and said that taxes would fall"
            sep = self._last_separator(a, m.start())
            conj = _CONJ_SUBJECT.search(text, max(a, sep + 1, m.start() - 80), m.start())
            if conj is not None:
                sep = conj.start()  # "... the investigation and Democrats accused ..."
            if sep <= a:
                continue
            lo = conj.end() if conj is not None else sep + 1
            if (
                conj is not None
                and conj.group().split()[0] == "and"
                and _number_clash(text[lo : m.start()], m.group())
            ):
                continue  # "shootings and protests demands that": one conjoined subject
            lead = _CONJ_LEAD.match(text, lo, m.start())
            if lead:
                lo = lead.end()  # ", and human rights groups warned that"
            adv = _ADVERBS_AT_END.search(" " + text[lo : m.start()])
            hi = lo + adv.start() - 1 if adv and adv.start() > 0 else m.start()
            sp = self.res.phrase(lo, hi)
            if sp is None and (lead or conj):
                sp = self.res.bare_np(lo, hi)
                if sp is None and _LOWER_GROUP.fullmatch(text, lo, hi):
                    return sep  # ", and human rights groups warned that"
            if sp is not None and _CLAUSE_AFTER.match(text[m.end() : e]):
                return sep
        return e

    def _content_start(self, ce: int, e: int, form: str) -> int:
        text = self.text
        rest = text[ce : min(e, ce + 200)]
        m = rx.match(
            rf"(?i)(?:\s*,?\s*(?:(?!at\s+(?:least|most)\b|in\s+(?:all|total)\b)"
            rf"(?:(?:on|in|at|during|late|early|last)\s+|(?:after|following)\s+(?=(?:the|a|an|his|her|their|its|this|that)\s))[^,]{{1,40}}?(?:,\s+\p{{Lu}}[\w.]*(?:\s+\p{{Lu}}[\w.]*)?"
            rf"(?=,\s*that\b))?(?=\s*(?:,|that\b|$)|\s+(?:the|a|an|"
            rf"he|she|they|we|it|this|there|his|her|their|its|our)\b)|{_WHEN_WORD}(?![’']s)|"
            r"to\s+(?:the|a|his|her|their|reporters|journalists|supporters)\b[^,.;:]{0,40}?"
            r"(?=\s*[.;!?]|$)),?)?"
            r"(?:\s+(?:reporters|journalists|the\s+\w+(?:\s+\w+)?|him|her|them|us|[\w-]+))??"
            r"\s*(?:that\b|:|,)?\s*",
            rest,
        )
        start = ce + (m.end() if m else 0)
        if _people().cue_lemma.get(form) in _ADDRESSEE_OR_URGING_VERBS:
            # "told AFP the attackers had fled", "warned voters that": not their words
            told = _agency_told().match(rest) or _TOLD_WHOM.match(rest)
            if told:
                start = max(start, ce + told.end())
        that = _THAT_SOON.match(rest)
        if that and not _AUXILIARY.search(rest[: that.start() + 1]):
            start = ce + that.end()  # "claimed Monday that", "told a news conference that"
        lead = len(rest) - len(rest.lstrip())
        pp = _PP_BEFORE_CLAUSE.match(text, ce + lead, min(e, ce + lead + 120))
        if pp is not None:  # "said at a security conference in Germany he would not ..."
            start = pp.end()
        subject = _THAT_AS_SUBJECT.match(text, ce, e)
        if subject is not None and start == subject.end():
            start = subject.start("that")  # "said that was not her view": "that" is its subject
        return start

    def _addressee_verb(self, cs: int, ce: int) -> bool:
        """Whether the cue at ``[cs, ce)`` takes the one spoken to as its object ("told")."""
        form = " ".join(self.text[cs:ce].lower().split())
        return _people().cue_lemma.get(form) in _ADDRESSEE_VERBS

    def _ends_clause(self, tail: str, told_named: bool = False) -> bool:
        """After "…, NAME said": nothing, or only when/where (and to whom) it was said;
        ``told_named``: after a verb of telling, a name is the one told ("told CNN")."""
        t = tail.strip()
        if told_named:
            named = _TOLD_NAMED.match(t)
            if named:
                if _participle_next(t, named.end()):
                    return True  # "told AFP, leaving four dead"
                t = t[named.end() :].strip().lstrip(",").strip()  # "told AFP, as raids struck"
                if rx.match(r"to\s+\p{Ll}+", t) and not _THAT_OR_QUOTE.search(t):
                    return True  # "..., sources told Reuters, to resume weekend talks": the
                    # purpose of the clause before, not more of what was told
        told = rx.match(
            r"(?i)(?:reporters|journalists|the\s+media|a\s+news\s+conference|dpa|"
            r"(?:a|the)\s+(?:\w+\s+){0,3}(?:briefing|conference|meeting|reporters|"
            r"journalists|agency|newspaper|channel))\b",
            t,
        )
        if told:
            t = t[told.end() :].strip()
        if not t or t[0] in ".;!?" or _participle_next(t):
            return True
        if not rx.match(
            r"(?i)(?:on|in|at|during|after|before|when|while|amid|as|here|yesterday|today|"
            r"late|early|last|this|shortly|in\s+a|adding|citing|referring|according|without|"
            r"by\s+(?:tele)?phone|over\s+the\s+phone|via|\w+day)\b",
            t,
        ):
            return False
        # "said at an event in Colorado that ...": the when/where leads to a clause of its own
        own = _CONTINUATION.search(t)
        return not _THAT_OR_QUOTE.search(t[: own.start() if own else len(t)])

    def _clause(self, s: int, comma: int) -> tuple[int, int]:
        a, b = self._trim(s, comma)
        intro = rx.match(
            r"(?i)(?:however|but|and|meanwhile|similarly|also|still|indeed|moreover|further|"
            r"furthermore|in\s+addition)\s*,?\s+",
            self.text[a:b],
        )
        return (a + intro.end(), b) if intro else (a, b)

    def _according(self, s: int, e: int, cs: int, ce: int) -> bool:
        text = self.text
        comma_after = text.find(",", ce, e)
        comma_before = text.rfind(",", s, cs)
        intro = text[s:comma_before].strip() if comma_before > s else ""
        opens = cs - s < 3 or (  # "According to X, CLAUSE"
            bool(intro)
            and len(intro.split()) <= 6
            and bool(_SUBJECT_SKIP.match(intro))
            and not _FINITE.search(intro)
        )  # "Over the long term, according to the budget office, CLAUSE": an intro before
        if opens and comma_after > 0:
            sp = self._source(ce, comma_after)
            start = comma_after + 1
            second = text.find(",", start, e)
            if second > 0 and self._appositive(start, second):
                start = second + 1  # "According to X, Spokesperson of the Ministry, CLAUSE"
            a, b = self._trim(start, e)
            if sp is not None and b - a >= 12:  # not "According to MSNBC, basically"
                self._emit_indirect(a, b, sp, (cs, ce), "according_to", (s, e))
                return True
        if comma_before > s and not text[comma_before + 1 : cs].strip():  # CLAUSE, according to X
            stop = _SOURCE_END.search(text, ce, e)
            sp = self._source(ce, stop.start() if stop else e)
            if sp is not None:
                a, b = self._clause(s, comma_before)
                self._emit_indirect(a, b, sp, (cs, ce), "according_to", (s, e))
                more = _AND_CLAUSE.match(text, stop.start(), e) if stop else None
                if more is not None and not _cue_pattern().search(text, more.end(), e):
                    a, b = self._trim(more.end(), e)  # "X, according to the CBO, and Y"
                    if b - a >= 12:
                        self._emit_indirect(a, b, sp, (cs, ce), "according_to_and", (s, e))
                return True
        return False

    def _appositive(self, a: int, b: int) -> bool:
        """Whether ``text[a:b]`` describes the one named before it ("the minister's
        spokesman", "Spokesperson of the Ministry of External Affairs"), with no verb."""
        seg = self.text[a:b].strip()
        if not seg or _FINITE.search(seg) or len(seg.split()) > 10:
            return False
        first = seg.split()[0].lower()
        return bool(_DESCRIPTION.match(seg)) or first in _people().heads

    def _source(self, a: int, b: int) -> _Speaker | None:
        """The source named after "according to": whatever noun phrase it is ("police",
        "exit polls", "a new report by Politico"), an unnamed one when no entity."""
        sp = self.res.phrase(a, b) or self.res.bare_np(a, b)
        if sp is not None:
            return sp
        words = self.text[a:b].split()
        if not 1 <= len(words) <= 14 or _QUOTE_OR_COLON.search(self.text, a, b):
            return None
        lo = a + len(self.text[a:b]) - len(self.text[a:b].lstrip())
        hi = b - (len(self.text[a:b]) - len(self.text[a:b].rstrip()))
        return self.res.unnamed(lo, hi)

    def _participle(self, s: int, e: int, cs: int, ce: int) -> int | None:
        """ "..., saying that X", "..., claiming X", "quoted sources as claiming X": where
        the reported clause ends, or None when there is no report."""
        text = self.text
        if _ASIDE_THEN_VERB.match(text, ce, e):
            return None  # "X, writing on the Telegram app, said ...": the verb after reports
        before = text[s:cs]
        as_claim = _QUOTED_AS.search(before)
        with_x = _WITH_X.search(before)
        if as_claim:
            sp = self.res.phrase(s + as_claim.start("sp"), s + as_claim.end("sp"))
        elif with_x:
            sp = self.res.phrase(s + with_x.start("sp"), s + with_x.end("sp"))
        elif _COMMA_END.search(before):
            sp = self._sayer_before(s, cs) or self._sentence_subject(s, cs)
        elif _DOC_BEFORE_SAYING.search(before):  # "unleashed a series of tweets saying that"
            sp = self._sentence_subject(s, cs)
        else:
            return None
        if sp is None:
            return None
        that = _OPTIONAL_THAT.match(text[ce : min(e, ce + 100)])
        a = ce + (that.end() if that else 0)
        has_that = bool(that and "that" in that.group())
        if self._addressee_verb(cs, ce):  # "telling reporters on Friday that": after "that"
            a = self._content_start(ce, e, text[cs:ce].lower())
            has_that = bool(_THAT_AT_END.search(text, ce, a))
        a, b = self._trim(a, self._next_report(a, e))  # "..., stating X and reaffirmed Y"
        if b - a < 12:
            return None
        if not has_that and not _FINITE.search(" ".join(text[a:b].split()[:9])):
            return None  # "claiming the lives of 214 civilians": not speech
        self._emit_indirect(a, b, sp, (cs, ce), "participle", (s, e))
        return b

    def _sayer_before(self, s: int, cs: int) -> _Speaker | None:
        """'"...," the mayor said, adding that X': the speaker of the report whose verb
        stands just before, in the same sentence."""
        cued = [  # the latest statements only: the scan stays short on any input
            st
            for st in self.out[-50:]
            if st.cue_span and s <= st.cue_span.start < cs and st.speaker
        ]
        best = max(cued, key=lambda st: st.cue_span.start if st.cue_span else -1, default=None)
        if best is None or best.speaker is None or best.cue_span is None:
            return None
        if self.text[best.cue_span.end : cs].count(",") > 2:
            return None  # too far: another clause between
        return _Speaker(best.speaker, best.cue_span.start, best.cue_span.end)

    def _emit_indirect(
        self, s: int, e: int, sp: _Speaker, cue: tuple[int, int], rule: str, window: tuple[int, int]
    ) -> None:
        has_quote = any(self.text[i] in _QUOTE_CHARS for i in range(s, e))
        if has_quote and self._overlaps_direct(s, e) > 0.9:
            return
        kind = "mixed" if has_quote else "indirect"
        whole = _WHOLLY_QUOTED.fullmatch(self.text, s, e) if has_quote else None
        if whole is not None:  # 'said Friday “we will release the video.”': all quoted
            kind, s, e = "direct", whole.start("q"), whole.end("q")
        self._emit(kind, s, e, sp, cue, rule, window)

    def transcript(self) -> None:
        """Unquoted turns of a transcript: a paragraph that opens with a speaker label in
        capitals naming a person of the article ("PENCE: Well, look, ...")."""
        taken = {st.span.start for st in self.out}
        for pa, pb in self.paragraphs:
            lab = _TRANSCRIPT_LABEL.match(self.text, pa, pb)
            if lab is None or self._inside_covered(pa, pb):
                continue
            who = self.res.label(*lab.span("label"))
            if who is not None:
                a, b = self._trim(lab.end(), pb)
                if a in taken:
                    continue  # a quoted turn, already taken
                self._emit("direct", a, b, who, None, "transcript")
                bisect.insort(self.covered, (pa, pb))

    # -- unattributed direct quotes
    def settle_pending(self) -> None:
        by_start = sorted((st.span.start, i) for i, st in enumerate(self.out) if st.speaker)
        starts = [p for p, _ in by_start]
        mixed = sorted((st.span.start, st.span.end) for st in self.out if st.kind == "mixed")
        for s, e, q in self.pending:
            k = bisect.bisect_right(mixed, (s, 10**18)) - 1
            if k >= 0 and mixed[k][0] <= s and e <= mixed[k][1] + 1:
                continue  # a quoted fragment of a mixed statement: part of it already
            # the next attribution in the paragraph ("He pointed out that ...")
            speaker = None
            k = bisect.bisect_right(starts, e)
            if k < len(by_start):
                st = self.out[by_start[k][1]]
                claim = st.cue_span.start if st.cue_span else st.span.start
                if self._para_of(st.span.start) == q.para and _SENTENCE_END.search(
                    self.text, max(s, e - 2), claim
                ):  # "“...” He pointed out that", not "“...” when Clinton blasted him"
                    speaker = _Speaker(st.speaker, s, e)
            if speaker is None:
                speaker = self._narrative_subject(q)
            if speaker is None:
                for p in (q.para, q.para - 1):
                    if p in self.res.last_speaker:
                        speaker = self.res.last_speaker[p]
                        break
            self._emit("direct", s, e, speaker, None, "direct_continued")

    def _narrative_subject(self, q: _Quote) -> _Speaker | None:
        """ "Sanders identified young voters' exhaustion as a reason. “The younger people
        are ...”": a quotation opening a sentence after a narrative sentence about a
        person, in the same paragraph, is that person's."""
        text = self.text
        pa = self.paragraphs[q.para][0]
        body = text[pa : q.open].rstrip()
        if not body or body[-1] not in ".!?":
            return None
        b = pa + len(body) - 1
        a = self._last_stop(pa, b) + 1  # not at the period of "Mr." or "U.S."
        if any(c in _QUOTE_CHARS for c in text[a:b]):
            return None  # a sentence with a quotation of its own
        if any(a <= (st.cue_span or st.span).start < b for st in self.out):
            return None  # an attribution of its own ("..., Schiff said."): read as such
        sp = self._sentence_subject(a, b)
        if sp is None or sp.ref is None or sp.ref.kind != "person":
            return None
        return sp

    def reresolve_pronouns(self) -> None:
        """Pronoun speakers left unresolved in text order ("He pointed out" before the
        indirect "the spokesperson emphasized" was read), and "the group" of a quotation,
        get the latest speaker now known."""
        out = []
        for st in self.out:
            sp = st.speaker
            if sp is not None and sp.span is not None:
                eid = self._later_speaker(sp, sp.span)
                if eid and eid != sp.id:
                    ref = self.res.ref(eid, sp.span.start, sp.span.end)
                    st = st.model_copy(update={"speaker": ref})
            out.append(st)
        self.out = out

    def _later_speaker(self, sp: EntityRef, span: Span) -> str | None:
        """The speaker an unresolved pronoun, or a quotation's "the group", means once every
        report is read ('"...," the group said' after an indirect "X Committees said": X,
        which the quotations, read first, could not know of); None to keep ``sp``."""
        pos = span.start
        word = (sp.description or "").lower()
        if sp.name is None and word in ("he", "she", "it", "they", "i", "we"):
            kinds = _PERSON if word in ("he", "she", "i") else _GROUPS
            return self.res.recent_speaker(pos, kinds, self.res.window_start(pos), word)
        if (sp.id is not None or sp.name is None) and span.text.lower() == "the group":
            return self.res.recent_speaker(pos, _BODIES, self.res.window_start(pos))
        return None

    # -- headline
    def headline_statement(self) -> None:
        """Headlines and standfirsts that report: "Threats to Pakistan could be threats to
        US, says Washington"; "X: PICSS"; "US State Department spokesperson says X"."""
        for a, b in self.headlines:
            self._headline(a, b)

    @staticmethod
    def _label_like(label: str) -> bool:
        """Whether the words before a headline's colon can name a speaker ("Sanders",
        "Obama on Climate Change", "A lesson from Loretta Lynch"): no clause in them ("US
        to work with Pakistan on terrorism")."""
        return (
            not _LABEL_CLAUSE.search(label)
            and not _FINITE.search(label)
            and not _KICKER.search(label)  # "Israel-Hamas War: ...": a rubric
        )

    def _headline(self, a: int, b: int) -> None:
        text = self.text
        found = None
        for pat in (
            _HEADLINE_AFTER,
            _HEADLINE_AFTER_NAMED,
            _HEADLINE_SPEAKER_COLON,
            _HEADLINE_COLON,
            _HEADLINE_DASH,
            _HEADLINE_BEFORE,
        ):
            m = pat.match(text, a, b)
            if m is None:
                continue
            if pat is _HEADLINE_SPEAKER_COLON and not self._label_like(m["sp"]):
                continue  # "US to work with Pakistan on terrorism: ..." is no speaker label
            sp = self.res.phrase(*m.span("sp"))
            if sp is None and pat is _HEADLINE_DASH:
                sp = self.res.bare_np(*m.span("sp"))  # "– Police", "— Residents"
            if sp is None or sp.ref is None:
                continue
            if (
                pat is _HEADLINE_DASH
                and sp.ref.id is None
                and not _UNNAMED_HEADS.search(m["sp"].split()[-1])
            ):
                continue  # "Pakistan vs India — Live Updates": a rubric, not a source
            if (
                pat is _HEADLINE_SPEAKER_COLON
                and (sp.ref.kind in _PLACE_KINDS or sp.ref.kind == "country")
                and not _STANCE.search(m["c"])
            ):
                continue  # "Nigeria: Gunmen kill 7 villagers": a rubric
            if sp.ref.name is not None or (  # "..., Palestinians Say", "Officials say ..."
                pat in (_HEADLINE_AFTER, _HEADLINE_AFTER_NAMED, _HEADLINE_BEFORE, _HEADLINE_DASH)
                and sp.ref.description
            ):
                found = m, sp
                break
        if found is None:
            return
        m, sp = found
        cue = m.span("cue") if "cue" in m.groupdict() and m["cue"] else None
        cs, ce = self._trim(*m.span("c"))
        colon = text.find(": ", cs, ce)
        if 0 < colon - cs <= 40 and (
            _KICKER.search(text, cs, colon)
            or any(
                mm.start == cs
                and mm.end == colon
                and self.idx.entity(mm.entity).kind in (*_PLACE_KINDS, "country")
                for mm in self.idx.at(cs, colon)
            )
        ):
            cs = colon + 2  # "Israel-Hamas War: Israeli Strikes ...", "Nigeria: Gunmen kill
            # 7": the rubric is not said
        kind = "indirect"
        if ce - cs > 2 and text[cs] in _OPEN_DQ and text[ce - 1] in _CLOSE_DQ:
            cs, ce, kind = cs + 1, ce - 1, "direct"  # 'Pakistan vows "decisive action"'
        said = " ".join(text[cs:ce].lower().split())
        if any(
            st.from_headline and " ".join(st.content.lower().split()) == said for st in self.out
        ):
            return  # a standfirst repeating the headline: one statement
        self._emit(kind, cs, ce, sp, cue, "headline")


def extract_statements(
    text: str,
    paragraphs: list[tuple[int, int]],
    sentences: list[tuple[int, int]],
    idx: EntityIndex,
    dates: Sequence[TimeExpression],
    headline: tuple[int, int] | None = None,
    subtitles: Sequence[tuple[int, int]] = (),
) -> tuple[list[Statement], list[Diagnostic]]:
    """Statements of an article's body (and headline), sorted by position."""
    original = text
    text = _single_marks(text)
    quotes, diags = find_quotes(text, paragraphs)
    ex = _Extractor(text, paragraphs, idx, dates, headline, subtitles, sentences)
    ex.headline_statement()
    ex.direct(quotes)
    ex.transcript()
    ex.indirect()
    ex.settle_pending()
    ex.reresolve_pronouns()
    seen: set[tuple[int, int]] = set()
    out = []
    for st in sorted(ex.out, key=lambda x: (x.span.start, x.span.end)):
        key = (st.span.start, st.span.end)
        if key in seen:
            continue
        seen.add(key)
        out.append(st if text is original else _reslice(st, original))
    if text is not original:
        diags = [
            d if d.span is None else d.model_copy(update={"span": _cut(original, d.span)})
            for d in diags
        ]
    return out, diags


def _cut(text: str, sp: Span) -> Span:
    return Span.of(text, sp.start, sp.end)


_DOUBLED = regex.compile(r"''|``")


def _single_marks(text: str) -> str:
    """The text with typewriter quotes made of two marks (``''It is,'' he said``, the
    style of some archives and of tokenised corpora) written as one ``"`` beside the
    words and a space, so offsets stay those of the input. Same object if none."""
    if "''" not in text and "``" not in text:
        return text
    chars = list(text)
    for m in _DOUBLED.finditer(text):
        i = m.start()
        before = text[i - 1] if i > 0 else " "
        after = text[i + 2] if i + 2 < len(text) else " "
        if (before.isspace() or before in "([—–-") and (after.isalnum() or after in "$£€.…"):
            chars[i], chars[i + 1] = " ", '"'  # opens: the mark stays next to the word
        elif (before.isalnum() or before in ".,!?;:…") and not after.isalnum():
            chars[i], chars[i + 1] = '"', " "
    return "".join(chars)


def _reslice(st: Statement, text: str) -> Statement:
    """The statement with every span (and the content) read from the input text."""

    def cut(sp: Span | None) -> Span | None:
        return None if sp is None else _cut(text, sp)

    speaker = st.speaker
    if speaker is not None and speaker.span is not None:
        sp = Span.of(text, speaker.span.start, speaker.span.end)
        words = " ".join(sp.text.split()) if speaker.description is not None else None
        speaker = speaker.model_copy(update={"span": sp, "description": words})
    span = Span.of(text, st.span.start, st.span.end)
    return st.model_copy(
        update={
            "span": span,
            "content": span.text,
            "cue_span": cut(st.cue_span),
            "date_span": cut(st.date_span),
            "evidence": tuple(Span.of(text, e.start, e.end) for e in st.evidence),
            "speaker": speaker,
        }
    )
