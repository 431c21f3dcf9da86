"""Word lists of the entity-consistency rules (``kg.extract.consistency``):
the head nouns and designators of organisations' names, titles, honorifics
and kin written before a person's name, prepositions of location, kinds of
place and time-zone abbreviations. Lists of English words only; no name of
any article."""

from __future__ import annotations

from kg import resolve

# Head nouns that end an organisation's name: a capitalised name right after
# one is a person with that title ("the Ground Forces Ivan Horbenko").
ORG_HEADS = frozenset({"forces", "ministry", "service", "command", "council", "committee", "party",
                        "department", "agency", "office", "staff", "army", "guard", "police"})
# Head nouns of events: "Special Military Operation", "Kharkiv Counteroffensive".
EVENT_HEADS = frozenset({"operation", "offensive", "counteroffensive", "counter-offensive", "war",
                          "invasion", "campaign", "battle", "siege", "referendum", "summit",
                          # contests and games: events, no body ("the X Song Contest", "the London Paralympics")
                          "contest", "championship", "championships", "olympics", "paralympics",
                          # "the Paralympic Games", "the X Airshow", "the Y Grand Prix" (not "rally":
                          # parties are named so; nor "festival": keys treat festivals as bodies)
                          "games", "airshow", "marathon", "cup", "prix", "tournament"})
# Heads of the names of documents and measures, no body: "the X Special Report" is
# the report, "the International Y Scale" a measure, "the Z Regulation" a law.
DOCUMENT_HEADS = frozenset({"scale", "assessment", "assessments", "regulation", "regulations", "report"})
# Lowercase particles inside names ("Karim al-Dahri", "Ursula von der Leyen").
NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "abu", "bint", "van", "von", "der", "den", "de", "da", "del",
                            "della", "di", "du", "la", "le", "dos", "das", "ter", "ten", "ben", "y"})
# "pro-X" / "anti-X" make an adjective; X alone is no mention there.
STANCE_PREFIXES = frozenset({"pro", "anti"})
# Titles "Secretary of X" / "Minister of X" whose X is a word of the title.
TITLE_HEADS = frozenset({"secretary", "minister"})
# Letters after a person's name that are no part of it (honours, degrees,
# ranks of counsel, seats: "Jane Roe MSP", "Marek Dorn KC").
POSTNOMINALS = frozenset({
    "KC", "QC", "SC", "MP", "MEP", "MSP", "MLA", "TD", "MD", "PhD", "Jr", "Sr", "OBE", "MBE", "CBE", "KBE", "DBE",
    "FRS", "Esq",
})
# Honorifics: the capitalised words after one name a person ("Mr. Dorn").
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "mx"})
# Titles of office written before a person's name ("President X", "Senator
# X", "Gov. X"): the capitalised words after one that the model took for a
# place are the person.
OFFICE_TITLES = frozenset({
    "president", "senator", "sen", "governor", "gov", "mayor", "judge", "ambassador", "chancellor",
    "premier", "king", "queen", "prince", "princess", "pope", "sheikh", "emir", "congressman",
    "congresswoman", "rep", "representative", "general", "gen", "colonel", "col", "admiral",
    "sergeant", "sgt", "captain", "capt", "lieutenant", "lt", "commissioner", "inspector",
    "detective", "professor", "archbishop", "bishop", "cardinal", "rabbi", "imam",
})
PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})
# Kin written before a person's name ("his widow Olivia", "her son Dhani").
KIN = frozenset({"widow", "widower", "wife", "husband", "son", "daughter", "brother", "sister", "mother",
                  "father", "uncle", "aunt", "nephew", "niece", "cousin", "grandson", "granddaughter",
                  "grandmother", "grandfather", "fiancee", "fiancée", "fiance", "girlfriend", "boyfriend"})
# Members of a house, written after their party ("Labor MP X", "Tory MEP Y").
MEMBER_TITLES = frozenset({"mp", "mps", "mla", "mep", "msp", "mhr", "mk", "td", "senator", "congressman",
                            "congresswoman", "assemblyman", "assemblywoman", "councillor", "councilor"})
