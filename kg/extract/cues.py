"""The cue lexicon: which words introduce an attributed statement or a
withdrawal, by class. Rules elsewhere look words up here by lemma (lower case);
nothing in this module names a person, place or outlet.

The classes follow the usual split of reporting verbs in quotation-extraction
work (speech vs. stance verbs) and the four relations of ``records.Relation``:
a *speech* cue gives ``claims``, a *confirmation* cue gives ``confirms``, a
*denial* cue gives ``denies``; a negated or hedged confirmation gives
``not_confirmed``.
"""

from __future__ import annotations

# The reporting verbs, grouped by the FrameNet 1.7 frame whose lexical units
# they are (https://framenet.icsi.berkeley.edu/, frames Statement,
# Reveal_secret, Telling, Communication_response, Complaining,
# Judgment_communication, Commitment, Predicting, Estimating, Warning,
# Reasoning, Request, Evidence, Recording, Labeling, Affirm_or_deny, Opinion, Expectation,
# Fear, Desiring), each frame with the stance its verbs
# give a statement: ``claims`` (the speaker asserts), ``confirms``,
# ``denies``. Only the lexical units that report a proposition in news are
# kept: perception ("see", "hear"), bare requests ("ask for", "demand") and
# verbs whose news sense is mostly no speech ("hold", "detail", "relate",
# "show") are left out, and the restrictions below (a "that" clause, a
# quotation, a particle) keep the ambiguous ones to their reporting uses.
FRAMES: dict[str, tuple[str, frozenset[str]]] = {
    "Statement": ("claims", frozenset({
        "say", "state", "announce", "declare", "claim", "assert", "allege", "add", "note", "comment",
        "remark", "mention", "explain", "stress", "emphasise", "emphasize", "reiterate", "repeat",
        "restate", "reaffirm", "affirm", "maintain", "insist", "contend", "argue", "suggest", "hint",
        "proclaim", "profess", "aver", "avow", "attest", "clarify", "observe",
        "boast", "tout", "quip", "joke", "exclaim", "recall", "recount", "describe", "cite",
        "underline", "underscore", "opine", "posit", "continue", "point", "speculate", "conjecture",
        "caution", "write", "post", "tweet", "publish", "report", "quote", "read", "speak",
        # (not lexical units of the frame, but reporting verbs of news: "elaborated"
        # with a quotation only, "submitted" in a court's sense, over a clause only)
        "elaborate", "submit",
    })),
    "Reveal_secret": ("claims", frozenset({"disclose", "reveal", "divulge"})),
    # Justifying and setting out a course (only over the objects below:
    # ``OBJECT_RESTRICTED``): "defended his decision", "outlined plans to X"
    "Justifying": ("claims", frozenset({"defend", "justify", "outline"})),
    # (no FrameNet frame of its own: an apology admits what it is for)
    "Apology": ("claims", frozenset({"apologise", "apologize"})),
    "Telling": ("claims", frozenset({"tell", "inform", "assure", "notify", "remind", "brief"})),
    "Communication_response": ("claims", frozenset({"reply", "respond", "retort", "answer", "react"})),
    # ("question" casts doubt on a thing or a proposition: "questioned the
    # figures", "questioned whether P"; never a person questioned: ``frames.doubted``)
    "Questioning": ("claims", frozenset({"ask", "wonder", "question"})),
    "Complaining": ("claims", frozenset({"complain", "lament", "bemoan", "grumble", "protest"})),
    "Judgment_communication": ("claims", frozenset({
        "accuse", "blame", "condemn", "criticise", "criticize", "denounce", "decry", "deplore",
        "lambast", "slam", "praise", "hail", "commend", "fault",
    })),
    "Commitment": ("claims", frozenset({"promise", "pledge", "vow", "threaten", "swear", "urge"})),
    "Predicting": ("claims", frozenset({"predict", "forecast", "warn"})),
    "Estimating": ("claims", frozenset({"estimate", "assess", "calculate"})),
    # Evidence and Recording: what a document, website or data set shows or
    # holds ("the database shows P", "its website listed no results"); only
    # with such a subject (``DOCUMENT_SUBJECT_VERBS``).
    "Evidence": ("claims", frozenset({"show", "demonstrate", "prove"})),
    "Recording": ("claims", frozenset({"record", "list", "log"})),
    # Labeling: "police identified the man as X"; only with the "as" phrase
    # (``LABEL_VERBS``): "identified the body", "labelled the jars" are none.
    "Labeling": ("claims", frozenset({"identify", "label", "brand", "classify", "characterise", "characterize", "refer"})),
    "Reasoning": ("claims", frozenset({"conclude", "find", "rule", "testify", "indicate", "believe", "call",
                                       "establish", "determine", "discover"})),
    # Causation (FrameNet Attributing_cause lexical units "attribute",
    # "ascribe"): "experts attribute the rise to X"; only with the "to"
    # phrase (``PARTICLE_CUES``): "attributed quotes" is none.
    "Attributing_cause": ("claims", frozenset({"attribute", "ascribe"})),
    # Opinion, Expectation, Fear and Desiring: a view, an expectation, a fear
    # or a hope held over a proposition ("X expects P", "X fears P", "she
    # felt P"); only with a finite clause (``THAT_CLAUSE_ONLY``): "expects to
    # win", "felt the ground shake", "hopes for rain" state none.
    "Opinion": ("claims", frozenset({"think", "feel"})),
    "Expectation": ("claims", frozenset({"expect", "anticipate"})),
    "Fear": ("claims", frozenset({"fear"})),
    "Desiring": ("claims", frozenset({"hope"})),
    # Request: an order or request made in the form of a proposition ("the
    # judge ordered that the ballots be counted"); only with such a clause.
    "Request": ("claims", frozenset({"order", "request", "demand", "command", "recommend", "propose", "advise"})),
    # Affirm_or_deny split by polarity, with Reveal_secret's "confess"
    # (confessing a deed confirms it) and Statement's "admit" and "concede":
    # granting what another asserted or suspected confirms it (the realnews
    # key's and the study keys' reading: "X admitted P" confirms P).
    # ("accept" only with a proposition: "accepted that P", not "accepted the offer")
    "Affirm": ("confirms", frozenset({"confirm", "acknowledge", "verify", "corroborate", "confess", "accept",
                                      "admit", "concede"})),
    "Deny": ("denies", frozenset({"deny", "reject", "dismiss", "refute", "rebut", "disprove", "dispute",
                                  "contradict", "disagree", "brush", "shrug", "wave",
                                  # (only over a statement: "challenged his version of events", not "challenged the ban")
                                  "challenge"})),
}

