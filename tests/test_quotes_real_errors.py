"""The error classes found on real news (issue 12), each with sentences written here.

Cue entries added to cues.json this round each have an example sentence below.
"""

from __future__ import annotations

import json
from importlib import resources

from quotes_helpers import make_document, quote_with, quotes_of, speaker_name

from reader.audit import audit_quotes
from reader.audit.linking import link_speakers
from reader.compare import CompareOptions, compare_documents
from reader.documents.model import Document, Span
from reader.quotes import AttributionChange, AuditStatus, QuoteSet, Speaker, extract_many

# lemma -> (sentence, words the reported content holds)
EXAMPLES = {
    "clarify": (
        "The mayor clarified that the toll would end in June.",
        "the toll would end in June",
    ),
    "charge": (
        "The prosecutor charged that the firm had hidden its losses.",
        "the firm had hidden its losses",
    ),
    "testify": (
        "The engineer testified that the crane had failed twice.",
        "the crane had failed twice",
    ),
    "imply": (
        "The minister implied that the budget would be cut again.",
        "the budget would be cut again",
    ),
    "inform": ("The council informed residents that the road would close.", "the road would close"),
    "answer": (
        "The coach answered that the team was ready for the final.",
        "the team was ready for the final",
    ),
    "shout": ("A protester shouted that the plan was a disgrace.", "the plan was a disgrace"),
    "continue": (
        "The senator continued that nobody had read the bill.",
        "nobody had read the bill",
    ),
    "chime": (
        "Her deputy chimed in that the figures were still rising.",
        "the figures were still rising",
    ),
    "document": (
        "The auditors documented that the fund had lost money.",
        "the fund had lost money",
    ),
    "realize": (
        "The director realized that the schedule was too tight.",
        "the schedule was too tight",
    ),
    "realise": (
        "The director realised that the schedule was too tight.",
        "the schedule was too tight",
    ),
    "suspect": (
        "Investigators suspect that the fire was started deliberately.",
        "the fire was started deliberately",
    ),
    "worry": (
        "Farmers worry that the drought will last another year.",
        "the drought will last another year",
    ),
    "fear": (
        "Parents fear that the school will close next spring.",
        "the school will close next spring",
    ),
    "doubt": (
        "Economists doubt that the rates will fall this year.",
        "the rates will fall this year",
    ),
    "recognize": (
        "The governor recognized that the rollout had been slow.",
        "the rollout had been slow",
    ),
    "recognise": (
        "The governor recognised that the rollout had been slow.",
        "the rollout had been slow",
    ),
    "decide": ("The board decided that the museum would stay open.", "the museum would stay open"),
    "caution": (
        "Doctors caution that the vaccine is not yet approved.",
        "the vaccine is not yet approved",
    ),
    "show": ("Court records show that the company paid no tax.", "the company paid no tax"),
    "find": (
        "The inquiry found that the warnings had been ignored.",
        "the warnings had been ignored",
    ),
    "know": ("The union knows that the talks could fail.", "the talks could fail"),
    "feel": ("Many voters feel that the race is already over.", "the race is already over"),
    "learn": ("The reporters learned that the deal had collapsed.", "the deal had collapsed"),
    "understand": ("The regulator understands that the merger is off.", "the merger is off"),
    "reveal": ("The leaked memo revealed that the plant was unsafe.", "the plant was unsafe"),
    "disclose": (
        "The bank disclosed that it had lost a major client.",
        "it had lost a major client",
    ),
    "mention": ("The ranger mentioned that the trail was flooded.", "the trail was flooded"),
    "deny": ("The senator denied the allegations on Monday.", "the allegations"),
    "announce": ("The club announced a new stadium for the city.", "a new stadium for the city"),
    "propose": ("The committee proposed a ban on night flights.", "a ban on night flights"),
    "question": (
        "The judge questioned whether the evidence was reliable.",
        "the evidence was reliable",
    ),
    "demand": (
        "The strikers demanded that the wages be paid at once.",
        "the wages be paid at once",
    ),
    "recommend": ("The panel recommended that the bridge be rebuilt.", "the bridge be rebuilt"),
    "promise": (
        "The mayor promised to repair every road by winter.",
        "to repair every road by winter",
    ),
    "pledge": (
        "The candidate pledged to cut the sales tax in half.",
        "to cut the sales tax in half",
    ),
    "vow": ("The rebels vowed to fight on until the spring.", "to fight on until the spring"),
    "agree": ("Both parties agreed to hold the vote next week.", "to hold the vote next week"),
    "warn": ("The union warned members to expect a long strike.", "to expect a long strike"),
    "hope": (
        "The coach hopes to sign two new players this summer.",
        "to sign two new players this summer",
    ),
    "expect": (
        "Analysts expect that the central bank will raise rates.",
        "the central bank will raise rates",
    ),
    "want": (
        "The mayor wants to hire fifty more police officers.",
        "to hire fifty more police officers",
    ),
    "plan": ("The senator plans to visit the border next month.", "to visit the border next month"),
    "refuse": ("The company refused to pay the fine.", "to pay the fine"),
    "intend": ("The minister intends to call an early election.", "to call an early election"),
    "seek": ("The campaign sought to calm its nervous donors.", "to calm its nervous donors"),
    "support": ("The senator supports the new trade agreement.", "the new trade agreement"),
    "endorse": (
        "The newspaper endorsed the young challenger for mayor.",
        "the young challenger for mayor",
    ),
    "mock": ("The comedian mocked the governor's new slogan.", "the governor's new slogan"),
    "back": ("The union backed the long strike.", "the long strike"),
    "prefer": ("Most voters prefer the younger candidate.", "the younger candidate"),
    "cite": ("The lawyer cited three earlier rulings in court.", "three earlier rulings"),
    "express": ("The residents expressed their anger at the meeting.", "their anger"),
}


