"""Claims named by a speech-act noun nobody in the sentence owns: `the debate over the new
stadium`, `questions about the council's accounts`, `criticism from farmers over the new
rules`, `the question of whether the bridge is safe`, `The question is whether ...`. News
often reports what is being asked, argued or criticised without saying who by; what it is
about is the object of the noun's preposition, reported with no speaker, or with the
`from` phrase's (`questions from reporters about ...`). The preposition may hang on the
verb the noun is the subject of (`a furor arose over ...`, `questions remain about ...`).
The nouns and their prepositions are objects.json `open_nouns`; `open_clause_nouns` hold
only with a question clause.

A noun with an owner (`her criticism of ...`), a `by` agent, or a verb that makes its
subject the speaker (`raised questions about ...`) is `owned_nouns`' or `object_nouns`'
to read; `no questions about ...` reports nothing; the content must run to
`object_bounds.MIN_WORDS` words.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from reader.documents.model import Span
from reader.quotes.called_for import for_infinitive_end
from reader.quotes.mentions import mention_from_token
from reader.quotes.object_bounds import (
    lone_pronoun,
    may_speak,
    phrase_end,
    prep_object,
    speaking_for,
    trimmed_content,
)
from reader.quotes.object_lexicon import ObjectWords, object_words
from reader.quotes.owned_nouns import owner_of
from reader.quotes.parsed import ParsedChunk, SpanIndex
from reader.quotes.reach import Attribution, sentence_span
from reader.quotes.subjects import find_speaker_token

FRAME = "object"  # a noun-phrase claim: it outranks no verb's report
_QUESTION_WORDS = frozenset({"whether", "how", "what", "why", "who", "when", "if", "where"})
_SETTING_ENTS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})
_PEOPLE_ENTS = frozenset({"PERSON", "ORG", "NORP"})
_PERSONAL = frozenset({"he", "she", "they", "we", "i", "you"})


def open_claims(
    chunk: ParsedChunk, sentence: SpacySpan, marked: SpanIndex
) -> Iterator[Attribution]:
    words = object_words()
    for noun in sentence:
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or chunk.quoted(noun, marked):
            continue
        if lemma not in words.open_nouns and lemma not in words.open_clauses:
            continue
        if _read_elsewhere(noun, words) or _denied(noun) or _near_a_person(noun):
            continue
        found = _claim(chunk, sentence, noun, words, marked)
        if found is not None:
            yield found


def _read_elsewhere(noun: Token, words: ObjectWords) -> bool:
    """An owner (`her criticism of`, `with criticism of` on a verb), a `by` agent, or a verb
    whose subject speaks through the noun (`raised questions about`, objects.json `nouns`;
    `drew criticism for`, `received`): another module names the speaker."""
    if any(c.dep_ == "poss" for c in noun.children):
        return True
    if noun.lemma_.lower() in words.owned and owner_of(noun) is not None:
        return True  # "roused the crowd with criticism of ...": the subject's criticism
    if any(c.dep_ in ("prep", "agent") and c.lower_ == "by" for c in noun.children):
        return True
    if noun.dep_ != "dobj":
        return False
    verb = noun.head.lemma_.lower()
    entry = words.noun_for(noun.lemma_)
    if entry is not None and (not entry.verbs or verb in entry.verbs):
        return _object_noun_prep(noun, entry.preps)
    received = words.received
    return verb in received.get("verbs", frozenset()) and noun.lemma_.lower() in received.get(
        "nouns", frozenset()
    )


def _object_noun_prep(noun: Token, preps: frozenset[str]) -> bool:
    """`raised questions about ...` is `object_nouns`'; `raised the question of whether
    ...` is not (its preposition is not the verb's noun's)."""
    after = (c for c in (*noun.children, *noun.head.children) if c.i > noun.i)
    return any(c.dep_ == "prep" and c.lower_ in preps for c in after)


def _near_a_person(noun: Token) -> bool:
    """`Ruiz faced questions about ...`, `She focused on criticism of ...`: the noun is what a
    named person does something with, and a reader would take them for its source, which
    the noun alone does not say; no claim is better than one credited to nobody."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or verb.pos_ != "VERB":
        return False
    subject = find_speaker_token(verb)
    if subject is None:
        return False
    named = subject.pos_ == "PROPN" or subject.ent_type_ in _PEOPLE_ENTS
    return named or subject.lower_ in _PERSONAL


def _denied(noun: Token) -> bool:
    """`no questions about ...`, `without debate over ...`: nothing asked or argued."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) or (
        noun.dep_ == "pobj" and noun.head.lower_ == "without"
    )


def _claim(
    chunk: ParsedChunk, sentence: SpacySpan, noun: Token, words: ObjectWords, marked: SpanIndex
) -> Attribution | None:
    lemma = noun.lemma_.lower()
    source = _from_phrase(noun)
    if source is not None and (not may_speak(source) or chunk.quoted(source, marked)):
        source = None
    bounds = _prep_bounds(noun, words.open_nouns.get(lemma, frozenset()), questions=False)
    if bounds is None:
        bounds = _prep_bounds(noun, words.open_clauses.get(lemma, frozenset()), questions=True)
    if bounds is None and lemma in words.open_clauses:
        bounds = _question_is(noun)
    if bounds is None:
        return None
    first, last = bounds
    if source is not None and first.i < source.i <= last.i:
        last = source.head.nbor(-1)  # "questions about X from reporters": no part of X
    content = trimmed_content(chunk, first, last)
    if content is None:
        return None
    return _attribution(chunk, sentence, noun, source, content)


def _prep_bounds(
    noun: Token, preps: frozenset[str], *, questions: bool
) -> tuple[Token, Token] | None:
    holders = (noun, *_asked(noun), *_raised_by(noun))
    owned = (c for h in holders for c in h.children if c.dep_ == "prep" and c.i > noun.i)
    prep = next((c for c in owned if c.lower_ in preps), None)
    target = prep_object(prep)
    if prep is None or target is None or lone_pronoun(target):
        return None
    if target.ent_type_ in _SETTING_ENTS:
        return None  # "the debate over the weekend", "criticism in Ohio": when or where
    if questions and target.left_edge.lower_ not in _QUESTION_WORDS:
        return None  # "a question of time": no question put to anyone
    return target.left_edge, for_infinitive_end(prep, phrase_end(noun, prep.right_edge))


def _asked(noun: Token) -> tuple[Token, ...]:
    """Who a question is put to, right after the noun (`questions for the mayor's team
    [about ...]`): the parser hangs what it is about on them as often as on the noun."""
    for prep in noun.children:
        target = prep_object(prep)
        if prep.lower_ in ("for", "to") and prep.i == noun.i + 1 and target is not None:
            return (target,)
    return ()


def _raised_by(noun: Token) -> tuple[Token, ...]:
    """`a furor arose over ...`, `questions remain about ...`: the noun is the subject of a
    verb with no object, and the parser hangs what it is about on the verb."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.i < noun.i:
        return ()
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children):
        return ()
    return (verb,)


def _question_is(noun: Token) -> tuple[Token, Token] | None:
    """`The question is whether ...`: the question clause completing `be`."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_ != "be" or verb.i < noun.i:
        return None
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "attr") and c.i > verb.i), None)
    if clause is None or clause.left_edge.lower_ not in _QUESTION_WORDS:
        return None
    return clause.left_edge, clause.right_edge


def _from_phrase(noun: Token) -> Token | None:
    """`questions from reporters about ...`, `criticism from farmers over ...`."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    return prep_object(prep)


def _attribution(
    chunk: ParsedChunk, sentence: SpacySpan, noun: Token, source: Token | None, content: Span
) -> Attribution:
    return Attribution(
        cue=chunk.token_span(noun),
        speaker=mention_from_token(chunk, speaking_for(source)) if source is not None else None,
        content=content,
        sentence=sentence_span(chunk, sentence),
        frame=FRAME,
    )
