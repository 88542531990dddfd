"""Noun-phrase claims by phrasal verbs, owned nouns and attitude adjectives
(reader/quotes/objects.py, owned_nouns.py, attitudes.py): every entry of objects.json's
`phrasal`, `owned_nouns` and `adjectives` with an example sentence written here, and the
shapes that are no claim."""

from __future__ import annotations

import pytest
from attitude_examples import ATTITUDE_EXAMPLES
from marked_examples import marked, objects_section
from quotes_helpers import only_quote, quotes_of, span_text
from test_quotes_preps import SECTIONS as PREPS

from reader.quotes import QuoteKind

# the example of each entry: [the speaker's mention] <the cue> {the reported words}
PHRASAL_EXAMPLES = {
    "weigh in": "[The governor] <weighed in> on {the long dispute over fishing rights}.",
    "speak out": "[The actress] has <spoken out> in favor of {stricter rules on guns}.",
    "speak up": "[The teachers] <spoke up> for {the pupils of the closing school}.",
    "sound off": "[The coach] <sounded off> about {the state of the away pitch}.",
    "open up": "[The singer] <opened up> about {her struggles with stage fright}.",
    "lash out": "[The bishop] <lashed out> at {the government's housing policy}.",
    "hit out": "[The manager] <hit out> at {the referee's late penalty}.",
    "chime in": "[Two more councillors] <chimed in> with {criticism of the parking plan}.",
    "double down": "[The mayor] <doubled down> on {her plan for a tram line}.",
    "push back": "[The union] <pushed back> against {the longer night shifts}.",
    "call out": "[The coach] <called out> {the referees for their poor decisions}.",
    "look forward": "[The head teacher] is <looking forward> to {a busy first term}.",
    "lay out": "[The mayor] <laid out> {her plan for the harbour}.",
    "set out": "[The minister] <set out> {the terms of the new deal}.",
    "spell out": "[The judge] <spelled out> {the rules of the new court}.",
    "sketch out": "[The architect] <sketched out> {a plan for a second tower}.",
    "point out": "[The auditor] <pointed out> {the gaps in the accounts}.",
    "bring up": "[The senator] <brought up> {the cost of the new bridge}.",
    "play down": "[The chairman] <played down> {the risk of a strike}.",
    "talk up": "[The agent] <talked up> {the value of the old farmhouse}.",
    "single out": "[The report] <singled out> {the night staff for praise}.",
    "rule out": "[The mayor] <ruled out> {a rise in the council tax}.",
    "back away": "[The mayor] <backed away> from {her plan for a tram line}.",
    "fire back": "[The coach] <fired back> at {the critics of his young team}.",
}

