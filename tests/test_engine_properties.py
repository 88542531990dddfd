"""Property tests of the engine under random edit scripts, and of the quote audit.

tests/test_compare_properties.py already checks, on random and shuffled texts, that
edits rebuild both texts, that offset maps stay in range and are monotone inside
aligned blocks, and that word counts add up. This file adds a model of what an
editor does (paragraphs of sentences; words and sentences replaced, deleted,
inserted and moved) so that it can check what the engine must find, not only that
its output is well formed:

* the alignment blocks cover every sentence of each side exactly once;
* equal edits join equal words, and every word the script brought in is inside an
  insertion; a script that changes nothing gives nothing but equal text;
* the offset maps are exact (not only monotone) on equal text;
* every extracted quote is in exactly one audit entry, with spans inside the texts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.compare import BlockKind, CompareOptions, Comparison, EditOp, compare_documents
from reader.compare.normalize import WORD
from reader.documents.model import Document
from reader.documents.segment import paragraph_spans

VOCABULARY = ("the", "mayor", "said", "harbour", "plan", "costs", "port", "workers", "rose")
VOCABULARY += ("council", "budget", "would", "not", "jobs", "million", "Tuesday", "Kowalski")
ENDINGS = (".", ".", ".", "?", "!", ".”", ",” she said.")
MARKER = "Zq"  # words the edit script brings in start with this; the vocabulary never does

Sentence = tuple[str, ...]  # words; the last one carries the sentence's end punctuation


@dataclass(frozen=True)
class Article:
    paragraphs: tuple[tuple[Sentence, ...], ...]

    def render(self) -> str:
        return "\n\n".join(" ".join(" ".join(s) for s in p) for p in self.paragraphs)

    def sentences(self) -> Iterator[Sentence]:
        for paragraph in self.paragraphs:
            yield from paragraph


@st.composite
def sentences(draw: st.DrawFn, marker: bool = False) -> Sentence:
    words = draw(st.lists(st.sampled_from(VOCABULARY), min_size=2, max_size=9))
    if marker:
        words = [f"{MARKER}{draw(st.integers(0, 999))}" for _ in words]
    words[0] = words[0][:1].upper() + words[0][1:]
    words[-1] += draw(st.sampled_from(ENDINGS))
    return tuple(words)


articles = st.lists(st.lists(sentences(), min_size=1, max_size=4), min_size=1, max_size=6).map(
    lambda paragraphs: Article(tuple(tuple(p) for p in paragraphs))
)


@st.composite
def edited(draw: st.DrawFn, article: Article) -> Article:
    """Apply a random edit script: word and sentence replacements, deletions, insertions,
    moves, and paragraph breaks added or removed."""
    paragraphs = [[list(s) for s in p] for p in article.paragraphs]
    for _ in range(draw(st.integers(0, 8))):
        operation = draw(st.sampled_from(_OPERATIONS))
        operation(draw, paragraphs)
    kept = [[tuple(s) for s in p if s] for p in paragraphs]
    return Article(tuple(tuple(p) for p in kept if p))


def _sentence_at(draw: st.DrawFn, paragraphs: list[list[list[str]]]) -> tuple[int, int] | None:
    places = [(i, j) for i, p in enumerate(paragraphs) for j in range(len(p))]
    return draw(st.sampled_from(places)) if places else None


def _replace_word(draw: st.DrawFn, paragraphs: list[list[list[str]]]) -> None:
    place = _sentence_at(draw, paragraphs)
    if place is not None:
        words = paragraphs[place[0]][place[1]]
        if words:
            index = draw(st.integers(0, len(words) - 1))
            ending = words[index][len(words[index].rstrip(".?!,”")) :]
            words[index] = f"{MARKER}{draw(st.integers(0, 999))}{ending}"


def _delete_word(draw: st.DrawFn, paragraphs: list[list[list[str]]]) -> None:
    place = _sentence_at(draw, paragraphs)
    if place is not None:
        words = paragraphs[place[0]][place[1]]
        if len(words) > 2:  # keeps the capitalised first word and the ending
            del words[draw(st.integers(1, len(words) - 2))]


def _insert_word(draw: st.DrawFn, paragraphs: list[list[list[str]]]) -> None:
    place = _sentence_at(draw, paragraphs)
    if place is not None:
        words = paragraphs[place[0]][place[1]]
        words.insert(draw(st.integers(0, len(words) - 1)), f"{MARKER}{draw(st.integers(0, 999))}")


def _replace_sentence(draw: st.DrawFn, paragraphs: list[list[list[str]]]) -> None:
    place = _sentence_at(draw, paragraphs)
    if place is not None:
        paragraphs[place[0]][place[1]] = list(draw(sentences(marker=True)))


def _delete_sentence(draw: st.DrawFn, paragraphs: list[list[list[str]]]) -> None:
    place = _sentence_at(draw, paragraphs)
    if place is not None:
        del paragraphs[place[0]][place[1]]


def _insert_sentence(draw: st.DrawFn, paragraphs: list[list[list[str]]]) -> None:
    index = draw(st.integers(0, len(paragraphs)))
    new = list(draw(sentences(marker=True)))
    if index == len(paragraphs) or draw(st.booleans()):
        paragraphs.insert(index, [new])
    else:
        paragraph = paragraphs[index]
        paragraph.insert(draw(st.integers(0, len(paragraph))), new)


def _move_sentence(draw: st.DrawFn, paragraphs: list[list[list[str]]]) -> None:
    place = _sentence_at(draw, paragraphs)
    if place is not None:
        moving = paragraphs[place[0]].pop(place[1])
        target = paragraphs[draw(st.integers(0, len(paragraphs) - 1))]
        target.insert(draw(st.integers(0, len(target))), moving)


def _join_or_split_paragraphs(draw: st.DrawFn, paragraphs: list[list[list[str]]]) -> None:
    index = draw(st.integers(0, len(paragraphs) - 1)) if paragraphs else None
    if index is None:
        return
    if index + 1 < len(paragraphs) and draw(st.booleans()):
        paragraphs[index] += paragraphs.pop(index + 1)
    elif len(paragraphs[index]) > 1:
        cut = draw(st.integers(1, len(paragraphs[index]) - 1))
        paragraphs.insert(index + 1, paragraphs[index][cut:])
        del paragraphs[index][cut:]


_OPERATIONS = (
    _replace_word,
    _delete_word,
    _insert_word,
    _replace_sentence,
    _delete_sentence,
    _insert_sentence,
    _move_sentence,
    _join_or_split_paragraphs,
)


@st.composite
def article_pairs(draw: st.DrawFn) -> tuple[Article, Article]:
    old = draw(articles)
    return old, draw(edited(old))


def document(article: Article) -> Document:
    text = article.render()
    return Document(text, paragraph_spans(text))


def compare(pair: tuple[Article, Article], options: CompareOptions | None = None) -> Comparison:
    old, new = pair
    return compare_documents(document(old), document(new), options or CompareOptions())


PROPERTY = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# ------------------------------------------------------------------ alignment


@PROPERTY
@given(article_pairs())
def test_blocks_cover_every_sentence_of_each_side_exactly_once(
    pair: tuple[Article, Article],
) -> None:
    result = compare(pair)
    old_seen = Counter(i for block in result.blocks for i in range(*block.old_sentences))
    new_seen = Counter(j for block in result.blocks for j in range(*block.new_sentences))
    assert old_seen == Counter(range(len(result.old_sentences)))
    assert new_seen == Counter(range(len(result.new_sentences)))
    # Blocks come in old order, and their character spans are those of their sentences.
    starts = [block.old_sentences[0] for block in result.blocks]
    assert starts == sorted(starts)
    for block in result.blocks:
        for side, span, (first, last) in (
            (result.old_sentences, block.old, block.old_sentences),
            (result.new_sentences, block.new, block.new_sentences),
        ):
            if first == last:
                assert span is None
            else:
                assert span is not None
                assert (span.start, span.end) == (side[first].start, side[last - 1].end)


@PROPERTY
@given(article_pairs())
def test_each_rendered_sentence_is_one_engine_sentence(pair: tuple[Article, Article]) -> None:
    # The model's sentences are what the splitter must find, so blocks mean what they say.
    for article, spans in zip(pair, _sentence_spans(pair), strict=True):
        text = article.render()
        assert [text[s.start : s.end] for s in spans] == [" ".join(s) for s in article.sentences()]


def _sentence_spans(pair: tuple[Article, Article]) -> tuple[tuple[object, ...], ...]:
    result = compare(pair)
    return result.old_sentences, result.new_sentences


# ------------------------------------------------------------------ word edits


def _words(text: str, start: int, end: int, fold: bool = False) -> list[str]:
    words = WORD.findall(text, start, end)
    return [w.casefold() for w in words] if fold else words


@PROPERTY
@given(article_pairs(), st.booleans())
def test_equal_edits_join_equal_words_and_new_words_are_insertions(
    pair: tuple[Article, Article], ignore_case: bool
) -> None:
    result = compare(pair, CompareOptions(ignore_case=ignore_case))
    old, new = result.old.text, result.new.text
    inserted = [0] * len(new)
    for edit in result.edits:
        if edit.op is EditOp.EQUAL:
            assert edit.old is not None and edit.new is not None
            old_words = _words(old, edit.old.start, edit.old.end, ignore_case)
            assert old_words == _words(new, edit.new.start, edit.new.end, ignore_case)
        elif edit.op is EditOp.INSERT:
            assert edit.new is not None
            inserted[edit.new.start : edit.new.end] = [1] * len(edit.new)
    for match in WORD.finditer(new):
        if match.group().startswith(MARKER):
            assert all(inserted[match.start() : match.end()]), match.group()
    markers = sum(1 for word in WORD.findall(new) if word.startswith(MARKER))
    stats = result.stats
    assert stats.words_inserted >= markers
    assert stats.words_deleted >= stats.words_old - (stats.words_new - markers)


@PROPERTY
@given(articles, st.sampled_from(["\n\n", "\n\n\n", "  \n\n"]))
def test_an_empty_edit_script_finds_no_change(article: Article, glue: str) -> None:
    old = document(article)
    text = glue.join(" ".join(" ".join(s) for s in p) for p in article.paragraphs)
    result = compare_documents(old, Document(text, paragraph_spans(text)))
    assert {edit.op for edit in result.edits} == {EditOp.EQUAL}
    assert {block.kind for block in result.blocks} == {BlockKind.EQUAL}
    assert result.stats.similarity == 1.0 and result.stats.words_moved == 0


@PROPERTY
@given(article_pairs())
def test_moved_sentences_keep_their_words_equal_and_marked_moved(
    pair: tuple[Article, Article],
) -> None:
    result = compare(pair)
    old_text, new_text = result.old.text, result.new.text
    for block in result.blocks:
        if block.kind is not BlockKind.MOVED:
            continue
        assert block.old is not None and block.new is not None
        inside = [
            e for e in result.edits if e.old and block.old.start <= e.old.start < block.old.end
        ]
        assert inside and all(edit.moved for edit in inside)
        equal_old = "".join(old_text[e.old.start : e.old.end] for e in inside if e.old)
        assert WORD.findall(equal_old) == WORD.findall(old_text, block.old.start, block.old.end)
    assert result.stats.words_moved <= result.stats.words_old
    assert all(0 <= offset <= len(new_text) for offset in map(result.old_to_new, (0, -5, 10**9)))


# ------------------------------------------------------------------ offset maps


@PROPERTY
@given(article_pairs())
def test_offset_maps_are_exact_on_equal_text(pair: tuple[Article, Article]) -> None:
    result = compare(pair)
    old, new = result.old.text, result.new.text
    for edit in result.edits:
        if edit.op is not EditOp.EQUAL or edit.old is None or edit.new is None:
            continue
        if old[edit.old.start : edit.old.end] != new[edit.new.start : edit.new.end]:
            continue  # equal but for whitespace: interpolated, checked for range elsewhere
        for step in range(len(edit.old)):
            assert result.old_to_new(edit.old.start + step) == edit.new.start + step
            assert result.new_to_old(edit.new.start + step) == edit.old.start + step


# ------------------------------------------------------------------ quote audit

SPEAKERS = ("Mayor Lena Kowalski", "the union leader Jo Banks", "Senator Ruth Calloway")
QUOTES = (
    "We will not accept a deal at any price",
    "The numbers simply do not add up",
    "This is the first concrete step",
    "Our patience is not unlimited",
)
VERBS = ("said", "warned", "told reporters")


@st.composite
def quoted_sentence(draw: st.DrawFn) -> str:
    speaker, verb = draw(st.sampled_from(SPEAKERS)), draw(st.sampled_from(VERBS))
    quote = draw(st.sampled_from(QUOTES))
    shape = draw(st.integers(0, 3))
    if shape == 0:
        return f"“{quote},” {speaker} {verb}."
    if shape == 1:
        return f"{speaker[:1].upper()}{speaker[1:]} {verb}: “{quote}.”"
    if shape == 2:
        return f"{speaker[:1].upper()}{speaker[1:]} {verb} that the harbour plan costs too much."
    return "The council met on Tuesday to discuss the harbour budget."


@st.composite
def quoted_pairs(draw: st.DrawFn) -> tuple[str, str]:
    old = draw(st.lists(quoted_sentence(), min_size=1, max_size=6))
    new = [s for s in draw(st.permutations(old)) if draw(st.integers(0, 3))]
    for _ in range(draw(st.integers(0, 2))):
        new.insert(draw(st.integers(0, len(new))), draw(quoted_sentence()))
    if new and draw(st.booleans()):
        index = draw(st.integers(0, len(new) - 1))
        new[index] = new[index].replace("not", "never").replace("simply", "really")
    return "\n\n".join(old), "\n\n".join(new)


@pytest.fixture(scope="module")
def nlp() -> object:
    from reader.quotes.pipeline import get_pipeline

    return get_pipeline()


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(pair=quoted_pairs())
def test_every_quote_is_in_exactly_one_audit_entry(nlp: object, pair: tuple[str, str]) -> None:
    from reader.audit import audit_quotes
    from reader.quotes import extract_quotes

    old, new = (Document(text, paragraph_spans(text)) for text in pair)
    comparison = compare_documents(old, new)
    old_quotes = extract_quotes(old, nlp)  # type: ignore[arg-type]
    new_quotes = extract_quotes(new, nlp)  # type: ignore[arg-type]
    audit = audit_quotes(comparison, old_quotes, new_quotes)
    old_ids = [q.id for q in audit.old_quotes.quotes]
    new_ids = [q.id for q in audit.new_quotes.quotes]
    assert len(old_ids) == len(old_quotes.quotes) and len(new_ids) == len(new_quotes.quotes)
    assert Counter(e.old for e in audit.entries if e.old) == Counter(old_ids)
    assert Counter(e.new for e in audit.entries if e.new) == Counter(new_ids)
    old_spans = {q.id: q.span for q in audit.old_quotes.quotes}
    new_spans = {q.id: q.span for q in audit.new_quotes.quotes}
    for side, quotes in ((old, audit.old_quotes), (new, audit.new_quotes)):
        for quote in quotes.quotes:
            assert 0 <= quote.span.start < quote.span.end <= len(side.text)
    for entry in audit.entries:
        assert entry.old is not None or entry.new is not None
        for span, text in ((entry.old_span, old.text), (entry.new_span, new.text)):
            assert span is None or 0 <= span.start <= span.end <= len(text)
        if entry.old is not None:
            assert entry.old_span == old_spans[entry.old]
        if entry.new is not None:
            assert entry.new_span == new_spans[entry.new]