# Verbs of saying and publishing: the speaker asserts the content (``claims``).
SPEECH_VERBS = frozenset().union(*(verbs for stance, verbs in FRAMES.values() if stance == "claims"))
# Every cue verb of every frame, whatever its stance.
ALL_CUE_VERBS = frozenset().union(*(verbs for _, verbs in FRAMES.values()))

# Cues that report a statement only over an object of these kinds (or a
# clause): "defended his decision", "justified the move", "outlined plans
# to X", not "defended the city", "outlined the route".
_COURSES = frozenset({"decision", "decisions", "move", "moves", "choice", "action", "actions", "policy",
                      "policies", "plan", "plans", "proposal", "proposals", "measure", "measures", "strategy",
                      "approach", "stance", "position", "conduct", "handling", "response", "remarks", "comments",
                      "statement", "statements", "record", "ban", "order", "deal", "reform", "reforms", "law",
                      "bill", "disclosure", "step", "steps", "priorities", "vision", "agenda", "reasons",
                      "reasoning", "rationale", "case", "terms", "details", "timetable", "roadmap", "programme",
                      "program", "budget", "spending", "cuts", "use", "payment", "payments", "sale", "visit",
                      "trip", "vote", "verdict", "ruling", "tactics", "methods", "conclusions", "findings"})
OBJECT_RESTRICTED = {"defend": _COURSES, "justify": _COURSES, "outline": _COURSES}
# What one is denied when "deny" refuses rather than disputes ("denied the
# application", "denied bail", "denied him entry"): no statement.
GRANTS = frozenset({"application", "request", "bail", "access", "entry", "entrance", "permission", "visa", "asylum",
                    "appeal", "motion", "petition", "licence", "license", "passage", "right", "service", "care",
                    "treatment", "benefit", "visit", "leave", "parole", "admission", "citizenship", "residency",
                    "exemption", "waiver", "approval", "funding", "membership", "clearance", "status", "custody",
                    "bid", "plea", "opportunity", "chance", "vote"})

# Judgment_communication verbs that carry a charge ("accused X of P",
# "blamed X for P"): the charge is a proposition even on a participle.
CHARGE_VERBS = frozenset({"accuse", "blame"})
# Verbs that judge or charge another's conduct ("accuse", "condemn",
# "allege"): a country doing so speaks through its government whatever the
# conduct was.
JUDGMENT_VERBS = FRAMES["Judgment_communication"][1] | {"allege"}

# Cues whose content is the object of a preposition when they take no
# clause: "apologised for the delay", "complained about the noise",
# "disagreed with the findings", "warned of weaker demand".
PREP_CONTENT = {
    "apologise": ("for",), "apologize": ("for",), "complain": ("about", "of"),
    "disagree": ("with",), "warn": ("of", "about", "against"), "caution": ("of", "about", "against"),
    "testify": ("about", "to"), "confess": ("to",), "admit": ("to",), "speak": ("of",), "refer": ("to",),
    "point": ("to",),  # only with an "as" phrase: "pointed to X as the cause" (``frames.construction_ok``)
    "report": ("on",),  # "reported on alleged plans for an attack" (not "reported on Monday")
}

# Phrasal cues: the verb is a cue only with its particle ("pointed out that").
# ("speak" only as "spoke of P": "spoke to reporters", "speaking on condition
# of anonymity" report nothing)
PARTICLE_CUES = {"speak": {"of"}, "point": {"out", "to"}, "attribute": {"to"}, "ascribe": {"to"}, "brush": {"aside", "off"}, "shrug": {"off"}, "wave": {"away", "off", "aside"}}

# Verbs of asking: a quoted question is an attributed utterance ('"Who will
# pay?" she asked'), but "asked whether P" asserts nothing, so these count
# only with an adjacent quotation, which is their content.
QUOTE_ONLY_VERBS = frozenset({"ask", "wonder", "continue", "elaborate", "answer", "joke", "quip", "exclaim", "react"})

