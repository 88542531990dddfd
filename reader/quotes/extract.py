"""Quotes and speakers of whole documents: the public entry points.

`extract_quotes` handles one document, `extract_many` parses several in one
batch. Only the sentences that can hold an attribution are parsed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy

from reader.documents.model import Document, Span
from reader.quotes.assemble import assemble_quotes, marked_only_quotes
from reader.quotes.language import guess_language
from reader.quotes.model import QuoteSet
from reader.quotes.parsed import ParsedChunk
from reader.quotes.pipeline import MISSING_MODEL_NOTICE, get_pipeline
from reader.quotes.sentences import chunks_to_parse, split_sentences

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
    """Quotes of several documents, parsed together in batches."""
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
    if pipeline is None:
        for index in english:
            results[index] = marked_only_quotes(documents[index], MISSING_MODEL_NOTICE)
    else:
        parsed = _parse_all([documents[i] for i in english], pipeline)
        for index, (sentences, chunks) in zip(english, parsed, strict=True):
            results[index] = assemble_quotes(documents[index], sentences, chunks)
    return [results[i] for i in range(len(documents))]


def _without_tensor(doc: Doc) -> Doc:
    """Drop the tok2vec output (384 bytes a token) that nothing downstream reads; the
    parses of a 300k-word article otherwise hold about 100 MB of it until assembly."""
    doc.tensor = numpy.zeros((0, 0), dtype="float32")
    return doc


def _unwrapped(chunk: str) -> str:
    """Line breaks inside a chunk (which never crosses a paragraph) are hard wraps: the
    parser sees spaces, so "Ms.⏎Weingarten" is one name. Same length: offsets hold."""
    return chunk.replace("\r", " ").replace("\n", " ")


def _parse_all(
    documents: list[Document], nlp: Language
) -> list[tuple[list[Span], list[ParsedChunk]]]:
    plans: list[tuple[list[Span], list[Span]]] = []
    for document in documents:
        sentences = split_sentences(document.text, document.paragraphs)
        plans.append((sentences, chunks_to_parse(document.text, sentences, document.paragraphs)))
    texts = [
        _unwrapped(documents[d].text[c.start : c.end])
        for d, (_, cs) in enumerate(plans)
        for c in cs
    ]
    # One process: measured on 100k words, n_process=2 took 28 s against 13 s, since
    # sending parsed Docs back between processes costs more than the second core saves.
    docs = map(_without_tensor, nlp.pipe(texts, batch_size=_BATCH_SIZE))
    return [
        (sentences, [ParsedChunk(c.start, next(docs)) for c in chunk_spans])
        for sentences, chunk_spans in plans
    ]
