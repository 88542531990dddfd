"""Noun-phrase claims (reader/quotes/objects.py, object_nouns.py): every verb and noun of
objects.json with an example sentence written here, and the shapes that are no claim."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources

import pytest
from object_class_examples import CLASS_EXAMPLES
from quotes_helpers import quotes_of
from test_quotes_preps import SECTIONS as PREPS

from reader.quotes import Quote, QuoteKind, QuoteSet
from reader.quotes.object_lexicon import object_words

# lemma -> its example: [the speaker's mention] ... {the reported words}
OBJECT_EXAMPLES = {
    "thank": "[The mayor] thanked {the volunteers for their long hours}.",
    "congratulate": "[Ms. Okafor] congratulated {her rival on a hard-fought race}.",
    "hail": "[The coach] hailed {the new stadium deal}.",
    "laud": "[Teachers] lauded {the smaller class sizes}.",
    "commend": "[The judge] commended {the jury for its patience}.",
    "extol": "[The chef] extolled {the virtues of local cheese}.",
    "tout": "[The governor] touted {her record on roads}.",
    "champion": "[The senator] championed {a cap on rents}.",
    "salute": "[The general] saluted {the courage of the medics}.",
    "blast": "[Mr. Dale] blasted {the board for its secrecy}.",
    "slam": "[The union] slammed {the new rota as unsafe}.",
    "lambast": "[Critics] lambast {the ferry company's safety record}.",
    "lambaste": "[The editor] lambasted {the council's parking scheme}.",
    "rebuke": "[The bishop] rebuked {the mayor for his silence}.",
    "ridicule": "[Her opponents] ridiculed {the plan for a floating bridge}.",
    "deride": "[The critic] derided {the sequel as a cash grab}.",
    "scold": "[The referee] scolded {both captains for the brawl}.",
    "chide": "[The auditor] chided {the department over late accounts}.",
    "berate": "[The manager] berated {the striker for missed chances}.",
    "castigate": "[The report] castigated {the hospital trust for poor record keeping}.",
    "fault": "[Inspectors] faulted {the builder for the cracked beams}.",
    "disparage": "[The candidate] disparaged {his rival's business record}.",
    "insult": "[The host] insulted {the guests from the rival club}.",
    "bemoan": "[Farmers] bemoaned {the lack of summer rain}.",
    "lament": "[The author] lamented {the closure of the village school}.",
    "dispute": "[The company] disputed {the size of the fine}.",
    "reject": "[The nurses] rejected {the latest pay offer from ministers}.",
    "downplay": "[The minister] downplayed {the risk of a strike}.",
    "protest": "[Residents] protested {the closure of the bus depot}.",
    "list": "[The inspector] listed {the faults of the old boiler}.",
    "detail": "[The lawsuit] details {several cases of unpaid overtime}.",
    "outline": "[The chancellor] outlined {a plan for cheaper train fares}.",
    "recount": "[The sailor] recounted {his rescue from the frozen lake}.",
    "recite": "[The pupil] recited {a poem about the sea}.",
    "repeat": "[The mayor] repeated {her promise of free buses}.",
    "reiterate": "[The coach] reiterated {his support for the young keeper}.",
    "recall": "[The widow] recalled {the kindness of her neighbours}.",
    "note": "[The chairman] noted {the rise in ticket sales}.",
    "tweet": "[The singer] tweeted {her thanks to the stage crew}.",
    "retweet": "[The senator] retweeted {a cartoon about the mayor's car}.",
    "predict": "[The pundit] predicted {a narrow win for the incumbent}.",
    "promise": "[The candidate] promised {a new hospital for the valley}.",
    "pledge": "[The firm] pledged {a million pounds to the flood fund}.",
    "confirm": "[The club] confirmed {the sale of its ground}.",
    "acknowledge": "[The mayor] acknowledged {the mistakes of her first year}.",
    "admit": "[The driver] admitted {three counts of speeding}.",
    "concede": "[The challenger] conceded {the race to the governor}.",
    "emphasize": "[The doctor] emphasized {the need for more sleep}.",
    "emphasise": "[The doctor] emphasised {the value of daily walks}.",
    "stress": "[The pilot] stressed {the importance of seat belts}.",
    "underscore": "[The ambassador] underscored {the danger of a trade war}.",
    "recommend": "[The panel] recommended {a ban on plastic straws}.",
    "suggest": "[The engineer] suggested {a cheaper route for the pipeline}.",
    "urge": "[The police] urged {caution on the icy roads}.",
    "request": "[The defence] requested {a delay of two weeks}.",
    "explain": "[The director] explained {the reasons for the late opening}.",
    "offer": "[The bishop] offered {his condolences to the miners' families}.",
    "want": "[Most parents] want {a longer school day for their children}.",
    "expect": "[Organisers] expect {a record crowd at the final}.",
    "show": "[The survey] shows {a sharp fall in church attendance}.",
    "expose": "[The audit] exposed {the waste in the housing office}.",
    "challenge": "[The mayor] challenged {the accuracy of the flood maps}.",
    "pan": "[Critics] panned {the remake of the old western}.",
    "trumpet": "[The mayor] trumpeted {the sharp rise in tourist numbers}.",
    "cheer": "[The crowd] cheered {the decision to reopen the pier}.",
    "reference": "[The judge] referenced {an old ruling on grazing rights}.",
    "savage": "[The reviewer] savaged {the new opera house as a concrete box}.",
    "profess": "[The suspect] professed {his innocence of the theft}.",
    "foretell": "[The old almanac] foretold {a hard winter for the valley}.",
    "vilify": "[The tabloids] vilified {the striking train drivers}.",
    "demonize": "[The campaign] demonized {the young migrant workers}.",
    "demonise": "[The campaign] demonised {the young migrant workers}.",
    "belittle": "[The manager] belittled {the efforts of the youth team}.",
    "lampoon": "[The cartoonist] lampooned {the mayor's new sports car}.",
    "assail": "[The opposition] assailed {the cuts to rural bus routes}.",
    "excoriate": "[The editorial] excoriated {the board for its secrecy}.",
    "reaffirm": "[The president] reaffirmed {her support for the peace talks}.",
    "restate": "[The chairman] restated {his opposition to the merger}.",
    "identify": "[Young voters] identify {the governor as a moderate}.",
    "remember": "[His pupils] remember {the old teacher as a patient man}.",
    "indicate": "[The minister] indicated {her support for the new runway}.",
    "allege": "[The lawsuit] alleges {fraud in the sale of the farm}.",
    "report": "[The charity] reported {a sharp rise in donations}.",
    "declare": "[The captain] declared {the match a fair result}.",
    "answer": "[The mayor] answered {questions about the new car park}.",
    "see": "[Many voters] see {the tax as a burden on pensioners}.",
    "regard": "[The tribe] regards {the mountain as sacred ground}.",
    "view": "[The board] views {the merger as a rescue}.",
    "brand": "[The opposition] branded {the budget a betrayal of workers}.",
    "label": "[The newspaper] labelled {the strike a disgrace}.",
    "dub": "[Fans] dubbed {the young winger the new magician}.",
    "cast": "[The campaign] cast {the senator as a friend of bankers}.",
    "bill": "[The promoters] billed {the fight as the bout of the decade}.",
    "paint": "[His lawyers] painted {the witness as a liar}.",
    "depict": "[The film] depicts {the king as a lonely man}.",
    "refer": "[The minister] referred to {the strike as a political stunt}.",
    "hint": "[The chairman] hinted at {a change of manager}.",
    "side": "[The referee] sided with {the home team against the visitors}.",
    "comment": "[The palace] commented on {the rumours about the wedding}.",
    "complain": "[Tenants] complained about {the state of the lifts}.",
    "joke": "[The host] joked about {the length of the speeches}.",
    "boast": "[The owner] boasted about {the speed of his new boat}.",
    "brag": "[The coach] bragged about {his unbeaten home record}.",
    "rail": "[The preacher] railed against {the new casino license}.",
    "warn": "[The doctors] warned of {a shortage of flu vaccine}.",
    "reflect": "[The retiring judge] reflected on {her forty years in court}.",
    "elaborate": "[The spokesman] elaborated on {the terms of the deal}.",
    "vouch": "[The neighbours] vouched for {the honesty of the accused}.",
    "advocate": "[The charity] has long advocated for {the families of missing sailors}.",
    "argue": "[The professor] argued for {a higher tax on sugar}.",
    "touch": "[The bishop] touched on {the closure of the old mill}.",
    "push": "[The nurses] pushed for {a new contract for cleaners}.",
    "dwell": "[The coach] dwelt on {the errors of the first half}.",
    "delve": "[The author] delved into {the history of the old mill}.",
    "lie": "[The witness] lied about {the time of the crash}.",
    "write": "[The novelist] wrote about {her childhood on the island}.",
    "tell": "[The fisherman] told {a tale of a whale that followed his boat}.",
    "post": "[The library] posted {a message about the new opening hours}.",
    "pen": "[The minister] penned {a letter to the striking nurses}.",
    "remind": "[The mayor] reminded voters of {her record on housing}.",
    "testify": "[The engineer] testified about {the cracks in the dam}.",
    "rave": "[The critics] raved about {the new production of Hamlet}.",
    "gush": "[The coach] gushed about {his new young striker}.",
    "muse": "[The poet] mused about {the end of summer}.",
    "opine": "[The columnist] opined on {the future of the local paper}.",
    "press": "[The nurses] pressed for {a new contract for cleaners}.",
    "allude": "[The minister] alluded to {the scandal over the hospital fees}.",
    "describe": "[The pilot] described {the last minutes of the flight}.",
    "characterize": "[The report] characterized {the delays at the port}.",
    "characterise": "[The report] characterised {the delays at the port}.",
    "consider": "[The pilots] consider {the new runway too short for jets}.",
    "deem": "[The panel] deemed {the second bid a better deal}.",
    "name": "[The survey] named {the town as the cheapest place to rent}.",
    "compare": "[The critic] compared {the new opera to a car crash}.",
    "liken": "[The chairman] likened {the merger to a shotgun wedding}.",
    "credit": "[The skipper] credited {the crew with saving the yacht}.",
    "charge": "[Prosecutors] charged {the driver with careless driving}.",
    "seek": "[The mayor] is seeking {a new inquiry into the harbour contract}.",
    "mull": "[The dockers' union] is <mulling> {a strike over the new night rota}.",
    "contemplate": "[The rowing club] is <contemplating> {a move to the north bank}.",
    "nominate": "[The party] nominated {Ana Ruiz for governor} last spring.",
}

# noun -> its example: [the speaker's mention] <the cue> {the reported words}
NOUN_EXAMPLES = {
    "swipe": "[The governor] <took a swipe at> {the mayor's plan for the harbour}.",
    "aim": "[The senator] <took aim at> {the new rules on fishing quotas}.",
    "shot": "[The coach] <took a shot at> {the referees of the cup final}.",
    "potshot": "[The columnist] <took a potshot at> {the new town hall}.",
    "jab": "[The challenger] <threw a jab at> {the mayor's record on housing}.",
    "dig": "[The author] <had a dig at> {the critics of her first novel}.",
    "fun": "[The comedian] <poked fun at> {the council's recycling scheme}.",
    "tribute": "[The bishop] <paid tribute to> {the lifeboat crews of the north coast}.",
    "case": "[The engineer] <made the case for> {a second bridge over the river}.",
    "concern": "[Residents] <raised concerns about> {the noise from the new depot}.",
    "doubt": "[The auditors] <raised doubts about> {the value of the land deal}.",
    "criticism": "[The coach] <avoided any criticism of> {the young goalkeeper}.",
    "praise": "[The inspector] <had high praise for> {the school's new library}.",
    "attack": "[The senator] <launched an attack on> {the state's prison budget}.",
    "mention": "[The coach] <made no mention of> {the injured team captain}.",
    "warning": "[The minister] <issued a warning about> {fake charity collectors}.",
    "apology": "[The airline] <gave an apology for> {the long delays at the airport}.",
    "question": "[The auditor] <raised questions about> {the cost of the new depot}.",
    "comment": "[The coach] <made comments about> {the state of the pitch}.",
    "remark": "[The judge] <made remarks about> {the length of the trial}.",
    "statement": "[The club] <issued a statement on> {the sale of its ground}.",
    "support": "[The nurses] <threw their support behind> {the striking porters}.",
    "assessment": "[The doctor] <gave her assessment of> {the new flu vaccine}.",
    "defense": "[The senator] <mounted a defense of> {the new farm bill}.",
    "defence": "[The minister] <mounted a spirited defence of> {the new rail timetable}.",
    "call": "[The union] <renewed its call for> {a public inquiry into the crash}.",
    "appeal": "[The police] <issued an appeal for> {witnesses to the crash}.",
    "plea": "[The mother] <made a plea for> {the return of her son's bicycle}.",
    "opposition": "[The farmers] <registered their opposition to> {the plans for a new road}.",
    "objection": "[Residents] <raised objections to> {the new phone mast}.",
    "complaint": "[The tenants] <filed a complaint about> {the broken lifts in the block}.",
    "accusation": "[The coach] <levelled accusations against> {the referee of the final}.",
    "allegation": "[The reporter] <made allegations against> {the owner of the club}.",
    "issue": "[The coach] <took issue with> {the new rules on tackling}.",
    "speech": "[The bishop] <gave a speech on> {the future of the cathedral}.",
    "decision": "[The board] has not <made a decision on> {whether the pier will reopen}.",
}


@dataclass(frozen=True)
class Example:
    sentence: str
    words: str
    speaker: str
    cue: str | None


def _example(marked: str) -> Example:
    """`[The mayor] thanked {the crews}.` -> the sentence and its marked parts."""
    parts = {opener: re.search(re.escape(opener) + r"([^\]}>]*)", marked) for opener in "[{<"}
    plain = re.sub(r"[\[\]{}<>]", "", marked)
    speaker, words, cue = (parts[o].group(1) if parts[o] else None for o in "[{<")
    assert speaker is not None and words is not None, marked
    return Example(plain, words, speaker, cue)


def _only_quote(quotes: QuoteSet, sentence: str) -> Quote:
    assert len(quotes.quotes) == 1, f"{sentence!r}: {quotes.quotes}"
    return quotes.quotes[0]


def test_every_entry_of_the_data_file_has_an_example_here() -> None:
    data = resources.files("reader.quotes").joinpath("objects.json").read_text(encoding="utf-8")
    assert set(json.loads(data)["verbs"]) == set(OBJECT_EXAMPLES) | set(CLASS_EXAMPLES)
    assert set(json.loads(data)["nouns"]) == set(NOUN_EXAMPLES) | set(PREPS["nouns"])


def _check(example: Example, quotes: QuoteSet) -> Quote:
    """The one quote of the example: its words, speaker mention and cue (when marked)."""
    quote = _only_quote(quotes, example.sentence)
    assert quote.text == example.words
    assert quote.kind is QuoteKind.INDIRECT
    assert quote.cue is not None and quote.speaker_mention is not None
    mention = quote.speaker_mention
    assert example.sentence[mention.start : mention.end] == example.speaker
    if example.cue is not None:
        assert example.sentence[quote.cue.start : quote.cue.end] == example.cue
    return quote


def test_each_noun_reports_its_preposition_object_with_the_subject_as_speaker() -> None:
    examples = {noun: _example(marked) for noun, marked in NOUN_EXAMPLES.items()}
    found = quotes_of(*(e.sentence for e in examples.values()))
    for (noun, example), quotes in zip(examples.items(), found, strict=True):
        assert example.cue is not None, noun
        _check(example, quotes)


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor took a swipe at him.",  # a bare pronoun
        "The voters gave the senator a real shot at the top job.",  # a chance, not a jab
        "The crowd watched the mayor's attack on the prison budget.",  # the mayor's words
    ],
)
def test_no_noun_claim_without_the_speaker_own_jab(sentence: str) -> None:
    assert quotes_of(sentence)[0].quotes == ()


def test_each_verb_reports_its_object_with_the_subject_as_speaker() -> None:
    examples = {lemma: _example(marked) for lemma, marked in OBJECT_EXAMPLES.items()}
    found = quotes_of(*(e.sentence for e in examples.values()))
    forms = object_words().forms
    for (lemma, example), quotes in zip(examples.items(), found, strict=True):
        quote = _check(example, quotes)
        assert quote.cue is not None
        assert forms.get(example.sentence[quote.cue.start : quote.cue.end].lower()) == lemma


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
    assert quotes_of(sentence)[0].quotes == ()


def test_an_adverbial_purpose_is_a_claim_made() -> None:
    sentence = "The coach took the microphone to thank the fans for their patience."
    quote = _only_quote(quotes_of(sentence)[0], sentence)
    assert quote.text == "the fans for their patience"
    mention = quote.speaker_mention
    assert mention is not None and sentence[mention.start : mention.end] == "The coach"


def test_a_date_after_the_object_is_no_complement() -> None:
    sentence = "The mayor thanked the flood volunteers on Monday."
    quote = _only_quote(quotes_of(sentence)[0], sentence)
    assert quote.text == "the flood volunteers"


def test_a_date_between_the_object_and_its_complement_is_passed_over() -> None:
    sentence = "The mayor thanked her staff on Saturday for a strong result in the county."
    quote = _only_quote(quotes_of(sentence)[0], sentence)
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
    quote = _only_quote(quotes_of(sentence)[0], sentence)
    assert quote.text == "the flood volunteers"


def test_what_the_object_is_in_belongs_to_it() -> None:
    sentence = "The envoy recounted the hunger in the northern villages."
    quote = _only_quote(quotes_of(sentence)[0], sentence)
    assert quote.text == "the hunger in the northern villages"


def test_a_clause_after_a_listed_cue_is_left_to_the_clause_frames() -> None:
    sentence = "The chairman noted that ticket sales had risen by a third."
    quote = _only_quote(quotes_of(sentence)[0], sentence)
    assert quote.text == "ticket sales had risen by a third"


def test_a_participle_after_the_main_claim_credits_the_same_speaker() -> None:
    sentence = "The governor spoke for an hour, thanking the nurses for their work in the floods."
    quotes = quotes_of(sentence)[0]
    hits = [q for q in quotes.quotes if q.text == "the nurses for their work in the floods"]
    assert len(hits) == 1
    mention = hits[0].speaker_mention
    assert mention is not None and sentence[mention.start : mention.end] == "The governor"


def test_a_verb_inside_quote_marks_is_the_quoted_speaker_own_word() -> None:
    text = 'The mayor said: "We thank the volunteers for their long hours." Then she left.'
    quotes = quotes_of(text)[0].quotes
    assert [q.kind for q in quotes] == [QuoteKind.DIRECT]
