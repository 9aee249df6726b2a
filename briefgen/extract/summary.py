"""Bottom line, key points and, when the article has none, a headline."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from briefgen.records import Actor, Article, Figure

MAX_SUMMARY_WORDS = 60
MAX_HEADLINE_WORDS = 12
_CLOSERS = frozenset(".!?\"”’'")


def bottom_line(doc: Doc) -> str:
    """The lead sentence (and the next, while under 60 words): who did what where."""
    sentences = [s for s in _prose(doc) if len(s.text.split()) >= 4]
    if not sentences:
        return _cut(doc.text, MAX_SUMMARY_WORDS)
    text = sentences[0].text.strip()
    if len(sentences) > 1 and len(text.split()) + len(sentences[1].text.split()) <= 40:
        text = f"{text} {sentences[1].text.strip()}"
    return _cut(text, MAX_SUMMARY_WORDS)


def key_points(doc: Doc, actors: Sequence[Actor], figures: Sequence[Figure]) -> tuple[str, ...]:
    """Three to five sentences that carry the most actors and figures, in article order."""
    sentences = [s for s in _prose(doc) if len(s.text.split()) >= 5][1:]
    names = {n.casefold() for a in actors[:6] for n in (a.name, *a.aliases)}
    figure_starts = {e.start for f in figures for e in f.evidence}

    def score(sent: Span) -> float:
        text = sent.text.casefold()
        return (
            sum(1 for n in names if n in text)
            + 2 * sum(1 for s in figure_starts if sent.start_char <= s < sent.end_char)
            + 0.5 * sum(1 for t in sent if t.ent_type_ == "DATE")
            - len(sent) / 60
        )

    best = sorted(sorted(sentences, key=score, reverse=True)[:5], key=lambda s: s.start)
    return tuple(_cut(s.text.strip(), 35) for s in best)


def headline(doc: Doc, article: Article) -> str:
    """A short headline from the lead sentence's main clause, with no final period.

    Parts of the clause are dropped whole (a second coordinated verb, then trailing modifiers) until
    it fits, so the headline never ends mid-phrase ("… visited Ashgabat and").
    """
    sentences = list(doc.sents)
    if not sentences:
        return "Untitled article"
    root = sentences[0].root
    cut_deps = {"advcl", "punct", "cc", "conj", "mark", "parataxis", "npadvmod"}
    kept = [c for c in root.children if c.dep_ not in cut_deps]
    conj = next((c for c in root.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}), None)
    with_conj = kept + [c for c in root.children if conj is not None and c.dep_ in {"cc", "conj"}]
    for children in (with_conj, kept):
        words = _words(root, children)
        if len(words) <= MAX_HEADLINE_WORDS:
            break
    optional = [c for c in kept if c.i > root.i and c.dep_ in {"prep", "advmod", "agent", "dative"}]
    while len(words) > MAX_HEADLINE_WORDS and optional:
        kept.remove(optional.pop())
        words = _words(root, kept)
    if len(words) > MAX_HEADLINE_WORDS:
        words = words[:MAX_HEADLINE_WORDS]
    title = " ".join(words).strip(" ,.;:")
    if not title:
        return "Untitled article"
    return title[0].upper() + title[1:]


def _prose(doc: Doc) -> list[Span]:
    """The body's sentences: a line with no closing punctuation is a headline, a caption or a
    link left in the text (one-line residue), not a sentence of the story. All sentences if the
    text has no closing punctuation at all."""
    sentences = list(doc.sents)
    closed = [s for s in sentences if s.text.rstrip()[-1:] in _CLOSERS]
    return closed or sentences


def _words(root: Token, children: list[Token]) -> list[str]:
    tokens = sorted([root, *(t for c in children for t in c.subtree)], key=lambda t: t.i)
    return "".join(t.text_with_ws for t in tokens).split()


def _cut(text: str, max_words: int) -> str:
    words = text.split()
    if len(words) <= max_words:
        return " ".join(words)
    return " ".join(words[:max_words]).rstrip(",;:") + " …"
