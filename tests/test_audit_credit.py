"""Who each version credits with a quote, and when the audit calls that a change.

The quote sets are written out by hand, so each test pins the audit's reading of a
given extraction (what the extractor finds is tested in tests/test_quotes_*).
"""

from __future__ import annotations

from quotes_helpers import make_document

from reader.audit import QuoteAudit, audit_quotes
from reader.compare import CompareOptions, compare_documents
from reader.documents.model import Span
from reader.quotes import AttributionChange, AuditEntry, AuditStatus, Quote, QuoteKind, QuoteSet
from reader.quotes.model import Speaker


def _span(text: str, fragment: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(fragment, start + 1)
    return Span(start, start + len(fragment))


def _quote(
    text: str,
    qid: str,
    words: str,
    speaker: str | None = None,
    mention: tuple[str, int] | None = None,
) -> Quote:
    span = _span(text, words)
    where = _span(text, *mention) if mention else None
    return Quote(qid, span, words, QuoteKind.DIRECT, speaker, where)


def _audit(
    old: str, new: str, old_quotes: list[Quote], new_quotes: list[Quote], people: list[Speaker]
) -> QuoteAudit:
    old_doc, new_doc = make_document(old), make_document(new)
    comparison = compare_documents(old_doc, new_doc, CompareOptions())
    used_old = {q.speaker for q in old_quotes}
    used_new = {q.speaker for q in new_quotes}
    return audit_quotes(
        comparison,
        QuoteSet(tuple(old_quotes), tuple(p for p in people if p.id in used_old)),
        QuoteSet(tuple(new_quotes), tuple(p for p in people if p.id in used_new)),
    )


def _only(result: QuoteAudit, old_id: str) -> AuditEntry:
    (entry,) = [e for e in result.entries if e.old == old_id]
    return entry


RUIZ = Speaker("a", "Ana Ruiz", aliases=("Ruiz",), kind="person")
LOWE = Speaker("b", "Beth Lowe", aliases=("Lowe",), kind="person")
PARK = Speaker("c", "Sam Park", aliases=("Park",), kind="person")


def _ruiz_then_park(old: str, new: str, words: str) -> QuoteAudit:
    """The audit of one quote, `words`, credited to Ruiz in `old` and to Park in `new`."""
    return _audit(
        old,
        new,
        [_quote(old, "q1", words, "a", ("Ruiz",))],
        [_quote(new, "q1", words, "c", ("Park",))],
        [RUIZ, PARK],
    )


def test_a_pronoun_read_differently_after_an_insertion_is_no_speaker_change() -> None:
    # An inserted sentence with another woman in it moves what "she" points at.
    old = "Mayor Ana Ruiz opened the meeting. “We will rebuild the pier,” she said."
    new = (
        "Mayor Ana Ruiz opened the meeting. Councillor Beth Lowe asked about costs. "
        "“We will rebuild the pier,” she said."
    )
    words = "We will rebuild the pier"
    result = _audit(
        old,
        new,
        [_quote(old, "q1", words, "a", ("she",))],
        [_quote(new, "q1", words, "b", ("she",))],
        [RUIZ, LOWE],
    )
    entry = _only(result, "q1")
    assert entry.status is AuditStatus.VERBATIM
    assert entry.speaker_old != entry.speaker_new  # the two readings differ ...
    assert not entry.speaker_changed  # ... but the text did not change who spoke


def test_a_kept_name_read_against_an_inserted_sentence_is_no_speaker_change() -> None:
    # The extractor credits the quote to the name written in beside it; the old credit
    # ("Ruiz said") is still there word for word.
    old = "“We will rebuild the pier,” Ruiz said. The meeting ended at nine."
    new = "“We will rebuild the pier,” Ruiz said, and Lowe agreed. The meeting ended at nine."
    words = "We will rebuild the pier"
    result = _audit(
        old,
        new,
        [_quote(old, "q1", words, "a", ("Ruiz",))],
        [_quote(new, "q1", words, "b", ("Lowe",))],
        [RUIZ, LOWE],
    )
    assert not _only(result, "q1").speaker_changed


def test_a_name_replaced_in_the_attribution_is_a_speaker_change() -> None:
    old = "“We will rebuild the pier,” Ruiz said. The meeting ended at nine."
    new = "“We will rebuild the pier,” Park said. The meeting ended at nine."
    words = "We will rebuild the pier"
    result = _ruiz_then_park(old, new, words)
    entry = _only(result, "q1")
    assert entry.status is AuditStatus.VERBATIM and entry.speaker_changed


def test_a_continuation_given_to_a_newly_named_speaker_is_a_speaker_change() -> None:
    # "..., she said. Park added: "B."": the old credit was a pronoun, the new one a name
    # the rewrite wrote in.
    old = "“The pier will reopen,” she said. “We are here for the long haul.”"
    new = "“The pier will reopen,” she said. Park added: “We are here for the long haul.”"
    words = "We are here for the long haul"
    result = _audit(
        old,
        new,
        [_quote(old, "q1", words, "a", ("she",))],
        [_quote(new, "q1", words, "c", ("Park",))],
        [RUIZ, PARK],
    )
    assert _only(result, "q1").speaker_changed


def test_a_name_changed_into_a_pronoun_is_no_claimed_change() -> None:
    # The new credit is only "he": whoever it resolves to, the audit does not guess.
    old = "Sam Park spoke. “We will rebuild the pier,” Park said."
    new = "Sam Park spoke. Tom Vale nodded. “We will rebuild the pier,” he said."
    vale = Speaker("d", "Tom Vale", aliases=("Vale",), kind="person")
    words = "We will rebuild the pier"
    result = _audit(
        old,
        new,
        [_quote(old, "q1", words, "c", ("Park", 1))],
        [_quote(new, "q1", words, "d", ("he",))],
        [PARK, vale],
    )
    assert not _only(result, "q1").speaker_changed


def test_a_dropped_quote_repeated_in_a_kept_sentence_is_still_dropped() -> None:
    # The headline quote goes; the body sentence that repeats its words is in both
    # versions, so it is not where the headline quote went.
    words = "the best news this harbour town has had in years"
    old = (
        f"Mayor calls pier deal “{words}”\n\n"
        f"The council met on Monday. Mayor Ana Ruiz called the deal “{words}” at the meeting.\n"
    )
    new = f"The council met on Monday. Mayor Ana Ruiz called the deal “{words}” at the meeting.\n"
    headline = Quote("q1", _span(old, words), words, QuoteKind.PARTIAL)
    body_old = Quote("q2", _span(old, words, 1), words, QuoteKind.PARTIAL, "a")
    body_new = Quote("q1", _span(new, words), words, QuoteKind.PARTIAL, "a")
    result = _audit(old, new, [headline, body_old], [body_new], [RUIZ])
    assert _only(result, "q1").status is AuditStatus.DROPPED
    body = _only(result, "q2")
    assert body.new == "q1" and body.status is AuditStatus.VERBATIM


def test_a_trimmed_quote_pairs_with_its_own_sentence_not_a_verbatim_copy_elsewhere() -> None:
    words = "a reckless gamble with public money and public trust"
    trimmed = "a reckless gamble with public money"
    old = (
        f"Senator Lowe called the plan “{words}” on Monday.\n\n"
        f"Critics had called it “{words}” for weeks.\n"
    )
    new = (
        f"Senator Lowe called the plan “{trimmed}” on Monday.\n\n"
        f"Critics had called it “{words}” for weeks.\n"
    )
    result = _audit(
        old,
        new,
        [
            _quote(old, "q1", words, "b", ("Lowe",)),
            Quote("q2", _span(old, words, 1), words, QuoteKind.DIRECT),
        ],
        [
            _quote(new, "q1", trimmed, "b", ("Lowe",)),
            Quote("q2", _span(new, words), words, QuoteKind.DIRECT),
        ],
        [LOWE],
    )
    senator = _only(result, "q1")
    assert senator.new == "q1" and senator.status is AuditStatus.ALTERED
    critics = _only(result, "q2")
    assert critics.new == "q2" and critics.status is AuditStatus.VERBATIM


def test_credit_removed_and_added_follow_the_quote_holding_the_words() -> None:
    old = "“We will rebuild the pier by May,” Ruiz said. The work starts soon."
    new = "We will rebuild the pier by May. The work starts soon."
    words = "We will rebuild the pier by May"
    removed = _audit(old, new, [_quote(old, "q1", words, "a", ("Ruiz",))], [], [RUIZ])
    assert _only(removed, "q1").attribution is AttributionChange.REMOVED
    added = _audit(new, old, [], [_quote(old, "q1", words, "a", ("Ruiz",))], [RUIZ])
    (entry,) = added.entries
    assert entry.attribution is AttributionChange.ADDED and entry.status is AuditStatus.VERBATIM


def test_a_name_in_the_next_sentences_own_report_credits_nothing_before_it() -> None:
    # The extractor reads "Lowe said that ..." as the credit of the quote before it.
    old = "“We will rebuild the pier.” The meeting ended at nine."
    new = "“We will rebuild the pier.” Lowe said that the budget was tight. The meeting ended."
    words = "We will rebuild the pier"
    budget = "the budget was tight"
    result = _audit(
        old,
        new,
        [Quote("q1", _span(old, words), words, QuoteKind.DIRECT)],
        [
            _quote(new, "q1", words, "b", ("Lowe",)),
            Quote("q2", _span(new, budget), budget, QuoteKind.INDIRECT, "b", _span(new, "Lowe")),
        ],
        [LOWE],
    )
    assert _only(result, "q1").attribution is None


def test_a_bare_attribution_after_a_question_still_credits_it() -> None:
    # The splitter ends a sentence at '?”'; "Park asked." is its attribution all the same.
    old = "“Who will pay for the pier?” Ruiz asked. The meeting ended at nine."
    new = "“Who will pay for the pier?” Park asked. The meeting ended at nine."
    words = "Who will pay for the pier?"
    result = _ruiz_then_park(old, new, words)
    assert _only(result, "q1").speaker_changed


def test_a_name_before_a_colon_credits_the_paragraph_quoted_after_it() -> None:
    old = "Ruiz answered the critics:\n\n“We will rebuild the pier before the storms.”\n"
    new = "Park answered the critics:\n\n“We will rebuild the pier before the storms.”\n"
    words = "We will rebuild the pier before the storms."
    result = _ruiz_then_park(old, new, words)
    assert _only(result, "q1").speaker_changed


def test_no_credit_added_where_the_old_sentence_already_names_a_source() -> None:
    # "according to the council" credits the old words, though no quote was read there.
    old = "The lease will bring about 180 jobs, according to the council.\n"
    new = "The council said the lease will bring about 180 jobs.\n"
    words = "the lease will bring about 180 jobs"
    council = Speaker("k", "council", old_mentions=(_span(old, "the council"),), kind="group")
    new_council = Speaker("k", "council", old_mentions=(_span(new, "The council"),), kind="group")
    old_doc, new_doc = make_document(old), make_document(new)
    comparison = compare_documents(old_doc, new_doc, CompareOptions())
    quote = Quote(
        "q1", _span(new, words), words, QuoteKind.INDIRECT, "k", _span(new, "The council")
    )
    result = audit_quotes(comparison, QuoteSet((), (council,)), QuoteSet((quote,), (new_council,)))
    (entry,) = result.entries
    assert entry.status is AuditStatus.VERBATIM and entry.attribution is None
    # Without the old sentence's source the same edit is a credit added.
    bare = old.replace(", according to the council", "")
    plain = audit_quotes(
        compare_documents(make_document(bare), new_doc, CompareOptions()),
        QuoteSet((), ()),
        QuoteSet((quote,), (new_council,)),
    )
    assert [e.attribution for e in plain.entries] == [AttributionChange.ADDED]


def test_no_credit_change_for_a_reported_clause_of_a_few_words() -> None:
    old = "Harbour board backs container yard\n\nThe vote was on Monday.\n"
    new = "Container yard approved\n\nThe vote was on Monday.\n"
    words = "container yard"
    board = Speaker("h", "Harbour board", old_mentions=(_span(old, "Harbour board"),))
    quote = Quote(
        "q1", _span(old, words), words, QuoteKind.INDIRECT, "h", _span(old, "Harbour board")
    )
    result = _audit(old, new, [quote], [], [board])
    entry = _only(result, "q1")
    assert entry.status is AuditStatus.VERBATIM and entry.attribution is None


def test_a_half_matching_sentence_elsewhere_is_no_counterpart_of_a_dropped_quote() -> None:
    words = "a reckless gamble with public money and public trust"
    old = (
        "The council met on Monday.\n\n"
        "After three hours of questions about parking and the ferry timetable, Senator Lowe "
        f"stood up and called the harbour plan “{words}.”\n\n"
        "Residents wrote in all week.\n"
    )
    new = (
        "The council met on Monday.\n\n"
        "After three hours of questions about parking and the ferry timetable, the meeting "
        "closed.\n\n"
        "Residents wrote in all week.\n\n"
        "Public money and public trust were the themes of the night.\n"
    )
    result = _audit(old, new, [Quote("q1", _span(old, words), words, QuoteKind.DIRECT)], [], [])
    assert _only(result, "q1").status is AuditStatus.DROPPED
    # Nearly all its words in order in a sentence of its own: the quote moved, trimmed.
    moved = new.replace("Public money and public trust were the themes of the night", (
        "The plan is a reckless gamble with public money and trust, Lowe said"
    ))  # fmt: skip
    again = _audit(old, moved, [Quote("q1", _span(old, words), words, QuoteKind.DIRECT)], [], [])
    assert _only(again, "q1").status is AuditStatus.ALTERED


def test_a_pronoun_after_a_replaced_name_in_its_own_sentence_is_a_speaker_change() -> None:
    # "she" can only be the name just before it in the sentence: when that name is
    # replaced, the speaker changed with it.
    old = "Ruiz spoke on Monday, and she said the pier will reopen in May. The vote is next."
    new = "Lowe spoke on Monday, and she said the pier will reopen in May. The vote is next."
    words = "the pier will reopen in May"
    ruiz = Speaker("a", "Ana Ruiz", ("Ruiz",), old_mentions=(_span(old, "Ruiz"),), kind="person")
    lowe = Speaker("b", "Beth Lowe", ("Lowe",), old_mentions=(_span(new, "Lowe"),), kind="person")
    old_quote = _quote(old, "q1", words, "a", ("she",))
    new_quote = _quote(new, "q1", words, "b", ("she",))
    comparison = compare_documents(make_document(old), make_document(new), CompareOptions())
    result = audit_quotes(
        comparison, QuoteSet((old_quote,), (ruiz,)), QuoteSet((new_quote,), (lowe,))
    )
    assert _only(result, "q1").speaker_changed
    # With no name before it in its sentence, the same pronoun proves nothing.
    far_old = old.replace("Ruiz spoke on Monday, and she", "Ruiz spoke on Monday. Later she")
    far_new = new.replace("Lowe spoke on Monday, and she", "Lowe spoke on Monday. Later she")
    far = audit_quotes(
        compare_documents(make_document(far_old), make_document(far_new), CompareOptions()),
        QuoteSet((_quote(far_old, "q1", words, "a", ("she",)),), (ruiz,)),
        QuoteSet((_quote(far_new, "q1", words, "b", ("she",)),), (lowe,)),
    )
    assert not _only(far, "q1").speaker_changed


def test_a_name_inside_the_uncredited_words_does_not_hide_a_removed_credit() -> None:
    # "according to the harbour office" is part of the laundered words, not their credit.
    words = "the pier will reopen in May, according to the harbour office"
    old = f"Ruiz said: “{words[:1].upper() + words[1:]}.” The vote is next.\n"
    new = f"{words[:1].upper() + words[1:]}. The vote is next.\n"
    quoted = words[:1].upper() + words[1:]
    office_old = Speaker("o", "harbour office", old_mentions=(_span(old, "the harbour office"),))
    office_new = Speaker("o", "harbour office", old_mentions=(_span(new, "the harbour office"),))
    ruiz = Speaker("a", "Ana Ruiz", ("Ruiz",), old_mentions=(_span(old, "Ruiz"),), kind="person")
    comparison = compare_documents(make_document(old), make_document(new), CompareOptions())
    result = audit_quotes(
        comparison,
        QuoteSet((_quote(old, "q1", quoted, "a", ("Ruiz",)),), (ruiz, office_old)),
        QuoteSet((), (office_new,)),
    )
    assert _only(result, "q1").attribution is AttributionChange.REMOVED


def test_no_credit_added_where_the_old_sentence_names_whoever_acted() -> None:
    # "the board voted to lease ..." becomes "officials agreed to lease ...": a frame the
    # extractor reads as reported speech, not narration given a speaker.
    old = "The harbour board voted on Tuesday to lease the north quay to a shipping firm.\n"
    new = "Harbour officials have agreed to lease the north quay to a shipping firm.\n"
    words = "to lease the north quay to a shipping firm"
    board = Speaker("h", "harbour board", old_mentions=(_span(old, "The harbour board"),))
    officials = Speaker("o", "Harbour officials", old_mentions=(_span(new, "Harbour officials"),))
    quote = Quote(
        "q1", _span(new, words), words, QuoteKind.INDIRECT, "o", _span(new, "Harbour officials")
    )
    comparison = compare_documents(make_document(old), make_document(new), CompareOptions())
    result = audit_quotes(comparison, QuoteSet((), (board,)), QuoteSet((quote,), (officials,)))
    (entry,) = result.entries
    assert entry.attribution is None
    # With nobody named in the old sentence, the same words are a credit added.
    bare = "On Tuesday it was decided to lease the north quay to a shipping firm.\n"
    plain = audit_quotes(
        compare_documents(make_document(bare), make_document(new), CompareOptions()),
        QuoteSet((), ()),
        QuoteSet((quote,), (officials,)),
    )
    assert [e.attribution for e in plain.entries] == [AttributionChange.ADDED]


def _in_parts(text: str, qid: str, first: str, second: str, speaker: str, name: str) -> Quote:
    a, b = _span(text, first), _span(text, second)
    whole = Span(a.start, b.end)
    return Quote(
        qid,
        whole,
        text[a.start : b.end],
        QuoteKind.DIRECT,
        speaker,
        _span(text, name),
        None,
        (a, b),
    )


def test_a_later_part_of_a_re_credited_quote_is_a_speaker_change_too() -> None:
    # `"A," Ruiz said. She gave no date. "B."` with Park for Ruiz: both parts change hands,
    # and the row for B must not show Ruiz -> Park yet deny the change.
    first, second = "We will rebuild the pier", "The work starts in spring"
    old = f"“{first},” Ruiz said on Monday. She gave no date. “{second}.”"
    new = f"“{first},” Park said on Monday. She gave no date. “{second}.”"
    result = _audit(
        old,
        new,
        [_in_parts(old, "q1", first, second, "a", "Ruiz")],
        [_in_parts(new, "q1", first, second, "c", "Park")],
        [RUIZ, PARK],
    )
    for part in ("q1.1", "q1.2"):
        entry = _only(result, part)
        assert entry.speaker_old != entry.speaker_new
        assert entry.speaker_changed, part


def test_words_reported_through_the_same_cue_leave_the_name_crediting_the_quote() -> None:
    # "..., Ruiz said of the board, which ...": the extractor also takes what follows the
    # name as reported through the same "said"; that is not a report of the name's own.
    old = "“We will rebuild the pier,” Ruiz said of the harbour board, which wants it sold."
    new = old.replace("Ruiz", "Park")
    words, about = "We will rebuild the pier", "the harbour board, which wants it sold"

    def quotes(text: str, speaker: str, name: str) -> list[Quote]:
        cue, mention = _span(text, "said"), _span(text, name)
        return [
            Quote("q1", _span(text, words), words, QuoteKind.DIRECT, speaker, mention, cue),
            Quote("q2", _span(text, about), about, QuoteKind.INDIRECT, speaker, mention, cue),
        ]

    result = _audit(old, new, quotes(old, "a", "Ruiz"), quotes(new, "c", "Park"), [RUIZ, PARK])
    assert _only(result, "q1").speaker_changed
