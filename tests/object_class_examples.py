"""Example sentences for the object verbs of objects.json added by semantic class (session
10): verbs of judgment, of support and opposition, of voicing, of cognition and of
presenting something as something. Marked up as in marked_examples: `[the speaker's
mention] <the cue> {the reported words}` (the cue is marked only where it is not the verb
alone). Written for these tests; no corpus text."""

from __future__ import annotations

# lemma -> its example
JUDGMENT = {
    "knock": "[The critic] knocked {the museum's new wing for its cramped galleries}.",
    "demean": "[The pundit] demeaned {the mayor's work for the homeless}.",
    "smear": "[The blogger] smeared {the judge's record on the bench}.",
    "rebut": "[The minister] rebutted {the charge of favouritism in the contract}.",
    "refute": "[The professor] refuted {the claim of a link between the two outbreaks}.",
    "underplay": "[The company] underplayed {the danger of the chemical spill}.",
    "overstate": "[The report] overstated {the cost of the new bridge}.",
    "exaggerate": "[The coach] exaggerated {the size of his squad's injury list}.",
    "malign": "[The councillor] maligned {the volunteers of the food bank}.",
    "denigrate": "[The host] denigrated {the work of the cleaning staff}.",
    "bash": "[The governor] bashed {the railway company for its late trains}.",
    "pillory": "[The tabloids] pilloried {the keeper for his costly error}.",
    "deplore": "[The bishop] deplored {the violence of the weekend march}.",
    "scorn": "[The veterans] scorned {the offer of a one-off payment}.",
    "spurn": "[The striker] spurned {an offer of a new contract from the club}.",
    "repudiate": "[The party] repudiated {the remarks of its former treasurer}.",
    "disavow": "[The candidate] disavowed {the support of the extremist group}.",
    "renounce": "[The rebels] renounced {the use of force in the border region}.",
    "contradict": "[The witness] contradicted {the driver's account of the crash}.",
}
SUPPORT = {
    "resist": "[The teachers] resisted {the plan for longer school terms}.",
    "ignore": "[The council] ignored {the warnings of the flood engineers}.",
    "disregard": "[The builder] disregarded {the advice of the safety inspector}.",
    "admire": "[The author] admires {the courage of the island's fishermen}.",
    "relish": "[The challenger] relishes {the role of the underdog in the race}.",
    "appreciate": "[The nurses] appreciated {the support of the local shops}.",
    "embrace": "[The senator] embraced {the idea of a wealth tax}.",
    "accept": "[The coach] accepted {the blame for the cup defeat}.",
    "espouse": "[The mayor] espouses {the values of the old labour movement}.",
    "herald": "[The minister] heralded {the deal as a new dawn for the valley}.",
    "proclaim": "[The rebels] proclaimed {the birth of a new republic}.",
    "tolerate": "[The landlord] tolerated {the noise from the late bar}.",
}
VOICING = {
    "articulate": "[The candidate] articulated {a vision of a greener city}.",
    "invoke": "[The judge] invoked {the memory of the mill fire}.",
    "echo": "[The senator] echoed {the governor's call for calm}.",
    "convey": "[The envoy] conveyed {the king's regret for the delay}.",
    "summarize": "[The chair] summarized {the findings of the inquiry}.",
    "summarise": "[The chair] summarised {the main points of the report}.",
    "flag": "[The auditors] flagged {a gap in the pension accounts}.",
    "share": "[The author] shared {her memories of the war in the valley}.",
}
COGNITION = {
    "understand": "[The voters] understand {the risks of a hung parliament}.",
    "recognize": "[The union] recognizes {the need for a shorter week}.",
    "recognise": "[The board] recognised {the scale of the problem at the plant}.",
    "realize": "[The mayor] realized {the depth of the anger in the town}.",
    "realise": "[The manager] realised {the size of his mistake}.",
    "foresee": "[The economist] foresaw {a long slump in house prices}.",
    "envision": "[The architect] envisions {a park along the old canal}.",
    "envisage": "[The plan] envisages {a new station at the airport}.",
    "imagine": "[The designers] imagined {a future of driverless buses}.",
    "anticipate": "[The police] anticipate {a large crowd at the final}.",
    "forecast": "[The bank] forecast {a sharp rise in interest rates}.",
    "regret": "[The senator] regrets {her vote for the war}.",
    "resent": "[The farmers] resent {the new rules on hedge cutting}.",
}
PRESENTING = {
    "present": "[The mayor] presented {the budget as a fresh start for the town}.",
    "portray": "[The campaign] portrayed {the senator as a friend of the banks}.",
    "frame": "[The governor] framed {the vote as a test of loyalty}.",
    "position": "[The party] positioned {itself as the voice of small business}.",
    "pitch": "[The developer] pitched {the tower as a boost for local jobs}.",
    "peg": "[The analysts] pegged {the merger as a defensive move}.",
    "style": "[The candidate] styled {herself as an outsider}.",
    "market": "[The firm] marketed {the drink as a cure for tiredness}.",
    "interpret": "[The unions] interpreted {the letter as a threat}.",
    "perceive": "[Many parents] perceive {the new test as a burden on young pupils}.",
    "judge": "[The inspectors] judged {the school as failing its pupils}.",
    "treat": "[The editor] treated {the leak as a matter for the police}.",
    "count": "[The singer] counts {herself as a lifelong fan of the club}.",
}
# a topic, never a listener or a person (`addressed the delegates`): the `topic` frame
TOPICS = {
    "address": "[The governor] addressed {the fact that the mill had closed}.",
    "tackle": "[The author] tackles {the history of the salt trade}.",
    "broach": "[The envoy] broached {the subject of a prisoner swap}.",
}
# what is shown, whoever or whatever shows it (`any_subject`)
SHOWING = {
    "illustrate": "[The case] illustrates {the limits of the new law}.",
    "document": "[The book] documents {the decline of the herring fleet}.",
    "spotlight": "[The row] spotlighted {a rift in the ruling party}.",
}
# the object with what it is blamed for or put down to: the `paired` frame
PAIRED = {
    "hit": "[The union] hit {the company over its plans for night shifts}.",
    "attribute": "[Officials] attributed {the long delays to a shortage of drivers}.",
}
CLASS_EXAMPLES = {
    **JUDGMENT,
    **SUPPORT,
    **VOICING,
    **COGNITION,
    **PRESENTING,
    **TOPICS,
    **SHOWING,
    **PAIRED,
}

