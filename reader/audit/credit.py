"""Who the two versions credit with a quote's words, and whether that credit changed.

A change of credit is claimed only from the text: a speaker change when both versions
credit someone, the two are surely different people, and the words naming the new one
are the rewrite's (beside the quote); attribution removed or added when the words that
credited somebody were deleted or written and the uncredited sentence credits no one.
A pronoun ("he said") or an unedited name resolving differently is the extractor
reading the same words two ways (a sentence inserted nearby moves what "he" points
at), not the rewrite changing who spoke.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from reader.audit.linking import may_be_same, one_body
from reader.audit.spans import SpanLookup
from reader.compare.model import Comparison, EditOp
from reader.documents.model import Span
from reader.quotes.lexicon import people as lexicon
from reader.quotes.model import AttributionChange, Quote, QuoteKind, Speaker

_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_CLAIM_WORDS = 4  # a reported clause shorter than this is no claim to credit or launder
_MARKS = " \t\n\"'“”‘’«»"
PRONOUNS = frozenset(
    [
        "he",
        "him",
        "his",
        "she",
        "her",
        "hers",
        "they",
        "them",
        "their",
        "theirs",
        "it",
        "its",
        "we",
        "us",
        "our",
        "i",
        "me",
        "my",
        "you",
        "your",
        "who",
        "whom",
        "whose",
        "which",
        "that",
        "this",
        "these",
        "those",
        "one",
    ]
)


@dataclass(frozen=True)
class Rewrite:
    """What the rewrite did, as the credit rules need it: the words each version does not
    share with the other (deleted, inserted), each version's sentences and quotes."""

    deleted: SpanLookup[bool]
    inserted: SpanLookup[bool]
    sentences: tuple[tuple[Span, ...], tuple[Span, ...]]  # old, new
    starts: tuple[tuple[int, ...], tuple[int, ...]]  # the sentences' starts, old and new
    quotes: tuple[SpanLookup[Quote], SpanLookup[Quote]]  # old, new
    mentions: tuple[SpanLookup[Span], SpanLookup[Span]]  # where any speaker is named

    @classmethod
    def of(
        cls,
        comparison: Comparison,
        quotes: tuple[tuple[Quote, ...], tuple[Quote, ...]],
        speakers: tuple[Speaker, ...],
    ) -> Rewrite:
        old = [(e.old, True) for e in comparison.edits if e.op is EditOp.DELETE and e.old]
        new = [(e.new, True) for e in comparison.edits if e.op is EditOp.INSERT and e.new]
        sentences = (comparison.old_sentences, comparison.new_sentences)
        return cls(
            SpanLookup(old),
            SpanLookup(new),
            sentences,
            (tuple(s.start for s in sentences[0]), tuple(s.start for s in sentences[1])),
            (
                SpanLookup((q.span, q) for q in quotes[0]),
                SpanLookup((q.span, q) for q in quotes[1]),
            ),
            (
                SpanLookup((m, m) for s in speakers for m in s.old_mentions),
                SpanLookup((m, m) for s in speakers for m in s.new_mentions),
            ),
        )

    def edited(self, span: Span | None, in_old: bool) -> bool:
        """Some of the words of `span` are the rewrite's (deleted from or inserted into them)."""
        if span is None:
            return False
        return bool((self.deleted if in_old else self.inserted).overlapping(span))

    def same_sentence(self, a: Span, b: Span, in_old: bool) -> bool:
        starts = self.starts[0 if in_old else 1]
        return bisect_right(starts, a.start) == bisect_right(starts, b.start)

    def credited_nearby(
        self, words: Span, in_old: bool, names: tuple[Span, ...], text: str
    ) -> bool:
        """The sentences holding the words credit them after all, though the extractor tied
        no quote to it: the same speaker named there (`names`: where this version names
        them; "..., according to the council, ..."), or anyone else named there ("the
        harbour board voted to lease ..."), outside the words. Another name inside the words
        is part of what is said ("... according to the eyewitness ..."), and so is the
        speaker's own pronoun there: their words told as narration ("She recruited the
        new director ..."), not credited. `text` is that version's text."""
        side = 0 if in_old else 1
        starts, sentences = self.starts[side], self.sentences[side]
        if not sentences:
            return False
        first = max(0, bisect_right(starts, words.start) - 1)
        last = min(len(sentences) - 1, max(first, bisect_right(starts, words.end - 1) - 1))
        around = Span(sentences[first].start, sentences[last].end)
        for name in names:
            inside = words.start <= name.start and name.end <= words.end
            if name.overlaps(around) and not (
                inside and _pronoun_text(text[name.start : name.end])
            ):
                return True
        named = self.mentions[side].overlapping(around)
        return any(not (words.start <= m.start and m.end <= words.end) for m in named)

    def beside(
        self, words: Span, mention: Span, in_old: bool, text: str, cue: Span | None = None
    ) -> bool:
        """The mention stands where it can credit the words: in their sentences, the one
        just before, or a bare attribution just after ("...?” Weaver said."), in the same
        paragraph (or a colon's). A name after them that reports words of its own ("...:
        X said that the campaign ...") or one across a blank line credits something else;
        words reported through the same cue (`cue`, the credited quote's) are not its own."""
        side = 0 if in_old else 1
        starts = self.starts[side]
        first = bisect_right(starts, words.start) - 1
        last = bisect_right(starts, max(words.start, words.end - 1)) - 1
        at = bisect_right(starts, mention.start) - 1
        if not first - 1 <= at <= last + 1 or not 0 <= at < len(starts):
            return False
        if mention.start >= words.end:
            sentence = self.sentences[side][at]
            own = [
                q
                for q in self.quotes[side].overlapping(sentence)
                if q.span.start >= mention.end and (cue is None or q.cue != cue)
            ]
            if own or (
                at == last + 1 and any(c.isalnum() for c in text[words.end : mention.start])
            ):
                return False
        low, high = min(mention.end, words.start), max(mention.start, words.end)
        if _BLANK_LINE.search(text, low, high) is None:
            return True
        # 'Cruz called them on it:' then the quote as its own paragraph
        lead = text[mention.end : words.start] if mention.end <= words.start else ""
        return lead.rstrip(_MARKS).endswith(":")


