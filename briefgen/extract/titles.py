"""Titles written before a person's name: "U.S. President Joe Biden", "local police chief Sayed
Kamal Sadat", "Whole Foods co-founder and CEO John Mackey", "President-elect Donald J. Trump",
and a plural title over a list ("pro-Beijing councillors Ann Chiang and Priscilla Leung")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from briefgen.extract.lang import en

ROLE_BREAKS = frozenset({",", ";", "(", ")", ":", "—", "–", "|"})


def title_before(span: Span) -> list[Token] | None:
    """The title words the parse hangs on the name, with their own modifiers, back to the
    nearest conjunction or other name (a conjunction between two job words stays: "co-founder
    and CEO")."""
    doc = span.doc
    titles = [
        t
        for t in doc[max(0, span.start - 4) : span.start]
        if t.head.i in range(span.start, span.end) and t.dep_ in {"compound", "amod", "nmod"}
    ]
    if not titles:
        return None
    start = min(u.i for t in titles for u in t.subtree)
    for t in doc[start : span.start]:
        if _joins_jobs(t):
            continue
        spaced_dash = t.text == "-" and bool(t.whitespace_)  # "upstarts - Amazon founder X"
        if t.dep_ in {"cc", "conj"} or t.ent_type_ == "PERSON" or t.text in ROLE_BREAKS:
            start = t.i + 1
        if spaced_dash:
            start = t.i + 1
    start = _office_of(doc, start)
    # a word the tokenizer split at a hyphen stays whole ("co-founder")
    while start > 1 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_:
        start -= 2
    # the title word is the last word before the name ("Lt. Col." ends in a full stop)
    title = next((t for t in reversed(doc[start : span.start]) if not t.is_punct), None)
    # a title word is capitalised ("U.S. President", "CEO") or names a person's job ("police
    # chief", "management coordinator"); "heavy crash Lewis Hamilton" is a caption running
    # into a name, not a title
    if title is None:
        return None
    whole = _whole(title)
    if not (title.is_title or title.is_upper or names_a_job(title) or whole.is_title):
        return None
    return list(doc[start : span.start])


def _office_of(doc: Doc, start: int) -> int:
    """Where a title opens when the words before the name are the body of a job ("CEO of the
    Refugee Council Enver Solomon"): at the job word before "of", with its own modifiers."""
    prep = start - 1
    if prep > 0 and doc[prep].lower_ in en.ARTICLES:
        prep -= 1
    if prep < 1 or doc[prep].lower_ not in {"of", "for", "at"}:
        return start
    job = doc[prep - 1]
    if not (names_a_job(job) or job.lemma_.lower() in en.ROLE_NOUNS) or job.ent_type_ == "PERSON":
        return start
    return min(job.left_edge.i, job.i)


def _whole(token: Token) -> Token:
    """The first part of a hyphenated title ("President-elect" is judged by "President")."""
    doc = token.doc
    i = token.i
    while i > 1 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_:
        i -= 2
    return doc[i]


def _is_job_word(token: Token) -> bool:
    return (token.is_upper and token.is_alpha) or names_a_job(token)


def _joins_jobs(token: Token) -> bool:
    """ "co-founder and CEO": the conjunction and second job word of a double title."""
    doc = token.doc
    if token.dep_ == "cc" and 0 < token.i < len(doc) - 1:
        return _is_job_word(doc[token.i - 1]) and _is_job_word(doc[token.i + 1])
    return token.dep_ == "conj" and _is_job_word(token) and _is_job_word(token.head)


def names_a_job(token: Token) -> bool:
    """A noun that names what a person does: a known role noun, or one made with an agent
    suffix ("coordinator", "negotiator", "analyst", "barrister"); the model tags a lower-case
    title a proper noun at times ("says president David Weisbrot")."""
    lemma = token.lemma_.lower()
    noun = token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.text.islower())
    return noun and (
        lemma in en.ROLE_NOUNS or (lemma.endswith(en.AGENT_SUFFIXES) and len(lemma) > 5)
    )


def title_run(span: Span) -> Span | None:
    """Capitalised title words the parse did not hang on the name ("against Kim and Interior
    Minister Lee Sang-min"): the run of capitalised words right before it, ending in a role noun."""
    doc = span.doc
    end = span.start
    start = end
    while start > 0 and doc[start - 1].is_title and doc[start - 1].ent_type_ != "PERSON":
        start -= 1
    if start == end or doc[end - 1].lemma_.lower() not in en.ROLE_NOUNS:
        return None
    return doc[start:end]


