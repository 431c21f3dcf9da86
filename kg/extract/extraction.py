"""The extraction stage: an ``Article`` and its spaCy ``Doc`` in, an
``Extraction`` (mentions, attributions, withdrawals; no spaCy objects) out.

``extract`` is pure: the same article and parse give the same records. It
never gives up on a document: each rule degrades locally (a sentence it
cannot read loses only its own records), and records in boilerplate ranges
are skipped.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.records import Article, Extraction, Mention, Span

from .attribution import find_attributions
from .coref import SpeakerResolver
from .entity_filter import filter_names
from .mentions import find_mentions
from .withdrawal import find_withdrawals


def extract(article: Article, doc: Doc, check_names: bool = True) -> Extraction:
    """Mentions, attributions and withdrawals of one article.

    ``doc`` must be the parse of ``article.text`` (token offsets index it).
    ``check_names``: leave out the names the learned check doubts
    (``entity_filter``; off only to make its training examples).
    """
    mentions = list(find_mentions(article, doc))
    publisher = article.meta.outlet if "outlet" not in article.meta.inferred else None
    resolver = SpeakerResolver(doc, mentions, publisher=publisher)
    attributions, sources = find_attributions(article, doc, resolver)
    withdrawals, actors = find_withdrawals(article, doc, resolver, attributions)
    mentions = [resolver.renamed.get(m.span, m) for m in mentions]
    known = {(m.span, m.type) for m in mentions}
    for m in sources + actors:
        # mentions the rules named (collective sources, force actors) join the
        # document's mentions, so every speaker/actor has a mention record
        if (m.span, m.type) not in known:
            known.add((m.span, m.type))
            mentions.append(m)
    mentions = _whole_names(article.text, mentions, resolver.whole)
    mentions.sort(key=lambda m: (m.span.start, m.span.end))
    extraction = Extraction(article, tuple(mentions), tuple(attributions), tuple(withdrawals))
    # Propositions need the parse, so they are read here while the Doc lives.
    from .propositions import with_propositions

    extraction = with_propositions(article, doc, extraction)
    return filter_names(extraction, doc) if check_names else extraction


def _whole_names(text: str, mentions: list[Mention], whole: list[tuple[Mention, Mention]]) -> list[Mention]:
    """A name the recogniser cut ("Islamic State" of "Islamic State of Iraq
    and the Levant") gives way to the name as a source phrase wrote it,
    there and wherever the same words stand in the same frame."""
    if not whole:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        for cut, full in whole:
            if m.span == full.span:
                break
            if full.span.start <= m.span.start and m.span.end <= full.span.end:
                m = None  # the cut name inside the whole one
                break
            if m.name == cut.name:
                lo = m.span.start - (cut.span.start - full.span.start)
                hi = m.span.end + (full.span.end - cut.span.end)
                if 0 <= lo and text[lo:hi] == full.span.text:
                    m = Mention(Span(lo, hi, text[lo:hi]), full.type, full.name)
                    break
        if m is not None and m not in out:
            out.append(m)
    return out