OWNED_EXAMPLES = {
    "announcement": "[The mayor]'s <announcement of> {a new bus station} pleased the town.",
    "call": "[The union]'s <call for> {a public inquiry into the crash} was rejected.",
    "assessment": "[The doctor]'s <assessment of> {the new flu vaccine} was brief.",
    "embrace": "[The senator]'s <embrace of> {the new farm bill} surprised us.",
    "support": "[Her] long <support for> {the village school} is well known.",
    "endorsement": "[The union]'s <endorsement of> {the young candidate} came late.",
    "opposition": "[The farmers]' <opposition to> {the new road} has not changed.",
    "defense": "[The coach]'s <defense of> {his young goalkeeper} won praise.",
    "defence": "[The coach]'s <defence of> {his young goalkeeper} won praise.",
    "rejection": "[The board]'s <rejection of> {the latest pay offer} was a surprise.",
    "condemnation": "[The bishop]'s <condemnation of> {the new casino} was swift.",
    "denunciation": "[The mayor]'s <denunciation of> {the graffiti artists} drew cheers.",
    "reference": "[His] <reference to> {the old mill fire} upset the families.",
    "allusion": "[Her] <allusion to> {the former manager} was clear.",
    "estimate": "[The engineer]'s <estimate of> {the cost of repairs} was low.",
    "reply": "[His] written <reply to> {the council's letter} arrived today.",
    "acknowledgement": "[The club]'s <acknowledgement of> {its own mistakes} helped.",
    "acknowledgment": "[The firm]'s <acknowledgment of> {the safety failures} came late.",
    "description": "[The witness]'s <description of> {the stolen car} was vague.",
    "characterization": "[The mayor]'s <characterization of> {the angry protesters} was unfair.",
    "characterisation": "[The mayor]'s <characterisation of> {the angry protesters} was unfair.",
    "portrayal": "[The author]'s <portrayal of> {the old king} is kind.",
    "account": "[The sailor]'s <account of> {the storm at sea} moved the jury.",
    "criticism": "[The coach]'s <criticism of> {the young goalkeeper} went too far.",
    "critique": "[The critic]'s <critique of> {the new opera house} was harsh.",
    "praise": "[The inspector]'s <praise for> {the new school library} was welcome.",
    "demand": "[The union]'s <demand for> {a shorter working week} was rejected.",
    "request": "[The mayor]'s <request for> {more police officers} was granted.",
    "plea": "[The mother]'s <plea for> {her son's safe return} was heard.",
    "appeal": "[The vicar]'s <appeal for> {calm in the village} worked.",
    "promise": "[The candidate]'s <promise of> {free bus travel} won votes.",
    "warning": "[The doctor]'s <warning about> {the spread of the flu} came early.",
    "complaint": "[The tenants]' <complaint about> {the broken lifts} was ignored.",
    "objection": "[The farmers]' <objection to> {the new pylons} was noted.",
    "accusation": "[The coach]'s <accusation against> {the match referee} was rejected.",
    "allegation": "[The reporter]'s <allegation of> {fraud at the club} was denied.",
    "claim": "[The firm]'s <claim of> {record profits at its new plant} was doubted.",
    "explanation": "[The pilot]'s <explanation for> {the late landing} was accepted.",
    "comment": "[The coach]'s <comment on> {the state of the pitch} angered the club.",
    "remark": "[The judge]'s <remark about> {the length of the trial} was reported.",
    "statement": "[The club]'s <statement on> {the sale of its ground} was short.",
    "message": "[Her] <message of> {hope for the flood victims} was broadcast.",
    "view": "[The mayor]'s <view of> {the new harbour plan} is well known.",
    "position": "[The senator]'s <position on> {the new farm bill} is unclear.",
    "stance": "[The bishop]'s <stance on> {the new casino} is firm.",
    "opinion": "[The judge]'s <opinion of> {the new prison rules} was harsh.",
    "prediction": "[The pundit]'s <prediction of> {a narrow win for the mayor} was wrong.",
    "advocacy": "[Her] <advocacy for> {the families of the miners} made her famous.",
    "backing": "[The union]'s <backing for> {the young candidate} came late.",
    "case": "[The engineer]'s <case for> {a second bridge} convinced the council.",
    "apology": "[The airline]'s <apology for> {the long delays} came late.",
    "tribute": "[The bishop]'s <tribute to> {the lifeboat crews} moved the town.",
    "mention": "[His] <mention of> {the old mill fire} upset the families.",
    "concern": "[The nurses]' <concern about> {the night shifts} is growing.",
    "doubt": "[The auditor]'s <doubts about> {the land deal} were ignored.",
    "argument": "[The professor]'s <argument for> {a tax on sugar} was strong.",
    "preference": "[The coach]'s <preference for> {young local players} is well known.",
    "proposal": "[The mayor]'s <proposal for> {a new tram line to the docks} was shelved.",
    "attack": "[Her] repeated <attacks on> {the new parking rules} won votes.",
    "strategy": "[The union]'s <strategy of> {courting the night-shift drivers} has worked.",
    "goal": "[Her] <goal of> {building a new village school} is years away.",
    "hope": "[The club] toured the coast in <hopes of> {finding a new young keeper}.",
}