# Verbs whose "as" clause names the source of the sentence it is set in ("as
# X noted, P", "P, as the agency reported"): verbs that take what is said as
# their object; "as the minister spoke" or "as X responded to questions" set
# the time, and say nothing of the sentence.
ASIDE_VERBS = frozenset({"say", "tell", "report", "note", "point", "explain", "describe", "state", "write",
                         "observe", "remark", "announce", "indicate", "confirm", "claim", "argue", "suggest",
                         "mention", "acknowledge", "admit", "predict", "reveal", "disclose", "recall", "add",
                         "insist", "concede", "warn", "stress", "emphasise", "emphasize",
                         "allege", "estimate", "forecast", "find", "conclude", "establish"})

# Passive raising verbs: "X is reported/said/believed to have told Y that P"
# makes X the source of the embedded cue; the raising verb itself names no
# source (the reporter is unnamed), so it is never a record of its own.
RAISING_VERBS = frozenset({"report", "say", "believe", "understand", "allege", "know", "think", "rumour", "rumor"})

# Verbs of a view, an expectation, a fear or a hope: the narrator's report of
# one, never the speaker's own "we think" inside a quotation.
OPINION_VERBS = FRAMES["Opinion"][1] | FRAMES["Expectation"][1] | FRAMES["Fear"][1] | FRAMES["Desiring"][1]

# Speech verbs that only count with a clausal complement or a quotation, not
# with a bare object: "added the message" is fine (quoted content), "added
# troops" is not a statement.
NEEDS_CLAUSE = frozenset({
    "add", "believe", "conclude", "recall",
    "hint", "speculate", "assess", "concede", "admit", "insist",
    "argue", "contend", "maintain", "repeat", "point", "remind", "find", "rule", "testify",
    "declare",  # "declared that P", not "declared a state of emergency"
    "observe", "remark", "profess", "affirm", "restate",
    "assure", "inform", "notify", "brief", "reply", "respond",
    "retort", "protest", "swear", "calculate", "attest", "opine", "posit", "conjecture",
    "establish", "order", "request", "demand", "command", "accept", "determine", "discover", "recommend",
    "propose", "advise", "submit",
    "write",  # "wrote that P", "wrote: 'Q'", not "wrote opinion articles"
    "publish",  # "published findings that P", not "has published 300 papers"
}) | OPINION_VERBS

# What one admits or accepts as one's own fault ("accepted responsibility
# for the crash", "admitted wrongdoing"): confirms the deed, as "admitted
# that P" does (``frames.owned_fault``); "accepted the offer" is an act.
FAULT_OBJECTS = frozenset({"responsibility", "blame", "liability", "guilt", "wrongdoing", "fault", "mistake",
                           "error", "failure", "failing", "negligence", "culpability"})

# Verbs of remarking that report a noun object too ("noted his opposition
# to the plan", "mentioned the initiative", "stressed the trade between
# them"); negated ("did not mention any damages") they state nothing.
NOTING_VERBS = frozenset({"note", "mention", "stress", "underline", "underscore", "clarify", "reaffirm",
                          "explain", "indicate"})

# Verbs that report a statement only with a "that" clause: a finding ("found
# that P"), a ruling ("ruled that P"), testimony ("testified that P"); "found
# the body", "ruled the country", "testified for two hours" assert nothing.
THAT_CLAUSE_ONLY = frozenset({"find", "rule", "testify", "observe", "calculate", "swear", "protest", "submit",
                              "determine", "discover", "recommend", "propose", "advise",
                              "establish", "order", "request", "demand", "command", "accept"}) | OPINION_VERBS

# Cues that take a gerund for what is stated, admitted or put forward
# ("admitted taking the money", "denied using force", "proposed converting
# the museum", "recalled seeing smoke"): the Longman/Cambridge grammars'
# verbs followed by -ing among the reporting verbs.
GERUND_CUES = frozenset({"admit", "accept", "acknowledge", "deny", "confirm", "concede", "confess", "propose", "recommend",
                         "suggest", "advise", "advocate", "mention", "recall", "report"})

# Verbs of a finding (FrameNet Verdict, Becoming_aware): negated over a
# clause ("the inquiry did not find that P") they leave P unestablished,
# ``not_confirmed``.
FINDING_VERBS = frozenset({"find", "establish", "conclude"})
# Nouns of evidence whose absence is a finding ("found no evidence of P",
# "has found no trace of explosives").
ABSENCE_OBJECTS = frozenset({"evidence", "trace", "sign", "indication", "proof", "link", "connection",
                             "record", "basis", "wrongdoing"})

# Confirmation (``confirms``; negated or hedged -> ``not_confirmed``).
CONFIRM_VERBS = FRAMES["Affirm"][1]

# Objects of a formal confirmation that asserts nothing in dispute ("the
# accused rose only to confirm his name and age").
CLERICAL_OBJECTS = frozenset({"name", "age", "address", "identity", "nationality", "plea"})

