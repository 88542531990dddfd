"""Reported questions: what somebody asked, wondered or talked about, and who asked it.

A question put to somebody is reported speech of its own, the asker's: `Park asked the
minister about the harbour`, `Park wondered about the cost`, `Park asked for a recount`.
The passive hides the asker: `Ruiz was asked whether the ferry would run` and `Ruiz was asked
about the ferry` report a question with no speaker named (the one asked is not its speaker),
and so does a fronted participle, `Asked about the ferry, Ruiz said ...` (the quote after it
is Ruiz's; the question is nobody's named). A question noun puts the topic after its
preposition: `asked him a question about the levy`, `put a question about the levy to him`
(credited to who asked). A topic may hang on the listener: `talked to voters
about the ferry`.

The verbs' clause frames with a subject (`Park asked whether ...`, `Park wondered why ...`)
are cues.json's, read by `indirect`; this module takes what those leave. The words are in
questions.json.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from reader.quotes.frames import FRAME_FINDERS
from reader.quotes.lexicon import read_json
from reader.quotes.object_bounds import lone_pronoun
from reader.quotes.parsed import ParsedChunk, SpanIndex, in_each_sentence
from reader.quotes.reach import Attribution, attribution_over, reported_end
from reader.quotes.subjects import can_speak, speaker_token

FRAME = "question"  # Attribution.frame of what this module finds

_QUESTION_WORDS = frozenset(
    {"if", "whether", "what", "why", "how", "who", "whom", "whose", "which", "when", "where"}
)
_RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which", "where"})
_COMMA_MARKS = frozenset({",", "—", "–", "(", ";"})
# Phrases between a verb of talking and its topic: to whom, how or where (`at length`).
_BETWEEN = frozenset({"to", "with", "at", "in"})  # not `on condition of anonymity`


@dataclass(frozen=True, slots=True)
class QuestionWords:
    asking: dict[str, frozenset[str]]  # lemma -> prepositions of what is asked about or for
    talking: dict[str, frozenset[str]]  # lemma -> prepositions of the topic
    nouns: frozenset[str]  # "a question about X"
    noun_verbs: frozenset[str]  # verbs that put or answer a question noun


@cache
def question_words() -> QuestionWords:
    data = read_json("questions.json")
    return QuestionWords(
        {lemma: frozenset(preps) for lemma, preps in data["asking"].items()},
        {lemma: frozenset(preps) for lemma, preps in data["talking"].items()},
        frozenset(data["question_nouns"]),
        frozenset(data["question_verbs"]),
    )


def question_attributions(chunks: list[ParsedChunk], marked: SpanIndex) -> list[Attribution]:
    """The reported questions and topics of the parsed chunks (not in headlines, where `X
    asked about Y` is as likely the writer's summary)."""
    return in_each_sentence([c for c in chunks if not c.is_headline], marked, _sentence_questions)


def _sentence_questions(
    chunk: ParsedChunk, sentence: SpacySpan, marked: SpanIndex
) -> Iterator[Attribution]:
    words = question_words()
    for token in sentence:
        if token.pos_ != "VERB" or chunk.quoted(token, marked):
            continue  # a cue inside a quote belongs to the quoted speaker's own words
        lemma = token.lemma_.lower()
        found: Attribution | None = None
        if lemma in words.asking:
            found = _asked(chunk, sentence, token, words.asking[lemma], marked)
        elif lemma in words.talking:
            found = _talked_to(chunk, sentence, token, words.talking[lemma])
        if found is None and lemma in words.noun_verbs:
            found = _question_noun(chunk, sentence, token, words)
        if found is not None:
            yield found


def _asked(
    chunk: ParsedChunk, sentence: SpacySpan, cue: Token, preps: frozenset[str], marked: SpanIndex
) -> Attribution | None:
    """`asked (X) about Y`, `was asked whether ...`, `Asked about Y, X said`."""
    passive = _is_passive(cue)
    bounds = _topic(cue, preps) or _question_clause(chunk, sentence, cue, marked, passive)
    if bounds is None:
        return None
    asks, holder = _asker(cue, passive)
    if not asks:
        return None
    return attribution_over(chunk, sentence, cue, holder, *bounds, frame=FRAME)


def _asker(cue: Token, passive: bool) -> tuple[bool, Token | None]:
    """Whether anyone asks, and who: the agent of a passive (`by the host`), nobody named for
    a passive without one, else the subject (a subject that cannot speak asks nothing)."""
    if passive or _bare_participle(cue):
        agent = next((c for c in cue.children if c.dep_ == "agent"), None)
        return True, next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    holder = speaker_token(cue)
    if holder is None:
        return True, None
    return can_speak(holder), holder


def _is_passive(cue: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in cue.children)


def _bare_participle(cue: Token) -> bool:
    """`When asked about X, Ruiz said`, `Ruiz, asked about X, said`: a passive participle
    with no auxiliary, whose question is the unnamed asker's, never the one asked. The parser
    may take either for a past tense, the second with the name as its subject: a verb set
    off by commas between its subject and the main verb is the participle all the same."""
    bare = not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in cue.children)
    if bare and (cue.tag_ == "VBN" or cue.dep_ in ("advcl", "acl")):
        return True  # the tagger may call the participle of an adverbial a past tense
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    set_off = cue.i > 0 and cue.nbor(-1).text == "," and subject is not None and subject.i < cue.i
    return set_off and cue.dep_ in ("ccomp", "advcl") and cue.head.i > cue.i


