"""Quotes and speakers of whole documents: the public entry points.

`extract_quotes` handles one document, `extract_many` several. Only the sentences
that can hold an attribution are parsed, within the limits of `bounds`.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy

from reader.documents.model import Document, Span
from reader.documents.segment import document_sentences
from reader.quotes import bounds
from reader.quotes.assemble import assemble_quotes, marked_only_quotes
from reader.quotes.bounds import (
    TOO_LONG_NOTICE,
    TOO_SLOW_NOTICE,
    blank_freak_runs,
    capped_chunks,
)
from reader.quotes.language import guess_language
from reader.quotes.model import QuoteSet
from reader.quotes.parsed import ParsedChunk
from reader.quotes.pipeline import MISSING_MODEL_NOTICE, get_pipeline
from reader.quotes.recase import article_common, restored, sentence_cased
from reader.quotes.sentences import chunks_to_parse

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

ENGLISH_ONLY_NOTICE = (
    "Quotes are extracted for English only; this text looks like another language ({})."
)
# Chunks per spaCy batch. Measured on a 300k-word article: 64 peaked 66 MB above the
# parses it keeps, 16 peaked 18 MB above them, for 7 % more time.
_BATCH_SIZE = 16


def extract_quotes(document: Document, nlp: Language | None = None) -> QuoteSet:
    """The quotes and speakers of one document."""
    return extract_many([document], nlp)[0]


def extract_many(documents: Sequence[Document], nlp: Language | None = None) -> list[QuoteSet]:
    """Quotes of several documents."""
    results: dict[int, QuoteSet] = {}
    english: list[int] = []
    for index, document in enumerate(documents):
        language = guess_language(document.text)
        if language == "en":
            english.append(index)
        else:
            notice = ENGLISH_ONLY_NOTICE.format(language)
            results[index] = QuoteSet((), (), language=language, notices=(notice,))
    pipeline = nlp if nlp is not None else (get_pipeline() if english else None)
    for index in english:
        results[index] = _one_document(documents[index], pipeline)
    return [results[i] for i in range(len(documents))]


def _without_tensor(doc: Doc) -> Doc:
    """Drop the tok2vec output (384 bytes a token) that nothing downstream reads; the
    parses of a 300k-word article otherwise hold about 100 MB of it until assembly."""
    doc.tensor = numpy.zeros((0, 0), dtype="float32")
    return doc


# Guillemets as the curly marks the parser knows: otherwise `«…,» said Ana Ruiz` makes
# "»" the subject of "said", and `‹…,› said` glues the mark to the word before it.
_AS_PARSED = str.maketrans({"\r": " ", "\n": " ", "«": "“", "»": "”", "‹": "‘", "›": "’"})


def _unwrapped(chunk: str) -> str:
    """Line breaks inside a chunk (which never crosses a paragraph) are hard wraps: the
    parser sees spaces, so "Ms.⏎Weingarten" is one name; guillemets are read as curly
    quote marks. One character for one: offsets hold."""
    return chunk.translate(_AS_PARSED)


def _one_document(document: Document, nlp: Language | None) -> QuoteSet:
    cleaned = blank_freak_runs(document)
    if nlp is None:
        found = marked_only_quotes(cleaned.document, MISSING_MODEL_NOTICE)
    else:
        parsed = _parse(cleaned.document, nlp)
        if isinstance(parsed, str):
            return QuoteSet((), (), notices=(parsed,))
        found = assemble_quotes(cleaned.document, *parsed)
    return _with_text_of(found, document.text) if cleaned.blanked else found


def _with_text_of(quotes: QuoteSet, text: str) -> QuoteSet:
    """Quote texts from the document as given, not as blanked for parsing."""
    return replace(
        quotes,
        quotes=tuple(replace(q, text=text[q.span.start : q.span.end]) for q in quotes.quotes),
    )


def _parse(document: Document, nlp: Language) -> tuple[list[Span], list[ParsedChunk]] | str:
    """Sentences and parsed chunks, or the notice saying why the budget ran out."""
    sentences = list(document_sentences(document))
    spans = capped_chunks(
        document.text, chunks_to_parse(document.text, sentences, document.paragraphs)
    )
    size = sum(len(span) for span in spans)
    if size > bounds.MAX_PARSE_CHARS:
        return TOO_LONG_NOTICE.format(size, bounds.MAX_PARSE_CHARS)
    texts = [_unwrapped(document.text[span.start : span.end]) for span in spans]
    common = article_common(document.text)
    as_parsed = (sentence_cased(text, common) or text for text in texts)
    started = time.monotonic()
    chunks = []
    # One process: measured on 100k words, n_process=2 took 28 s against 13 s, since
    # sending parsed Docs back between processes costs more than the second core saves.
    parses = nlp.pipe(as_parsed, batch_size=_BATCH_SIZE)
    for span, text, doc in zip(spans, texts, parses, strict=True):
        parsed = doc if doc.text == text else restored(doc, text)  # a recased title
        chunks.append(ParsedChunk(span.start, _without_tensor(parsed)))
        if time.monotonic() - started > bounds.PARSE_SECONDS:
            return TOO_SLOW_NOTICE.format(bounds.PARSE_SECONDS)
    return sentences, chunks
