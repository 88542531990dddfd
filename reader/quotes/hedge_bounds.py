"""Where the words a hedge covers end (hedges.py): at the end of what it hedges, before a
trailing clause of its own, and never over another report that names its source."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from reader.quotes.lexicon import cues
from reader.quotes.object_lexicon import object_words
from reader.quotes.parsed import ParsedChunk, SpanIndex
from reader.quotes.reach import reported_end

_TRAILING = frozenset({"advcl", "parataxis", "relcl"})  # "... when rivals implied that"
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_WHAT_IS_SAID = frozenset({"prep", "acl", "ccomp"})  # "Christie's praise of Obama"
_QUESTIONS = frozenset({"when", "how", "why", "where", "whether", "if", "who", "what"})


def hedged_end(
    chunk: ParsedChunk,
    sentence: SpacySpan,
    cue: Token,
    head: Token,
    first: Token,
    marked: SpanIndex,
) -> Token | None:
    """The last word the hedge covers, from `first`: its complement without a trailing
    clause of its own (`seemed agitated when rivals implied that ...`). None when another
    attribution with a source begins before the complement's head or holds it (`the
    senator's explanations of it appear to have resonated`, `it became clear the senator
    would not endorse him`): that one reports."""
    last = head
    for child in head.children:
        own_clause = child.dep_ in _TRAILING or (child.dep_ == "conj" and _subject(child))
        if child.i > head.i and not own_clause and child.dep_ not in ("punct", "cc"):
            last = max(last, child.right_edge, key=lambda t: t.i)
    while last.is_punct and last.i > head.i:
        last = last.nbor(-1)  # "in October, when ...": the comma is the clause's
    inner = _inner_report(cue, head, first, last)
    if inner is not None:
        if inner.i <= head.i:
            return None
        last = cue.doc[inner.i - 1]  # "... in October, when he told ...": up to that clause
    start = min(head.left_edge, head, key=lambda t: t.i)
    if start.i <= cue.i:
        start = cue.doc[cue.i + 1]
    if head.dep_ == "advcl" and head.head.i == cue.i:
        start = head  # "seemed as if it might": what the hedge compares with, no new clause
    end = reported_end(sentence, cue, start, marked, chunk)
    if end is not None and head.i <= end.i < last.i and _relative_after(end):
        return end  # "... through the chamber, which has not met since May": an aside
    return last if end is not None and end.i >= last.i else None


def _relative_after(end: Token) -> bool:
    """A comma and a relative clause right after `end` (the writer's aside)."""
    doc = end.doc
    if end.i + 2 >= len(doc) or doc[end.i + 1].text != ",":
        return False
    word = doc[end.i + 2]
    return word.tag_ in ("WDT", "WP", "WP$") and word.head.dep_ == "relcl"


def _inner_report(cue: Token, head: Token, first: Token, last: Token) -> Token | None:
    """Where a report with a source of its own begins inside the words the hedge covers:
    a speech cue with its subject or agent (`when he told ...`, `accused by X of`), a cue
    noun with its owner (`Christie's praise of`), a stance adjective with its clause
    (`are apparently so worried that`: held from the start)."""
    vocabulary = cues()
    for token in first.doc[first.i : last.i + 1]:
        if token.i in (head.i, cue.i):
            continue
        start = max(token.left_edge, first, key=lambda t: t.i)
        if token.pos_ == "ADJ" and token.lower_ in vocabulary.stance_adjectives:
            if any(c.dep_ in ("ccomp", "xcomp") for c in token.children):
                return first
        elif _sourced(token):
            return start
    return None


def _sourced(token: Token) -> bool:
    """A speech cue with its subject or agent, or a cue noun with its owner and what it
    is about."""
    deps = {c.dep_ for c in token.children}
    if token.pos_ == "VERB" and cues().verb_for(token.lemma_, token.text) is not None:
        return not deps.isdisjoint({"nsubj", "agent"})
    if token.pos_ != "NOUN" or "poss" not in deps or deps.isdisjoint(_WHAT_IS_SAID):
        return False  # "his long speeches": no words of his reported here
    return cues().is_cue_word(token.text) or object_words().is_cue_word(token.text)


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in _SUBJECTS and c.i < verb.i), None)


def impersonal_clause(adjective: Token, verb: Token) -> Token | None:
    """The clause after `it is unclear`: its `that`/`whether` clause, else a question the
    parser made a clause of circumstance (`unclear exactly when and how the board would
    vote`)."""
    after = [c for t in (adjective, verb) for c in t.children if c.i > adjective.i]
    clause = next((c for c in after if c.dep_ == "ccomp"), None)
    if clause is not None:
        return clause
    return next((c for c in after if c.dep_ == "advcl" and _asked(c)), None)


def _asked(clause: Token) -> bool:
    return any(c.lower_ in _QUESTIONS and c.i < clause.i for c in clause.children)
