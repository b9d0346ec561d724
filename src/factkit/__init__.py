"""factkit: typed, verifiable facts from English news articles.

>>> import factkit
>>> art = factkit.extract("Talks resume in Doha\\n\\nDOHA: Talks resumed on Monday.")
>>> art.title, art.dateline
('Talks resume in Doha', 'DOHA')
"""

from __future__ import annotations

from .batch import Record, Result, extract_many, extract_record
from .entities import EntityIndex, Mention, find_entities
from .errors import (
    ConfigError,
    DateError,
    ExtractorError,
    FactkitError,
    InputError,
    RuleValidationError,
)
from .extractors import Context, available_extractors, register_extractor, unregister_extractor
from .gazetteer import Gazetteer, GazetteerEntry, default_gazetteer, load_gazetteer
from .lexicon import Layout, default_layout, load_layout
from .merge import Corpus, merge
from .models import (
    Article,
    Author,
    Count,
    CustomFact,
    Delegation,
    Diagnostic,
    Dialogue,
    Entity,
    EntityRef,
    Failure,
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
from .pipeline import Pipeline, __version__, extract, extract_bytes
from .render import render_html
from .rules import RulePack, Rules, load_rules, read_pack, write_pack
from .segment import find_segments, split_sentences
from .timex import find_dates

__all__ = [
    "Article",
    "Author",
    "ConfigError",
    "Context",
    "Corpus",
    "Count",
    "CustomFact",
    "DateError",
    "Delegation",
    "Diagnostic",
    "Dialogue",
    "Entity",
    "EntityIndex",
    "EntityRef",
    "ExtractorError",
    "FactkitError",
    "Failure",
    "Gazetteer",
    "GazetteerEntry",
    "Incident",
    "InputError",
    "Layout",
    "Mention",
    "Meta",
    "Period",
    "Pipeline",
    "PrintedDate",
    "Record",
    "Result",
    "RulePack",
    "RuleValidationError",
    "Rules",
    "Segment",
    "Span",
    "Statement",
    "TimeExpression",
    "VictimGroup",
    "__version__",
    "available_extractors",
    "default_gazetteer",
    "default_layout",
    "extract",
    "extract_bytes",
    "extract_many",
    "extract_record",
    "find_counts",
    "find_dates",
    "find_entities",
    "find_segments",
    "load_gazetteer",
    "load_layout",
    "load_rules",
    "merge",
    "parse_count",
    "read_pack",
    "register_extractor",
    "render_html",
    "split_sentences",
    "unregister_extractor",
    "write_pack",
]
