"""Judgments in the passive: `The plan was criticised by the unions for cutting jobs`, `The
senator has been accused of lying`, `The deal is considered a big win`, `a farmer accused of
poisoning the river`.

What is judged (the passive's subject, or the noun a participle modifies) and what it is
judged to be or blamed for make the claim; who judges is the `by` agent, and when the text
names nobody (`was accused of`), somebody still judges: a quote with no speaker, as for
`is said to` (passives.py). Only with what completes the verb (objects.json `passives`: its
prepositions, `as`, or `small` for a predicate: `deemed ineligible`), since `The plan was
criticised` alone shows a reader nothing. Verbs that name rather than judge (`naming_passives`:
`a group called X`, `was named as`) count only when the namer is named (`was called a
coward by his rivals`). A passive hedged with a modal and nobody named (`could be seen as`)
is the writer's own view, and so mostly is one whose subject is a relative word with nobody
named (`in what is widely seen as a snub`). Criticism received (`drew criticism from X for
Y`, objects.json `received`) is read the same way: the subject judged, the `from` phrase the
judge.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from reader.quotes.mentions import mention_from_token
from reader.quotes.object_bounds import (
    as_description,
    completed_end,
    lone_pronoun,
    prep_object,
    speaking_for,
    trimmed_content,
)
from reader.quotes.object_lexicon import object_words
from reader.quotes.parsed import ParsedChunk, SpanIndex
from reader.quotes.reach import Attribution, sentence_span

_PREDICATE_DEPS = frozenset({"oprd", "acomp", "attr", "ccomp", "xcomp"})
_PREDICATE_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
# An active verb's object or clause, or an auxiliary: no headline's dropped `was`.
_ACTIVE_DEPS = frozenset({"dobj", "dative", "ccomp", "xcomp", "aux", "auxpass", "neg", "attr"})
_RELATIVES = frozenset({"WDT", "WP", "WP$"})  # which, who, what, whose


def passive_judgments(
    chunk: ParsedChunk, sentence: SpacySpan, marked: SpanIndex, frame: str
) -> Iterator[Attribution]:
    words = object_words()
    for cue in sentence:
        if cue.pos_ != "VERB":
            continue
        lemma = cue.lemma_.lower()
        completions = words.passives.get(lemma)
        naming = completions is None
        if naming:
            completions = words.naming.get(lemma)
        if completions is None or chunk.quoted(cue, marked):
            continue
        found = _judgment(chunk, sentence, cue, completions, naming, marked)
        if found is not None:
            yield Attribution(found.cue, found.speaker, found.content, found.sentence, frame=frame)


def received_judgments(
    chunk: ParsedChunk, sentence: SpacySpan, marked: SpanIndex, frame: str
) -> Iterator[Attribution]:
    """`The stadium has drawn criticism from residents for its size`: the subject is judged,
    for what the noun's (or verb's) preposition says; the judge is the `from` phrase."""
    received = object_words().received
    nouns, verbs = received.get("nouns", frozenset()), received.get("verbs", frozenset())
    for noun in sentence:
        verb = noun.head
        if noun.dep_ != "dobj" or noun.lemma_.lower() not in nouns:
            continue
        if verb.lemma_.lower() not in verbs or chunk.quoted(noun, marked):
            continue
        found = _received(chunk, sentence, verb, noun, received.get("preps", frozenset()))
        if found is not None:
            yield Attribution(found.cue, found.speaker, found.content, found.sentence, frame=frame)


def _received(
    chunk: ParsedChunk, sentence: SpacySpan, verb: Token, noun: Token, preps: frozenset[str]
) -> Attribution | None:
    judged = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if judged is None:
        return None
    holders = [c for c in (*noun.children, *verb.children) if c.dep_ == "prep" and c.i > noun.i]
    judge = next((prep_object(c) for c in holders if c.lower_ == "from"), None)
    reasons = [c for c in holders if c.lower_ in preps and prep_object(c) is not None]
    if judge is None and not reasons:
        return None  # "The coach's speech won praise": whose, and for what, is unsaid
    last = max((c.right_edge for c in reasons), key=lambda t: t.i, default=judged.right_edge)
    content = trimmed_content(chunk, judged.left_edge, last)
    if content is None:
        return None  # "He drew criticism": nothing a reader could check
    return Attribution(
        cue=chunk.tokens_span(verb, noun),
        speaker=mention_from_token(chunk, speaking_for(judge)) if judge is not None else None,
        content=content,
        sentence=sentence_span(chunk, sentence),
    )


def _judgment(
    chunk: ParsedChunk,
    sentence: SpacySpan,
    cue: Token,
    completions: frozenset[str],
    naming: bool,
    marked: SpanIndex,
) -> Attribution | None:
    judged = _judged(cue)
    if judged is None and not naming:
        judged = headline_passive(cue)
        completions = completions - {"small"}  # "Ruiz considered a threat" is active
    if judged is None:
        return None
    parts = [c for c in cue.children if c.i > cue.i and _completes(c, completions)]
    on_agent = not parts
    if on_agent:
        parts = _after_agent(cue, completions)
    if not parts:
        return None
    agent = _agent(cue, parts)
    if agent is not None and chunk.quoted(agent, marked):
        agent = None
    if naming and agent is None:
        return None  # "a group called Friends of the River": a name, nobody's judgment
    if agent is None and any(c.dep_ == "aux" and c.tag_ == "MD" for c in cue.children):
        return None  # "could be seen as a turning point": the writer's own hedge or forecast
    if agent is None and judged.left_edge.tag_ in _RELATIVES:
        return None  # "in what is seen as a snub": mostly the writer's own gloss
    last = completed_end(cue, max((c.right_edge for c in parts), key=lambda t: t.i))
    if (
        agent is not None
        and agent.right_edge.i == last.i
        and agent.head.i > judged.i
        and not on_agent
    ):
        last = agent.head.nbor(-1)  # "seen as a victory [by the fans]": the judge ends it
    content = trimmed_content(chunk, judged.left_edge, last)
    if content is None:
        return None
    return Attribution(
        cue=chunk.token_span(cue),
        speaker=mention_from_token(chunk, speaking_for(agent)) if agent is not None else None,
        content=content,
        sentence=sentence_span(chunk, sentence),
    )


def _judged(cue: Token) -> Token | None:
    """What is judged: the passive's subject before it (`The plan was criticised`) or the noun
    a bare participle modifies (`a farmer accused of ...`)."""
    if cue.dep_ == "acl" and cue.tag_ == "VBN" and cue.head.i < cue.i:
        return cue.head
    if not any(c.dep_ == "auxpass" for c in cue.children):
        return None
    return next((c for c in cue.children if c.dep_ == "nsubjpass" and c.i < cue.i), None)


def headline_passive(cue: Token) -> Token | None:
    """`Port Chief Accused Of Lying`: a headline drops the passive's `was`, and the parser
    reads the verb as active with the judged as its subject. An active `accuse` or
    `criticise` has an object; with none, no auxiliary and the verb the sentence's root, the
    subject before it is what is judged."""
    if cue.dep_ != "ROOT" or cue.tag_ not in ("VBN", "VBD"):
        return None
    if any(c.dep_ in _ACTIVE_DEPS for c in cue.children):
        return None
    return next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)


def _agent(cue: Token, parts: list[Token]) -> Token | None:
    """Who judges: the object of the `by` phrase (`criticised by the unions`), which the
    parser may hang on the judgment (`seen as a victory by the fans`)."""
    holders = [cue, *parts, *(t for t in map(prep_object, parts) if t is not None)]
    for child in (c for holder in holders for c in holder.children):
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            found = prep_object(child)
            if found is not None and found.pos_ in ("NOUN", "PROPN", "PRON"):
                return found
    return None


def _after_agent(cue: Token, completions: frozenset[str]) -> list[Token]:
    """`will be remembered by historians as a reformer`: the parser may hang what completes
    the verb on the agent's noun."""
    agent = next((c for c in cue.children if c.dep_ == "agent"), None)
    judge = prep_object(agent)
    if judge is None:
        return []
    return [c for c in judge.children if c.i > judge.i and _completes(c, completions)]


def _completes(child: Token, completions: frozenset[str]) -> bool:
    """`for cutting jobs`, `of lying`, `as a threat`, `a big win` (`small`), `to be a risk`."""
    if child.dep_ in ("prep", "dative") and child.lower_ in completions:
        target = prep_object(child)
        return target is not None and not lone_pronoun(target)
    if "as" in completions and as_description(child):
        return True
    if "small" not in completions or child.dep_ not in _PREDICATE_DEPS:
        return False
    if child.dep_ == "xcomp":  # "is considered to be a risk"
        return child.lemma_ == "be" and any(c.lower_ == "to" for c in child.children)
    return child.pos_ in _PREDICATE_POS
