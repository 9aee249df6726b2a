"""The main event (5W1H) against the Giveme5W1H gold standard: does `event.who/where/when` hit one
annotated answer? Beside it, the same count for Giveme5W1H's own stored outputs.

Usage: .venv/bin/python benchmarks/event_5w1h.py [--train] [--show]

By default the 20-article test split in benchmarks/data/giveme5w1h-test (with the peer's outputs)
is scored and benchmarks/results/event_5w1h.json written. `--train` scores the 76 training
articles of ../shared/eval/giveme5w1h instead (benchmarks/results/event_5w1h_train76.json): the
event rules are tuned on those only, never on the test split.

A hit, per article and W: for who and where, the answer's token-F1 with one annotation is at
least 0.5 (lower case, no accents, punctuation, possessive 's or articles); for when, the answer's
ISO date is the annotation's `parsed` day (or, for an annotation with no date, the phrase's
token-F1 is at least 0.5). An article whose annotations give no answer for a W is a hit only when
the answer is empty too. Annotated dates that disagree with their own phrase (a weekday that
falls on another day, "yesterday" that is not the day before publication) are listed as suspect,
and the counts are also given without them; nothing is tuned to them.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from briefgen.eval.articles import from_news_please
from briefgen.extract import extract
from briefgen.records import Brief

HERE = Path(__file__).resolve().parent
TEST = HERE / "data" / "giveme5w1h-test"
TRAIN = HERE.parent.parent / "shared" / "eval" / "giveme5w1h"
RESULTS = HERE / "results"
WS = ("who", "where", "when")
MIN_F1 = 0.5
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]

Answer = tuple[str | None, str | None]
"""An answer: its text, and for `when` its ISO day (else None)."""


def tokens(text: str | None) -> list[str]:
    """Normalised tokens: lower case, no accents, no punctuation, possessive 's or articles."""
    if not text:
        return []
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"['’]s\b", "", text)
    words = re.sub(r"[^\w\s]", " ", text).split()
    return [w for w in words if w not in {"a", "an", "the"}]


def token_f1(answer: str | None, gold: str | None) -> float:
    """SQuAD-style token F1 of two phrases."""
    a, g = tokens(answer), tokens(gold)
    common = sum((Counter(a) & Counter(g)).values())
    if not common:
        return 0.0
    precision, recall = common / len(a), common / len(g)
    return 2 * precision * recall / (precision + recall)


def gold_answers(data: dict[str, Any], w: str) -> list[dict[str, Any]]:
    """The annotated answers for one W that give something (a text, or for when a date)."""
    items = data["fiveWoneH"][w].get("annotated") or []
    return [i for i in items if i.get("text") or (w == "when" and i.get("parsed"))]


def hit(w: str, answer: Answer, gold: list[dict[str, Any]]) -> bool:
    """Whether `answer` matches one annotated answer (or both are empty)."""
    text, day = answer
    if not gold:
        return not text and not day
    for item in gold:
        parsed = (item.get("parsed") or "")[:10]
        if w == "when" and parsed:
            if day is not None and day == parsed:
                return True
        elif token_f1(text, item.get("text")) >= MIN_F1:
            return True
    return False


def briefgen_answers(brief: Brief) -> dict[str, Answer]:
    """briefgen's answer per W: the main event's who, where and when."""
    event = brief.event
    if event is None:
        return dict.fromkeys(WS, (None, None))
    when = event.when
    return {
        "who": (" ".join(c.text for c in event.who) or None, None),
        "where": (" ".join(c.text for c in event.where) or None, None),
        "when": (when.text if when else None, _day(when.date) if when else None),
    }


def briefgen_top3(brief: Brief) -> dict[str, list[Answer]]:
    """Three candidates per W, as a candidate list: the first three actors and places (most
    central first) and the dates of the first three timeline rows in article order."""
    rows = sorted(brief.timeline, key=lambda e: e.evidence[0].start if e.evidence else 0)
    return {
        "who": [(a.name, None) for a in brief.actors[:3]],
        "where": [(p.name, None) for p in brief.places[:3]],
        "when": [(e.text, _day(e.date)) for e in rows[:3]],
    }


def peer_answers(data: dict[str, Any], w: str) -> list[Answer]:
    """Giveme5W1H's stored candidates for one W, best first."""
    out: list[Answer] = []
    for candidate in data["fiveWoneH"][w].get("extracted") or []:
        text = candidate.get("text") or " ".join(
            p[0]["nlpToken"]["originalText"] for p in candidate.get("parts", [])
        )
        timex = (candidate.get("enhancement") or {}).get("timex") or {}
        start = timex.get("start_date")
        out.append((text, start[:10] if w == "when" and start else None))
    return out


def _day(iso: str | None) -> str | None:
    return iso if iso and len(iso) == 10 and not iso.startswith("--") else None