_TITLE_POS = frozenset({"ADJ", "NOUN", "PROPN", "VERB"})


def loose_title(span: Span) -> Span | None:
    """Lower-case title words right before the name that the parse hung elsewhere ("including
    political analyst Amr Hamzawy", "research team head Jennifer Ngo-Anh", where "analyst" comes
    out a conjunct and "head" a verb): the run of lower-case words that ends in a job word,
    back to the first article, preposition or punctuation ("pro-Beijing" stays whole)."""
    doc = span.doc
    end = span.start
    if end == 0 or not _lower_job(doc[end - 1]):
        return None
    start = end - 1
    while start > 0:
        word = doc[start - 1]
        if (
            word.text == "-"
            and not word.whitespace_
            and start > 1
            and not doc[start - 2].whitespace_
        ):
            start -= 2  # "pro-Beijing", "co-pilot"
        elif word.is_alpha and word.is_lower and word.pos_ in _TITLE_POS and not word.is_stop:
            start -= 1
        else:
            break
    return doc[start:end]


_MAX_COMMA_TITLE = 8


def comma_title(span: Span) -> Span | None:
    """A title set off by commas before the name, which the parse often misreads as a list
    ("President of the Senate, Bukola Saraki, Senator Dino Melaye and ...", "the
    Inspector-General of Police, Ibrahim Idris, to court"): the phrase between the previous
    break (a comma, the sentence start, a verb or preposition) and the comma, when its first or last word
    is a job and the name is closed by a comma too (an aside, not the end of a list)."""
    doc = span.doc
    start = span.start - 1
    if start < 1 or doc[start].text != "," or span.end >= len(doc) or doc[span.end].text != ",":
        return None
    first = start
    sent_start = span.sent.start
    while first > sent_start:
        word = doc[first - 1]
        if word.text in ROLE_BREAKS:
            break  # (a person's name inside is caught by the role's checks: "Senator A, B,")
        if word.pos_ in {"VERB", "AUX", "ADP"} and word.tag_ != "VBG" and word.lower_ != "of":
            break
        first -= 1
    while first < start and doc[first].lower_ in en.ARTICLES:
        first += 1
    words = [t for t in doc[first:start] if t.lower_ not in {"former", "then"}]
    if not words or len(words) > _MAX_COMMA_TITLE:
        return None
    if not (_job_word(words[0]) or _job_word(words[-1])):
        return None
    return doc[first:start]


def _job_word(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return lemma in en.ROLE_NOUNS or lemma in en.TITLE_WORDS or names_a_job(token)


def _lower_job(token: Token) -> bool:
    word = token.lower_
    return token.is_lower and (
        word in en.ROLE_NOUNS or (word.endswith(en.AGENT_SUFFIXES) and len(word) > 5)
    )


def shared_title(span: Span) -> list[Token] | None:
    """A plural title before the first name of a list is each one's ("councillors Ann Chiang
    of DAB and Priscilla Leung of BPA"): the title of the list's first person."""
    node = span.root
    for _ in range(len(span.doc)):
        if node.dep_ == "conj" and node.head.i != node.i:
            node = node.head
        elif node.dep_ == "pobj" and node.head.lower_ in en.AFFILIATION_PREPS:
            node = node.head.head
        else:
            break
    if node.i == span.root.i or node.ent_type_ != "PERSON":
        return None
    first = next((e for e in span.doc.ents if e.start <= node.i < e.end), None)
    words = title_before(first) if first is not None else None
    if not words or words[-1].tag_ != "NNS":
        return None
    return words


def named_as(span: Span) -> Token | None:
    """The post a person is named to ("Chad Wolf has been named new DHS acting secretary")."""
    verb = span.root.head
    if span.root.dep_ != "nsubjpass" or verb.lemma_ not in en.NAMING_VERBS:
        return None
    post = (c for c in verb.children if c.dep_ in {"oprd", "attr"} and c.pos_ == "NOUN")
    # one person's post is singular: "were elected newcomers" says what they are, not a post
    return next((c for c in post if c.tag_ != "NNS"), None)
