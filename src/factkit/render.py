"""An article as one self-contained HTML page: the text with every fact highlighted and a
side panel listing the facts; clicking a fact scrolls to its span and flashes it.

The text is cut at every span boundary (as langextract's visualisation sorts span
points), so overlapping annotations nest cleanly: each piece carries the ids of the
annotations that cover it. Statements are coloured by speaker, incidents red, dialogues
blue; entity mentions are underlined, dates dotted. CSS and script are inline: the page
loads no network resource and works from a file. All article text is HTML-escaped.
"""

from __future__ import annotations

import hashlib
import html
import itertools
import json
from collections import defaultdict
from dataclasses import dataclass

from .models import Article, Dialogue, EntityRef, Incident, Statement

__all__ = ["render_html"]


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    cls: str  # CSS class: stmt, inc, dlg, ent, date
    key: str  # the fact or annotation id (a DOM-safe token)
    style: str = ""


def _token(s: str) -> str:
    """A DOM id/class-safe token for an arbitrary id."""
    return "k" + hashlib.sha1(s.encode("utf-8")).hexdigest()[:10]


def _hue(s: str) -> int:
    return int(hashlib.sha1(s.encode("utf-8")).hexdigest()[:4], 16) % 360


def _ref(ref: EntityRef | None) -> str:
    if ref is None:
        return "—"
    return ref.name or ref.description or "—"


def _count(c: object) -> str:
    if c is None:
        return "—"
    text = getattr(c, "text", None)
    value = getattr(c, "value", None)
    return str(text or value or "—")


def _marks(art: Article) -> list[_Mark]:
    marks: list[_Mark] = []
    for s in art.statements:
        who = s.speaker.id or s.speaker.name or "" if s.speaker else ""
        style = f"--h:{_hue(who or 'unknown')}"
        marks.append(_Mark(s.span.start, s.span.end, "stmt", _token(s.id), style))
    for i in art.incidents:
        for sp in (i.span, *i.evidence):
            marks.append(_Mark(sp.start, sp.end, "inc", _token(i.id)))
    for d in art.dialogues:
        for sp in (d.span, *d.evidence):
            marks.append(_Mark(sp.start, sp.end, "dlg", _token(d.id)))
    for e in art.entities:
        for sp in e.mentions:
            marks.append(_Mark(sp.start, sp.end, "ent", _token(e.id)))
    for n, t in enumerate(art.dates):
        marks.append(_Mark(t.span.start, t.span.end, "date", _token(f"date{n}")))
    return [m for m in marks if m.end > m.start]


def _body(art: Article, marks: list[_Mark]) -> str:
    """The text cut at every boundary, each piece in a span listing what covers it."""
    text = art.text
    points = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    starts: dict[int, list[_Mark]] = defaultdict(list)
    for m in marks:
        starts[m.start].append(m)
    active: list[_Mark] = []
    anchored: set[str] = set()
    out: list[str] = []
    for a, b in itertools.pairwise(points):
        active = [m for m in active if m.end > a] + starts.get(a, [])
        piece = html.escape(text[a:b])
        if not active:
            out.append(piece)
            continue
        classes = sorted({m.cls for m in active})
        keys = sorted({m.key for m in active})
        style = next((m.style for m in active if m.style), "")
        first = [m.key for m in active if m.start == a and m.key not in anchored]
        anchored.update(first)
        ids = f' id="{first[0]}"' if first else ""
        extra = "".join(f'<a class="anchor" id="{k}"></a>' for k in first[1:])
        style_attr = f' style="{style}"' if style else ""
        out.append(
            f'{extra}<span{ids} class="{" ".join(classes)}" data-k="{" ".join(keys)}"'
            f"{style_attr}>{piece}</span>"
        )
    return "".join(out)


def _item(key: str, cls: str, head: str, rows: list[tuple[str, str]], style: str = "") -> str:
    cells = "".join(
        f"<dt>{html.escape(k)}</dt><dd>{html.escape(v)}</dd>" for k, v in rows if v and v != "—"
    )
    style_attr = f' style="{style}"' if style else ""
    return (
        f'<li class="fact {cls}" data-target="{key}" tabindex="0"{style_attr}>'
        f"<b>{html.escape(head)}</b><dl>{cells}</dl></li>"
    )


def _statement_item(s: Statement) -> str:
    who = s.speaker.id or s.speaker.name or "" if s.speaker else ""
    speaker = _ref(s.speaker)
    if s.speaker and s.speaker.title:
        speaker += f", {s.speaker.title}"
    rows = [
        ("speaker", speaker),
        ("cue", s.cue or "—"),
        ("date", str(s.date) if s.date else "—"),
        ("said", s.content[:240] + ("…" if len(s.content) > 240 else "")),
    ]
    style = f"--h:{_hue(who or 'unknown')}"
    return _item(_token(s.id), "stmt", f"{s.kind} statement", rows, style)


