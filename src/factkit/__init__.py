"""factkit: typed, verifiable facts from English news articles.

>>> import factkit
>>> art = factkit.extract("Talks resume in Doha\\n\\nDOHA: Talks resumed on Monday.")
>>> art.title, art.dateline
('Talks resume in Doha', 'DOHA')
"""

from __future__ import annotations

from .entities import EntityIndex, Mention, find_entities
from .errors import ConfigError, DateError, FactkitError, InputError
from .gazetteer import Gazetteer, GazetteerEntry, default_gazetteer, load_gazetteer
from .lexicon import Layout, default_layout, load_layout
from .models import (
    Article,
    Author,
    Count,
    Delegation,
    Diagnostic,
    Dialogue,
    Entity,
    EntityRef,
    Incident,
    Meta,
    Period,
    PrintedDate,
    Segment,
    Span,
    Statement,
    TimeExpression,
    VictimGroup,
)
from .numbers import find_counts, parse_count
from .pipeline import __version__, extract, extract_bytes
from .segment import find_segments, split_sentences
from .timex import find_dates

__all__ = [
    "Article",
    "Author",
    "ConfigError",
    "Count",
    "DateError",
    "Delegation",
    "Diagnostic",
    "Dialogue",
    "Entity",
    "EntityIndex",
    "EntityRef",
    "FactkitError",
    "Gazetteer",
    "GazetteerEntry",
    "Incident",
    "InputError",
    "Layout",
    "Mention",
    "Meta",
    "Period",
    "PrintedDate",
    "Segment",
    "Span",
    "Statement",
    "TimeExpression",
    "VictimGroup",
    "__version__",
    "default_gazetteer",
    "default_layout",
    "extract",
    "extract_bytes",
    "find_counts",
    "find_dates",
    "find_entities",
    "find_segments",
    "load_gazetteer",
    "load_layout",
    "parse_count",
    "split_sentences",
]
