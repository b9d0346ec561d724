"""Stage 2, entities: people, organisations, armed groups and places, one per referent.

How mentions are found (all in one left-to-right pass over capitalised token runs, so the
cost is linear in the text and independent of the gazetteer's size):

1. Gazetteer names, aliases and demonyms, longest first ("Tehrik-i-Taliban Pakistan",
   "U.S.", "Pakistani" → Pakistan).
2. Acronyms defined in parentheses join their long form: "Inter-Services Public Relations
   (ISPR)", "CPEC (China Pakistan Economic Corridor)"; an unknown long form becomes a new
   organisation (or a site, for "General Headquarters (GHQ)").
3. Sites and organisations by their head word: "Karachi University", "Peshawar Police
   Lines", "Ciragan Palace" (sites); "Interior Ministry", "Militancy Database" (no).
4. People: a run of name tokens after a title ("State Department Spokesperson Ned Price",
   "Lt Gen Sahir Shamshad Mirza", "Kremlin aide Vladimir Medinsky", "former prime
   minister Imran Khan"), before an appositive title ("Syed Haider Shah, Additional
   Secretary"), or next to a reporting verb ("Ali Suleyman, a witness", "said Mohamed
   Yusuf"). Later, a single name token of a known person ("Price", "Helvey") and the full
   name in any case ("Ned price") are mentions of that person.
5. Metonymy: a capital followed by a verb or a possessive, and not after a preposition
   ("Islamabad faces", "Washington shied away", "Kabul denied") is its country's
   government; "in Islamabad" stays the city. Buildings listed with ``metonym_for`` in the
   gazetteer ("the White House said", "the Kremlin") are their country too.

Coreference policy (``EntityIndex.resolve_role`` and ``resolve_pronoun``):

- A role noun ("the spokesperson", "the department's Spokesperson", "a State Department
  spokesperson") refers to the nearest person before it whose title has that role word;
  if none precedes it, to the first such person after it (news names the speaker late).
- A pronoun in reported-speech subject position ("he said", "she added") refers, among
  the people mentioned in its paragraph before it and in the previous paragraph, to the
  most recent one who was a speaker (the subject of a reporting verb); if none, the most
  recent one; "it"/"they" take organisations, governments and groups the same way.
  Plain recency would give a person merely talked about ("... on Imran Khan's ouster.
  He added ...") where the speaker is meant.

Why by hand: spaCy's NER and coreference need model weights this workplace cannot load,
are not deterministic across versions, and know neither news titles nor the aliases of
armed groups; the rules here are data (``titles``, ``cues`` and ``gazetteer`` entries of the rules).
"""

from __future__ import annotations

import bisect
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from . import _regex as rx
from .gazetteer import Gazetteer, default_gazetteer
from .lexicon import phrase_alternation
from .models import Entity, EntityKind, EntityRef, Span
from .rules.loader import Rules, current_rules

__all__ = ["EntityIndex", "Mention", "PatternMention", "find_entities", "in_spans"]


@dataclass(frozen=True)
class Mention:
    """One mention of an entity: offsets, the entity's id and how it was named."""

    start: int
    end: int
    entity: str
    form: str  # name, alias, acronym, demonym, surname, metonym, role, title, pattern


@dataclass
class _Ent:
    id: str
    name: str
    kind: EntityKind
    aliases: list[str] = field(default_factory=list)
    title: str | None = None
    affiliation: str | None = None
    country: str | None = None


# ------------------------------------------------------------------ lexicons
@dataclass(frozen=True)
class _People:
    honorifics: frozenset[str]
    heads: frozenset[str]
    modifiers: frozenset[str]
    roles: tuple[str, ...]
    roles_re: regex.Pattern[str]  # any role noun, as a whole word
    not_names: frozenset[str]
    cues: frozenset[str]
    cue_lemma: dict[str, str]
    that_only: frozenset[str]  # forms that report only before "that", a colon or a quote
    quote_only: frozenset[str]  # forms that report only with a quotation a few words on
    max_title_words: int
    gender: dict[str, str]  # lower-cased title word or first name -> "female" / "male"
    first_names: frozenset[str]  # lower-cased given names of the lexicon
    role_means: dict[str, tuple[str, ...]]  # a role and the titles it stands for


def _people() -> _People:
    """The people lexicon (titles, roles, cues) of the current rules."""
    return _people_of(current_rules())


@lru_cache(maxsize=8)
def _people_of(rules: Rules) -> _People:
    t: dict[str, list[str]] = {}
    gender: dict[str, str] = {}
    for entry in rules.entries("titles"):
        if entry.type != "first_name":
            t.setdefault(entry.type, []).append(entry.text)
        if entry.gender is not None:
            gender[entry.text.lower().rstrip(".")] = entry.gender
    lemma: dict[str, str] = {}
    that_only: dict[str, str] = {}
    quote_only: dict[str, str] = {}
    for cue in rules.entries("cues"):
        for form in cue.forms:
            target = {"that_verb": that_only, "quote_verb": quote_only}.get(cue.kind, lemma)
            target[form] = cue.lemma
    lemma.update(that_only)
    lemma.update(quote_only)
    honorifics, heads = t.get("honorific", []), t.get("head", [])
    roles = tuple(sorted({r.lower() for r in t.get("role", [])}, key=len, reverse=True))
    words = [w for w in (*honorifics, *heads) if " " in w]
    return _People(
        honorifics=frozenset(h.lower().rstrip(".") for h in honorifics),
        heads=frozenset(h.lower() for h in heads),
        modifiers=frozenset(m.lower() for m in t.get("modifier", [])),
        roles=roles,
        roles_re=regex.compile(rf"\b(?:{'|'.join(regex.escape(r) for r in roles) or '(?!)'})\b"),
        not_names=frozenset(t.get("not_name", [])),
        cues=frozenset(lemma),
        cue_lemma=lemma,
        that_only=frozenset(that_only),
        quote_only=frozenset(quote_only),
        max_title_words=max((len(w.split()) for w in words), default=1),
        gender=gender,
        first_names=frozenset(
            e.text.lower() for e in rules.entries("titles") if e.type == "first_name"
        ),
        role_means={
            e.text.lower(): (e.text.lower(), *(m.lower() for m in e.means))
            for e in rules.entries("titles")
            if e.type == "role" and e.means
        },
    )


# Tokens: capitalised words (with inner hyphens, dots, apostrophes), all-caps acronyms,
# "al-Qaeda"-style prefixed names, and lower-case words (kept to read context).
_TOKEN = regex.compile(
    r"(?:(?:al|el|ad|as|ash|an|ar|at|az|ul|ur|bin|ibn)-)?[\p{L}\p{N}][\p{L}\p{N}&'’.\-]*"
)
_POSSESSIVE = regex.compile(r"(?:['’]s?)$")
# a lower-case word after a demonym or a name, not a verb: "Cuban officials", "Jordan river"
_LOWER_NOUN_AFTER = regex.compile(
    r"\s+(?!(?:said|says|told|added|has|had|is|was|will|would|also|and|who|in|on|at)\b)"
    r"\p{Ll}+(?<!ed)\b"
)
_CONTRACTION = regex.compile(
    r"(?:I|It|He|She|We|They|You|That|There|Here|What|Who|Let|Don|Can|Won|Didn|Isn|"
    r"Wasn|Aren|Weren|Couldn|Wouldn|Shouldn|Doesn|Haven|Hasn)['’](?:m|ve|ll|d|re|s|t)"
)
# a minister's portfolio: "External Affairs Minister", "Minister of External Affairs"
_MINISTER_OF = regex.compile(
    r"(?P<a>\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,3})\s+Minister\b"
    r"|\bMinister\s+(?:of|for)\s+(?P<b>\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,3})"
)
_TOLD_BEFORE = regex.compile(r"\b(?:told|telling|tells)\s+(?:the\s+)?$")
# a place named by what it is called: "a village called X", "a town known as X"
_CALLED_PLACE_BEFORE = regex.compile(
    r"(?i)\b(?:village|town|city|area|place|locality|district|camp|settlement|community|"
    r"neighbou?rhood|hamlet)s?\s+(?:called|named|known\s+as)\s+$"
)
_PLACE_HEADS = frozenset(
    {
        "province",
        "district",
        "city",
        "village",
        "valley",
        "region",
        "state",
        "county",
        "town",
        "governorate",
        "prefecture",
        "tehsil",
        "agency",
        "division",
        "oblast",
        "area",
    }
)
_INITIAL = regex.compile(r"\p{Lu}\.")  # a middle initial: "D." of "Paul D. Ryan"
_CONNECTORS = frozenset(
    {
        "of",
        "for",
        "and",
        "the",
        "de",
        "du",
        "da",
        "al",
        "bin",
        "ul",
        "ur",
        "e",
        "i",
        "on",
        "in",
        "van",
        "von",
        "der",
        "&",
    }
)
_NAME_PARTICLES = frozenset(
    {"bin", "ibn", "ul", "ur", "al", "de", "da", "van", "von", "der", "el", "ud", "din"}
)
_SITE_HEADS = frozenset(
    {
        "University",
        "Airport",
        "Palace",
        "Hotel",
        "Mosque",
        "Church",
        "Temple",
        "Market",
        "Bazaar",
        "Lines",
        "Headquarters",
        "Camp",
        "Base",
        "Prison",
        "Jail",
        "Hospital",
        "Square",
        "Bridge",
        "Stadium",
        "Cantonment",
        "Compound",
        "Complex",
        "Museum",
        "Station",
        "Port",
        "Highway",
        "Road",
        "Street",
        "Avenue",
        "School",
        "College",
        "Academy",
        "Shrine",
        "Dam",
        "Checkpost",
        "Check-post",
        "Checkpoint",
        "Crossing",
        "Border",
        "Tower",
        "Plaza",
        "Mall",
    }
)
# role nouns that name the same office: "the spokesman" may be the titled "spokesperson"
_SPEAKERS = ("spokesperson", "spokesman", "spokeswoman", "spox")
_ROLE_SYNONYMS = {
    "spokesperson": _SPEAKERS,
    "spox": _SPEAKERS,
    "spokesman": ("spokesman", "spokesperson", "spox"),  # never the spokeswoman
    "spokeswoman": ("spokeswoman", "spokesperson", "spox"),
}
# the office a title names, without the principal it serves: "spokesperson for the UN
# Secretary-General" -> "spokesperson"
_SERVES = regex.compile(
    r"\b(?:spokes(?:person|man|woman)|advis[eo]r|aide|assistant|envoy|representative|"
    r"chief\s+of\s+staff|secretary)\s+(?:for|to|of)\s+(?:the\s+)?(?=.*\b(?:secretary-general|"
    r"president|prime\s+minister|minister|governor|king|emir|chief)\b)"
)


