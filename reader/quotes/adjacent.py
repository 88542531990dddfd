"""Attributions without a catalogued cue: the verb beside a quote, or a name and a colon.

`"Go back to your office," the mayor barked` and `He grinned, "It is a long queue!"`
credit the quote to the subject of the verb next to it, whatever the verb. A line
that opens with a person's name and a colon (`Rosa Quint: The Yard Will Never
Close`) is that person's words, as headlines and transcripts write them.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from reader.documents.model import Span
from reader.quotes.colon_sources import names_a_source
from reader.quotes.direct import ends_with_full_stop
from reader.quotes.indirect import Attribution
from reader.quotes.lexicon import cues, people
from reader.quotes.mentions import Mention, MentionKind, mention_from_token
from reader.quotes.parsed import ParsedChunk
from reader.quotes.speakers import surname_named_in_full

_NON_SPEAKER_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "MONEY"})
_QUOTE_CHARS = frozenset("\"'“”‘’«»")
_NAME_TOKENS = 6
_PARTICLES = frozenset(
    {"back", "up", "out", "on", "in"}
)  # `shot back, "..."`  # longest name a colon line opens with


def verb_beside(chunk: ParsedChunk, quote: Span) -> Attribution | None:
    """The attribution made by a verb right after the quote (`," the mayor barked`) or
    right before it, with a comma or colon between (`He grinned, "..."`)."""
    doc = chunk.doc
    start, end = quote.start - chunk.base, quote.end - chunk.base
    inside = list(chunk.tokens_from(quote))
    if not inside:
        return None
    # After a full stop inside the marks, the next words start a sentence of their own.
    ends_sentence = ends_with_full_stop(chunk.text[start:end])
    after = None if ends_sentence else _next_word(doc, inside[-1].i + 1)
    found = _trailing_verb(after) if after is not None else None
    if found is None:
        found = _leading_verb(doc, inside[0].i - 1)
    if found is None:
        return _signed(chunk, inside[-1].i + 1)
    return _beside(chunk, *found)


def colon_before(chunk: ParsedChunk, colon: int) -> Attribution | None:
    """The attribution a paragraph ending in a colon makes for the quote standing as the
    next paragraph (`Stated Brandt:`, `She echoed:`, `He released this statement:`);
    `colon` is the colon's offset in the text."""
    token = next((t for t in chunk.doc if t.idx == colon - chunk.base), None)
    if token is None or token.text != ":":
        return None
    found = _leading_verb(chunk.doc, token.i)
    return _beside(chunk, *found) if found is not None else None


def _beside(chunk: ParsedChunk, verb: Token, subject: Token) -> Attribution:
    sentence = verb.sent
    speaker = mention_from_token(chunk, subject)
    cue = chunk.token_span(verb)
    if speaker.span.start <= cue.start < speaker.span.end:  # the parser's "Said Ellis"
        start = chunk.token_span(verb.nbor(1)).start
        text = chunk.text[start - chunk.base : speaker.span.end - chunk.base]
        speaker = replace(speaker, span=Span(start, speaker.span.end), text=text)
    return Attribution(
        cue=cue,
        speaker=speaker,
        content=None,
        sentence=chunk.tokens_span(sentence[0], sentence[-1]),
        frame="beside",
    )


def signed_after(chunk: ParsedChunk, quote: Span) -> Attribution | None:
    """The signature after a quote (`"..." ― Jorge Falcon`), or None."""
    inside = list(chunk.tokens_from(quote))
    return _signed(chunk, inside[-1].i + 1) if inside else None


def _signed(chunk: ParsedChunk, index: int) -> Attribution | None:
    """`"..." ― Jorge Falcon`: a quote signed with a dash and a name ending its sentence."""
    doc = chunk.doc
    while index < len(doc) and (_is_mark(doc[index]) or doc[index].is_space):
        index += 1
    # `”―` may come as one token: closing marks glued to the dash
    if index >= len(doc) or doc[index].text.lstrip("".join(_QUOTE_CHARS)) not in _DASHES:
        return None
    name = []
    for token in doc[index + 1 :]:
        if token.is_space or (token.is_punct and token.text not in (".",)):
            break
        name.append(token)
    proper = [t for t in name if t.pos_ == "PROPN" or (t.text == "." and t.i > index + 1)]
    if not 1 < len(name) <= _NAME_WORDS + 1 or len(proper) != len(name) or not name[0].is_title:
        return None
    head = max((t for t in name if t.pos_ == "PROPN"), key=lambda t: t.i)
    speaker = mention_from_token(chunk, head)
    first = chunk.token_span(name[0]).start
    if speaker.span.start < first:  # `”―` glued to the dash, tagged as part of the name
        text = chunk.text[first - chunk.base : speaker.span.end - chunk.base]
        speaker = replace(speaker, span=Span(first, speaker.span.end), text=text, role=None)
    return Attribution(
        cue=chunk.token_span(doc[index]),
        speaker=speaker,
        content=None,
        sentence=chunk.tokens_span(doc[index], name[-1]),
        frame="signed",
    )