@dataclass(frozen=True)
class Credit:
    """One version's credit for some words: the quote holding them there (if any)."""

    quote: Quote | None
    text: str  # that version's text
    in_old: bool
    named: tuple[Span, ...] = ()  # where that version names the quote's speaker
    whole: Span | None = None  # for one part of a quote in parts, the whole quote

    @classmethod
    def of(
        cls,
        quote: Quote | None,
        text: str,
        in_old: bool,
        people: dict[str, Speaker],
        wholes: dict[str, Span] | None = None,
    ) -> Credit:
        speaker = people.get(quote.speaker) if quote and quote.speaker else None
        named = (
            () if speaker is None else (speaker.old_mentions if in_old else speaker.new_mentions)
        )
        whole = (wholes or {}).get(quote.id) if quote else None
        return cls(quote, text, in_old, named, whole)

    @property
    def speaker(self) -> str | None:
        return self.quote.speaker if self.quote else None

    @property
    def mention(self) -> Span | None:
        return self.quote.speaker_mention if self.quote else None

    @property
    def credited(self) -> bool:
        """Somebody is credited: a known speaker or words that name one."""
        return self.quote is not None and (self.speaker is not None or self.mention is not None)

    def written_by(self, rewrite: Rewrite) -> bool:
        """Named in words the rewrite edited (deleted from the old version, inserted into the
        new), beside the words credited."""
        return self._written(self.mention, rewrite)

    def named_by(self, rewrite: Rewrite) -> bool:
        """Named in words the rewrite edited, as `written_by`; for a pronoun, its antecedent
        is the name that counts, when one stands before it in its own sentence."""
        return self._written(self.antecedent(rewrite) if self.pronoun() else self.mention, rewrite)

    def antecedent(self, rewrite: Rewrite) -> Span | None:
        """The speaker's name just before a pronoun mention, in the same sentence: the one
        reading of the pronoun no insertion elsewhere can move ("Trump said X and he ...")."""
        mention = self.mention
        if mention is None:
            return None
        before = [
            m
            for m in self.named
            if m.end <= mention.start
            and rewrite.same_sentence(m, mention, self.in_old)
            and not _pronoun_text(self.text[m.start : m.end])
        ]
        return max(before, key=lambda m: m.start) if before else None

    def _written(self, mention: Span | None, rewrite: Rewrite) -> bool:
        if self.quote is None or mention is None:
            return False
        # A later part of `"A," Kerry said. ... "B."` is credited where the whole quote is.
        words = self.whole or self.quote.span
        if not rewrite.beside(words, mention, self.in_old, self.text, self.quote.cue):
            return False
        return rewrite.edited(mention, self.in_old)

    def pronoun(self) -> bool:
        """Named only by a pronoun (or a relative word) whose reading may shift."""
        if self.mention is None:
            return False
        return _pronoun_text(self.text[self.mention.start : self.mention.end])