# Role words the model sometimes takes into a person's span ("Winger Kwame
# Osei-Tarr", "President X"): they are trimmed from its start.
ROLE_TITLES = MEMBER_TITLES | frozenset({
    "president", "vice", "prime", "minister", "chancellor", "senator", "sen", "rep", "gov",
    "governor", "mayor", "judge", "justice", "general", "gen", "colonel", "col", "lieutenant",
    "captain", "sergeant", "admiral", "brigadier", "commander", "chairman", "chairwoman", "chief",
    "executive", "ceo", "director", "spokesman", "spokeswoman", "spokesperson", "adviser",
    "advisor", "ambassador", "secretary", "coach", "manager", "winger", "striker", "midfielder",
    "defender", "goalkeeper", "forward", "pundit", "analyst", "lawyer", "attorney", "professor",
    "doctor", "epidemiologist", "economist", "researcher", "correspondent", "editor", "founder",
    "lawmaker", "deputy", "commissioner", "envoy", "sheikh", "emir", "administrator", "assemblyman",
    "assemblywoman", "congressman", "congresswoman", "councillor", "councilor", "councilman",
    "councilwoman", "presidential", "broadcaster", "voter", "survivor", "witness", "eyewitness",
    "resident", "refugee", "clerk", "undersecretary", "honorable", "honourable", *HONORIFICS,
})
# Endings of English nouns and adjectives of occupation and office ("voter",
# "broadcaster", "administrator", "meteorologist", "presidential",
# "assemblywoman"): a word with one that is an English word and opens a
# person's span of three or more words is a role, not a given name.
ROLE_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "al")
# Prepositions of location: "in X", "from X" say X is a place.
LOCATIVE = frozenset({"in", "at", "from", "near", "outside", "into", "across", "toward", "towards",
                       "around", "through", "via", "inside", "throughout", "to"})
# Kinds of place: "the town of X", "X city".
PLACE_KINDS = frozenset({"city", "town", "village", "province", "region", "district", "county", "port",
                          "capital", "municipality", "suburb", "outskirts", "state", "island", "commune"})
# Time-zone abbreviations the model takes for organisations ("11:30 am (1830 UTC)").
TIME_ZONES = frozenset({"utc", "gmt", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet",
                         "cest", "eet", "eest", "ist", "jst", "kst", "aest", "aedt", "awst", "acst", "msk"})
# Common nouns of organisation kinds: the capitalised words right after one
# name an organisation of that kind ("the newspaper Het Tarnvik
# Nieuws", "the journal Tidewater Medicine", "trade union Velda").
KIND_NOUNS = frozenset({
    "newspaper", "daily", "weekly", "tabloid", "journal", "magazine", "broadcaster", "channel",
    "network", "agency", "outlet", "website", "platform", "union", "company", "firm", "bank",
    "lender", "insurer", "carrier", "airline", "retailer", "producer", "manufacturer", "maker",
    "operator", "group", "charity", "party", "club", "broadcasting", "publisher", "startup",
    "conglomerate", "watchdog", "regulator", "university", "institute", "think-tank",
})
# Last words that make a name an organisation's: legal forms (also other
# countries', ISO 20275: "Norvex Kft.") and the designators of companies and clubs ("Kalder United").
ORG_DESIGNATORS = frozenset({
    "inc", "corp", "corporation", "co", "ltd", "limited", "llc", "plc", "gmbh", "ag", "sa", "nv",
    "bv", "spa", "group", "holdings", "bank", "united", "fc", "airlines", "airways",
    "incorporated", "company",
    "kft", "zrt", "nyrt", "pty", "oy", "oyj", "asa", "srl", "sarl", "sas", "kk", "pvt", "pte", "bhd", "llp",
    "sro", "spol", "doo", "ooo", "pjsc", "ojsc", "jsc", "cjsc", "tbk", "sae",
})

# What a leader's surname names before it ("the X administration", "the Y
# era", "the Z regime"): the leader's term, the leader a person.
TERMS_OF_A_LEADER = frozenset({"administration", "presidency", "premiership", "era", "eras", "regime",
                               "government", "cabinet", "campaign", "doctrine"})

# The fields a government office or a cabinet post is named by ("Justice
# Minister", "Commerce Secretary", "State Senator", "Cabinet officers",
# "National Security Advisor"): capitalised before a title noun they name
# no body of their own.
PORTFOLIOS = resolve.PORTFOLIO_FIELDS  # (kept in kg.resolve, which reads an office named by them alone)
# Title nouns a portfolio stands before ("Justice Minister", "Cabinet officers").
PORTFOLIO_TITLES = frozenset({
    "minister", "ministers", "secretary", "secretaries", "senator", "senators", "officer", "officers", "advisor",
    "adviser", "advisers", "advisors", "spokesman", "spokeswoman", "spokesperson", "commissioner", "representative",
    "undersecretary", "czar", "tsar",
})
# Documents of law and policy written with a capital ("the Bill", "the
# Convention also prohibits"): a document, not a body.
LEGAL_INSTRUMENTS = frozenset({
    "bill", "act", "convention", "treaty", "accord", "accords", "agreement", "charter", "constitution", "protocol",
    "resolution", "directive", "amendment", "statute", "ordinance", "decree", "code", "regulation", "regulations",
})
