"""Every IRI kg writes: the namespaces, one typed attribute per term, and the
functions that mint data IRIs.

No other module writes an IRI string. Terms are ``pyoxigraph.NamedNode``s;
an unknown term is an ``AttributeError`` (a typo fails at import, not in the
data). Minted IRIs are ``str``s derived from content (a SHA-256 of the
identifying fields, shortened), so building twice gives the same graph and
removing an article removes exactly what it added.

>>> KG.claims.value
'https://w3id.org/kg-news/ns#claims'
>>> KG.claimz
Traceback (most recent call last):
...
AttributeError: type object 'KG' has no attribute 'claimz'
>>> entity_iri(Entity("place/kyiv", "Place", "Kyiv"))
'https://w3id.org/kg-news/id/entity/place/kyiv'
>>> entity_iri(Entity('person/a "b" <c>', "Person", "x"))
'https://w3id.org/kg-news/id/entity/person/a%20%22b%22%20%3Cc%3E'
>>> geonames_iri("703448")
'https://sws.geonames.org/703448/'
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import quote

from pyoxigraph import NamedNode

from kg.records import Attribution, Entity, Span

KG_NS = "https://w3id.org/kg-news/ns#"
ONTOLOGY_IRI = "https://w3id.org/kg-news/ns"
ID_NS = "https://w3id.org/kg-news/id/"
ENTITY_NS = ID_NS + "entity/"  # entity IRIs: this + the percent-encoded entity key
PROV_NS = "http://www.w3.org/ns/prov#"
OA_NS = "http://www.w3.org/ns/oa#"
SKOS_NS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS_NS = "http://purl.org/dc/terms/"
RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS_NS = "http://www.w3.org/2000/01/rdf-schema#"
OWL_NS = "http://www.w3.org/2002/07/owl#"
XSD_NS = "http://www.w3.org/2001/XMLSchema#"
GEONAMES_NS = "https://sws.geonames.org/"
QUDT_UNIT_NS = "http://qudt.org/vocab/unit/"
FRAME_NS = "https://w3id.org/kg-news/frame#"  # verb frames read from text: frame#pull_back
GEO_NS = "http://www.w3.org/2003/01/geo/wgs84_pos#"  # W3C Basic Geo (WGS84)

# Prefixes for serialisations and for SPARQL (``queries`` prepends them).
PREFIXES: dict[str, str] = {
    "kg": KG_NS,
    "id": ID_NS,
    "prov": PROV_NS,
    "oa": OA_NS,
    "skos": SKOS_NS,
    "dcterms": DCTERMS_NS,
    "rdf": RDF_NS,
    "rdfs": RDFS_NS,
    "owl": OWL_NS,
    "xsd": XSD_NS,
    "frame": FRAME_NS,
    "geo": GEO_NS,
}


class Vocabulary:
    """Base of the term classes: ``terms()`` lists every term they define."""

    NS: str = ""

    @classmethod
    def terms(cls) -> dict[str, NamedNode]:
        return {k: v for k, v in vars(cls).items() if isinstance(v, NamedNode)}


class KG(Vocabulary):
    """The kg ontology (``ontology/kg.ttl``); a test checks both stay in step."""

    NS = KG_NS
    # classes
    Actor = NamedNode(KG_NS + "Actor")
    Person = NamedNode(KG_NS + "Person")
    Organisation = NamedNode(KG_NS + "Organisation")
    Outlet = NamedNode(KG_NS + "Outlet")
    WireService = NamedNode(KG_NS + "WireService")
    UnnamedSource = NamedNode(KG_NS + "UnnamedSource")
    Place = NamedNode(KG_NS + "Place")
    Article = NamedNode(KG_NS + "Article")
    ArticleGraph = NamedNode(KG_NS + "ArticleGraph")
    Attribution = NamedNode(KG_NS + "Attribution")
    Claim = NamedNode(KG_NS + "Claim")
    Proposition = NamedNode(KG_NS + "Proposition")
    Withdrawal = NamedNode(KG_NS + "Withdrawal")
    ExtractionActivity = NamedNode(KG_NS + "ExtractionActivity")
    Model = NamedNode(KG_NS + "Model")
    # stances
    asserts = NamedNode(KG_NS + "asserts")
    claims = NamedNode(KG_NS + "claims")
    confirms = NamedNode(KG_NS + "confirms")
    denies = NamedNode(KG_NS + "denies")
    hasNotConfirmed = NamedNode(KG_NS + "hasNotConfirmed")
    # attributions
    speaker = NamedNode(KG_NS + "speaker")
    via = NamedNode(KG_NS + "via")
    relation = NamedNode(KG_NS + "relation")
    hasClaim = NamedNode(KG_NS + "hasClaim")
    inArticle = NamedNode(KG_NS + "inArticle")
    cueSpan = NamedNode(KG_NS + "cueSpan")
    contentSpan = NamedNode(KG_NS + "contentSpan")
    sourceSpan = NamedNode(KG_NS + "sourceSpan")
    cueStart = NamedNode(KG_NS + "cueStart")
    affiliation = NamedNode(KG_NS + "affiliation")
    # claims and propositions
    text = NamedNode(KG_NS + "text")
    proposition = NamedNode(KG_NS + "proposition")
    about = NamedNode(KG_NS + "about")
    withdrawsFrom = NamedNode(KG_NS + "withdrawsFrom")
    evidenceSpan = NamedNode(KG_NS + "evidenceSpan")
    # articles and entities
    outlet = NamedNode(KG_NS + "outlet")
    mentions = NamedNode(KG_NS + "mentions")
    articleKey = NamedNode(KG_NS + "articleKey")
    contentHash = NamedNode(KG_NS + "contentHash")
    sourcePath = NamedNode(KG_NS + "sourcePath")
    inferredField = NamedNode(KG_NS + "inferredField")
    labelKey = NamedNode(KG_NS + "labelKey")
    bodyKey = NamedNode(KG_NS + "bodyKey")
    pipelineVersion = NamedNode(KG_NS + "pipelineVersion")
    # claims across articles (kg.resolve.claims, kg.graph.claim_quads)
    CanonicalClaim = NamedNode(KG_NS + "CanonicalClaim")
    ContestedClaim = NamedNode(KG_NS + "ContestedClaim")
    ConflictingAmount = NamedNode(KG_NS + "ConflictingAmount")
    # a marked claim's reports, summed up by the store (kg.graph.shared)
    supportReports = NamedNode(KG_NS + "supportReports")
    againstReports = NamedNode(KG_NS + "againstReports")
    supportedBy = NamedNode(KG_NS + "supportedBy")
    deniedBy = NamedNode(KG_NS + "deniedBy")
    notConfirmedBy = NamedNode(KG_NS + "notConfirmedBy")
    carriedBy = NamedNode(KG_NS + "carriedBy")
    amountWritten = NamedNode(KG_NS + "amountWritten")
    amountQualifier = NamedNode(KG_NS + "amountQualifier")
    lowestOther = NamedNode(KG_NS + "lowestOther")
    highestOther = NamedNode(KG_NS + "highestOther")
    stateReports = NamedNode(KG_NS + "stateReports")
    statedBy = NamedNode(KG_NS + "statedBy")
    reportsWithoutOutlet = NamedNode(KG_NS + "reportsWithoutOutlet")
    Quantity = NamedNode(KG_NS + "Quantity")
    canonicalClaim = NamedNode(KG_NS + "canonicalClaim")
    claimKey = NamedNode(KG_NS + "claimKey")
    matchKey = NamedNode(KG_NS + "matchKey")
    mergedBecause = NamedNode(KG_NS + "mergedBecause")
    entered = NamedNode(KG_NS + "entered")
    captured = NamedNode(KG_NS + "captured")
    controls = NamedNode(KG_NS + "controls")
    attacked = NamedNode(KG_NS + "attacked")
    killed = NamedNode(KG_NS + "killed")
    injured = NamedNode(KG_NS + "injured")
    evacuated = NamedNode(KG_NS + "evacuated")
    liberatedArea = NamedNode(KG_NS + "liberatedArea")
    advanced = NamedNode(KG_NS + "advanced")
    numericValue = NamedNode(KG_NS + "numericValue")
    unit = NamedNode(KG_NS + "unit")
    qualifier = NamedNode(KG_NS + "qualifier")
    quantitySpan = NamedNode(KG_NS + "quantitySpan")
    statedDate = NamedNode(KG_NS + "statedDate")
    saidDate = NamedNode(KG_NS + "saidDate")
    timeSpan = NamedNode(KG_NS + "timeSpan")
    viaSpan = NamedNode(KG_NS + "viaSpan")
    fingerprint = NamedNode(KG_NS + "fingerprint")
    sketchSlot = NamedNode(KG_NS + "sketchSlot")
    # mentions, and the shared graph that describes each entity once (issue 14)
    Mention = NamedNode(KG_NS + "Mention")
    mentionOf = NamedNode(KG_NS + "mentionOf")
    mentionSpan = NamedNode(KG_NS + "mentionSpan")
    mentionKind = NamedNode(KG_NS + "mentionKind")
    mentionName = NamedNode(KG_NS + "mentionName")
    resolvedName = NamedNode(KG_NS + "resolvedName")
    pendingNode = NamedNode(KG_NS + "pendingNode")
    # any statement and the outlet's own voice (issue 16)
    states = NamedNode(KG_NS + "states")
    Narration = NamedNode(KG_NS + "Narration")
    Frame = NamedNode(KG_NS + "Frame")
    Phrase = NamedNode(KG_NS + "Phrase")
    frame = NamedNode(KG_NS + "frame")
    negated = NamedNode(KG_NS + "negated")
    modality = NamedNode(KG_NS + "modality")
    objectWordsSpan = NamedNode(KG_NS + "objectWordsSpan")
    subjectWordsSpan = NamedNode(KG_NS + "subjectWordsSpan")
    names = NamedNode(KG_NS + "names")
    distanceFrom = NamedNode(KG_NS + "distanceFrom")
    distance = NamedNode(KG_NS + "distance")
    direction = NamedNode(KG_NS + "direction")
    says = NamedNode(KG_NS + "says")
    matchMethod = NamedNode(KG_NS + "matchMethod")
    relayedIn = NamedNode(KG_NS + "relayedIn")
    RoleAssertion = NamedNode(KG_NS + "RoleAssertion")
    roleAssertion = NamedNode(KG_NS + "roleAssertion")
    holder = NamedNode(KG_NS + "holder")
    roleOf = NamedNode(KG_NS + "roleOf")
    roleWords = NamedNode(KG_NS + "roleWords")
    holderSpan = NamedNode(KG_NS + "holderSpan")
    roleSpan = NamedNode(KG_NS + "roleSpan")
    bodySpan = NamedNode(KG_NS + "bodySpan")


class PROV(Vocabulary):
    NS = PROV_NS
    Entity = NamedNode(PROV_NS + "Entity")
    Activity = NamedNode(PROV_NS + "Activity")
    Agent = NamedNode(PROV_NS + "Agent")
    wasAttributedTo = NamedNode(PROV_NS + "wasAttributedTo")
    wasDerivedFrom = NamedNode(PROV_NS + "wasDerivedFrom")
    wasQuotedFrom = NamedNode(PROV_NS + "wasQuotedFrom")
    wasGeneratedBy = NamedNode(PROV_NS + "wasGeneratedBy")
    used = NamedNode(PROV_NS + "used")


class OA(Vocabulary):
    NS = OA_NS
    SpecificResource = NamedNode(OA_NS + "SpecificResource")
    TextPositionSelector = NamedNode(OA_NS + "TextPositionSelector")
    TextQuoteSelector = NamedNode(OA_NS + "TextQuoteSelector")
    hasSource = NamedNode(OA_NS + "hasSource")
    hasSelector = NamedNode(OA_NS + "hasSelector")
    start = NamedNode(OA_NS + "start")
    end = NamedNode(OA_NS + "end")
    exact = NamedNode(OA_NS + "exact")
    prefix = NamedNode(OA_NS + "prefix")
    suffix = NamedNode(OA_NS + "suffix")


class SKOS(Vocabulary):
    NS = SKOS_NS
    prefLabel = NamedNode(SKOS_NS + "prefLabel")
    altLabel = NamedNode(SKOS_NS + "altLabel")


class GEO(Vocabulary):
    """W3C Basic Geo: where a place is (decimal degrees, WGS84)."""

    NS = GEO_NS
    lat = NamedNode(GEO_NS + "lat")
    long = NamedNode(GEO_NS + "long")


class DCTERMS(Vocabulary):
    NS = DCTERMS_NS
    title = NamedNode(DCTERMS_NS + "title")
    date = NamedNode(DCTERMS_NS + "date")
    source = NamedNode(DCTERMS_NS + "source")


class RDF(Vocabulary):
    NS = RDF_NS
    type = NamedNode(RDF_NS + "type")
    subject = NamedNode(RDF_NS + "subject")
    predicate = NamedNode(RDF_NS + "predicate")
    object = NamedNode(RDF_NS + "object")
    Statement = NamedNode(RDF_NS + "Statement")


class RDFS(Vocabulary):
    NS = RDFS_NS
    label = NamedNode(RDFS_NS + "label")
    comment = NamedNode(RDFS_NS + "comment")
    subClassOf = NamedNode(RDFS_NS + "subClassOf")


class OWL(Vocabulary):
    NS = OWL_NS
    sameAs = NamedNode(OWL_NS + "sameAs")


class XSD(Vocabulary):
    NS = XSD_NS
    string = NamedNode(XSD_NS + "string")
    date = NamedNode(XSD_NS + "date")
    integer = NamedNode(XSD_NS + "integer")
    decimal = NamedNode(XSD_NS + "decimal")
    boolean = NamedNode(XSD_NS + "boolean")


# The stance of an attribution record -> the property linking speaker to claim.
RELATION_PROPERTY: dict[str, NamedNode] = {
    "claims": KG.claims,
    "confirms": KG.confirms,
    "denies": KG.denies,
    "not_confirmed": KG.hasNotConfirmed,
    "states": KG.states,
}

ENTITY_CLASS: dict[str, NamedNode] = {
    "Person": KG.Person,
    "Organisation": KG.Organisation,
    "Place": KG.Place,
}

HASH_CHARS = 16  # 64 bits: no collision in practice below billions of ids


# Schemes a URL taken from the inputs (a sidecar's or a page's url) may have:
# a link to anything else (javascript:, data:, file:) could run a script or
# read a file when an analyst clicks it on an entity page.
WEB_SCHEMES = ("http://", "https://")
_ARTICLE_URL = re.compile(r"(?i)(?:https?://[^\s<>\"{}|\\^`]+|urn:[a-z0-9][a-z0-9-]{0,31}:\S+)")


def article_url(value: str | None) -> str | None:
    """``value`` when it is an http(s) URL or a URN, else ``None``.

    >>> article_url("https://example.org/a?b=1"), article_url("urn:uuid:1234")
    ('https://example.org/a?b=1', 'urn:uuid:1234')
    >>> article_url("javascript:alert(1)") is None, article_url("data:text/html,x") is None
    (True, True)
    """
    value = (value or "").strip()
    return value if _ARTICLE_URL.fullmatch(value) else None


def is_web_link(value: str | None) -> bool:
    """True for an http(s) URL: the only links a page renders."""
    return bool(value) and value.strip().lower().startswith(WEB_SCHEMES) and article_url(value) is not None


def content_id(*parts: object) -> str:
    """A short hex id from identifying fields (sha256 over their repr, so
    ``None``, ints and strings can never collide with each other).

    >>> content_id("a", 1) == content_id("a", 1) != content_id("a", "1")
    True
    """
    joined = "\x1f".join(repr(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8", "surrogatepass")).hexdigest()[:HASH_CHARS]


def _segment(text: str) -> str:
    """Percent-encode one path segment so any text gives a valid IRI and
    distinct texts give distinct IRIs (lone surrogates included)."""
    encoded = quote(text.encode("utf-8", "surrogatepass"), safe="-._~")
    # "." and ".." would be collapsed by IRI normalisation: encode their dots.
    return encoded.replace(".", "%2E") if encoded in (".", "..") else encoded


def _span_id(span: Span | None) -> tuple | None:
    return None if span is None else (span.start, span.end)


def article_iri(key: str) -> str:
    """The article with stable identity ``key`` (URL or normalised path)."""
    return f"{ID_NS}article/{content_id('article', key)}"


def graph_iri(key: str) -> str:
    """The named graph holding everything the article ``key`` contributed."""
    return f"{ID_NS}graph/{content_id('graph', key)}"


# The one graph that describes what many articles share: entities (type,
# labels, label keys, GeoNames link), canonical claims and quantities. Each
# article graph refers to these nodes; the store keeps the shared graph exact
# as articles are added, replaced and removed (``kg.shared``).
SHARED_GRAPH = f"{ID_NS}graph/shared"


def mention_iri(article_key: str, span: Span, entity_key: str) -> str:
    """One mention of an entity: where the article names (or refers to) it."""
    return f"{ID_NS}mention/{content_id('mention', article_key, span.start, span.end, entity_key)}"


def entity_iri(entity: Entity) -> str:
    """A readable IRI from the resolver's corpus-independent ``Entity.key``."""
    return ENTITY_NS + "/".join(_segment(s) for s in entity.key.split("/"))


