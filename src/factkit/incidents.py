"""Stage 3, incidents: violent events and tallies of them, with place, date, perpetrator
and casualty counts.

A sentence reports an incident when it holds a trigger of the rules' ``incident_triggers``
("suicide bombing", "blast", "air strike", "abducted", "clashes", "attack") and is not
generic talk: a generic marker ("upsurge in", "on a regular basis", "plans to") or a bare
plural trigger with no count, place or date ("mounting deadly attacks") is not an event.
The most specific trigger gives the kind (a suicide bombing before a bombing before an
attack).

Counts come from ``numbers.find_counts_in`` and are read by their neighbours: after a verb
of death ("killing four people", "claimed the lives of 214 civilians") or before one ("31
civilians lost their lives", "Four killed") they are killed; likewise injured; before
"incidents"/"attacks" they count events. Attackers killed ("and the bomber", "three
shooters were killed") are kept apart from victims, except when security forces did the
killing (an operation or a strike), where they are the dead. A verb of death with a named
or titled person and no number counts one ("killed the Taliban leader, Alaudin").

A tally ("267 incidents in 2021, claiming the lives of 214 civilians and 226 security
personnel") is an incident with ``aggregate: true``, its period, the number of events and
the per-group counts; when the text gives only groups, killed is their sum.

Mentions of one event merge (headline, lead, later sentences): same kind family, and no
conflicting place or date; "in a separate incident" starts a new one. A dated reference
("Sunday's attack", "the December 12 attack") joins the event of that day, and "the
shooting" the shooting told before.

The date is the day the sentence names for the event (not a reporting date: "said
Monday"); the main event with none takes the first relative day of the body; a report of
"the past 24 hours" dates its event by the report's day, the window's last.

Later mentions refine the count: a headline's estimate ("Numerous insurgents killed")
yields to its lead's number; "also killed", "two more were killed" add to the toll; "the
insurgents" as the dead take the count of the group told shortly before. A trigger that
names a weapon or a trade ("bomb factory", "a commander responsible for IED attacks") is
no event.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from . import _regex as rx
from .context import FactContext
from .entities import EntityIndex, _people, in_spans
from .lexicon import phrase_alternation
from .models import (
    Count,
    EntityRef,
    Incident,
    IncidentKind,
    Period,
    Span,
    Statement,
    TimeExpression,
    VictimGroup,
)
from .numbers import VAGUE, find_counts_in, number_value
from .rules.loader import Rules, current_rules

__all__ = ["extract_incidents"]

_PRIORITY: tuple[IncidentKind, ...] = (
    "suicide_bombing",
    "bombing",
    "strike",
    "kidnapping",
    "shooting",
    "clash",
    "attack",
    "killing",
    "other",
)
_FAMILY = {
    "suicide_bombing": "blast",
    "bombing": "blast",
    "attack": "any",
    "shooting": "gun",
    "killing": "any",
    "clash": "gun",
    "strike": "strike",
    "kidnapping": "kidnap",
    "other": "any",
}
_PLACE_RANK = {
    "site": 0,
    "district": 1,
    "city": 2,
    "place": 2,
    "region": 3,
    "province": 3,
    "country": 4,
}
_SECURITY_ACTORS = regex.compile(
    r"(?i)\b(?:security forces?|coalition|afghan and coalition|afghan-led|army|troops|"
    r"soldiers|police|forces|military|air weapons team|isaf|operation|raid|strike|drone)\b"
)
# a period spanned, not a point in it: "abducted 55 people during October"
_THROUGHOUT_BEFORE = regex.compile(
    r"(?i)\b(?:during|over|throughout|through|since|across|so\s+far\s+in)\s+(?:the\s+)?$"
)
# a group's member as the object of a killing or a capture: the group is the victim's
_VICTIM_VERB_BEFORE = regex.compile(
    r"(?i)\b(?:killed|killing|kills|kill|targeted|targeting|eliminated|neutrali[sz]ed|"
    r"captured|arrested|detained|apprehended|including|among\s+them|wounded|injured)\s+"
    r"(?:[\w-]+,?\s+){0,3}$"
)
_MEMBER_AFTER = regex.compile(
    r"(?i)\s*(?:(?-i:[a-z-]+)\s+)?(?:commanders?|sub-?commanders?|leaders?|chiefs?|governors?|"
    r"militants?|fighters?|members?|insurgents?|"
    r"operatives?|terrorists?|figures?|financiers?|facilitators?|spokes(?:man|person)|"
    r"officials?|emirs?|walis?|cadres?)\b"
)  # "captured the Taliban district chief", "a Haqqani network facilitator"
_ANAPHOR = regex.compile(
    r"(?i)\b(?:the|this|that|sunday['’]s|monday['’]s|tuesday['’]s|wednesday['’]s|"
    r"thursday['’]s|friday['’]s|saturday['’]s|yesterday['’]s|the\s+latest|the\s+morning|"
    r"the\s+deadly)\s+(?:[\w-]+\s+){0,2}(?:attacks?|blasts?|bombings?|explosions?|assaults?|"
    r"strikes?|shelling|"
    r"raid|incident|shooting|ambush|bomber|attacker|attackers|engagement|operation|firefight|"
    r"gunfight|gunbattle|gun\s+battle|battle|fighting|clash|clashes|encounter|explosive|"
    r"explosives|device|bomb|killings|massacre|violence|missile|rocket|drone|shell)\b"
)  # ("The Houthi missile hit the carrier": the weapon of the strike told before)
# the actors of the event told just before: "the security force", "the joint patrol"
_ACTOR_ANAPHOR = regex.compile(
    r"\b[Tt]he\s+(?:(?:security|combined|joint|assault|coalition|Afghan|ground|strike)\s+){1,2}"
    r"(?:force|patrol|team|unit)\b"
)
_KILLED_AFTER = regex.compile(
    r"(?i)\s*(?:were|have\s+been|had\s+been|was|are)\s+(?:\w+\s+|(?:reported|said|believed|"
    r"feared|thought|confirmed|known)\s+to\s+(?:be|have\s+been)\s+)?(?:killed|dead|martyred|"
    r"slain|sent\s+to\s+hell|neutrali[sz]ed|eliminated)|\s*(?:lost\s+their\s+lives|died|dead)"
    r"|\s*(?:later\s+|also\s+|subsequently\s+)?succumbed\b"  # "two later succumbed to injuries"
    r"|\s+to\s+death\b"  # "hacked 12 villagers to death", "slashing 19 people to death"
    r"|\s*(?:were|was|have\s+been|had\s+been)\s+\w+\s+to\s+death\b"  # "were burned to death"
)  # "four khwarij were sent to hell", the euphemism of Pakistan's military releases
# an inverted clause: "Also killed in the strike were more than a dozen insurgents",
# "Among those killed were two policemen"
_KILLED_WERE = regex.compile(r"(?i)\b(?:killed|dead|slain)\b[^.;:!?]{0,40}?\b(?:were|was)\s+$")
_INJURED_WERE = regex.compile(r"(?i)\b(?:injured|wounded)\b[^.;:!?]{0,40}?\b(?:were|was)\s+$")
# the dead of a later sentence are more of them, not the same ones told again
# more victims of the event just told: "three other soldiers were also injured"
_MORE_OF_THE_LAST = regex.compile(r"(?i)\b(?:other|another|more)\b[^.;]{0,80}?\balso\b")
_ADDITIONAL = regex.compile(
    r"(?i)\balso\s+(?:been\s+)?(?:killed|dead|slain)\b|\b(?:killed|slain)\s+(?:[\w-]+\s+){0,4}?"
    r"also\b|\b(?:more|other)\s+(?:[\w-]+\s+){0,2}?(?:insurgents|militants|fighters|people|"
    r"civilians|soldiers|policemen)\s+(?:were|have\s+been)\s+(?:\w+\s+)?killed\b|"
    r"\b(?:later|subsequently)\s+(?:died|succumbed)\b"
)
_INJURED_AFTER = regex.compile(
    r"(?i)\s*(?:were|have\s+been|had\s+been|was|are)\s+(?:\w+\s+)?(?:injured|wounded|hurt)|"
    r"\s*(?:sustained\s+injuries)|\s+with\s+(?:\w+\s+)?(?:injuries|wounds)\b"
)  # "left 12 people with serious injuries"
# what may stand between a verb of death and its count: "killing at least", "claimed the
# lives of", "killed more than", "wounding some"
_ADJACENT = regex.compile(
    r"(?i)\s*(?:(?:the\s+)?lives\s+of|of|to|all|(?:an?|the)\s+(?:\w+\s+)?(?:family|group|crew|team)\s+of)?\s*"
)  # "killed the lives of", "killed all", "killed a family of seven", "injuries to two others"
_DETERMINED_BEFORE = regex.compile(
    r"(?i)\b(?:the|a|an|this|that|its|\w+['’]s)\s+(?:[\w-]+\s+){0,5}$"
)
_SAID_BEFORE = regex.compile(
    r"(?:said|says|claimed|told|announced|confirmed|reported|posted|added|condemned|condemns|"
    r"denounced|deplored|welcomed|praised|mourned|released|issued|published|"
    r"(?:report|tally|update)(?:\s+(?:issued|released))?)\s+"
    r"(?:(?:late|early)\s+)?(?:on\s+)?$"
)  # "said Monday", "said late on Tuesday", "the statement, released Thursday evening", "a
# previous report on Thursday": when it was told
_LAST_DAY = regex.compile(
    r"(?i)(?:the\s+)?(?:past|last|previous|preceding)\s+(?:24|twenty-four|twenty\s+four)\s+hours"
)
_DEATH_OF = regex.compile(
    r"(?i)\b(?:killed|killing|assassinated|shot\s+dead|(?:the\s+)?(?:death|killing)\s+of)\s+"
)
_CLAUSE_BREAK = regex.compile(r"[.;:!?]|\b(?:and|but|while|who|which|after|before|during)\b")
_AND_ONE_MORE = regex.compile(
    r"\s+and\s+(?:his|her|their)\s+(?:associate|deputy|aide|bodyguard|driver|brother|son)\b"
)
# a one-word name as the object of a verb of death: "the airstrike killed Rostum and his
# associate", "killed Zubair."
_LONE_NAME = regex.compile(
    r"(?P<n>\p{Lu}\p{Ll}{2,}(?:['’]\p{Ll}+)?)(?=\s*[,.;]|\s+and\s+(?:his|her|their)\s|"
    r"\s+(?:in|on|at|during|while|after|near)\s)"
)
# one person, as victims are named in the singular ("one soldier", "a terrorist", "an
# interpreter"): the patterns below that count a lone victim share this list
_ONE_PERSON = (
    r"(?:person|individual|civilian|soldier|jawan|trooper|policeman|policewoman|constable|"
    r"officer|man|woman|child|boy|girl|worker|resident|villager|passenger|pilgrim|guard|"
    r"bodyguard|driver|journalist|reporter|student|teacher|doctor|nurse|farmer|herder|"
    r"trader|shopkeeper|official|leader|commander|subcommander|chief|facilitator|militant|"
    r"insurgent|terrorist|fighter|rebel|gunman|bomber|suspect|operative|associate|member|"
    r"cadre|peacekeeper|service\s*member|serviceman|sailor|airman|contractor|employee|"
    r"crew\s+member|interpreter|translator|lawyer|judge|cleric|politician|activist|mayor|"
    r"governor|lawmaker|tourist|protester|worshipper|passer-by)"
)
# "killed a Taliban leader< and one other insurgent>": a second singular victim
# "killing the town's mayor, Abdul Malik, and <11 other people>": one named, N others
_ONE_AND_OTHERS = regex.compile(
    r"(?i)\b(?P<verb>killing|killed|kills|wounding|wounded|injuring|injured)\s+"
    r"(?P<first>(?:the|a|an|his|her|its|their|\p{Lu}[\w'’-]*)\b[^.;:\d]{0,80}?),?\s+and\s+$"
)
_OTHER_AFTER = regex.compile(r"\s+other\b")
_AND_ONE_OTHER = regex.compile(
    r"(?i),?\s+(?:and|along\s+with|together\s+with)\s+(?:one|an?|another)\s+"
    r"(?:other\s+)?(?:[\w-]+\s+){0,2}?" + _ONE_PERSON + r"\b(?!s)"
)
# "X, an Afghan journalist who ..., along with his two colleagues": the others killed with X
_ALONG_WITH_N = regex.compile(
    r"(?i)(?:,[^,.;]{0,120})?,?\s+(?:and|along\s+with|together\s+with)\s+(?:his|her|their)\s+"
    r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\w-]+\s+)?"
    r"(?:colleagues|associates|companions|relatives|bodyguards|guards|aides|sons|daughters|"
    r"children|brothers|friends|deputies|drivers)\b"
)
_APPOSITIVE = regex.compile(r",\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}(?=,)")
_PASSIVE_DEATH = regex.compile(
    r"(?i)\b(?:was|has\s+been|had\s+been)\s+(?:\w+\s+and\s+)?(?:killed|shot\s+dead|slain)\b"
)
_PRONOUN_BEFORE = regex.compile(r"(?i)\b(?P<p>he|she)\s+$")
# "in", "near the", "in northern", "in the north-west of": a place follows
_IN_PLACE = regex.compile(
    r"\b(?:in|at|near|across|inside|outside|throughout)\s+(?:the\s+)?"
    r"(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west|central)(?:ern)?\s+"
    r"(?:part\s+of\s+|region\s+of\s+|of\s+)?)?$"
)
# a state's weapons as the subject: "Israeli airstrikes killed", "Russian missiles hit"
_STATE_WEAPON = regex.compile(
    r"\s+(?:(?:[\w-]+\s+){0,1})(?:air\s*strikes?|airstrikes?|drone\s+strikes?|drones?|strikes?|"
    r"missiles?|rockets?|shelling|artillery|warplanes?|jets|bombers|bombing\s+raids?|"
    r"air\s+raids?)\b",
    regex.I,
)
# a state's forces as the subject of an attack verb: "Israeli troops shot", "US Navy SEALs
# found and killed"
_STATE_FORCES = regex.compile(
    r"\s+(?:[\p{L}-]+\s+){0,2}?(?:forces|troops|soldiers|commandos|special\s+forces|"
    r"navy\s+seals|seals|marines|army|military|police|warplanes|jets|drones?)"
    r"(?:\s+(?:(?:early|late)\s+)?on\s+\w+(?:\s+(?:morning|afternoon|evening|night))?|"
    r"\s+\w+\s+and)?(?=\s+(?:have\s+|has\s+|had\s+)?(?:\w+ly\s+)?(?:abducted|"
    r"kidnapped|killed|attacked|hit|launched|targeted|pounded|bombarded|fire|fires|"
    r"stormed|ambushed|raided|shot|bombed|struck|shelled|opened\s+fire|fired))",
    regex.I,
)
# a state as the subject of a verb of launching: "the United States conducted another air
# strike", "Israel launched airstrikes on Gaza"
_STATE_LAUNCHES = regex.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:conduct\w*|carr\w+\s+out|launch\w*)\s+"
    r"(?:(?:a|an|another|its|new|fresh|more|several|two|three|multiple)\s+)*(?:[\w-]+\s+){0,2}?"
    r"(?:air\s*strikes?|airstrikes?|drone\s+strikes?|strikes?|raids?|attacks?|bombing|"
    r"missiles?|rockets?|drones?)\b",
    regex.I,
)
_ATTACK_VERB = regex.compile(
    r"\s+(?:\w+ly\s+)?(?:abducted|kidnapped|killed|attacked|stormed|ambushed|raided|"
    r"shot|seized|bombed|overran|struck|executed|beheaded|torched)\b",
    regex.I,
)
# "the death toll from Friday's bombing rose to 61": the count is of the dead
_TOLL_BEFORE = regex.compile(
    r"(?i)\b(?:death\s+toll|toll|number\s+of\s+(?:people\s+)?(?:dead|killed|deaths))\b"
    r"[^.;]{0,90}?\b(?:rose|risen|climbed|increased|jumped|reached|hit|stood|stands|is|was|"
    r"has\s+risen|had\s+risen)\s+(?:to\s+|at\s+)?(?:at\s+least\s+|more\s+than\s+|over\s+|"
    r"nearly\s+|almost\s+|about\s+|some\s+|around\s+)?$"
    # "raised the toll in violence that began Wednesday to 28"
    r"|\b(?:raised|raising|pushed|pushing|brought|bringing|took|taking)\s+(?:the\s+)?(?:death\s+)?"
    r"toll\b[^.;]{0,90}?\bto\s+(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+)?$"
)
_ORIGIN_AFTER = regex.compile(r"\s+(?:from|of)\s+(?:the\s+)?\p{Lu}[\w-]*(?:\s+\p{Lu}[\w-]*)?(?=\s)")
# a coordinator before an event word: "..., as well as kidnapping", "and bombings"
_JOINED_BEFORE = regex.compile(
    r"(?i)(?:,\s*|\s)(?:as\s+well\s+as|and|or|along\s+with)\s+(?:[\w-]+\s+){0,3}$"
)
_HURT_ADJECTIVE = regex.compile(
    r"(?i)^(?:serious|minor|critical|severe|grievous|life-threatening|bullet|gunshot|shrapnel)\s+"
)
_VAGUE_OF = regex.compile(r"\s+of(?=\s)")
_NAME_AND_BEFORE = regex.compile(r"(?:\p{Lu}[\p{L}'’-]+\s+){1,3}and\s+$")
_OF_THEIR = regex.compile(r"(?i)\s+of\s+(?:his|her|their|its)(?=\s)")  # "two of his colleagues"
# two verbs joined by "or" right before a count: "captured or killed more than 80", "killed
# or wounded 30": the count is not all of either
_EITHER_VERB_BEFORE = regex.compile(r"(?i)\b[a-z]+(?:ed|en)\s+or\s+[a-z]+(?:ed|en)\s+$")
_DIRECTION = regex.compile(
    r"(?i)(?:(?:northern|southern|eastern|western|central|north|south|east|west|"
    r"north-?(?:east|west)(?:ern)?|south-?(?:east|west)(?:ern)?)\s+)?"
)
_SCOPE = regex.compile(r"(?:In|Across|Throughout)\s+(?:the\s+)?")
# "killed during separate clearing operations": a sum over several events
_SEVERAL_EVENTS = regex.compile(
    r"(?i)\b(?:separate|several|multiple|a\s+series\s+of|numerous)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:operations|attacks|incidents|raids|strikes|clashes|engagements|bombings|encounters|"
    r"gunfights|gunbattles)\b"
)
_ONE_WAVE = regex.compile(
    r"(?i)(?:several|multiple|a\s+series\s+of|numerous)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:strikes|bombings|attacks)\b"
)
_SEPARATE = regex.compile(r"(?i)\b(?:in\s+a\s+separate|in\s+another|separately|elsewhere)\b")
_CLAIM = regex.compile(
    r"(?i)\b(?:claimed\s+responsibility|claims\s+responsibility|claiming\s+responsibility|"
    r"was\s+behind|were\s+behind|carried\s+out|had\s+carried\s+out|blamed\s+(?:on|for)|"
    r"blamed\s+(?:[\w'’-]+\s+){1,3}?on|"  # "blamed the attack on the TTP"
    r"responsible\s+for)\b"
)
_WORD = regex.compile(r"\p{L}[\p{L}'’-]*")
_PLACE_PATTERN = regex.compile(
    r"\b(?!(?:The|A|An|This|That|These|Those|Our|Their|His|Her|Its|My|Your|Every|Each|"
    r"Another|Some|No|One|Any|Whole|Entire|In|On|At|From|Near|Outside|Inside|Across|"
    r"Throughout|Of|For|By|Into|After|Before|During|Since|Meanwhile|Elsewhere)\s)"
    r"(?P<name>\p{Lu}[\p{L}'’-]+(?<!-(?:held|controlled|run|based|occupied|ruled|led|backed))"
    r"(?:\s(?:(?:al|az|ad|as|ash|el|ez|ed|de|del|da|bin|ibn|ul|e|i)\s)?\p{Lu}[\p{L}'’-]+){0,2})\s+"
    r"(?P<kind>district|village|town|city|area|province|region|tehsil|valley|refugee\s+camp|"
    r"camp|neighbou?rhood|community|settlement|commune|locality|municipality|county|"
    r"local\s+government\s+area|LGA|governorate|District|Village|Town|Tehsil|Valley|Province|"
    r"County|Governorate)\b"
    r"|\b(?:the\s+)?(?P<kind2>towns?|villages?|city|district|general\s+area)\s+"
    r"(?:of\s+|(?:called|named|known\s+as)\s+)?"
    r"(?P<name2>\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2})"
)  # "Shatai village", "Ramirgo Village", "the town of Adazai", "Kaboro community", "a village
# called Kankanfogouol"
# "the Hazara community", "a Christian community": a people, not a place (a village named
# as a community goes bare: "gunmen stormed Kaboro community")
_PEOPLE_BEFORE_COMMUNITY = regex.compile(r"(?i)\b(?:the|a|an|its|their|local|entire|whole)\s+$")
# a site named by a proper noun: "an African Union command centre", "a downtown Kabul hotel"
_POSSESSIVE_WORD = regex.compile(r"\p{L}+['’]s\s+")
_OWNER_WORD = regex.compile(r"[a-z]+['’]s\s+")
_NAMED_SITE = regex.compile(
    r"\b(?:at|on|against|near|outside|inside|targeting|targeted|stormed|struck|hit|attacked|"
    r"bombed|raided)\s+"
    r"(?:(?:a|an|the)\s+)?(?P<site>(?:[a-z]+(?:['’]s)?\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:[a-z-]+\s+){0,1}"
    r"(?i:command\s+cent(?:re|er)|military\s+base|air\s+base|airfield|airbase|base|camp|"
    r"checkpoint|check\s+post|"
    r"compound|hotel|embassy|consulate|airport|market|mosque|church|temple|school|"
    r"police\s+station|hospital|headquarters|bazaar|shrine|courthouse|prison|jail|"
    r"office|offices|university|college|stadium|mall))\b"
)
# a plural trigger as the object of someone's trade: "responsible for IED attacks",
# "coordinates suicide bombings", "involved in kidnappings"
_HABITUAL_BEFORE = regex.compile(
    r"(?i)\b(?:responsible\s+for|involved\s+in|linked\s+to|tied\s+to|coordinat\w*|"
    r"facilitat\w*|plann\w*|organiz\w*|orchestrat\w*|conduct\w*|carr(?:y|ies|ied|ying)\s+out|"
    r"specializ\w*\s+in|known\s+for|known\s+to\s+\w+|lead(?:s|ing)?|led|behind)\s+"
    r"(?:[\w-]+\s+){0,4}$"
)
# a present-tense verb of a relative clause: "gangs who raid villages", "groups that attack"
_RELATIVE_PRESENT_BEFORE = regex.compile(
    r"(?i)\b(?:who|which|that)\s+(?:often\s+|regularly\s+|routinely\s+|frequently\s+|also\s+|"
    r"still\s+|continue\s+to\s+)?$"
)
# a word that may be a present-tense verb: not a past ("opened fire", "shot") nor a gerund
_PRESENT_FORM = regex.compile(
    r"(?i)(?!(?:shot|struck|blew|fought|hit|threw|slew|overran|beat|set|led|bombed)$)"
    r"\p{L}+(?<!ed)(?<!ing)"
)
# a participle describing armed actors: "groups fighting", "forces that are fighting"
_ACTORS_BEFORE_PARTICIPLE = regex.compile(
    r"(?i)\b(?:groups|forces|militants|insurgents|rebels|fighters|troops|soldiers|factions|"
    r"militias|(?:who|that|which)\s+(?:are|were|have\s+been|had\s+been))\s+$"
)
_BASED_IN_BEFORE = regex.compile(
    r"\b(?:based|lives|lived|living|headquartered|exiled|resides|stationed)\s+in\s+(?:the\s+)?$"
)
# "Speaking to local media in the capital Mogadishu": where words were said
_SPEAKING_IN_BEFORE = regex.compile(
    r"\b(?:speaking|spoke|talking|briefing|addressing|told\s+\w+)\b[^.;,]{0,40}?\b(?:in|at)\s+"
    r"(?:the\s+)?(?:capital\s+|city\s+of\s+)?$"
)
_DEICTIC = regex.compile(
    r"(?i)today|yesterday|tonight|last\s+night|this\s+(?:morning|afternoon|evening)"
)
_BACKGROUND = regex.compile(
    r"(?i)\b(?:the|a)\s+(?:recent|previous|earlier|last)\s+(?:[\w-]+\s+){0,2}?(?:attack|"
    r"bombing|blast|strike|raid|assault|killing|attacks|bombings|strikes)\b"
)
# another event used as a landmark: "northeast of Wednesday's blast", "km from the attack"
_LANDMARK = regex.compile(
    r"(?i)\b(?:(?:north|south|east|west)(?:-?(?:east|west))?|kilomet(?:re|er)s|km|miles|"
    r"metres|meters|yards)\)?\s+(?:of|from)\s+(?:the\s+|(?:\w+day|last\s+\w+)['’]s\s+)"
    r"(?:site\s+of\s+the\s+)?(?:[\w-]+\s+){0,2}?(?:attack|blast|bombing|explosion|strike|"
    r"raid|shooting|incident|ambush)\b"
)
_BOTH = regex.compile(
    r"(?i)\b(?:both|the\s+two)\s+(?:[\w-]+\s+)?(?:attacks|bombings|blasts|explosions|"
    r"incidents|strikes|assaults|raids|killings)\b"
)
_FORCES_NAME = regex.compile(r"\b(?:Army|Forces|Navy|Air\s+Force|Military|Police|Marines)$")
_FORCES_ACT = regex.compile(
    r"\s+(?:\w+ly\s+)?(?:(?:have|has|had)\s+)?(?:killed|attacked|hit|launched|struck|shelled|"
    r"fired|bombed|shot|raided|stormed|targeted|ambushed|pounded)\b"
)
# one person and a counted group after a verb of death: "killing a woman and nine children"
_SINGLE_THEN_GROUP = regex.compile(
    r"(?i)\b(?P<verb>killed|killing|kills|kill|wounded|wounding|injured|injuring)\s+"
    r"(?P<one>(?:a|an|one)\s+(?:[\w-]+\s+)?" + _ONE_PERSON + r")\s+"
    r"(?:and|,)\s+$"
)
# a role in a group before a name: "Taliban spokesperson X", "TTP commander X"
_ROLE_NOUN_AFTER = regex.compile(
    r"(?i)['’]?s?\s+(?:chief\s+|senior\s+|deputy\s+|top\s+)?(?:spokes(?:person|man|woman)|"
    r"commander|official|officials|leader|leaders|chief|minister|ministry|government|"
    r"administration|authorities|member|members|representative|envoy|negotiator|negotiators|"
    r"delegation)\b(?-i:\s+\p{Lu}[\p{L}'’-]+)*"
)
_NO_CLAIM = regex.compile(
    r"(?i)\b(?:(?:has|have|had|was|were)\s+not\s+(?:yet\s+|immediately\s+)?(?:been\s+)?claimed|"
    r"(?:no|none)\s+(?:one|group|organi[sz]ation)?\s*(?:has|have|had)?\s*(?:yet\s+|"
    r"immediately\s+)?claimed|(?:did|does)\s+not\s+(?:immediately\s+)?claim|unclaimed)\b"
)
_IN_POWER_AFTER = regex.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:returned|came|rose|swept|come|returning|coming)\s+(?:back\s+)?"
    r"to\s+power|\s+(?:took|seized|taking|seizing|take|seize)\s+(?:back\s+)?(?:power|control)"
)
# the place told before, named by its kind: "the bandits stormed the village"
_PLACE_ANAPHOR = regex.compile(
    r"(?i)\b(?:stormed|attacked|raided|invaded|entered|surrounded|hit|struck|targeted|in|at|"
    r"into|on)\s+the\s+(?:village|town|community|market|camp|checkpoint|base|compound|school|"
    r"mosque|church|hospital|station|area)\b"
)
_ORIGIN_FROM_BEFORE = regex.compile(
    r"(?i)\b(?:come|came|coming|comes|arrived|fled|crossed|crossing|infiltrated|hailed|"
    r"originated|operating)\s+(?:in\s+)?from\s+(?:the\s+)?(?:neighbou?ring\s+)?$"
)
_AGENT_BY_BEFORE = regex.compile(r"\bby\s+(?:the\s+|a\s+|an\s+)?$")
_REPORTED_BY_BEFORE = regex.compile(
    r"(?i)\b(?:cited|quoted|reported|compiled|published|released|confirmed|documented|"
    r"verified|reviewed|recorded|collected|issued|carried|funded|run|operated|owned|used|"
    r"deployed|flown|manned|supported|backed|trained|armed|sponsored|controlled|held|"
    r"governed|administered|occupied|ruled)\s+by\s+"  # (a place's rulers: "held by the RSF")
    r"(?:the\s+|a\s+|an\s+)?$"
)
# an appositive that sets the event in a series: ", the latest in a series of attacks"
_CONTEXT_TAIL = regex.compile(
    r"(?i),\s+(?:the\s+|in\s+the\s+)?(?:latest|newest|most\s+recent|deadliest|worst|"
    r"(?:second|third|fourth|fifth)\s+such)\s+(?:in|of|such|attack|incident|assault|since)\b"
    r"|,\s+(?:defying|despite|in\s+spite\s+of)\s"  # ", defying repeated offensives by ..."
)
# the event told before, set in its context: "The attacks came just days after ...",
# "The attack comes amid a surge in ...", "The bombing followed ..."
_CONTEXT_OPENER = regex.compile(
    r"(?i)\s*(?:the|these|those|both|this|that|(?:\w+day|today|yesterday)['’]s)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|bombings?|blasts?|killings?|raids?|clashes|"
    r"explosions?|violence|incidents?|assaults?|shooting)\s+(?:(?:came|come|comes|followed|follows|"
    r"happened|took\s+place)\s+(?:[\w,-]+\s+){0,4}?(?:after|amid|as|following|since|"
    r"before|while)|(?:is|are|was|were)\s+(?:\w+\s+)?part\s+of)\b"
)  # (and "The attacks are part of ongoing operations that began July 25 with ...")
# people saved, moved or held: "rescuers saved six people", "evacuated 200 residents"
_SPARED_BEFORE = regex.compile(
    r"(?i)\b(?:saved|rescued|evacuated|pulled\s+out|freed|released|arrested|detained|"
    r"displaced|relocated|sheltered)\s+(?:about\s+|some\s+|around\s+|"
    r"at\s+least\s+|nearly\s+|over\s+|more\s+than\s+)?$"
)
_HISTORY = regex.compile(
    r"(?i)\b(?:historically|(?:has|have)\s+long\s+been|for\s+(?:many\s+)?(?:decades|years)|"
    r"over\s+the\s+(?:decades|years)|(?:has|have)\s+been\s+ongoing|(?:continues?|continued)"
    r"\s+to\s+rage|(?:has|have)\s+(?:\w+\s+)?(?:launched|carried\s+out|conducted|staged|"
    r"mounted|stepped\s+up)\s+(?:\w+\s+)?(?:attacks|strikes|raids|assaults)\s+since)\b"
)  # ("The Houthis have launched attacks since November": a campaign, no one event)
_PERFECT_TOLL = regex.compile(r"(?i)\b(?:has|have)\s+(?:\w+\s+)?(?:killed|been\s+killed|claimed)\b")
_SINCE_BEFORE = regex.compile(r"(?i)\bsince\s+(?:the\s+)?$")
# the clause after ", while": another event's words ("..., while the bombing of a hospital
# wounded patients")
# a clock time that names no day ("at about 2 a.m."): the day is told elsewhere, if at all
_DAYLESS_TIME = regex.compile(
    r"(?i)(?:at\s+)?(?:about\s+|around\s+|approximately\s+|roughly\s+)?"
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|hours?|hrs)?|noon|midnight)"
)
_LONGEST_CUT_SENTENCE = 1500
# where a sentence may be cut into two clauses, each telling its own event
_CLAUSE_CUT = regex.compile(
    r"[,;]\s+|\s+(?=(?:while|whereas|which|when|after|was|were|has\s+been|had\s+been)\s)"
)
# a determiner that introduces a new event: "another air strike", "a separate attack"
_NEW_EVENT_BEFORE = regex.compile(
    r"(?i)\b(?:another|a\s+(?:second|third|separate|fresh|further))\s+"
    r"(?:(?!(?:were|was|have|has|had|been)\b)[\w-]+\s+){0,2}$"
)
# a sentence about one more event: "Another strike hit ...", "A separate blast ..."; not
# more victims of the one told ("Another soldier was killed", "Another two died")
_ANOTHER_OPENS = regex.compile(
    r"(?i)\W*(?:In\s+[^,.]{1,40},\s*)?(?:another|a\s+(?:separate|fresh))\s+"
    r"(?!(?:[\w-]+\s+){0,2}?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozen|"
    r"people|victims?|bod(?:y|ies)|of|" + _ONE_PERSON + r")\b)[\w-]+\s+"
    r"(?!(?:was|were|died|has|had)\b)"
)
# "It took place in X", "The incident happened near X": where the event told before was
_TOOK_PLACE = regex.compile(
    r"(?i)\s*(?P<it>It|The\s+incident|This)\s+(?:\w+ly\s+)?(?:took\s+place|happened|occurred)"
    r"\s+(?:in|at|near|outside|on\s+the\s+outskirts\s+of)\b"
)
# a role after a place: "Zamfara state police spokesman", "Kandahar provincial governor"
_ROLE_AFTER = regex.compile(
    r"(?i)(?:['’]s)?\s+(?:state\s+|provincial\s+|province\s+|district\s+|regional\s+|city\s+)?"
    r"(?:police\s+|government\s+|health\s+|army\s+|military\s+)?(?:spokes(?:man|woman|person)|"
    r"official|officials|governor|commissioner|police\s+chief|chief|commander|administrator|"
    r"mayor|minister)\b"
)
# where victims were taken, not where it happened: "bodies were taken to X Hospital"
_DESTINATION_BEFORE = regex.compile(
    r"(?i)\b(?:taken|rushed|moved|shifted|admitted|transferred|evacuated|brought|airlifted|"
    r"flown|referred)\s+(?:\w+\s+)?to\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}$"
)
_ASIDE_CLAUSE = regex.compile(r"(?i),\s+(?:while|whereas|even\s+as)\s")
# a place that says whose someone is: "the top official in Peshawar", "police in Quetta"
_ROLE_IN_BEFORE = regex.compile(
    r"\b(?:officials?|police|spokes(?:man|woman|person)|authorities|governor|commissioner|"
    r"administrator|chief|officers?|sources?|residents?|correspondent|reporter)\s+(?:in|of|for)\s+"
    r"(?:the\s+)?$"
)
_MANY_AFTER_DEATH = regex.compile(r"(?i)\b(?:killing|killed|kills|kill)\s+(?P<many>many)\b")
# a definite plural group as the dead, with no number: "killing the insurgents"
_DEFINITE_GROUP = regex.compile(
    r"(?i)\b(?:killed|killing|kills|kill)\s+(?:all\s+)?the\s+(?:[\w-]+\s+)?(?P<noun>insurgents|"
    r"militants|fighters|gunmen|attackers|assailants|suspects)\b|\bthe\s+(?:[\w-]+\s+)?"
    r"(?P<noun2>insurgents|militants|fighters|gunmen|attackers|assailants|suspects)\s+"
    r"(?:were|have\s+been)\s+(?:\w+\s+)?killed\b"
)
_DURATION_VALUE = regex.compile(r"PT?[\dX]")
_SPACE_OR_DASH = regex.compile(r"[\s-]*")
_IN_TOWN = regex.compile(r"\s+in\s+(?:the\s+)?")
_GROUP_NOUN = regex.compile(
    r"(?i)\G\s*(?:(?:(?-i:\p{Lu}{2,6})|(?-i:(?:\p{Lu}\.){2,3})|(?-i:\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?)|"
    r"more|other|of\s+its|"
    r"of\s+his|of\s+their|unarmed|innocent|local|foreign|"
    r"chinese|afghan|pakistani|american|taliban|security|police|army|government|tribal|"
    r"suspected|armed|senior|[a-z]+-[a-z]+)\s+){0,3}"
    r"(?P<noun>people|persons|civilians|soldiers|troops|policemen|police\s*officers|officers|"
    r"personnel|security\s+personnel|security\s+forces\s+personnel|forces|militants|"
    r"insurgents|terrorists|khwarij|khawarij|attackers|gunmen|children|women|men|students|"
    r"workers|pilgrims|"
    r"nationals|citizens|officials|members|guards|shooters|bomber|bombers|fighters|rebels|"
    r"others|passengers|worshippers|protesters|villagers|residents|tourists|journalists|"
    r"incidents|attacks|peace\s+committee\s+members?|security\s+officials|"
    # one of them: "at least one person died", "one soldier was killed"
    r"peacekeepers|troopers|marines|commandos|recruits|cadets|miners|farmers|herders|"
    r"colleagues|associates|companions|bodyguards|passersby|passers-by|bystanders|"
    r"motorists|commuters|parents|relatives|siblings|brothers|sisters|sons|daughters|"
    r"family\s+members|service\s*members|servicemen|servicewomen|sailors|airmen|"
    r"contractors|employees|crew\s+members|aid\s+workers|operatives|jihadists|extremists|"
    r"combatants|commanders|auxiliaries|militiamen|militia\s+members|vigilantes|volunteers|"
    r"gendarmes|guardsmen|herdsmen|worshipers|"
    r"fishermen|traders|shoppers|teachers|doctors|nurses|pupils|schoolchildren|girls|boys|"
    r"jawans|terrorists|cadres|" + _ONE_PERSON + r")\b"
)
# a reporting or claiming verb right after a day: "(on Tuesday) claimed responsibility"
_CLAIMED_AFTER = regex.compile(
    r"\s+(?:claimed|said|announced|confirmed|reported|admitted|denied)\b"
)
# a day fronted before a sentence's subject: "On Friday, the Command announced ..."
_FRONTED_DAY_BEFORE = regex.compile(r"(?:^|[\n.]\s*|\b[Oo]n\s)$")
_FRONTED_DAY_AFTER = regex.compile(r"\s*,")
# what befell the members of a group named just before: "(ISIS operatives) were killed"
_SUFFERED_AFTER = regex.compile(
    r"(?i)\s*(?:(?:were|was|have\s+been|had\s+been|are)\s+)?(?:killed|dead|slain|eliminated|"
    r"neutrali[sz]ed|captured|arrested|detained|wounded|injured)\b"
)
# a headline's lone victim, with no article: "Senior ISIS leader killed in US airstrike"
_HEADLINE_ONE = regex.compile(
    r"(?P<np>(?:(?:\p{Lu}[\w-]*|\d+|One|An?)\s+){0,3}(?i:" + _ONE_PERSON + r"))"
    r"\s+(?:killed|shot\s+dead|slain|assassinated)\b"
)
# a lone person before a counted group, both subjects of the verb: "<an Army jawan and>
# three terrorists were killed"
_ONE_THEN_GROUP_SUBJECT = regex.compile(
    r"(?i)(?:^|(?<=[,;:.!?]\s)|(?<=\n)|(?<=\b(?:that|when|after|while)\s))(?P<one>(?:an?|one)\s+"
    r"(?:[\w-]+\s+){0,2}?" + _ONE_PERSON + r")\s+and\s+$"
)
# "... two soldiers <and an interpreter>": one more person after a counted group
_AND_ONE_PERSON = regex.compile(
    r"(?i)\s+and\s+(?:an?|one|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
    + _ONE_PERSON.replace("child|", "child|son|daughter|mother|father|wife|husband|")
    + r"\b(?!s)"
    r"(?!\s+(?:was|were|is|has|had|died)\b)"  # (not "and a woman was injured": a clause)
)
# "One person died", "one soldier was killed": a single victim as the subject, which the
# count finder leaves alone ("one" is too often no count)
_ONE_SUBJECT = regex.compile(
    r"(?i)(?:^|(?<=[,;:]\s)|(?<=\band\s)|(?<=\bthat\s))(?P<c>one|a\s+single|another)\s+(?:[\w-]+\s+){0,2}?"
    + _ONE_PERSON
    + r"\b(?=\s+(?:was|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:killed|"
    r"injured|wounded|hurt)|\s+died|\s+was\s+shot\s+dead)"
)


def _rank(kind: str) -> float:
    """A kind's precedence when one sentence has triggers of several: a pack's own kinds
    rank after the built-in specific ones and before the generic "attack"."""
    if kind in _PRIORITY:
        return float(_PRIORITY.index(kind))
    return _PRIORITY.index("attack") - 0.5


def _triggers() -> tuple[regex.Pattern[str], dict[str, IncidentKind]]:
    return _triggers_of(current_rules())


@lru_cache(maxsize=8)
def _triggers_of(rules: Rules) -> tuple[regex.Pattern[str], dict[str, IncidentKind]]:
    by_kind: dict[str, list[str]] = {}
    for entry in rules.entries("incident_triggers"):
        by_kind.setdefault(entry.kind, []).extend(entry.forms)
    kind_of: dict[str, IncidentKind] = {}
    for kind in sorted(by_kind, key=lambda k: (_rank(k), k)):
        for w in by_kind[kind]:
            kind_of.setdefault(w.lower(), kind)
    if not kind_of:
        return regex.compile(r"(?!)"), kind_of
    alt = "|".join(
        regex.escape(w).replace(r"\ ", r"[\s-]+") for w in sorted(kind_of, key=len, reverse=True)
    )
    return regex.compile(rf"(?i)(?<![\w-])(?:{alt})(?![\w])"), kind_of


_SECTION_ROLE = {
    ("casualties", "killed"): "killed",
    ("casualties", "injured"): "injured",
    ("casualties", "attackers"): "attacker",
    ("generic", "markers"): "generic",
    ("weapon", "nouns"): "weapon",
    ("causes", "disaster"): "disaster",
}


def _words(section: str, key: str) -> regex.Pattern[str]:
    return _words_of(current_rules(), _SECTION_ROLE[(section, key)])


@lru_cache(maxsize=32)
def _words_of(rules: Rules, role: str) -> regex.Pattern[str]:
    forms = rules.forms("incident_words", role)
    if not forms:
        return regex.compile(r"(?!)")
    alt = phrase_alternation(forms)
    return regex.compile(rf"(?i)(?<![\w])(?:{alt})(?![\w])")


@dataclass
class _Draft:
    kind: IncidentKind
    span: tuple[int, int]
    evidence: list[tuple[int, int]] = field(default_factory=list)
    aggregate: bool = False
    location: EntityRef | None = None
    locations: list[EntityRef] = field(default_factory=list)
    countries: set[str] = field(default_factory=set)  # the countries its places lie in
    date: TimeExpression | None = None
    perpetrator: EntityRef | None = None
    killed: Count | None = None
    injured: Count | None = None
    attackers_killed: Count | None = None
    victims: list[VictimGroup] = field(default_factory=list)
    period: Period | None = None
    incident_count: Count | None = None
    source: EntityRef | None = None
    separate: bool = False
    anaphoric: bool = False  # "the attack", "the blast": refers to an event told before
    continues: bool = False  # "the security force": its actors, so the event told just before
    when: TimeExpression | None = None  # the time expression nearest the trigger
    headline: bool = False
    additional: bool = False  # "also killed", "several more were killed": adds to the toll
    bare: bool = False  # a toll with no event word: "another eight soldiers were injured"
    one_day: bool = False  # a sum over one day's events ("in two engagements on Sunday")
    running: bool = False  # a toll since a date ("have been killed in Tripoli since Friday")


class _Extractor(FactContext):
    def __init__(
        self,
        text: str,
        idx: EntityIndex,
        dates: Sequence[TimeExpression],
        statements: Sequence[Statement],
        published: dt.date | None = None,
        triggers: Sequence[tuple[int, int, str]] = (),
    ) -> None:
        super().__init__(text, idx, dates)
        self.triggers = sorted(triggers)
        self._trigger_starts = [t[0] for t in self.triggers]
        self.statements = statements
        self.published = published
        named = [st for st in statements if st.speaker is not None and st.speaker.span]
        self._speakers = sorted(_subject_span(st) for st in named)  # whole subjects
        self._speaker_names = sorted(  # the names alone
            (st.speaker.span.start, st.speaker.span.end)
            for st in named
            if st.speaker is not None and st.speaker.span is not None
        )
        self._sources = sorted(
            (st.span.start, st.span.end, st.speaker)
            for st in statements
            if st.speaker is not None and st.speaker.name and st.cue == "according to"
        )
        self._said_dates = {  # "On Friday, CENTCOM announced": a fronted day of saying
            st.date_span.start
            for st in statements
            if st.date_span is not None
            and st.cue_span is not None
            and st.cue != "according to"  # ("... on Wednesday, forcing ..., according to X":
            # the event's day, told by X)
            and 0 < st.cue_span.start - st.date_span.end <= 120
            and _FRONTED_DAY_AFTER.match(text, st.date_span.end)
            and _FRONTED_DAY_BEFORE.search(text, max(0, st.date_span.start - 4), st.date_span.start)
        }
        self._source_starts = [a for a, _, _ in self._sources]
        self._longest_source = max((b - a for a, b, _ in self._sources), default=0)
        self.new_events: set[int] = set()  # clauses that introduce a new event ("another")
        pat, _ = _triggers()  # one pass over the text; sentences and clauses take their share
        # "70 kilometres northeast of Wednesday's blast": a place, not an event; its day
        # and its "the blast" say nothing of the event the sentence tells
        self._landmarks = [m.span() for m in _LANDMARK.finditer(text)]
        self._builtin = [
            (m.start(), m.end(), m.group())
            for m in pat.finditer(text)
            if not in_spans(self._landmarks, m.start())
        ]
        self._builtin_starts = [t[0] for t in self._builtin]

    def in_speaker(self, pos: int) -> bool:
        """Whether ``pos`` is inside the subject of a reporting verb ("A security official
        in Peshawar says"): a place there is the speaker's, not the event's."""
        return in_spans(self._speakers, pos)

    def _builtin_triggers(self, s: int, e: int) -> list[tuple[int, int, str]]:
        """The rule pack's trigger words inside ``[s, e)``: (start, end, words)."""
        i = bisect.bisect_left(self._builtin_starts, s)
        out = []
        while i < len(self._builtin) and self._builtin[i][0] < e:
            if self._builtin[i][1] <= e:
                out.append(self._builtin[i])
            i += 1
        return out

    def _modifies_speaker(self, a: int, b: int) -> bool:
        """Whether ``[a, b)`` only describes a speaker ("the Hamas health ministry
        spokesman told AFP"): the group is the speaker's, not the attacker; a group that is
        itself the speaker ("Islamic State said its affiliate was behind") may be."""
        names = self._speaker_names
        i = bisect.bisect_right(names, (a, len(self.text))) - 1
        return i >= 0 and names[i][0] <= a and b < names[i][1] - 1

    def _pattern_triggers(self, s: int, e: int) -> list[tuple[int, int, IncidentKind]]:
        """Triggers found by the rules' ``incident:KIND`` patterns inside ``[s, e)``."""
        i = bisect.bisect_left(self._trigger_starts, s)
        out = []
        while i < len(self.triggers) and self.triggers[i][0] < e:
            if self.triggers[i][1] <= e:
                out.append(self.triggers[i])
            i += 1
        return out

    def event_clauses(self, s: int, e: int) -> list[tuple[int, int]]:
        """A sentence that tells two events is read as two clauses, cut at the first comma,
        semicolon or clause word between them: each side has its own event word and its own
        day, the days differ ("killed in an airstrike yesterday" beside "the suicide attack
        of June 28"), or the second is introduced as new ("a week which saw another air
        strike"). Otherwise the sentence stays whole."""
        text = self.text
        if e - s > _LONGEST_CUT_SENTENCE:
            return [(s, e)]  # no news sentence is this long: keep the work linear
        any_kind: IncidentKind = "attack"
        trig = [
            (a, b, any_kind)
            for a, b, _ in self._builtin_triggers(s, e)
            if not _names_weapon(text, b)
        ]
        comps = _compounds(trig)
        if len(comps) < 2:
            return [(s, e)]
        days = [
            d
            for d in self.dates_in(s, e)
            if d.type == "date"
            and d.start is not None
            and d.start == d.end
            and not self._said_when(d)
            and not self._since(d)
        ]
        for (_a0, a1), (b0, b1) in itertools.pairwise(comps):
            new_event = _NEW_EVENT_BEFORE.search(
                text, max(s, b0 - 40), b0
            ) is not None and not text[b0:b1].lower().endswith(
                "ed"
            )  # "another air strike", not "another two were killed": more of the same toll
            if len(days) < 2 and not new_event:
                continue
            for cut in _CLAUSE_CUT.finditer(text, a1, b0):
                left = {d.start for d in days if d.span.end <= cut.start()}
                right = {d.start for d in days if d.span.start >= cut.end()}
                if new_event or (left and right and not left & right):
                    if new_event:
                        self.new_events.add(cut.end())
                    return [(s, cut.start()), *self.event_clauses(cut.end(), e)]
        return [(s, e)]

    # -- one sentence
    def sentence(self, s: int, e: int, headline: bool = False) -> _Draft | None:
        text = self.text
        context = _CONTEXT_OPENER.match(text, s, e)
        if context is not None:  # "The attacks came just days after X": only X can be new
            s = context.end()
        tail = _CONTEXT_TAIL.search(text, s, e)
        if tail is not None and tail.start() - s > 20:
            e = tail.start()  # "..., the latest in a series of attacks over 18 months":
            # the event, without the series it is set in
        _, kind_of = _triggers()
        trig = [
            (a, b, _kind_of(words, kind_of))
            for a, b, words in self._builtin_triggers(s, e)
            if not _names_weapon(text, b)
        ]
        extra = self._pattern_triggers(s, e)
        if extra:  # a pattern's hit wins over the built-in triggers inside it
            trig = [t for t in trig if not any(a <= t[0] and t[1] <= b for a, b, _ in extra)]
            trig = sorted([*extra, *trig])
        counts: list[Count] | None = None
        took_place = None if trig else _TOOK_PLACE.match(text, s, e)
        if took_place is not None:  # "It took place in the Lower Shabelle province"
            trig = [(took_place.start("it"), took_place.end("it"), "other")]
        if not trig:
            word = _words("casualties", "killed").search(text, s, e) or _words(
                "casualties", "injured"
            ).search(text, s, e)
            if not word:
                return None
            counts = find_counts_in(text, s, e)
            if not counts:
                return None
            trig = [(word.start(), word.end(), "other")]
        aside = _ASIDE_CLAUSE.search(text, s, e)  # ", while the bombing of a hospital ..."
        main = [t for t in trig if aside is None or t[0] < aside.start()] or trig
        kinds = {k for _, _, k in main}
        kind: IncidentKind = min(kinds, key=lambda k: (_rank(k), k))
        if counts is None:
            counts = find_counts_in(text, s, e)
        sent = text[s:e]
        dates = self.dates_in(s, e)
        first_trigger = trig[0][0]
        lo = bisect.bisect_left(self._landmarks, (s, -1))  # (bisect: linear on any input)
        hi = bisect.bisect_left(self._landmarks, (e, -1))
        marks = self._landmarks[lo:hi]
        if marks:
            dates = [d for d in dates if not in_spans(marks, d.span.start)]
            for a, b in marks:  # "the blast" of a landmark is no anaphor either
                a, b = a - s, min(b, e) - s
                sent = sent[:a] + " " * (b - a) + sent[b:]
        usable = [
            d
            for d in dates
            if not self._said_when(d)
            and not self._since(d)
            and not self._quoted_deixis(d)
            and not _dayless(d)
        ]
        days = [
            d
            for d in usable
            if d.type in ("date", "time") and d.start is not None and d.start == d.end
        ]
        months = [
            (t.start, t.end)
            for t in usable
            if t.type == "date" and t.start and t.end and 1 < (t.end - t.start).days <= 31
        ]
        if months:  # "killed in November in an overnight encounter": not last night
            days = [x for x in days if x.start and any(a <= x.start <= b for a, b in months)]
        day = min(days, key=lambda d: self._date_cost(d, first_trigger), default=None)
        spans = [d for d in usable if d.type in ("date", "time") and d.start is not None]
        when = min(spans, key=lambda t: self._date_cost(t, first_trigger), default=None)
        d = _Draft(kind, (s, e), [(s, e)])
        d.bare = all(
            k == "other" or text[ts:te].lower() == "killed" for ts, te, k in trig
        )  # a toll with no event word: "At least nine people were killed"
        period = next((t for t in dates if _is_period(t)), None)
        since = next((t for t in dates if t.start is not None and self._since(t)), None)
        d.aggregate = period is not None and day is None and len(counts) >= 2
        self._counts(d, s, e, counts)
        d.aggregate = False
        if d.incident_count is None:
            num = rx.search(r"(?i)\bnumber\s+of\s+(?:[\w-]+\s+){0,2}(?:attacks|incidents)\b", sent)
            if num is not None:
                later = [c for c in counts if c.span is not None and c.span.start > s + num.end()]
                if later:
                    d.incident_count = later[-1]
        n_events = d.incident_count
        d.running = (
            since is not None
            and n_events is None
            and _PERFECT_TOLL.search(sent) is not None
            and (d.killed is not None or d.injured is not None)
        )  # "troops have killed 120 militants since March": a toll over a stretch
        agg_words = rx.search(r"(?i)\b(?:incidents|attacks|kidnappings|abducted|killings)\b", sent)
        if (
            n_events is not None
            or (period and (d.killed or d.injured) and agg_words)
            or (period and len(d.victims) >= 2)
            or (
                day is None
                and max(
                    sum(v.killed is not None for v in d.victims),
                    sum(v.injured is not None for v in d.victims),
                )
                >= 3
            )  # "92 security personnel, 48 civilians, and 22 militants sustained injuries"
            or (
                period
                and day is None
                and kind == "kidnapping"
                and counts
                and _THROUGHOUT_BEFORE.search(
                    text, max(0, period.span.start - 20), period.span.start
                )
            )  # "abducted 55 people during October", not "abducted 80 girls ... in April"
            or ((d.killed or d.injured) and self._several_events(s, e, day is not None))
            or d.running
            or (  # "Israel's offensive has killed over 40,000 people": a running toll
                _PERFECT_TOLL.search(sent) is not None
                and d.killed is not None
                and (d.killed.value or d.killed.min or 0) >= 1000
            )
        ):
            d.aggregate = True
            if not d.running and (
                (kind == "attack" and rx.search(r"(?i)\bincidents\b", sent))
                or (kind not in ("kidnapping",) and not rx.search(r"(?i)\battacks?\b", sent))
            ):
                d.kind = "other"
            if since is not None and since.start is not None and period in (None, since):
                d.period = self._since_period(since, since.start)
            elif period is not None:
                d.period = Period(
                    start=period.start, end=period.end, text=period.span.text, span=period.span
                )
        if self._disaster(s, e, trig):
            return None
        if d.killed is None and d.injured is None and day is None and self._habitual(trig):
            return None
        if not d.aggregate and took_place is None and self._generic(s, e, trig, counts, dates):
            return None
        if not d.aggregate:
            d.date = day
            d.when = when
        d.one_day = d.aggregate and day is not None and d.period is None
        self._place(d, s, e)
        for ref in (d.location, *d.locations):
            if ref is not None and ref.id in self.idx.ents:
                code = self.idx.entity(ref.id).country
                if code is None and ref.kind == "country" and ref.id.startswith("country:"):
                    code = ref.id.split(":", 1)[1]  # a country lies in itself
                if code:
                    d.countries.add(code)
        self._perpetrator(d, s, e)
        d.separate = (
            bool(_SEPARATE.search(sent))
            or s in self.new_events
            or _ANOTHER_OPENS.match(sent) is not None
        )  # "Another strike hit the house of the Berawi family": one more event
        d.anaphoric = (
            took_place is not None
            or bool(_ANAPHOR.search(sent))
            or (d.location is None and bool(_PLACE_ANAPHOR.search(sent)))  # "stormed the village"
            or (d.killed is not None and d.killed.text.lower() in ("him", "her"))
        )  # "... when they killed him": someone, and so an event, told before
        d.continues = bool(_ACTOR_ANAPHOR.search(sent))
        d.headline = headline
        d.additional = d.killed is not None and bool(_ADDITIONAL.search(sent))
        d.source = self._source(s, e)
        return d

    def _disaster(self, s: int, e: int, trig: list[tuple[int, int, IncidentKind]]) -> bool:
        """ "Ten people died in a bus crash", "a fire killed five": deaths told only by
        casualty words, with a cause that is no violence and no attacker named."""
        text = self.text
        killed, injured = _words("casualties", "killed"), _words("casualties", "injured")
        casualty_only = all(
            k == "other" or killed.fullmatch(text[ts:te]) or injured.fullmatch(text[ts:te])
            for ts, te, k in trig
        )
        return (
            casualty_only
            and _words("causes", "disaster").search(text, s, e) is not None
            and _words("casualties", "attackers").search(text, s, e) is None
        )

    def _habitual(self, trig: list[tuple[int, int, IncidentKind]]) -> bool:
        """ "bandits, who raid villages, looting and killing residents": a present-tense verb
        of a relative clause with gerunds beside it tells a habit, not an event."""
        text = self.text
        habit = [
            _RELATIVE_PRESENT_BEFORE.search(text, max(0, ts - 30), ts) is not None
            and _PRESENT_FORM.fullmatch(text[ts:te].split()[0]) is not None
            for ts, te, _ in trig
        ]
        return any(habit) and all(
            h or text[ts:te].lower().endswith("ing")
            for h, (ts, te, _) in zip(habit, trig, strict=True)
        )

    def _several_events(self, s: int, e: int, dated: bool = False) -> bool:
        """ "killed during separate clearing operations": a sum over several events; not
        "a commander responsible for several IED attacks", which tells his trade, nor, on a
        given day, "launched multiple rocket strikes on Kharkiv", one wave of fire."""
        return any(
            not _HABITUAL_BEFORE.search(self.text, max(s, m.start() - 70), m.start())
            and not (dated and _ONE_WAVE.match(m.group()))
            for m in _SEVERAL_EVENTS.finditer(self.text, s, e)
        )

    def _quoted_deixis(self, d: TimeExpression) -> bool:
        """ "“Al Shabaab attacked our base early in the morning today,” he told Reuters":
        a quoted "today" is the speaker's day, which the article does not give."""
        return _DEICTIC.fullmatch(d.span.text) is not None and self.idx.quoted(d.span.start)

    def _since_period(self, since: TimeExpression, start: dt.date) -> Period:
        """The stretch from a "since" date to publication ("since March"), open-ended when
        the article has no date."""
        end = self.published if self.published is not None and self.published >= start else None
        word = _SINCE_BEFORE.search(self.text, max(0, since.span.start - 12), since.span.start)
        a = word.start() if word is not None else since.span.start
        return Period(
            start=start,
            end=end,
            text=self.text[a : since.span.end],
            span=Span.of(self.text, a, since.span.end),
        )

    def _since(self, d: TimeExpression) -> bool:
        """ "lost relatives in air strikes since Oct. 7": where a stretch starts, not the
        day of an event."""
        return bool(_SINCE_BEFORE.search(self.text, max(0, d.span.start - 12), d.span.start))

    def _said_when(self, d: TimeExpression) -> bool:
        """A date right after a reporting verb ("said Monday") tells when it was said."""
        before = self.text[max(0, d.span.start - 20) : d.span.start]
        if self.text[d.span.end : d.span.end + 2] in ("’s", "'s"):
            return False  # "said last month's raid": the raid's time
        return (
            bool(_SAID_BEFORE.search(before))
            or d.span.start in self._said_dates
            or _CLAIMED_AFTER.match(self.text, d.span.end) is not None
        )  # (and "IS on Tuesday claimed responsibility": the day of the claim)

    def _date_cost(self, d: TimeExpression, trigger: int) -> int:
        """Distance to the trigger; "Sunday's attack" binds closest."""
        cost = abs(d.span.start - trigger)
        if d.span.text.lower() in ("overnight", "late at night", "at night"):
            cost += 1000  # names no day: "an overnight operation ... yesterday"
        if self.text[d.span.end : d.span.end + 2] in ("’s", "'s"):
            cost -= 50  # "Sunday's attack"
        return cost

    def _generic(
        self,
        s: int,
        e: int,
        trig: list[tuple[int, int, IncidentKind]],
        counts: list[Count],
        dates: list[TimeExpression],
    ) -> bool:
        """Talk about violence in general, or a plan or threat: no event to code."""
        text = self.text
        killed_words = _words("casualties", "killed").search(text, s, e)
        if counts and (killed_words or _words("casualties", "injured").search(text, s, e)):
            return False  # a toll of the dead or the hurt: an event, however it is told
        if all(
            _words("generic", "markers").search(text, max(s, ts - 40), min(e, te + 25))
            for ts, te, _ in trig
        ):
            return True
        if self._all_habitual(s, trig):
            return True  # "a commander responsible for IED attacks": what someone does
        if all(k == "other" for _, _, k in trig) and not counts:
            return True
        has_day = _day_in(dates)
        if (
            not counts
            and not _day_in([d for d in dates if not self._since(d)])
            and _HISTORY.search(text, s, e)
        ):  # "has historically been the target of US drone strikes", "since May 10, 2024,
            return True  # clashes have been ongoing": a state of things, no event
        if (
            not counts
            and not has_day
            and all(
                text[ts:te].lower().endswith("ing")
                and _ACTORS_BEFORE_PARTICIPLE.search(text, max(s, ts - 40), ts)
                for ts, te, _ in trig
            )
        ):
            return True  # "Taliban groups fighting US-led forces": who they are, no event
        has_place = any(self.idx.entity(m.entity).kind in _PLACE_RANK for m in self.idx.at(s, e))
        plural_only = all(text[ts:te].lower().endswith("s") for ts, te, _ in trig)
        if plural_only and not counts and not has_day:
            return True
        determined = any(_DETERMINED_BEFORE.search(text[max(s, ts - 60) : ts]) for ts, _, _ in trig)
        return not (counts or has_place or has_day or determined or killed_words)

    def _all_habitual(self, s: int, trig: list[tuple[int, int, IncidentKind]]) -> bool:
        """Whether every event word tells a trade: a plural after "responsible for",
        "coordinated" ("responsible for IED attacks"), or a plural or gerund joined to one
        ("..., as well as kidnapping for ransom operations")."""
        text = self.text
        previous = False
        for ts, head in _compounds(trig):
            plural = text[head - 1 : head].lower() == "s"
            habitual = plural and _HABITUAL_BEFORE.search(text, max(s, ts - 70), ts) is not None
            joined = (
                previous
                and (plural or text[ts:head].lower().endswith("ing"))
                and _JOINED_BEFORE.search(text, max(s, ts - 40), ts) is not None
            )
            if not (habitual or joined):
                return False
            previous = True
        return previous

    def _counts(self, d: _Draft, s: int, e: int, counts: list[Count]) -> None:
        text = self.text
        _words("casualties", "killed")
        _words("casualties", "injured")
        attackers = _words("casualties", "attackers")
        security_action = self._security_agent(s, e)
        killed_groups: list[Count] = []
        injured_groups: list[Count] = []
        counts = counts + self._singular_members(s, e, counts) + self._one_subjects(s, e, counts)
        counts = list({(c.span.start if c.span else -1): c for c in reversed(counts)}.values())
        counts.sort(key=lambda c: c.span.start if c.span else 0)  # one count per place
        previous_role: str | None = None
        previous_end = -1
        for c in counts:
            assert c.span is not None
            cs, ce = c.span.start, c.span.end
            noun = _GROUP_NOUN.match(text, ce)
            of = _VAGUE_OF.match(text, ce) if noun is None else None
            if of is not None and c.value is None:  # "hundreds of people", "dozens of civilians"
                noun = _GROUP_NOUN.match(text, of.end())
            elif noun is None and (mine := _OF_THEIR.match(text, ce)) is not None:
                noun = _GROUP_NOUN.match(text, mine.end())  # "two of his colleagues"
            if noun is not None and c.value is not None and _OF_THEIR.match(text, ce):
                named = _NAME_AND_BEFORE.search(text, max(s, cs - 60), cs)
                if named is not None:
                    c = Count(  # "Zia Wadan and two of his colleagues were killed": three
                        value=c.value + 1,
                        text=text[named.start() : noun.end()],
                        span=Span.of(text, named.start(), noun.end()),
                    )
                    cs = named.start()
            noun_end = noun.end() if noun else ce
            noun_word = noun["noun"].lower() if noun else ""
            one_more = (
                _AND_ONE_PERSON.match(text, noun_end, e)
                if noun is not None and c.value is not None and c.value >= 2
                else None
            )
            if one_more is not None and c.value is not None:
                c = Count(  # "two U.S. service members and an American interpreter": three
                    value=c.value + 1,
                    text=text[cs : one_more.end()],
                    span=Span.of(text, cs, one_more.end()),
                )
                noun_end = one_more.end()
            if noun_word in ("incidents", "attacks"):
                if not _HABITUAL_BEFORE.search(text, max(s, cs - 70), cs):
                    d.incident_count = d.incident_count or c  # not "responsible for several
                    # IED attacks": his trade
                continue
            before = text[max(s, cs - 45) : cs]
            if rx.search(r"(?i)\b(?:including|among\s+them|of\s+whom|among)\s+$", before):
                continue  # "four people, including three Chinese nationals": a subset
            if _SPARED_BEFORE.search(before):
                previous_role, previous_end = None, -1
                continue  # "rescue teams saved six people": no victims of the attack
            listed = previous_end >= 0 and rx.fullmatch(
                r"\s*(?:,\s*(?:and\s+)?|and\s+)", text[previous_end:cs]
            )
            role = (
                "killed"
                if _TOLL_BEFORE.search(text, max(s, cs - 120), cs)
                else self._role(s, e, cs, noun_end)
            ) or (previous_role if listed else None)
            single = (
                _SINGLE_THEN_GROUP.search(text, max(s, cs - 60), cs)
                if role is None and noun is not None and c.value is not None
                else None
            )
            if single is not None:  # "killing a woman and nine children": ten
                role = (
                    "injured" if single["verb"].lower().startswith(("wound", "injur")) else "killed"
                )
                c = Count(
                    value=c.value + 1 if c.value is not None else None,
                    text=text[single.start("one") : noun_end],
                    span=Span.of(text, single.start("one"), noun_end),
                )
                cs = single.start("one")
            lone = (
                _ONE_THEN_GROUP_SUBJECT.search(text, max(s, cs - 70), cs)
                if role is not None and single is None and noun is not None and c.value
                else None
            )
            if lone is not None and c.value is not None:
                c = Count(  # "an Army jawan and three terrorists were killed": four
                    value=c.value + 1,
                    text=text[lone.start("one") : noun_end],
                    span=Span.of(text, lone.start("one"), noun_end),
                )
                cs = lone.start("one")
            plus_one = None
            if role is None and noun is not None:
                plus_one = _ONE_AND_OTHERS.search(text, max(s, cs - 120), cs)
                if plus_one is not None and _OTHER_AFTER.match(text, ce):
                    role = (
                        "injured"
                        if plus_one["verb"].lower().startswith(("wound", "injur"))
                        else "killed"
                    )
                    c = Count(
                        value=c.value + 1 if c.value is not None else None,
                        min=c.min + 1 if c.min is not None else None,
                        max=c.max + 1 if c.max is not None else None,
                        approximate=c.approximate,
                        text=text[plus_one.start("first") : noun_end],
                        span=Span.of(text, plus_one.start("first"), noun_end),
                    )  # "killing the mayor, Abdul Malik, and 11 other people": 12 dead
            if role is None and noun is not None:
                role = self._list_role(noun_end, e)
            previous_role, previous_end = role, noun_end
            if role is None:
                continue
            group = text[cs:noun_end] if noun else c.text
            is_attacker = bool(noun and attackers.fullmatch(noun_word)) or noun_word in (
                "bomber",
                "bombers",
            )
            vg = VictimGroup(
                group=" ".join(group.split()),
                span=Span.of(text, cs, noun_end),
                killed=c if role == "killed" else None,
                injured=c if role == "injured" else None,
            )
            self_killed = noun_word in (
                "bomber",
                "bombers",
                "attacker",
                "attackers",
                "gunmen",
                "shooters",
            )
            if (
                role == "killed"
                and is_attacker
                and self_killed
                and not security_action
                and not d.aggregate
            ):
                d.attackers_killed = d.attackers_killed or c
                continue
            d.victims.append(vg)
            (killed_groups if role == "killed" else injured_groups).append(c)
        d.killed = _total(killed_groups, text)
        d.injured = _total(injured_groups, text)
        if d.killed is None:
            d.killed = (
                self._named_killed(s, e)
                or self._persons_killed(s, e)
                or self._one_after_verb(s, e, "killed")
                or self._group_killed(s, e)
                or self._many_killed(s, e)
            )
        if d.injured is None:
            d.injured = self._one_after_verb(s, e, "injured")
        for role in ("killed", "injured"):
            if getattr(d, role) is None:
                one = self._one_victim(s, e, role)
                if one is not None:
                    setattr(d, role, one)

    def _many_killed(self, s: int, e: int) -> Count | None:
        """ "killing many of them": "many" after a verb of death is a count (the counts
        layer leaves a bare "many" alone: "many believe")."""
        m = _MANY_AFTER_DEATH.search(self.text, s, e)
        if m is None:
            return None
        lo = VAGUE["many"][0]
        a, b = m.span("many")
        return Count(min=lo, approximate=True, text=self.text[a:b], span=Span.of(self.text, a, b))

    def _group_killed(self, s: int, e: int) -> Count | None:
        """ "Two armed insurgents engaged the force ... The force killed the insurgents":
        a definite group with no number is the group counted shortly before; its count is
        the antecedent's, with the antecedent's span."""
        text = self.text
        m = _DEFINITE_GROUP.search(text, s, e)
        if m is None:
            return None
        noun = (m["noun"] or m["noun2"]).lower()
        for c in reversed(find_counts_in(text, max(0, s - 600), s)):
            assert c.span is not None
            group = _GROUP_NOUN.match(text, c.span.end)
            if group is not None and group["noun"].lower() == noun:
                return c
        return None

    def _one_victim(self, s: int, e: int, role: str) -> Count | None:
        """ "his Pakistani security guard was injured": one person, no number printed."""
        verbs = "killed|shot dead|slain|martyred" if role == "killed" else "injured|wounded|hurt"
        alone = (  # "a soldier lost his life", "a policeman sustained injuries"
            r"(?:lost|laid\s+down)\s+(?:his|her)\s+life|died|succumbed"
            if role == "killed"
            else r"sustained\s+(?:\w+\s+)?(?:injuries|wounds)"
        )
        m = rx.search(
            rf"(?i)\b(?:(?:a|an|one|his|her|their|its)\s+(?P<np>(?:[\w-]+\s+){{0,3}}?"
            rf"{_ONE_PERSON})|the\s+(?P<np>(?:[\w-]+\s+){{0,2}}?"
            rf"(?:insurgent|militant|terrorist|fighter|gunman|commander|facilitator|suspect))|"
            rf"(?<=\band\s)(?P<np>another))"  # "a soldier was martyred and another injured"
            rf"(?:\s*\([^()]{{1,20}}\))?,?\s+"  # "a Junior Commissioned Officer (JCO),"
            rf"(?:(?:(?:was|has\s+been)\s+(?:\w+\s+)?)?(?:{verbs})|{alone})\b",
            self.text[s:e],
        )  # (the verb alone in a headline: "one officer martyred, two injured")
        if not m:  # "resulted in the martyrdom of an officer"
            m = rx.search(
                rf"(?i)\b{'(?:martyrdom|death|killing)' if role == 'killed' else 'injur(?:y|ies)'}"
                rf"\s+(?:of|to)\s+(?P<one>(?:a|an|one)\s+(?P<np>(?:[\w-]+\s+){{0,2}}?{_ONE_PERSON}))"
                rf"\b(?!s)",
                self.text[s:e],
            )
        if not m and role == "killed":
            m = _HEADLINE_ONE.match(self.text[s:e])
        if not m:
            return None
        a = s + (m.start("one") if "one" in m.re.groupindex else m.start())
        b = s + m.end("np")
        return Count(value=1, text=self.text[a:b], span=Span.of(self.text, a, b))

    def _security_agent(self, s: int, e: int) -> bool:
        """Whether security forces did the killing: named before the verb of death
        ("coalition forces killed") or after "by" ("killed by Afghan forces")."""
        text = self.text
        verb = _words("casualties", "killed").search(text, s, e)
        if verb is None:
            return False
        if _SECURITY_ACTORS.search(text, s, verb.start()):
            return True
        by = rx.search(r"(?i)\bby\s+", text[verb.end() : e])
        return bool(by and _SECURITY_ACTORS.search(text, verb.end() + by.end(), e))

    def _role(self, s: int, e: int, cs: int, noun_end: int) -> str | None:
        """ "killed" or "injured" from the words right around one count."""
        text = self.text
        before = text[max(s, cs - 45) : cs]
        if _EITHER_VERB_BEFORE.search(before):
            return None
        after = text[noun_end : min(e, noun_end + 45)]
        origin = _ORIGIN_AFTER.match(after)  # "50 AU troops from Uganda were killed"
        if origin is not None:
            after = after[origin.end() :]
        kb = _last(_words("casualties", "killed"), before)
        ib = _last(_words("casualties", "injured"), before)
        if kb and not _ADJACENT.fullmatch(before[kb.end() :]):
            kb = None  # "killed three insurgents and seized 650 kilograms"
        if ib and not _ADJACENT.fullmatch(before[ib.end() :]):
            ib = None
        if _KILLED_AFTER.match(after) or _words("casualties", "killed").match(after.lstrip()):
            return "killed"
        if _INJURED_AFTER.match(after) or _words("casualties", "injured").match(
            _HURT_ADJECTIVE.sub("", after.lstrip(), count=1)
        ):
            return "injured"  # "25 injured", "25 serious injuries"
        if kb and (not ib or kb.end() > ib.end()):
            return "killed"
        if _KILLED_WERE.search(before):
            return "killed"
        if _INJURED_WERE.search(before):
            return "injured"
        if ib:
            return "injured"
        return None

    def _list_role(self, pos: int, e: int) -> str | None:
        """The verb after a list of groups: "72 security personnel and 31 civilians, ...,
        lost their lives"."""
        rest = self.text[pos : min(e, pos + 120)]
        m = rx.search(
            r"(?i)(?:were|was|have\s+been|had\s+been)\s+(?:\w+\s+)?(?P<v>killed|"
            r"injured|wounded|martyred)|(?P<l>lost\s+their\s+lives|died|sustained\s+"
            r"injuries)",
            rest,
        )
        if not m or rx.search(r";|(?<!\b\p{Lu})\.", rest[: m.start()]):
            return None  # (the stop of "U.S." ends nothing)
        if rx.search(r"(?i)\b(?:were|was)\s+(?:\w+\s+)?\w+ed\b", rest[: m.start()]):
            return None  # "several were detained and two were killed": its own verb
        word = (m["v"] or m["l"] or "").lower()
        return "injured" if word in ("injured", "wounded", "sustained injuries") else "killed"

    def _one_subjects(self, s: int, e: int, counts: list[Count]) -> list[Count]:
        """ "One person died", "a single soldier was killed": one, as the subject."""
        taken = {c.span.start for c in counts if c.span is not None}
        out = []
        for m in _ONE_SUBJECT.finditer(self.text[s:e]):
            a, b = s + m.start("c"), s + m.end("c")
            if a not in taken:
                out.append(Count(value=1, text=self.text[a:b], span=Span.of(self.text, a, b)))
        return out

    def _singular_members(self, s: int, e: int, counts: list[Count]) -> list[Count]:
        """ "a peace committee member" inside a list of counted groups counts one."""
        if len(counts) < 2:
            return []
        out = []
        for m in rx.finditer(
            r"(?i)(?<=,\s|\band\s)(?:a|an|one)\s+(?P<np>(?:[\w-]+\s+){0,3}?"
            r"(?:member|militant|soldier|civilian|policeman|official|officer))"
            r"\b(?!s)",
            self.text[s:e],
        ):
            a, b = s + m.start(), s + m.start("np")
            out.append(
                Count(value=1, text=self.text[a : b - 1] or "a", span=Span.of(self.text, a, b - 1))
            )
        return out

    def _one_after_verb(self, s: int, e: int, role: str) -> Count | None:
        """ "killing one insurgent", "killed an insurgent", "killing him": one person."""
        verbs = (
            "killed|killing|kills|kill|shot\\s+dead|gunned\\s+down|stabbed\\s+to\\s+death"
            if role == "killed"
            else "wounded|wounding|injured|injuring"
        )
        m = rx.search(
            rf"(?i)\b(?:{verbs})\s+(?P<np>(?:(?:one|an?|the)\s+(?:[\w-]+\s+){{0,2}}?(?:insurgent|"
            rf"militant|man|woman|civilian|soldier|fighter|attacker|gunman|bomber|policeman|"
            rf"guard|facilitator|commander|person|journalist|lawyer|judge|teacher|doctor|"
            rf"activist|cleric|politician|official|worker|child|boy|girl|student|officer|"
            rf"individual|suspect)\b(?!s))"
            rf"|him|her)",
            self.text[s:e],
        )
        if not m:
            return None
        return self._one_or_two(s + m.start("np"), s + m.end("np"), e)

    def _one_or_two(self, a: int, b: int, e: int) -> Count:
        """One victim at ``[a, b)``, or two with "and one other insurgent" after it."""
        name = _APPOSITIVE.match(self.text, b, e)  # "the leader, Rahim, along with ..."
        tail = _AND_ONE_OTHER.match(self.text, name.end() if name else b, e)
        n, b = (2, tail.end()) if tail else (1, b)
        return Count(value=n, text=self.text[a:b], span=Span.of(self.text, a, b))

    def _named_killed(self, s: int, e: int) -> Count | None:
        """ "killed the Taliban leader, Alaudin": one person killed, no number printed."""
        text = self.text
        m = rx.search(
            r"(?i)\b(?:killed|killing|assassinated)\s+(?P<np>(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:leader|commander|chief|facilitator|official|emir|member)\b)",
            text[s:e],
        )
        if not m:
            return None
        return self._one_or_two(s + m.start("np"), s + m.end("np"), e)

    def _unknown_name(self, word: str) -> bool:
        """A capitalised word that is nothing else the rules know: a one-word name."""
        pp = _people()
        return (
            word not in pp.not_names
            and word.lower() not in pp.heads
            and word.lower().rstrip(".") not in pp.honorifics
            and self.idx.gaz.lookup(word) is None
        )

    def _persons_killed(self, s: int, e: int) -> Count | None:
        """People named as the dead, no number printed: the object of a verb of death
        ("killed Rostum and his associate", "resulted in the death of Maulawi Tayeb") or
        the subject of a passive one ("Mahmood was killed", "He was engaged and killed")."""
        text = self.text
        persons = [m for m in self.idx.at(s, e) if self.idx.entity(m.entity).kind == "person"]
        for m in _DEATH_OF.finditer(text, s, e):
            names = [p for p in persons if m.end() <= p.start <= m.end() + 80]
            if not names or _CLAUSE_BREAK.search(text, m.end(), names[0].start):
                lone = _LONE_NAME.match(text, m.end(), e)
                if lone is None or not self._unknown_name(lone["n"]):
                    continue
                a, b = lone.span("n")
            else:
                a, b = names[0].start, names[0].end
            n = 1
            tail = _AND_ONE_MORE.match(text, b) or _AND_ONE_OTHER.match(text, b, e)
            if tail:
                n, b = 2, tail.end()
            else:
                more = _ALONG_WITH_N.match(text, b, min(e, b + 160))
                if more is not None and (k := number_value(more["n"].lower())):
                    n, b = 1 + k, more.end()  # "killing X, a journalist, along with his two
                    # colleagues": three
            return Count(value=n, text=text[a:b], span=Span.of(text, a, b))
        for m in _PASSIVE_DEATH.finditer(text, s, e):
            who = next((p for p in persons if p.end <= m.start() and m.start() - p.end < 40), None)
            if who is not None and not text[who.end : m.start()].strip(" ,"):
                a, b = who.start, who.end
                return Count(value=1, text=text[a:b], span=Span.of(text, a, b))
            pron = _PRONOUN_BEFORE.search(text, max(s, m.start() - 8), m.start())
            if pron is not None:
                a, b = pron.span("p")
                return Count(value=1, text=text[a:b], span=Span.of(text, a, b))
        return None

    def _place(self, d: _Draft, s: int, e: int) -> None:
        text = self.text
        cands: list[tuple[int, int, EntityRef]] = []
        for m in self.idx.at(s, e):
            ent = self.idx.entity(m.entity)
            if ent.kind not in _PLACE_RANK or m.form in ("demonym", "metonym"):
                continue
            if self.in_speaker(m.start):
                continue
            prev = text[max(s, m.start - 40) : m.start].lower()
            if (
                _ROLE_IN_BEFORE.search(prev)
                or _BASED_IN_BEFORE.search(prev)
                or _SPEAKING_IN_BEFORE.search(prev)
            ):
                continue  # "the top official in Peshawar", "who is based in Qatar": whose
                # or where someone is, not where it happened
            if _DESTINATION_BEFORE.search(prev):
                continue  # "the wounded were rushed to Quetta": where they were taken
            if _AGENT_BY_BEFORE.search(prev):
                continue  # "imagery reviewed by the Yale School of Public Health": who, not where
            if _ORIGIN_FROM_BEFORE.search(prev):
                continue  # "bandits suspected to have come from neighbouring Kebbi State"
            if _ROLE_AFTER.match(text, m.end, min(e, m.end + 60)):
                continue  # "Zamfara state police spokesman Sunusi Amiru said": whose he is
            if ent.kind == "country" and not _IN_PLACE.search(prev):
                continue  # "while China confirmed": a country as actor, not where it happened
            cands.append((_PLACE_RANK[ent.kind], m.start, self.ref(m.entity, m.start, m.end)))
        for sm in _NAMED_SITE.finditer(text, s, e):  # "against an African Union command centre"
            a, b = sm.span("site")
            owner = _OWNER_WORD.match(text, a, b)
            if owner is not None:
                a = owner.end()  # "the army's Nassoumbou base": the base's name
            if self.in_speaker(a):
                continue  # "according to the Aqsa Martyrs Hospital": the source
            if _DESTINATION_BEFORE.search(text, max(s, a - 40), a):
                continue  # "their bodies were taken to Shuhada al-Aqsa Hospital": not where
            town = _IN_TOWN.match(text, b, e)
            if town and any(
                m.start == town.end()
                and self.idx.entity(m.entity).kind in _PLACE_RANK
                and self.idx.entity(m.entity).kind != "country"  # (not "... in Afghanistan")
                for m in self.idx.at(town.end(), min(e, town.end() + 60))
            ):  # "a Shia mosque in Kunduz": the site with its town
                b = next(m.end for m in self.idx.at(town.end(), e) if m.start == town.end())
            ref = EntityRef(name=" ".join(text[a:b].split()), kind="site", span=Span.of(text, a, b))
            # "a small Sufi shrine" names no place: the town told after it is more use
            head = text[a:b].split()[-1]
            rank = 0 if self.idx.at(a, b) or head[:1].isupper() else 5  # "Bagram Airfield"
            if not any(c[2].name == ref.name for c in cands):
                cands.append((rank, sm.start("site"), ref))
        title_case = _title_case(text, s, e)
        for pm in _PLACE_PATTERN.finditer(text, s, e):
            group = "name" if pm["name"] else "name2"
            if title_case and pm["kind"] and pm["kind"][0].isupper():
                continue  # "Gunmen Attack Nigerian Village": a headline's capitals name nothing
            na, nb = pm.span(group)
            owner = _last(_POSSESSIVE_WORD, text[na:nb])
            if owner is not None:
                na += owner.end()  # "Pakistan’s Bhakkar district": the district's own name
            if na >= nb:
                continue
            if any(self.idx.entity(m.entity).kind == "country" for m in self.idx.at(na, nb)):
                continue  # "a Nigerian village": the country's, told by its own mention
            if any(
                self.idx.entity(m.entity).kind not in _PLACE_RANK and m.start <= na < m.end
                for m in self.idx.at(na, nb)
            ):
                continue  # "the Taliban district chief": a group's office, not a district
            kind = " ".join((pm["kind"] or pm["kind2"]).lower().split()).removesuffix("s")
            if kind == "community" and _PEOPLE_BEFORE_COMMUNITY.search(
                text, max(s, pm.start() - 12), pm.start()
            ):
                continue
            small = (
                "district", "village", "town", "tehsil", "area", "camp", "refugee camp",
                "community", "settlement", "commune", "locality", "municipality", "county",
                "local government area", "lga",
            )  # fmt: skip
            rank = 1 if kind in small or kind.startswith("neighbo") else 3
            if kind == "city" or (group == "name2" and kind == "town"):
                rank = 2  # "the town of Rafah": a town, below a district or village
            if self.in_speaker(na) or _ROLE_IN_BEFORE.search(
                text[max(s, pm.start() - 40) : pm.start()].lower()
            ):
                continue  # "the top official in the town of X says", "the high commissioner
                # of Soum province": the speaker's place
            ref = EntityRef(
                name=text[na:nb],
                kind="district" if rank == 1 else "city" if rank == 2 else "province",
                span=Span.of(text, na, nb),
            )
            if not any(c[2].name == ref.name for c in cands):
                cands.append((rank, pm.start(), ref))
        if not cands:
            return
        cands.sort(key=lambda c: (c[0], c[1]))
        d.location = cands[0][2]
        seen = {d.location.name}
        for _, _, ref in cands[1:]:
            if ref.name not in seen:
                seen.add(ref.name)
                d.locations.append(ref)

    def _perpetrator(self, d: _Draft, s: int, e: int) -> None:
        """Who carried it out: the actor after "by" ("killed by a US air strike"), else an
        armed group that is not the target ("against the Shebab") nor a possessor ("the
        Shebab's intelligence chief")."""
        text = self.text
        mentions = [m for m in self.idx.at(s, e) if not self._modifies_speaker(m.start, m.end)]
        for m in mentions:
            ent = self.idx.entity(m.entity)
            if ent.kind in ("armed_group", "country", "government", "organization"):
                before = text[max(s, m.start - 12) : m.start].lower()
                if _AGENT_BY_BEFORE.search(before) and not (
                    _REPORTED_BY_BEFORE.search(text, max(s, m.start - 40), m.start)
                ):  # (not "cited by the United Nations": who told it)
                    owned = next(
                        (
                            x
                            for x in mentions
                            if m.end < x.start <= m.end + 40
                            and self.idx.entity(x.entity).kind == "armed_group"
                        ),
                        None,
                    )
                    if text[m.end : m.end + 2] in ("'s", "’s") and owned is not None:
                        m = owned  # "by Yemen's Houthi rebels": the rebels, not Yemen
                    d.perpetrator = self.ref(m.entity, m.start, m.end)
                    return
        for m in mentions:
            ent = self.idx.entity(m.entity)
            if (
                ent.kind in ("organization", "government")
                and _FORCES_NAME.search(ent.name)
                and _FORCES_ACT.match(text, m.end, e)
            ):  # "The Pakistan Army recently shot down two drones": the army did it
                d.perpetrator = self.ref(m.entity, m.start, m.end)
                return
            if ent.kind == "country" and (
                _STATE_WEAPON.match(text, m.end, e)
                or _STATE_FORCES.match(text, m.end, e)
                or _STATE_LAUNCHES.match(text, m.end, e)
            ):
                prev = text[max(s, m.start - 25) : m.start].lower()
                if not rx.search(r"\b(?:against|on|targeting|of|from)\s+(?:the\s+)?$", prev):
                    d.perpetrator = self.ref(m.entity, m.start, m.end)
                    return
        if _NO_CLAIM.search(text, s, e):
            return  # "the attack has not yet been claimed by any group": nobody is named
        for m in mentions:
            ent = self.idx.entity(m.entity)
            if ent.kind != "armed_group":
                continue
            if _IN_POWER_AFTER.match(text, m.end, e):
                continue  # "since the Taliban returned to power": who rules, not who attacked
            role = _ROLE_NOUN_AFTER.match(text, m.end, e)
            if role is not None and not _ATTACK_VERB.match(text, role.end(), e):
                continue  # "Taliban spokesperson Zabihullah Mujahid posted": his group's title
            prev = text[max(s, m.start - 25) : m.start].lower()
            if rx.search(
                r"\b(?:against|on|targeting|target|to|with|of|from|at|near|outside|inside)\s+"
                r"(?:the\s+|a\s+)?$",
                prev,
            ):  # (also "a blast at Taliban prayers", "outside a Taliban checkpoint": the
                # group is where it happened or whom it hit)
                continue  # (also "belonging to the JeM", "members of the TTP": the victims')
            if prev.rstrip().endswith("("):
                continue  # "Jaish-e-Mohammad (JeM)": the acronym; the full name decides
            nxt = text[m.end : m.end + 20].lower()
            if nxt[:2] in ("'s", "’s"):
                continue
            if _VICTIM_VERB_BEFORE.search(
                text, max(s, m.start - 40), m.start
            ) and _MEMBER_AFTER.match(text, m.end, e):
                continue  # "killed a senior al-Shabaab commander": the group lost him
            member = _MEMBER_AFTER.match(text, m.end, e)
            if member is not None and _SUFFERED_AFTER.match(text, member.end(), e):
                continue  # "two ISIS operatives killed", "Taliban fighters were captured"
            noun = rx.match(r"\s*(?:fighters|militants|gunmen|insurgents)\b", nxt)
            attacker = noun is not None and bool(_ATTACK_VERB.match(text, m.end + noun.end(), e))
            if (
                not attacker
                and rx.match(r"\s*(?:forces|fighters|officials|authorities|government|leader)", nxt)
                and not _CLAIM.search(text, s, e)
            ):
                continue  # "Taliban forces" as victims or actors of security, not attackers
            d.perpetrator = self.ref(m.entity, m.start, m.end)
            return

    def _source(self, s: int, e: int) -> EntityRef | None:
        """The source named by "according to X" around the sentence (sources indexed by
        start, so the search does not grow with the article)."""
        lo = bisect.bisect_left(self._source_starts, s - self._longest_source)
        hi = bisect.bisect_left(self._source_starts, e)
        for a, b, speaker in self._sources[lo:hi]:
            if (a <= s + 5 and b >= e - 5) or s <= a:
                return speaker
        return None

    def widen_tallies(self, drafts: list[_Draft]) -> None:
        """A tally covers a country: its place is the country named in it or, failing
        that, the country the article is most about; the specific places stay in
        ``locations``."""
        counts: dict[str, int] = {}
        for m in self.idx.mentions:
            if self.idx.entity(m.entity).kind == "country":
                counts[m.entity] = counts.get(m.entity, 0) + 1
        main = max(counts, key=lambda k: (counts[k], k)) if counts else None
        for d in drafts:
            if not d.aggregate:
                continue
            if (d.one_day or d.running) and d.location is not None:
                continue  # "killed seven in two separate engagements in X district on
                # Sunday": one day's sum in one place keeps the place
            places = [x for x in [d.location, *d.locations] if x is not None]
            scope = _SCOPE.match(self.text, d.span[0], d.span[1])
            loc = d.location
            if (
                scope
                and loc is not None
                and loc.kind in ("province", "region", "city", "district")
                and loc.span is not None
                and _DIRECTION.fullmatch(self.text, scope.end(), loc.span.start) is not None
            ):
                continue  # "In Balochistan, the number of attacks rose", "In northern Gaza,
                # at least 36 people were killed in multiple strikes": the region's tally
            country = next((x for x in places if x.kind == "country"), None)
            if country is None:  # "killed over 40,000 people in Gaza": Gaza's country
                code = next(
                    (
                        self.idx.entity(x.id).country
                        for x in places
                        if x.id in self.idx.ents and self.idx.entity(x.id).country
                    ),
                    None,
                ) or next((_code_of(x.id) for x in places if _code_of(x.id)), None)
                country = self.idx.country_ref(code)
            if country is None and main is not None:
                ent = self.idx.entity(main)
                country = EntityRef(id=main, name=ent.name, kind="country")
            if country is not None:
                d.locations = [x for x in places if x is not country]
                d.location = country

    def date_main_event(self, drafts: list[_Draft], units: Sequence[tuple[int, int]]) -> None:
        """The article's main event (its first incident) with no date of its own takes the
        first day the body names for something that happened ("yesterday", "on Monday"),
        not a dateline's or a report's date."""
        main = next((d for d in drafts if not d.aggregate), None)
        if main is None or main.date is not None or not units:
            return
        a, b = main.evidence[0]
        if _BACKGROUND.search(self.text, a, b):
            return  # "blamed for the recent attack in Kabul": background, not the story
        lo = units[0][0]
        for t in self.dates:
            if t.span.start < lo or t.type not in ("date", "time") or t.start is None:
                continue
            if t.start != t.end or self._said_when(t) or not t.relative:
                continue  # a printed full date is the release's, not the event's
            if _dayless(t):
                continue  # "at about 2 a.m." names no day
            if (
                main.when
                and main.when.start
                and main.when.end
                and not (main.when.start <= t.start <= main.when.end)
            ):
                continue
            main.date = t
            return
        self._date_from_last_day(main)

    def _date_from_last_day(self, main: _Draft) -> None:
        """ "killed ... over the past 24 hours" in a report of day D: the event is dated D,
        the last day of the window the report covers (the convention of casualty
        coders, who date such reports by the report)."""
        if self.published is None:
            return
        _, e = main.evidence[0]
        for t in self.dates:  # in its sentence or the lead before it
            if t.span.start >= e:
                break
            if t.type == "duration" and _LAST_DAY.fullmatch(t.span.text):
                main.date = t.model_copy(update={"start": self.published, "end": self.published})
                return

    # -- claims in other sentences
    def claims(self, drafts: list[_Draft], sentences: Sequence[tuple[int, int]]) -> None:
        """ "X claimed responsibility", "X was behind Sunday's attack": the perpetrator of
        the incident the sentence is about (the latest non-aggregate one, or the first)."""
        for s, e in sentences:
            claim = _CLAIM.search(self.text, s, e)
            if claim is None:
                continue
            groups = [
                m
                for m in self.idx.at(s, e)
                if self.idx.entity(m.entity).kind == "armed_group"
                and self._claims(m.start, m.end, claim)
            ]
            if not groups:
                continue
            g = groups[0]
            ref = self.ref(g.entity, g.start, g.end)
            target = [dr for dr in drafts if not dr.aggregate and dr.span[0] <= e]
            wanted = 2 if _BOTH.search(self.text, s, e) else 1  # "claimed both attacks"
            for dr in reversed(target or drafts):
                if dr.perpetrator is None and not dr.aggregate:
                    dr.perpetrator = ref
                    wanted -= 1
                    if not wanted:
                        break

    def _claims(self, a: int, b: int, claim: regex.Match[str]) -> bool:
        """Whether the group at ``[a, b)`` is the one the claim names: its subject ("the
        TTP claimed responsibility", "Hamas was behind") or the one after it ("blamed on
        the TTP"), not a victim further on ("carried out a raid ..., killing an ISIS
        official")."""
        text = self.text
        if b <= claim.start():
            return claim.start() - b <= 80 and not rx.search(r"[.;]", text[b : claim.start()])
        if a - claim.end() > 60:
            return False
        return not (
            _VICTIM_VERB_BEFORE.search(text, max(claim.end(), a - 40), a)
            and _MEMBER_AFTER.match(text, b)
        )


def _subject_span(st: Statement) -> tuple[int, int]:
    """Where a statement's speaker is named: from the name to the verb when it comes first
    ("A spokesperson for the X Complex in Peshawar, to where ..., said": all of it names the
    speaker), else the name alone."""
    sp = st.speaker.span if st.speaker is not None else None
    if sp is None:
        return (0, 0)  # (callers pass statements with a named speaker)
    cue = st.cue_span
    if cue is not None and sp.end <= cue.start <= sp.start + 160:
        return (sp.start, cue.start)
    return (sp.start, sp.end)


def _last(pat: regex.Pattern[str], s: str) -> regex.Match[str] | None:
    last = None
    for m in pat.finditer(s):
        last = m
    return last


def _compounds(trig: list[tuple[int, int, IncidentKind]]) -> list[tuple[int, int]]:
    """Triggers that follow each other ("IED attacks") as one noun phrase: its start and
    the end of its head, the last trigger."""
    out: list[tuple[int, int]] = []
    for ts, te, _ in sorted(trig):
        if out and 0 <= ts - out[-1][1] <= 2:
            out[-1] = (out[-1][0], te)
        else:
            out.append((ts, te))
    return out


def _is_period(t: TimeExpression) -> bool:
    """A stretch of time a tally may cover: a duration ("four months"), a vague stretch
    ("recent months"), or a date of more than one day ("2021"). Not a vague reference
    ("recently"), nor a day left unresolved for want of a reference date."""
    if t.type == "duration":
        return True
    if t.type != "date":
        return False
    if t.start is not None and t.end is not None:
        return t.start != t.end
    return bool(_DURATION_VALUE.match(t.value or ""))  # "PXM", not "PAST_REF"


def _dayless(t: TimeExpression) -> bool:
    """A clock time that names no day ("at about 2 a.m."): it dates no event."""
    return t.type == "time" and _DAYLESS_TIME.fullmatch(t.span.text) is not None


def _title_case(text: str, s: int, e: int) -> bool:
    """Whether ``[s, e)`` is written in title case ("Gunmen Attack Nigerian Village,
    Killing 19 People"), where capitals do not mark names."""
    words = [w for w in _WORD.findall(text, s, e) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _names_weapon(text: str, end: int) -> bool:
    """Whether the trigger ending at ``end`` modifies a weapon or trade noun ("bomb
    factory", "bomb-making materials"): a thing, not an event."""
    gap = _SPACE_OR_DASH.match(text, end)
    return bool(_words("weapon", "nouns").match(text, gap.end() if gap else end))


def _kind_of(trigger: str, kind_of: dict[str, IncidentKind]) -> IncidentKind:
    key = " ".join(trigger.lower().replace("-", " ").split())
    return kind_of.get(key) or kind_of.get(trigger.lower(), "attack")


def _total(groups: list[Count], text: str) -> Count | None:
    if not groups:
        return None
    if len(groups) == 1:
        return groups[0]
    exact = [g.value for g in groups if g.value is not None]
    mins = [g.value if g.value is not None else g.min for g in groups]
    spans = [g.span for g in groups if g.span is not None]
    a, b = min(sp.start for sp in spans), max(sp.end for sp in spans)
    if len(exact) == len(groups):
        return Count(value=sum(exact), text=text[a:b], span=Span.of(text, a, b))
    if all(m is not None for m in mins):
        return Count(
            min=sum(m for m in mins if m is not None),
            approximate=True,
            text=text[a:b],
            span=Span.of(text, a, b),
        )
    return groups[0]


def _places_overlap(a: _Draft, b: _Draft) -> bool:
    """Whether a place of one is named inside a place of the other ("Gaza" and "the central
    Gaza Strip", "Kunduz" and "Kunduz province")."""
    names_a = {n.lower() for n in _names(a)}
    names_b = {n.lower() for n in _names(b)}
    return any(
        x == y or y.startswith(x + " ") or x.startswith(y + " ") for x in names_a for y in names_b
    )


def _other_day(a: _Draft, b: _Draft) -> bool:
    """Whether both are dated and on different days ("Friday" and "Friday morning" are one)."""
    if a.date is None or b.date is None:
        return False
    if a.date.start is not None and b.date.start is not None:
        return a.date.start != b.date.start
    return a.date.value != b.date.value


def _known_names(d: _Draft) -> set[str]:
    """The names of its places the gazetteer knows or the text names as a place; not a site
    described by common words ("a Somali military base")."""
    return {
        x.name
        for x in [d.location, *d.locations]
        if x is not None and x.name and (x.id is not None or x.kind != "site")
    }


def _names(d: _Draft) -> set[str]:
    return {x.name for x in [d.location, *d.locations] if x is not None and x.name}


def _compatible(a: _Draft, b: _Draft, lead: bool) -> bool:
    """Whether ``b`` tells the same event as ``a``: same kind family, no conflicting date,
    and a shared place, or an anaphoric mention ("the blast"), or the lead under its
    headline."""
    if (
        a.aggregate
        and not b.aggregate
        and not b.separate
        and _same_toll(a, b)
        and _names(a) & _names(b)
        and not _other_day(a, b)
    ):
        return True  # "lauded the forces for killing seven in two operations in X": retold
    if a.headline and lead and b.aggregate and b.one_day and _same_toll(a, b):
        return True  # "Security forces kill 7 khwarij" over "killed seven in two engagements
        # on Sunday": the headline tells the day's sum
    if a.aggregate or b.aggregate or b.separate:
        return False
    fa, fb = _FAMILY.get(a.kind, a.kind), _FAMILY.get(b.kind, b.kind)
    if fa != fb and "any" not in (fa, fb):
        return False
    if _other_day(a, b):
        return False
    wa, wb = a.when, b.when
    if (
        wa
        and wb
        and wa.start
        and wb.start
        and wa.end
        and wb.end
        and (wa.end < wb.start or wb.end < wa.start)
    ):
        return False  # "last month's raid" is not Sunday's bombing
    if _names(a) & _names(b):
        return True
    if _same_toll(a, b) and _places_overlap(a, b):
        return True  # "the Al-Daraja neighbourhood" and "the Al-Daraja Al-Oula neighbourhood"
    if (
        a.perpetrator is not None
        and b.perpetrator is not None
        and a.perpetrator.name == b.perpetrator.name
        and not (b.location or b.when or b.killed or b.injured or b.aggregate)
    ):
        return True  # "“Al Shabaab attacked our base ...,” the officer said": the same raid
    b_places = [x for x in (b.location, *b.locations) if x is not None]
    if (
        b_places
        and all(x.kind == "country" for x in b_places)
        and b.countries <= a.countries
        and any(x.kind != "country" for x in (a.location, *a.locations) if x is not None)
        and (b.anaphoric or _empty_but_place(b))
    ):
        return True  # "the attack ... in Nigeria's northeast" after the Borno bombing
    a_places = [x for x in (a.location, *a.locations) if x is not None]
    if (
        b.location is not None
        and b.location.id is None
        and (
            (a_places and b.location.kind != "site") or (not a_places and b.location.kind == "site")
        )
        and b.countries <= a.countries
        and _empty_but_place(b)
        and b.perpetrator is None
        and not b.headline
    ):
        return True  # "Several gunmen invaded the Negga village": a village the gazetteer
        # does not know, with nothing else new, tells more of the event told before
    if (
        a_places
        and all(x.kind == "country" for x in a_places)
        and a.countries
        and (a.countries <= b.countries or (b_places and all(x.id is None for x in b_places)))
        and any(x.kind != "country" for x in b_places)
        and (
            (a.headline and lead)
            or b.anaphoric
            or _same_toll(a, b)
            or _same_day(a, b)
            or (_empty_but_place(b) and b.perpetrator is None)
        )
    ):
        return True  # "18 killed in Nigeria" told again as "an attack ... in Zamfara State";
        # "... died in northern Burkina Faso", then "the detachment in Soum province was the
        # target of a major attack": the country's event told at its place
    if b.bare and not b.location and not b.when:
        return True  # "another eight soldiers were injured": more of the event told before
    if not (_names(a) and _names(b)):
        if _same_toll(a, b):
            return True  # the lead's attack retold in a quotation, now with its village
        if _same_day(a, b) and not _other_toll(a, b):
            return True  # "Monday's early morning attack in Bajaur" after Monday's attack
    if a.headline and lead:  # (with the same toll, the lead names the headline's place
        # more closely: "1 terrorist killed in Kashmir", then "... in Kulgam")
        return not (_names(a) and _names(b)) or _same_toll(a, b)
    if not (b.anaphoric or b.continues) or (
        b.location and _known_names(a) and not _places_overlap(a, b)
    ):
        return False  # "the attack in Quetta" after the Kabul blast is another one
    if b.date is None:
        return True
    # "Sunday's attack", "the December 12 attack": the told event of that day
    if a.date is not None:
        return not _other_day(a, b)
    if wa is None:  # an undated event, dated by its later mention of the same kind (or
        # of none: "were killed in the Saturday incident")
        return b.kind in ("other", "killing") or _FAMILY.get(a.kind, a.kind) == _FAMILY.get(
            b.kind, b.kind
        )
    return bool(wa.start and wa.end and b.date.start and wa.start <= b.date.start <= wa.end)


def _same_toll(a: _Draft, b: _Draft) -> bool:
    """Whether both mentions give the same death toll, and injury counts that may agree:
    "... killing two soldiers and wounding six others" told twice is one attack, and so is
    "killing at least 11 and wounding dozens" told again as "at least 11 ... and 35 wounded"."""
    ka, kb = a.killed, b.killed
    if ka is None or kb is None:
        return False
    if (ka.value, ka.min, ka.max) != (kb.value, kb.min, kb.max) and not (
        _floor(ka) is not None and _floor(ka) == _floor(kb) and _counts_agree(ka, kb)
    ):  # "at least 12 villagers" told again as "the 12 people killed"
        return False
    return _counts_agree(a.injured, b.injured)


def _floor(c: Count) -> int | None:
    """The number a count is written with when it bounds from below: 12 for "12" and for
    "at least 12"."""
    return c.value if c.value is not None else c.min


def _counts_agree(x: Count | None, y: Count | None) -> bool:
    """Whether two counts may be of the same people: equal numbers, or a number inside the
    other's range ("dozens" and 35), or either unknown."""
    if x is None or y is None:
        return True
    if x.value is not None and y.value is not None:
        return x.value == y.value
    lo = max(
        x.value if x.value is not None else x.min or 0,
        y.value if y.value is not None else y.min or 0,
    )
    his = [c.value if c.value is not None else c.max for c in (x, y)]
    hi = min((h for h in his if h is not None), default=None)
    return hi is None or lo <= hi


def _exact_within(estimate: Count | None, count: Count | None) -> bool:
    """Whether ``count`` is an exact number inside the range ``estimate`` allows."""
    return count is not None and count.value is not None and _counts_agree(estimate, count)


def _everyone(d: _Draft) -> bool:
    """Whether the event's toll counts people of every side ("18 people dead")."""
    return any(v.killed is not None and _EVERYONE.search(v.group) is not None for v in d.victims)


_EVERYONE = regex.compile(r"(?i)\b(?:people|persons|dead|lives)\b")


def _same_day(a: _Draft, b: _Draft) -> bool:
    return bool(a.date and b.date and a.date.start and a.date.start == a.date.end == b.date.end)


def _other_toll(a: _Draft, b: _Draft) -> bool:
    """Whether the two mentions give death or injury counts that cannot agree."""
    return not (_counts_agree(a.killed, b.killed) and _counts_agree(a.injured, b.injured))


_TALLY = regex.compile(r"(?i)\b\d[\d,]*\s+(?:[\w-]+\s+){0,2}(?:incidents|attacks)\b")


def _tally_clauses(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A sentence with two tallies ("267 incidents in 2021 ... — an increase from 190
    incidents in 2020, involving ...") is read as two clauses, split at the dash or
    semicolon before the second."""
    tallies = list(_TALLY.finditer(text, s, e))
    if len(tallies) < 2:
        return [(s, e)]
    cut = max(text.rfind(c, tallies[0].end(), tallies[1].start()) for c in ("—", "–", ";"))
    if cut <= tallies[0].end():
        return [(s, e)]
    a = cut + 1
    while a < e and (text[a].isspace() or text[a] in "—–;"):
        a += 1
    return [(s, cut), (a, e)]


def _injuries_of_previous_tally(prev: _Draft, d: _Draft) -> bool:
    """A tally of the injured only, right after a tally of the dead without injuries."""
    return (
        prev.aggregate
        and d.aggregate
        and prev.killed is not None
        and prev.injured is None
        and d.killed is None
        and d.injured is not None
        and d.incident_count is None
        and d.span[0] - prev.evidence[-1][1] < 5
    )


def _code_of(eid: str | None) -> str | None:
    """The country code in a gazetteer id ("city:PS:Gaza" -> "PS"), when it has one."""
    parts = (eid or "").split(":")
    return parts[1] if len(parts) >= 3 and len(parts[1]) == 2 and parts[1].isupper() else None


def _day_in(dates: Sequence[TimeExpression]) -> bool:
    return any(t.start is not None and t.start == t.end for t in dates)


def _countless_tally(d: _Draft) -> bool:
    """A tally with no number at all ("survived several attacks on his life"): nothing to
    count, so no incident."""
    n = d.incident_count
    return (
        d.aggregate
        and not d.killed
        and not d.injured
        and not d.victims
        and d.kind != "kidnapping"  # "abducted 55 people during October": the taken count
        and (n is None or n.value is None)
    )


def _empty(d: _Draft) -> bool:
    """A mention with no place, time, count or actor: it adds nothing of its own."""
    return not (
        d.location or d.when or d.killed or d.injured or d.perpetrator or d.aggregate or d.separate
    )


def _empty_but_place(d: _Draft) -> bool:
    """A mention whose only detail is a place."""
    return not (d.when or d.killed or d.injured or d.aggregate or d.separate)


def _same_family(a: _Draft, b: _Draft) -> bool:
    fa, fb = _FAMILY.get(a.kind, a.kind), _FAMILY.get(b.kind, b.kind)
    return not a.aggregate and (fa == fb or "any" in (fa, fb))


def _vaguer(a: Count | None, b: Count | None) -> bool:
    """Whether ``b`` states what ``a`` only estimates: "Numerous insurgents killed" in a
    headline, "the deaths of 12 insurgents" in its lead."""
    return (
        a is not None
        and b is not None
        and a.value is None
        and a.approximate
        and (b.value is not None or not b.approximate)
    )


def _includes(group: Count | None, one: Count | None, text: str) -> bool:
    """Whether the count ``group`` says it includes the dead ``one`` named without a number:
    "Five insurgents, including Nasruddin, were killed" after "killed Nasruddin"."""
    if group is None or one is None or group.span is None or one.span is None:
        return False
    if one.value is None or (group.value or group.min or 0) <= one.value:
        return False
    if rx.search(r"\d|(?i:\b(?:two|three|four|five|six|seven|eight|nine|ten)\b)", one.text):
        return False  # a number of its own
    last = one.text.split()[-1] if one.text.split() else ""
    after = text[group.span.end : group.span.end + 80]
    m = _INCLUDING.search(after)
    return m is not None and bool(last) and last in after[m.end() : m.end() + 50]


_INCLUDING = regex.compile(r"(?i)^[^.;]*?\b(?:including|among\s+them)\b")


def _merge(into: _Draft, other: _Draft, text: str) -> None:
    # an estimate yields to a count: a headline's always ("Dozens killed" over its lead's
    # 12), a later one's when they agree ("dozens" wounded, then "35 wounded")
    first = into.headline and len(into.evidence) == 1
    if first and other.aggregate and not into.aggregate:  # the headline of a day's sum
        into.aggregate, into.one_day, into.period = True, other.one_day, other.period
        into.incident_count = into.incident_count or other.incident_count
        into.kind = other.kind
    if _vaguer(into.killed, other.killed) and (first or _exact_within(into.killed, other.killed)):
        into.killed = None
    if _vaguer(into.injured, other.injured) and (
        first or _exact_within(into.injured, other.injured)
    ):
        into.injured = None
    if _includes(other.killed, into.killed, text):
        into.killed = None  # "killed Nasruddin" ... "Five insurgents, including Nasruddin"
    into.evidence.extend(other.evidence)
    if (
        other.additional
        and into.killed is not None
        and other.killed is not None
        and not _everyone(into)
    ):  # "Five soldiers died. Troops also killed 13 militants": 18; but not on top of "at
        # least 18 people dead", which counts everyone
        into.killed = _total([into.killed, other.killed], text)
    if (
        _rank(other.kind) < _rank(into.kind)
        and (other.kind != "attack" or into.kind == "other")  # "Bandits kill 7" is an attack
        and (  # "the hotel attack ... ensuing gunbattles": not its kind; but "a missile
            # killed three. The Houthi missile hit the carrier": a strike
            not other.anaphoric or (into.kind in ("killing", "other") and other.kind == "strike")
        )
    ):
        into.kind = other.kind
    for f in (
        "location",
        "date",
        "when",
        "perpetrator",
        "killed",
        "injured",
        "attackers_killed",
        "source",
    ):
        if getattr(into, f) is None and getattr(other, f) is not None:
            setattr(into, f, getattr(other, f))
    a, b = into.location, other.location
    if (
        a is not None
        and b is not None
        and _PLACE_RANK.get(b.kind or "", 9) < _PLACE_RANK.get(a.kind or "", 9)
    ):  # the more specific place wins; the wider one stays in ``locations``
        into.locations.insert(0, a)
        into.location = b
    elif b is not None and b is not into.location and b.name not in _names(into):
        into.locations.append(b)  # "the base" told again "in the Lower Shabelle region"
    for x in other.locations:  # "in Aharbal area of south Kashmir's Kulgam district"
        if x.name not in _names(into):
            into.locations.append(x)
    into.locations.sort(key=lambda x: _PLACE_RANK.get(x.kind or "", 9))  # most specific first
    into.victims.extend(v for v in other.victims if v not in into.victims)
    into.countries |= other.countries


def extract_incidents(
    text: str,
    sentences: Sequence[tuple[int, int]],
    idx: EntityIndex,
    dates: Sequence[TimeExpression],
    statements: Sequence[Statement],
    headline: tuple[int, int] | None = None,
    published: dt.date | None = None,
    triggers: Sequence[tuple[int, int, str]] = (),
) -> list[Incident]:
    """Incidents of an article: one per event, tallies flagged ``aggregate``.
    ``triggers`` are extra ``(start, end, kind)`` triggers from the rules' patterns."""
    ex = _Extractor(text, idx, dates, statements, published, triggers)
    units = ([headline] if headline else []) + [
        clause
        for s, e in sentences
        for part in _tally_clauses(text, s, e)
        for clause in ex.event_clauses(*part)
    ]
    drafts: list[_Draft] = []
    for s, e in units:
        d = ex.sentence(s, e, headline=headline is not None and (s, e) == headline)
        if d is None:
            continue
        if drafts and _injuries_of_previous_tally(drafts[-1], d):
            _merge(drafts[-1], d, text)  # "... sustained injuries" right after a death toll
            drafts[-1].injured = d.injured
            continue
        lead = len(drafts) == 1 and drafts[0].headline and len(drafts[0].evidence) == 1
        # "the blast" and mentions that add nothing refer to the article's main event
        order = drafts if (d.anaphoric or _empty(d)) else list(reversed(drafts))
        if d.anaphoric and len(drafts) > 1 and _MORE_OF_THE_LAST.search(text, *d.span):
            last = drafts[-1]
            if "\n\n" not in text[last.evidence[-1][1] : d.span[0]]:
                # "A JCO laid down his life in a gunfight in Kishtwar. Three other soldiers
                # were also injured in the encounter": the event told just before
                order = [last, *(x for x in order if x is not last)]
        kind = d.kind
        if d.anaphoric and kind != "attack":  # "the shooting" is the shooting told before
            order = sorted(order, key=lambda x: x.kind != kind)
        if d.bare and drafts and d.span[0] - drafts[-1].evidence[-1][1] > 5:
            # "25 wounded people were rushed to hospital" paragraphs later: the latest event
            # with a toll; right after an event's sentence, that event
            order = sorted(order, key=lambda x: x.killed is None and x.injured is None)
        for prev in order:
            if _compatible(prev, d, lead) or (_empty(d) and _same_family(prev, d)):
                _merge(prev, d, text)
                break
        else:
            if _empty(d) and any(not x.aggregate for x in drafts):
                drafts[-1].evidence.append(d.span)  # "the soldier who opened fire": a detail
                continue  # of the event told, with nothing to make it another one
            drafts.append(d)
    drafts = [d for d in drafts if not _countless_tally(d)]
    ex.widen_tallies(drafts)
    ex.date_main_event(drafts, units)
    ex.claims(drafts, units)
    out = []
    for d in drafts:
        s, e = d.span
        out.append(
            Incident(
                id=f"inc-{s}-{e}",
                kind=d.kind,
                aggregate=d.aggregate,
                location=d.location,
                locations=tuple(d.locations),
                date=d.date.start if d.date else None,
                perpetrator=d.perpetrator,
                killed=d.killed,
                injured=d.injured,
                attackers_killed=d.attackers_killed,
                victims=tuple(d.victims),
                period=d.period,
                incident_count=d.incident_count,
                source=d.source,
                span=Span.of(text, s, e),
                evidence=tuple(Span.of(text, a, b) for a, b in d.evidence),
                rule_id="factkit.incidents.sentence.v1",
            )
        )
    return out