def _incident_item(i: Incident) -> str:
    rows = [
        ("place", _ref(i.location)),
        ("date", str(i.date) if i.date else "—"),
        ("by", _ref(i.perpetrator)),
        ("killed", _count(i.killed)),
        ("injured", _count(i.injured)),
        ("tally", "yes" if i.aggregate else "—"),
    ]
    return _item(_token(i.id), "inc", i.kind.replace("_", " "), rows)


def _dialogue_item(d: Dialogue) -> str:
    rows = [
        ("parties", ", ".join(_ref(p) for p in d.parties) or "—"),
        ("dates", "–".join(str(x) for x in (d.start, d.end) if x) or "—"),
        ("status", d.status or "—"),
        ("place", _ref(d.location)),
        ("heads", "; ".join(_ref(x.leader) for x in d.delegations if x.leader) or "—"),
    ]
    return _item(_token(d.id), "dlg", d.name or "dialogue", rows)


_CSS = """
body{margin:0;font:15px/1.55 system-ui,sans-serif;color:#1d1d1f;background:#fafafa}
header{padding:12px 20px;background:#20232a;color:#fff}
header h1{font-size:18px;margin:0}header p{margin:2px 0 0;color:#bbb;font-size:13px}
main{display:flex;height:calc(100vh - 64px)}
#text{flex:3;overflow:auto;padding:20px 28px;white-space:pre-wrap;background:#fff}
aside{flex:2;overflow:auto;padding:12px 16px;border-left:1px solid #ddd}
aside h2{font-size:14px;text-transform:uppercase;letter-spacing:.05em;color:#555}
ul{list-style:none;padding:0;margin:0 0 16px}
li.fact{border-left:4px solid #999;background:#fff;margin:6px 0;padding:6px 10px;cursor:pointer}
li.fact:hover,li.fact:focus{background:#f0f4ff;outline:none}
li.fact dl{display:grid;grid-template-columns:max-content 1fr;gap:0 8px;margin:4px 0 0;
font-size:13px}
li.fact dt{color:#777}li.fact dd{margin:0}
li.stmt{border-color:hsl(var(--h),60%,55%)}li.inc{border-color:#d33}li.dlg{border-color:#36c}
span.stmt{background:hsla(var(--h),70%,75%,.35)}
span.inc{box-shadow:inset 0 -3px #e55}span.dlg{box-shadow:inset 0 -3px #48f}
span.ent{text-decoration:underline;text-decoration-color:#888}
span.date{border-bottom:2px dotted #a60}
span.active{background:#ffe066}
.legend span{margin-right:10px;font-size:12px}
"""

_JS = """
document.querySelectorAll('li.fact').forEach(function(li){
  function go(){
    var key=li.dataset.target;
    document.querySelectorAll('span.active').forEach(function(s){s.classList.remove('active')});
    var parts=document.querySelectorAll('[data-k~="'+key+'"]');
    parts.forEach(function(s){s.classList.add('active')});
    var anchor=document.getElementById(key);
    if(anchor){anchor.scrollIntoView({block:'center'});}
    document.body.dataset.selected=key;
  }
  li.addEventListener('click',go);
  li.addEventListener('keydown',function(e){if(e.key==='Enter'){go();}});
});
"""


def render_html(article: Article) -> str:
    """The article as a self-contained HTML page (see the module docstring).

    >>> import factkit
    >>> page = render_html(factkit.extract("Talks resumed in Doha on Monday, officials said."))
    >>> page.startswith("<!DOCTYPE html>"), "http" in page.split("<body>")[1]
    (True, False)
    """
    marks = _marks(article)
    facts = {
        "statements": [_statement_item(s) for s in article.statements],
        "incidents": [_incident_item(i) for i in article.incidents],
        "dialogues": [_dialogue_item(d) for d in article.dialogues],
    }
    panel = "".join(
        f"<h2>{name} ({len(items)})</h2><ul>{''.join(items)}</ul>" for name, items in facts.items()
    )
    ents = sorted(article.entities, key=lambda e: (e.kind, e.name))
    ent_items = "".join(
        f'<li class="fact ent" data-target="{_token(e.id)}" tabindex="0"><b>'
        f"{html.escape(e.name)}</b> <small>{html.escape(e.kind)}</small></li>"
        for e in ents
    )
    panel += f"<h2>entities ({len(ents)})</h2><ul>{ent_items}</ul>"
    meta = [
        str(article.published) if article.published else "",
        article.outlet or "",
        ", ".join(a.name for a in article.authors),
        article.dateline or "",
    ]
    sub = " · ".join(html.escape(x) for x in meta if x)
    title = html.escape(article.title or "Untitled article")
    counts = json.dumps({k: len(v) for k, v in facts.items()})
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{title}</title><style>{_CSS}</style></head><body>"
        f'<header><h1>{title}</h1><p>{sub}</p><p class="legend">'
        "<span>statements: shaded by speaker</span><span>incidents: red line</span>"
        "<span>dialogues: blue line</span><span>entities: underlined</span>"
        "<span>dates: dotted</span></p></header>"
        f'<main><div id="text">{_body(article, marks)}</div>'
        f"<aside id=\"facts\" data-counts='{counts}'>{panel}</aside></main>"
        f"<script>{_JS}</script></body></html>\n"
    )
