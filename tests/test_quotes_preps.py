"""Claims whose content is the object of a preposition (session 10): verbs of stance,
feeling and attention with their preposition (cues.json `acts`: `relented on X`, `balked at
X`, `agonized over X`), phrasal verbs (objects.json `phrasal`: `came out against X`),
speech-act and attitude nouns after a plain verb (`nouns`: `took credit for X`, `sounded a
cautious note about X`), owned by their possessor (`owned_nouns`: `her skepticism about X`)
or by nobody (`open_nouns`: `the uproar over X`, `a furor arose over X`). Every entry has
an example here; sentences written here."""

from __future__ import annotations

import pytest
from marked_examples import reported_cues
from quotes_helpers import only_quote, quotes_of

from reader.quotes.lexicon import cues

# the example of each entry: [the speaker's mention] <the cue> {the reported words}
# verbs of stance, feeling and attention: cues.json `acts` (a deed, not speech)
ACT_EXAMPLES = {
    "bank": "[The party] is <banking> on {a strong turnout in the northern towns}.",
    "stand": "[The harbour board] <stood> by {its decision to close the old pier}.",
    "cling": "[Her rivals] <cling> to {the hope of a late comeback}.",
    "unite": "[The villagers] <united against> {the plan for a new quarry}.",
    "opt": "[The members] <opted> for {a shorter season for the junior teams}.",
    "crusade": "[The doctor] has <crusaded> against {the sale of cheap cigarettes}.",
    "agitate": "[The students] <agitated> for {lower fees at the college}.",
    "root": "[The villagers] are <rooting> for {the small team from the valley}.",
    "acquiesce": "[The landlords] <acquiesced> to {the demands of the tenants}.",
    "relent": "[The minister] <relented> on {the cuts to the rural buses}.",
    "compromise": "[The two sides] <compromised> on {the length of the new contract}.",
    "cave": "[The board] <caved> to {the demands of the striking pilots}.",
    "bow": "[The council] <bowed> to {pressure from the local traders}.",
    "renege": "[The owner] <reneged> on {his promise to keep the mill open}.",
    "waver": "[The senator] has <wavered> on {the plan for a border wall}.",
    "budge": "[The union] would not <budge> on {the length of the night shifts}.",
    "differ": "[The two candidates] <differ> on {the future of the coal mines}.",
    "diverge": "[The brothers] <diverge> on {the value of the family farm}.",
    "quarrel": "[The neighbours] <quarrelled> over {the height of the new fence}.",
    "spar": "[The candidates] <sparred> over {the cost of the new hospital}.",
    "feud": "[The two families] have <feuded> over {the ownership of the mill}.",
    "bicker": "[The partners] <bickered> about {the price of the old barn}.",
    "squabble": "[The councillors] <squabbled> over {the seating plan for the gala}.",
    "wrangle": "[The lawyers] have <wrangled> over {the terms of the settlement}.",
    "agonize": "[The governor] <agonized> over {the decision to close the rural hospitals}.",
    "agonise": "[The head teacher] <agonised> over {the choice of a new deputy}.",
    "fret": "[The farmers] <fretted> about {the late arrival of the rain}.",
    "obsess": "[The critics] <obsess> over {the length of the new film}.",
    "rejoice": "[The fans] <rejoiced> at {the return of their old captain}.",
    "despair": "[Many teachers] <despair> over {the state of the school buildings}.",
    "bristle": "[The chef] <bristled> at {the review of his new restaurant}.",
    "balk": "[The buyers] <balked> at {the price of the new flats}.",
    "baulk": "[The investors] <baulked> at {the cost of the tunnel}.",
    "chafe": "[The nurses] <chafed> at {the long hours on the night ward}.",
    "grieve": "[The town] <grieved> over {the loss of its oldest factory}.",
    "exult": "[The winners] <exulted> in {their surprise victory at the polls}.",
    "delight": "[The author] <delights> in {the odd habits of her neighbours}.",
    "revel": "[The players] <revelled> in {their first win of the season}.",
    "seethe": "[The residents] <seethed> over {the closure of the bridge}.",
    "puzzle": "[The doctors] <puzzled> over {the cause of the sudden illness}.",
    "yearn": "[The villagers] <yearn> for {the return of the weekly market}.",
    "sympathize": "[Many nurses] <sympathize> with {the striking ambulance crews}.",
    "object": "[Several councillors] <objected> to {the plan to sell the community hall}.",
    "subscribe": "[The economist] <subscribes> to {the theory of a slow recovery}.",
    "approve": "[Most farmers] <approve> of {the new water rules for the valley}.",
    "disapprove": "[The bishop] <disapproves> of {the new opening hours of the shops}.",
    "deliberate": "[The jury] <deliberated> over {the fate of the two brothers}.",
    "ruminate": "[The coach] <ruminated> on {the failures of his defence}.",
    "brood": "[The captain] <brooded> over {the mistakes of his young defenders}.",
    "meditate": "[The old poet] often <meditated> on {the passing of the seasons}.",
    "fantasize": "[The fans] <fantasize> about {a win at the big stadium}.",
    "dream": "[The mayor] <dreams> of {a tram line to the coast}.",
    "concentrate": "[The charity] will <concentrate> on {housing for the elderly}.",
    "fixate": "[The press] <fixated on> {the cost of the royal visit}.",
    "harp": "[The critics] <harp> on {the delays to the new bridge}.",
    "pounce": "[Rivals] <pounced> on {the mayor's slip about the taxes}.",
    "gravitate": "[Younger voters] have <gravitated> to {the party of the green candidate}.",
    "sour": "[Voters] have <soured> on {the plan for a new stadium}.",
    "beg": "[The fishermen] <begged> for {help from the navy}.",
    "pray": "[The fishermen] <prayed> for {a calm sea on the long voyage}.",
    "tear": "[The senator] <tore> into {the council's handling of the floods}.",
    "light": "[The governor] <lit> into {the new rules on farm subsidies}.",
    "lace": "[The critic] <laced> into {the new play at the royal theatre}.",
    "rip": "[The coach] <ripped> into {the referee's handling of the game}.",
    "distance": "[The mayor] <distanced> herself from {the plan to close the pier}.",
    "commit": "[Several councillors] have yet to <commit> to {either of the two candidates}.",
}

