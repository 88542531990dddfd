"""Where reported words end, and the attribution record the cue finders build.

A reported clause runs from its start to the sentence end, but is cut where another
attribution begins (`, and Zelensky said ...`), where the writer's own clause takes
over (`..., but for the party it is a gift`) and before a quote that runs past the
sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from reader.documents.model import Span
from reader.quotes.lexicon import cues
from reader.quotes.mentions import Mention, mention_from_token
from reader.quotes.parsed import ParsedChunk, SpanIndex, inside_any
from reader.quotes.share_reports import comparison_ends_report, joined_share_report

_TRIM = " \t\n,;:.-–—"


@dataclass(frozen=True)
class Attribution:
    cue: Span
    speaker: Mention | None
    content: Span | None  # the reported words; None when the cue takes none here
    sentence: Span
    colon_end: int | None = None  # just past a colon that introduces the speaker's words
    frame: str = "ccomp"
    # The content's pieces when the attribution interrupts it (`The plan, she said, was
    # cheap`); `content` then runs from the first to the last. Empty for one piece.
    parts: tuple[Span, ...] = ()


def reported_end(
    sentence: SpacySpan, cue: Token, first: Token, marked: SpanIndex, chunk: ParsedChunk
) -> Token | None:
    """The rest of the sentence after the cue, cut where another attribution begins."""
    sentence_end = chunk.token_span(sentence[-1]).end
    for token in sentence[first.i - sentence.start + 1 :]:
        span = chunk.token_span(token)
        if inside_any(span, marked):
            continue
        beyond = _opens_quote_beyond(span, marked, sentence_end)
        aside = _trailing_aside(sentence, token) or comparison_ends_report(token, cue)
        cut = token if beyond or aside else _other_attribution(token, cue)
        cut = joined_share_report(token, cue, first) or cut
        if cut is not None and not (beyond or aside) and _interrupted_by(token, cue):
            cut = None
        if cut is not None and cut.i < first.i:
            # "Rossi, who said she votes left, said ...": the other cue's subject holds this
            # report; the report still ends before that cue.
            cut = token
        if cut is not None:
            # Cut at or before its first token: nothing is reported here.
            return _before_joiners(cut.nbor(-1), first) if cut.i > first.i else None
    return sentence[-1]


def _interrupted_by(token: Token, cue: Token) -> bool:
    """`As the paper reported, police found ...`: the clause a cue with no complement of its
    own opens or interrupts is its report, though that clause's verb is a cue too."""
    if token.i != cue.head.i or cue.i > token.i or cue.dep_ not in ("advcl", "parataxis"):
        return False
    if not any(c.dep_ in ("nsubj", "agent") for c in cue.children):
        return False  # "Asked about the plan, she said ...": her answer is the report
    if any(c.dep_ == "ccomp" for c in token.children):
        return False  # the clause reports in turn
    return not any(c.dep_ in ("ccomp", "parataxis", "xcomp", "dobj") for c in cue.children)


def _trailing_aside(sentence: SpacySpan, token: Token) -> bool:
    """The writer's aside that closes the sentence after a comma: a relative clause on the
    last thing named (`..., who leads the race`, `..., which angered the union`; not one that
    reports in turn) or a second act of the speaker's (`..., telling reporters that ...`,
    `..., calling it a sham`)."""
    if token.i == sentence.start or token.nbor(-1).text not in _ASIDE_MARKS:
        return False
    if token.tag_ == "VBG" and token.dep_ in ("advcl", "conj"):
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        return not own_subject and cues().verb_for(token.lemma_, token.text) is not None
    if token.lower_ not in _RELATIVE_WORDS:
        return False
    clause = token.head
    if clause.dep_ != "relcl" or cues().verb_for(clause.lemma_, clause.text) is not None:
        return False  # "..., which had described it as ...": a report within the report
    last = sentence[-1]
    while last.i > clause.i and (last.is_punct or last.is_space):
        last = last.nbor(-1)
    return clause.right_edge.i >= last.i


_ASIDE_MARKS = frozenset({",", "—", "–"})
_RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which", "where"})


def _opens_quote_beyond(span: Span, marked: SpanIndex, sentence_end: int) -> bool:
    """A quote that opens here runs past the sentence: it is the direct quote, not reported."""
    near = marked.overlapping(Span(span.start, span.end + 2))
    return any(span.start <= m.start <= span.end + 1 and m.end > sentence_end for m in near)


def _before_joiners(token: Token, first: Token) -> Token:
    """Back off over the `, and` / `, but` that joined the next clause."""
    while token.i > first.i and (token.is_punct or token.pos_ == "CCONJ"):
        token = token.nbor(-1)
    return token


