"""Rule packs: the data every stage reads, layered and user-extensible.

The built-in English pack is the package ``factkit.rules.en`` (``pack.toml`` and its
entry files). ``loader`` reads, validates and layers packs; ``schema`` is the file format;
``patterns`` compiles and runs user patterns with a time limit; ``registry`` holds custom
extractors.
"""

from __future__ import annotations

from .loader import (
    ENTRY_POINT_GROUP,
    RulePack,
    Rules,
    builtin_pack,
    current_rules,
    default_rules,
    installed_packs,
    load_rules,
    read_pack,
    using_rules,
    write_pack,
)

__all__ = [
    "ENTRY_POINT_GROUP",
    "RulePack",
    "Rules",
    "builtin_pack",
    "current_rules",
    "default_rules",
    "installed_packs",
    "load_rules",
    "read_pack",
    "using_rules",
    "write_pack",
]
