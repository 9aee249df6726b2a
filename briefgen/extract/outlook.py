"""What's next: statements about the future (plans, expectations, deadlines, future dates).

A sentence is about the future when its verb carries a future modal ("will", "shall"), a plan or
expectation verb governs a to-infinitive ("plans to", "is expected to", "is due to"), it names a
deadline, or it holds a timeline date later than the publication date. One Outlook per sentence.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span, Token

from briefgen.extract.dates import extract_timeline
from briefgen.extract.lang import en
from briefgen.records import Article, Event, Evidence, Outlook

MAX_WORDS = 40


def extract_outlook(doc: Doc, article: Article) -> tuple[Outlook, ...]:
    """Statements about the future, in article order, each with the date it names if any."""
    timeline = extract_timeline(doc, article)
    found: list[Outlook] = []
    for sent in doc.sents:
        if not sent.text.strip():
            continue
        events = [
            e
            for e in timeline
            if e.evidence and sent.start_char <= e.evidence[0].start < sent.end_char
        ]
        future = [e for e in events if _is_after(e, article.published)]
        cue = _cue(sent, bool(events)) or (
            "future date" if future and sent.root.tag_ != "VBD" else None
        )
        if cue is None:
            continue
        # a date already past at publication ("said on Monday it will …") is not when it happens
        open_dates = [e for e in events if not _is_before(e, article.published)]
        candidates = future or open_dates
        event = candidates[0] if candidates else None
        found.append(
            Outlook(
                text=_shorten(sent),
                cue=cue,
                when=event.text if event else None,
                date=event.date if event else None,
                precision=event.precision if event else None,
                evidence=(Evidence(sent.start_char, sent.end_char),),
            )
        )
    return tuple(found)


def _cue(sent: Span, dated: bool) -> str | None:
    for token in sent:
        if token.tag_ == "MD" and token.lower_ in en.FUTURE_MODALS:
            return "will"
        if (
            token.lemma_.lower() in en.PLAN_LEMMAS
            and _governs_infinitive(token)
            and _in_present(token)
        ):
            return f"{token.lemma_.lower()} to"
    match = en.DEADLINE.search(sent.text)
    if match is None:
        return None
    phrase = match.group(0).lower()
    if phrase == "deadline" and not dated:
        return None  # "with that deadline nearing" refers back; a deadline comes with its date
    return "deadline" if phrase.startswith(("deadline", "by", "no later", "due")) else phrase


def _governs_infinitive(token: Token) -> bool:
    """ "plans to leave", "is expected to rise", "is going to": a to-infinitive under the verb."""
    return any(
        child.dep_ == "xcomp" and any(g.lower_ == "to" and g.dep_ == "aux" for g in child.children)
        for child in token.children
    )


def _in_present(token: Token) -> bool:
    """ "plans to", "is expected to", "is likely to" look ahead; "promised to", "was expected to"
    and "having vowed to" report a past intention, which may be long settled."""
    if token.tag_ in {"VBZ", "VBP"}:
        return True
    helpers = [c for c in token.children if c.dep_ in {"aux", "auxpass"}]
    if token.dep_ == "acomp":  # "is likely to": the tense is on the copula
        helpers.append(token.head)
    return any(h.tag_ in {"VBZ", "VBP", "MD"} for h in helpers)


def _is_after(event: Event, published: date | None) -> bool:
    """True when the event's date lies after the publication date at the event's precision."""
    return published is not None and event.date is not None and event.date.is_after(published)


def _is_before(event: Event, published: date | None) -> bool:
    return published is not None and event.date is not None and event.date.is_before(published)


def _shorten(sent: Span) -> str:
    words = sent.text.split()
    if len(words) <= MAX_WORDS:
        return " ".join(words)
    return " ".join(words[:MAX_WORDS]) + " …"
