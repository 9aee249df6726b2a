"""The main event (5W1H) and the order of actors and places by how central they are.

News puts its event first: the lead sentence says who did what, where and when, and the headline
says it again in fewer words. So the main sentence is one of the first few sentences of running
text, the one that shares most with the headline; its main clause gives what and who, the places
and date phrases inside it give where and when. A story whose lead is a quotation, a caption or a
"said" clause is read through: photo credits and captions glued to the lead lose points, and in
"X did Y, police said" the event is what X did, not the saying.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from briefgen.extract.spans import SPEECH_VERBS, cached, evidence, short_phrase
from briefgen.records import Actor, Article, Cited, Event, Evidence, MainEvent, Place

LEAD_SENTENCES = 5
"""How many sentences of running text may hold the main event."""
RECENT_DAYS = 7
"""A date later in the story is the event's only if it is at most this many days before publication."""
MAX_WHAT_WORDS = 12
"""`what` is cut to this many words, dropping whole phrases first."""
# Page furniture that glues itself to a lead sentence ("Image copyright Reuters Image caption …").
_FURNITURE = re.compile(
    r"\b(image (?:copyright|caption)|photo(?:graph)?:?|getty|skip ad|embed|share this|"
    r"click here|subscribe|sign up|read more|advertisement|invalid email|try again later|"
    r"opens in new window)\b",
    re.IGNORECASE,
)
_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Children of the event verb that belong in `what`: its objects and complements, not its
# subject, side clauses or the date.
_WHAT_DEPS = frozenset(
    {"aux", "auxpass", "neg", "prt", "dobj", "attr", "acomp", "xcomp", "oprd", "dative", "ccomp"}
)
_CAUSE_MARKS = frozenset({"because", "as", "since"})
_CAUSE_PREPS = ("because of", "due to", "in response to", "in retaliation for", "amid", "over")
_ANAPHORS = frozenset({"he", "she", "it", "they"})
_PARTITIVES = frozenset({"dozens", "hundreds", "thousands", "scores", "some", "many", "most"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
_PLACE_DETAIL = {"facility": 0, "city": 1, "other": 2, "region": 3, "country": 4}


@dataclass(frozen=True, slots=True)
class _Clause:
    sentence: Span
    """The sentence."""
    region: Span
    """Its part after any page furniture glued to its start."""
    verb: Token
    """The verb of the event it states ("derailed" in "a tram derailed, police said")."""
    index: int
    """Its place in the lead (0 for the first candidate)."""
    clean: bool
    """True for running text with no furniture at all."""


def extract_event(
    doc: Doc,
    article: Article,
    title: str,
    actors: Sequence[Actor],
    places: Sequence[Place],
    timeline: Sequence[Event],
) -> MainEvent | None:
    """The main event of `doc`: its sentence chosen by lead position and headline overlap."""
    clause = _main_clause(doc, title)
    if clause is None:
        return None
    sent, verb = clause.region, clause.verb
    return MainEvent(
        what=_what(verb),
        who=_who(doc, sent, verb, title, actors, places),
        when=_when(sent, verb, article, timeline),
        where=_where(doc, sent, verb, article, title, places),
        why=_why(verb),
        how=_how(verb),
    )


def running_text(sent: Span) -> bool:
    """A sentence of the story, not a caption, credit, headline list or button."""
    words = [t for t in sent if t.is_alpha]
    return (
        len(words) >= 6
        and any(t.pos_ in {"VERB", "AUX"} for t in sent)
        and not _FURNITURE.search(sent.text)
        and sent.text.rstrip()[-1:] in {".", "!", "?", '"', "”", "'", "’"}
    )


def _lead(doc: Doc) -> list[_Clause]:
    """Candidates for the main clause, one per sentence of the lead. A sentence that starts with
    furniture ("Could not subscribe … Invalid Email Christian Horner has described …") is
    read from where the furniture ends: a lead glued to a button is still the lead."""
    return cached(doc, "lead", _first_clauses)


def _first_clauses(doc: Doc) -> list[_Clause]:
    found: list[_Clause] = []
    index = 0
    for sent in doc.sents:
        furniture = list(_FURNITURE.finditer(sent.text))
        start = sent.start
        if furniture:
            cut = doc.char_span(
                sent.start_char + furniture[-1].start(),
                sent.start_char + furniture[-1].end(),
                alignment_mode="expand",
            )
            start = cut.end if cut is not None else sent.end
        region = doc[start : sent.end]
        verb = _event_verb(region) if len([t for t in region if t.is_alpha]) >= 6 else None
        if verb is None:
            continue
        clean = not furniture and running_text(sent)
        found.append(_Clause(sent, region, verb, index, clean))
        index += 1
        if index >= LEAD_SENTENCES:
            break
    return found


def _stem(word: str) -> str:
    """A crude stem, enough to see "derails" and "derailed", "meets" and "meeting" as one."""
    word = word.lower()
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:6]


def _main_clause(doc: Doc, title: str) -> _Clause | None:
    """The lead clause that shares most with the headline, earlier ones first on a tie."""
    lead = _lead(doc)
    if not lead:
        return None
    # the headline is not parsed: its words are compared by stem with the clause's
    title_stems = {_stem(w) for w in re.findall(r"[\w'-]+", title) if w.lower() not in STOP_WORDS}

    def score(clause: _Clause) -> float:
        tokens = [t for t in clause.region if not t.is_stop and not t.is_punct]
        stems = {_stem(t.text) for t in tokens} | {_stem(t.lemma_) for t in tokens}
        overlap = len(stems & title_stems) / max(1, len(title_stems))
        quoted = clause.region.text.lstrip()[:1] in {'"', "“"}
        position = 1.5 * (1 - clause.index / LEAD_SENTENCES)
        return 4.0 * overlap + position - 0.5 * (not clause.clean) - 2.0 * quoted

    return max(lead, key=score)


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token, depth = token.head, depth + 1
    return depth


def _event_verb(region: Span) -> Token | None:
    """The verb that carries the news: the highest verb with a subject, or the clause a speech
    verb reports ("a tram derailed, police said"), unless that is only a state ("said it was")."""
    inside = range(region.start, region.end)
    asides = _parenthesised(region)  # "Clinton (pictured after her speech) has blamed …"
    verbs = [
        t
        for t in region
        if t.pos_ in {"VERB", "AUX"}
        and t.idx not in asides
        and any(c.dep_ in _SUBJECTS and c.i in inside for c in t.children)
    ]
    if not verbs:
        return None
    verb = min(verbs, key=lambda t: (_depth(t), t.i))
    if verb.lemma_.lower() in SPEECH_VERBS:
        reported = [
            c
            for c in verb.children
            if c.dep_ in {"ccomp", "parataxis"} and c.pos_ in {"VERB", "AUX"} and c.i in inside
        ]
        if reported and reported[0].lemma_ != "be":
            return reported[0]
    return verb


def _what(verb: Token) -> Cited:
    """The verb with its objects and complements, without the date ("met for the first time")."""
    dates = {t.i for t in verb.sent if t.ent_type_ in {"DATE", "TIME"}}

    def dated(child: Token) -> bool:  # "on Tuesday night": a phrase that is only a date
        return all(t.i in dates or t.pos_ == "ADP" for t in child.subtree)

    kept = [
        c for c in verb.children if (c.dep_ in _WHAT_DEPS or _is_object_prep(c)) and not dated(c)
    ]
    tokens = [verb, *(t for c in kept for t in c.subtree if t.i not in dates)]
    while len(tokens) > MAX_WHAT_WORDS and kept:
        kept.pop()  # drop the last whole phrase, never cut one in half
        tokens = [verb, *(t for c in kept for t in c.subtree if t.i not in dates)]
    tokens = sorted(tokens, key=lambda t: t.i)[: MAX_WHAT_WORDS + 4]
    text = short_phrase(tokens, max_words=MAX_WHAT_WORDS)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return Cited(text, (Evidence(start, end),))


def _is_object_prep(token: Token) -> bool:
    """The first prepositional phrase after the verb when it is its object ("met with Obama")."""
    return (
        token.dep_ in {"prep", "agent"}
        and token.i > token.head.i
        and not any(t.ent_type_ in {"DATE", "TIME", "GPE", "LOC", "FAC"} for t in token.subtree)
        and token == next((c for c in token.head.rights if c.dep_ in {"prep", "agent"}), None)
    )


def _subject(verb: Token) -> Token | None:
    """The verb's subject, not one in parentheses; a verb joined to another ("died and were
    injured") shares its subject."""
    current: Token | None = verb
    for _ in range(3):
        if current is None:
            break
        asides = _parenthesised(current.sent)
        found = [c for c in current.children if c.dep_ in _SUBJECTS and c.idx not in asides]
        if found:
            return found[0]
        current = current.head if current.dep_ in {"conj", "xcomp", "advcl"} else None
    return None


def _who(
    doc: Doc,
    sent: Span,
    verb: Token,
    title: str,
    actors: Sequence[Actor],
    places: Sequence[Place],
) -> tuple[Cited, ...]:
    """The actors the subject names ("Donald Trump and President Obama met"); for a subject
    that names none ("Chocolate fans have vented their fury"), the headline's actors that the
    sentence names; else the subject as written ("Several people")."""
    subject = _subject(verb)
    if subject is not None and subject.i < sent.start:
        subject = _last_chunk_before(sent, verb)  # the parse hung the subject on furniture
    if subject is not None and subject.pos_ == "PRON":
        pointed = _antecedent(actors, subject) if subject.lower_ in _ANAPHORS else ()
        if pointed:
            return pointed
        subject = None  # "You get the feeling that …": the headline's actor, if named here
    core = [t for t in _core_phrase(subject) if t.i >= sent.start] if subject is not None else []
    if core:
        # only the subject's own words: "the victims of the Croydon tram crash" names no actor
        head = doc[core[0].i : core[-1].i + 1]
        named = [
            c for c in _actors_in(head, actors) if any(_covers(c.evidence[0], t) for t in core)
        ]
        if named:
            return tuple(named)
    place_names = {n.casefold() for p in places for n in (p.name, *p.aliases)}
    # a name the model did not tag ("Emirates ordered …") is still the subject's name
    name: list[Token] = []
    if subject is not None and subject.pos_ == "PROPN" and subject.is_title:
        name = [t for t in _core_phrase(subject) if t.i >= sent.start]
        if name and short_phrase(name).casefold() in place_names:
            name = []
    if name and _names_in([short_phrase(name)], title):
        return (_phrase(doc, name),)
    # an actor the headline names by the words used here, unless those words name a place too
    headline = [
        c
        for c in _actors_in(sent, actors)
        if _names_in([_said(doc, c)], title) and _said(doc, c).casefold() not in place_names
    ]
    if headline:
        return tuple(headline)
    if name:
        return (_phrase(doc, name),)
    if subject is None:
        return ()
    phrase = [t for t in _core_phrase(subject, of=True) if t.i >= sent.start]
    return (_phrase(doc, phrase),) if phrase else ()


def _phrase(doc: Doc, tokens: list[Token]) -> Cited:
    span = doc[tokens[0].i : tokens[-1].i + 1]
    return Cited(short_phrase(tokens, max_words=8), (evidence(span),))


def _last_chunk_before(sent: Span, verb: Token) -> Token | None:
    chunks = [c for c in sent.noun_chunks if c.end <= verb.i]
    return chunks[-1].root if chunks else None


def _covers(span: Evidence, token: Token) -> bool:
    return span.start <= token.idx < span.end


def _said(doc: Doc, cited: Cited) -> str:
    """The words the text uses where `cited` stands."""
    return (
        _text(doc)[cited.evidence[0].start : cited.evidence[0].end]
        if cited.evidence
        else cited.text
    )


def _names_in(names: Sequence[str], text: str) -> bool:
    """Whether one of `names` stands in `text` as whole words, in any case."""
    folded = text.casefold()
    return any(re.search(rf"(?<!\w){re.escape(n.casefold())}(?!\w)", folded) for n in names if n)


def _actors_in(span: Span, actors: Sequence[Actor]) -> list[Cited]:
    """Actors named inside `span`, in the order they stand there, each cited where it stands;
    a name in parentheses is a credit or an aside ("(Melina Mara/The Washington Post)")."""
    asides = _parenthesised(span)
    found: list[tuple[int, Cited]] = []
    for actor in actors:
        inside = [
            e
            for e in actor.evidence
            if span.start_char <= e.start < span.end_char and e.start not in asides
        ]
        names = (actor.name, *actor.aliases)
        inside = [e for e in inside if _text(span.doc)[e.start : e.end] in names] or inside
        if inside:
            found.append((inside[0].start, Cited(actor.name, (inside[0],))))
    # a junk name that swallowed a real one ("Invalid Email Christian Horner") gives way to it
    spans = [c.evidence[0] for _, c in found]
    kept = [
        (start, c)
        for start, c in found
        if not any(
            o != c.evidence[0] and c.evidence[0].start <= o.start and o.end <= c.evidence[0].end
            for o in spans
        )
    ]
    return [cited for _, cited in sorted(kept, key=lambda pair: pair[0])]


def _parenthesised(span: Span) -> set[int]:
    """Character offsets of `span` that stand between parentheses."""
    inside: set[int] = set()
    for match in re.finditer(r"\([^()]*\)", span.text):
        inside.update(range(span.start_char + match.start(), span.start_char + match.end()))
    return inside


def _antecedent(actors: Sequence[Actor], pronoun: Token) -> tuple[Cited, ...]:
    """The actor a subject pronoun points back to: the last one named before it in running
    text (a person for he or she, anything else for it or they)."""
    doc = pronoun.doc
    person = pronoun.lower_ in {"he", "she"}
    before: list[tuple[int, Actor, Evidence]] = []
    for actor in actors:
        if (actor.kind == "person") != person:
            continue
        for span in actor.evidence:
            token = doc.char_span(span.start, span.end, alignment_mode="expand")
            if span.start < pronoun.idx and token is not None and running_text(token.sent):
                before.append((span.start, actor, span))
    if not before:
        return ()
    _, actor, span = max(before, key=lambda item: item[0])
    return (Cited(actor.name, (span,)),)


def _core_phrase(head: Token, of: bool = False) -> list[Token]:
    """A noun phrase without its clauses: "Several people", "Dozens of rescuers", "Donald Trump
    and President Obama"; with `of`, its "of" phrase too ("Fans of the iconic Toblerone bar")."""
    keep = {"det", "amod", "compound", "nummod", "quantmod", "poss", "case", "nmod", "advmod"}
    tokens = [head]
    for child in head.children:
        owner = child.dep_ == "prep" and child.lower_ == "of" and (of or head.lower_ in _PARTITIVES)
        if child.dep_ in keep or owner:
            tokens.extend(child.subtree)
        elif child.dep_ == "conj" or (child.dep_ == "appos" and child.pos_ == "PROPN"):
            tokens.extend(_core_phrase(child))
        elif child.dep_ == "cc":
            tokens.append(child)
    # a name never runs over a line break: a headline line glued to a dateline is two things
    doc = head.doc
    start = next((t.i + 1 for t in reversed(doc[: head.i]) if "\n" in t.text_with_ws), 0)
    end = next((t.i for t in doc[head.i :] if "\n" in t.text_with_ws), len(doc) - 1)
    tokens = sorted((t for t in tokens if start <= t.i <= end), key=lambda t: t.i)
    while len(tokens) > 1 and (tokens[0].is_punct or tokens[0].lower_ in {"the", "a", "an"}):
        tokens.pop(0)
    return tokens


def _where(
    doc: Doc,
    sent: Span,
    verb: Token,
    article: Article,
    title: str,
    places: Sequence[Place],
) -> tuple[Cited, ...]:
    """The most specific place the event verb's own phrases name, as written there; else the
    dateline (where wire copy was filed); else the most specific place in the rest of the main
    sentence; else a town or region the headline names. Nothing when none names one: a place
    named only further on is not taken to be the event's."""
    named: list[tuple[float, Evidence, str]] = []
    for place in places:
        for span in place.evidence:
            if sent.start_char <= span.start < sent.end_char:
                if _modifier(doc, span):
                    continue  # "the US presidential election" is about the US, not in it
                token = doc.char_span(span.start, span.end, alignment_mode="expand")
                attached = token is not None and _attached(token.root, verb)
                rank = (0 if attached else 10) + _PLACE_DETAIL.get(place.kind, 2)
                named.append((rank + span.start / 1e6, span, place.kind))
                break
    dateline = _dateline_place(article, places)
    if named and (dateline is None or min(r for r, _, _ in named) < 10):
        _, best, kind = min(named, key=lambda item: item[0])
        cited = [Cited(_text(doc)[best.start : best.end], (best,))]
        # "Trump Tower in New York City", "Baoding, Hebei province": the place that holds it
        for _, span, outer in sorted(named, key=lambda item: item[1].start):
            gap = _text(doc)[best.end : span.start].strip().lower()
            wider = _PLACE_DETAIL.get(outer, 2) > _PLACE_DETAIL.get(kind, 2)
            if span.start > best.end and gap in {",", "in", "in the", "of", "near"} and wider:
                cited.append(Cited(_text(doc)[span.start : span.end], (span,)))
                break
        return tuple(cited)
    if dateline is not None:
        return (dateline,)
    headline = [
        Cited(_text(doc)[p.evidence[0].start : p.evidence[0].end], p.evidence[:1])
        for p in places
        if p.evidence and p.kind != "country" and _names_in((p.name, *p.aliases), title)
    ]
    return tuple(headline[:1])


def _dateline_place(article: Article, places: Sequence[Place]) -> Cited | None:
    """The dateline as a place: where the story was filed, which wire copy puts first."""
    if not article.dateline:
        return None
    folded = article.dateline.casefold()
    for place in places:
        if folded in {n.casefold() for n in (place.name, *place.aliases)}:
            return Cited(article.dateline, place.evidence[:1])
    return Cited(article.dateline)


def _modifier(doc: Doc, span: Evidence) -> bool:
    token = doc.char_span(span.start, span.end, alignment_mode="expand")
    return token is not None and token.root.dep_ in _MODIFIER_DEPS


def _attached(token: Token, verb: Token) -> bool:
    """Whether `token` hangs from `verb` through prepositions and nouns only."""
    current = token
    for _ in range(6):
        if current.i == verb.i:
            return True
        if current.head.i == current.i:
            return False
        current = current.head
        if current.pos_ in {"VERB", "AUX"} and current.i != verb.i:
            return False
    return False


def _when(sent: Span, verb: Token, article: Article, timeline: Sequence[Event]) -> Event | None:
    """The date phrase of the main sentence (the finest first); else a day the story gives the
    event where it tells it again with the same verb; else the latest day in the week before
    publication that the story names: the news is what happened last."""
    inside = [
        e for e in timeline if e.evidence and sent.start_char <= e.evidence[0].start < sent.end_char
    ]
    dated = [e for e in inside if e.date is not None] or inside
    if dated:
        finer = {"day": 0, "week": 1, "month": 2, "year": 3, None: 4}
        return min(dated, key=lambda e: (finer[e.precision], e.evidence[0].start))
    published = article.published.toordinal() if article.published else None
    # a day, and in a dated article one in the week before publication: not background
    days = [
        e
        for e in timeline
        if e.evidence
        and e.precision == "day"
        and e.date is not None
        and (
            published is None
            if e.date.startswith("--")
            else published is not None and 0 <= published - _ordinal(e.date) <= RECENT_DAYS
        )
    ]
    restated = _restated(sent, verb, days)
    if restated is not None or published is None:
        return restated
    recent = days

    def distance(event: Event) -> int:
        at = event.evidence[0].start
        return at - sent.end_char if at >= sent.end_char else 2 * (sent.start_char - at)

    # the latest day the story names is the news; of several mentions, the nearest
    return min(recent, key=lambda e: (-_ordinal(e.date or ""), distance(e))) if recent else None


def _restated(sent: Span, verb: Token, timeline: Sequence[Event]) -> Event | None:
    """A date the story gives the event where it tells it again with the same verb: "have
    visited Ashgabat and held talks …" then "the talks were held on July 10"."""
    doc = sent.doc
    lemmas = {t.lemma_.lower() for t in (verb, *verb.conjuncts) if t.pos_ == "VERB"}
    lemmas -= {"be", "have", "do", "say", "tell", *SPEECH_VERBS}
    in_text_order = sorted((e for e in timeline if e.evidence), key=lambda e: e.evidence[0].start)
    for event in in_text_order:
        if event.evidence[0].start < sent.end_char or event.date is None:
            continue
        span = doc.char_span(
            event.evidence[0].start, event.evidence[0].end, alignment_mode="expand"
        )
        head = span.root if span is not None else None
        for _ in range(6):
            if head is None or head.pos_ == "VERB" or head.head.i == head.i:
                break
            head = head.head
        if head is not None and head.lemma_.lower() in lemmas:
            return event
    return None


def _ordinal(iso: str) -> int:
    return date.fromisoformat(iso).toordinal()


def _why(verb: Token) -> Cited | None:
    for child in verb.children:
        if child.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in _CAUSE_MARKS for m in child.children
        ):
            return _cited(child)
        if child.dep_ == "prep":
            phrase = " ".join(t.lower_ for t in child.subtree)
            if any(phrase.startswith(p + " ") for p in _CAUSE_PREPS):
                return _cited(child)
    return None