def _cue_lemmas() -> set[str]:
    text = resources.files("reader.quotes").joinpath("cues.json").read_text(encoding="utf-8")
    return set(json.loads(text)["verbs"])


def test_every_new_cue_entry_is_in_the_lexicon() -> None:
    assert set(EXAMPLES) <= _cue_lemmas()


def test_each_new_cue_entry_finds_its_example() -> None:
    found = quotes_of(*(sentence for sentence, _ in EXAMPLES.values()))
    for (lemma, (sentence, words)), quotes in zip(EXAMPLES.items(), found, strict=True):
        hits = [q for q in quotes.quotes if words in q.text and q.cue is not None]
        assert hits, (lemma, sentence, [q.text for q in quotes.quotes])
        assert all(q.speaker_mention is not None for q in hits), lemma


# -- mid-sentence and trailing attributions; "according to" -------------------------------


def test_trailing_attribution_ends_before_its_own_subject() -> None:
    (quotes,) = quotes_of("The plan will fail in the spring, analysts say.")
    quote = quote_with(quotes, "fail")
    assert quote.text == "The plan will fail in the spring"
    assert speaker_name(quotes, quote) == "analysts"


def test_mid_sentence_attribution_reports_the_clause_it_interrupts() -> None:
    (quotes,) = quotes_of("Still, the agency said, the senator can win the state.")
    quote = quote_with(quotes, "win the state")
    assert "agency" not in quote.text and quote.text.endswith("can win the state")


def test_according_to_stays_when_the_verb_reports_nothing() -> None:
    (quotes,) = quotes_of(
        "The firm signed a deal worth two million dollars, according to people who saw it."
    )
    quote = quote_with(quotes, "signed a deal")
    assert quote.cue is not None and quote.speaker_mention is not None


# -- boundaries: multi-part quotes, fragments inside reported clauses ----------------------


def test_an_interrupted_quote_is_one_quote_in_two_parts() -> None:
    text = 'Tom Blake spoke first. "It is late," he said. "But we can still fix it."'
    (quotes,) = quotes_of(text)
    quote = quote_with(quotes, "It is late")
    assert [text[p.start : p.end] for p in quote.parts] == [
        "It is late",
        "But we can still fix it.",
    ]
    assert speaker_name(quotes, quote) == "Tom Blake"
    assert quote.speaker_mention is not None and text[quote.speaker_mention.start :].startswith(
        "he"
    )