def attribution_iri(article_key: str, attribution: Attribution) -> str:
    """One attributed statement occurrence: its article, stance, spans and
    speaker. Two speakers of one sentence ("X and Y said ...": one cue, one
    content, one source span) are two statements, each with its own IRI;
    two mentions of one speaker (the same type and name) are one."""
    a = attribution
    speaker = None if a.speaker is None else (a.speaker.type, a.speaker.name)
    return f"{ID_NS}attribution/" + content_id(
        "attribution", article_key, a.relation, _span_id(a.cue), _span_id(a.content),
        _span_id(a.source), *(() if speaker is None else (speaker,)),
    )


def claim_iri(article_key: str, content: Span) -> str:
    """The claim whose content is written at ``content`` in the article."""
    return f"{ID_NS}claim/{content_id('claim', article_key, content.start, content.end)}"


def proposition_iri(article_key: str, subject: Span, predicate: str, obj: Span, cue: Span) -> str:
    """A proposition read from the article: subject and object mention spans,
    the predicate's local name and the cue that expressed it."""
    return f"{ID_NS}proposition/" + content_id(
        "proposition", article_key, _span_id(subject), predicate, _span_id(obj), _span_id(cue)
    )


def span_iri(article_key: str, span: Span) -> str:
    """The ``oa:SpecificResource`` for a character range of the article."""
    return f"{ID_NS}span/{content_id('span', article_key, span.start, span.end)}"


