"""The numbers: figures (value, upper end of a range, label words; a vague quantity must get no
number) and dates (phrase and ISO date)."""

from __future__ import annotations

from briefgen.eval.gold import Gold, GoldFigure
from briefgen.eval.result import Result, first, same_words
from briefgen.eval.score import Finding, close, norm
from briefgen.records import Brief, Figure


def _figure_match(item: GoldFigure, figure: Figure) -> bool:
    if item.value is None:
        # a vague quantity is right when it is given no number
        return figure.value is None and same_words(figure.text, item.text or "")
    if figure.value is None:
        return False

    def equal(a: float | None, b: float | None) -> bool:
        if a is None or b is None:
            return a is b
        return abs(a - b) <= 1e-6 * max(1.0, abs(b))

    label = norm(figure.about)
    return (
        equal(figure.value, item.value)
        and equal(figure.high, item.high)
        and all(norm(w) in label for w in item.label)
    )


def figures(brief: Brief, gold: Gold, result: Result) -> None:
    counts = result.scores["figures"]
    vague = [f for f in gold.figures if f.value is None and f.text]
    for item in gold.figures:
        counts.gold += 1
        if item.value is None:
            numbered = [
                f
                for f in brief.figures
                if f.value is not None and item.text and same_words(f.text, item.text)
            ]
            if numbered:
                result.findings.append(
                    Finding(
                        "figures",
                        "miss",
                        f"vague {item.text!r} got the number {numbered[0].value:g}",
                        needle=item.text,
                    )
                )
            else:
                counts.found += 1
            continue
        if any(_figure_match(item, f) for f in brief.figures):
            counts.found += 1
            continue
        same_value = [f"{f.text!r}: {f.about!r}" for f in brief.figures if f.value == item.value]
        want = f"{item.value:g}" + (f"-{item.high:g}" if item.high is not None else "")
        result.findings.append(
            Finding(
                "figures",
                "miss",
                f"{item.text or want!r} = {want} [{' '.join(item.label)}]"
                + (f"; got {', '.join(same_value)}" if same_value else ""),
                needle=item.text,
            )
        )
    for fig in brief.figures:
        counts.extracted += 1
        right = any(_figure_match(item, fig) for item in gold.figures)
        counts.right += right
        if not right:
            why = (
                " (a vague quantity)"
                if any(same_words(fig.text, v.text or "") for v in vague)
                else ""
            )
            high = f"-{fig.high:g}" if fig.high is not None else ""
            shown = "none" if fig.value is None else f"{fig.value:g}"
            result.findings.append(
                Finding(
                    "figures",
                    "extra",
                    f"{fig.text!r} = {shown}{high}: {fig.about!r}{why}",
                    at=first(fig.evidence),
                )
            )


def dates(brief: Brief, gold: Gold, result: Result) -> None:
    counts = result.scores["dates"]
    for item in gold.dates:
        counts.gold += 1
        if any(close(e.text, item.text, slack=4) and e.date == item.date for e in brief.timeline):
            counts.found += 1
            continue
        got = [f"{e.text!r}={e.date}" for e in brief.timeline if close(e.text, item.text, 4)]
        result.findings.append(
            Finding(
                "dates",
                "miss",
                f"{item.text!r} = {item.date}" + (f"; got {', '.join(got)}" if got else ""),
                needle=item.text,
            )
        )
    for event in brief.timeline:
        counts.extracted += 1
        right = any(
            close(event.text, item.text, slack=4) and event.date == item.date for item in gold.dates
        )
        counts.right += right
        if not right:
            result.findings.append(
                Finding(
                    "dates", "extra", f"{event.text!r} = {event.date}", at=first(event.evidence)
                )
            )
