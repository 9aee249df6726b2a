"""The spoken: quotes (opening words and speaker) and sources (named or anonymous)."""

from __future__ import annotations

from briefgen.eval.gold import Gold, GoldSource
from briefgen.eval.result import Result, first
from briefgen.eval.score import Finding, close, norm, same
from briefgen.records import Brief, Source


def _speaker_match(speaker: str | None, wanted: tuple[str | None, ...]) -> bool:
    return any(speaker is None if w is None else close(speaker, w, slack=2) for w in wanted)


def quotes(brief: Brief, gold: Gold, result: Result) -> None:
    counts = result.scores["quotes"]
    for item in gold.quotes:
        counts.gold += 1
        opening = norm(item.text)
        if any(
            norm(q.text).startswith(opening) and _speaker_match(q.speaker, item.speakers)
            for q in brief.quotes
        ):
            counts.found += 1
            continue
        got = [q.speaker for q in brief.quotes if norm(q.text).startswith(opening)]
        result.findings.append(
            Finding(
                "quotes",
                "miss",
                f"{item.text!r} by {item.speakers[0]!r}"
                + (f"; got speaker {got[0]!r}" if got else "; not extracted"),
                needle=item.text,
            )
        )
    for quote in brief.quotes:
        counts.extracted += 1
        right = any(
            norm(quote.text).startswith(norm(item.text))
            and _speaker_match(quote.speaker, item.speakers)
            for item in gold.quotes
        )
        counts.right += right
        if not right:
            words = quote.text.split()
            opening = " ".join(words[:8]) + (" …" if len(words) > 8 else "")
            result.findings.append(
                Finding(
                    "quotes", "extra", f"{opening!r} by {quote.speaker!r}", at=first(quote.evidence)
                )
            )


def _source_match(item: GoldSource, source: Source) -> bool:
    return item.anonymous == source.anonymous and any(
        close(source.description, n, slack=6) or same(source.description, n)
        for n in (item.description, *item.aliases)
    )


def sources(brief: Brief, gold: Gold, result: Result) -> None:
    counts = result.scores["sources"]
    for item in gold.sources:
        counts.gold += 1
        if any(_source_match(item, s) for s in brief.sources):
            counts.found += 1
            continue
        kind = "anonymous" if item.anonymous else "named"
        result.findings.append(
            Finding("sources", "miss", f"{item.description!r} ({kind})", needle=item.description)
        )
    for source in brief.sources:
        counts.extracted += 1
        right = any(_source_match(item, source) for item in gold.sources)
        counts.right += right
        if not right:
            kind = "anonymous" if source.anonymous else "named"
            result.findings.append(
                Finding(
                    "sources",
                    "extra",
                    f"{source.description!r} ({kind})",
                    at=first(source.evidence),
                )
            )