# Denial (``denies``). "call ... a lie" is handled as a pattern (see
# ``DENIAL_CALL_NOUNS``).
DENY_VERBS = FRAMES["Deny"][1]  # ("brush", "shrug", "wave" only as "brushed aside", "shrugged off", "waved away")

# Object nouns that turn "call X a ..." into a denial.
DENIAL_CALL_NOUNS = frozenset({
    "lie", "lies", "fake", "fakes", "fabrication", "fabrications", "hoax",
    "falsehood", "falsehoods", "nonsense", "propaganda", "disinformation",
    "provocation", "fiction", "speculation", "smear", "smears", "slander",
    "libel", "myth", "fantasy", "rumour", "rumours", "rumor", "rumors",
})

# Nouns naming a statement or a reported figure: "called the claim baseless",
# "a claim the agency rejected", "dismissed the report". As the object of
# "call" with a negative evaluation they make a denial; as the head of a
# relative clause of a cue verb they stand for the clause they restate.
CLAIM_NOUNS = frozenset({
    "claim", "claims", "report", "reports", "allegation", "allegations",
    "accusation", "accusations", "charge", "charges", "story", "stories",
    "article", "suggestion", "suggestions", "assertion", "assertions",
    "figure", "figures", "account", "accounts", "rumour", "rumours",
    "rumor", "rumors", "argument", "arguments", "statement", "statements",
})

# Deny verbs that as often name an act as a denial: with a noun object they
# deny only a statement ("rejected the claims", "dismissed the idea that P",
# "rejected it"), never a thing asked or offered ("rejected the bid",
# "dismissed the appeal", "rejected calls for a vote").
ACT_OR_DENY = frozenset({"reject", "dismiss", "challenge"})
STATEMENT_OBJECTS = CLAIM_NOUNS | DENIAL_CALL_NOUNS | frozenset({
    "idea", "ideas", "notion", "notions", "suggestion", "criticism", "criticisms", "finding", "findings",
    "conclusion", "conclusions", "characterisation", "characterization", "description", "version",
    "assessment", "assessments", "speculation", "talk", "view", "views", "theory", "theories",
    "interpretation", "assumption", "comparison", "comparisons", "portrayal", "narrative", "estimate",
    "estimates", "number", "numbers", "data", "premise", "depiction", "analysis", "verdict", "label",
    "reporting", "coverage", "remarks", "remark", "comment", "comments", "denial", "denials", "concern",
    "concerns", "fears", "warning", "warnings", "prediction", "predictions", "forecast", "forecasts",
})

# Nouns of the same frames that report a statement with its content as a
# "that" clause and its source as possessor or "by"/"from" phrase ("the
# ministry's claim that P", "a denial by X that P"), with their stance.
STATEMENT_NOUNS = {
    **dict.fromkeys(("claim", "statement", "announcement", "assertion", "allegation", "accusation",
                     "warning", "prediction", "estimate", "insistence", "promise", "pledge", "admission",
                     "suggestion", "argument", "contention", "declaration", "remark", "comment",
                     "assurance", "conclusion", "finding", "belief", "view", "ultimatum"), "claims"),
    **dict.fromkeys(("confirmation", "acknowledgement", "acknowledgment", "confession"), "confirms"),
    **dict.fromkeys(("denial", "rejection", "rebuttal"), "denies"),
}

# Nouns of an attitude held about a proposition, and the verbs that express
# one: "X expressed concern that P", "Y voiced confidence the ban would be
# lifted" state P as X's and Y's view (``claims``).
ATTITUDE_NOUNS = frozenset({
    "concern", "concerns", "confidence", "hope", "hopes", "fear", "fears", "belief", "doubt", "doubts",
    "optimism", "worry", "worries", "regret", "frustration", "skepticism", "scepticism", "conviction",
    "disappointment", "satisfaction", "dismay", "alarm", "certainty", "opinion", "view", "suspicion",
    "dissatisfaction", "displeasure", "unhappiness", "anger", "outrage", "reservations", "misgivings",
    "objection", "objections", "support", "opposition",
})
EXPRESS_VERBS = frozenset({"express", "voice", "convey", "reiterate", "repeat", "share", "air"})
# Participles that state what a judgment or an attitude over a thing was
# ("condemned X, saying P", "voiced support for X, telling T: Q"): one
# statement, theirs; "citing Y", "demanding Z" add a reason or a call of their own.
ELABORATING = frozenset({"say", "call", "add", "describe", "argue", "claim", "state", "insist", "tell"})
# Adjectives of certainty and hope predicated of a speaker over a clause ("X
# was confident that P", "Y remained adamant P"), and of judgement over what
# they judge ("Z was critical of the fines"), with the stance each gives.
CERTAINTY_ADJECTIVES = frozenset({"confident", "certain", "sure", "convinced", "adamant", "optimistic",
                                  "hopeful", "positive", "insistent", "pessimistic"})
JUDGING_ADJECTIVES = {"critical": "claims", "supportive": "claims", "dismissive": "denies"}
COPULAS = frozenset({"be", "remain", "appear", "seem", "sound", "stay"})
# "raised concerns about X": raising a doubt is voicing it (raising hopes is not).
RAISED_DOUBTS = frozenset({"concern", "concerns", "doubt", "doubts", "fear", "fears", "objection", "objections",
                           "question", "questions"})