AGENT_EXAMPLES = {
    "supporter": "[Ms. Ruiz] is a fierce <supporter of> {the new trade deal}.",
    "critic": "[Graham], a longtime <critic of> {the new farm bill}, spoke on Monday.",
    "opponent": "[The bishop] is an <opponent of> {the new casino}.",
    "proponent": "[The senator] is a <proponent of> {lower fuel taxes}.",
    "advocate": "[The nurse] is an <advocate for> {longer maternity leave}.",
    "champion": "[The mayor] has been a <champion of> {the old town market}.",
    "defender": "[The judge] is a <defender of> {the jury system}.",
    "backer": "[The banker] is a <backer of> {the new stadium plan}.",
    "campaigner": "[The actress] is a <campaigner for> {cleaner city air}.",
    "skeptic": "[The professor] is a <skeptic of> {the new diet fad}.",
    "sceptic": "[The professor] is a <sceptic of> {the new diet fad}.",
}

ADJECTIVE_EXAMPLES = {
    "critical": "[The unions] are <critical of> {the latest pay offer}.",
    "skeptical": "[Many farmers] are <skeptical of> {the new subsidy scheme}.",
    "sceptical": "[Many farmers] are <sceptical about> {the new subsidy scheme}.",
    "supportive": "[The mayor] was <supportive of> {the plan for a new library}.",
    "dismissive": "[The coach] was <dismissive of> {the talk of a crisis}.",
    "appreciative": "[The nurses] were <appreciative of> {the free parking at night}.",
    "complimentary": "[The critic] was <complimentary about> {the new opera house}.",
    "scornful": "[The senator] was <scornful of> {the new farm bill}.",
    "contemptuous": "[The author] is <contemptuous of> {the modern art world}.",
    "wary": "[Local traders] are <wary of> {the new parking charges}.",
    "upbeat": "[The manager] is <upbeat about> {the team's chances this year}.",
    "optimistic": "[The doctors] are <optimistic about> {the new cancer drug}.",
    "pessimistic": "[The farmers] are <pessimistic about> {the summer harvest}.",
    "enthusiastic": "[The teachers] were <enthusiastic about> {the new timetable}.",
    "bullish": "[The bankers] are <bullish on> {the housing market}.",
    "adamant": "[The mayor] was <adamant about> {the need for a new bridge}.",
    "outspoken": "[The bishop] has been <outspoken about> {the cuts in bus services}.",
    "vocal": "[The parents] have been <vocal about> {the closure of the school}.",
    "unhappy": "[Most voters] were <unhappy with> {the new bus timetable}.",
    "frustrated": "[The players] are <frustrated with> {the state of the pitch}.",
    "disappointed": "[The fans] were <disappointed with> {the team's first season}.",
    "pleased": "[The mayor] was <pleased with> {the turnout at the fair}.",
    "satisfied": "[The inspectors] were <satisfied with> {the new fire doors}.",
    "tired": "[The old members] are <tired of> {a party with no ideas}.",
    "sure": "[The coach] is not <sure about> {the new training ground}.",
    "unsure": "[Many voters] are <unsure about> {the new council tax}.",
    "worried": "[The parents] are <worried about> {the busy road near the school}.",
    "concerned": "[The doctors] are <concerned about> {the length of the waiting lists}.",
    "angry": "[The fishermen] are <angry about> {the new catch limits}.",
    "upset": "[The families] were <upset about> {the delay to the inquiry}.",
    "horrified": "[The villagers] were <horrified at> {the plan for a quarry}.",
    "proud": "[The mayor] is <proud of> {the new town library}.",
    "opposed": "[The farmers] are <opposed to> {the new road through the valley}.",
    "hostile": "[The board] was <hostile to> {the takeover bid from abroad}.",
    "honest": "[The coach] was <honest about> {the team's poor form}.",
    "upfront": "[The mayor] was <upfront about> {the cost of the new bridge}.",
    "candid": "[The minister] was <candid about> {the failures of the old scheme}.",
    "fond": "[The old man] is <fond of> {the village brass band}.",
    "ambivalent": "[Many voters] are <ambivalent about> {the new council tax}.",
    "divided": "[The farmers] are <divided over> {the new grazing rules}.",
    "split": "[The nurses] are <split on> {the latest pay offer}.",
    "sympathetic": "[Some judges] are <sympathetic to> {the new sentencing rules}.",
    "passionate": "[Her mother] is <passionate about> {the village brass band}.",
    "delighted": "[The bakery owner] was <delighted by> {the response from her neighbours}.",
    "nervous": "[The sheep farmers] are <nervous about> {the price of winter feed}.",
    "anxious": "[The students] are <anxious about> {the new exam timetable}.",
    "uneasy": "[Some councillors] are <uneasy about> {the cost of the tram line}.",
    "bent": "[The new governor] is <bent on> {closing the old county prison}.",
    "intent": "[The club] is <intent on> {a return to the first division}.",
    "interested": "[The mayor] is <interested in> {a second bridge over the river}.",
    "confident": "[Her team] is <confident in> {the outcome of the vote}.",
    "hopeful": "[The captain] was <hopeful about> {the final match of the season}.",
    "excited": "[The young players] were <excited about> {the new stadium plans}.",
    "thrilled": "[The organisers] were <thrilled with> {the size of the crowd}.",
    "happy": "[The tenants] are <happy with> {the new heating system}.",
    "eager": "[The fans] are <eager for> {news of the new manager}.",
    "keen": "[The minister] is <keen on> {a tax on sugary drinks}.",
    "comfortable": "[Most members] are <comfortable with> {the new rules on guests}.",
    "uncomfortable": "[Some members] are <uncomfortable with> {the new rules on guests}.",
    "furious": "[The fishermen] are <furious at> {the new catch limits}.",
    "outraged": "[The parents] were <outraged by> {the closure of the nursery}.",
    "alarmed": "[The doctors] are <alarmed by> {the rise in measles cases}.",
    "troubled": "[The judge] was <troubled by> {the delays in the case}.",
    "disturbed": "[The inspectors] were <disturbed by> {the state of the kitchens}.",
    "encouraged": "[The coach] was <encouraged by> {the team's second half}.",
    "grateful": "[The family] is <grateful for> {the help of the neighbours}.",
    "impatient": "[The traders] are <impatient with> {the slow road repairs}.",
    "fearful": "[The villagers] are <fearful of> {another flood in the valley}.",
    "suspicious": "[The auditors] were <suspicious of> {the late payments to the firm}.",
}