def _other_attribution(token: Token, cue: Token) -> Token | None:
    """The first token of another attribution starting at `token`, if one does."""
    if token.text in (":", ";"):
        return token
    if token.lower_ in cues().according and token.i + 1 < len(token.doc):
        return token if token.nbor(1).lower_ == "to" else None
    own_subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    is_cue = cues().verb_for(token.lemma_, token.text) is not None and token.pos_ == "VERB"
    if own_subject is not None and is_cue and token.dep_ not in _COMPLEMENT_DEPS:
        return min(own_subject.left_edge, token, key=lambda t: t.i)  # ", and Zelensky said"
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    if own_subject is not None and is_cue and token.dep_ == "advcl" and token.i > cue.i:
        # ", although the authors caution that ...", not "for the judge to criticize ..." nor
        # a fronted "that as voters learned more, ..." with no report of its own
        reports = any(c.dep_ in ("ccomp", "parataxis") for c in token.children)
        return token.left_edge if reports and not infinitive else None
    if own_subject is not None and token.dep_ == "conj" and _after_comma_and(token):
        return token.left_edge  # "..., but for the party it is a gift": the writer's words
    second_report = is_cue and own_subject is None and token.dep_ == "conj" and token.i > cue.i
    if second_report and any(c.dep_ == "ccomp" for c in token.children):
        return token.left_edge  # "... momentum, and said that ...": a report of its own
    if second_report and _coordinated_with(token, cue):
        return token.left_edge  # "says she has ... and calls on her rivals to ...": the cue's
    if token.head.i == cue.i and token.dep_ in ("advcl", "conj"):
        third_person = own_subject is not None and own_subject.lower_ not in _FIRST_PERSON_WORDS
        return token.left_edge if is_cue or third_person else None
    return None


def _coordinated_with(verb: Token, cue: Token) -> bool:
    """A cue verb joined to the reported clause's own verb but in the tense of the cue
    (`said the plan was sound and called ...`): the parser hung the speaker's second act on
    the clause."""
    clause = verb.head
    if clause.dep_ not in ("ccomp", "parataxis") or clause.head.i != cue.i:
        return False
    entry = cues().verb_for(verb.lemma_, verb.text)
    if entry is None or entry.frames.isdisjoint(_ACT_FRAMES):
        # "would not appeal but wanted ...", "is proud and expects to ...": a wish or a
        # belief inside the report, not a second act of the speaker's
        return False
    if not any(c.dep_ in _OWN_FRAME_DEPS for c in verb.children):
        return False
    if verb.tag_ == "VBN" and _perfect(clause) and not _perfect(verb):
        return False  # "has not held dinners and never called a donor": the clause's tense
    tense = _tense(verb)
    return tense is not None and tense == _tense(cue)


def _perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


_OWN_FRAME_DEPS = frozenset({"dobj", "oprd", "xcomp", "prep", "ccomp"})
_ACT_FRAMES = frozenset({"oprd", "prep", "dobj", "as"})  # calling, urging, praising...


def _tense(verb: Token) -> str | None:
    if verb.tag_ in ("VBZ", "VBP"):
        return "present"
    if verb.tag_ in ("VBD", "VBN"):
        return "past"
    return None


def _after_comma_and(token: Token) -> bool:
    """The clause of `token` opens with ", and" / ", but" (not ", and that ...", which goes on
    reporting)."""
    start = token.left_edge.i
    if start < 2 or token.left_edge.lower_ in ("that", "whether"):
        return False
    joiner, comma = token.doc[start - 1], token.doc[start - 2]
    return joiner.pos_ == "CCONJ" and comma.text == ","


_FIRST_PERSON_WORDS = frozenset({"i", "we", "me", "us"})
_COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "pcomp", "advcl", "relcl", "acl"})


def trimmed(chunk: ParsedChunk, first: Token, last: Token, marks: str = "\"'“”‘’") -> Span | None:
    """The words `first`..`last` without edge punctuation, spaces or leading `marks`."""
    if last.i < first.i:
        return None
    span = chunk.tokens_span(first, last)
    text = chunk.text
    start, end = span.start - chunk.base, span.end - chunk.base
    while start < end and (text[start] in _TRIM or text[start] in marks):
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    if end - start < 2:
        return None
    return Span(chunk.base + start, chunk.base + end)


def sentence_span(chunk: ParsedChunk, sentence: SpacySpan) -> Span:
    return chunk.tokens_span(sentence[0], sentence[-1])


def attribution_over(
    chunk: ParsedChunk,
    sentence: SpacySpan,
    cue: Token,
    holder: Token | None,
    first: Token,
    last: Token,
    frame: str,
) -> Attribution | None:
    """The report of `cue` by `holder` (None: no source given) over the words
    `first`..`last` (trimmed), if any."""
    content = trimmed(chunk, first, last)
    if content is None:
        return None
    return Attribution(
        cue=chunk.token_span(cue),
        speaker=mention_from_token(chunk, holder) if holder is not None else None,
        content=content,
        sentence=sentence_span(chunk, sentence),
        frame=frame,
    )