# Prepositions of what an attitude is about ("concern over X", "support for
# X"); "with" only for (dis)satisfaction ("unhappiness with X"): "at", "on"
# and "with" name places, platforms and company as often.
ATTITUDE_PREPS = frozenset({"over", "about", "for", "to", "regarding"})
CONTENT_WITH = frozenset({"dissatisfaction", "satisfaction", "displeasure", "unhappiness", "frustration",
                          "disappointment"})

# Evaluations that, predicated of a claim ("called the report baseless",
# "calling the claim lazy"), reject it. General English, not a topic list.
NEGATIVE_EVALUATION = frozenset({
    "baseless", "groundless", "unfounded", "false", "untrue", "absurd",
    "ridiculous", "misleading", "inaccurate", "wrong", "outrageous",
    "defamatory", "slanderous", "fabricated", "lazy", "insulting",
    "irresponsible", "nonsensical", "fictitious", "bogus", "preposterous",
    "laughable", "meaningless", "unsubstantiated", "erroneous", "invented",
    "grotesque", "ludicrous", "farcical", "unfair", "untruthful", "dishonest",
})

# Governing verbs/adjectives that hedge an embedded confirmation:
# "stopped short of confirming", "refused to confirm", "could not confirm",
# "was unable to verify", "declined to confirm", "failed to acknowledge".
HEDGE_GOVERNORS = frozenset({"stop", "refuse", "decline", "fail", "unable", "avoid", "hesitate"})

# Verbs of plain saying, whose subject is the one who speaks: a clause
# headed by one inside another's statement relays it ("T reported that X
# said P"), and "according to T, X said P" is X's, relayed by T.
PLAIN_SPEECH_VERBS = frozenset({
    "say", "tell", "report", "claim", "state", "warn", "add", "write", "insist", "allege",
    "confirm", "deny", "acknowledge",
})
# Verbs of judging that state a view only with what is judged and what it
# is judged to be ("Y is considered a terrorist group by X", "X sees the
# move as a test"; not "X saw the film").
JUDGING_AS_VERBS = frozenset({"consider", "regard", "view", "see", "deem"})
# Participles of citing set off on an act ("closed the embassy, citing /
# pointing to / referencing threats"): the actor's stated reason.
CITING_VERBS = frozenset({"cite", "reference", "invoke", "point"})

# Nouns of reasons and circumstances that one points to as grounds (beside
# the nouns with an abstract suffix: "pointing to rising inflation").
REASON_NOUNS = frozenset({
    "threat", "threats", "concern", "concerns", "risk", "risks", "problem", "problems", "issue", "issues",
    "fear", "fears", "evidence", "data", "figures", "record", "history", "lack", "need", "failure", "failures",
    "cost", "costs", "price", "prices", "delay", "delays", "loss", "losses", "shortage", "shortages",
    "reason", "reasons", "example", "examples", "fact", "rise", "fall", "drop", "increase", "decline",
})

# Speech verbs that, negated or hedged over an open question ("did not say
# whether P", "declined to say whether P", "would not disclose if P"),
# withhold P: ``not_confirmed``, like a withheld confirmation.
WITHHOLD_VERBS = frozenset({"say", "confirm", "disclose", "reveal", "state", "comment", "indicate", "specify"})

# Verbs of making something known (the "disclose" family of reporting
# verbs) that, negated or hedged over what they would make known ("did not
# disclose the price", "has not identified the buyers"), withhold it:
# ``not_confirmed``; and verbs of handing over that withhold so only with
# information as their object ("did not release any details", "would not
# give a reason"; "would not release the hostages" is an act).
DISCLOSE_VERBS = frozenset({"disclose", "reveal", "divulge", "identify", "specify"})
HANDOVER_VERBS = frozenset({"release", "give", "provide", "publish", "share"})
INFORMATION_NOUNS = frozenset({
    "information", "detail", "details", "name", "names", "identity", "identities", "figure", "figures",
    "number", "numbers", "data", "result", "results", "cause", "reason", "reasons", "specifics",
    "breakdown", "estimate", "estimates", "toll", "timeline", "location", "whereabouts", "terms",
    "price", "cost", "amount", "value", "motive",
})

# Nouns that name an utterance or document; as a subject ("the message
# added", "the same report said") they stand for whoever issued it.
MESSAGE_NOUNS = frozenset({
    "message", "statement", "report", "post", "tweet", "update", "assessment",
    "briefing", "communique", "release", "announcement", "bulletin", "note",
    "letter", "video", "address", "caption", "summary",
    "email", "e-mail", "mail",  # ("according to e-mails sent by X": X's)
    # notices and filings a body issues ("X's take-down notice claimed P")
    "notice", "memo", "memorandum", "petition", "complaint",
    # court filings ("X filed a lawsuit alleging P", "the motion claims P")
    "lawsuit", "suit", "motion", "filing", "brief", "affidavit",
    # texts a body votes for ("X passed a resolution condemning P")
    "resolution", "declaration",
})

# Acts of an authority that speak for it only when the text says whose they
# are ("X issued a warning ... the warning read", "the decree signed by X
# reads"): never the latest speaker's by default.
ISSUED_NOUNS = frozenset({"warning", "advisory", "alert", "proclamation", "decree", "declaration",
                          # a court's written decision, a body's written reply ("the judges' opinion
                          # read, in part, 'Q'", "the reply from X reads")
                          "ruling", "judgment", "judgement", "verdict", "opinion", "order", "response", "reply"})