@pytest.mark.parametrize(
    ("section", "examples"),
    [
        ("phrasal", PHRASAL_EXAMPLES),
        ("owned_nouns", OWNED_EXAMPLES),
        ("adjectives", ADJECTIVE_EXAMPLES | ATTITUDE_EXAMPLES),
        ("agent_nouns", AGENT_EXAMPLES),
    ],
)
def test_every_entry_has_an_example_that_reports_its_words(
    section: str, examples: dict[str, str]
) -> None:
    assert set(objects_section(section)) == set(examples) | set(PREPS.get(section, {}))
    parts = [marked(e) for e in examples.values()]
    found = quotes_of(*(p.sentence for p in parts))
    for part, quotes in zip(parts, found, strict=True):
        sentence, speaker, cue = part.sentence, part.speaker, part.cue
        quote = only_quote(quotes, sentence, part.words)
        assert quote.kind is QuoteKind.INDIRECT, sentence
        assert span_text(sentence, quote.speaker_mention) == speaker, sentence
        assert cue in span_text(sentence, quote.cue), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Calls for a public inquiry into the crash grew louder.",  # nobody owns the calls
        "Ohio's support for the new farm bill was never in doubt.",  # a place is no speaker
        "Her criticism of him was sharp.",  # a bare pronoun: nothing to check
        "Whose account of the night of the storm is true?",  # "whose" names nobody
        "The senator spoke out in Ohio on a cold night.",  # where, not what
        "The workers pushed back the start of the night shift.",  # no claim: a delay
        "It is critical of the long-term health of the river.",  # an expletive holder
        "A critical report on the state of the river came out.",  # nobody's attitude
        "The lorry weighed in at forty tonnes on the bridge.",  # no speech without 'on'
    ],
)
def test_no_claim_without_an_owner_a_holder_or_the_particle(sentence: str) -> None:
    assert quotes_of(sentence)[0].quotes == ()


