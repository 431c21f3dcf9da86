"""The claim page: one canonical claim (the same proposition merged across
articles) with every report of it on a timeline: who, with which stance, in
which outlet, on which date, in which words. The first report (the earliest
dated report that claims or confirms it, as in ``queries/first-report.rq``)
and the first confirmation are marked.

>>> rows = [Report("a", "", "X", "claims", "2024-01-02", "", "", "", "", "w", "said", ""),
...         Report("b", "", "Y", "confirms", "2024-01-01", "", "", "", "", "w", "confirmed", "")]
>>> [(r.att, r.first_report, r.first_confirmation) for r in mark_firsts(rows)]
[('b', True, True), ('a', False, False)]
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from starlette.requests import Request
from starlette.responses import Response

from .links import claim_url, page_url
from .results import bad_request, iri_term, plain, render, select, value

# The words of a claim: subject, predicate, object (a name or an amount).
_TEXT = """
  ?s skos:prefLabel ?s_label .
  OPTIONAL { ?o skos:prefLabel ?o_label }
  OPTIONAL { ?o kg:numericValue ?amount OPTIONAL { ?o kg:unit ?unit } }
  BIND(COALESCE(?o_label, CONCAT(STR(?amount), " ", STRAFTER(STR(?unit), "unit/"))) AS ?o_text)
  BIND(STRAFTER(STR(?p), "#") AS ?pred)"""

# Canonical claims about ?e, with their number of reports and first date.
ABOUT = """
SELECT ?e ?claim (MIN(?s_label) AS ?subject) (MIN(?pred) AS ?predicate) (MIN(?o_text) AS ?object)
       (COUNT(DISTINCT ?att) AS ?reports) (MIN(?date) AS ?first) WHERE {
  # the canonical claim is described once, in the shared graph; its reports
  # in their article graphs (kg:claimKey: only canonical claims have one)
  ?claim kg:about ?e ; kg:claimKey ?key ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
  ?occ kg:canonicalClaim ?claim . ?said kg:proposition ?occ .
  ?att kg:hasClaim ?said ; kg:inArticle ?art .
  OPTIONAL { ?art dcterms:date ?date }""" + _TEXT + """
} GROUP BY ?e ?claim ORDER BY DESC(?reports) ?claim"""

# The claim's own words (bound: ?claim).
HEAD = """
SELECT ?claim (MIN(?s_label) AS ?subject) (MIN(?pred) AS ?predicate) (MIN(?o_text) AS ?object)
       (MIN(?s) AS ?subject_iri) (MIN(?o) AS ?object_iri) WHERE {
  ?claim a kg:CanonicalClaim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .""" + _TEXT + """
} GROUP BY ?claim"""

# Every report of the claim (bound: ?claim), each read inside its own article graph.
REPORTS = """
SELECT ?claim ?att ?speaker ?speakerLabel ?rel ?date ?outletLabel ?url ?title ?exact ?cue ?path WHERE {
  GRAPH ?g {
    ?occ kg:canonicalClaim ?claim . ?said kg:proposition ?occ .
    ?att kg:hasClaim ?said ; kg:speaker ?speaker ; kg:relation ?rel ; kg:inArticle ?art ;
         kg:contentSpan ?span .
    ?span oa:hasSelector ?sel . ?sel a oa:TextQuoteSelector ; oa:exact ?exact .
    OPTIONAL { ?att kg:cueSpan ?cue_span . ?cue_span oa:hasSelector ?cue_sel .
               ?cue_sel a oa:TextQuoteSelector ; oa:exact ?cue }
    OPTIONAL { ?art dcterms:date ?date } OPTIONAL { ?art dcterms:title ?title }
    OPTIONAL { ?art dcterms:source ?url } OPTIONAL { ?art kg:sourcePath ?path }
  }
  # names outside the article graph: an entity's names may live in a shared graph
  OPTIONAL { ?art kg:outlet ?outlet . ?outlet skos:prefLabel ?outletLabel }
  OPTIONAL { ?speaker skos:prefLabel ?speakerLabel }
} ORDER BY ?date ?path ?att"""

SUPPORT = ("claims", "confirms")
STANCE_WORDS = {"claims": "claims", "confirms": "confirms", "denies": "denies",
                "hasNotConfirmed": "has not confirmed", "asserts": "asserts"}


def claim_text(binding: dict) -> str:
    """"The Northern Army entered Brennivka" from a claim's words."""
    parts = [value(binding, "subject"), value(binding, "predicate"), value(binding, "object")]
    return " ".join(p for p in parts if p)


