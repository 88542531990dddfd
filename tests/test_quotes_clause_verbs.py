"""Verbs of saying, inferring and perceiving that report a that-clause or a wh-clause
(session 10, cues.json `_clauses10`). Sentences written here."""

from __future__ import annotations

from quotes_helpers import quote_with, quotes_of, speaker_name

from reader.quotes.lexicon import cues

# lemma -> (sentence, words the reported content holds, the holder's name)
CLAUSE_VERBS = {
    "counter": (
        "Critics counter that the toll will hurt small farms.",
        "hurt small farms",
        "Critics",
    ),
    "retort": (
        "The minister retorted that the figures were out of date.",
        "out of date",
        "minister",
    ),
    "quip": ("The coach quipped that the pitch needed a haircut.", "needed a haircut", "coach"),
    "exclaim": (
        "The skipper exclaimed that the storm had passed at last.",
        "storm had passed",
        "skipper",
    ),
    "whisper": (
        "The clerk whispered that the files had been moved.",
        "files had been moved",
        "clerk",
    ),
    "mutter": ("The driver muttered that the route made no sense.", "made no sense", "driver"),
    "grumble": (
        "The growers grumbled that the price of seed had doubled.",
        "had doubled",
        "growers",
    ),
    "grouse": ("The tenants groused that the lifts never worked.", "never worked", "tenants"),
    "gripe": ("The fans griped that the tickets cost too much.", "cost too much", "fans"),
    "lament": ("The bishop lamented that the chapel stood empty.", "stood empty", "bishop"),
    "bemoan": ("The brewers bemoaned that the tax had doubled.", "tax had doubled", "brewers"),
    "confide": ("The captain confided that the ship was leaking.", "was leaking", "captain"),
    "divulge": (
        "The treasurer divulged that the fund was short by a third.",
        "short by a third",
        "treasurer",
    ),
    "proclaim": (
        "The mayor proclaimed that the bridge was open for traffic.",
        "open for traffic",
        "mayor",
    ),
    "affirm": ("The court affirmed that the lease was still valid.", "still valid", "court"),
    "aver": ("The landlord averred that the rent had been paid.", "rent had been paid", "landlord"),
    "avow": ("The rebels avowed that they would never disarm.", "never disarm", "rebels"),
    "intimate": (
        "The chairman intimated that the merger would go ahead.",
        "merger would go ahead",
        "chairman",
    ),
    "posit": (
        "The historian posited that the fire had started in the mill.",
        "started in the mill",
        "historian",
    ),
    "concur": (
        "The auditors concurred that the accounts were sound.",
        "accounts were sound",
        "auditors",
    ),
    "protest": (
        "The farmers protested that the quota was unfair to them.",
        "quota was unfair",
        "farmers",
    ),
    "plead": (
        "The parents pleaded that the school should stay open.",
        "should stay open",
        "parents",
    ),
    "relay": ("The envoy relayed that the talks would resume in May.", "resume in May", "envoy"),
    "repeat": (
        "The spokeswoman repeated that no decision had been made.",
        "no decision",
        "spokeswoman",
    ),
    "specify": (
        "The contract specifies that the work must end by June.",
        "must end by June",
        "contract",
    ),
    "stipulate": (
        "The lease stipulated that the farm could not be sold.",
        "could not be sold",
        "lease",
    ),
    "attest": ("The witnesses attested that the ballot was fair.", "ballot was fair", "witnesses"),
    "certify": ("The inspectors certified that the dam was safe.", "dam was safe", "inspectors"),
    "underscore": (
        "The figures underscore that the recovery remains fragile.",
        "remains fragile",
        "figures",
    ),
    "underline": ("The survey underlines that rents keep rising.", "rents keep rising", "survey"),
    "illustrate": (
        "The chart illustrates how few people voted in the caucus.",
        "how few people voted",
        "chart",
    ),
    "verify": (
        "The auditors verified that the votes were counted twice.",
        "counted twice",
        "auditors",
    ),
    "calculate": (
        "The bank has calculated that the plan may cut costs by a fifth.",
        "cut costs",
        "bank",
    ),
    "determine": (
        "The council is still determining how much the repairs will cost.",
        "repairs will cost",
        "council",
    ),
    "ascertain": (
        "The police ascertained that the door had been forced.",
        "had been forced",
        "police",
    ),
    "deduce": (
        "The detective deduced that the letter was forged.",
        "letter was forged",
        "detective",
    ),
    "infer": ("The analysts inferred that the firm was losing money.", "losing money", "analysts"),
    "speculate": (
        "The pollster speculated that turnout would fall in the suburbs.",
        "turnout would fall",
        "pollster",
    ),
    "surmise": (
        "The curator surmised that the painting had been moved at night.",
        "moved at night",
        "curator",
    ),
    "hypothesize": (
        "The biologist hypothesized that the frogs had fled the drought.",
        "fled the drought",
        "biologist",
    ),
    "theorize": (
        "The engineer theorized that the cable had snapped in the cold.",
        "snapped in the cold",
        "engineer",
    ),
    "postulate": (
        "The economist postulated that wages would lag prices.",
        "wages would lag",
        "economist",
    ),
    "conjecture": (
        "The editor conjectured that the author was a woman.",
        "author was a woman",
        "editor",
    ),
    "guess": (
        "The neighbour guessed that the family had moved abroad.",
        "moved abroad",
        "neighbour",
    ),
    "bet": (
        "The senator is betting that voters will reward her caution.",
        "reward her caution",
        "senator",
    ),
    "wager": (
        "The trader wagered that the price of copper would rise.",
        "copper would rise",
        "trader",
    ),
    "judge": ("The voters judged that the mayor had failed them.", "mayor had failed", "voters"),
    "presume": ("The officers presumed that the driver was drunk.", "driver was drunk", "officers"),
    "suppose": ("The clerk supposed that the parcel had been lost.", "had been lost", "clerk"),
    "notice": (
        "The reporter noticed that none of the stations cut away.",
        "none of the stations",
        "reporter",
    ),
    "discover": (
        "The teachers discovered that the grades had been changed.",
        "grades had been changed",
        "teachers",
    ),
    "hear": ("The miners heard that the pit would close in spring.", "pit would close", "miners"),
    "sense": ("The coach sensed that the players were tired.", "players were tired", "coach"),
    "perceive": ("The voters perceived that the party had lost its way.", "lost its way", "voters"),
    "forget": ("The board forgot that the lease ran out in May.", "lease ran out", "board"),
    "imagine": (
        "The founders never imagined that the club would grow so large.",
        "grow so large",
        "founders",
    ),
    "foresee": (
        "The planners foresaw that the roads would be jammed.",
        "roads would be jammed",
        "planners",
    ),
    "envision": (
        "The architect envisions that the square will be car-free.",
        "square will be car-free",
        "architect",
    ),
    "envisage": (
        "The ministry envisages that the line will open in 2030.",
        "line will open",
        "ministry",
    ),
    "resent": (
        "The villagers resent that the quarry has grown so close.",
        "quarry has grown",
        "villagers",
    ),
    "marvel": (
        "The visitors marvelled that the bridge still stood.",
        "bridge still stood",
        "visitors",
    ),
    "debate": (
        "The members debated whether the club should sell the ground.",
        "sell the ground",
        "members",
    ),
    "discuss": ("The nurses discussed how long the ward could stay open.", "stay open", "nurses"),
    "order": (
        "The judge ordered that the files be handed to the court.",
        "handed to the court",
        "judge",
    ),
    "scoff": (
        "The owner scoffed that the fine was smaller than his tax bill.",
        "fine was smaller",
        "owner",
    ),
    "sneer": ("The rival sneered that the plan would never be built.", "never be built", "rival"),
    "scold": (
        "The coach scolded that the team had played like strangers.",
        "played like strangers",
        "coach",
    ),
    "chide": (
        "The editor chided that the story had too many adjectives.",
        "too many adjectives",
        "editor",
    ),
    "gush": (
        "The critic gushed that the show was the best of the year.",
        "best of the year",
        "critic",
    ),
    "enthuse": ("The dean enthused that the new hall would open in May.", "open in May", "dean"),
    "fume": (
        "The farmer fumed that the road had been closed without notice.",
        "closed without notice",
        "farmer",
    ),
    "rant": ("The host ranted that the referees were biased.", "referees were biased", "host"),
}


