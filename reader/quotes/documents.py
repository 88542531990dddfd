"""Documents issued, and what they say: `The county released a report on the delays`,
`The council filed a lawsuit against the builder`, `The campaign put out an ad about the
senator's record`, `The board sent the mayor a message: the deal is off`.

A verb of issuing (documents.json `verbs`: release, issue, publish, file, deliver, send,
`put out`, ...) whose object is a document (`nouns`: a statement, a report, a lawsuit, an
ad, a speech, a list, details, ...) makes a claim when the document's own words follow it:
a preposition of what it says or is about (`a list of donors`, `a suit against the city`,
`an ad about the levy`), a clause on it (`a robocall spotlighting ...`, `a petition to
stop ...`, `books that explore ...`) or a colon and the words themselves. The claim is the
object, the speaker who issued it (the verb's subject). A bare document says nothing a
reader could check (`released a statement`, `sent a letter to the board`, `filed for
bankruptcy`), and a document that reports through a cue verb of its own (`a statement
saying that ...`, `an ad attacking ...`) is read at that verb.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from reader.documents.model import Span
from reader.quotes.document_lexicon import document_words
from reader.quotes.lexicon import cues
from reader.quotes.mentions import mention_from_token
from reader.quotes.object_bounds import (
    completed_end,
    is_passive,
    is_purpose,
    may_speak,
    noun_word,
    prep_object,
    speaking_for,
    trimmed_content,
)
from reader.quotes.object_lexicon import object_words
from reader.quotes.parsed import ParsedChunk, SpanIndex
from reader.quotes.reach import Attribution, reported_end, sentence_span
from reader.quotes.subjects import find_speaker_token

_NOT_TOPICS = frozenset({"DATE", "TIME"})  # "a statement on Monday"
_RELATIVES = frozenset({"that", "which", "who"})
_CLAUSE_DEPS = frozenset({"acl", "relcl", "ccomp"})


def document_claims(
    chunk: ParsedChunk,
    sentence: SpacySpan,
    marked: SpanIndex,
    frame: str,
    taken: list[Attribution],
) -> Iterator[Attribution]:
    """What the documents issued in `sentence` say, leaving verbs another reading of the
    sentence already took (`taken`: `issued a statement about X` is read at its noun)."""
    words = document_words()
    cue_starts = {a.cue.start for a in taken}
    for token in sentence:
        if token.pos_ != "VERB" or chunk.quoted(token, marked):
            continue
        if chunk.token_span(token).start in cue_starts or words.verb_for(token) is None:
            continue
        found = _claim(chunk, sentence, token, marked)
        if found is not None:
            yield replace(found, frame=frame)


def _claim(
    chunk: ParsedChunk, sentence: SpacySpan, verb: Token, marked: SpanIndex
) -> Attribution | None:
    if is_passive(verb) or is_purpose(verb) or verb.dep_ == "relcl":
        # "a report was released", "plans to release a report": no claim yet; "Ruiz, who
        # published a book on ...": who she is, not what she says here
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    document = _document(obj) if obj is not None else None
    if obj is None or document is None:
        return None
    speaker = find_speaker_token(verb)
    if speaker is None or not may_speak(speaker) or chunk.quoted(speaker, marked):
        return None
    colon = _colon(sentence, obj)
    if colon is not None:
        return _attribution(chunk, sentence, verb, speaker, None, chunk.token_span(colon).end)
    if not _says_something(document) and not _topic_after(verb, obj):
        return None
    last = completed_end(verb, obj.right_edge)
    ended = reported_end(sentence, verb, obj.left_edge, marked, chunk)
    if ended is None:
        return None
    content = trimmed_content(chunk, obj.left_edge, min(last, ended, key=_index))
    if content is None:
        return None
    return _attribution(chunk, sentence, verb, speaker, content, None)


def _attribution(
    chunk: ParsedChunk,
    sentence: SpacySpan,
    verb: Token,
    speaker: Token,
    content: Span | None,
    colon_end: int | None,
) -> Attribution:
    particle = next((c for c in verb.children if c.dep_ == "prt" and c.i > verb.i), None)
    return Attribution(
        cue=chunk.tokens_span(verb, particle if particle is not None else verb),
        speaker=mention_from_token(chunk, speaking_for(speaker)),
        content=content,
        sentence=sentence_span(chunk, sentence),
        colon_end=colon_end,
    )


def _colon(sentence: SpacySpan, obj: Token) -> Token | None:
    """The colon after the object that opens the document's words (`a message: the deal is
    off`), right after the object or hung on its noun (the parser may join the words on)."""
    after = obj.right_edge.i + 1
    if after < sentence.end and sentence.doc[after].text == ":":
        return sentence.doc[after]
    return next((c for c in obj.children if c.text == ":" and c.i > obj.i), None)


def _index(token: Token) -> int:
    return token.i


def _document(obj: Token) -> Token | None:
    """The document noun the object names: itself, or what a number of them counts (`a
    flurry of books`)."""
    words = document_words()
    if obj.pos_ != "NOUN":
        return None
    lemma = noun_word(obj)
    if lemma in words.nouns:
        return obj
    if lemma not in words.groups:
        return None
    counted = prep_object(next((c for c in obj.children if c.lower_ == "of"), None))
    if counted is not None and noun_word(counted) in words.nouns:
        return counted
    return None


def _says_something(document: Token) -> bool:
    """The document has words of its own after it: what it is about, or a clause on it
    that is not a cue of its own (`a statement saying ...` is read at `saying`)."""
    words = document_words()
    found = False
    for child in document.children:
        if child.i < document.i:
            continue
        if child.dep_ in _CLAUSE_DEPS:
            if _reports_itself(child) or cues().is_stance_noun(document.lower_):
                return False  # "a statement saying ...", "a complaint that ...": read there
            found = found or _content_clause(child)
        elif child.dep_ == "prep" and child.lower_ in words.preps:
            found = found or _topic(child)
    return found


def _topic_after(verb: Token, obj: Token) -> bool:
    """`filed [a lawsuit] [against the builder]`: the parser may hang what the document is
    about on the verb, right after the object."""
    words = document_words()
    return any(
        c.dep_ == "prep" and c.lower_ in words.preps and c.i == obj.right_edge.i + 1 and _topic(c)
        for c in verb.children
    )


def _reports_itself(clause: Token) -> bool:
    """A cue of its own (`saying that ...`, `criticising the plan`, `detailing the costs`)
    reports what follows it, with the document's issuer as its speaker."""
    if cues().verb_for(clause.lemma_, clause.text) is not None:
        return True
    return object_words().verb_for(clause.lemma_, clause.text) is not None


def _content_clause(clause: Token) -> bool:
    """`a robocall spotlighting ...`, `a petition to stop ...`, `evidence that ...`, `books
    that explore ...`; not `a report that he wrote` (the relative is the object) nor `a statement
    released Monday`."""
    if clause.dep_ != "relcl":
        return clause.tag_ != "VBN"
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in _RELATIVES


def _topic(prep: Token) -> bool:
    """`about the levy`, `of 200 donors`; not `on Monday`, not `on television`."""
    target = prep_object(prep)
    if target is None or target.ent_type_ in _NOT_TOPICS:
        return False
    return target.lemma_.lower() not in object_words().venues