_DASHES = frozenset({"―", "—", "–", "-", "--"})


def _next_word(doc: Doc, index: int) -> Token | None:
    while index < len(doc):
        token = doc[index]
        if not (token.is_punct or _is_mark(token) or token.is_space):
            return token
        if token.text in (".", "!", "?") and not _closing_mark_follows(token):
            return None  # the sentence ended: what follows is not beside the quote
        index += 1
    return None


def _closing_mark_follows(token: Token) -> bool:
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is not None and following.text[:1] in _QUOTE_CHARS


def _trailing_verb(first: Token) -> tuple[Token, Token] | None:
    """`," the mayor barked.` or `," barked the mayor.`"""
    if first.is_sent_start and first.is_title and first.i > 0 and first.nbor(-1).text != ",":
        return None  # `"Why?" Rosa asked` stays; `"Stop!" Rain fell.` does not
    if first.pos_ == "VERB":
        subject = _subject(first)
        return (first, subject) if subject is not None and subject.i > first.i else None
    verb = first.head if first.dep_ == "nsubj" else _head_verb_of_subject(first)
    if verb is None or verb.pos_ != "VERB" or verb.i < first.i:
        return None
    subject = _subject(verb)
    if subject is None or subject.left_edge.i != first.i:
        return None
    return verb, subject


def _head_verb_of_subject(token: Token) -> Token | None:
    """The verb of the subject phrase `token` opens (`the mayor`: "the" opens it)."""
    for ancestor in token.ancestors:
        if ancestor.dep_ == "nsubj":
            return ancestor.head
        if ancestor.pos_ == "VERB":
            return None
    return None


def _leading_verb(doc: Doc, index: int) -> tuple[Token, Token] | None:
    """`He grinned, "..."`: a verb, then a comma or colon, then the quote; before a colon
    also a verb's object (`He released the following statement: "..."`)."""
    while index >= 0 and _is_mark(doc[index]):
        index -= 1
    if index < 1 or doc[index].text not in (",", ":"):
        return None
    verb = doc[index - 1]
    if verb.pos_ in ("PROPN", "NOUN"):
        return _inverted(doc, index - 1) or _introduced(doc[index - 1])
    particle = verb.dep_ == "prt" or (verb.dep_ == "advmod" and verb.lower_ in _PARTICLES)
    if (verb.lower_ == "it" and verb.dep_ == "dobj") or particle:
        verb = verb.head  # `As Ms. Rao put it, "..."`, `She shot back, "..."`
    if verb.pos_ != "VERB":
        return None
    subject = _subject(verb)
    return (verb, subject) if subject is not None and subject.i < verb.i else None


def _inverted(doc: Doc, last: int) -> tuple[Token, Token] | None:
    """`Said Ellis: "..."`, `Added the mayor, "..."`: a sentence opening with a speech verb
    and then its speaker (the parser rarely sees that subject)."""
    subject = doc[last]
    first = subject.sent[0]
    if not 0 < last - first.i <= _NAME_TOKENS or not first.is_title:
        return None
    verb = cues().verb_for(first.lemma_, first.text)
    if verb is None or "ccomp" not in verb.frames:
        return None
    between = doc[first.i + 1 : last + 1]
    if not all(t.pos_ in ("PROPN", "NOUN", "DET", "ADJ") for t in between):
        return None
    return first, subject


