"""Noun-phrase claims (reader/quotes/objects.py): every verb of objects.json with an example
sentence written here, and the shapes that are no claim."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from quotes_helpers import make_document

from reader.quotes import Quote, QuoteKind, QuoteSet, extract_many
from reader.quotes.object_lexicon import object_words


def _quotes(*texts: str) -> list[QuoteSet]:
    return extract_many([make_document(t) for t in texts])


# lemma -> (sentence, the reported words, the speaker's mention)
OBJECT_EXAMPLES = {
    "thank": (
        "The mayor thanked the volunteers for their long hours.",
        "the volunteers for their long hours",
        "The mayor",
    ),
    "congratulate": (
        "Ms. Okafor congratulated her rival on a hard-fought race.",
        "her rival on a hard-fought race",
        "Ms. Okafor",
    ),
    "hail": ("The coach hailed the new stadium deal.", "the new stadium deal", "The coach"),
    "laud": ("Teachers lauded the smaller class sizes.", "the smaller class sizes", "Teachers"),
    "commend": (
        "The judge commended the jury for its patience.",
        "the jury for its patience",
        "The judge",
    ),
    "extol": (
        "The chef extolled the virtues of local cheese.",
        "the virtues of local cheese",
        "The chef",
    ),
    "tout": ("The governor touted her record on roads.", "her record on roads", "The governor"),
    "champion": (
        "The senator championed a cap on rents.",
        "a cap on rents",
        "The senator",
    ),
    "salute": (
        "The general saluted the courage of the medics.",
        "the courage of the medics",
        "The general",
    ),
    "blast": (
        "Mr. Dale blasted the board for its secrecy.",
        "the board for its secrecy",
        "Mr. Dale",
    ),
    "slam": (
        "The union slammed the new rota as unsafe.",
        "the new rota as unsafe",
        "The union",
    ),
    "lambast": (
        "Critics lambast the ferry company's safety record.",
        "the ferry company's safety record",
        "Critics",
    ),
    "lambaste": (
        "The editor lambasted the council's parking scheme.",
        "the council's parking scheme",
        "The editor",
    ),
    "rebuke": (
        "The bishop rebuked the mayor for his silence.",
        "the mayor for his silence",
        "The bishop",
    ),
    "ridicule": (
        "Her opponents ridiculed the plan for a floating bridge.",
        "the plan for a floating bridge",
        "Her opponents",
    ),
    "deride": (
        "The critic derided the sequel as a cash grab.",
        "the sequel as a cash grab",
        "The critic",
    ),
    "scold": (
        "The referee scolded both captains for the brawl.",
        "both captains for the brawl",
        "The referee",
    ),
    "chide": (
        "The auditor chided the department over late accounts.",
        "the department over late accounts",
        "The auditor",
    ),
    "berate": (
        "The manager berated the striker for missed chances.",
        "the striker for missed chances",
        "The manager",
    ),
    "castigate": (
        "The report castigated the hospital trust for poor record keeping.",
        "the hospital trust for poor record keeping",
        "The report",
    ),
    "fault": (
        "Inspectors faulted the builder for the cracked beams.",
        "the builder for the cracked beams",
        "Inspectors",
    ),
    "disparage": (
        "The candidate disparaged his rival's business record.",
        "his rival's business record",
        "The candidate",
    ),
    "insult": (
        "The host insulted the guests from the rival club.",
        "the guests from the rival club",
        "The host",
    ),
    "bemoan": (
        "Farmers bemoaned the lack of summer rain.",
        "the lack of summer rain",
        "Farmers",
    ),
    "lament": (
        "The author lamented the closure of the village school.",
        "the closure of the village school",
        "The author",
    ),
    "dispute": (
        "The company disputed the size of the fine.",
        "the size of the fine",
        "The company",
    ),
    "reject": (
        "The nurses rejected the latest pay offer from ministers.",
        "the latest pay offer from ministers",
        "The nurses",
    ),
    "downplay": (
        "The minister downplayed the risk of a strike.",
        "the risk of a strike",
        "The minister",
    ),
    "protest": (
        "Residents protested the closure of the bus depot.",
        "the closure of the bus depot",
        "Residents",
    ),
    "list": (
        "The inspector listed the faults of the old boiler.",
        "the faults of the old boiler",
        "The inspector",
    ),
    "detail": (
        "The lawsuit details several cases of unpaid overtime.",
        "several cases of unpaid overtime",
        "The lawsuit",
    ),
    "outline": (
        "The chancellor outlined a plan for cheaper train fares.",
        "a plan for cheaper train fares",
        "The chancellor",
    ),
    "recount": (
        "The sailor recounted his rescue from the frozen lake.",
        "his rescue from the frozen lake",
        "The sailor",
    ),
    "recite": (
        "The pupil recited a poem about the sea.",
        "a poem about the sea",
        "The pupil",
    ),
    "repeat": (
        "The mayor repeated her promise of free buses.",
        "her promise of free buses",
        "The mayor",
    ),
    "reiterate": (
        "The coach reiterated his support for the young keeper.",
        "his support for the young keeper",
        "The coach",
    ),
    "recall": (
        "The widow recalled the kindness of her neighbours.",
        "the kindness of her neighbours",
        "The widow",
    ),
    "note": (
        "The chairman noted the rise in ticket sales.",
        "the rise in ticket sales",
        "The chairman",
    ),
    "tweet": (
        "The singer tweeted her thanks to the stage crew.",
        "her thanks to the stage crew",
        "The singer",
    ),
    "retweet": (
        "The senator retweeted a cartoon about the mayor's car.",
        "a cartoon about the mayor's car",
        "The senator",
    ),
    "predict": (
        "The pundit predicted a narrow win for the incumbent.",
        "a narrow win for the incumbent",
        "The pundit",
    ),
    "promise": (
        "The candidate promised a new hospital for the valley.",
        "a new hospital for the valley",
        "The candidate",
    ),
    "pledge": (
        "The firm pledged a million pounds to the flood fund.",
        "a million pounds to the flood fund",
        "The firm",
    ),
    "confirm": (
        "The club confirmed the sale of its ground.",
        "the sale of its ground",
        "The club",
    ),
    "acknowledge": (
        "The mayor acknowledged the mistakes of her first year.",
        "the mistakes of her first year",
        "The mayor",
    ),
    "admit": (
        "The driver admitted three counts of speeding.",
        "three counts of speeding",
        "The driver",
    ),
    "concede": (
        "The challenger conceded the race to the governor.",
        "the race to the governor",
        "The challenger",
    ),
    "emphasize": (
        "The doctor emphasized the need for more sleep.",
        "the need for more sleep",
        "The doctor",
    ),
    "emphasise": (
        "The doctor emphasised the value of daily walks.",
        "the value of daily walks",
        "The doctor",
    ),
    "stress": (
        "The pilot stressed the importance of seat belts.",
        "the importance of seat belts",
        "The pilot",
    ),
    "underscore": (
        "The ambassador underscored the danger of a trade war.",
        "the danger of a trade war",
        "The ambassador",
    ),
    "recommend": (
        "The panel recommended a ban on plastic straws.",
        "a ban on plastic straws",
        "The panel",
    ),
    "suggest": (
        "The engineer suggested a cheaper route for the pipeline.",
        "a cheaper route for the pipeline",
        "The engineer",
    ),
    "urge": (
        "The police urged caution on the icy roads.",
        "caution on the icy roads",
        "The police",
    ),
    "request": (
        "The defence requested a delay of two weeks.",
        "a delay of two weeks",
        "The defence",
    ),
    "explain": (
        "The director explained the reasons for the late opening.",
        "the reasons for the late opening",
        "The director",
    ),
    "offer": (
        "The bishop offered his condolences to the miners' families.",
        "his condolences to the miners' families",
        "The bishop",
    ),
    "want": (
        "Most parents want a longer school day for their children.",
        "a longer school day for their children",
        "Most parents",
    ),
    "expect": (
        "Organisers expect a record crowd at the final.",
        "a record crowd at the final",
        "Organisers",
    ),
    "show": (
        "The survey shows a sharp fall in church attendance.",
        "a sharp fall in church attendance",
        "The survey",
    ),
    "expose": (
        "The audit exposed the waste in the housing office.",
        "the waste in the housing office",
        "The audit",
    ),
    "challenge": (
        "The mayor challenged the accuracy of the flood maps.",
        "the accuracy of the flood maps",
        "The mayor",
    ),
    "pan": (
        "Critics panned the remake of the old western.",
        "the remake of the old western",
        "Critics",
    ),
    "trumpet": (
        "The mayor trumpeted the sharp rise in tourist numbers.",
        "the sharp rise in tourist numbers",
        "The mayor",
    ),
    "cheer": (
        "The crowd cheered the decision to reopen the pier.",
        "the decision to reopen the pier",
        "The crowd",
    ),
    "reference": (
        "The judge referenced an old ruling on grazing rights.",
        "an old ruling on grazing rights",
        "The judge",
    ),
    "savage": (
        "The reviewer savaged the new opera house as a concrete box.",
        "the new opera house as a concrete box",
        "The reviewer",
    ),
    "profess": (
        "The suspect professed his innocence of the theft.",
        "his innocence of the theft",
        "The suspect",
    ),
    "foretell": (
        "The old almanac foretold a hard winter for the valley.",
        "a hard winter for the valley",
        "The old almanac",
    ),
    "vilify": (
        "The tabloids vilified the striking train drivers.",
        "the striking train drivers",
        "The tabloids",
    ),
    "demonize": (
        "The campaign demonized the young migrant workers.",
        "the young migrant workers",
        "The campaign",
    ),
    "demonise": (
        "The campaign demonised the young migrant workers.",
        "the young migrant workers",
        "The campaign",
    ),
    "belittle": (
        "The manager belittled the efforts of the youth team.",
        "the efforts of the youth team",
        "The manager",
    ),
    "lampoon": (
        "The cartoonist lampooned the mayor's new sports car.",
        "the mayor's new sports car",
        "The cartoonist",
    ),
    "assail": (
        "The opposition assailed the cuts to rural bus routes.",
        "the cuts to rural bus routes",
        "The opposition",
    ),
    "excoriate": (
        "The editorial excoriated the board for its secrecy.",
        "the board for its secrecy",
        "The editorial",
    ),
    "reaffirm": (
        "The president reaffirmed her support for the peace talks.",
        "her support for the peace talks",
        "The president",
    ),
    "restate": (
        "The chairman restated his opposition to the merger.",
        "his opposition to the merger",
        "The chairman",
    ),
    "identify": (
        "Young voters identify the governor as a moderate.",
        "the governor as a moderate",
        "Young voters",
    ),
    "remember": (
        "His pupils remember the old teacher as a patient man.",
        "the old teacher as a patient man",
        "His pupils",
    ),
    "indicate": (
        "The minister indicated her support for the new runway.",
        "her support for the new runway",
        "The minister",
    ),
    "allege": (
        "The lawsuit alleges fraud in the sale of the farm.",
        "fraud in the sale of the farm",
        "The lawsuit",
    ),
    "report": (
        "The charity reported a sharp rise in donations.",
        "a sharp rise in donations",
        "The charity",
    ),
    "declare": (
        "The captain declared the match a fair result.",
        "the match a fair result",
        "The captain",
    ),
    "answer": (
        "The mayor answered questions about the new car park.",
        "questions about the new car park",
        "The mayor",
    ),
    "see": (
        "Many voters see the tax as a burden on pensioners.",
        "the tax as a burden on pensioners",
        "Many voters",
    ),
    "regard": (
        "The tribe regards the mountain as sacred ground.",
        "the mountain as sacred ground",
        "The tribe",
    ),
    "view": (
        "The board views the merger as a rescue.",
        "the merger as a rescue",
        "The board",
    ),
    "brand": (
        "The opposition branded the budget a betrayal of workers.",
        "the budget a betrayal of workers",
        "The opposition",
    ),
    "label": (
        "The newspaper labelled the strike a disgrace.",
        "the strike a disgrace",
        "The newspaper",
    ),
    "dub": (
        "Fans dubbed the young winger the new magician.",
        "the young winger the new magician",
        "Fans",
    ),
    "cast": (
        "The campaign cast the senator as a friend of bankers.",
        "the senator as a friend of bankers",
        "The campaign",
    ),
    "bill": (
        "The promoters billed the fight as the bout of the decade.",
        "the fight as the bout of the decade",
        "The promoters",
    ),
    "paint": (
        "His lawyers painted the witness as a liar.",
        "the witness as a liar",
        "His lawyers",
    ),
    "depict": (
        "The film depicts the king as a lonely man.",
        "the king as a lonely man",
        "The film",
    ),
    "refer": (
        "The minister referred to the strike as a political stunt.",
        "the strike as a political stunt",
        "The minister",
    ),
    "hint": (
        "The chairman hinted at a change of manager.",
        "a change of manager",
        "The chairman",
    ),
    "comment": (
        "The palace commented on the rumours about the wedding.",
        "the rumours about the wedding",
        "The palace",
    ),
    "complain": (
        "Tenants complained about the state of the lifts.",
        "the state of the lifts",
        "Tenants",
    ),
    "joke": (
        "The host joked about the length of the speeches.",
        "the length of the speeches",
        "The host",
    ),
    "boast": (
        "The owner boasted about the speed of his new boat.",
        "the speed of his new boat",
        "The owner",
    ),
    "brag": (
        "The coach bragged about his unbeaten home record.",
        "his unbeaten home record",
        "The coach",
    ),
    "rail": (
        "The preacher railed against the new casino license.",
        "the new casino license",
        "The preacher",
    ),
    "warn": (
        "The doctors warned of a shortage of flu vaccine.",
        "a shortage of flu vaccine",
        "The doctors",
    ),
    "reflect": (
        "The retiring judge reflected on her forty years in court.",
        "her forty years in court",
        "The retiring judge",
    ),
    "elaborate": (
        "The spokesman elaborated on the terms of the deal.",
        "the terms of the deal",
        "The spokesman",
    ),
    "vouch": (
        "The neighbours vouched for the honesty of the accused.",
        "the honesty of the accused",
        "The neighbours",
    ),
    "advocate": (
        "The charity has long advocated for the families of missing sailors.",
        "the families of missing sailors",
        "The charity",
    ),
    "argue": (
        "The professor argued for a higher tax on sugar.",
        "a higher tax on sugar",
        "The professor",
    ),
}


# noun -> (sentence, the reported words, the cue, the speaker's mention)
NOUN_EXAMPLES = {
    "swipe": (
        "The governor took a swipe at the mayor's plan for the harbour.",
        "the mayor's plan for the harbour",
        "took a swipe at",
        "The governor",
    ),
    "aim": (
        "The senator took aim at the new rules on fishing quotas.",
        "the new rules on fishing quotas",
        "took aim at",
        "The senator",
    ),
    "shot": (
        "The coach took a shot at the referees of the cup final.",
        "the referees of the cup final",
        "took a shot at",
        "The coach",
    ),
    "potshot": (
        "The columnist took a potshot at the new town hall.",
        "the new town hall",
        "took a potshot at",
        "The columnist",
    ),
    "jab": (
        "The challenger threw a jab at the mayor's record on housing.",
        "the mayor's record on housing",
        "threw a jab at",
        "The challenger",
    ),
    "dig": (
        "The author had a dig at the critics of her first novel.",
        "the critics of her first novel",
        "had a dig at",
        "The author",
    ),
    "fun": (
        "The comedian poked fun at the council's recycling scheme.",
        "the council's recycling scheme",
        "poked fun at",
        "The comedian",
    ),
    "tribute": (
        "The bishop paid tribute to the lifeboat crews of the north coast.",
        "the lifeboat crews of the north coast",
        "paid tribute to",
        "The bishop",
    ),
    "case": (
        "The engineer made the case for a second bridge over the river.",
        "a second bridge over the river",
        "made the case for",
        "The engineer",
    ),
    "concern": (
        "Residents raised concerns about the noise from the new depot.",
        "the noise from the new depot",
        "raised concerns about",
        "Residents",
    ),
    "doubt": (
        "The auditors raised doubts about the value of the land deal.",
        "the value of the land deal",
        "raised doubts about",
        "The auditors",
    ),
    "criticism": (
        "The coach avoided any criticism of the young goalkeeper.",
        "the young goalkeeper",
        "avoided any criticism of",
        "The coach",
    ),
    "praise": (
        "The inspector had high praise for the school's new library.",
        "the school's new library",
        "had high praise for",
        "The inspector",
    ),
    "attack": (
        "The senator launched an attack on the state's prison budget.",
        "the state's prison budget",
        "launched an attack on",
        "The senator",
    ),
    "mention": (
        "The coach made no mention of the injured team captain.",
        "the injured team captain",
        "made no mention of",
        "The coach",
    ),
    "warning": (
        "The minister issued a warning about fake charity collectors.",
        "fake charity collectors",
        "issued a warning about",
        "The minister",
    ),
    "apology": (
        "The airline gave an apology for the long delays at the airport.",
        "the long delays at the airport",
        "gave an apology for",
        "The airline",
    ),
}


def _only_quote(quotes: QuoteSet, sentence: str) -> Quote:
    assert len(quotes.quotes) == 1, f"{sentence!r}: {quotes.quotes}"
    return quotes.quotes[0]


def test_every_entry_of_the_data_file_has_an_example_here() -> None:
    data = resources.files("reader.quotes").joinpath("objects.json").read_text(encoding="utf-8")
    assert set(json.loads(data)["verbs"]) == set(OBJECT_EXAMPLES)
    assert set(json.loads(data)["nouns"]) == set(NOUN_EXAMPLES)


def test_each_noun_reports_its_preposition_object_with_the_subject_as_speaker() -> None:
    found = _quotes(*(sentence for sentence, _, _, _ in NOUN_EXAMPLES.values()))
    for (noun, (sentence, words, cue, speaker)), quotes in zip(
        NOUN_EXAMPLES.items(), found, strict=True
    ):
        quote = _only_quote(quotes, sentence)
        assert quote.text == words, noun
        assert quote.cue is not None and quote.speaker_mention is not None, noun
        assert sentence[quote.cue.start : quote.cue.end] == cue, noun
        mention = quote.speaker_mention
        assert sentence[mention.start : mention.end] == speaker, noun


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor took a swipe at him.",  # a bare pronoun
        "The voters gave the senator a real shot at the top job.",  # a chance, not a jab
        "The crowd watched the mayor's attack on the prison budget.",  # the mayor's words
    ],
)
def test_no_noun_claim_without_the_speaker_own_jab(sentence: str) -> None:
    assert _quotes(sentence)[0].quotes == ()


def test_each_verb_reports_its_object_with_the_subject_as_speaker() -> None:
    found = _quotes(*(sentence for sentence, _, _ in OBJECT_EXAMPLES.values()))
    forms = object_words().forms
    for (lemma, (sentence, words, speaker)), quotes in zip(
        OBJECT_EXAMPLES.items(), found, strict=True
    ):
        quote = _only_quote(quotes, sentence)
        assert quote.text == words, lemma
        assert quote.kind is QuoteKind.INDIRECT, lemma
        assert quote.cue is not None and quote.speaker_mention is not None, lemma
        assert forms.get(sentence[quote.cue.start : quote.cue.end].lower()) == lemma, lemma
        mention = quote.speaker_mention
        assert sentence[mention.start : mention.end] == speaker, lemma


@pytest.mark.parametrize(
    "sentence",
    [
        "The coach thanked him.",  # a bare pronoun
        "The coach thanked the staff.",  # two words: nothing a reader could check
        "The new stadium deal was hailed on Monday.",  # passive: nobody named as saying it
        "The council will try to outline a budget for the harbour.",  # an intention
        "Texas rejected the appeal from the prisoners.",  # a place acts, it does not speak
        "The children saw the fireworks over the harbour.",  # no view without 'as ...'
        "The children saw that the fireworks had started.",  # a sight, not a view
        "The charity has seen a flood of gifts to its appeal.",  # nor an event
        "Smith Thanks Volunteers For Long Hours At Flood Centre",  # a headline
    ],
)
def test_no_claim_without_a_speaker_and_a_checkable_object(sentence: str) -> None:
    assert _quotes(sentence)[0].quotes == ()


def test_an_adverbial_purpose_is_a_claim_made() -> None:
    sentence = "The coach took the microphone to thank the fans for their patience."
    quote = _only_quote(_quotes(sentence)[0], sentence)
    assert quote.text == "the fans for their patience"
    mention = quote.speaker_mention
    assert mention is not None and sentence[mention.start : mention.end] == "The coach"


def test_a_date_after_the_object_is_no_complement() -> None:
    sentence = "The mayor thanked the flood volunteers on Monday."
    quote = _only_quote(_quotes(sentence)[0], sentence)
    assert quote.text == "the flood volunteers"


def test_a_date_between_the_object_and_its_complement_is_passed_over() -> None:
    sentence = "The mayor thanked her staff on Saturday for a strong result in the county."
    quote = _only_quote(_quotes(sentence)[0], sentence)
    assert quote.text == "her staff on Saturday for a strong result in the county"


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor thanked the flood volunteers at a rally in the park.",
        "The mayor thanked the flood volunteers in a short statement.",
        "The mayor thanked the flood volunteers on her radio show.",
        "The mayor thanked the flood volunteers in Leeds.",
    ],
)
def test_where_the_words_were_said_is_no_part_of_them(sentence: str) -> None:
    quote = _only_quote(_quotes(sentence)[0], sentence)
    assert quote.text == "the flood volunteers"


def test_what_the_object_is_in_belongs_to_it() -> None:
    sentence = "The envoy recounted the hunger in the northern villages."
    quote = _only_quote(_quotes(sentence)[0], sentence)
    assert quote.text == "the hunger in the northern villages"


def test_a_clause_after_a_listed_cue_is_left_to_the_clause_frames() -> None:
    sentence = "The chairman noted that ticket sales had risen by a third."
    quote = _only_quote(_quotes(sentence)[0], sentence)
    assert quote.text == "ticket sales had risen by a third"


def test_a_participle_after_the_main_claim_credits_the_same_speaker() -> None:
    sentence = "The governor spoke for an hour, thanking the nurses for their work in the floods."
    quotes = _quotes(sentence)[0]
    hits = [q for q in quotes.quotes if q.text == "the nurses for their work in the floods"]
    assert len(hits) == 1
    mention = hits[0].speaker_mention
    assert mention is not None and sentence[mention.start : mention.end] == "The governor"


def test_a_verb_inside_quote_marks_is_the_quoted_speaker_own_word() -> None:
    text = 'The mayor said: "We thank the volunteers for their long hours." Then she left.'
    quotes = _quotes(text)[0].quotes
    assert [q.kind for q in quotes] == [QuoteKind.DIRECT]
