"""Votes, choices and purposeful acts (session 8): the verbs of cues.json `_acts` and the
checks of reader/quotes/acts.py. Sentences written here."""

from __future__ import annotations

import pytest
from quotes_helpers import mention_text, quote_with, quotes_of

from reader.quotes.lexicon import cues

# sentence, the reported words, the speaker's mention
EXAMPLES = [
    # voting for, against, down, in favour of, and to act
    (
        "The harbour councillor voted against the plan to close the ferry terminal.",
        "the plan to close the ferry terminal",
        "The harbour councillor",
    ),
    (
        "Most of the delegates voted for the former mayor of the river town.",
        "the former mayor of the river town",
        "the delegates",
    ),
    (
        "In 1994 the county board voted to raise the toll on the old bridge.",
        "to raise the toll on the old bridge",
        "the county board",
    ),
    (
        "The port board voted on Tuesday to lease the old quay to a shipping firm.",
        "to lease the old quay to a shipping firm",
        "The port board",
    ),
    (
        "The assembly voted down a proposal to raise the speed limit.",
        "a proposal to raise the speed limit",
        "The assembly",
    ),
    (
        "The council voted in favor of a new tax on empty homes.",
        "in favor of a new tax on empty homes",
        "The council",
    ),
    # focusing on, campaigning for or against
    (
        "The new charity will focus on housing for the elderly in rural areas.",
        "housing for the elderly in rural areas",
        "The new charity",
    ),
    (
        "The tenants' union is campaigning against plans to demolish the estate.",
        "plans to demolish the estate",
        "The tenants' union",
    ),
    (
        "The group is campaigning to keep the village library open.",
        "to keep the village library open",
        "The group",
    ),
    # passing and vetoing a law, ruling
    (
        "The state senate passed a bill that would ban plastic bags in shops.",
        "a bill that would ban plastic bags in shops",
        "The state senate",
    ),
    (
        "The ferry bill, passed by the assembly in May, died in the upper house.",
        "The ferry bill",
        "the assembly",
    ),
    (
        "The governor vetoed a measure that would have cut the school budget.",
        "a measure that would have cut the school budget",
        "The governor",
    ),
    (
        "The appeals court ruled that the new zoning map was unlawful.",
        "the new zoning map was unlawful",
        "The appeals court",
    ),
    (
        "The judge ruled in favour of the tenants who had sued the landlord.",
        "in favour of the tenants who had sued the landlord",
        "The judge",
    ),
    # favouring, and choosing a person for a post
    (
        "Most economists favor a gradual rise in the minimum wage.",
        "a gradual rise in the minimum wage",
        "Most economists",
    ),
    (
        "The mayor appointed a retired judge to lead the inquiry into the fire.",
        "a retired judge to lead the inquiry into the fire",
        "The mayor",
    ),
    (
        "The board hired a former bank executive to run the pension fund.",
        "a former bank executive to run the pension fund",
        "The board",
    ),
    (
        "Voters elected a former nurse to the city council on Tuesday.",
        "a former nurse to the city council",
        "Voters",
    ),
    (
        "The senator chose a former governor as her running mate.",
        "a former governor as her running mate",
        "The senator",
    ),
    (
        "The coach named his brother as the new assistant manager.",
        "his brother as the new assistant manager",
        "The coach",
    ),
    # casting a vote or ballot, looking for and seeking what one wants
    (
        "Most of the delegates cast their votes for the former mayor of the river town.",
        "the former mayor of the river town",
        "the delegates",
    ),
    (
        "Only 300 farmers cast a ballot against the plan to merge the two markets.",
        "the plan to merge the two markets",
        "300 farmers",
    ),
    (
        "The governor is looking for a strong showing in the northern farm counties.",
        "a strong showing in the northern farm counties",
        "The governor",
    ),
    (
        "The party leaders were looking to win back voters in the rural north.",
        "to win back voters in the rural north",
        "The party leaders",
    ),
    (
        "The harbour master seeks a larger budget for the coast guard crews.",
        "a larger budget for the coast guard crews",
        "The harbour master",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), EXAMPLES)
def test_a_vote_or_an_act_reports_its_content_with_its_actor(
    text: str, words: str, speaker: str
) -> None:
    quotes = quotes_of(text)[0]
    assert quote_with(quotes, words).text == words
    assert mention_text(text, quotes, words) == speaker