def _how(verb: Token) -> Cited | None:
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in {"by", "using", "with"}:
            objects = [c for c in child.children if c.dep_ in {"pcomp", "pobj"}]
            if child.lower_ == "by" and objects and objects[0].tag_ == "VBG":
                return _cited(child)
            if child.lower_ == "using" and objects:
                return _cited(child)
        if child.dep_ == "advcl" and child.lower_ == "using":
            return _cited(child)
    return None


def _cited(token: Token) -> Cited:
    tokens = list(token.subtree)
    span = token.doc[tokens[0].i : tokens[-1].i + 1]
    return Cited(short_phrase(tokens, max_words=15), (evidence(span),))


def mark_main(
    timeline: Sequence[Event], event: MainEvent | None
) -> tuple[tuple[Event, ...], MainEvent | None]:
    """The timeline with the main event's row marked, and the event pointing at that row."""
    if event is None or event.when is None:
        return tuple(timeline), event
    rows = tuple(replace(e, main=True) if e == event.when else e for e in timeline)
    return rows, replace(event, when=replace(event.when, main=True))


def _running_sentences(doc: Doc) -> tuple[list[int], list[bool]]:
    """Start offsets of the sentences, and whether each is running text (worked out once)."""
    sents = list(doc.sents)
    return [s.start_char for s in sents], [running_text(s) for s in sents]