# objects.json `phrasal`, added this session
PHRASAL_EXAMPLES = {
    "come out": "[The senator] <came out> against {the new tax on health plans}.",
    "come around": "[The farmers] have <come around> to {the idea of a new dam}.",
    "come down": "[The judge] <came down> on {the side of the tenants}.",
    "zero in": "[The governor] <zeroed in> on {the cost of the new prison}.",
    "home in": "[The auditors] <homed in> on {the costs of the new ferry}.",
    "hold forth": "[The professor] <held forth> on {the history of the old canal}.",
    "back down": "[The mayor] <backed down> on {her plan for a tram line}.",
    "stand up": "[The coach] <stood up> for {the young players in his squad}.",
    "line up": "[The unions] <lined up> behind {the plan for a shorter week}.",
    "sign on": "[Ten councillors] <signed on> to {the letter against the quarry}.",
    "sign off": "[The board] <signed off> on {the plan for a new stadium}.",
    "warm up": "[The voters] <warmed up> to {the idea of a new bridge}.",
    "give in": "[The company] <gave in> to {the demands of its drivers}.",
    "cave in": "[The council] <caved in> to {pressure from the shop owners}.",
    "hammer away": "[The challenger] <hammered away> at {the mayor's record on crime}.",
}

# objects.json `nouns`, added this session (the cue runs from the verb to the preposition)
NOUN_EXAMPLES = {
    "attention": "[The governor] <turned her attention to> {the state of the rural roads}.",
    "focus": "[The new coach] <put the focus on> {the fitness of his players}.",
    "spotlight": "[The inquiry] <shone a spotlight on> {the failings of the fire service}.",
    "sight": "[The mayor] has <set her sights on> {a seat in the national parliament}.",
    "hope": "[The senator] <pinned his hopes on> {a strong showing in the southern states}.",
    "skepticism": "[The engineers] <voiced skepticism about> {the plan for a second tunnel}.",
    "scepticism": "[The farmers] <voiced scepticism about> {the new rules on water}.",
    "frustration": "[Several farmers] <vented their frustration with> {the new water rules}.",
    "anger": "[The tenants] <vented their anger at> {the rise in the rents}.",
    "outrage": "[The parents] <voiced outrage at> {the closure of the village school}.",
    "dismay": "[The author] <voiced dismay at> {the closure of the local library}.",
    "disappointment": "[The coach] <voiced disappointment with> {the state of the pitch}.",
    "displeasure": "[The owner] <voiced his displeasure with> {the new rules on signs}.",
    "satisfaction": "[The mayor] <voiced satisfaction with> {the new bus timetable}.",
    "enthusiasm": "[The students] <voiced enthusiasm for> {the new science building}.",
    "optimism": "[The banker] <voiced optimism about> {the prospects of the harbour}.",
    "pessimism": "[The farmer] <voiced pessimism about> {the harvest of the coming year}.",
    "admiration": "[The senator] <voiced admiration for> {the crews of the lifeboats}.",
    "respect": "[The coach] <has great respect for> {the players of the other team}.",
    "contempt": "[The critic] <has contempt for> {the new opera house}.",
    "disdain": "[The chef] <has disdain for> {the fast food on the high street}.",
    "sympathy": "[The bishop] <voiced sympathy for> {the families of the miners}.",
    "regret": "[The minister] <voiced regret over> {the loss of the old ferry}.",
    "reservation": "[The judge] <voiced reservations about> {the new sentencing rules}.",
    "misgiving": "[The doctors] <voiced misgivings about> {the merger of the two hospitals}.",
    "qualm": "[The banker] <had no qualms about> {the sale of the old mill}.",
    "alarm": "[The nurses] <raised the alarm about> {the state of the night wards}.",
    "note": "[The economist] <sounded a cautious note about> {the figures for the summer}.",
    "interest": "[The company] <voiced interest in> {the old shipyard on the river}.",
    "credit": "[The mayor] <took credit for> {the drop in crime across the city}.",
    "responsibility": "[The rebel group] <claimed responsibility for> {the attack on the depot}.",
    "blame": "[The coach] <put the blame on> {the state of the frozen pitch}.",
    "stand": "[The bishop] <took a stand against> {the closure of the hospital}.",
    "line": "[The minister] <took a hard line on> {the pay of the junior doctors}.",
    "stance": "[The party] <took a softer stance on> {the tax on second homes}.",
    "view": "[The judge] <took a dim view of> {the excuses of the landlord}.",
    "opinion": "[The doctor] <gave her opinion on> {the plan for a new clinic}.",
    "advice": "[The fans] <traded advice about> {the routes to the new stadium}.",
    "pitch": "[The mayor] <made a pitch for> {a new tram line to the coast}.",
    "argument": "[The economist] <made the argument for> {a lower tax on fuel}.",
    "broadside": "[The senator] <fired a broadside at> {the new rules on fishing}.",
    "salvo": "[The union] <fired a salvo at> {the owners of the mill}.",
    "barb": "[The comedian] <aimed a barb at> {the new town hall}.",
    "rebuttal": "[The mayor] <delivered a rebuttal to> {the claims of the auditors}.",
    "riposte": "[The author] <wrote a riposte to> {the review of her novel}.",
    "nod": "[The chef] <gave a nod to> {the cooking of his grandmother}.",
    "homage": "[The singer] <paid homage to> {the old folk songs of the valley}.",
    "heed": "[The council] <paid no heed to> {the warnings of the engineers}.",
    "thought": "[The board] <gave some thought to> {a move to the new building}.",
    "credence": "[The judge] <gave credence to> {the account of the witness}.",
    "preview": "[The coach] <gave a preview of> {the new tactics for the final}.",
}