def test_the_examples_run_through_the_verbs_added_for_acts() -> None:
    vocabulary = cues()
    for lemma in ("vote", "focus", "campaign", "pass", "veto", "favor", "appoint"):
        assert lemma in vocabulary.acts
        assert lemma not in vocabulary.verbs  # a deed, not a speech cue
    assert "rule" in vocabulary.verbs
    assert vocabulary.acts["vote"].preps == frozenset({"for", "against", "down"})
    assert "bill" in vocabulary.acts["pass"].objects
    assert vocabulary.acts["appoint"].for_post
    assert not vocabulary.acts["vote"].for_post
    assert vocabulary.act_for("choose", "chose") is vocabulary.acts["choose"]
    assert vocabulary.acts["cast"].objects >= {"vote", "ballot"}
    assert "dobj" in vocabulary.verbs["seek"].frames


@pytest.mark.parametrize(
    "text",
    [
        "She voted in Leeds on Thursday morning.",  # where, not what
        "He voted for the first time in 1990.",  # when, not what
        "The ball passed the goalkeeper easily.",  # not a law
        "The firm hired a top executive from the bank last year.",  # no post named
        "The paper named a retired teacher in its list of local heroes.",  # no post named
        "Voting for the new bridge would cost the party dearly.",  # a deed needs a doer
        "It is time to focus on the cost of the new bridge.",  # a deed needs a doer
        "Her husband campaigned on her behalf across the county.",  # for whom, not what
        "A man named Tom Reed ran the bakery.",  # a name given, no choice
        "The fire crews tried to reach the burning barn.",  # an attempt, no position
        "Board Passes Harbour Bill",  # a headline's act is news, not a stance
        "The storm cast doubt on the date of the harbour festival.",  # no vote cast
        "The storm cast a shadow over the harbour festival.",  # no vote cast
        "Everyone looked at the burning barn across the field.",  # a glance, no want
        "The old senator looks to be tired after the long campaign.",  # how he seems
    ],
)
def test_a_vote_or_an_act_that_holds_no_position_reports_nothing(text: str) -> None:
    assert quotes_of(text)[0].quotes == ()


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Ms. Ruiz was the first member of the assembly to endorse the harbour plan.",
            "the harbour plan",
            "Ms. Ruiz",
        ),
        (
            "He was among 12 councillors in 2010 to vote against the sale of the old library.",
            "the sale of the old library",
            "He",
        ),
    ],
)
def test_an_infinitive_that_ranks_its_subject_is_what_the_subject_did(
    text: str, words: str, speaker: str
) -> None:
    quotes = quotes_of(text)[0]
    assert quote_with(quotes, words).text == words
    assert mention_text(text, quotes, words) == speaker


def test_an_infinitive_of_purpose_is_still_no_position() -> None:
    text = "The councillors were in Leeds to back the harbour plan at the hearing."
    assert quotes_of(text)[0].quotes == ()


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The union said most of its members voted for the new contract in May.",
            "most of its members voted for the new contract in May",
            "The union",
        ),
        (
            "In the county survey, 52 percent of residents chose the tram line while 40 percent"
            " favored a new bus lane.",
            "52 percent of residents chose the tram line while 40 percent favored a new bus lane",
            "the county survey",
        ),
    ],
)
def test_an_act_inside_a_report_is_part_of_it(text: str, words: str, speaker: str) -> None:
    quotes = quotes_of(text)[0]
    assert [q.text for q in quotes.quotes] == [words]
    assert mention_text(text, quotes, words) == speaker


def test_a_deed_names_no_speaker_for_the_quote_after_it() -> None:
    text = (
        "Tom Reed, a farmer in Ely who voted for the mayor in 2016, has changed his mind."
        ' "It has done nothing for us, the small growers."'
    )
    quotes = quotes_of(text)[0]
    assert quote_with(quotes, "the mayor").text == "the mayor"
    assert quote_with(quotes, "small growers").speaker_mention is None


def test_a_deed_lends_its_doer_to_no_quote_in_marks_inside_it() -> None:
    text = (
        'The mayor appointed a planner known for the slogan "homes before cars" to lead the review.'
    )
    quotes = quotes_of(text)[0]
    assert quote_with(quotes, "a planner").speaker_mention is not None  # the deed's report
    credited = [q for q in quotes.quotes if q.text == "homes before cars" and q.speaker_mention]
    assert credited == []  # the slogan is not the mayor's words