def test_a_quote_interrupted_inside_one_sentence_is_one_quote_in_two_parts() -> None:
    # Both halves hang on the same "told": one speech act, one quote.
    text = 'The council met. "This is new," Ana Ruiz told reporters on Monday, "and it must stop."'
    (quotes,) = quotes_of(text)
    quote = quote_with(quotes, "This is new")
    assert [text[p.start : p.end] for p in quote.parts] == ["This is new", "and it must stop."]
    assert speaker_name(quotes, quote) == "Ana Ruiz"
    assert sum("must stop" in q.text for q in quotes.quotes) == 1


def test_a_reported_clause_inside_another_stays_part_of_it() -> None:
    text = "Ana Ruiz said she hoped the library would open on Sundays."
    (quotes,) = quotes_of(text)
    reported = [q for q in quotes.quotes if q.kind.value == "indirect"]
    assert [q.text for q in reported] == ["she hoped the library would open on Sundays"]


def test_a_quoted_fragment_sits_inside_its_reported_clause() -> None:
    text = 'The mayor said the plan was "a costly mistake" and would be dropped.'
    (quotes,) = quotes_of(text)
    fragment = quote_with(quotes, "a costly mistake")
    reported = quote_with(quotes, "would be dropped")
    assert reported.span.start <= fragment.span.start and fragment.span.end <= reported.span.end


# -- speakers ------------------------------------------------------------------------------


def test_a_name_broken_by_a_line_wrap_is_one_speaker() -> None:
    text = "Teachers marched on Friday. Union leader Randi\nWeingarten said the strike would go on."
    document = Document(text, (Span(0, len(text)),))
    (quotes,) = extract_many([document])
    quote = quote_with(quotes, "strike would go on")
    assert speaker_name(quotes, quote) == "Randi Weingarten"


def test_people_sharing_a_surname_stay_two_speakers_across_versions() -> None:
    old = QuoteSet(
        (),
        (
            Speaker("p1", "Bill Clinton", ("Clinton",), kind="person"),
            Speaker("p2", "Hillary Clinton", kind="person"),
        ),
    )
    new = QuoteSet((), (Speaker("p1", "Hillary Clinton", ("Clinton",), kind="person"),))
    shared, old_ids, new_ids = link_speakers(old, new)
    assert old_ids["p1"] != old_ids["p2"]
    assert new_ids["p1"] == old_ids["p2"]
    bill = next(s for s in shared if s.name == "Bill Clinton")
    assert "Hillary Clinton" not in bill.aliases


def test_a_surname_alone_links_when_one_person_carries_it() -> None:
    old = QuoteSet((), (Speaker("p1", "Ana Ruiz", kind="person"),))
    new = QuoteSet((), (Speaker("p1", "Ruiz", kind="person"),))
    _, old_ids, new_ids = link_speakers(old, new)
    assert old_ids["p1"] == new_ids["p1"]


def test_a_pronoun_skips_a_speaker_of_the_other_gender() -> None:
    text = "Maria Lopez said the vote was fair. He said the count would be checked again."
    (quotes,) = quotes_of("Tom Blake said the hall was full. " + text)
    quote = quote_with(quotes, "checked again")
    assert speaker_name(quotes, quote) == "Tom Blake"


def test_a_pronoun_two_speakers_could_take_is_left_unresolved() -> None:
    # "she": Okoro is nearer but of unknown gender, Maria Ruiz is known to fit.
    text = (
        "Maria Ruiz said the vote was fair. Ade Okoro said the count was slow. "
        "She said the result would stand."
    )
    (quotes,) = quotes_of(text)
    quote = quote_with(quotes, "would stand")
    assert quote.speaker is None and quote.speaker_mention is not None


def test_a_continuation_quote_carries_the_speakers_mention() -> None:
    text = '"We lost," Ana Ruiz said on Monday.\n"Nobody asked us. Nobody listened."'
    (quotes,) = quotes_of(text)
    quote = quote_with(quotes, "Nobody listened")
    assert speaker_name(quotes, quote) == "Ana Ruiz"
    assert quote.speaker_mention is not None
    assert text[quote.speaker_mention.start : quote.speaker_mention.end] == "Ana Ruiz"


