"""From marks, attributions and speech signs to the Quote records of one document."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from reader.documents.model import Document, Span
from reader.documents.segment import document_sentences
from reader.quotes.acts import FRAME as ACT
from reader.quotes.acts import deed_drafts, spoken
from reader.quotes.adjacent import (
    colon_before,
    name_colon_attributions,
    signed_after,
    verb_beside,
)
from reader.quotes.asides import aside_attributions, with_asides
from reader.quotes.colon_heads import colon_head_attributions
from reader.quotes.direct import attribution_for_marked, marked_kind
from reader.quotes.drafts import Draft, joined_interrupted
from reader.quotes.empty_reports import nothing_to_audit
from reader.quotes.indirect import Attribution, find_attributions
from reader.quotes.interviews import interview_attributions
from reader.quotes.marks import MarkedQuote, find_marked_quotes
from reader.quotes.mentions import Mention, MentionKind, mention_from_token
from reader.quotes.model import Quote, QuoteKind, QuoteSet
from reader.quotes.objects import object_attributions
from reader.quotes.parsed import ParsedChunk, SpanIndex, overlap
from reader.quotes.questions import question_attributions
from reader.quotes.relatives import relative_attributions
from reader.quotes.shares import share_attributions
from reader.quotes.speakers import SpeakerResolver
from reader.quotes.titles import title_attributions
from reader.quotes.turns import UNMARKED_TURN, turn_attributions, unmarked_turn_attributions
from reader.quotes.tweets import TWEET, tweet_attributions
from reader.quotes.unmarked import (
    chunk_at,
    colon_speech,
    continued_speech,
    first_person_start,
)

_NEAR_CHARS = 3000  # further than this, a cue cannot attribute a quote
# Reported words this much in marks are the direct quote itself. A clause keeps its fragment
# ("said that heroin is now 'cheaper than candy'"); an object frame's few words do not.
_MOSTLY_QUOTED = 0.8
_MOSTLY_QUOTED_OBJECT = 0.5
_TRIM = " \t\n,;:-–—"
_MARKS = " \t\n\"'“”‘’«»"


@dataclass(frozen=True)
class _Context:
    text: str
    paragraphs: tuple[Span, ...]
    sentences: list[Span]
    marked: SpanIndex
    chunks: list[ParsedChunk]
    paragraph_starts: list[int]
    sentence_starts: list[int]
    chunk_bases: list[int]

    def paragraph_index(self, offset: int) -> int:
        return bisect_right(self.paragraph_starts, offset) - 1

    def paragraph_of(self, offset: int) -> Span:
        return self.paragraphs[max(0, self.paragraph_index(offset))]


def marked_only_quotes(document: Document, notice: str) -> QuoteSet:
    """Without a parser: the quotes in marks, speakers unknown."""
    sentences = list(document_sentences(document))
    outer = [q for q in find_marked_quotes(document.text, document.paragraphs) if q.depth == 0]
    drafts = [Draft(q.content, marked_kind(document.text, q, sentences)) for q in outer]
    return QuoteSet(_quotes(document.text, drafts), (), notices=(notice,))


def assemble_quotes(
    document: Document, sentences: list[Span], chunks: list[ParsedChunk]
) -> QuoteSet:
    text = document.text
    paragraphs = document.paragraphs or (Span(0, len(text)),)
    outer = [q for q in find_marked_quotes(text, paragraphs) if q.depth == 0]
    marked = SpanIndex([q.content for q in outer])
    starts = [p.start for p in paragraphs]
    context = _Context(
        text,
        paragraphs,
        sentences,
        marked,
        chunks,
        starts,
        [s.start for s in sentences],
        [c.base for c in chunks],
    )
    found = find_attributions(chunks, context.marked) + name_colon_attributions(chunks, text)
    found += object_attributions(chunks, context.marked) + turn_attributions(text, outer)
    found += question_attributions(chunks, context.marked)
    found += relative_attributions(chunks, context.marked)
    found += colon_head_attributions(chunks, context.marked)
    found += unmarked_turn_attributions(text, paragraphs) + tweet_attributions(text, paragraphs)
    found += interview_attributions(text, paragraphs)
    asides = aside_attributions(chunks, context.marked) + share_attributions(chunks, context.marked)
    asides += title_attributions(chunks, context.marked)
    # Surface readings come after `_prefer_verbs`: they do not overrule an `according to`.
    found = with_asides(_prefer_verbs(sorted(found, key=lambda a: a.cue.start)), asides)
    attributions = sorted(found, key=lambda a: a.cue.start)
    drafts = _marked_drafts(context, outer, spoken(attributions))
    for attribution in spoken(attributions):
        drafts.extend(_reported_drafts(context, attribution))
    drafts.extend(deed_drafts(attributions, context.marked))
    drafts = _outermost_reports(_deduplicated(drafts))
    resolver = SpeakerResolver(text)
    _resolve_speakers(drafts, chunks, resolver, context.marked)
    _inherit_floating(context, drafts)
    drafts = [d for d in drafts if not nothing_to_audit(text, d)]
    drafts = joined_interrupted(context.text, context.paragraph_index, drafts)
    quotes = _quotes(text, drafts)
    speaking = {q.speaker for q in quotes if q.speaker}
    return QuoteSet(quotes, resolver.speakers(speaking))


_NOT_OUTRANKING = frozenset({"according", "dobj", "prep", "object", "passive", ACT})


def _prefer_verbs(attributions: list[Attribution]) -> list[Attribution]:
    """`X said ..., according to Y`: X is the speaker; drop the `according to` reading.
    A verb that reports nothing here ("a deal, according to people who saw it") leaves it,
    and so does one outside what Y is credited with (`X leads by 9 points, according to a
    count, but Z vowed to ...`), and a position (`X proposed a levy, according to Y`): Y
    reports that."""
    verbs = [
        a
        for a in attributions
        if a.frame not in _NOT_OUTRANKING and a.speaker and a.content is not None
    ]
    return [a for a in attributions if a.frame != "according" or not _holds_verb(a, verbs)]


def _holds_verb(according: Attribution, verbs: list[Attribution]) -> bool:
    content = according.content
    return any(
        v.sentence == according.sentence
        and (content is None or content.start <= v.cue.start < content.end)
        for v in verbs
    )


def _marked_drafts(
    context: _Context, outer: list[MarkedQuote], attributions: list[Attribution]
) -> list[Draft]:
    drafts = []
    cue_starts = [a.cue.start for a in attributions]
    for index, quote in enumerate(outer):
        kind = marked_kind(context.text, quote, context.sentences)
        nearby = _near(attributions, cue_starts, quote.content)
        # `"A." Trump said` may credit A unless A may go on an earlier quote of the paragraph.
        first = index == 0 or context.paragraph_index(
            outer[index - 1].content.end
        ) != context.paragraph_index(quote.content.start)
        attribution = attribution_for_marked(quote.content, nearby, context.text, first)
        if attribution is None and kind is QuoteKind.DIRECT:
            chunk = chunk_at(context.chunks, context.chunk_bases, quote.content.start)
            attribution = verb_beside(chunk, quote.content) if chunk is not None else None
        if attribution is None and kind is QuoteKind.DIRECT:
            attribution = _colon_paragraph(context, quote.content)
        if attribution is None and kind in (QuoteKind.DIRECT, QuoteKind.PARTIAL):
            # `"..." ― Ana Ruiz`: the signature, read where the quote ends (a long quote
            # may end in the next parsed chunk)
            chunk = chunk_at(context.chunks, context.chunk_bases, quote.content.end - 1)
            attribution = signed_after(chunk, quote.content) if chunk is not None else None
        cue = attribution.cue if attribution else None
        drafts.append(Draft(quote.content, kind, cue, attribution.speaker if attribution else None))
    return drafts


def _colon_paragraph(context: _Context, content: Span) -> Attribution | None:
    """A quote opening its paragraph after a paragraph that ends in a colon (`Stated
    Brandt:`): the verb before that colon credits it."""
    index = context.paragraph_index(content.start)
    if index < 1 or context.text[context.paragraphs[index].start : content.start].strip(_MARKS):
        return None
    before = context.paragraphs[index - 1]
    lead = context.text[before.start : before.end].rstrip()
    if not lead.endswith(":"):
        return None
    colon = before.start + len(lead) - 1
    chunk = chunk_at(context.chunks, context.chunk_bases, colon)
    return colon_before(chunk, colon) if chunk is not None else None


def _near(attributions: list[Attribution], cue_starts: list[int], span: Span) -> list[Attribution]:
    """Attributions whose cue is close enough to share a sentence or paragraph with `span`."""
    low = bisect_left(cue_starts, span.start - _NEAR_CHARS)
    high = bisect_right(cue_starts, span.end + _NEAR_CHARS)
    return attributions[low:high]


def _reported_drafts(context: _Context, attribution: Attribution) -> list[Draft]:
    drafts: list[Draft] = []
    content = attribution.content
    if attribution.frame in (UNMARKED_TURN, TWEET) and content is not None:
        return [Draft(content, QuoteKind.UNMARKED, attribution.cue, attribution.speaker)]
    mostly = _MOSTLY_QUOTED if attribution.frame in ("ccomp", "noun") else _MOSTLY_QUOTED_OBJECT
    if (
        attribution.parts
        and content is not None
        and _quoted_share(content, context.marked) < mostly
    ):
        parts = attribution.parts
        return [
            Draft(content, QuoteKind.INDIRECT, attribution.cue, attribution.speaker, parts=parts)
        ]
    if content is not None and _quoted_share(content, context.marked) < mostly:
        drafts.extend(_split_reported(context, attribution, content))
    if attribution.colon_end is not None:
        paragraph = context.paragraph_of(attribution.colon_end)
        after = colon_speech(
            context.text, attribution.colon_end, paragraph, context.sentences, context.marked
        )
        if after is not None:
            drafts.append(Draft(after, QuoteKind.UNMARKED, attribution.cue, attribution.speaker))
    return drafts


def _split_reported(context: _Context, attribution: Attribution, content: Span) -> list[Draft]:
    """Indirect speech, and the unmarked direct speech it may turn into."""
    chunk = chunk_at(context.chunks, context.chunk_bases, content.start)
    switch = first_person_start(chunk, content, context.marked) if chunk else None
    drafts = []
    speech_start = content.end
    if switch is None or switch > content.start:
        reported = _trimmed(context.text, content.start, switch or content.end)
        if reported is not None:
            reported = _closing_mark_kept(context.text, reported)
            drafts.append(Draft(reported, QuoteKind.INDIRECT, attribution.cue, attribution.speaker))
    if switch is not None:
        speech_start = switch
    paragraph = context.paragraph_of(content.start)
    more = continued_speech(
        context.text,
        content,
        switch is not None,
        paragraph,
        context.sentences,
        context.marked,
        context.sentence_starts,
    )
    speech_end = more.end if more is not None else content.end
    if switch is None and more is not None:
        speech_start = more.start
    if switch is not None or more is not None:
        speech = _trimmed(context.text, speech_start, speech_end)
        if speech is not None:
            drafts.append(Draft(speech, QuoteKind.UNMARKED, attribution.cue, attribution.speaker))
    return drafts


def _closing_mark_kept(text: str, span: Span) -> Span:
    """`who are "just wrong` -> `who are "just wrong."`: reported words that open a quote
    mark and stop short of its close take the close (and the stop before it) along."""
    words = text[span.start : span.end]
    open_curly = words.count("“") > words.count("”")
    open_straight = words.count('"') % 2 == 1
    if not (open_curly or open_straight):
        return span
    closer = "”" if open_curly else '"'
    after = text[span.end : span.end + _CLOSE_REACH]
    found = after.find(closer)
    if found < 0 or after[:found].strip(".,!?"):
        return span
    return Span(span.start, span.end + found + 1)


_CLOSE_REACH = 3  # `wrong."`: a stop and a mark at most


def _quoted_share(content: Span, marked: SpanIndex) -> float:
    covered = sum(overlap(content, m) for m in marked.overlapping(content))
    return covered / max(1, len(content))


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return Span(start, end) if len(text[start:end].split()) >= 1 and end - start > 1 else None


def _deduplicated(drafts: list[Draft]) -> list[Draft]:
    """One draft per span; a cue-less duplicate of a marked quote goes."""
    seen: dict[tuple[int, int], Draft] = {}
    for draft in drafts:
        key = (draft.span.start, draft.span.end)
        if key not in seen or (seen[key].mention is None and draft.mention is not None):
            seen[key] = draft
    return sorted(seen.values(), key=lambda d: (d.span.start, -d.span.end))


def _outermost_reports(drafts: list[Draft]) -> list[Draft]:
    """Reported speech inside other reported or quoted words ("said he hoped ...", "I think
    ..." in a quote) is part of those words, not a quote of its own."""
    holders = [d for d in drafts if d.kind is not QuoteKind.PARTIAL]
    return [
        d
        for d in drafts
        if d.kind is not QuoteKind.INDIRECT
        or not any(
            h is not d
            and h.span.start <= d.span.start
            and d.span.end <= h.span.end
            and len(h.span) > len(d.span)
            for h in holders
        )
    ]


def _resolve_speakers(
    drafts: list[Draft], chunks: list[ParsedChunk], resolver: SpeakerResolver, marked: SpanIndex
) -> None:
    """Resolve speaker mentions and people mentioned as subjects, in text order."""
    mentions = [d.mention for d in drafts if d.mention is not None]
    mentions.extend(_context_mentions(chunks, marked))
    for mention in sorted(mentions, key=lambda m: m.span.start):
        resolver.resolve(mention)
    for draft in drafts:
        if draft.mention is not None:
            draft.speaker = resolver.resolve(draft.mention)


def _context_mentions(chunks: list[ParsedChunk], marked: SpanIndex) -> list[Mention]:
    """Named people who are subjects: candidates a later "he" or "she" may point to. Not
    people named inside a quote: the narrator's "he" does not point into someone's words."""
    found = []
    for chunk in chunks:
        for token in chunk.doc:
            if token.dep_ not in ("nsubj", "nsubjpass") or token.ent_type_ != "PERSON":
                continue
            if not chunk.quoted(token, marked):
                mention = mention_from_token(chunk, token)
                if mention.kind is MentionKind.PERSON:
                    found.append(mention)
    return found


def _inherit_floating(context: _Context, drafts: list[Draft]) -> None:
    """A quote with no cue of its own right after an attributed quote is the same speaker's:
    the speaker of the last cue before it (`..., calling him "a fraud," Ruiz said. "B."`
    is Ruiz's, though the fragment credited by "calling" ends later than Ruiz's reported
    words begin). Not a fragment in the narrator's sentence ("the so-called 'rebels'")."""
    previous: Draft | None = None
    for draft in drafts:
        floating = draft.speaker is None and draft.mention is None and draft.cue is None
        if floating and previous is not None and draft.kind is not QuoteKind.PARTIAL:
            gap = context.paragraph_index(draft.span.start) - context.paragraph_index(
                previous.span.end
            )
            if gap in (0, 1):
                draft.speaker = previous.speaker
                draft.mention = previous.mention  # what names the speaker, for the reader
        credits = (draft.speaker is not None or draft.mention is not None) and not draft.deed
        if credits and (previous is None or _credited_at(draft) >= _credited_at(previous)):
            previous = draft  # "she" left unresolved still names who speaks next


def _credited_at(draft: Draft) -> int:
    """Where the text credits the draft: its cue, or its own start when it has none."""
    return draft.cue.start if draft.cue is not None else draft.span.start


def _quotes(text: str, drafts: list[Draft]) -> tuple[Quote, ...]:
    ordered = sorted(drafts, key=lambda d: (d.span.start, -d.span.end))
    return tuple(
        Quote(
            id=f"q{index}",
            span=draft.span,
            text=text[draft.span.start : draft.span.end],
            kind=draft.kind,
            speaker=draft.speaker,
            speaker_mention=draft.mention.span if draft.mention else None,
            cue=draft.cue,
            parts=draft.parts,
        )
        for index, draft in enumerate(ordered, start=1)
    )