def _introduced(last: Token) -> tuple[Token, Token] | None:
    """`Brandt released the following statement:`: the main verb of the words ending at the
    colon, when a person (a name or he, she, they) is its subject."""
    verbs = [a for a in last.ancestors if a.pos_ == "VERB" and a.sent == last.sent]
    verb = verbs[-1] if verbs else None  # the sentence's main verb, not a relative clause's
    if verb is None or last.dep_ not in _OBJECT_DEPS:
        return None
    subject = _subject(verb)
    if subject is None or subject.i > verb.i:
        return None
    if subject.pos_ == "PRON" and subject.lower_ not in _PERSONAL:
        return None
    return (verb, subject) if subject.pos_ != "NOUN" else None


_OBJECT_DEPS = frozenset({"dobj", "pobj", "attr", "npadvmod"})
_PERSONAL = frozenset({"he", "she", "they"})


def _is_mark(token: Token) -> bool:
    """A quote mark token, also a doubled apostrophe ('')."""
    return bool(token.text) and all(char in _QUOTE_CHARS for char in token.text)


def _subject(verb: Token) -> Token | None:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.ent_type_ in _NON_SPEAKER_ENTS:
        return None
    if subject.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    return subject


def name_colon_attributions(chunks: list[ParsedChunk], text: str = "") -> list[Attribution]:
    """`Name: ...` lines; `text`, the whole document, tells a lone surname (`Brandt: '...'`)
    from a label (`Exclusive: '...'`): the document names that person in full elsewhere."""
    found = []
    for chunk in chunks:
        for sentence in chunk.sentences():
            attribution = name_colon(chunk, sentence, text)
            if attribution is not None:
                found.append(attribution)
    return found


def name_colon(chunk: ParsedChunk, sentence: SpacySpan, text: str = "") -> Attribution | None:
    """`Rosa Quint: ...` at the start of a sentence: the named person's words follow."""
    colon, start = _after_dash(sentence)
    if colon is None:
        start = sentence.start
        colon = next((t for t in sentence[: _NAME_TOKENS + 1] if t.text == ":"), None)
    if colon is None or colon.i == start:
        return None
    # The parser may end the sentence at the colon (`Rosa Quint:` then `The Yard ...`):
    # the words are then the next sentence of the chunk, which never leaves the paragraph.
    end = sentence.end if colon.i + 1 < sentence.end else _next_sentence_end(sentence)
    if end is None:
        return None
    before = sentence.doc[start : colon.i]
    # "Rosa Quint on the Harbour Vote:" names the speaker, then the subject.
    # "Rosa Quint to the Council:", "Rosa Quint at the Rally:" name the listener or place.
    topic = next((t.i for t in before if t.lower_ in _TOPIC_WORDS and t.i > start), colon.i)
    name = sentence.doc[start:topic]
    quoted = colon.nbor(1).text[:1] in _QUOTE_CHARS
    # A lone surname the text names in full elsewhere (`Brandt: Harbour deal is dead`) is
    # that person's headline words, in marks or not; an outlet or poll opening a line too.
    opens = chunk.base + sentence.doc[start].idx
    if not (
        _names_a_person(name, quoted)
        or _known_surname(name, text)
        or (topic == colon.i and names_a_source(name, opens, text))
    ):
        return None
    rest = sentence.doc[colon.i + 1 : end]
    content = chunk.tokens_span(rest[0], rest[-1])
    if not any(c.isalpha() for c in chunk.text[rest.start_char : rest.end_char]):
        return None
    return Attribution(
        cue=chunk.token_span(colon),
        speaker=_line_name(chunk, name),
        content=_trim_marks(chunk.text, content, chunk.base),
        sentence=chunk.tokens_span(sentence[0], rest[-1]),
        frame="colon",
    )


def _line_name(chunk: ParsedChunk, name: SpacySpan) -> Mention:
    """The speaker a `Name:` line opens with: the name itself, also when the tagger took a
    surname for an adjective or verb, or hung a name from across the colon on it as an
    appositive (`Brandt: Quint's "..."` is Brandt's line, not Quint's)."""
    head = name.root
    across = any(c.i >= name.end for c in head.children if c.dep_ == "appos")
    if head.pos_ in ("PROPN", "NOUN", "PRON") and not across:
        return mention_from_token(chunk, head)
    span = chunk.tokens_span(name[0], name[-1])
    text = chunk.text_of(span)
    titles = people().titles | people().honorifics
    own = [t for t in name if t.lower_.rstrip(".") not in titles] or list(name)
    return Mention(
        span=span, text=text, kind=MentionKind.PERSON, name=" ".join(t.text for t in own)
    )


