"""What every fact extractor reads: the text, its entities and its time expressions.

``FactContext`` is the shared base of the statement, incident and dialogue extractors: it
turns an entity mention into an ``EntityRef`` and finds the time expressions inside a
stretch of text by bisection, so each extractor does not keep its own copy of either.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from .entities import EntityIndex
from .models import EntityRef, Span, TimeExpression

__all__ = ["FactContext", "entity_ref"]


def entity_ref(text: str, idx: EntityIndex, eid: str, start: int, end: int) -> EntityRef:
    """A reference to entity ``eid`` of ``idx`` as mentioned at ``text[start:end]``."""
    ent = idx.entity(eid)
    return EntityRef(
        id=eid, name=ent.name, kind=ent.kind, title=ent.title, span=Span.of(text, start, end)
    )


class FactContext:
    """The text, entity index and time expressions of one article."""

    def __init__(self, text: str, idx: EntityIndex, dates: Sequence[TimeExpression]) -> None:
        self.text = text
        self.idx = idx
        self.dates = sorted(dates, key=lambda d: d.span.start)
        self.date_starts = [d.span.start for d in self.dates]

    def ref(self, eid: str, start: int, end: int) -> EntityRef:
        """A reference to entity ``eid`` as mentioned at ``[start, end)``."""
        return entity_ref(self.text, self.idx, eid, start, end)

    def dates_in(self, start: int, end: int) -> list[TimeExpression]:
        """The time expressions that start inside ``[start, end)``, in text order."""
        i = bisect.bisect_left(self.date_starts, start)
        out = []
        while i < len(self.dates) and self.dates[i].span.start < end:
            out.append(self.dates[i])
            i += 1
        return out