def test_a_quote_next_to_a_shouted_cue_has_a_mention() -> None:
    text = 'A protester shouted, "Stop the trucks now!"'
    (quotes,) = quotes_of(text)
    quote = quote_with(quotes, "Stop the trucks")
    assert quote.speaker_mention is not None


# -- the audit -----------------------------------------------------------------------------


def _audit(old: str, new: str) -> list[tuple[AuditStatus, bool, AttributionChange | None]]:
    old_doc, new_doc = make_document(old), make_document(new)
    comparison = compare_documents(old_doc, new_doc, CompareOptions())
    old_q, new_q = extract_many([old_doc, new_doc])
    entries = audit_quotes(comparison, old_q, new_q).entries
    return [(e.status, e.speaker_changed, e.attribution) for e in entries]


def test_a_rewrapped_name_is_no_speaker_change() -> None:
    old = 'The strike goes on. "We will not give in," Ms. Weingarten said on Friday.'
    new = 'The strike goes on. "We will not give in," Ms.\nWeingarten said on Friday.'
    old_doc = Document(old, (Span(0, len(old)),))
    new_doc = Document(new, (Span(0, len(new)),))
    comparison = compare_documents(old_doc, new_doc, CompareOptions())
    old_q, new_q = extract_many([old_doc, new_doc])
    entries = audit_quotes(comparison, old_q, new_q).entries
    assert [(e.status, e.speaker_changed) for e in entries] == [(AuditStatus.VERBATIM, False)]


def test_a_one_word_scare_quote_is_not_matched_in_another_sentence() -> None:
    old = 'Mayor backs bold plan\nThe mayor called the plan "bold" on Monday.\nThe vote is in May.'
    new = "Mayor backs bold plan\nThe vote is in May."
    old_doc, new_doc = make_document(old), make_document(new)
    old_q, new_q = extract_many([old_doc, new_doc])
    entries = audit_quotes(compare_documents(old_doc, new_doc, CompareOptions()), old_q, new_q)
    dropped_line = Span(old.index("The mayor"), old.index("\nThe vote"))
    in_dropped = [e for e in entries.entries if e.old_span and e.old_span.overlaps(dropped_line)]
    assert in_dropped and all(e.status is AuditStatus.DROPPED for e in in_dropped)


def test_speaker_change_needs_two_known_people() -> None:
    old = 'Tom Blake said the hearing was over. "We will appeal the ruling," he said.'
    new = 'Tom Blake said the hearing was over. "We will appeal the ruling," Sara Lund said.'
    assert sorted(_audit(old, new)) == [
        (AuditStatus.VERBATIM, False, None),  # "the hearing was over": Blake's both times
        (AuditStatus.VERBATIM, True, None),
    ]
    unknown = 'The ruling came late. "We will appeal the ruling," he said.'
    assert not any(changed for _, changed, _ in _audit(unknown, new))


def test_attribution_removed_when_the_words_survive_uncredited() -> None:
    old = 'The minister said: "We will build the new bridge by May."'
    new = "We will build the new bridge by May. The work starts soon."
    assert _audit(old, new) == [(AuditStatus.VERBATIM, False, AttributionChange.REMOVED)]


def test_attribution_added_when_narration_becomes_a_quote() -> None:
    old = "The new bridge will be built by May. The work starts soon."
    new = 'The minister said: "The new bridge will be built by May." The work starts soon.'
    assert _audit(old, new) == [(AuditStatus.VERBATIM, False, AttributionChange.ADDED)]


def test_an_organisations_possessive_role_reads_once() -> None:
    text = (
        "Northgate Marine's spokeswoman, Priya Lund, said the firm would hire locally. "
        "The company will open the yard next year, she said."
    )
    from reader.documents import document_from_text
    from reader.quotes import extract_quotes

    quotes = extract_quotes(document_from_text(text))
    roles = [alias for s in quotes.speakers for alias in (*s.aliases, s.name)]
    assert "Northgate Marine's spokeswoman" in roles
    assert not any("'s's" in alias or " 's" in alias for alias in roles)