def _own_office(title: str) -> str:
    """The title up to the principal a serving office names ("spokesperson for the
    Secretary-General" -> "spokesperson for the")."""
    m = _SERVES.search(title)
    return title[: m.end()] if m else title


_COURTESY = frozenset({"mr", "mrs", "ms", "miss", "mx"})  # honorifics that are no office
_WEEKDAYS = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)
# heads of institutions that are never a person's name (unlike "Church", "Temple", "Court")
_INSTITUTION_WORDS = frozenset(
    {"Hospital", "University", "Ministry", "Department", "Office", "Institute", "Council",
     "Committee", "Commission", "Agency", "Bureau", "Authority", "Corps", "Police", "Army",
     "Navy", "Party", "Organisation", "Organization", "Association", "Foundation", "Centre",
     "Center", "Assembly", "Parliament", "Embassy", "Consulate", "Secretariat", "Directorate",
     "Airport", "Hotel", "Mosque", "Museum", "Stadium", "Academy", "College", "School",
     "Prison", "Jail", "Cantonment", "Headquarters", "Shrine", "Checkpoint", "Summit",
     "Conference", "Forum", "Dialogue", "Talks", "Command"}
)  # fmt: skip
_ORG_HEADS = frozenset(
    {
        "Ministry",
        "Department",
        "Office",
        "Institute",
        "Portal",
        "Council",
        "Committee",
        "Committees",
        "Guard",
        "Guards",
        "Commission",
        "Agency",
        "Bureau",
        "Authority",
        "Corps",
        "Police",
        "Army",
        "Navy",
        "Force",
        "Forces",
        "Party",
        "Bank",
        "Organisation",
        "Organization",
        "Association",
        "Union",
        "Foundation",
        "Centre",
        "Center",
        "Court",
        "Assembly",
        "Parliament",
        "Senate",
        "Embassy",
        "Consulate",
        "Mission",
        "Secretariat",
        "Directorate",
        "Division",
        "Brigade",
        "Regiment",
        "Battalion",
        "Network",
        "Movement",
        "Front",
        "Group",
        "Coalition",
        "Alliance",
        "Command",
    }
)
_PREPOSITIONS = frozenset(
    {
        "in",
        "at",
        "from",
        "to",
        "near",
        "of",
        "into",
        "outside",
        "across",
        "around",
        "between",
        "via",
        "through",
        "towards",
        "toward",
        "within",
        "inside",
        "over",
        "beyond",
        "reach",
        "reached",
        "visit",
        "visited",
        "arrived",
        "left",
        "leave",
        "and",
        "or",
        "by",
        "for",
        "on",
        "about",
    }
)
_AUX = frozenset(
    {
        "is",
        "was",
        "has",
        "had",
        "have",
        "will",
        "would",
        "may",
        "might",
        "can",
        "could",
        "should",
        "must",
        "does",
        "did",
        "are",
        "were",
        "also",
    }
)
_PRONOUNS = {"he": "person", "she": "person", "it": "org", "they": "org"}
_WORD_BEFORE = regex.compile(r"([\w.]+)\s+$")
_ADVERBS_BEFORE_VERB = frozenset(
    {"also", "never", "then", "now", "later", "still", "just", "again", "too", "once",
     "already", "often", "even", "always", "soon", "first", "twice", "thus"}
)  # fmt: skip
# "his Indian counterparts, S. Jaishankar and Rajnath Singh": names follow
_COUNTERPART_BEFORE = regex.compile(
    r"\b[Cc]ounterparts?,?\s+(?:(?:\p{Lu}[\w.'’-]*\s+){1,3}(?:and|&)\s+)?$"
)
_QUOTE_MARK = regex.compile(r'[“”"]')
_SENTENCE_OPENER = regex.compile(r"\s*(?:The\s+)?")
# words that may stand between a name and its reporting verb
_BETWEEN_NAME_AND_CUE = frozenset(
    {
        *("also", "has", "had", "have", "further", "then", "itself", "himself", "herself"),
        *("themselves", "last", "this", "week", "month", "year", "night", "on", "earlier"),
        *("later", "here", "today", "yesterday", "Monday", "Tuesday", "Wednesday"),
        *("Thursday", "Friday", "Saturday", "Sunday"),
    }
)
_CONTRACTED = regex.compile(r"['’](?:ve|m|d|ll|re)$")


_HYPHENATED_GIVEN = regex.compile(r"\p{Lu}\p{Ll}+-\p{Ll}+")


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether two names of as many words differ in one word of six letters or more, and
    there by one letter changed, added or dropped ("Rajapaksa", "Rajapakse")."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    diff = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    if min(len(x), len(y)) < 6 or x[0] != y[0] or abs(len(x) - len(y)) > 1:
        return False
    if len(x) == len(y):
        return sum(c != d for c, d in zip(x, y, strict=True)) == 1
    short, long_ = sorted((x, y), key=len)
    return any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


def _family_name_first(words: list[str]) -> bool:
    """Whether a person's name puts the family name first, so that it alone names them:
    a short last word ("Wang Yi") or a hyphenated given name in lower case after the hyphen
    ("Chung Eui-yong", "Moon Jae-in"), the romanisation of Chinese and Korean names."""
    return len(words) >= 2 and (
        len(words[-1]) <= 3
        or _HYPHENATED_GIVEN.fullmatch(words[-1]) is not None
        or (  # "Xi Jinping", "Li Qiang", "Hu Jintao": a two-letter family name first
            len(words) == 2 and len(words[0]) == 2 and words[0] not in _SHORT_GIVEN_NAMES
        )
    )


_SHORT_GIVEN_NAMES = frozenset({"Al", "Ed", "Jo", "Bo", "Di", "Mo", "Ty", "Ab", "Ai"})


def _other_first_name(a: list[str], b: list[str]) -> bool:
    """Whether two full names (lower-cased words) have different first names, neither the
    other's initial ("marcia price" and "ned price"; not "n. price" and "ned price")."""
    if len(a) < 2 or len(b) < 2 or a[0] == b[0]:
        return False
    initial = a[0][0] == b[0][0] and min(len(a[0].rstrip(".")), len(b[0])) == 1
    return not initial


_PARTY_STATE = regex.compile(r"[RDI]-[A-Z][\w.]*")
# Capitalised words that start sentences or name groups, never one person on their own.
_COMMON_CAPS = frozenset(
    {
        "officials",
        "police",
        "witnesses",
        "residents",
        "analysts",
        "experts",
        "critics",
        "sources",
        "authorities",
        "investigators",
        "prosecutors",
        "officers",
        "troops",
        "soldiers",
        "militants",
        "rebels",
        "protesters",
        "lawmakers",
        "democrats",
        "republicans",
        "voters",
        "supporters",
        "aides",
        "diplomats",
        "observers",
        "reports",
        "data",
        "polls",
        "studies",
        "others",
        "many",
        "some",
        "most",
        "both",
        "all",
        "none",
        "several",
        "few",
        "everyone",
        "nobody",
        "someone",
        "people",
        "scientists",
        "doctors",
        "researchers",
        "economists",
        "activists",
        "organizers",
        "organisers",
        "families",
        "relatives",
        "neighbors",
        "locals",
        "parents",
        "students",
        "teachers",
        "workers",
        "leaders",
        "members",
        "media",
        "news",
        "reuters",
        "statement",
        "government",
        "ministry",
        "army",
        "military",
        "spokesman",
    }
    # sentence adverbs and openers that stand capitalised before a verb: "Now tell us"
    | frozenset(
        {
            *("now", "overall", "still", "however", "meanwhile", "instead", "then", "later"),
            *("earlier", "today", "yesterday", "here", "there", "also", "yet", "nonetheless"),
            *("nevertheless", "finally", "first", "unlike", "perhaps", "maybe"),
        }
    )
)
_SMALL_PLACES = frozenset({"city", "province", "region", "district", "place", "site"})
_STOP_CAPS = frozenset(
    {
        "The",
        "A",
        "An",
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "His",
        "Her",
        "Its",
        "Their",
        "This",
        "That",
        "But",
        "And",
        "In",
        "On",
        "At",
        "As",
        "While",
        "When",
        "After",
        "Before",
        "Meanwhile",
        "However",
    }
)


