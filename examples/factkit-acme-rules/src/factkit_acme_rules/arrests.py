"""``acme.arrests.v1``: arrests reported in the body, as ``Arrest`` facts."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from factkit import Context, Count, CustomFact

RE_ARRESTED = regex.compile(r"\b(?:arrested|detained|taken into custody)\b")


class Arrest(CustomFact):
    """People arrested, with how many when the sentence says."""

    fact: str = "acme.arrest"
    count: Count | None = None


def extract_arrests(ctx: Context) -> Iterator[Arrest]:
    """One ``Arrest`` per sentence that reports arrests, with the sentence's first count."""
    for n, sent in enumerate(ctx.sentences):
        m = RE_ARRESTED.search(ctx.text, sent.start, sent.end)
        if m is None:
            continue
        counts = [c for c in ctx.counts if c.span and sent.start <= c.span.start < sent.end]
        yield Arrest(
            id=f"acme-arrest-{n}",
            extractor="acme.arrests.v1",
            span=ctx.span(sent.start, sent.end),
            evidence=(ctx.span(m.start(), m.end()),),
            rule_id="acme.arrests.v1",
            count=counts[0] if counts else None,
        )