def test_the_by_agent_owns_the_noun_and_is_no_part_of_the_words() -> None:
    sentence = "A sharp criticism of the new parking rules by the mayor was read out."
    quote = only_quote(quotes_of(sentence)[0], sentence, "the new parking rules")
    assert span_text(sentence, quote.speaker_mention) == "the mayor"


def test_a_possessive_speaker_is_named_without_its_s() -> None:
    sentence = "Senator Ruth Okafor's call for a new bridge over the river was welcomed."
    quotes = quotes_of(sentence)[0]
    quote = only_quote(quotes, sentence, "a new bridge over the river")
    assert span_text(sentence, quote.speaker_mention) == "Senator Ruth Okafor"
    assert [s.name for s in quotes.speakers] == ["Ruth Okafor"]


def test_the_prepositions_after_the_noun_belong_to_the_words() -> None:
    sentence = "His assessment of the final between the two village clubs was brief."
    quote = only_quote(quotes_of(sentence)[0], sentence, "the final between the two village clubs")
    assert span_text(sentence, quote.speaker_mention) == "His"


def test_a_listener_between_the_verb_and_its_preposition() -> None:
    sentence = "The mayor reminded the voters of her long record on housing."
    quote = only_quote(quotes_of(sentence)[0], sentence, "her long record on housing")
    assert span_text(sentence, quote.speaker_mention) == "The mayor"


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            "About a third of the nurses want a shorter night shift on the wards.",
            "a shorter night shift on the wards",
            "the nurses",
        ),
        (
            "Nine in 10 farmers are unhappy with the new rules on grazing.",
            "the new rules on grazing",
            "Nine in 10 farmers",
        ),
    ],
)
def test_a_share_of_people_speaks_for_them(sentence: str, words: str, speaker: str) -> None:
    quote = only_quote(quotes_of(sentence)[0], sentence, words)
    assert span_text(sentence, quote.speaker_mention) == speaker


def test_a_bare_number_is_no_speaker() -> None:
    assert quotes_of("Ten rejected the latest appeal from the prisoners.")[0].quotes == ()


def test_an_as_clause_without_a_subject_describes_the_object() -> None:
    sentence = "Many voters see the new council tax as most unfair."
    quote = only_quote(quotes_of(sentence)[0], sentence, "the new council tax as most unfair")
    assert span_text(sentence, quote.speaker_mention) == "Many voters"


def test_an_as_clause_with_its_own_subject_is_when_not_what() -> None:
    sentence = "The captain thanked the whole crew as the ship docked in the harbour."
    assert [q.text for q in quotes_of(sentence)[0].quotes] == ["the whole crew"]


def test_a_result_clause_is_no_part_of_the_attitude() -> None:
    sentence = (
        "The farmers are so opposed to building the new road that they are suing the council."
    )
    quotes = quotes_of(sentence)[0]
    only_quote(quotes, sentence, "building the new road")


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "The mayor ruled out raising the fares on the night buses.",
            "raising the fares on the night buses",
        ),
        ("The author lamented closing the old village library.", "closing the old village library"),
    ],
)
def test_a_gerund_is_the_object(sentence: str, words: str) -> None:
    quote = only_quote(quotes_of(sentence)[0], sentence, words)
    assert span_text(sentence, quote.speaker_mention) == "The " + sentence.split()[1]


def test_an_agent_noun_nobody_is_said_to_be_names_no_speaker() -> None:
    assert quotes_of("Critics of the new farm bill met in the town hall.")[0].quotes == ()


def test_an_attack_only_a_person_owns_is_a_claim() -> None:
    assert quotes_of("The army's attack on the old river town began at dawn.")[0].quotes == ()


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            "The minister heard complaints from the tenants that the lifts were broken.",
            "the lifts were broken",
            "the tenants",
        ),
        (
            "Complaints from the tenants that the lifts were broken went unanswered.",
            "the lifts were broken",
            "the tenants",
        ),
    ],
)
def test_a_stance_noun_held_by_its_from_phrase(sentence: str, words: str, speaker: str) -> None:
    quote = only_quote(quotes_of(sentence)[0], sentence, words)
    assert span_text(sentence, quote.speaker_mention) == speaker
