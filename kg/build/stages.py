"""The stage steps that every way of building shares (one process, worker
processes, Dask): read paths into articles, parse and extract in batches,
turn extractions into ``Built`` records. ``pipeline`` chooses and orders
them; ``parallel`` and ``distributed`` run them elsewhere."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, islice

import pyoxigraph as ox

from kg.errors import ExtractError, KGError, ReadError, ReadWarning, StoreError
from kg.records import Article, Extraction

BATCH_SIZE = 32
_ERRORS = {cls.__name__: cls for cls in (ReadError, ReadWarning, ExtractError, StoreError, KGError)}


def chunks(items: Iterable, size: int) -> Iterator[list]:
    """Consecutive lists of ``size`` items (the last may be shorter)."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def read_paths(
    paths: Sequence[str], follow_links: bool = False, options=None
) -> Iterator[Article | KGError]:
    """Every document under ``paths`` (files, folders, corpus files, web
    archives, URLs) as an ``Article``, or the error (or ``ReadWarning``)
    that names it. ``options`` is a ``kg.read.ReadOptions``; links out of a
    folder are followed only with ``follow_links``. An input with the
    identity (key) of one read before it fails with E110 naming both, never
    overwriting it."""
    from dataclasses import replace

    from kg.read import ReadOptions, read_sources

    options = options or ReadOptions()
    if follow_links and not options.follow_links:
        options = replace(options, follow_links=True)
    first: dict[str, str] = {}  # article key -> the input that had it first
    for item in read_sources(paths, options):
        if isinstance(item, Article) and first.setdefault(item.key, item.path) != item.path:
            # one identity, two inputs: building both would overwrite one with the other
            item = ReadError(item.path, "E110", f"has the same identity {item.key} as "
                             f"{first[item.key]}; only that one is built")
        yield item


def extract_articles(
    articles: Iterable[Article], model: str | None = None, batch_size: int = BATCH_SIZE
) -> Iterator[Extraction | KGError]:
    """Parse ``articles`` in batches and extract from each; an article whose
    extraction fails yields an ``ExtractError`` naming it."""
    articles = iter(articles)
    first = next(articles, None)
    if first is None:
        return  # nothing to parse: spaCy is not even imported (a no-op rebuild stays cheap)
    from kg.extract import extract, load_nlp

    nlp = load_nlp(model)
    for batch in chunks(chain([first], articles), batch_size):
        for article, doc in zip(batch, _parse(nlp, batch, batch_size)):
            if isinstance(doc, KGError):
                yield doc
                continue
            try:
                yield extract(article, doc)
            except Exception as err:  # one article's bug must not sink the build
                yield ExtractError(article.path, "E201", f"{type(err).__name__}: {err}")


def _parse(nlp, batch: list[Article], batch_size: int) -> list:
    """A spaCy Doc, or the ``ExtractError`` naming the article, for each
    article of ``batch``. An exception inside ``nlp.pipe`` (a component's
    bug, say) ends the whole stream, so a batch that fails is parsed again
    one article at a time: only the bad article fails."""
    fits = [a for a in batch if len(a.text) <= nlp.max_length]
    try:
        docs = dict(zip(map(id, fits), nlp.pipe([a.text for a in fits], batch_size=batch_size)))
    except Exception:  # noqa: BLE001 -- narrowed to the article below
        docs = {}
        for article in fits:
            try:
                docs[id(article)] = nlp(article.text)
            except Exception as err:  # noqa: BLE001 -- one article's failure is its own
                docs[id(article)] = ExtractError(
                    article.path, "E201", f"parsing failed: {type(err).__name__}: {err}")
    return [docs[id(a)] if id(a) in docs else _too_long_error(a, nlp) for a in batch]


def _too_long_error(article: Article, nlp) -> ExtractError:
    # spaCy refuses (E088) a text over max_length: say so in one line.
    return ExtractError(article.path, "E201", f"article text has {len(article.text)} characters, "
                        f"above the parser's limit of {nlp.max_length}")


@dataclass(frozen=True)
class Built:
    """One article's graph, ready for the store: its quads (in-process) or
    their N-Quads bytes (across processes), and what the report counts."""

    path: str
    key: str
    content_hash: str
    attributions: int
    withdrawals: int
    entities: tuple[str, ...]
    nquads: bytes = b""
    quads: tuple[ox.Quad, ...] = ()

    def graph_quads(self) -> Iterable[ox.Quad]:
        """The article's quads, parsed from the bytes when they travelled."""
        if self.quads or not self.nquads:
            return self.quads
        return ox.parse(self.nquads, ox.RdfFormat.N_QUADS)


@dataclass(frozen=True)
class Failed:
    """A ``KGError`` in a picklable shape (exceptions with several
    constructor arguments do not survive pickling)."""

    kind: str
    where: str
    code: str
    reason: str

    @classmethod
    def of(cls, err: KGError) -> "Failed":
        return cls(type(err).__name__, err.where, err.code, err.reason)

    def error(self) -> KGError:
        return _ERRORS.get(self.kind, KGError)(self.where, self.code, self.reason)


def built(extraction: Extraction, resolver, version: str, model: str, as_bytes: bool) -> Built:
    """An extraction as a ``Built`` record (quads or N-Quads bytes)."""
    from kg.graph import article_quads

    quads = article_quads(extraction, resolver, pipeline_version=version, model=model)
    article = extraction.article
    return Built(
        path=article.path,
        key=article.key,
        content_hash=article.content_hash,
        attributions=len(extraction.attributions),
        withdrawals=len(extraction.withdrawals),
        entities=tuple(sorted({resolver.entity(m).key for m in extraction.mentions})),
        nquads=ox.serialize(quads, None, ox.RdfFormat.N_QUADS) if as_bytes else b"",
        quads=() if as_bytes else tuple(quads),
    )


def process_articles(
    articles: Iterable[Article], model: str, version: str, *, as_bytes: bool, batch_size: int = 32
) -> Iterator[Built | KGError]:
    """Parse (``nlp.pipe``), extract and turn into quads; an article whose
    extraction fails becomes an ``ExtractError`` naming it."""
    from kg.resolve import Resolver

    resolver = None
    for item in extract_articles(articles, model, batch_size=batch_size):
        if isinstance(item, KGError):
            yield item
            continue
        resolver = resolver or Resolver()  # loads the gazetteer: only when there is work
        try:
            yield built(item, resolver, version, model, as_bytes)
        except Exception as err:  # one article's bug must not sink the build
            yield ExtractError(item.article.path, "E201", f"{type(err).__name__}: {err}")
