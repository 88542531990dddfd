"""Two people who share a surname stay two speakers; names keep their hyphens."""

from __future__ import annotations

from quotes_helpers import make_document
from spacy.tokens import Doc

from reader.documents.model import Span
from reader.quotes import QuoteSet, extract_quotes
from reader.quotes.mentions import Mention, MentionKind, mention_from_token
from reader.quotes.model import Speaker
from reader.quotes.parsed import ParsedChunk
from reader.quotes.pipeline import get_pipeline
from reader.quotes.speakers import SpeakerResolver


def run(text: str) -> QuoteSet:
    return extract_quotes(make_document(text))


def speaker_of(result: QuoteSet, words: str) -> Speaker | None:
    quote = next(q for q in result.quotes if words in q.text)
    return next((s for s in result.speakers if s.id == quote.speaker), None)


def test_mr_surname_does_not_become_a_woman_named_later() -> None:
    text = (
        "Council Fears A Storm In Dock Plan.\n\n"
        "President Marlowe toured the dock on Sunday. "
        "“Our dock is on the line,” Mr. Marlowe said at a dinner.\n\n"
        "His wife, Brenda Marlowe, will open a school next month."
    )
    result = run(text)
    speaker = speaker_of(result, "Our dock is on the line")
    assert speaker is not None
    assert speaker.name != "Brenda Marlowe"
    assert "Brenda Marlowe" not in speaker.aliases
    # The title comes from "President Marlowe", not from the headline above it.
    assert speaker.role == "President"


def test_a_title_is_never_taken_from_a_headline_line() -> None:
    text = (
        "Council Fears A Storm In Dock Plan\n"
        "President Marlowe toured the dock on Sunday.\n"
        "“Our dock is on the line,” Mr. Marlowe said at a dinner."
    )
    speaker = speaker_of(run(text), "Our dock is on the line")
    assert speaker is not None
    assert speaker.role == "President"


def test_a_title_is_never_taken_across_a_sentence_end() -> None:
    text = (
        "The board met in Dover. Chairman Tull opened the meeting. "
        "“We are short of money,” Mr. Tull said."
    )
    speaker = speaker_of(run(text), "short of money")
    assert speaker is not None
    assert speaker.role == "Chairman"
    assert "Dover" not in (speaker.role or "")


def test_a_full_name_with_a_conflicting_first_name_is_a_second_speaker() -> None:
    text = (
        "“The bridge must close,” Mr. Marlowe said on Monday.\n\n"
        "“The bridge must stay open,” Brenda Marlowe said on Tuesday."
    )
    result = run(text)
    first = speaker_of(result, "must close")
    second = speaker_of(result, "stay open")
    assert first is not None and second is not None
    assert first.id != second.id
    assert second.name == "Brenda Marlowe"
    assert first.name != "Brenda Marlowe"


def test_a_bare_surname_shared_by_two_people_links_to_neither() -> None:
    text = (
        "Gary Pell, the mayor, said the port would open in May. "
        "His sister, Helen Pell, said the port would open in June.\n\n"
        "“Nobody knows when it will open,” Pell said."
    )
    result = run(text)
    gary = speaker_of(result, "in May")
    helen = speaker_of(result, "in June")
    bare = speaker_of(result, "Nobody knows")
    assert gary is not None and helen is not None and bare is not None
    assert gary.name == "Gary Pell" and helen.name == "Helen Pell"
    assert bare.id not in (gary.id, helen.id)
    assert bare.name == "Pell"


def test_an_honorific_decides_between_two_people_with_one_surname() -> None:
    text = (
        "Gary Pell, the mayor, said the port would open in May. "
        "His sister, Helen Pell, said the port would open in June.\n\n"
        "“Nobody knows when it will open,” Mrs. Pell said. "
        "“It opens when I say so,” Mr. Pell said."
    )
    result = run(text)
    gary = speaker_of(result, "in May")
    helen = speaker_of(result, "in June")
    assert gary is not None and helen is not None
    assert speaker_of(result, "Nobody knows") == helen
    assert speaker_of(result, "when I say so") == gary


def test_a_surname_used_by_one_person_still_links() -> None:
    text = (
        "Gary Pell, the mayor, said the port would open in May. "
        "“Nobody knows when it will open,” Pell said."
    )
    result = run(text)
    assert speaker_of(result, "Nobody knows") == speaker_of(result, "in May")