def _topic(cue: Token, preps: frozenset[str]) -> tuple[Token, Token] | None:
    """The object of the verb's own `about` (or `for`...), up to a comma's aside."""
    prep = next(
        (c for c in cue.children if c.dep_ == "prep" and c.i > cue.i and c.lower_ in preps),
        None,
    )
    return _prep_object(prep) if prep is not None else None


def _prep_object(prep: Token) -> tuple[Token, Token] | None:
    target = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if target is None or lone_pronoun(target):
        return None  # "asked about it": nothing a reader could check
    return target.left_edge, _before_aside(target.left_edge, target.right_edge)


def _before_aside(first: Token, last: Token) -> Token:
    """The topic without the writer's aside after a comma (`about Lee, who ...`)."""
    for token in first.doc[first.i + 1 : last.i + 1]:
        if token.nbor(-1).text in _COMMA_MARKS and token.lower_ in _RELATIVE_WORDS:
            end = token.nbor(-1)
            while end.i > first.i and end.is_punct:
                end = end.nbor(-1)
            return end
    return last


def _question_clause(
    chunk: ParsedChunk, sentence: SpacySpan, cue: Token, marked: SpanIndex, passive: bool
) -> tuple[Token, Token] | None:
    """`was asked whether ...`, `was asked what happened`, and the `if` clause the parser
    makes an adverbial (`Asked if he was ever afraid, Park said no`). A clausal complement
    of an active verb is cues.json's (`indirect`)."""
    clause = next(
        (c for c in cue.children if c.dep_ == "advcl" and c.i > cue.i and _asks_whether(c)),
        None,
    )
    if clause is not None and not any(c.dep_ in ("xcomp", "ccomp") for c in cue.children):
        # not `asked the board to act if the storm hits`: a request with its condition
        return clause.left_edge, clause.right_edge  # the parser's own bounds of the question
    if not passive:
        return None
    bounds = FRAME_FINDERS["ccomp"](sentence, cue)
    first = bounds[0] if bounds is not None else cue
    if first.i <= cue.i or first.lower_ not in _QUESTION_WORDS:
        return None
    end = reported_end(sentence, cue, first, marked, chunk)
    return (first, end) if end is not None else None


def _asks_whether(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in clause.children)


def _talked_to(
    chunk: ParsedChunk, sentence: SpacySpan, cue: Token, preps: frozenset[str]
) -> Attribution | None:
    """`talked to voters about the ferry`, `spoke at length about the ferry`, `talked
    frankly at a town hall about the ferry`: the parser hangs the topic on the listener, or
    on the noun of the phrase saying how or where the words were said."""
    if any(c.dep_ == "prep" and c.lower_ in preps for c in cue.children):
        return None  # a topic on the verb itself is cues.json's `talk about`
    prep = next(filter(None, (_topic_on(c, preps) for c in cue.children if c.i > cue.i)), None)
    bounds = _prep_object(prep) if prep is not None else None
    holder = speaker_token(cue)
    if bounds is None or holder is None or not can_speak(holder) or _is_passive(cue):
        return None
    return attribution_over(chunk, sentence, cue, holder, *bounds, frame=FRAME)


def _topic_on(phrase: Token, preps: frozenset[str]) -> Token | None:
    """The topic's preposition hung on the noun of a phrase after the verb (`to voters`,
    `at length`, `at a town hall`)."""
    if phrase.dep_ != "prep" or phrase.lower_ not in _BETWEEN:
        return None
    noun = next((c for c in phrase.children if c.dep_ == "pobj"), None)
    if noun is None:
        return None
    return next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in preps), None)


def _question_noun(
    chunk: ParsedChunk, sentence: SpacySpan, cue: Token, words: QuestionWords
) -> Attribution | None:
    """`asked him a question about X`, `questions were asked about X`: the topic of the
    question the verb puts."""
    for noun in _question_nouns(cue, words):
        prep = next(
            (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("about", "over")),
            None,
        )
        bounds = _prep_object(prep) if prep is not None else None
        if bounds is None:
            continue
        asks, holder = _asker(cue, _is_passive(cue))
        if not asks:
            return None
        return attribution_over(chunk, sentence, cue, holder, *bounds, frame=FRAME)
    return None


def _question_nouns(cue: Token, words: QuestionWords) -> Iterator[Token]:
    for child in cue.children:
        if child.dep_ in ("dobj", "nsubjpass") and child.lemma_.lower() in words.nouns:
            yield child