@dataclass(frozen=True)
class Report:
    """One report of a claim, as the timeline shows it."""

    att: str
    speaker: str
    speaker_label: str
    relation: str
    date: str
    outlet: str
    url: str
    title: str
    article: str
    words: str
    cue: str
    speaker_url: str
    first_report: bool = False
    first_confirmation: bool = False

    @property
    def stance_words(self) -> str:
        return STANCE_WORDS.get(self.relation, self.relation)


def mark_firsts(reports: list[Report]) -> list[Report]:
    """Reports by date (undated last), the first dated claim-or-confirmation
    and the first dated confirmation marked."""
    ordered = sorted(reports, key=lambda r: (not r.date, r.date, r.article, r.att))
    first = next((r.att for r in ordered if r.date and r.relation in SUPPORT), None)
    confirmed = next((r.att for r in ordered if r.date and r.relation == "confirms"), None)
    return [replace(r, first_report=r.att == first, first_confirmation=r.att == confirmed)
            for r in ordered]


def reports(bindings: list[dict]) -> list[Report]:
    seen, out = set(), []
    for b in bindings:
        att = value(b, "att")
        if att in seen:
            continue
        seen.add(att)
        speaker = value(b, "speaker") or ""
        out.append(Report(
            att=att, speaker=speaker, speaker_label=value(b, "speakerLabel") or speaker,
            relation=(value(b, "rel") or "").rsplit("#", 1)[-1], date=value(b, "date") or "",
            outlet=value(b, "outletLabel") or "", url=value(b, "url") or "",
            title=value(b, "title") or "", article=value(b, "path") or "",
            words=value(b, "exact") or "", cue=value(b, "cue") or "", speaker_url=page_url(speaker)))
    return mark_firsts(out)


async def claims_about(endpoint, iri: str) -> tuple[list[dict], Response | None]:
    """The canonical claims about the entity ``iri`` (text, reports, first date, URL)."""
    bindings, error = await select(endpoint, ABOUT, e=iri_term(iri))
    if error:
        return [], error
    return [{"iri": value(b, "claim"), "text": claim_text(b), "reports": plain(b.get("reports")),
             "first": value(b, "first"), "url": claim_url(value(b, "claim"))} for b in bindings], None


async def claim_page(endpoint, request: Request) -> Response:
    """``/claim?iri=CLAIM``: the claim's words and its reports on a timeline."""
    iri = request.query_params.get("iri", "")
    term = iri_term(iri)
    if term is None:
        return bad_request("give a canonical claim IRI as ?iri=")
    head, error = await select(endpoint, HEAD, claim=term)
    if error:
        return error
    if not head:
        return render("found.html", status=404, name=iri, what="claim", hits=[], suggestions=[])
    rows, error = await select(endpoint, REPORTS, claim=term)
    if error:
        return error
    timeline = reports(rows)
    b = head[0]
    return render("claim.html", iri=iri, text=claim_text(b), subject=value(b, "subject"),
                  subject_url=page_url(value(b, "subject_iri") or ""), predicate=value(b, "predicate"),
                  object=value(b, "object"),
                  object_url=page_url(value(b, "object_iri")) if value(b, "object_iri") and
                  "/entity/" in value(b, "object_iri") else None,
                  reports=timeline,
                  first=next((r for r in timeline if r.first_report), None),
                  confirmed=next((r for r in timeline if r.first_confirmation), None))
