"""The annotated quote corpus, the bundled sample pair's answer key, and the quote scorer."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from benchmarks.quote_scoring import (
    Counts,
    Gold,
    GoldError,
    GoldSpeaker,
    TokenIndex,
    gold_as_quoteset,
    load_gold,
    match_quotes,
    normalise_name,
    parse_gold,
    score_article,
    speaker_matches,
    total,
    word_spans,
)
from reader.documents.model import Span
from reader.quotes.model import Quote, QuoteKind, QuoteSet, Speaker

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "quotes"
SAMPLES = ROOT / "resources" / "samples"
ARTICLES = sorted(CORPUS.glob("*.txt"))
OPENING_MARKS = {'"', "'", "“", "‘"}


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _raw_gold(article: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_read(article.with_suffix(".json")))
    return data


def _all_gold() -> list[tuple[str, Gold]]:
    return [(_read(a), load_gold(a.with_suffix(".json"), _read(a))) for a in ARTICLES]


# -- the corpus ------------------------------------------------------------------------------


def test_corpus_has_at_least_twelve_annotated_articles() -> None:
    assert len(ARTICLES) >= 12
    for article in ARTICLES:
        assert re.fullmatch(r"\d\d_[a-z0-9_]+\.txt", article.name)
        assert article.with_suffix(".json").exists(), article.name


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_article_is_short_news_text(article: Path) -> None:
    text = _read(article)
    assert 150 <= len(text.split()) <= 400
    assert "\r" not in text and not text.startswith("\ufeff")
    assert text.split("\n", 1)[0].strip(), "first line is the title"


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_gold_texts_are_substrings_and_speakers_are_listed(article: Path) -> None:
    text = _read(article)
    data = _raw_gold(article)
    assert set(data) == {"speakers", "quotes"}
    names = [s["name"] for s in data["speakers"]]
    assert len(names) == len(set(names))
    for speaker in data["speakers"]:
        assert set(speaker) == {"name", "aliases"}
    for quote in data["quotes"]:
        assert set(quote) == {"text", "kind", "speaker", "cue"}
        assert quote["text"] in text, quote["text"]
        assert quote["text"] == quote["text"].strip()
        assert quote["kind"] in {k.value for k in QuoteKind}
        assert quote["speaker"] is None or quote["speaker"] in names, quote["speaker"]
        assert quote["cue"] is None or quote["cue"] in text, quote["cue"]
    load_gold(article.with_suffix(".json"), text)  # in document order, too


def test_every_kind_is_annotated() -> None:
    kinds = {q.kind for _, gold in _all_gold() for q in gold.quotes}
    assert kinds == set(QuoteKind)


def test_all_four_quote_marks_open_marked_quotes() -> None:
    marks = set()
    for text, gold in _all_gold():
        for quote in gold.quotes:
            if quote.kind in (QuoteKind.DIRECT, QuoteKind.PARTIAL):
                before = text[quote.span.start - 1]
                assert before in OPENING_MARKS, quote.text
                marks.add(before)
    assert marks == OPENING_MARKS


def test_apostrophes_that_are_not_quote_marks_are_present() -> None:
    corpus = "\n".join(_read(a) for a in ARTICLES)
    for needle in ("'90s", "rock 'n' roll", "students'", "Norland's", "Nurses' and Midwives'"):
        assert needle in corpus, needle


def test_a_quote_runs_over_two_paragraphs() -> None:
    found = False
    for text, gold in _all_gold():
        for first, second in zip(gold.quotes, gold.quotes[1:], strict=False):
            between = text[first.span.end : second.span.start]
            both_direct = first.kind == second.kind == QuoteKind.DIRECT
            if both_direct and re.fullmatch(r"\n\n[“\"']", between):
                assert first.speaker == second.speaker
                found = True
    assert found


def test_unmarked_and_floating_quotes_inherit_a_speaker() -> None:
    unmarked = [q for _, g in _all_gold() for q in g.quotes if q.kind is QuoteKind.UNMARKED]
    floating = [
        q for _, g in _all_gold() for q in g.quotes if q.kind is QuoteKind.DIRECT and q.cue is None
    ]
    assert len(unmarked) >= 3 and len(floating) >= 5
    assert all(q.speaker is not None for q in unmarked + floating)
    assert all(not OPENING_MARKS & set(q.text) for q in unmarked)


CUE_STEMS = (
    ("sa",),
    ("tell", "told"),
    ("add",),
    ("stress",),
    ("warn",),
    ("insist",),
    ("state",),
    ("remark",),
    ("reiterat",),
    ("claim",),
    ("deny", "deni"),
    ("suggest",),
    ("indicat",),
    ("maintain",),
    ("describ",),
    ("call",),
    ("writ", "wrote"),
    ("ask",),
    ("argu",),
    ("explain",),
    ("announc",),
    ("acknowledg",),
    ("admit",),
    ("note",),
    ("predict",),
    ("urge",),
    ("according to",),
)


def test_cue_verbs_cover_the_common_ones() -> None:
    cues = {q.cue.lower() for _, g in _all_gold() for q in g.quotes if q.cue}
    for stems in CUE_STEMS:
        assert any(cue.startswith(stems) for cue in cues), stems


def test_speaker_kinds_are_represented() -> None:
    aliases = {
        normalise_name(name) for _, g in _all_gold() for s in g.speakers for name in s.names()
    }
    for needle in ("minister", "ministry", "brussels", "environmental groups", "analysts"):
        assert needle in aliases, needle
    for needle in ("residents", "his spokesman", "mayor's spokeswoman", "a hospital spokeswoman"):
        assert needle in aliases, needle


def test_gold_predicted_as_itself_scores_perfectly() -> None:
    scores = [score_article(t, g, gold_as_quoteset(g)) for t, g in _all_gold()]
    counts = total(scores)
    assert counts.gold_quotes == counts.predicted_quotes == counts.matched_quotes > 150
    assert counts.token_f1 == counts.quote_f1 == counts.speaker_accuracy == 1.0
    assert counts.kind_accuracy == 1.0


# -- the bundled sample pair -----------------------------------------------------------------


def _answer_key() -> list[list[str]]:
    rows = []
    for line in _read(SAMPLES / "README.md").splitlines():
        if re.match(r"\| [QN]\d+ \|", line):
            rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
    return rows


def test_sample_pair_answer_key_matches_the_texts() -> None:
    original = _read(SAMPLES / "harbour-original.txt")
    rewrite = _read(SAMPLES / "harbour-rewrite.txt")
    assert 550 <= len(original.split()) <= 700
    rows = _answer_key()
    assert len(rows) == 14
    statuses = " ".join(row[3] for row in rows)
    for word in ("verbatim", "trimmed", "reworded", "dropped", "misattributed", "invented"):
        assert word in statuses
    for qid, _, words, status, _ in rows:
        changed = re.findall(r"`([^`]+)`", status)
        if words != "-":
            assert words in original, qid
        if status.startswith("verbatim"):
            assert words in rewrite, qid
        elif "dropped" in status:
            assert words not in rewrite, qid
        for new_words in changed:
            assert new_words in rewrite, qid
            if "trimmed" in status:
                assert new_words in words and new_words != words, qid
            else:
                assert new_words not in original, qid


# -- the scorer, on hand-made predictions ----------------------------------------------------

TEXT = (
    'Finance Minister Ana Ruiz said the plan was "a costly mistake". '
    '"We will vote against it on Tuesday," she said. "Nobody asked us."\n'
)
GOLD_DATA: dict[str, Any] = {
    "speakers": [{"name": "Ana Ruiz", "aliases": ["Finance Minister Ana Ruiz", "she"]}],
    "quotes": [
        {"text": 'the plan was "a costly mistake"', "kind": "indirect", "speaker": "Ana Ruiz",
         "cue": "said"},
        {"text": "a costly mistake", "kind": "partial", "speaker": "Ana Ruiz", "cue": "said"},
        {"text": "We will vote against it on Tuesday,", "kind": "direct", "speaker": "Ana Ruiz",
         "cue": "said"},
        {"text": "Nobody asked us.", "kind": "direct", "speaker": "Ana Ruiz", "cue": None},
    ],
}  # fmt: skip
RUIZ = Speaker(id="p1", name="Ana Ruiz", aliases=("Ruiz", "The minister"))
OTHER = Speaker(id="p2", name="Tom Grant", aliases=("he",))


def _gold() -> Gold:
    return parse_gold(GOLD_DATA, TEXT)


def _quote(fragment: str, kind: QuoteKind, speaker: str | None = "p1", n: int = 0) -> Quote:
    start = TEXT.index(fragment)
    return Quote(f"q{n}", Span(start, start + len(fragment)), fragment, kind, speaker)


def _perfect() -> list[Quote]:
    return [
        _quote('the plan was "a costly mistake"', QuoteKind.INDIRECT, n=0),
        _quote("a costly mistake", QuoteKind.PARTIAL, n=1),
        _quote("We will vote against it on Tuesday,", QuoteKind.DIRECT, n=2),
        _quote("Nobody asked us.", QuoteKind.DIRECT, n=3),
    ]


def _score(quotes: list[Quote], speakers: tuple[Speaker, ...] = (RUIZ, OTHER)) -> Counts:
    return score_article(TEXT, _gold(), QuoteSet(tuple(quotes), speakers)).counts


def test_perfect_prediction() -> None:
    counts = _score(_perfect())
    assert (counts.token_precision, counts.token_recall, counts.token_f1) == (1.0, 1.0, 1.0)
    assert (counts.quote_precision, counts.quote_recall, counts.quote_f1) == (1.0, 1.0, 1.0)
    assert counts.speaker_accuracy == 1.0 and counts.kind_accuracy == 1.0
    assert all(counts.kind_recall(k) == 1.0 for k in (QuoteKind.DIRECT, QuoteKind.PARTIAL))
    assert counts.kind_recall(QuoteKind.UNMARKED) is None


def test_partial_prediction() -> None:
    counts = _score([_quote("Nobody asked us.", QuoteKind.DIRECT)])
    assert counts.gold_quotes == 4 and counts.matched_quotes == 1
    assert counts.quote_precision == 1.0 and counts.quote_recall == 0.25
    assert counts.quote_f1 == pytest.approx(0.4)
    gold_tokens = len(word_spans('the plan was "a costly mistake"')) + 7 + 3
    assert counts.token_recall == pytest.approx(3 / gold_tokens)
    assert counts.token_precision == 1.0
    assert counts.kind_recall(QuoteKind.DIRECT) == 0.5
    assert counts.kind_recall(QuoteKind.INDIRECT) == 0.0


def test_wrong_speaker() -> None:
    quotes = _perfect()
    quotes[2] = _quote("We will vote against it on Tuesday,", QuoteKind.DIRECT, "p2", n=2)
    quotes[3] = _quote("Nobody asked us.", QuoteKind.DIRECT, None, n=3)
    counts = _score(quotes)
    assert counts.quote_f1 == 1.0
    assert counts.speaker_accuracy == 0.5


def test_missing_everything() -> None:
    counts = _score([])
    assert counts.token_precision == counts.token_recall == counts.token_f1 == 0.0
    assert counts.quote_precision == counts.quote_recall == counts.quote_f1 == 0.0
    assert counts.speaker_accuracy is None and counts.kind_accuracy is None


def test_spurious_prediction_lowers_precision_only() -> None:
    quotes = [*_perfect(), _quote("Finance Minister Ana Ruiz", QuoteKind.DIRECT, n=9)]
    score = score_article(TEXT, _gold(), QuoteSet(tuple(quotes), (RUIZ,)))
    assert score.spurious == (4,) and score.missed == ()
    assert score.counts.quote_precision == 0.8 and score.counts.quote_recall == 1.0
    assert score.counts.token_precision == pytest.approx(16 / 20)


def test_wrong_kind_still_matches_but_counts_against_kind_accuracy() -> None:
    quotes = _perfect()
    quotes[3] = _quote("Nobody asked us.", QuoteKind.UNMARKED, n=3)
    counts = _score(quotes)
    assert counts.quote_f1 == 1.0 and counts.kind_accuracy == 0.75


def test_loose_boundaries_still_match() -> None:
    # The quote marks and the cue are swallowed: 7 gold tokens, 9 predicted, 7 shared.
    counts = _score([_quote('"We will vote against it on Tuesday," she said', QuoteKind.DIRECT)])
    assert counts.matched_quotes == 1


def test_a_prediction_under_half_the_gold_does_not_match() -> None:
    counts = _score([_quote("We will vote", QuoteKind.DIRECT)])  # 3 of 7 tokens
    assert counts.matched_quotes == 0 and counts.token_recall > 0


def test_one_prediction_spanning_two_quotes_matches_at_most_one() -> None:
    fragment = 'We will vote against it on Tuesday," she said. "Nobody asked us.'
    score = score_article(TEXT, _gold(), QuoteSet((_quote(fragment, QuoteKind.DIRECT),), (RUIZ,)))
    assert [m.gold for m in score.matches] == [2]  # 7 shared of 12 predicted tokens


def test_matching_is_one_to_one_and_prefers_larger_overlap() -> None:
    gold = [frozenset(range(0, 6)), frozenset(range(6, 8))]
    predicted = [frozenset(range(0, 4)), frozenset(range(0, 6)), frozenset(range(6, 9))]
    assert match_quotes(gold, predicted) == [(0, 1, 6), (1, 2, 2)]


def test_nested_partial_and_indirect_both_match() -> None:
    score = score_article(TEXT, _gold(), QuoteSet(tuple(_perfect()[:2]), (RUIZ,)))
    assert sorted((m.gold, m.predicted) for m in score.matches) == [(0, 0), (1, 1)]


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        (GoldSpeaker("Ana Ruiz", ("The minister",)), Speaker("x", "the Minister"), True),
        (GoldSpeaker("Ana Ruiz", ("Ruiz",)), Speaker("x", "Ms Ruiz", ("RUIZ",)), True),
        (GoldSpeaker("the ministry"), Speaker("x", "The Ministry"), True),
        (GoldSpeaker("Mayor's spokeswoman"), Speaker("x", "the mayor’s spokeswoman"), True),
        (GoldSpeaker("Ana Ruiz", ("she",)), Speaker("x", "Lena Varga", ("she",)), False),
        (GoldSpeaker("Ana Ruiz"), Speaker("x", "Ana Ruizová"), False),
        (GoldSpeaker("Ana Ruiz"), None, False),
        (None, Speaker("x", "Ana Ruiz"), False),
        (None, None, True),
    ],
)
def test_speaker_matching(
    gold: GoldSpeaker | None, predicted: Speaker | None, expected: bool
) -> None:
    assert speaker_matches(gold, predicted) is expected


def test_unknown_speaker_id_is_read_as_a_name() -> None:
    quotes = [_quote("Nobody asked us.", QuoteKind.DIRECT, "Ana Ruiz")]
    assert _score(quotes, speakers=()).speaker_accuracy == 1.0


def test_counts_add_up_as_micro_averages() -> None:
    good = _score(_perfect())
    empty = _score([])
    both = good + empty
    assert both.gold_quotes == 8 and both.matched_quotes == 4
    assert both.quote_recall == 0.5 and both.quote_precision == 1.0
    assert both.gold_by_kind[QuoteKind.DIRECT] == 4
    assert both.kind_recall(QuoteKind.DIRECT) == 0.5


def test_nothing_to_find_and_nothing_found_is_perfect() -> None:
    counts = score_article("No quotes here.", Gold((), ()), QuoteSet((), ())).counts
    assert counts.token_f1 == counts.quote_f1 == 1.0


def test_word_tokens_keep_inner_apostrophes() -> None:
    text = "They'll play rock 'n' roll like the '90s, she’s sure."
    words = [text[s.start : s.end] for s in word_spans(text)]
    assert words == ["They'll", "play", "rock", "n", "roll", "like", "the", "90s", "she’s", "sure"]


def test_token_index_counts_partly_covered_words() -> None:
    index = TokenIndex("alpha beta gamma")
    assert index.tokens(Span(3, 8)) == {0, 1}
    assert index.tokens(Span(5, 6)) == frozenset()
    assert index.tokens(Span(0, 16)) == {0, 1, 2}


def test_gold_is_located_in_document_order() -> None:
    text = 'He said "yes". Later she said "yes" again.'
    data = {
        "speakers": [{"name": "A", "aliases": []}, {"name": "B", "aliases": []}],
        "quotes": [
            {"text": "yes", "kind": "direct", "speaker": "A", "cue": "said"},
            {"text": "yes", "kind": "direct", "speaker": "B", "cue": "said"},
        ],
    }
    gold = parse_gold(data, text)
    assert [q.span.start for q in gold.quotes] == [9, 31]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"text": "not in the article"}, "not found"),
        ({"speaker": "Nobody"}, "unknown speaker"),
        ({"kind": "shouted"}, "bad kind"),
        ({"cue": 3}, "'cue'"),
    ],
)
def test_malformed_gold_is_rejected(change: dict[str, object], message: str) -> None:
    quote = {**GOLD_DATA["quotes"][2], **change}
    data = {"speakers": GOLD_DATA["speakers"], "quotes": [quote]}
    with pytest.raises(GoldError, match=message):
        parse_gold(data, TEXT)