def test_hyphenated_names_are_kept_whole() -> None:
    text = (
        "Jean-Luc Moreau, the trade minister of Belgium, said the tariff was unfair. "
        "Choi Hyun-woo said the talks would resume in March. "
        "Mayor Kwon Min-ji said the city would pay."
    )
    result = run(text)
    names = {
        s.name
        for s in (
            speaker_of(result, "tariff"),
            speaker_of(result, "talks"),
            speaker_of(result, "city would pay"),
        )
        if s is not None
    }
    assert names == {"Jean-Luc Moreau", "Choi Hyun-woo", "Kwon Min-ji"}


def test_a_quantity_noun_gives_way_to_the_people_it_counts() -> None:
    text = "A number of farmers said the new dam would flood their fields."
    speaker = speaker_of(run(text), "flood their fields")
    assert speaker is not None
    assert speaker.name.lower() == "farmers"


def test_a_fronted_phrase_is_not_the_speaker_named_beside_it() -> None:
    # The parser sometimes takes the object of a fronted preposition ("until the vote") for
    # the subject and hangs the real subject on it as an appositive; this is that parse.
    rows = [
        ("With", "ADP", "prep", 16),
        ("40", "NUM", "nummod", 2),
        ("days", "NOUN", "pobj", 0),
        ("until", "ADP", "prep", 2),
        ("the", "DET", "det", 5),
        ("vote", "NOUN", "nsubj", 16),
        (",", "PUNCT", "punct", 5),
        ("Rosa", "PROPN", "compound", 8),
        ("Quint", "PROPN", "appos", 5),
        (",", "PUNCT", "punct", 8),
        ("an", "DET", "det", 11),
        ("aide", "NOUN", "appos", 8),
        ("to", "ADP", "prep", 11),
        ("the", "DET", "det", 14),
        ("mayor", "NOUN", "pobj", 12),
        (",", "PUNCT", "punct", 8),
        ("said", "VERB", "ROOT", 16),
    ]
    pipeline = get_pipeline()
    assert pipeline is not None
    words = [w for w, _, _, _ in rows]
    doc = Doc(
        pipeline.vocab,
        words=words,
        spaces=[words[i + 1 : i + 2] != [","] for i in range(len(words))],
        pos=[p for _, p, _, _ in rows],
        deps=[d for _, _, d, _ in rows],
        heads=[h for _, _, _, h in rows],
        lemmas=[w.lower() for w in words],
        ents=["O"] * 7 + ["B-PERSON", "I-PERSON"] + ["O"] * 8,
    )
    mention = mention_from_token(ParsedChunk(0, doc), doc[5])
    assert mention.kind is MentionKind.PERSON
    assert mention.name == "Rosa Quint"
    assert "vote" not in (mention.role or "") and "vote" not in mention.text


def test_who_stands_for_people_not_for_a_programme() -> None:
    text = (
        "By noon, the pastor was taking calls from older listeners to his morning "
        "radio show who said they feared the plan."
    )
    speaker = speaker_of(run(text), "feared the plan")
    assert speaker is not None
    assert "show" not in speaker.name
    assert "listeners" in speaker.name


def test_a_pronoun_in_the_speakers_own_sentence_is_that_speaker() -> None:
    text = (
        "Gary Pell said the port would open in May.\n\n"
        "Secretary General Choi Hyun-woo condemned what he called a breach. "
        "“We cannot allow it,” he told reporters."
    )

    def at(
        words: str, kind: MentionKind, name: str | None = None, gender: str | None = None
    ) -> Mention:
        start = text.index(words)
        span = Span(start, start + len(words.split()[0] if kind is MentionKind.PRONOUN else words))
        return Mention(span, text[span.start : span.end], kind, name=name, gender=gender)

    resolver = SpeakerResolver(text)
    gary = resolver.resolve(at("Gary Pell", MentionKind.PERSON, name="Gary Pell", gender="m"))
    choi = resolver.resolve(at("Choi Hyun-woo", MentionKind.PERSON, name="Choi Hyun-woo"))
    assert gary is not None and choi is not None and gary != choi
    # "he" in Choi's own sentence is Choi, though Gary, named earlier, is surely a man.
    assert resolver.resolve(at("he called", MentionKind.PRONOUN, gender="m")) == choi
    # ... and the next sentence's "he" has learnt from it.
    assert resolver.resolve(at("he told", MentionKind.PRONOUN, gender="m")) == choi