@dataclass(frozen=True)
class _Tok:
    start: int
    end: int  # without a possessive "'s" or a sentence-final period
    text: str
    cap: bool


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    out: list[_Tok] = []
    for m in _TOKEN.finditer(text, start, end):
        s, e = m.start(), m.end()
        word = m.group()
        if "'" in word or "’" in word:
            poss = _POSSESSIVE.search(word)
            if poss and poss.start() > 0:
                e = s + poss.start()
                word = word[: poss.start()]
        if word.endswith(".") and word.count(".") == 1 and len(word) > 2:
            e -= 1  # a sentence-final period, not an abbreviation's ("U.S.", "H.E.")
            word = word[:-1]
        while word.endswith(("-", "'", "’")):
            e -= 1
            word = word[:-1]
        if not word:
            continue
        first = word.split("-", 1)[1] if word[:3].lower() in ("al-", "el-") else word
        out.append(_Tok(s, e, word, first[:1].isupper()))
    return out


def _norm(s: str) -> str:
    return " ".join(s.split())


def _slug(s: str) -> str:
    return "-".join(rx.findall(r"[\p{L}\p{N}]+", s.lower()))


# ------------------------------------------------------------------ the index
class EntityIndex:
    """Entities of one article and their mentions, with the coreference policies."""

    def __init__(self, text: str, gazetteer: Gazetteer) -> None:
        self.text = text
        self.gaz = gazetteer
        self.ents: dict[str, _Ent] = {}
        self.mentions: list[Mention] = []
        self.speakers: set[tuple[int, int]] = set()  # person mentions next to a cue verb
        self.paragraphs: list[tuple[int, int]] = []
        self._starts: list[int] = []
        self._paragraph_starts: list[int] | None = None
        self._genders: dict[str, str | None] = {}
        self._starts_of: dict[str, list[int]] | None = None
        self._quotations: list[tuple[int, int]] | None = None
        self.furniture: list[tuple[int, int]] = []  # captions and datelines, sorted

    # -- building
    def _entity_from_gazetteer(self, gid: str) -> _Ent:
        e = self.gaz.entries[gid]
        if gid not in self.ents:
            country = e.country or (e.code if e.kind == "country" else None)
            self.ents[gid] = _Ent(gid, e.name, e.kind, [], None, None, country)
        return self.ents[gid]

    def _add(self, start: int, end: int, ent: _Ent, form: str) -> None:
        surface = _norm(self.text[start:end])
        if (
            surface != ent.name
            and surface not in ent.aliases
            and form not in ("role", "description")
        ):
            ent.aliases.append(surface)
        self.mentions.append(Mention(start, end, ent.id, form))

    def _person(self, name: str) -> _Ent:
        key = "person:" + _slug(name)
        if key not in self.ents:
            self.ents[key] = _Ent(key, name, "person")
        return self.ents[key]

    def _merge_spellings(self) -> None:
        """Two people whose names differ by one letter in one long word are one person
        spelled two ways ("Mahinda Rajapaksa", "Mahinda Rajapakse"): the first spelling
        keeps the id, the other becomes an alias. Linear in mentions; quadratic only in the
        handful of people an article names (capped)."""
        first: dict[str, int] = {}
        for m in self.mentions:
            first[m.entity] = min(first.get(m.entity, m.start), m.start)
        people = sorted(
            (e for e in self.ents.values() if e.kind == "person"),
            key=lambda e: first.get(e.id, len(self.text)),
        )[:200]  # the spelling met first is the name
        into: dict[str, _Ent] = {}
        for i, a in enumerate(people):
            if a.id in into:
                continue
            for b in people[i + 1 :]:
                if b.id not in into and _one_letter_apart(a.name, b.name):
                    into[b.id] = a
        if not into:
            return
        for b_id, a in into.items():
            b = self.ents.pop(b_id)
            a.aliases.extend(x for x in (b.name, *b.aliases) if x != a.name)
            a.title = max((t for t in (a.title, b.title) if t), key=len, default=None)
            a.affiliation = a.affiliation or b.affiliation
        self.mentions = [
            Mention(m.start, m.end, into[m.entity].id, m.form) if m.entity in into else m
            for m in self.mentions
        ]

    def finish(self) -> None:
        """Sort mentions and drop exact duplicates (the same span for the same entity)."""
        self._merge_spellings()
        seen: set[tuple[int, int, str]] = set()
        out = []
        for m in sorted(self.mentions, key=lambda m: (m.start, -m.end, m.entity)):
            k = (m.start, m.end, m.entity)
            if k not in seen:
                seen.add(k)
                out.append(m)
        self.mentions = out
        self._starts = [m.start for m in out]
        self._starts_of, self._genders = None, {}
        self._name_from_text()

    def _name_from_text(self) -> None:
        """A known group's or place's name is the fullest form the text gives ("IS-Khorasan"
        when the text never spells out "Islamic State Khorasan Province"); countries keep
        their short English name. The id stays the gazetteer's, for merging articles."""
        surfaces: dict[str, list[str]] = {}
        for m in self.mentions:
            if m.form in ("name", "alias", "acronym"):
                surfaces.setdefault(m.entity, []).append(_norm(self.text[m.start : m.end]))
        for eid, forms in surfaces.items():
            ent = self.ents[eid]
            if ent.kind in ("country", "person") or eid not in self.gaz.entries:
                continue
            if any(f.lower() == ent.name.lower() for f in forms):
                continue
            proper = [f for f in forms if any(w[:1].isupper() for w in f.split())]
            if not proper:
                continue
            best = max(proper, key=lambda f: (len(f), f))
            if best.isupper() and len(best) <= 6:
                continue  # an acronym alone does not replace the name
            ent.aliases.append(ent.name)
            ent.name = best

    # -- queries
    def at(self, start: int, end: int) -> list[Mention]:
        """Mentions lying inside ``[start, end)``."""
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def entity(self, eid: str) -> _Ent:
        return self.ents[eid]

    def _paragraph_of(self, pos: int) -> int:
        if self._paragraph_starts is None or len(self._paragraph_starts) != len(self.paragraphs):
            self._paragraph_starts = [a for a, _ in self.paragraphs]  # once, not per call
        return max(0, bisect.bisect_right(self._paragraph_starts, pos) - 1)

    def _window(self, pos: int) -> tuple[int, int]:
        """From the start of the previous paragraph to ``pos``."""
        if not self.paragraphs:
            return 0, pos
        i = self._paragraph_of(pos)
        return self.paragraphs[max(0, i - 1)][0], pos

    def quoted(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a quotation: a name there is someone the quoted
        speaker talks about, never the one a later "he" or "the minister" means."""
        if self._quotations is None:
            self._quotations = _quotations(self.text, self.paragraphs)
        return in_spans(self._quotations, pos)

    def country_ref(self, code: str | None) -> EntityRef | None:
        """A reference to the gazetteer's country with ISO code ``code``, or None."""
        cid = f"country:{code}" if code else None
        if cid is None or cid not in self.gaz.entries:
            return None
        return EntityRef(id=cid, name=self.gaz.entries[cid].name, kind="country")

    def country_of_title(self, title: str | None) -> EntityRef | None:
        """The country whose ministry a title names, when the gazetteer ties that ministry
        to one country: "External Affairs Minister" → the External Affairs Ministry →
        India; "Foreign Minister" names a ministry every country has, so none."""
        if not title:
            return None
        m = _MINISTER_OF.search(title)
        if m is None:
            return None
        field = m["a"] or m["b"]
        for form in (f"{field} Ministry", f"Ministry of {field}"):
            hit = self.gaz.lookup(form)
            if hit is not None:
                return self.country_ref(self.gaz.entries[hit[0]].country)
        return None

    def resolve_pronoun(self, pos: int, pronoun: str) -> str | None:
        """The entity id a reported-speech subject pronoun at ``pos`` refers to."""
        want = _PRONOUNS.get(pronoun.lower())
        if want is None:
            return None
        lo, hi = self._window(pos)
        lo = max(lo, pos - 3000)  # bounded: a paragraph of any length costs the same per call
        kinds = (
            {"person"}
            if want == "person"
            else {"organization", "government", "armed_group", "country"}
        )
        cands = [
            m
            for m in self.at(lo, hi)
            if self.ents[m.entity].kind in kinds
            and m.form not in ("demonym",)
            and self.agrees(m.entity, pronoun)
            and not self.quoted(m.start)
            and not in_spans(self.furniture, m.start)
            and not _TOLD_BEFORE.search(self.text, max(0, m.start - 12), m.start)
        ]  # (not "a source told AFP": the one told says nothing)
        if not cands:
            return None
        spoke = [m for m in cands if (m.start, m.end) in self.speakers]
        if spoke:
            return spoke[-1].entity
        subject = self._previous_subject(lo, pos)
        if subject is not None and any(m.entity == subject.entity for m in cands):
            return subject.entity  # "Pakistan came under pressure after US ... It says"
        return cands[-1].entity

    def _previous_subject(self, lo: int, pos: int) -> Mention | None:
        """The mention that opens the sentence before the one at ``pos`` (its subject, which
        a pronoun subject most often continues), or None."""
        text = self.text
        lo = max(lo, pos - 1000)  # two sentences back at most: the scan stays short
        here = max(text.rfind(c, lo, pos) for c in (". ", "\n"))
        if here < lo:
            return None
        before = max(text.rfind(". ", lo, here) + 2, text.rfind("\n", lo, here) + 1)
        start = max(before, lo)
        opener = _SENTENCE_OPENER.match(text, start, here)
        if opener is None:
            return None
        at = [m for m in self.at(opener.end(), here) if m.start == opener.end()]
        return at[0] if at else None

    def gender(self, eid: str) -> str | None:
        """ "female", "male" or None for a person: from the words of their title ("Mrs",
        "spokeswoman") or their first name ("Hillary"), as the titles lexicon gives them."""
        if eid in self._genders:
            return self._genders[eid]
        ent = self.ents[eid]
        found: str | None = None
        if ent.kind == "person":
            lex = _people().gender
            words = [*(ent.title or "").lower().split(), *ent.name.lower().split()[:1]]
            words += [a.split()[0].lower() for a in ent.aliases if len(a.split()) > 1]
            if self._starts_of is None:  # one pass over the mentions, on first need
                self._starts_of = {}
                for m in self.mentions:
                    self._starts_of.setdefault(m.entity, []).append(m.start)
            for start in self._starts_of.get(eid, ())[:20]:  # "Mrs. Clinton", "spokeswoman Jen"
                before = _WORD_BEFORE.search(self.text, max(0, start - 20), start)
                if before:
                    words.append(before.group(1).lower())
            found = next((lex[w.rstrip(".,")] for w in words if w.rstrip(".,") in lex), None)
        self._genders[eid] = found
        return found

    def agrees(self, eid: str, pronoun: str) -> bool:
        """Whether ``pronoun`` may refer to the entity: "she" to no man, "he" to no woman."""
        p = pronoun.lower()
        g = self.gender(eid)
        she, he = p in ("she", "her", "hers"), p in ("he", "him", "his")
        return not ((she and g == "male") or (he and g == "female"))

    def resolve_role(self, start: int, end: int) -> str | None:
        """The person a role noun phrase ("the spokesperson") at ``[start, end)`` means."""
        phrase = self.text[start:end].lower()
        pp = _people()
        found = set(pp.roles_re.findall(phrase))
        role = next((r for r in pp.roles if r in found), None)  # the longest, as listed
        if role is None:
            return None
        orgs = {m.entity for m in self.at(start, end)}
        best_before: Mention | None = None
        best_after: Mention | None = None
        names = _ROLE_SYNONYMS.get(role) or pp.role_means.get(role, (role,))
        for m in self.at(max(0, start - 5000), end + 3000):
            ent = self.ents[m.entity]
            if ent.kind != "person" or not ent.title:
                continue
            if not any(r in _own_office(ent.title.lower()) for r in names):
                continue  # (not "Spokesperson for the UN Secretary-General" for "the
                # Secretary-General": that office is his principal's)
            if (
                orgs
                and ent.affiliation
                and ent.affiliation not in orgs
                and not any(
                    ent.affiliation in (self.ents[o].name, *self.ents[o].aliases)
                    or ent.affiliation in self.ents[o].name  # "State Department" of the
                    for o in orgs  # entity the text names in full, "US State Department"
                )
            ):
                continue
            if self.quoted(m.start):
                continue
            if m.end <= start:
                best_before = m
            elif m.start >= end and best_after is None:
                best_after = m
        chosen = best_before or best_after
        return chosen.entity if chosen else None

    def entities(self) -> list[Entity]:
        """The public ``Entity`` objects, in order of first mention."""
        spans: dict[str, list[Span]] = {}
        for m in self.mentions:
            spans.setdefault(m.entity, []).append(Span.of(self.text, m.start, m.end))
        out = []
        for eid, sps in sorted(spans.items(), key=lambda kv: (kv[1][0].start, kv[0])):
            e = self.ents[eid]
            aliases = tuple(a for a in dict.fromkeys(e.aliases) if a != e.name)
            out.append(
                Entity(
                    id=eid,
                    name=e.name,
                    kind=e.kind,
                    aliases=aliases,
                    title=e.title,
                    affiliation=e.affiliation,
                    mentions=tuple(sps),
                )
            )
        return out


def in_spans(spans: Sequence[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies in one of ``spans`` (sorted, not overlapping), by bisection."""
    i = bisect.bisect_right(spans, (pos, sys.maxsize)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _quotations(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches inside double quotation marks, paragraph by paragraph: a curly pair or
    two straight marks; a quotation left open runs to the end of its paragraph (a quote
    continued in the next one)."""
    out: list[tuple[int, int]] = []
    for a, b in paragraphs or [(0, len(text))]:
        open_at: int | None = None
        for m in _QUOTE_MARK.finditer(text, a, b):
            mark = m.group()
            if open_at is None:
                if mark != "”":
                    open_at = m.end()
            elif mark == "“":
                open_at = m.end()  # a fresh opening: the earlier one was stray
            else:
                out.append((open_at, m.start()))
                open_at = None
        if open_at is not None:
            out.append((open_at, b))
    return out


# ------------------------------------------------------------------ finding
def _runs(toks: Sequence[_Tok], text: str) -> Iterator[list[_Tok]]:
    """Maximal runs of capitalised tokens, joined by single spaces or lower-case
    connectors ("Institute for Peace", "Tehreek-e-Taliban Pakistan")."""
    i = 0
    n = len(toks)
    while i < n:
        if not toks[i].cap:
            i += 1
            continue
        run = [toks[i]]
        j = i + 1
        while j < n:
            gap = text[run[-1].end : toks[j].start]
            if not _joinable(gap) or ("\n" in gap and _title_line_ends(text, run[-1].end)):
                break  # "... Over Zika Virus\nChris Christie said": a heading ends the name
            if toks[j].cap:
                run.append(toks[j])
                j += 1
                continue
            if toks[j].text.lower() in _CONNECTORS and j + 1 < n and toks[j + 1].cap:
                gap2 = text[toks[j].end : toks[j + 1].start]
                if _joinable(gap2):
                    run.extend([toks[j], toks[j + 1]])
                    j += 2
                    continue
            break
        yield run
        i = j


_LONG_WORD = regex.compile(r"\p{L}{4,}")


def _title_line_ends(text: str, end: int) -> bool:
    """Whether the line ending at ``end`` ends as a heading in title case ("Chris Christie Says
    He Would Issue A Quarantine Over Zika Virus"): its last six words of four letters or more
    all capitalised, at least four of them. Only the last 200 characters are read."""
    lo = max(text.rfind("\n", max(0, end - 200), end) + 1, end - 200)
    words = _LONG_WORD.findall(text, lo, end)[-6:]
    return len(words) >= 4 and all(w[0].isupper() for w in words)


def _strictly_inside(spans: Sequence[tuple[int, int]], s: int, e: int) -> bool:
    """Whether ``[s, e)`` lies inside one of the sorted ``spans`` and is not all of it."""
    i = bisect.bisect_right(spans, (s, 10**18)) - 1
    return i >= 0 and spans[i][0] <= s and e <= spans[i][1] and spans[i] != (s, e)


def _joinable(gap: str) -> bool:
    return gap in (" ", "\u00a0", "-") or (len(gap) <= 2 and gap.strip() == "")


def _surface(text: str, toks: Sequence[_Tok]) -> str:
    return _norm(text[toks[0].start : toks[-1].end])


def _gazetteer_spans(text: str, run: list[_Tok], gaz: Gazetteer) -> list[tuple[int, int, str, str]]:
    """Longest gazetteer matches inside a run: (first token, last token, id, form)."""
    out = []
    i = 0
    while i < len(run):
        hit = None
        for j in range(min(len(run), i + gaz.max_tokens) - 1, i - 1, -1):
            found = gaz.lookup(_surface(text, run[i : j + 1]))
            if found:
                hit = (i, j, *found)
                break
        if hit:
            out.append(hit)
            i = hit[1] + 1
        else:
            i += 1
    return out


_ACRONYM = regex.compile(r"\(\s*(?P<acr>[A-Z][A-Za-z&.\-]{1,11})\s*\)")
_LONG_IN_PARENS = regex.compile(
    r"(?P<acr>\b[A-Z][A-Z&.\-]{1,10})\s*\((?P<long>[A-Z][^()\n]{3,80})\)"
)


def _initials(toks: Sequence[_Tok]) -> str:
    out = ""
    for t in toks:
        if t.text.lower() in _CONNECTORS:
            continue
        for part in t.text.split("-"):
            if part[:1].isupper():
                out += part[0]
    return out


def _matches_acronym(acr: str, toks: Sequence[_Tok]) -> bool:
    letters = "".join(c for c in acr if c.isupper())
    ini = _initials(toks)
    if not ini or not letters or ini[0] != letters[0]:
        return False
    it = iter(letters)
    return all(c in it for c in ini) and len(ini) >= max(2, len(letters) - 1)


@lru_cache(maxsize=8)
def _mixed_tails(
    gaz: Gazetteer,
) -> tuple[regex.Pattern[str], dict[str, tuple[int, int, frozenset[str]]]] | None:
    """Forms ending in a lower-case word ("Foreign office", "Haqqani network") or with two
    in a row ("... of Iraq and the Levant"): a pattern
    of their last words, and for each last word the most words and characters of its
    forms and the words that come right before it in them. Matching the few distinct
    last words and looking the words before them up keeps the cost flat however many
    such forms a pack adds (one alternation of every form grew with each)."""
    forms = [s for s in gaz.surfaces if s.split()[-1][:1].islower() or _TWO_LOWER.search(s)]
    if not forms:
        return None
    size: dict[str, tuple[int, int, frozenset[str]]] = {}
    for f in forms:
        parts = f.split()
        if len(parts) < 2:
            continue
        words, chars, before = size.get(parts[-1], (0, 0, frozenset()))
        size[parts[-1]] = (max(words, len(parts)), max(chars, len(f)), before | {parts[-2]})
    if not size:
        return None
    alt = phrase_alternation(sorted(size))
    return regex.compile(rf"(?<![\w-])(?:{alt})(?![\w-])"), size


_WORD_RUN = regex.compile(r"\S+")
# two lower-case words in a row, which break a capitalised run: "Islamic State of Iraq
# and the Levant"
_TWO_LOWER = regex.compile(r"(?<!\S)\p{Ll}+\s+\p{Ll}+\s+\p{Lu}")
_PREV_WORD = regex.compile(r"(\S+)\s+$")
_LEADING_PUNCT = regex.compile(r"[^\w]+")


@dataclass(frozen=True)
class PatternMention:
    """An entity mention found by a pattern of the rules: its offsets, kind, canonical
    name (None: the matched text) and gazetteer id (None: a new entity)."""

    start: int
    end: int
    kind: EntityKind
    name: str | None = None
    entity_id: str | None = None


_DETERMINER_BEFORE = regex.compile(r"(?i)\b(?:the|a|an)\s+$")


class _Finder:
    def __init__(
        self,
        text: str,
        regions: list[tuple[int, int]],
        gaz: Gazetteer,
        patterns: Sequence[PatternMention] = (),
    ) -> None:
        self.text = text
        self.patterns = patterns
        self.regions = regions
        self.gaz = gaz
        self.idx = EntityIndex(text, gaz)
        self.idx.paragraphs = regions
        self.pp = _people()
        self.region_toks = [_tokens(text, a, b) for a, b in regions]
        self.toks: list[_Tok] = [t for toks in self.region_toks for t in toks]
        self.tok_starts = [t.start for t in self.toks]
        self.taken: list[tuple[int, int]] = []  # spans already claimed, sorted
        self.person_names: dict[str, _Ent] = {}  # full lower-cased name -> person
        self.person_keys: dict[str, _Ent] = {}  # full name or short form -> person
        self.lone: Counter[str] = Counter()  # capitalised words standing alone, by text
        self.country_surnames: set[str] = set()  # "Jordan" of "Jim Jordan", "Cuban" of "Mark Cuban"

    # helpers
    def _claimed(self, s: int, e: int) -> bool:
        i = bisect.bisect_right(self.taken, (s, 10**18)) - 1
        if i >= 0 and self.taken[i][1] > s:
            return True
        return i + 1 < len(self.taken) and self.taken[i + 1][0] < e

    def _claim(self, s: int, e: int) -> None:
        bisect.insort(self.taken, (s, e))

    def _tok_index(self, pos: int) -> int:
        return bisect.bisect_left(self.tok_starts, pos)

    # (not "Secretary (East) Jaideep Mazumdar": a designation of the office, then a full name)
    _PAREN_FIRST = regex.compile(
        r"\((?P<first>\p{Lu}\p{Ll}+)\)\s+(?P<last>\p{Lu}\p{Ll}+)\b(?!\s+\p{Lu}\p{Ll})"
    )

    def _parenthesised_first_names(self) -> None:
        """ "President (Joe) Biden": the first name in brackets is part of the name."""
        for a, b in self.regions:
            for m in self._PAREN_FIRST.finditer(self.text, a, b):
                title = self._title_before(m.start())
                if title and not self._claimed(m.start(), m.end()):
                    self._person_mention(m.start(), m.end(), title, f"{m['first']} {m['last']}")

    def run(self) -> EntityIndex:
        runs = [r for toks in self.region_toks for r in _runs(toks, self.text)]
        self.lone = Counter(r[0].text for r in runs if len(r) == 1)
        self._pattern_mentions()
        self._parenthesised_first_names()
        self._acronyms()
        self.country_surnames = {
            run[-1].text
            for run in runs
            if len(run) >= 2 and self._country_surname(run[-1], run[-2], True)
        }
        self._mixed_case_aliases()  # first: "Islamic State of Iraq and the Levant" before
        for run in runs:  # its capitalised pieces are claimed
            self._gazetteer(run)
        for run in runs:
            self._people_in(run)
        self._sites_and_orgs(runs)
        self._surnames(runs)
        self._full_names_any_case()
        self._metonymy()
        self._capital_descriptions()
        self.idx.finish()
        self._speakers()
        return self.idx

    # 0. the rules' patterns, before anything else claims their text
    def _pattern_mentions(self) -> None:
        for p in self.patterns:
            if self._claimed(p.start, p.end):
                continue
            if p.entity_id is not None and p.entity_id in self.gaz.entries:
                entry = self.gaz.entries[p.entity_id]
                ent = self.idx._entity_from_gazetteer(entry.metonym_for or p.entity_id)
            else:
                name = p.name or _norm(self.text[p.start : p.end])
                eid = p.entity_id or f"{p.kind}:{_slug(name)}"
                if eid not in self.idx.ents:
                    self.idx.ents[eid] = _Ent(eid, name, p.kind)
                ent = self.idx.ents[eid]
            self._claim(p.start, p.end)
            self.idx._add(p.start, p.end, ent, "pattern")

    # 1. gazetteer
    def _gazetteer(self, run: list[_Tok]) -> None:
        self._hyphen_pairs(run)
        for i, j, gid, form in _gazetteer_spans(self.text, run, self.gaz):
            s, e = run[i].start, run[j].end
            if self._claimed(s, e):
                continue
            entry = self.gaz.entries[gid]
            if i == j and i > 0 and run[i].text.lower() in _PLACE_HEADS:
                continue  # "Kunar Valley": the kind of the place before, not a town "Valley"
            if entry.kind in _SMALL_PLACES and i == j and self._inside_name(run, i):
                continue  # "Vladimir Medinsky", "Lloyd Austin": a name, not a city
            if i == j and i > 0 and self._country_surname(run[i], run[i - 1], i == len(run) - 1):
                continue  # "Rep. Jim Jordan": a surname, not the country
            if (
                len(run) == 1
                and run[0].text in self.country_surnames
                and not _LOWER_NOUN_AFTER.match(self.text, run[0].end)
            ):
                continue  # "Jordan said", "Cuban said" after "Jim Jordan", "Mark Cuban"
            ent = self.idx._entity_from_gazetteer(entry.metonym_for or gid)
            self._claim(s, e)
            self.idx._add(s, e, ent, "metonym" if entry.metonym_for else form)

    def _hyphen_pairs(self, run: list[_Tok]) -> None:
        """ "Pakistan-US", "India-U.S.", "China-Pakistan-Afghanistan": each side of a
        hyphenated pair or trio of known names is a mention of its own."""
        for k, t in enumerate(run):
            if "-" not in t.text or self.gaz.lookup(t.text) is not None:
                continue
            parts = t.text.split("-")
            if not 2 <= len(parts) <= 4:
                continue
            spans: list[tuple[int, int]] = []
            pos = t.start
            for p in parts:
                spans.append((pos, pos + len(p)))
                pos += len(p) + 1
            if not self.gaz.lookup(parts[-1]) and k + 1 < len(run):
                # "Russian-North Korean": the last side runs on past the hyphenated token
                nxt = run[k + 1]
                whole = parts[-1] + self.text[t.end : nxt.end]
                if self.text[t.end : nxt.start] == " " and self.gaz.lookup(whole):
                    parts[-1] = whole
                    spans[-1] = (spans[-1][0], nxt.end)
            if not all(self.gaz.lookup(p) for p in parts):
                continue
            for p, (s, e) in zip(parts, spans, strict=True):
                found = self.gaz.lookup(p)
                assert found is not None
                entry = self.gaz.entries[found[0]]
                kinds = ("country", "armed_group", "organization", "government")
                if entry.kind in kinds and not self._claimed(s, e):
                    ent = self.idx._entity_from_gazetteer(entry.metonym_for or found[0])
                    self._claim(s, e)
                    self.idx._add(s, e, ent, found[1])

    def _mixed_case_aliases(self) -> None:
        """Gazetteer forms with lower-case words ("Foreign office", "foreign ministry"),
        which capitalised runs cannot reach, by one compiled alternation."""
        tails = _mixed_tails(self.gaz)
        if tails is None:
            return
        pat, size = tails
        text = self.text
        for a, b in self.regions:
            for m in pat.finditer(text, a, b):
                longest, chars, before = size[m.group()]
                prev = _PREV_WORD.search(text, max(a, m.start() - 40), m.start())
                if prev is None or prev.group(1).lstrip("(\"“‘'[") not in before:
                    continue  # "the office": no form ends here
                hit = self._form_ending_at(a, m.start(), m.end(), longest, chars)
                if hit is None:
                    continue
                s, found = hit
                entry = self.gaz.entries[found[0]]
                ent = self.idx._entity_from_gazetteer(entry.metonym_for or found[0])
                self._claim(s, m.end())
                self.idx._add(s, m.end(), ent, found[1])

    def _form_ending_at(
        self, a: int, ts: int, te: int, longest: int, chars: int
    ) -> tuple[int, tuple[str, str]] | None:
        """The longest unclaimed gazetteer form of at most ``longest`` words (``chars``
        characters, spaces aside) that ends with the word at ``[ts, te)``: its start and
        (entry id, form)."""
        text = self.text
        lo = max(a, te - 2 * chars - 2)  # room for doubled spaces between the words
        words = [(w.start(), w.end()) for w in _WORD_RUN.finditer(text, lo, ts)]
        words.append((ts, te))
        for k in range(min(longest, len(words)), 0, -1):
            s = words[-k][0]
            lead = _LEADING_PUNCT.match(text, s, words[-k][1])
            if lead is not None:
                if k > 1 and lead.end() >= words[-k][1]:
                    continue
                s = lead.end()
            if s > a and (text[s - 1].isalnum() or text[s - 1] in "_-"):
                continue
            found = self.gaz.lookup(_norm(text[s:te]))
            if found is not None and not self._claimed(s, te):
                return s, found
        return None

    def _inside_name(self, run: list[_Tok], i: int) -> bool:
        """Whether a one-token place name at ``run[i]`` sits next to a name token."""
        for k in (i - 1, i + 1):
            if (
                k == i + 1
                and k + 1 < len(run)
                and _INITIAL.fullmatch(run[k].text)
                and run[k + 1].cap
                and run[k + 1].start - run[k].end <= 1
            ):
                return True  # "Paul D. Ryan", "Kerry J. Smith": a given name and an initial
            if (
                k == i - 1
                and k >= 1
                and _INITIAL.fullmatch(run[k].text)
                and run[k - 1].cap
                and run[k].start - run[k - 1].end <= 1
            ):
                return True  # "John F. Kerry": a surname after an initial
            if 0 <= k < len(run) and run[k].cap and self.gaz.lookup(run[k].text) is None:
                t = run[k]
                low = t.text.lower().rstrip(".")
                if (
                    low not in _PLACE_HEADS  # "Laghman Province", "Kunar Valley"
                    and t.text not in self.pp.not_names
                    and low not in self.pp.heads
                    and low not in self.pp.honorifics
                    and low not in self.pp.modifiers
                    and not t.text.isupper()
                ):
                    return True
        return False

    # 2. acronyms
    def _acronyms(self) -> None:
        text = self.text
        for a, b in self.regions:
            for m in _ACRONYM.finditer(text, a, b):
                acr = m["acr"]
                k = self._tok_index(m.start())
                # candidate long forms: the capitalised tokens just before "("
                j = k - 1
                cand: list[_Tok] = []
                while j >= 0 and len(cand) < 10 and self.toks[j].end <= m.start():
                    t = self.toks[j]
                    gap = text[t.end : cand[0].start if cand else m.start()]
                    if not (t.cap or t.text.lower() in _CONNECTORS) or rx.search(r"[.!?;\n]", gap):
                        break
                    cand.insert(0, t)
                    j -= 1
                while cand and (not cand[0].cap or cand[0].text in ("The", "A", "An")):
                    cand.pop(0)
                best = None
                for s in range(len(cand)):
                    if cand[s].text in ("The", "A", "An"):
                        continue
                    if cand[s].cap and _matches_acronym(acr, cand[s:]):
                        best = cand[s:]
                        break
                if best is None:
                    continue
                self._define(best[0].start, best[-1].end, m.start("acr"), m.end("acr"), acr)
            for m in _LONG_IN_PARENS.finditer(text, a, b):
                long_toks = _tokens(text, m.start("long"), m.end("long"))
                if long_toks and _matches_acronym(m["acr"], long_toks):
                    self._define(
                        long_toks[0].start,
                        long_toks[-1].end,
                        m.start("acr"),
                        m.end("acr"),
                        m["acr"],
                    )

    def _define(self, ls: int, le: int, as_: int, ae: int, acr: str) -> None:
        long = _norm(self.text[ls:le])
        hit = self.gaz.lookup(long) or self.gaz.lookup(acr)
        if hit:
            entry = self.gaz.entries[hit[0]]
            ent = self.idx._entity_from_gazetteer(entry.metonym_for or hit[0])
        else:
            head = long.split()[-1]
            kind: EntityKind = "site" if head in _SITE_HEADS else "organization"
            key = f"{kind}:{_slug(long)}"
            ent = self.idx.ents.get(key) or _Ent(key, long, kind)
            self.idx.ents[key] = ent
        if acr not in ent.aliases:
            ent.aliases.append(acr)
        self.acronyms = getattr(self, "acronyms", {})
        self.acronyms[acr] = ent.id
        for s, e, form in ((ls, le, "name"), (as_, ae, "acronym")):
            if not self._claimed(s, e):
                self._claim(s, e)
                self.idx._add(s, e, ent, form)

    # 3./4. people
    def _is_name_token(self, t: _Tok) -> bool:
        w = t.text
        if not t.cap or w in self.pp.not_names or w.rstrip(".").lower() in self.pp.honorifics:
            return False
        if w.lower() in self.pp.heads or w.lower() in self.pp.modifiers:
            return False
        if (w.lower() in self.pp.cues and w.lower() not in self.pp.first_names) or w.endswith(
            ("-led", "-based", "-backed")
        ):
            return False  # "Says", "Warns" in a headline; but "Hope Hicks" is a name
        hit = self.gaz.lookup(w)
        if hit is not None and (
            self.gaz.entries[hit[0]].kind not in _SMALL_PLACES or self._claimed(t.start, t.end)
        ):
            return False  # a country, group or organisation; an unclaimed city may be a name
        if _PARTY_STATE.fullmatch(w):
            return False  # "(R-Ohio)", "(D-Wis.)": a party and a state, not a name
        if _CONTRACTION.fullmatch(w):
            return False  # "Well I'm sorry": a pronoun and its verb, not a name
        if w in _INSTITUTION_WORDS:
            return False  # "Aqsa Martyrs Hospital said": an institution, not a person
        if w in _WEEKDAYS:
            return False  # "President Asif Ali Zardari Sunday lauded": the day, not a name
        return not (w.isupper() and len(w) > 1 and "." not in w)  # an acronym, not a name

    def _country_surname(self, t: _Tok, first: _Tok, last: bool = True) -> bool:
        """A country's name or demonym after a titled or known first name is a surname
        ("Rep. Jim Jordan", "Sen. Ron Chad", "Mark Cuban"), not the country."""
        hit = self.gaz.lookup(t.text)
        return (
            hit is not None
            and first.cap
            and first.text.rstrip(".").lower() not in self.pp.honorifics
            and self.gaz.lookup(first.text) is None
            and self.gaz.entries[hit[0]].kind == "country"
            and " " not in self.gaz.entries[hit[0]].name
            and (
                self._title_before(first.start) is not None
                or (last and first.text.lower() in self.pp.gender)  # a known given name
            )
            and not rx.match(r"['’]s\b", self.text[t.end : t.end + 3])
        )

    def _month_surname(self, t: _Tok) -> bool:
        """A month after a first name is a surname ("Theresa May"), unless a day follows."""
        return t.text in _MONTH_NAMES and not rx.match(r"\s*\d", self.text[t.end : t.end + 4])

    def _people_in(self, run: list[_Tok]) -> None:
        """Persons inside a capitalised run, and after lower-case titles before it."""
        i = 0
        while i < len(run):
            titled_he = (  # "Vice Premier He Lifeng": a family name, not the pronoun
                run[i].text == "He"
                and 0 < i < len(run) - 1
                and run[i - 1].text.lower() in self.pp.heads
                and self._is_name_token(run[i + 1])
            )
            if not (titled_he or self._is_name_token(run[i])) or self._claimed(
                run[i].start, run[i].end
            ):
                i += 1
                continue
            j = i
            while (
                j + 1 < len(run)
                and j - i < 4
                and (
                    self._is_name_token(run[j + 1])
                    or self._month_surname(run[j + 1])
                    or self._country_surname(run[j + 1], run[i])
                    or (
                        (  # "Roch Marc Christian Kabore": a given name that is also a word
                            run[j + 1].text.lower() in _NAME_PARTICLES
                            or run[j + 1].text.lower() in self.pp.first_names
                        )
                        and j + 2 < len(run)
                        and self._is_name_token(run[j + 2])
                    )
                )
                and not self._claimed(run[j + 1].start, run[j + 1].end)
            ):
                j += 1
            name_toks = run[i : j + 1]
            if name_toks[-1].text.lower() in _NAME_PARTICLES:
                name_toks = name_toks[:-1]
            if not name_toks:
                i = j + 1
                continue
            if j + 1 < len(run) and run[j + 1].cap and run[j + 1].text not in _WEEKDAYS:
                i = j + 1  # part of a longer proper noun ("Indo-Pacific Security Affairs"),
                continue  # not a name before a day ("Asif Ali Zardari Sunday lauded")
            if name_toks[-1].text in _ORG_HEADS or name_toks[-1].text in _SITE_HEADS:
                i = j + 1  # "(El Fasher) Resistance Committees said": a body, not a person
                continue
            s, e = name_toks[0].start, name_toks[-1].end
            if self.text[s - 1 : s] == "(" and self.text[e : e + 1] == ")":
                i = j + 1  # "Secretary (East) Jaideep Mazumdar": a designation of the office
                continue
            if _CALLED_PLACE_BEFORE.search(self.text, max(0, s - 40), s):
                i = j + 1  # "a village called Kankanfogouol": a place's name, not a person
                continue
            title = self._title_before(s)
            if (
                title
                and title.split()[-1].lower() in ("of", "for")
                and self.text[e : e + 2] in ("'s", "’s")
            ):
                title = None  # "chairman of Hillary Clinton's campaign": another's office
            canonical = None
            if title and len(name_toks) == 1:
                e, canonical = self._lowercase_surname(e, name_toks[0].text)
            appos = self._title_after(e)
            spoke = self._cue_next_to(s, e)
            multi = len(name_toks) >= 2 or canonical is not None
            lone = len(name_toks) == 1 and self._lone_name(name_toks[0])
            recurs = (
                2 <= len(name_toks) <= 3
                and self._surname_recurs(name_toks[-1].text)
                and not _DETERMINER_BEFORE.search(self.text, max(0, s - 5), s)
            )
            given = (  # "Antony Blinken": a known given name opens a two- or three-word run
                2 <= len(name_toks) <= 3 and name_toks[0].text.lower() in self.pp.first_names
            )
            counterpart = _COUNTERPART_BEFORE.search(self.text, max(0, s - 40), s) is not None
            if (
                title
                or appos
                or (spoke and (multi or lone))
                or recurs
                or given
                or (counterpart and multi)
            ):
                best = max((x for x in (title, appos) if x), key=len, default=None)
                self._person_mention(s, e, best, canonical)
            i = j + 1

    def _surname_recurs(self, word: str) -> bool:
        """Whether a full name's last word also stands alone elsewhere in the text: news
        names a person in full once and by surname after ("Terence Crutcher ... Crutcher
        had his hands up"), which no other kind of capitalised run does as often."""
        return len(word) >= 3 and self.lone.get(word, 0) >= 1

    def _vocab_before(self, k: int) -> tuple[int, str] | None:
        """The longest title-vocabulary phrase ending at token ``k``: (first token, kind)."""
        for n in range(min(self.pp.max_title_words, k + 1), 0, -1):
            phrase = " ".join(t.text.lower().rstrip(".") for t in self.toks[k - n + 1 : k + 1])
            if phrase in self.pp.heads or phrase in self.pp.honorifics:
                return k - n + 1, "head"
            if n == 1 and phrase in self.pp.modifiers:
                return k, "modifier"
        return None

    def _title_before(self, start: int) -> str | None:
        """A title phrase ending right before ``start`` ("Lt Gen", "Kremlin aide",
        "State Department Spokesperson", "former prime minister", "Assistant Secretary of
        Defence for Indo-Pacific Security Affairs")."""
        k = self._tok_index(start) - 1
        first: int | None = None
        has_head = False
        edge = start
        if k >= 0 and self.text[self.toks[k].end : start] == ", ":
            vocab = self._vocab_before(k)  # "the al-Qaeda emir, Ayman al-Zawahiri"
            of_country = (  # "Minister for Foreign Affairs of Japan, Kamikawa Yoko"
                k >= 2 and self.toks[k - 1].text == "of" and self._country_token(self.toks[k])
            )
            if (
                (vocab is None or vocab[1] != "head")
                and not of_country
                and not self._office_of_before(k)  # "Minister for Foreign Affairs, X"
            ):
                return None
            edge = self.toks[k].end
        while k >= 0 and (first is None or first - k < 14):
            t = self.toks[k]
            gap = self.text[t.end : edge]
            abbreviated = gap.strip() == "." and t.text.lower() in self.pp.honorifics  # "Sen."
            if (gap.strip() not in ("", "(", ")") and not abbreviated) or "\n" in gap:
                break
            vocab = self._vocab_before(k)
            if vocab is not None:
                first, k = vocab[0], vocab[0] - 1
                has_head = has_head or vocab[1] == "head"
                edge = self.toks[first].start
                continue
            low = t.text.lower()
            if t.text in _STOP_CAPS or self._is_person_token(t):
                break
            if low == "and" and (k == 0 or self._vocab_before(k - 1) is None):
                break
            if low in ("of", "for", "and", "the") or t.cap:
                first, k = k, k - 1
                edge = t.start
                continue
            break
        if first is None or not has_head:
            return None
        words = self.toks[first : self._tok_index(start)]
        while words and words[0].text.lower() in ("of", "for", "and", "the"):
            words.pop(0)
        while len(words) > 1 and words[-1].text.lower() in _COURTESY:
            words.pop()  # "Vice Foreign Minister Mr. Kong": the office, without "Mr."
        if not words:
            return None
        end = words[-1].end
        if self.text[end : end + 1] == "." and words[-1].text.lower() in self.pp.honorifics:
            end += 1  # "Sen.", "Gov."
        if self.text[end : end + 1] == ")" and "(" in self.text[words[0].start : end]:
            end += 1  # "Secretary (East)"
        return _norm(self.text[words[0].start : end])

    def _office_of_before(self, k: int) -> bool:
        """Whether tokens ending at ``k`` read "<title head> for|of <Capitalised words>":
        "Deputy Minister for Foreign Affairs, Leopoldo Sahores", a title before a comma."""
        j, crossed = k, False
        while j >= 0 and k - j < 8:
            t = self.toks[j]
            if self.text[t.end : self.toks[j + 1].start if j < k else t.end].strip():
                return False  # punctuation inside: not one title phrase
            low = t.text.lower()
            if crossed:
                vocab = self._vocab_before(j)
                if vocab is not None:
                    return vocab[1] == "head"
            if low in ("of", "for"):
                crossed = True
            elif not (t.cap or low in ("and", "the")):
                return False
            j -= 1
        return False

    def _country_token(self, t: _Tok) -> bool:
        hit = self.gaz.lookup(t.text)
        return hit is not None and self.gaz.entries[hit[0]].kind == "country"

    def _is_person_token(self, t: _Tok) -> bool:
        return any(
            self.idx.ents[m.entity].kind == "person" and m.start <= t.start and t.end <= m.end
            for m in self.idx.mentions[-50:]
        )

    def _title_word(self, t: _Tok) -> bool:
        """A token that may open a title phrase: vocabulary, a known name or a demonym."""
        low = t.text.lower().rstrip(".")
        return (
            low in self.pp.heads
            or low in self.pp.honorifics
            or low in self.pp.modifiers
            or self.gaz.lookup(t.text) is not None
            or t.text in self.pp.not_names
            or any(low == h.split()[0] for h in self.pp.heads)
        )

    def _lone_name(self, t: _Tok) -> bool:
        """A single capitalised word next to a reporting verb ("Melanie said", "said
        Trump") names a person unless it is a common word, a role or a known entity."""
        low = t.text.lower()
        return (
            len(t.text) > 2
            and t.text[1:].islower()
            and low not in self.pp.heads
            and low not in self.pp.modifiers
            and low not in _COMMON_CAPS
            and t.text not in self.pp.not_names
            and self.gaz.lookup(t.text) is None
            and not (low.endswith("ing") and len(low) > 5)  # "Having said that": a gerund
            and not _CONTRACTED.search(low)  # "I’ve learned": a pronoun, unlike "O'Brien"
        )

    def _lowercase_surname(self, end: int, first: str) -> tuple[int, str | None]:
        """ "Spokesperson Ned price said": a lower-case surname between a titled first name
        and a reporting verb still belongs to the name."""
        k = self._tok_index(end)
        if k + 1 >= len(self.toks):
            return end, None
        t, nxt = self.toks[k], self.toks[k + 1]
        if (
            t.text.isalpha()
            and t.text.islower()
            and self.text[end : t.start] == " "
            and nxt.text.lower() in self.pp.cues
            and t.text not in self.pp.cues
            and not t.text.endswith("ly")  # "Mr. Trump hardly clarified": an adverb
            and t.text not in _ADVERBS_BEFORE_VERB
            and t.text not in _AUX  # "President Trump has said": a verb, not "Trump Has"
        ):
            return t.end, f"{first} {t.text.capitalize()}"
        return end, None

    _APPOS = regex.compile(
        r"(?:,\s+|\s+as\s+)(?:(?:the|a|an|its|his|her|their)\s+)?(?:(?:new|then|now)\s+)?"
    )

    def _title_after(self, end: int) -> str | None:
        """An appositive title after a name: ", Additional Secretary (UN&ED)", ", the Chief
        of General Staff", ", a witness"."""
        m = self._APPOS.match(self.text, end)
        if not m:
            return None
        k = self._tok_index(m.end())
        words: list[_Tok] = []
        has_head = False
        while k < len(self.toks) and len(words) < 12:
            t = self.toks[k]
            gap = self.text[(words[-1].end if words else m.end()) : t.start]
            possessive = gap.strip() in ("'s", "’s") and (
                any(w.text.lower() == "of" for w in words)  # "head of the region's ..."
                or (bool(words) and all(w.cap or w.text.lower() in _NAME_PARTICLES for w in words))
            )  # "al Shabaab's military operation spokesman"
            if (gap.strip() and not possessive) or "\n" in gap:
                break
            low = t.text.lower()
            is_head = low in self.pp.heads or low in self.pp.honorifics
            after_of = len(words) >= 1 and any(w.text.lower() in ("of", "for") for w in words)
            ok = (
                is_head
                or low in self.pp.modifiers
                or low in ("of", "for", "and", "the")
                or (not words and low in _NAME_PARTICLES)  # "al Shabaab's spokesman"
                or (  # "military operation spokesman": a word before a head two on
                    t.text.isalpha()
                    and t.text.islower()
                    and low not in self.pp.cues
                    and low not in _PREPOSITIONS
                    and low not in _AUX
                    and any(x.text.lower() in self.pp.heads for x in self.toks[k + 1 : k + 3])
                )
                or (t.cap and not self._is_name_token(t))
                or (words and t.cap)
                or (
                    after_of
                    and t.text.isalpha()
                    and low not in self.pp.cues
                    and low not in _PREPOSITIONS
                    and low not in _AUX
                )
            )
            if not ok:
                break
            words.append(t)
            has_head = has_head or is_head
            k += 1
        while words and words[-1].text.lower() in ("of", "for", "and", "the"):
            words.pop()
        if not has_head or not words:
            return None
        end_pos = words[-1].end
        paren = rx.match(r"\s*\([^()\n]{1,20}\)", self.text[end_pos : end_pos + 24])
        if paren:
            end_pos += paren.end()
        return _norm(self.text[words[0].start : end_pos])

    def _cue_next_to(self, s: int, e: int) -> bool:
        """Whether a lower-case reporting verb follows ``[s, e)`` ("Price said", "Price
        also said") or precedes it ("said Price"); title-case headlines do not count."""
        k = self._tok_index(e)
        for t in self.toks[k : k + 5]:
            if t.text in self.pp.cues:
                return True
            if t.text not in _BETWEEN_NAME_AND_CUE and not _PARTY_STATE.fullmatch(t.text):
                break  # "Price also said", "Feinstein (D-Calif.) last week said"
        k = self._tok_index(s) - 1
        return k >= 0 and self.toks[k].text in self.pp.cues and self.toks[k].end <= s

    def _person_mention(
        self, s: int, e: int, title: str | None, canonical: str | None = None
    ) -> None:
        name = canonical or _norm(self.text[s:e])
        ent = self._known_person(name) or self.idx._person(name)
        if title and (not ent.title or len(title) > len(ent.title)):
            ent.title = title
            ent.affiliation = self._affiliation(title) or ent.affiliation
        if len(name) > len(ent.name) and name.lower().endswith(ent.name.lower()):
            ent.name = name
        self._index_person(ent)
        self._claim(s, e)
        self.idx._add(s, e, ent, "name")

    def _known_person(self, name: str) -> _Ent | None:
        """A person already found whose name is this one, ends with it ("Price" for "Ned
        Price"), or is its ending; "Wang" for "Wang Yi" (a short family name last)."""
        low = name.lower()
        words = low.split()
        for key in (low, words[-1]):
            if key in self.person_keys:
                known = self.person_keys[key]
                if key != low and _other_first_name(words, known.name.lower().split()):
                    continue  # "Marcia Price" is not "Ned Price"
                return known
        for n in range(1, len(words)):
            tail = " ".join(words[n:])
            if tail in self.person_names:
                return self.person_names[tail]
        return None

    def _index_person(self, ent: _Ent) -> None:
        low = ent.name.lower()
        words = low.split()
        self.person_names[low] = ent
        self.person_keys[low] = ent
        if len(words) >= 2:
            self.person_keys.setdefault(words[-1], ent)
            if _family_name_first(ent.name.split()):
                self.person_keys.setdefault(words[0], ent)

    def _affiliation(self, title: str) -> str | None:
        """The organisation (else country) a title names: "US State Department spokesperson"
        → State Department; "Chinese Foreign Minister" → China."""
        words = title.split()
        found: list[tuple[int, str]] = []
        for n in range(min(5, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                hit = self.gaz.lookup(" ".join(words[i : i + n]).rstrip(",."))
                if hit:
                    entry = self.gaz.entries[self.gaz.entries[hit[0]].metonym_for or hit[0]]
                    found.append((0 if entry.kind != "country" else 1, entry.name))
            if found:
                break
        return min(found)[1] if found else None

    # 3. sites and organisations by head word
    def _sites_and_orgs(self, runs: list[list[_Tok]]) -> None:
        covered: list[tuple[int, int]] = []  # names that swallow a country's ("Sudan Doctors
        # Network", "Pakistan Peoples Party"): the country is no mention of its own there
        self._orgs_in_runs(runs, covered)
        if covered:
            covered.sort()
            self.idx.mentions = [
                m
                for m in self.idx.mentions
                if self.idx.ents[m.entity].kind != "country"
                or not _strictly_inside(covered, m.start, m.end)
            ]

    def _orgs_in_runs(self, runs: list[list[_Tok]], covered: list[tuple[int, int]]) -> None:
        for run in runs:
            for j, t in enumerate(run):
                if t.text not in _SITE_HEADS and t.text not in _ORG_HEADS:
                    continue
                if j + 1 < len(run) and run[j + 1].cap:
                    continue  # "Police" in "Peshawar Police Lines": the last head decides
                i = j
                while i > 0 and (run[i - 1].cap or run[i - 1].text.lower() in _CONNECTORS):
                    i -= 1
                while i < j and (
                    not run[i].cap
                    or run[i].text in ("The", "A", "An")
                    or run[i].text.endswith(("-led", "-based", "-backed"))
                ):
                    i += 1
                if i == j:
                    continue  # "Police" alone
                s, e = run[i].start, t.end
                # "of/for X" after an org head: "Ministry of Foreign Affairs"
                k = j
                while k + 2 < len(run) and run[k + 1].text.lower() in ("of", "for", "on"):
                    k += 2
                    while k + 1 < len(run) and run[k + 1].cap:
                        k += 1
                e = run[k].end
                name = _norm(self.text[s:e])
                if self.gaz.lookup(name) or self._inside_claim(s, e):
                    continue
                kind: EntityKind = "site" if t.text in _SITE_HEADS else "organization"
                key = f"{kind}:{_slug(name)}"
                ent = self.idx.ents.get(key) or _Ent(key, name, kind)
                self.idx.ents[key] = ent
                self.idx._add(s, e, ent, "name")
                covered.append((s, e))

    def _inside_claim(self, s: int, e: int) -> bool:
        """Whether ``[s, e)`` lies within one claimed span (and is not that span's superset)."""
        i = bisect.bisect_right(self.taken, (s, 10**18)) - 1
        return i >= 0 and self.taken[i][0] <= s and e <= self.taken[i][1]

    # 4b. surnames and lower-cased full names
    def _surnames(self, runs: list[list[_Tok]]) -> None:
        persons = [e for e in self.idx.ents.values() if e.kind == "person"]
        parts: dict[str, list[_Ent]] = {}
        for p in persons:
            words = p.name.split()
            if len(words) == 1 and len(words[0]) > 3:
                forms = {words[0]}  # "President Obama": "Obama" in the headline is him too
            elif len(words) >= 2:
                forms = {words[0], words[-1]} if _family_name_first(words) else {words[-1]}
            else:
                continue
            for w in forms:
                if w not in self.pp.not_names and (
                    self.gaz.lookup(w) is None or w in self.country_surnames
                ):  # "Jordan" after "Jim Jordan" is him
                    parts.setdefault(w, []).append(p)
        if not parts:
            return
        for run in runs:
            for t in run:
                if t.text in parts and not self._claimed(t.start, t.end):
                    owners = parts[t.text]
                    ent = owners[-1]
                    self._claim(t.start, t.end)
                    self.idx._add(t.start, t.end, ent, "surname")

    def _full_names_any_case(self) -> None:
        """Full names of known people in any case ("Ned price"), by one pass over tokens."""
        by_first: dict[str, list[tuple[list[str], _Ent]]] = {}
        for ent in {id(e): e for e in self.person_names.values()}.values():
            words = ent.name.lower().split()
            if len(words) >= 2:
                by_first.setdefault(words[0], []).append((words, ent))
        if not by_first:
            return
        toks = self.toks
        for i, t in enumerate(toks):
            cands = by_first.get(t.text.lower())
            if not cands:
                continue
            for words, ent in cands:
                j = i + len(words)
                if j > len(toks) or [x.text.lower() for x in toks[i:j]] != words:
                    continue
                s, e = t.start, toks[j - 1].end
                if _norm(self.text[s:e]).lower() == " ".join(words) and not self._claimed(s, e):
                    self._claim(s, e)
                    self.idx._add(s, e, ent, "name")
                break

    # 5. metonymy
    def _metonymy(self) -> None:
        text = self.text
        moved: list[Mention] = []
        for m in self.idx.mentions:
            country = self.gaz.capitals.get(m.entity)
            if country is None:
                continue
            k = self._tok_index(m.start)
            prev = self.toks[k - 1].text.lower() if k > 0 else ""
            if prev in _PREPOSITIONS or prev in ("the",):
                continue
            if prev in self.pp.cues:  # "..., says Washington"
                moved.append(m)
                continue
            after = text[m.end : m.end + 3]
            nxt_k = self._tok_index(m.end)
            nxt = self.toks[nxt_k].text if nxt_k < len(self.toks) else ""
            if nxt.endswith("ly") and nxt_k + 1 < len(self.toks):
                nxt = self.toks[nxt_k + 1].text
            verbish = nxt.islower() and (
                nxt in _AUX
                or nxt in self.pp.cues
                or (nxt.endswith(("ed", "es")) and len(nxt) > 3)
                or (nxt.endswith("s") and not nxt.endswith("ss") and len(nxt) > 3)
            )
            if after.startswith(("'s", "’s")) or verbish:
                moved.append(m)
        gone = set(map(id, moved))
        self.idx.mentions = [m for m in self.idx.mentions if id(m) not in gone]
        for m in moved:
            ent = self.idx._entity_from_gazetteer(self.gaz.capitals[m.entity])
            self.idx._add(m.start, m.end, ent, "metonym")
        if moved:
            used = {m.entity for m in self.idx.mentions}
            for eid in [e for e in self.idx.ents if e not in used]:
                del self.idx.ents[eid]

    # 6. "the Afghan capital": the capital of the demonym's country
    def _capital_descriptions(self) -> None:
        capital_of = {country: city for city, country in self.gaz.capitals.items()}
        text = self.text
        kept: list[Mention] = []
        for m in self.idx.mentions:
            city = capital_of.get(m.entity) if m.form == "demonym" else None
            after = _CAPITAL_AFTER.match(text, m.end) if city is not None else None
            the = _THE_BEFORE.search(text, max(0, m.start - 5), m.start)
            if city is None or after is None or the is None:
                kept.append(m)
                continue
            kept.append(Mention(m.start, after.end(), city, "description"))
            self.idx._entity_from_gazetteer(city)
        self.idx.mentions = kept

    # speakers: person mentions next to a reporting verb
    def _speakers(self) -> None:
        for m in self.idx.mentions:
            if self.idx.ents[m.entity].kind == "person" and self._cue_next_to(m.start, m.end):
                self.idx.speakers.add((m.start, m.end))


# "capital" as a noun: not "capital Mogadishu" (the name follows), not "capital punishment"
_CAPITAL_AFTER = regex.compile(r"\s+capital\b(?!\s+(?:\p{Lu}|punishment|markets?|gains?|flight))")
_THE_BEFORE = regex.compile(r"(?i)\bthe\s+$")


_MONTH_NAMES = frozenset({"May", "June", "April", "August", "March"})


def find_entities(
    text: str,
    regions: Iterable[tuple[int, int]] | None = None,
    gazetteer: Gazetteer | None = None,
    patterns: Sequence[PatternMention] = (),
) -> EntityIndex:
    """Find and canonicalise the entities of ``text`` (or of its ``regions``).

    >>> idx = find_entities("State Department Spokesperson Ned Price said Pakistan is a partner.")
    >>> [(e.name, e.kind) for e in idx.entities()]
    [('State Department', 'government'), ('Ned Price', 'person'), ('Pakistan', 'country')]
    >>> idx.entities()[1].title
    'State Department Spokesperson'
    """
    regs = sorted(regions) if regions is not None else [(0, len(text))]
    return _Finder(text, regs, gazetteer or default_gazetteer(), patterns).run()