# objects.json `owned_nouns`, added this session
OWNED_EXAMPLES = {
    "skepticism": "[The engineer]'s <skepticism about> {the new tunnel} was plain.",
    "scepticism": "[The farmer]'s <scepticism about> {the new rules} was clear.",
    "anger": "[The mayor]'s <anger at> {the closure of the pier} grew.",
    "outrage": "[The parents]' <outrage at> {the cuts to the school} was loud.",
    "dismay": "[Her] <dismay at> {the closure of the old library} was plain.",
    "disappointment": "[The coach]'s <disappointment with> {the new pitch} was plain.",
    "displeasure": "[The owner]'s <displeasure with> {the new signs} was no secret.",
    "satisfaction": "[The mayor]'s <satisfaction with> {the new timetable} was clear.",
    "enthusiasm": "[The students]' <enthusiasm for> {the new library} was plain.",
    "optimism": "[The banker]'s <optimism about> {the harbour project} faded.",
    "pessimism": "[The farmer]'s <pessimism about> {the coming harvest} was deep.",
    "admiration": "[The senator]'s <admiration for> {the lifeboat crews} is well known.",
    "contempt": "[The critic]'s <contempt for> {the new opera house} was plain.",
    "disdain": "[The chef]'s <disdain for> {the fast food on the high street} is well known.",
    "sympathy": "[The bishop]'s <sympathy for> {the striking miners} was clear.",
    "regret": "[The minister]'s <regret over> {the loss of the ferry} was plain.",
    "reservation": "[The judge]'s <reservations about> {the new sentencing rules} were clear.",
    "misgiving": "[The doctors]' <misgivings about> {the merger of the hospitals} grew.",
    "fear": "[The farmers]' <fear of> {a long dry summer} was well founded.",
    "anxiety": "[The traders]' <anxiety about> {the new bypass} grew.",
    "belief": "[Her] <belief in> {the power of local schools} never wavered.",
    "distrust": "[The villagers]' <distrust of> {the new landlord} grew.",
    "mistrust": "[The miners]' <mistrust of> {the mine owners} ran deep.",
    "suspicion": "[The inspector]'s <suspicion of> {the night porter} grew.",
    "aversion": "[The mayor]'s <aversion to> {new taxes on small shops} is well known.",
    "ambivalence": "[The senator]'s <ambivalence about> {the trade deal} was plain.",
    "apprehension": "[The nurses]' <apprehension about> {the new shifts} grew.",
    "focus": "[The charity]'s <focus on> {housing for the elderly} was praised.",
    "rebuttal": "[The mayor]'s <rebuttal of> {the auditors' claims} was long.",
    "feeling": "[The farmers]' <feelings about> {the new dam} were mixed.",
    "thought": "[The judge]'s <thoughts on> {the new sentencing rules} were clear.",
    "affection": "[The singer]'s <affection for> {the old harbour town} is well known.",
    "diagnosis": "[The doctor]'s <diagnosis of> {the town's money troubles} was blunt.",
    "understanding": "[The mayor]'s <understanding of> {the needs of the farmers} is weak.",
    "testimony": (
        "[The nurse]'s <testimony on> {the conditions in the night ward} shocked the court."
    ),
    "query": "[The paper]'s <queries about> {the accounts of the club} went unanswered.",
    "speech": "[His] <speeches about> {the state of the railways} drew big crowds.",
    "reversal": "[The senator]'s <reversals on> {the tax on fuel} puzzled his voters.",
    "fight": "[Her] <fight against> {the closure of the village school} made her famous.",
    "campaign": "[The bishop]'s <campaign against> {the new casino} failed.",
    "crusade": "[The doctor]'s <crusade against> {the sale of cheap cigarettes} won her friends.",
}

