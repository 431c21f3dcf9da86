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

from kg import PIPELINE_VERSION, model_name
from kg.errors import KGError, ReadWarning, StoreError
from kg.records import Article, Extraction

from .stages import BATCH_SIZE, extract_articles, read_paths

# The default time budget of one article (``kg build --article-timeout``):
# a generous multiple of what its length costs (a few seconds per 100,000
# characters on one core), so only a stall runs out of it.
AUTO_TIMEOUT_BASE = 60.0  # seconds, whatever the length (worker warm-up, a loaded machine)
AUTO_TIMEOUT_PER_CHAR = 0.001  # seconds per character: 1,000 s for a 1,000,000-character text
AUTO = "auto"


def article_budget(timeout: float | str | None) -> Callable[[Article], float] | None:
    """The budget of each article in seconds: ``"auto"`` by its length, a
    number for every article, ``None`` or 0 for none.

    >>> from kg.records import Article
    >>> article_budget(AUTO)(Article("a.txt", "a.txt", "x" * 100_000, ""))
    160.0
    >>> article_budget(0) is None
    True
    """
    if timeout == AUTO:
        return lambda article: AUTO_TIMEOUT_BASE + AUTO_TIMEOUT_PER_CHAR * len(article.text)
    if not timeout:
        return None
    return lambda article: float(timeout)


@dataclass
class BuildReport:
    """What a build did: counts and the errors of the articles that failed."""

    articles: int = 0  # articles written to the store
    skipped: int = 0  # unchanged articles not re-parsed
    attributions: int = 0
    withdrawals: int = 0
    entities: set[str] = field(default_factory=set)
    errors: list[KGError] = field(default_factory=list)
    warnings: list[KGError] = field(default_factory=list)  # ``ReadWarning``s: the articles still landed

    def summary(self) -> dict:
        return {
            "articles": self.articles,
            "skipped": self.skipped,
            "entities": len(self.entities),
            "attributions": self.attributions,
            "withdrawals": self.withdrawals,
            "errors": len(self.errors),
            "warnings": len(self.warnings),
        }

    def count(self, built) -> None:
        """Count one article written to the store (a ``kg.build.parallel.Built``)."""
        self.articles += 1
        self.attributions += built.attributions
        self.withdrawals += built.withdrawals
        self.entities.update(built.entities)


def extract_paths(
    paths: Sequence[str], model: str | None = None, read_options=None
) -> Iterator[Extraction | KGError]:
    """Read and extract every article under ``paths`` (no store); errors and
    ``ReadWarning``s come in the stream."""
    errors: list[KGError] = []

    def articles() -> Iterator[Article]:
        for item in read_paths(paths, options=read_options):
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
    article_timeout: float | str | None = None,
    read_options=None,
) -> BuildReport:
    """Build the articles under ``paths`` into ``store`` (a ``Store`` on disk
    or a ``RemoteStore``).

    Streaming: articles are read, checked, parsed and written ``batch_size``
    at a time and then released, so memory stays flat. An article whose
    content hash and pipeline version are already in the store is skipped
    without parsing (unless ``force``); a changed article replaces exactly
    its own named graph, atomically (``store.replace_articles``). With
    ``jobs > 1`` parsing and extraction run on that many worker processes
    (``kg.build.parallel``); with ``scheduler`` (or ``$KG_DASK_SCHEDULER``) on a
    Dask cluster (``kg.build.distributed``). Either way the graph is the one a
    single process builds. With ``strict`` the first error (or warning)
    stops the build (already-written articles stay). Symbolic links out of a
    folder are followed only with ``follow_links``. ``read_options`` (a
    ``kg.read.ReadOptions``) sets record field names and how URLs are
    fetched; without a ``cache_dir`` fetched bytes are kept next to a local
    store (``STORE/../cache``). ``article_timeout``
    (seconds, or ``"auto"`` for a budget by length; ``kg build`` passes
    ``"auto"``) runs the work in worker processes even for one job, so an
    article that runs past its budget is abandoned with E202 and the others
    land; the Dask path has no budget.
    """
    scheduler = scheduler or os.environ.get("KG_DASK_SCHEDULER") or None
    name = model_name(model)
    version = f"{PIPELINE_VERSION}+{name}"
    report = BuildReport()
    read_options = _with_cache(read_options, store)
    if scheduler:
        from .distributed import build_on_dask

        return build_on_dask(paths, store, scheduler, model=name, version=version, report=report,
                             strict=strict, force=force, on_article=on_article, read_options=read_options)

    def fail(err: KGError) -> None:
        report.errors.append(err)
        if on_article:
            on_article(err.where)
        if strict:
            raise err

    articles = to_parse(paths, store, version, report, fail, force=force, strict=strict,
                        on_article=on_article, batch_size=batch_size, follow_links=follow_links,
                        read_options=read_options)
    budget = article_budget(article_timeout)
    if jobs > 1 or budget is not None:
        from .parallel import run_parallel

        outcomes = run_parallel(articles, name, version, max(1, jobs), budget=budget)
    else:
        from .stages import process_articles

        outcomes = process_articles(articles, name, version, as_bytes=False, batch_size=batch_size)
    write_outcomes(outcomes, store, version, report, fail, on_article=on_article,
                   batch_size=batch_size)
    return report