# Nouns naming an organisation by its kind; "the ministry", "the institute"
# resolve to the nearest earlier organisation whose name contains the noun
# (or, failing that, the nearest earlier organisation source).
ORG_NOUNS = frozenset({
    "ministry", "service", "institute", "military", "army", "government",
    "agency", "office", "council", "command", "committee", "administration",
    "department", "company", "group", "party", "police", "force", "forces",
    "staff", "organisation", "organization", "authority", "authorities",
    "kremlin", "commission", "court", "prosecutor", "parliament", "assembly",
    "bureau", "directorate", "headquarters", "alliance", "union", "bloc",
    "network", "channel", "outlet", "agency", "broadcaster", "newspaper",
    "website", "blog", "tank", "thinktank", "center", "centre", "unit",
    "units", "troops", "operator", "monitor", "observatory", "mission",
    # kinds of companies and bodies ("the club said", "the lender reported")
    "club", "team", "firm", "corporation", "bank", "lender", "insurer",
    "carrier", "airline", "producer", "maker", "manufacturer", "retailer",
    "developer", "supplier", "exporter", "utility", "charity", "foundation",
    "university", "hospital", "league", "federation", "association",
    "board", "regulator", "watchdog", "body", "publisher", "daily",
    "paper", "tribunal", "studio", "fund", "exchange", "operator",
    "guard", "navy", "coastguard", "secretariat", "embassy", "consulate",
    "chipmaker", "carmaker", "automaker", "drugmaker", "planemaker", "steelmaker",
    "miner", "brewer", "broker", "conglomerate", "startup", "giant", "insurer",
    "app", "platform",  # "the app said", "fitness app X"
    "wing",  # "the armed wing of X claimed P": X's
    "supergroup", "band", "chain", "supermarket",  # "supergroup X", "store chains X and Y"
    # learned and public institutions ("the academy said", "according to the journal")
    "academy", "college", "school", "museum", "society", "institution", "laboratory", "library",
    "church",  # "the church said": a church named before, no "company"
    "journal", "magazine",
})

# Words that make an unrecognised capitalised name an organisation's
# ("The Harbour Observatory", "Rights Watch", "Orvik Geoscience Ltd"),
# beside the kinds of body in ``ORG_NOUNS``.
ORG_NAME_WORDS = frozenset({
    "watch", "international", "inc", "corp", "ltd", "plc", "llc", "holdings",
    "partners", "capital", "media", "news", "times", "post", "journal",
    "herald", "gazette", "gazzetta", "sport", "sports", "radio", "television",
    "tv", "press", "society", "trust", "front", "movement", "initiative",
    "coalition", "project", "forum", "energy", "airlines", "motors", "systems",
    "technologies", "labs", "pharma", "geoscience", "research", "analytics", "telegraph", "tribune", "courier",
    "chronicle", "mirror",
})

# Bodies a state has one of ("China's coast guard", "Japan's foreign
# ministry"): tied to a country they name one institution, not a kind
# ("the Dutch company" still refers back to a company named before).
STATE_BODY_NOUNS = frozenset({
    "ministry", "guard", "coastguard", "navy", "army", "military", "police",
    "parliament", "government", "cabinet", "presidency", "embassy", "consulate",
    "senate", "judiciary", "gendarmerie", "kremlin",
})

# Public bodies of a jurisdiction named by its kind ("the city's water
# department", "Brazil's civil defence agency"), beside the state bodies.
PUBLIC_BODY_NOUNS = frozenset({
    "department", "agency", "office", "service", "council", "authority",
    "coalition", "party", "alliance", "bloc", "opposition", "union",  # "Kenya's main opposition coalition"
})
JURISDICTION_NOUNS = frozenset({
    "city", "state", "country", "region", "province", "county", "town",
    "municipality", "island", "nation", "district", "prefecture",
})

# Plural nouns of people who speak for the body they are "at"/"from"/"of"
# ("economists at X", "observers from Y", "researchers with Z").
MEMBER_PREPS = frozenset({"at", "from", "of", "with", "for", "in"})

# Content words of a military action: a country or capital said to claim or
# announce one ("X claims gains", "Y announces withdrawal") stands for its
# armed forces; any other statement of a country is its government's.
MILITARY_ACTION = frozenset({
    "gain", "advance", "capture", "recapture", "liberate", "liberation", "retake",
    "withdraw", "withdrawal", "retreat", "regroup", "regrouping", "pullback", "offensive",
    "counteroffensive", "counter-offensive", "attack", "strike", "shell", "shelling",
    "bombard", "assault", "breakthrough", "encircle", "encirclement", "troop", "troops",
    "force", "forces", "battle", "front", "territory", "sortie", "airstrike",
})