# objects.json `open_nouns`, added this session: no speaker
OPEN_EXAMPLES = {
    "furor": "A <furor> arose over {the plan to close the village school}.",
    "furore": "The <furore over> {the new parking charges} grew.",
    "uproar": "The <uproar over> {the closure of the pool} surprised the council.",
    "backlash": "A <backlash against> {the new tolls on the bridge} grew.",
    "outrage": "The <outrage over> {the new parking charges} grew.",
    "anger": "<Anger over> {the closure of the village school} is growing.",
    "confusion": "<Confusion about> {the new rules for the bins} is widespread.",
    "scrutiny": "<Scrutiny of> {the accounts of the football club} has grown.",
    "rumor": "<Rumors of> {a sale of the old mill} spread through the town.",
    "rumour": "<Rumours about> {the closure of the bank} spread fast.",
    "uncertainty": "<Uncertainty about> {the future of the old mill} weighs on the town.",
    "disagreement": "<Disagreement over> {the route of the new road} delayed the work.",
    "accusation": "<Accusations of> {bribery at the port} shook the town.",
    "anxiety": "<Anxiety about> {the future of the steel works} is high.",
}

# objects.json section -> the entries this file gives examples for (the sections' own test
# files check that every entry has an example in one of the two)
SECTIONS = {
    "phrasal": PHRASAL_EXAMPLES,
    "nouns": NOUN_EXAMPLES,
    "owned_nouns": OWNED_EXAMPLES,
    "open_nouns": OPEN_EXAMPLES,
}


