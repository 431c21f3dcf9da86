"""Hand-made extraction records (invented places and people) for the graph
tests: built from a text of our own, with offsets computed from it, so every
span really indexes the text."""

from __future__ import annotations

import hashlib

from kg.records import Article, Attribution, Entity, Extraction, Mention, Meta, Span, Withdrawal

TEXT = (
    "MERIDIA (Example News) - The Northland Defence Ministry said its troops were "
    "pulling back from Eastport. Mayor Anna Berg denied that the city had been abandoned. "
    '"We have not seen any withdrawal," Berg said, according to Coastal Wire. '
    "The Southland army has not confirmed the report. "
    "Northland forces also left Westbay, witnesses said."
)


def span(text: str, needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(start, start + len(needle), needle)


def mention(text: str, needle: str, type_: str, name: str | None = None, nth: int = 0) -> Mention:
    return Mention(span(text, needle, nth), type_, name or needle)


def sample_extraction(text: str = TEXT, key: str = "https://example.org/news/1",
                      path: str = "corpus/one.txt", outlet: str | None = "Example News") -> Extraction:
    """Four attributions (claims, denies, claims via an intermediary, not
    confirmed) and two withdrawals (one carried by an attribution, one
    asserted by nobody in the text, so by the outlet)."""
    ministry = mention(text, "Northland Defence Ministry", "Organisation")
    eastport = mention(text, "Eastport", "Place")
    berg_full = mention(text, "Anna Berg", "Person")
    berg = mention(text, "Berg", "Person", "Anna Berg", nth=1)
    wire = mention(text, "Coastal Wire", "Organisation")
    army = mention(text, "Southland army", "Organisation")
    northland = mention(text, "Northland", "Place", nth=1)
    westbay = mention(text, "Westbay", "Place")
    mentions = (ministry, eastport, berg_full, berg, wire, army, northland, westbay)
    attributions = (
        Attribution("claims", span(text, "said"), span(text, "its troops were pulling back from Eastport"),
                    span(text, "The Northland Defence Ministry"), ministry),
        Attribution("denies", span(text, "denied"), span(text, "the city had been abandoned"),
                    span(text, "Mayor Anna Berg"), berg_full),
        Attribution("claims", span(text, "said", 1), span(text, "We have not seen any withdrawal"),
                    berg.span, berg, via=wire),
        Attribution("not_confirmed", span(text, "has not confirmed"), span(text, "the report"),
                    span(text, "The Southland army"), army),
    )
    withdrawals = (
        Withdrawal(ministry, eastport, ministry, span(text, "its troops were pulling back from Eastport"),
                   span(text, "pulling back from")),
        Withdrawal(northland, westbay, None, span(text, "Northland forces also left Westbay"),
                   span(text, "left")),
    )
    article = Article(
        path=path, key=key, text=text,
        content_hash=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
        meta=Meta(outlet=outlet, published="2024-05-01", title="Troops pull back",
                  url=key, inferred=frozenset({"outlet"})),
    )
    return Extraction(article, mentions, attributions, withdrawals)


class StandInResolver:
    """A test double of ``kg.resolve.Resolver``'s contract: ``entity(mention)``."""

    def entity(self, mention: Mention) -> Entity:
        slug = "-".join(mention.name.lower().split())
        same_as = ("geonames:1234567",) if mention.name == "Eastport" else ()
        aliases = tuple(sorted({mention.name, mention.span.text} - {""}))
        return Entity(f"{mention.type.lower()}/{slug}", mention.type, mention.name, aliases, same_as)