def _after_dash(sentence: SpacySpan) -> tuple[Token | None, int]:
    """`WHAT THE POLLS SAY - Ana Ruiz: "..."`, `EXCLUSIVE – Ana Ruiz: Harbour Stays`: a name
    and a colon after a dash, with words in marks after the colon (a digest's way to credit
    what it quotes) or one word in capitals before the dash (a headline's tag; a heading of
    several words may be a section's title, the name then opening words of the section's
    own). The colon and where the name starts, or None."""
    colon = next((t for t in sentence if t.text == ":"), None)
    if colon is None or colon.i + 1 >= sentence.end:
        return None, sentence.start
    dash = next(
        (t for t in reversed(sentence.doc[sentence.start : colon.i]) if t.text in _DASHES), None
    )
    if dash is None or not 0 < colon.i - dash.i - 1 <= _NAME_TOKENS:
        return None, sentence.start
    label = sentence.doc[sentence.start : dash.i]
    tag = len(label) == 1 and label[0].is_upper and label[0].is_alpha and len(label[0]) > 1
    if not tag and colon.nbor(1).text[:1] not in _QUOTE_CHARS:
        return None, sentence.start
    return colon, dash.i + 1


def _next_sentence_end(sentence: SpacySpan) -> int | None:
    doc = sentence.doc
    if sentence.end >= len(doc) or "\n" in doc[sentence.end - 1].whitespace_:
        return None
    return doc[sentence.end].sent.end


def _names_a_person(name: SpacySpan, quoted: bool) -> bool:
    """A person's name: proper nouns the tagger calls a person, or that open with a known
    first name; before words in marks the tagger's "organisation" is let pass too (it
    tags most `Name Surname:` lines so), but never a place."""
    # Title words may come first ("Republican pollster Daron Shaw"); the name ends the line.
    start = len(name)
    while start > 0 and name[start - 1].pos_ == "PROPN":
        start -= 1
    while start > 1 and name[start - 1].lower_ == "and" and name[start - 2].pos_ == "PROPN":
        start -= 2  # "Blumenthal and Cohen:"
        while start > 0 and name[start - 1].pos_ == "PROPN":
            start -= 1
    if start and not all(t.pos_ in ("ADJ", "NOUN", "PROPN") or _is_code(t) for t in name[:start]):
        return False
    name = name[start:]
    words = people()
    titles = words.titles | words.honorifics
    if len(name) > 2 and _is_code(name[0]) and name[1].lower_.rstrip(".") in titles:
        name = name[1:]  # "NM Sen. Ruiz:": a state's or party's code before the title
    while len(name) > 1 and name[0].lower_.rstrip(".") in titles:
        name = name[1:]  # "Dr. Ana Ruiz:", "Sen. Ruiz:": the title is no part of the name
        if all(t.pos_ == "PROPN" for t in name):
            return True  # a title before proper nouns names a person
    if not 1 <= len(name) <= 2 * _NAME_WORDS + 1:
        return False
    if any(t.ent_type_ in _NON_SPEAKER_ENTS or t.ent_type_ == "NORP" for t in name):
        return False
    if all(t.ent_type_ == "PERSON" for t in name):
        return True
    first_name = name[0].lower_ in words.male_names | words.female_names and len(name) > 1
    return first_name or (
        quoted and len(name) > 1 and all(t.is_title or t.lower_ == "and" for t in name)
    )


_NAME_WORDS = 4


def _is_code(token: Token) -> bool:
    """A short code in capitals (`NM`, `GOP`): a state's or a party's, before a title."""
    return token.is_alpha and token.is_upper and 2 <= len(token) <= 3


_TOPIC_WORDS = frozenset({"on", "to", "at"})


def _known_surname(name: SpacySpan, text: str) -> bool:
    """One title-case word that the document elsewhere gives with a first name or title."""
    if len(name) != 1 or not name[0].is_title or name[0].ent_type_ in _NON_SPEAKER_ENTS:
        return False
    return surname_named_in_full(text, name[0].text)


def _trim_marks(text: str, span: Span, base: int) -> Span:
    start, end = span.start - base, span.end - base
    while start < end and (text[start] in _QUOTE_CHARS or text[start].isspace()):
        start += 1
    while end > start and text[end - 1] in _QUOTE_CHARS | frozenset("."):
        end -= 1
    return Span(base + start, base + end)