def selector_iri(article_key: str, span: Span, kind: str) -> str:
    """A selector (``kind`` 'position' or 'quote') of a character range."""
    return f"{ID_NS}selector/{content_id('selector', kind, article_key, span.start, span.end)}"


def node_iri(entity: Entity, article_key: str) -> str:
    """The node a mention of ``entity`` in the article ``article_key`` links
    to: the entity's own IRI, or for an unnamed group ("officials") a source
    of that article alone (the same words in another article are another
    group)."""
    if entity.unnamed:
        return f"{ID_NS}source/{content_id('unnamed', article_key, entity.key)}"
    return entity_iri(entity)


def source_iri(article_key: str, source: Span | None) -> str:
    """An unnamed source local to one article: the words naming it, or the
    article's unattributed voice when ``source`` is ``None``."""
    return f"{ID_NS}source/{content_id('source', article_key, _span_id(source))}"


def activity_iri(pipeline_version: str, model: str) -> str:
    """The extraction activity: one pipeline version with one model."""
    return f"{ID_NS}activity/{content_id('activity', pipeline_version, model)}"


def model_iri(model: str) -> str:
    """The language model (spaCy package) by name."""
    return f"{ID_NS}model/{_segment(model)}"


_GEONAMES_ID = re.compile(r"(?:geonames:)?(\d+)")


