"""Cue entries added to cues.json in issue 12's second round, each with an example
sentence written here."""

from __future__ import annotations

from quotes_helpers import quotes_of

from reader.quotes.lexicon import cues

# lemma -> (sentence, words the reported content holds), for cue entries added this round
CUE_EXAMPLES = {
    "call": ("The mayor called for a full inquiry into the flooding.", "a full inquiry"),
    "respond": ("The union responded to the pay offer within an hour.", "the pay offer"),
    "talk": ("The coach talked about the long season ahead.", "the long season ahead"),
    "speak": ("The bishop spoke about the closing of the mill.", "the closing of the mill"),
    "point": ("The auditor pointed out that the fund was empty.", "the fund was empty"),
    "apologize": ("The minister apologized for the delay in payments.", "the delay in payments"),
    "apologise": ("The minister apologised for the delay in payments.", "the delay in payments"),
    "oppose": ("The farmers opposed the new water charges.", "the new water charges"),
    "discuss": ("The senators discussed a ban on night flights.", "a ban on night flights"),
    "defend": ("The director defended her decision to close the hall.", "her decision"),
    "denounce": ("The bishop denounced the attack on the mosque.", "the attack on the mosque"),
    "applaud": ("The teachers applauded the smaller class sizes.", "the smaller class sizes"),
    "blame": ("The tenants blamed the landlord for the damp.", "the landlord for the damp"),
    "decry": ("The nurses decried the long night shifts.", "the long night shifts"),
    "highlight": ("The report's author highlighted the rise in rents.", "the rise in rents"),
    "dismiss": ("The senator dismissed the criticism from her rivals.", "the criticism"),
}


def test_each_cue_entry_added_this_round_finds_its_example() -> None:
    found = quotes_of(*(sentence for sentence, _ in CUE_EXAMPLES.values()))
    for (lemma, (sentence, words)), quotes in zip(CUE_EXAMPLES.items(), found, strict=True):
        hits = [q for q in quotes.quotes if words in q.text and q.cue is not None]
        assert hits, f"{lemma}: nothing reported in {sentence!r}: {quotes.quotes}"
        cue = hits[0].cue
        assert cue is not None
        assert cues().forms.get(sentence[cue.start : cue.end].lower()) == lemma, lemma


def test_a_prep_frame_needs_its_own_preposition() -> None:
    text = "The mayor called at the harbour office on Monday morning."
    assert quotes_of(text)[0].quotes == ()