def _mention_weight(doc: Doc, spans: Sequence[Evidence], author: str | None) -> tuple[int, bool]:
    """Mentions in running text, and whether the name is a byline ("By Sam Meredith")."""
    starts, running = cached(doc, "running", _running_sentences)
    text = _text(doc)
    count = 0
    byline = False
    for span in spans:
        index = bisect_right(starts, span.start) - 1
        count += index >= 0 and running[index]
        line_start = text.rfind("\n", 0, span.start) + 1
        if re.fullmatch(r"\s*by\s+", text[line_start : span.start], re.IGNORECASE):
            byline = True
    if author and any(text[s.start : s.end] in author for s in spans):
        byline = True
    return count, byline


def _text(doc: Doc) -> str:
    """The doc's text, joined once (`Doc.text` joins every token anew on each access)."""
    return cached(doc, "text", lambda d: d.text)


def _centrality(
    doc: Doc,
    article: Article,
    title: str,
    main: Span | None,
    names: Sequence[str],
    spans: Sequence[Evidence],
    in_event: bool,
) -> float:
    running, byline = _mention_weight(doc, spans, article.author)
    if byline or not running:
        return -1.0  # a byline or a name only in furniture or related links: never first
    in_title = _names_in(names, title)
    in_main = main is not None and any(main.start_char <= s.start < main.end_char for s in spans)
    first = min((s.start for s in spans), default=len(_text(doc)))
    lead = _lead(doc)
    early = bool(lead) and first < lead[-1].sentence.end_char
    return (
        8.0 * in_event + 3.0 * in_title + 2.0 * in_main + 1.0 * early + 2.0 * math.log2(1 + running)
    )


