"""The small frozen records that flow between the stages.

text file -> ``Article`` -> (spaCy, inside ``extract`` only) -> ``Extraction``
(``Mention`` / ``Attribution`` / ``Withdrawal``) -> ``Entity`` ids (``resolve``)
-> RDF quads (``rdf``) -> store.

Every record that comes from text carries character offsets into
``Article.text`` exactly as decoded and repaired (Python code points), so
``article.text[span.start:span.end] == span.text`` always holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

EntityType = Literal["Person", "Organisation", "Place"]
Relation = Literal["claims", "confirms", "denies", "not_confirmed", "states"]

ENTITY_TYPES: tuple[str, ...] = ("Person", "Organisation", "Place")
# The stances of reported speech; "states" is the outlet's own voice (what an
# article says without attributing it), never read as an attribution.
RELATIONS: tuple[str, ...] = ("claims", "confirms", "denies", "not_confirmed")


@dataclass(frozen=True, order=True)
class Span:
    """A character range of the article text and the characters it covers."""

    start: int
    end: int
    text: str

    def as_json(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Meta:
    """Article metadata; ``inferred`` names the fields guessed from the text
    (as opposed to read from a sidecar ``NAME.json``)."""

    outlet: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    title: str | None = None
    url: str | None = None
    inferred: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Article:
    """One decoded, repaired article. Nothing is cut from ``text``:
    boilerplate is marked by ``boilerplate`` ranges that extraction skips."""

    path: str  # the path as the user gave it
    key: str  # stable identity of the document (sidecar url, else normalised path)
    text: str
    content_hash: str  # sha256 hex of ``text``
    meta: Meta = field(default_factory=Meta)
    boilerplate: tuple[tuple[int, int], ...] = ()  # sorted, disjoint [start, end)
    encoding: str = "utf-8"  # how the bytes were decoded (and repaired)

    def is_body(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps no boilerplate range."""
        return not any(s < end and start < e for s, e in self.boilerplate)

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])


@dataclass(frozen=True)
class Mention:
    """A named entity mention. ``span`` is where it is written; ``name`` is its
    normalised name within the document (no leading "the", no possessive; a
    short form such as a surname is expanded to the full name used earlier in
    the same document)."""

    span: Span
    type: EntityType
    name: str


@dataclass(frozen=True)
class Attribution:
    """One attributed statement: who (source/speaker) said (cue) what (content).

    ``source`` is the words naming the source where they are written ("he",
    "the ministry", "Anna Berg"); ``speaker`` is the named mention the
    source resolves to (``None`` when it cannot be tied to an entity).
    ``via`` is an intermediary that relayed the statement ("according to TASS").
    """

    relation: Relation
    cue: Span
    content: Span
    source: Span | None
    speaker: Mention | None
    via: Mention | None = None


@dataclass(frozen=True)
class Withdrawal:
    """An ``actor withdrawsFrom place`` event with its evidence."""

    actor: Mention
    place: Mention
    asserted_by: Mention | None
    evidence: Span
    cue: Span


@dataclass(frozen=True)
class Quantity:
    """An amount as written ("about 2,000 square kilometers") and normalised:
    ``value`` in ``unit``, a QUDT unit code ("KiloM2", "KiloM", "NUM")."""

    span: Span
    value: float
    unit: str
    qualifier: str | None = None  # "about", "more than", "up to", "at least"


@dataclass(frozen=True)
class StatedTime:
    """A time expression ("on Saturday", "September 10") and the calendar day
    it names, resolved against the publication date (None when it cannot be)."""

    span: Span
    date: str | None = None  # ISO YYYY-MM-DD


@dataclass(frozen=True)
class Proposition:
    """A normalised ``subject predicate object`` read from a statement, added
    next to (never instead of) its raw content span.

    ``predicate`` is a local name of the controlled set in
    ``kg.extract.events.PREDICATES``, or - for any other verb - the
    normalised frame (lemma and particle joined by "_": "pull_back"); ``frame``
    is the verb frame as read in both cases, ``negated`` and ``modality`` (a
    modal auxiliary: "may", "would") qualify it. The object is a ``Mention``
    (a place, an actor), a ``Quantity``, or the words of a noun phrase
    (``object_words``); a distance has both a place and a quantity, and its
    ``direction`` ("east"). The subject is a ``Mention``, or - when the
    clause's subject names no entity but its object does ("a military coup
    removed X") - the words of the subject phrase (``subject_words``, and
    ``subject`` is None). ``named`` are the other entities the clause names
    (its adjuncts: "stopped X *at the Y*"), so the claim is found from them
    too. ``attribution`` is the statement whose content
    holds it (None: the article states it in its own voice); ``withdrawal``
    the withdrawal record it restates. ``time`` is when the event is said to
    have happened, ``said`` when the source is said to have said it; ``why``
    says how subject and object were resolved.
    """

    predicate: str
    subject: Mention | None
    object: Mention | None
    quantity: Quantity | None
    cue: Span
    evidence: Span
    attribution: Attribution | None = None
    withdrawal: Withdrawal | None = None
    time: StatedTime | None = None
    said: StatedTime | None = None
    why: tuple[str, ...] = ()
    frame: str | None = None
    negated: bool = False
    modality: str | None = None
    object_words: Span | None = None
    direction: str | None = None
    subject_words: Span | None = None
    named: tuple[Mention, ...] = ()

    @property
    def subject_span(self) -> Span:
        """Where the subject is written (the entity's mention or the words)."""
        return self.subject.span if self.subject is not None else self.subject_words

    @property
    def subject_text(self) -> str:
        """The subject's name, or its words."""
        return self.subject.name if self.subject is not None else self.subject_words.text


@dataclass(frozen=True)
class Role:
    """A role the text gives a person ("Defence Ministry spokesman X", "X, a
    senior adviser to Y"): the person, the role words and - when named - the
    body the role is of."""

    person: Mention
    role: Span
    body: Mention | None
    evidence: Span


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one article (no spaCy objects)."""

    article: Article
    mentions: tuple[Mention, ...]
    attributions: tuple[Attribution, ...]
    withdrawals: tuple[Withdrawal, ...]
    propositions: tuple[Proposition, ...] = ()
    roles: tuple[Role, ...] = ()
    # body sentences the outlet states in its own voice that name an entity
    # outside everyone's statements and yield no proposition: each is still
    # the outlet's statement (kg:states), found from what it names
    narration: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Entity:
    """A resolved real-world entity. ``key`` is derived from the name alone
    (transliteration-folded), so it does not depend on which other articles are
    in the corpus; ``same_as`` holds external ids (e.g. GeoNames)."""

    key: str
    type: EntityType
    name: str
    aliases: tuple[str, ...] = ()
    same_as: tuple[str, ...] = ()
    # unnamed members of a body ("officials", "police" with no force named):
    # a source local to each article that names it, never one entity across
    # articles (kg:UnnamedSource)
    unnamed: bool = False