# Nouns naming a person by role; "the spokesman", "the governor" resolve to
# the nearest earlier person.
PERSON_NOUNS = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "governor", "minister",
    "president", "mayor", "official", "adviser", "advisor", "head", "chief",
    "commander", "general", "director", "secretary", "senator", "leader",
    "premier", "chancellor", "ambassador", "envoy", "expert", "analyst",
    "lawmaker", "deputy", "aide", "representative", "prosecutor", "chairman",
    "chairwoman", "chair", "officer", "colonel", "lieutenant", "captain",
    "prime", "king", "queen", "emir", "sheikh", "diplomat", "negotiator",
    "correspondent", "journalist", "reporter", "editor", "blogger", "commentator",
    "judge", "lawyer", "attorney", "economist", "scientist", "researcher",
    "manager", "coach", "executive", "founder", "economist", "professor",
    "epidemiologist", "physician", "doctor", "cfo", "ceo",
    "barrister", "counsel", "solicitor", "meteorologist", "microbiologist", "commissioner", "nurse",
    # religious and royal titles ("the pope said", "the archbishop told")
    "pope", "archbishop", "bishop", "cardinal", "patriarch", "imam", "rabbi", "cleric", "priest",
    "pastor", "prince", "princess", "sultan",
    # officers of the law and of public bodies ("the inspector", "the coroner")
    "inspector", "detective", "superintendent", "sergeant", "constable", "treasurer", "coroner",
    "magistrate", "councillor", "councilor", "congressman", "congresswoman",
    # officers of a house, a county or an agency ("Majority Whip Jane Roe",
    # "Sheriff John Roe", "NASA administrator Jane Roe")
    "whip", "sheriff", "marshal", "administrator", "ombudsman",
    # scholars and experts by their field ("the astronomer also said")
    "astronomer", "astrophysicist", "archaeologist", "anthropologist", "biologist", "botanist", "chemist",
    "climatologist", "criminologist", "ecologist", "engineer", "geologist", "historian", "mathematician",
    "pathologist", "physicist", "psychiatrist", "psychologist", "seismologist", "sociologist", "surgeon",
    "virologist", "volcanologist", "zoologist",
})

# The sides of a trial as sources ("Prosecutors allege", "the defence
# argued"); words that mark a prosecuting office's name ("Serious Fraud
# Office", "U.S. Attorney's Office", "Prosecutor General's Office"); nouns
# that introduce a defendant's counsel.
LEGAL_SIDES = frozenset({"prosecutors", "prosecution", "defence", "defense"})
PROSECUTION_WORDS = frozenset({"prosecutor", "prosecutors", "prosecution", "attorney", "fraud", "prosecutor-general"})
COUNSEL_NOUNS = frozenset({"lawyer", "lawyers", "barrister", "attorney", "counsel", "solicitor", "advocate"})

# People who speak for someone else: "her lawyer said", "its spokesman said"
# speak for the one the possessive names.
REPRESENTATIVE_NOUNS = frozenset({
    "lawyer", "attorney", "barrister", "solicitor", "counsel", "spokesman", "spokeswoman",
    "spokesperson", "representative", "agent", "publicist",
})

# Nouns of a document or finding that speaks only for the author named in
# it ("an exit poll by X", "a survey from Y"); unattributed, no source.
DOCUMENT_NOUNS = frozenset({
    "poll", "survey", "study", "analysis", "data", "datum", "estimate", "estimates",
    "count", "tally", "census", "research", "audit", "review", "filing", "filings",
    "documents", "document", "paper", "model", "projection", "projections",
    "schedule", "timetable", "guidelines", "database", "records", "figures",
})
# Inquiries a body makes: with the maker named, a finding of theirs is the
# maker's ("an investigation by X revealed P"); unnamed, the body the story
# says is inquiring (``SpeakerResolver.resolve``).
INQUIRY_NOUNS = frozenset({"investigation", "inquiry", "probe"})

# Documents that report a finding of their makers: with a maker named, a
# verb of evidence over them is the maker's ("a poll by X shows P").
EVIDENCE_DOCUMENTS = frozenset({"poll", "survey", "study", "analysis", "research", "audit", "review", "census",
                                "paper", "report", "investigation", "assessment", "cable", "inquiry"})

# What a body puts out as evidence of its own besides a document ("X released
# data showing P", "released figures showing P"): the issuer's finding.
ISSUED_DATA = frozenset({"data", "figures", "statistics", "numbers", "results", "findings"})

# Places a body publishes on ("its website notes P", "X's account said"):
# like a document, they speak for their owner.
SITE_NOUNS = frozenset({"website", "site", "webpage", "page", "account", "feed", "blog", "database"})

# Nouns of a thing that can state something on its owner's behalf: a
# document, a message, a website, or an entry of a record ("the website's
# latest result showed P").
SOURCE_DOCUMENTS = DOCUMENT_NOUNS | MESSAGE_NOUNS | SITE_NOUNS | frozenset({"record", "result", "results", "entry", "listing"})

# Websites, databases and their entries: what they show, list or record
# their owner publishes ("X's database shows P"); data and figures that
# "show" something are read by the writer, not stated by anyone.
RECORD_NOUNS = SITE_NOUNS | frozenset({"record", "result", "results", "entry", "listing"})

# Participles of issuing a document: their agent is its author ("a survey
# published by X"); "documents seen by X" were only seen by X.
ISSUE_VERBS = frozenset({
    "publish", "issue", "release", "compile", "conduct", "carry", "prepare", "produce", "write",
    "author", "post", "sign", "file", "submit", "send", "draft", "commission", "run", "make", "collect", "gather",
})