def suspect_dates(data: dict[str, Any]) -> list[str]:
    """Annotated dates that contradict their own phrase, given the publication date."""
    published = (data.get("date_publish") or "")[:10]
    base = date.fromisoformat(published) if published[:4].isdigit() else None
    found: list[str] = []
    for item in gold_answers(data, "when"):
        text, parsed = (item.get("text") or "").casefold(), (item.get("parsed") or "")[:10]
        if not text or not parsed:
            continue
        day = date.fromisoformat(parsed)
        weekdays = [i for i, name in enumerate(_WEEKDAYS) if re.search(rf"\b{name}\b", text)]
        why = None
        if weekdays and day.weekday() not in weekdays:
            why = f"{parsed} is a {_WEEKDAYS[day.weekday()].title()}"
        month = next((i + 1 for i, m in enumerate(_MONTHS) if re.search(rf"\b{m}\b", text)), None)
        number = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", text)
        if month and number and (day.month, day.day) != (month, int(number.group(1))):
            why = f"{parsed} is not the day the phrase names"
        if base is not None:
            expected = {"yesterday": base - timedelta(days=1), "today": base, "tonight": base}
            for word, want in expected.items():
                if re.search(rf"\b{word}\b", text) and day != want:
                    why = f"{word!r} in an article of {published} is {want.isoformat()}"
        if why:
            found.append(f"{item.get('text')!r} = {parsed}: {why}")
    return found


def score(folder: Path, show: bool) -> dict[str, Any]:
    """Hits per W for briefgen (and the peer, where its outputs are stored) on `folder`."""
    peer_dir = folder.parent / "peer-output" if folder.name == "articles" else None
    counts: Counter[str] = Counter()
    suspects: dict[str, list[str]] = {}
    rows: list[dict[str, Any]] = []
    paths = sorted(folder.glob("*.json"))
    for path in paths:
        data = json.loads(path.read_text(encoding="utf-8"))
        brief = extract(from_news_please(data, path.name))
        ours, top3 = briefgen_answers(brief), briefgen_top3(brief)
        peer = json.loads((peer_dir / path.name).read_text()) if peer_dir else None
        doubtful = suspect_dates(data)
        if doubtful:
            suspects[path.name[:8]] = doubtful
        row: dict[str, Any] = {"article": path.name[:8]}
        for w in WS:
            gold = gold_answers(data, w)
            got = hit(w, ours[w], gold)
            counts[f"briefgen {w}"] += got
            counts[f"briefgen top-3 {w}"] += any(hit(w, a, gold) for a in top3[w] or [(None, None)])
            counts[f"no annotated {w}"] += not gold
            if w == "when" and not doubtful:
                counts["briefgen when, suspect dates left out"] += got
            if w == "when" and brief.event and brief.event.when and not brief.event.when.evidence:
                counts["briefgen when by publication date"] += 1
                counts["briefgen when by publication date, hit"] += got
            row[w] = {"hit": got, "answer": ours[w][0], "date": ours[w][1]}
            if peer is not None:
                candidates = peer_answers(peer, w)
                counts[f"peer {w}"] += hit(w, candidates[0] if candidates else (None, None), gold)
                counts[f"peer top-3 {w}"] += any(
                    hit(w, a, gold) for a in candidates[:3] or [(None, None)]
                )
            if show and not got:
                wanted = [(i.get("text"), i.get("parsed")) for i in gold]
                print(f"{path.name[:8]} {w:<5} got {ours[w]} want {wanted}")
        rows.append(row)
    return {
        "articles": len(paths),
        "hits": dict(sorted(counts.items())),
        "articles_with_suspect_dates": len(suspects),
        "suspect_dates": suspects,
        "per_article": rows,
    }


def table(result: dict[str, Any]) -> str:
    """The counts as a small table."""
    n, hits = result["articles"], result["hits"]
    lines = [f"{'of ' + str(n) + ' articles':<24} {'who':>5} {'where':>6} {'when':>5}"]
    for who in ("briefgen", "briefgen top-3", "peer", "peer top-3"):
        if f"{who} who" in hits:
            lines.append(
                f"{who:<24} {hits[who + ' who']:>5} {hits[who + ' where']:>6} {hits[who + ' when']:>5}"
            )
    clean = n - result["articles_with_suspect_dates"]
    lines.append(
        f"articles with no annotated answer: who {hits['no annotated who']}, "
        f"where {hits['no annotated where']}, when {hits['no annotated when']} "
        "(a hit only if the answer is empty too)"
    )
    lines.append(
        f"briefgen when on the {clean} articles without suspect gold dates: "
        f"{hits['briefgen when, suspect dates left out']}"
    )
    lines.append(
        "briefgen when dated by the publication date (the lead names no date): "
        f"{hits['briefgen when by publication date']} (hits: {hits['briefgen when by publication date, hit']})"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--train", action="store_true", help="score the 76 training articles (for tuning)"
    )
    parser.add_argument("--show", action="store_true", help="print every miss")
    args = parser.parse_args(argv)
    folder, name = (
        (TRAIN, "event_5w1h_train76.json") if args.train else (TEST / "articles", "event_5w1h.json")
    )
    if not folder.is_dir():
        print(f"no articles in {folder}", file=sys.stderr)
        return 1
    result = {"set": "train-76" if args.train else "test-20", **score(folder, args.show)}
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / name).write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    print(table(result))
    for article, reasons in result["suspect_dates"].items():
        print(f"suspect gold date in {article}: " + "; ".join(reasons))
    return 0


if __name__ == "__main__":
    sys.exit(main())