def _with_cache(read_options, store):
    """``read_options`` with the fetch cache next to a local store
    (``STORE/../cache``) unless one was chosen."""
    from dataclasses import replace

    from kg.read import ReadOptions

    read_options = read_options or ReadOptions()
    path = getattr(store, "path", None)
    if read_options.cache_dir is None and isinstance(path, str) and "://" not in path:
        read_options = replace(read_options, cache_dir=os.path.join(os.path.dirname(os.path.abspath(path)), "cache"))
    return read_options


def to_parse(
    paths: Sequence[str], store, version: str, report: BuildReport,
    fail: Callable[[KGError], None], *, force: bool = False, strict: bool = False,
    on_article: Callable[[str], None] | None = None, batch_size: int = BATCH_SIZE,
    follow_links: bool = False, read_options=None,
) -> Iterator[Article]:
    """The articles under ``paths`` that need parsing: read errors go to
    ``fail``, warnings to ``report.warnings`` (to ``fail`` when ``fail``
    raises: ``--strict``); unchanged articles (same content hash and
    pipeline version in the store) are counted as skipped, looked up a batch
    at a time."""
    from .stages import chunks

    def readable() -> Iterator[Article]:
        for item in read_paths(paths, follow_links=follow_links, options=read_options):
            if isinstance(item, ReadWarning):
                if strict:
                    fail(item)
                else:
                    report.warnings.append(item)
            elif isinstance(item, KGError):
                fail(item)
            else:
                yield item

    for batch in chunks(readable(), batch_size):
        stored = {} if force else store.article_versions(a.key for a in batch)
        for article in batch:
            if stored.get(article.key) == (article.content_hash, version):
                report.skipped += 1
                if on_article:
                    on_article(article.path)
            else:
                yield article


def write_outcomes(
    outcomes: Iterable, store, version: str, report: BuildReport,
    fail: Callable[[KGError], None], *, on_article: Callable[[str], None] | None = None,
    batch_size: int = BATCH_SIZE,
) -> None:
    """The single writer: ``Built`` articles go to the store a batch per call
    (each article atomic), errors to ``fail``. ``on_article`` hears of each
    article as soon as it is extracted, not when its batch is written, so a
    progress bar moves article by article."""
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
        pending.clear()

    failed_write = False
    try:
        for item in outcomes:
            if isinstance(item, KGError):
                fail(item)
                continue
            pending.append(item)
            if on_article:
                on_article(item.path)
            if len(pending) >= batch_size:
                flush()
    except StoreError:
        failed_write = True
        raise
    finally:
        if not failed_write:
            flush()  # also when ``strict`` stops the build: finished articles land