# Verbs that report a statement only with a document, website or data set
# as their subject (FrameNet Evidence, Recording): "the database shows P",
# not "the team showed courage" or "the band recorded an album".
DOCUMENT_SUBJECT_VERBS = FRAMES["Evidence"][1] | FRAMES["Recording"][1]
LABEL_VERBS = FRAMES["Labeling"][1]
# Object-like dependencies that name the addressee of "tell"/"urge", not the message.
ADDRESSEE_VERBS = frozenset({"tell", "urge", "warn", "call", "accuse", "describe", "blame", "criticise",
                             "criticize", "condemn", "praise", "commend", "fault", "slam", "hail"}) | LABEL_VERBS
# Verbs whose bare object is the addressee, never the message ("told X").
TELL_VERBS = frozenset({"tell", "warn", "inform", "assure", "notify", "brief"})

# Participles by which a group is identified with its leader: "the
# researchers, led by X, wrote" -> X.
LEADER_VERBS = frozenset({"lead", "head", "chair", "coordinate"})

# Collective nouns for groups of officials ("Ukrainian officials", "officials
# in Kyiv"): institutional sources that stay attributable (gold: core).
# ("media" is left out on purpose: "local media reported" names no one
# who can be held to the statement.)
COLLECTIVE_SOURCE_NOUNS = frozenset({
    "officials", "authorities", "leaders", "military", "forces", "troops",
    "services", "army", "police", "government", "ministry",
})

# Kinds of experts and bodies that speak generically when named by no one
# ("Analysts suggest", "Pharmaceutical companies say"): a generic source,
# kept as a record (gold: core=false) named after its phrase; a few
# quantifiers may stand before them ("some analysts", "many economists").
GENERIC_SOURCE_NOUNS = frozenset({
    "analysts", "experts", "critics", "economists", "campaigners", "scientists",
    "activists", "companies", "groups", "commentators", "strategists", "doctors",
    "researchers", "leaders",  # "Security researchers say", "Business leaders warned"
})
GENERIC_QUANTIFIERS = frozenset({"some", "many", "most", "several", "other", "few"})

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
ORG_PRONOUNS = frozenset({"it", "its"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
FIRST_PERSON = frozenset({"i", "we"})

# ---------------------------------------------------------------------------
# Withdrawals: a force leaves a place.

# Verbs whose *subject* withdraws (intransitive: "troops withdrew from X"),
# or whose object is the force ("pulled back its troops from X"), or whose
# object is the place ("abandoned X", "left X").
WITHDRAW_VERBS = frozenset({
    "withdraw", "retreat", "regroup", "pull", "abandon", "leave", "evacuate",
    "flee", "quit", "vacate", "redeploy", "relocate", "exit", "fall",
})
# Particles that make "pull" (and "fall", "move") a withdrawal verb: "pull back", "pull out".
WITHDRAW_PARTICLES = frozenset({"back", "out", "away"})
# Verbs that only withdraw with a particle ("pull back", "fall back").
NEEDS_PARTICLE = frozenset({"pull", "fall", "move"})
# Verbs whose direct object is the place left ("abandoned X", "left X").
PLACE_OBJECT_VERBS = frozenset({"abandon", "leave", "vacate", "quit", "evacuate", "flee", "exit"})
# Passive frames: "were forced back from X", "were pushed out of X",
# "were driven from X": the passive subject withdraws.
FORCED_BACK_VERBS = frozenset({"force", "push", "drive", "expel", "oust", "throw", "dislodge"})

# Nominalisations: "the withdrawal of X from Y", "retreat of its units from",
# "pullback from", "abandonment of Y".
WITHDRAW_NOUNS = frozenset({
    "withdrawal", "retreat", "pullback", "pullout", "pull-back", "pull-out",
    "regrouping", "abandonment", "evacuation", "exit", "departure", "redeployment",
})
# Of these, the ones whose "of" complement is the place ("abandonment of Y").
PLACE_OF_NOUNS = frozenset({"abandonment", "evacuation"})

# Head nouns of a military force as actor ("its forces", "Russian troops").
FORCE_NOUNS = frozenset({
    "force", "forces", "troop", "troops", "army", "armies", "military",
    "soldier", "soldiers", "unit", "units", "fighter", "fighters",
    "battalion", "battalions", "brigade", "brigades", "division",
    "divisions", "regiment", "contingent", "garrison", "militia", "militias",
    "peacekeeper", "peacekeepers",
})
# Heads of an area phrase that stands for the named place it governs
# ("the city of X", "the X and Y areas", "the districts of X").
AREA_NOUNS = frozenset({
    "area", "areas", "district", "districts", "city", "cities", "town",
    "towns", "village", "villages", "vicinity", "outskirts", "region",
    "regions", "province", "provinces", "oblast", "settlement", "settlements",
    "capital", "port", "territory", "territories", "zone", "zones",
    "direction", "sector", "bastion", "stronghold", "hub",
})
# Participles that place a force somewhere ("troops located in X").
LOCATED_VERBS = frozenset({"locate", "station", "deploy", "base", "position", "garrison"})