def rank_actors(
    doc: Doc, article: Article, title: str, actors: Sequence[Actor], event: MainEvent | None
) -> tuple[Actor, ...]:
    """Actors most central first: the main event's, then those in the headline and the lead,
    then by mentions in running text; a byline or a name seen only in page furniture last."""
    main = _main_span(doc, event)
    who = {c.text for c in event.who} if event else set()
    scores = {
        id(a): _centrality(
            doc, article, title, main, (a.name, *a.aliases), a.evidence, a.name in who
        )
        for a in actors
    }
    return tuple(sorted(actors, key=lambda a: -scores[id(a)]))


def rank_places(
    doc: Doc, article: Article, title: str, places: Sequence[Place], event: MainEvent | None
) -> tuple[Place, ...]:
    """Places most central first, by the same measure as actors; the dateline counts as a lead."""
    main = _main_span(doc, event)
    where = {n.casefold() for c in event.where for n in (c.text,)} if event else set()
    scores: dict[int, float] = {}
    for place in places:
        names = (place.name, *place.aliases)
        in_event = bool(where & {n.casefold() for n in names})
        if not place.evidence:  # only the dateline names it
            scores[id(place)] = 3.0 + 8.0 * in_event
            continue
        scores[id(place)] = _centrality(doc, article, title, main, names, place.evidence, in_event)
    return tuple(sorted(places, key=lambda p: -scores[id(p)]))


def _main_span(doc: Doc, event: MainEvent | None) -> Span | None:
    if event is None or not event.what.evidence:
        return None
    token = doc.char_span(
        event.what.evidence[0].start, event.what.evidence[0].end, alignment_mode="expand"
    )
    return token.sent if token is not None else None
