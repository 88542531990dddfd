"""The PolNeAR reader cleans an article as Reader does and keeps its gold spans on the same
words (the corpus itself is not needed: the articles here are written for the test)."""

from __future__ import annotations

from benchmarks.polnear import Article, Attribution, as_the_app_reads
from reader.documents.model import Span


def _span(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(start, start + len(words))


def test_gold_spans_follow_their_words_when_cleaning_drops_characters() -> None:
    raw = "\ufeffThe mayor\x07 said\r\nthat the \x0cbridge would reopen in May.\r\n"
    said = Attribution(
        content=(_span(raw, "the \x0cbridge would reopen in May"),),
        cue=(_span(raw, "said"),),
        source=(_span(raw, "The mayor"),),
    )
    article = as_the_app_reads(Article("a", raw, (said,)))
    assert "\r" not in article.text and "\x07" not in article.text
    (moved,) = article.attributions
    words = [article.text[s.start : s.end] for s in (*moved.source, *moved.cue, *moved.content)]
    assert words == ["The mayor", "said", "the \nbridge would reopen in May"]


def test_a_clean_article_is_left_as_it_is() -> None:
    article = Article("b", "Clean text, she said.", ())
    assert as_the_app_reads(article) is article