def _pronoun_text(text: str) -> bool:
    words = text.lower().split()
    return bool(words) and all(w.strip(".,;:’'") in PRONOUNS for w in words)


def holder(quotes: tuple[Quote, ...], span: Span) -> Quote | None:
    """The quote of the other version whose words these are: the one holding most of them,
    when it holds at least half (a one-word quote matched inside someone else's sentence
    says nothing of who speaks)."""
    holding = [q for q in quotes if q.span.overlaps(span)]
    if not holding:
        return None
    best = max(holding, key=lambda q: (_shared(q.span, span), q.speaker is not None))
    return best if 2 * _shared(best.span, span) >= len(span) else None


def speaker_changed(people: dict[str, Speaker], old: Credit, new: Credit, rewrite: Rewrite) -> bool:
    """Both speakers known, surely different people, and the rewrite names the new one.

    The new version must credit the words by name, in words the rewrite wrote, or by a
    pronoun whose antecedent is such a name in its own sentence (any other antecedent
    is a guess that moves with nearby insertions). The old credit must be gone from the
    text: its name deleted, or only a pronoun of uncertain reading or an inherited
    speaker (a continuation quote) to begin with. A name both versions keep, read
    against other words, is the extractor's doing, not the rewrite's.
    """
    a, b = old.speaker, new.speaker
    if a is None or b is None or a == b:
        return False
    first, second = people.get(a), people.get(b)
    if first is not None and second is not None and _one_speaker(first, second, old, new):
        return False
    if not new.named_by(rewrite):
        return False
    if old.mention is None or (old.pronoun() and old.antecedent(rewrite) is None):
        return True
    return old.named_by(rewrite)


def _one_speaker(first: Speaker, second: Speaker, old: Credit, new: Credit) -> bool:
    """Two linked speakers that may be one, unless the credits name two people in so many
    words; one body told two ways ("harbour board", "Harbour officials") stays one."""
    if not may_be_same(first, second):
        return False
    return not _renamed(old, new) or one_body(first, second)


def _renamed(old: Credit, new: Credit) -> bool:
    """The two credits name two people in so many words: each mention holds a capitalised
    word that is no role or title, and they share no word ("Ruiz" for "Park"; not "Ana
    Ruiz" for "Ruiz", nor "Police" for "Chief Park"). Speaker records that share an alias
    (an extractor's slip) then do not make the two one person."""
    if old.mention is None or new.mention is None or old.pronoun() or new.pronoun():
        return False
    before = _name_words(old.text[old.mention.start : old.mention.end])
    after = _name_words(new.text[new.mention.start : new.mention.end])
    return bool(before) and bool(after) and not before & after


def _name_words(mention: str) -> set[str]:
    """The capitalised words of a mention that are neither a role nor a title, lower-cased."""
    words = lexicon()
    generic = words.role_nouns | words.titles
    found = set()
    for raw in mention.split():
        word = raw.strip(".,;:’'()").removesuffix("’s").removesuffix("'s")
        if word[:1].isupper() and word.lower() not in generic:
            found.add(word.lower())
    return found


def credit_change(
    people: dict[str, Speaker], old: Credit, new: Credit, words: tuple[Span, Span], rewrite: Rewrite
) -> AttributionChange | None:
    """Attribution removed (credited before, nobody now) or added, by the rewrite's own
    edit: the words that credited the speaker deleted, or new ones written, and nobody
    credited by the sentences holding the words on the uncredited side (`words`: their
    old and new spans; see `Rewrite.credited_nearby`). A credit the extractor reads in one
    version and not the other, in words both keep, is no change; nor is a reported clause
    of a few words ("backs container yard")."""
    if old.credited == new.credited:
        return None
    credited, bare, bare_words = (old, new, words[1]) if old.credited else (new, old, words[0])
    if not credited.written_by(rewrite):
        return None
    speaker = people.get(credited.speaker or "")
    names = (
        () if speaker is None else (speaker.old_mentions if bare.in_old else speaker.new_mentions)
    )
    if rewrite.credited_nearby(bare_words, bare.in_old, names, bare.text):
        return None
    quote = credited.quote
    assert quote is not None
    if quote.kind is QuoteKind.INDIRECT and len(quote.text.split()) < _CLAIM_WORDS:
        return None
    return AttributionChange.REMOVED if old.credited else AttributionChange.ADDED


def _shared(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))