def _check_examples(examples: dict[str, str]) -> None:
    for part, cue in reported_cues(examples):
        assert cue and part.cue.startswith(cue), (part.sentence, cue)


@pytest.mark.parametrize(
    "examples",
    [ACT_EXAMPLES, PHRASAL_EXAMPLES, NOUN_EXAMPLES, OWNED_EXAMPLES, OPEN_EXAMPLES],
    ids=["acts", "phrasal", "nouns", "owned_nouns", "open_nouns"],
)
def test_every_entry_reports_the_object_of_its_preposition(examples: dict[str, str]) -> None:
    _check_examples(examples)


def test_the_acts_are_deeds_with_a_doer_and_their_prepositions() -> None:
    vocabulary = cues()
    for lemma in ACT_EXAMPLES:
        act = vocabulary.acts[lemma]
        assert lemma not in vocabulary.verbs  # a stance shown, not a speech cue
        assert act.frames == frozenset({"prep"}) and act.person_subject, lemma
    assert vocabulary.acts["stand"].preps == frozenset({"by"})  # not "stood behind the desk"
    assert vocabulary.act_for("stand", "stood") is vocabulary.acts["stand"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Texas objected to the new rules on water for the valley.",  # a place is no holder
        "The minister finally relented on Tuesday.",  # when, not what
        "The two ministers sparred in a long debate on the radio.",  # not over anything
        "The mayor stood with the new fire crews in the square.",  # where she stood
        "A furor greeted the mayor over the closure of the pier.",  # the verb has an object
        "The new rules drew little interest in the old harbour town.",  # no one voiced it
        "Her campaign for the seat of the northern district began in May.",  # a race, not a cause
        "The mayor was committed to the hospital for a week.",  # a passive: no stance
    ],
)
def test_no_claim_without_a_holder_or_the_entry_s_preposition(sentence: str) -> None:
    assert quotes_of(sentence)[0].quotes == ()


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Questions remain about the cost of the new bridge.", "the cost of the new bridge"),
        ("Big doubts hung over the talks on the river treaty.", "the talks on the river treaty"),
        ("An uproar erupted over the plan to sell the park.", "the plan to sell the park"),
    ],
)
def test_an_open_noun_s_preposition_on_its_verb_is_what_it_is_about(
    sentence: str, words: str
) -> None:
    quote = only_quote(quotes_of(sentence)[0], sentence, words)
    assert quote.speaker_mention is None