def geonames_iri(geonames_id: str | int) -> str:
    """The GeoNames IRI of a numeric id (``"703448"`` or ``"geonames:703448"``)."""
    match = _GEONAMES_ID.fullmatch(str(geonames_id).strip())
    if not match:
        raise ValueError(f"not a GeoNames id: {geonames_id!r}")
    return f"{GEONAMES_NS}{match.group(1)}/"


def same_as_iri(ref: str) -> str | None:
    """An external id from ``Entity.same_as`` as an IRI: GeoNames ids become
    GeoNames IRIs, absolute http(s) IRIs pass through; anything else is None."""
    ref = ref.strip()
    if _GEONAMES_ID.fullmatch(ref):
        return geonames_iri(ref)
    if re.fullmatch(r"https?://[^\s<>\"{}|\\^`]+", ref):
        return ref
    return None


# -- claims across articles (issue 4) -------------------------------------

def canonical_claim_iri(claim_key: str) -> str:
    """The cross-article claim with this normalised key (``kg.resolve.claims``): the
    same key in any article gives the same IRI."""
    return f"{ID_NS}canonical-claim/{content_id('canonical-claim', claim_key)}"


def quantity_iri(value: str, unit: str) -> str:
    """An amount (canonical decimal text) in a unit code: equal amounts are one node."""
    return f"{ID_NS}quantity/{content_id('quantity', value, unit)}"


def unit_iri(code: str) -> str:
    """A QUDT unit IRI from its code (``KiloM2`` -> unit:KiloM2)."""
    return QUDT_UNIT_NS + _segment(code)


# -- any statement, the outlet's voice, roles (issue 16) ----------------------

def frame_iri(name: str) -> str:
    """A verb frame used as a predicate ("pull_back"); its local name is the
    text after "#", like the controlled predicates'."""
    return FRAME_NS + _segment(name)


def phrase_iri(folded: str) -> str:
    """The words of an object noun phrase, by their folded text: equal words are one node."""
    return f"{ID_NS}phrase/{content_id('phrase', folded)}"


def role_iri(article_key: str, person: Span, role: Span) -> str:
    """A role the article gives a person (the person's and the role words' spans)."""
    return f"{ID_NS}role/{content_id('role', article_key, _span_id(person), _span_id(role))}"
