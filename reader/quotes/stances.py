"""Beliefs, intentions and feelings reported with a clause, by an adjective or a noun.

`The nurses are confident that ...`, `is determined to ...` (an adjective of belief or
feeling, cues.json `stance_adjectives`); `the union's view that ...`, `made the case
that ...`, `his plan to ...`, `Her argument is that ...`, `In the council's view, ...`
(a noun, `stance_nouns`), also held by the subject of the verb a `with` phrase hangs on
(`She toured the state, with plans to return`). Each needs a real source: a person, group
or organisation that holds the stance, never an expletive `it` ("it is certain that ...").
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from reader.quotes.intents import held_after_noun
from reader.quotes.object_bounds import that_after_phrases
from reader.quotes.object_lexicon import object_words
from reader.quotes.parsed import ParsedChunk, SpanIndex
from reader.quotes.reach import Attribution, attribution_over, reported_end
from reader.quotes.subjects import find_speaker_token

_NOT_SOURCES = frozenset({"it", "this", "that", "there", "what", "which", "these", "those"})
_NON_PERSON_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "MONEY"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_HOLDING = _SUBJECTS | {"pobj"}  # a noun whose clause ends before the main clause
_VIEW_NOUNS = frozenset({"view", "opinion", "estimation", "judgment", "judgement"})
_NEGATIONS = frozenset({"not", "never"})
_HELD_IN = frozenset({"with", "in", "under"})


def adjective_attribution(
    chunk: ParsedChunk, sentence: SpacySpan, adjective: Token, marked: SpanIndex
) -> Attribution | None:
    """`X is sure / confident / worried that ...`, `X is determined to ...`."""
    if adjective.dep_ == "amod" and adjective.head.i < adjective.i and _is_source(adjective.head):
        return held_after_noun(chunk, sentence, adjective, marked, adjective.head)
    if adjective.dep_ not in ("acomp", "ROOT"):
        return None  # "a sure thing", "sure enough": no one's stance
    holder = _subject_of(adjective.head if adjective.dep_ == "acomp" else adjective, _SUBJECTS)
    if holder is None:
        return None
    bounds = _clause_after(sentence, adjective, marked, chunk)
    if bounds is None:
        return None
    return attribution_over(chunk, sentence, adjective, holder, *bounds, frame="ccomp")


def noun_attribution(
    chunk: ParsedChunk, sentence: SpacySpan, noun: Token, marked: SpanIndex
) -> Attribution | None:
    """A stance noun with its clause, owned by a source."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return None  # "has no plans to stop" holds no stance to report
    holder = _owner(noun)
    if holder is None:
        return _unowned(chunk, sentence, noun, marked)
    if noun.lower_ in _VIEW_NOUNS and _in_phrase(noun):
        bounds = _main_clause(sentence, noun)
    elif noun.dep_ == "nsubj" and noun.head.lemma_ == "be" and _clause_child(noun) is None:
        clause = _clause_child(noun.head)
        bounds = (_after_that(clause), clause.right_edge) if clause is not None else None
    else:
        bounds = _clause_after(sentence, noun, marked, chunk)
    if bounds is None:
        return None
    return attribution_over(chunk, sentence, noun, holder, *bounds, frame="noun")


def _unowned(
    chunk: ParsedChunk, sentence: SpacySpan, noun: Token, marked: SpanIndex
) -> Attribution | None:
    """`Complaints that the rules hurt farms grew`, `because of fears that ...`: a stance
    nobody is named as holding, reported with no source when its `that` clause (not a
    relative clause: `that` is its mark) comes right after it. Only the nouns of what is
    said in public (objects.json `open_nouns`): a belief, hope or idea has a holder."""
    if noun.lemma_.lower() not in object_words().open_nouns or noun.i + 1 >= sentence.end:
        return None  # "the belief that ...": a belief has a holder, named in the context
    that = noun.nbor(1)
    if that.lower_ != "that" or that.dep_ != "mark" or that.head.head.i != noun.i:
        return None
    if not _complete(that.head):
        return None  # "the case that she would make": a relative clause, not what is held
    bounds = _clause_after(sentence, noun, marked, chunk)
    if bounds is None:
        return None
    return attribution_over(chunk, sentence, noun, None, *bounds, frame="noun")


def _complete(clause: Token) -> bool:
    """Whether a clause lacks nothing: the parser marks a relative `that` as it marks a
    complement's, but a relative clause's verb lacks the object `that` stands for (`the case
    that she would make`). Its last verb (`has said he would make`) must have an object, a
    complement or be passive or a copula."""
    verb = clause
    while (
        inner := next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp")), None)
    ) is not None:
        verb = inner
    if verb.pos_ == "AUX" or verb.lemma_ == "be":
        return True
    return any(c.dep_ in _COMPLETING for c in verb.children)


_COMPLETING = frozenset({"dobj", "attr", "acomp", "oprd", "dative", "nsubjpass", "auxpass", "prt"})