def test_each_clause_verb_of_session_10_reports_its_clause_with_its_holder() -> None:
    found = quotes_of(*(sentence for sentence, _, _ in CLAUSE_VERBS.values()))
    for (lemma, (sentence, words, holder)), quotes in zip(CLAUSE_VERBS.items(), found, strict=True):
        assert lemma in cues().verbs, lemma
        quote = quote_with(quotes, words)
        assert quote.cue is not None, lemma
        name = speaker_name(quotes, quote)
        assert name is not None and holder.lower() in name.lower(), (lemma, sentence, name)


def test_a_verb_of_perception_reports_a_tensed_clause_but_not_a_scene() -> None:
    told, scene, wh = quotes_of(
        "The miners heard the pit would close in the spring.",
        "The miners heard the old engine stop at noon.",
        "The board will soon discover whether the new fares hold.",
    )
    assert quote_with(told, "pit would close").cue is not None
    assert not any("engine" in q.text for q in scene.quotes), [q.text for q in scene.quotes]
    assert quote_with(wh, "whether the new fares hold").cue is not None


def test_a_participle_of_perception_reports_nothing() -> None:
    quotes = quotes_of("His radio show heard in ten states says the levy will double.")[0]
    assert not any(q.text.startswith("in ten states") for q in quotes.quotes)
    assert quote_with(quotes, "the levy will double").cue is not None


# verbs of saying or feeling that also report the object of a preposition
PREP_OBJECTS = {
    "marvel": ("The visitors marvelled at the size of the old cathedral.", "the size of the old"),
    "scoff": ("The engineers scoffed at the idea of a bridge to the island.", "idea of a bridge"),
    "sneer": ("The critics sneered at the design of the new library.", "design of the new"),
    "fume": ("The drivers fumed about the new charges for parking.", "new charges for"),
    "plead": ("The parents pleaded for a safer crossing near the school.", "a safer crossing"),
    "concur": ("The judges concurred with the ruling of the lower court.", "ruling of the lower"),
}


def test_a_clause_verb_also_reports_the_object_of_its_preposition() -> None:
    found = quotes_of(*(sentence for sentence, _ in PREP_OBJECTS.values()))
    for (lemma, (sentence, words)), quotes in zip(PREP_OBJECTS.items(), found, strict=True):
        assert "prep" in cues().verbs[lemma].frames, lemma
        quote = quote_with(quotes, words)
        assert quote.cue is not None, (lemma, sentence)
        name = speaker_name(quotes, quote)
        assert name is not None and sentence.split()[1] in name, (lemma, sentence, name)
