"""The only module that chains the stages: read -> parse -> extract -> resolve
-> quads -> store.

Articles stream through in batches (``nlp.pipe``; the store's bulk path), so
memory stays flat; one bad article becomes one ``KGError`` in the report and
every other article still lands. ``--jobs N`` moves parsing to worker
processes (``parallel.py``), ``--scheduler`` to a Dask cluster
(``distributed.py``); this module stays the only one that knows the order.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain

from . import PIPELINE_VERSION, model_name
from .errors import ExtractError, KGError, ReadError, StoreError
from .records import Article, Extraction

BATCH_SIZE = 32


@dataclass
class BuildReport:
    """What a build did: counts and the errors of the articles that failed."""

    articles: int = 0  # articles written to the store
    skipped: int = 0  # unchanged articles not re-parsed
    claims: int = 0
    attributions: int = 0
    withdrawals: int = 0
    entities: set[str] = field(default_factory=set)
    errors: list[KGError] = field(default_factory=list)
    # (path, key of the stored article with the same text): not built twice
    duplicates: list[tuple[str, str]] = field(default_factory=list)

    def summary(self) -> dict:
        """The counts of what this build wrote, counted as ``kg stats``
        counts the store (a fresh build's summary equals its stats)."""
        return {
            "articles": self.articles,
            "skipped": self.skipped,
            "duplicates": len(self.duplicates),
            "entities": len(self.entities),
            "claims": self.claims,
            "attributions": self.attributions,
            "withdrawals": self.withdrawals,
            "errors": len(self.errors),
        }

    def count(self, built) -> None:
        """Count one article written to the store (a ``kg.parallel.Built``)."""
        self.articles += 1
        self.claims += built.claims
        self.attributions += built.attributions
        self.withdrawals += built.withdrawals
        self.entities.update(built.entities)


class Duplicates:
    """Finds articles whose text is already in the store (or earlier in this
    build) under another key: the same content under a second name is
    reported, not built twice."""

    def __init__(self, store):
        self.store = store
        self.seen: dict[str, str] = {}  # content hash -> key, this build

    def split(self, items: list, report: BuildReport, key=lambda a: a.key,
              content_hash=lambda a: a.content_hash, path=lambda a: a.path) -> list:
        """The items that are not copies; copies go to ``report.duplicates``."""
        lookup = getattr(self.store, "keys_for_hashes", None)
        stored = lookup(content_hash(i) for i in items) if lookup else {}
        kept = []
        for item in items:
            h, k = content_hash(item), key(item)
            other = self.seen.get(h) or stored.get(h)
            if other is not None and other != k:
                report.duplicates.append((path(item), other))
                continue
            self.seen.setdefault(h, k)
            kept.append(item)
        return kept


def read_paths(paths: Sequence[str], follow_links: bool = False) -> Iterator[Article | KGError]:
    """Every supported file under ``paths`` as an ``Article``, or the error
    that names it. Links out of a folder are followed only with ``follow_links``."""
    from .read import iter_paths, read_article

    try:
        found = list(iter_paths(paths, follow_links=follow_links))
    except KGError as err:
        yield err
        return
    for path in found:
        try:
            yield read_article(path)
        except KGError as err:
            yield err
        except OSError as err:  # vanished or unreadable between listing and reading
            yield ReadError(path, "E104", str(err))
        except Exception as err:  # noqa: BLE001 -- a reader bug fails this file, not the build
            yield ReadError(path, "E103", f"could not be read: {type(err).__name__}: {err}")


def extract_articles(
    articles: Iterable[Article], model: str | None = None, batch_size: int = BATCH_SIZE
) -> Iterator[Extraction | KGError]:
    """Parse ``articles`` in batches and extract from each; an article whose
    extraction fails yields an ``ExtractError`` naming it."""
    articles = iter(articles)
    first = next(articles, None)
    if first is None:
        return  # nothing to parse: spaCy is not even imported (a no-op rebuild stays cheap)
    from .extract import extract
    from .nlp import load_nlp
    from .parallel import chunks

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


def extract_paths(
    paths: Sequence[str], model: str | None = None
) -> Iterator[Extraction | KGError]:
    """Read and extract every article under ``paths`` (no store)."""
    errors: list[KGError] = []

    def articles() -> Iterator[Article]:
        for item in read_paths(paths):
            if isinstance(item, KGError):
                errors.append(item)
            else:
                yield item

    for item in extract_articles(articles(), model):
        while errors:
            yield errors.pop(0)
        yield item
    yield from errors


def build(
    paths: Sequence[str],
    store,
    *,
    model: str | None = None,
    strict: bool = False,
    force: bool = False,
    on_article: Callable[[str], None] | None = None,
    jobs: int = 1,
    scheduler: str | None = None,
    batch_size: int = BATCH_SIZE,
    follow_links: bool = False,
) -> BuildReport:
    """Build the articles under ``paths`` into ``store`` (a ``Store`` on disk
    or a ``RemoteStore``).

    Streaming: articles are read, checked, parsed and written ``batch_size``
    at a time and then released, so memory stays flat. An article whose
    content hash and pipeline version are already in the store is skipped
    without parsing (unless ``force``); a changed article replaces exactly
    its own named graph, atomically (``store.replace_articles``). With
    ``jobs > 1`` parsing and extraction run on that many worker processes
    (``kg.parallel``); with ``scheduler`` (or ``$KG_DASK_SCHEDULER``) on a
    Dask cluster (``kg.distributed``). Either way the graph is the one a
    single process builds. With ``strict`` the first error stops the build
    (already-written articles stay). Symbolic links out of a folder are
    followed only with ``follow_links``.
    """
    scheduler = scheduler or os.environ.get("KG_DASK_SCHEDULER") or None
    name = model_name(model)
    version = f"{PIPELINE_VERSION}+{name}"
    report = BuildReport()
    if hasattr(store, "check_format"):
        store.check_format()
    if scheduler:
        from .distributed import build_on_dask

        build_on_dask(paths, store, scheduler, model=name, version=version, report=report,
                      strict=strict, force=force, on_article=on_article)
        _settle(store)
        return report

    def fail(err: KGError) -> None:
        report.errors.append(err)
        if on_article:
            on_article(err.where)
        if strict:
            raise err

    articles = to_parse(paths, store, version, report, fail, force=force,
                        on_article=on_article, batch_size=batch_size, follow_links=follow_links)
    if jobs > 1:
        from .parallel import run_parallel

        outcomes = run_parallel(articles, name, version, jobs)
    else:
        from .parallel import process_articles

        outcomes = process_articles(articles, name, version, as_bytes=False, batch_size=batch_size)
    write_outcomes(outcomes, store, version, report, fail, on_article=on_article,
                   batch_size=batch_size)
    _settle(store)
    return report


def _settle(store) -> None:
    """Settle what an interrupted earlier build left pending (a build whose
    articles were all unchanged writes nothing, so settles nothing else)."""
    if hasattr(store, "settle"):
        store.settle()


def to_parse(
    paths: Sequence[str], store, version: str, report: BuildReport,
    fail: Callable[[KGError], None], *, force: bool = False,
    on_article: Callable[[str], None] | None = None, batch_size: int = BATCH_SIZE,
    follow_links: bool = False,
) -> Iterator[Article]:
    """The articles under ``paths`` that need parsing: read errors go to
    ``fail``; unchanged articles (same content hash and pipeline version in
    the store) are counted as skipped, looked up a batch at a time."""
    from .parallel import chunks

    def readable() -> Iterator[Article]:
        for item in read_paths(paths, follow_links=follow_links):
            if isinstance(item, KGError):
                fail(item)
            else:
                yield item

    duplicates = Duplicates(store)
    for batch in chunks(readable(), batch_size):
        stored = {} if force else store.article_versions(a.key for a in batch)
        fresh = []
        for article in batch:
            if stored.get(article.key) == (article.content_hash, version):
                report.skipped += 1
                duplicates.seen.setdefault(article.content_hash, article.key)
                if on_article:
                    on_article(article.path)
            else:
                fresh.append(article)
        kept = duplicates.split(fresh, report)
        if on_article:
            for article in fresh:
                if article not in kept:
                    on_article(article.path)
        yield from kept


def write_outcomes(
    outcomes: Iterable, store, version: str, report: BuildReport,
    fail: Callable[[KGError], None], *, on_article: Callable[[str], None] | None = None,
    batch_size: int = BATCH_SIZE,
) -> None:
    """The single writer: ``Built`` articles go to the store a batch per call
    (each article atomic), errors to ``fail``."""
    pending = []

    def flush() -> None:
        if not pending:
            return
        if all(b.nquads for b in pending) and hasattr(store, "load_articles"):
            # bytes from worker processes: bulk-loaded as they are
            store.load_articles([(b.key, b.content_hash, b.nquads, version) for b in pending])
        else:
            store.replace_articles(
                [(b.key, b.content_hash, b.graph_quads(), version) for b in pending]
            )
        for b in pending:
            report.count(b)
            if on_article:
                on_article(b.path)
        pending.clear()

    failed_write = False
    try:
        for item in outcomes:
            if isinstance(item, KGError):
                fail(item)
                continue
            pending.append(item)
            if len(pending) >= batch_size:
                flush()
    except StoreError:
        failed_write = True
        raise
    finally:
        if not failed_write:
            flush()  # also when ``strict`` stops the build: finished articles land


def find_article(store, ref: str) -> str | None:
    """The stored key an analyst means by ``ref``: the key itself, the
    article's or its graph's IRI, its URL, or its file by any spelling of the
    path (relative, absolute, through links; the file's sidecar or page URL
    when it still exists). None when no stored article matches."""
    from pyoxigraph import Literal, NamedNode

    from .read import path_key, read_article
    from .vocab import KG

    candidates = [ref]
    if os.path.exists(ref):
        try:
            candidates.append(read_article(ref).key)
        except (KGError, OSError):
            pass
    candidates.append(path_key(ref))
    for key in candidates:
        if store.article_version(key) is not None:
            return key
    try:
        node = NamedNode(ref)
    except ValueError:
        node = None
    if node is not None:
        rows = list(store.query(
            "SELECT ?key ?node WHERE { { ?node kg:articleKey ?key } UNION "
            "{ ?article kg:articleKey ?key ; dcterms:source ?node } }",
            {"node": node}, where="remove"))
        if rows:
            return min(r["key"].value for r in rows)
    rows = list(store.query("SELECT ?key ?path WHERE { ?article kg:sourcePath ?path ; kg:articleKey ?key }",
                            {"path": Literal(path_key(ref))}, where="remove"))
    return min(r["key"].value for r in rows) if rows else None