def _clause_after(
    sentence: SpacySpan, cue: Token, marked: SpanIndex, chunk: ParsedChunk
) -> tuple[Token, Token] | None:
    """`... that <clause>` right after the cue (its end cut at other attributions), or a
    to-clause the parser hangs on it (`determined to win`, `his plan to sell`)."""
    that = _that_after(cue)
    if that is not None and that.i + 1 < sentence.end:
        last = reported_end(sentence, cue, that.nbor(1), marked, chunk)
        if last is None:
            return None
        held = that.head
        owned = cue.dep_ in _HOLDING and held.head.i == cue.i
        # "Complaints that ... went unanswered", "Despite fears that ..., the mill opened",
        # "made the case to the board that ..., and left": the rest is not their words
        if (owned or that.i > cue.i + 1) and that.i < held.right_edge.i < last.i:
            last = held.right_edge
        return that.nbor(1), last
    clause = _clause_child(cue)
    if clause is None or clause.left_edge.i != cue.i + 1:
        return None
    if clause.dep_ == "ccomp" or _infinitive_opening(clause):
        return _after_that(clause), clause.right_edge
    return None


def _infinitive_opening(clause: Token) -> bool:
    """`to sell`, and `not to sell` (`his decision not to run`)."""
    first = clause.left_edge
    if first.lower_ in _NEGATIONS and first.i + 1 < clause.i:
        first = first.nbor(1)
    return first.lower_ == "to"


def _that_after(cue: Token) -> Token | None:
    """The `that` opening the cue's clause: right after it, or after the listener
    (`made the case to a room of voters that ...`)."""
    doc = cue.doc
    index = cue.i + 1
    listener = index < len(doc) and doc[index].lower_ == "to"
    agent = _agent_of(cue)
    if (listener and doc[index].dep_ in ("prep", "dative")) or agent is not None:
        index = doc[index].right_edge.i + 1
    if index < len(doc) and doc[index].lower_ == "that" and doc[index].dep_ == "mark":
        return doc[index]
    if index == cue.i + 1 and index < len(doc) and doc[index].lower_ == "that":
        return doc[index]
    return that_after_phrases(cue)


def _clause_child(token: Token) -> Token | None:
    return next(
        (c for c in token.children if c.dep_ in ("ccomp", "xcomp", "acl") and c.i > token.i),
        None,
    )


def _after_that(clause: Token) -> Token:
    first = clause.left_edge
    return first.nbor(1) if first.lower_ == "that" and first.i < clause.i else first


def _in_phrase(noun: Token) -> bool:
    """`In the council's view, ...`: the noun is the object of a sentence-level `in`."""
    return (
        noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ in ("VERB", "AUX")
    )


def _main_clause(sentence: SpacySpan, noun: Token) -> tuple[Token, Token] | None:
    """The clause the `in X's view` phrase modifies, without the phrase."""
    phrase = noun.head
    verb = phrase.head
    if phrase.i < verb.i:
        first = phrase.right_edge.nbor(1)
        while first.is_punct and first.i < verb.i:
            first = first.nbor(1)
        return first, verb.right_edge if verb.right_edge.i > phrase.i else sentence[-1]
    before = phrase.left_edge.nbor(-1) if phrase.left_edge.i > sentence.start else None
    return (verb.left_edge, before) if before is not None else None


def _owner(noun: Token) -> Token | None:
    """Who holds the stance: `the union's view`, `the DOJ demand`, the subject of the verb
    the noun is the object of (`made the case that`, `expressed the hope that`), or the
    `from`/`by` phrase after it (`complaints from the minister that ...`)."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        owner = next((c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    agent = _agent_of(noun) if owner is None else None
    if agent is not None:
        owner = next((c for c in agent.children if c.dep_ == "pobj"), None)
    if owner is None and noun.dep_ == "dobj" and not _received(noun):
        owner = _subject_of(noun.head) or find_speaker_token(
            noun.head
        )  # "..., but made a decision to"
    if owner is None and _with_phrase(noun):
        owner = _subject_of(noun.head.head)  # "The campaign set off, with plans to ..."
    return owner if owner is not None and _is_source(owner) else None


def _received(noun: Token) -> bool:
    """`faced criticism that ...`, `dismissed the criticism that ...`: a judgment (objects.json
    `received` nouns) is the object of its target's verb, not its holder's."""
    return noun.lemma_.lower() in object_words().received.get("nouns", frozenset())


def _with_phrase(noun: Token) -> bool:
    """`..., with plans to return`, `waited in hopes that ...`, `signed up under the belief
    that ...`: the noun is the object of a `with`, `in` or `under` on a verb."""
    phrase = noun.head
    return (
        noun.dep_ == "pobj"
        and phrase.lower_ in _HELD_IN
        and phrase.head.pos_ in ("VERB", "AUX")
        and phrase.i < noun.i
    )


def _agent_of(noun: Token) -> Token | None:
    """`complaints from the minister that ...`, `a demand by the union that ...`: the phrase
    right after the noun naming who holds it."""
    after = noun.i + 1
    return next(
        (
            c
            for c in noun.children
            if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by") and c.i == after
        ),
        None,
    )


def _subject_of(verb: Token, deps: frozenset[str] = frozenset({"nsubj"})) -> Token | None:
    """The verb's subject (`deps`: also a participle's, `were shocked that`)."""
    subject = next((c for c in verb.children if c.dep_ in deps), None)
    return subject if subject is not None and _is_source(subject) else None


def _is_source(token: Token) -> bool:
    if token.lower_ in _NOT_SOURCES or token.ent_type_ in _NON_PERSON_ENTS:
        return False
    return token.pos_ in ("PROPN", "NOUN", "PRON")
