"""Make a corpus of N articles from the real articles in ../shared/eval, replicated with changed
ids, titles and dates, so that every file is distinct and a cold build must extract every one."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import yaml

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"


@dataclass(frozen=True, slots=True)
class Base:
    """One real article to replicate."""

    title: str
    """Its headline."""
    published: date | None
    """Its publication date, if known."""
    source: str
    """Who published it."""
    body: str
    """Its text."""


def bases(eval_dir: Path = EVAL) -> list[Base]:
    """The Wikinews Markdown articles and the Giveme5W1H JSON texts, in a stable order."""
    found: list[Base] = []
    for path in sorted((eval_dir / "wikinews").glob("*.md")):
        _, front, body = path.read_text(encoding="utf-8").split("---", 2)
        meta = yaml.safe_load(front)
        found.append(Base(meta["title"], _date(str(meta.get("date"))), "Wikinews", body.strip()))
    for path in sorted((eval_dir / "giveme5w1h").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        found.append(
            Base(
                data["title"],
                _date(str(data.get("date_publish"))),
                str(data.get("publisher") or "news"),
                data["text"].strip(),
            )
        )
    return found


def _date(text: str) -> date | None:
    for pattern in ("%Y-%m-%d", "%d-%m-%Y", "%Y-%m-%d %H:%M:%S"):
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    return None


def make_corpus(folder: Path, count: int) -> list[Path]:
    """Write `count` articles into `folder`: copy k of each base gets its own id, title and date."""
    folder.mkdir(parents=True, exist_ok=True)
    originals = bases()
    return [write_article(folder, i, originals) for i in range(count)]


def write_article(folder: Path, i: int, originals: list[Base]) -> Path:
    """Article number `i` of the corpus, written into `folder`."""
    base = originals[i % len(originals)]
    copy = i // len(originals)
    published = (base.published or date(2016, 11, 10)) + timedelta(days=7 * copy)
    title = base.title if copy == 0 else f"{base.title} (follow-up {copy})"
    slug = re.sub(r"[^a-z0-9]+", "-", base.title.casefold()).strip("-")[:40]
    path = folder / f"{i:05}-{slug}.md"
    front = yaml.safe_dump(
        {"title": title, "date": published.isoformat(), "source": base.source},
        allow_unicode=True,
        sort_keys=False,
    )
    path.write_text(f"---\n{front}---\n\n{base.body}\n", encoding="utf-8")
    return path


def change_one(path: Path, round_: int) -> None:
    """Edit one article the way a desk would: a line added at the end."""
    text = path.read_text(encoding="utf-8").rstrip("\n")
    path.write_text(f"{text}\n\nThis article was updated (revision {round_}).\n", encoding="utf-8")