# the passives added by class: [the judge, if named] ... {what is judged, and what for or as}
PASSIVE_EXAMPLES = {
    "lambast": "{The ferry firm was lambasted for its fares} by [the islanders].",
    "lambaste": "{The new stadium was lambasted as a white elephant}.",
    "berate": "{The striker was berated for his missed chances} by [the manager].",
    "rebuke": "{The officer was rebuked for his rudeness to the press}.",
    "scold": "{The pupils were scolded for their rudeness to the driver}.",
    "chide": "{The bank was chided for its slow response} by [the regulator].",
    "castigate": "{The hospital was castigated for its poor records}.",
    "knock": "{The museum was knocked for its cramped galleries} by [critics].",
    "blast": "{The budget was blasted as a giveaway to the rich} by [the unions].",
    "pan": "{The sequel was panned as a cash grab}.",
    "bash": "{The railway was bashed for its late trains} by [commuters].",
    "applaud": "{The crew was applauded for its calm} by [the passengers].",
    "commend": "{The firefighters were commended for their bravery}.",
    "recognize": "{The detentions are now recognized as a grave injustice}.",
    "recognise": "{The nurse was recognised for her work in the floods}.",
    "remember": "{The mayor is remembered as a friend of the poor}.",
    "single": "{The ferry was singled out as a waste of money} by [the auditors].",
    "present": "{The merger was presented as a rescue for the yard}.",
    "frame": "{The vote was framed as a test of party loyalty}.",
    "position": "{The party is positioned as the voice of small business}.",
    "pitch": "{The tower was pitched as a boost for local jobs}.",
    "peg": "{The merger was pegged as a defensive move} by [analysts].",
    "perceive": "{The new test is perceived as a burden on young pupils}.",
    "interpret": "{The letter was interpreted as a threat} by [the unions].",
    "judge": "{The school was judged inadequate} by [the inspectors].",
}

# content nouns added by class (media and written words): noun -> its example
CONTENT_NOUN_EXAMPLES = {
    "image": "[The keeper] posted {an image of the flooded pitch}.",
    "clip": "[The band] posted {a clip of the rehearsal in the barn}.",
    "footage": "[A fan] posted {footage of the fight outside the ground}.",
    "recording": "[The teacher] posted {a recording of the school choir}.",
    "meme": "[The senator] posted {a meme about the governor's new car}.",
    "cartoon": "[The editor] posted {a cartoon of the mayor as a pirate}.",
    "screenshot": "[The reporter] posted {a screenshot of the deleted message}.",
    "comment": "[The coach] posted {a comment about the referee's decision}.",
    "statement": "[The club] posted {a statement on the sale of the ground}.",
    "transcript": "[The court] posted {the transcript of the first hearing}.",
    "excerpt": "[The publisher] posted {an excerpt from the general's memoir}.",
    "rant": "[The driver] posted {a rant about the new parking charges}.",
    "screed": "[The blogger] wrote {a screed against the new bypass}.",
    "diatribe": "[The columnist] wrote {a diatribe against the council's budget}.",
    "thread": "[The scientist] posted {a thread on the causes of the drought}.",
    "blog": "[The farmer] posted {a blog about the price of feed}.",
    "poem": "[The pupil] posted {a poem about the closing of the mine}.",
    "email": "[The manager] posted {an email about the late shifts}.",
}
