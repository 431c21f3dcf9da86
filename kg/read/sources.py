"""Every kind of input -> ``Article``s: article files, corpus files (one
article per record), web archives, and http(s) URLs of pages and feeds.

``read_sources(paths, options)`` is the one entry point the build uses. It
yields, in input order, an ``Article`` per document, a ``ReadError`` per
document that failed (naming the file, ``FILE#N`` for a record, or the URL)
and a ``ReadWarning`` before an article the build should hear about. A
failure never stops the other documents.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from kg.errors import KGError, ReadError
from kg.records import Article

from .corpus import RecordFields, corpus_kind, read_corpus
from .files import DEFAULT_MAX_BYTES, SUPPORTED, iter_paths, read_article


@dataclass(frozen=True)
class ReadOptions:
    """How to read: record field names, the size limit, and the fetching
    policy for URLs (``kg build`` options)."""

    fields: RecordFields = field(default_factory=RecordFields)
    max_bytes: int = DEFAULT_MAX_BYTES
    follow_links: bool = False
    cache_dir: str | None = None  # fetched bytes; None: fetch, keep nothing
    allow_private: bool = False  # fetch from loopback and private addresses
    offline: bool = False  # never fetch: cached copies only
    refetch: bool = False  # fetch pages again even when cached
    timeout: float = 20.0  # seconds per request
    retries: int = 2  # further tries after a timeout, connection error, 429 or 5xx
    backoff: float = 1.0  # seconds before the first retry, doubled each time
    max_redirects: int = 5
    delay: float = 0.5  # seconds between two requests to one host
    max_items: int = 200  # items taken from one feed
    user_agent: str = "kg-news-reader/0.1 (+https://w3id.org/kg-news)"


def input_kind(path: str) -> str | None:
    """What ``path`` is: ``url``, ``article`` (a single file), a corpus kind
    (``jsonl``, ``json``, ``csv`` ...), ``warc``, or ``None`` (unsupported)."""
    if "://" in path:
        return "url"
    name = path.lower()
    if name.endswith((".warc", ".warc.gz", ".arc", ".arc.gz")):
        return "warc"
    kind = corpus_kind(path)
    if kind:
        return kind
    if os.path.splitext(name)[1] in SUPPORTED:
        return "article"
    return None


def is_many(path: str) -> bool:
    """True when ``path`` may hold many articles (a corpus, a WARC, a URL
    that may be a feed): how many is known only once read."""
    return input_kind(path) not in ("article", None)


def read_sources(paths: Sequence[str], options: ReadOptions | None = None) -> Iterator[Article | KGError]:
    """Every document under ``paths`` as an ``Article``, or the error (or
    warning) naming it. Folders are walked (``iter_paths``)."""
    options = options or ReadOptions()
    try:
        found = list(iter_paths(paths, follow_links=options.follow_links))
    except KGError as err:
        yield err
        return
    fetcher = None  # one HTTP client for the URLs of this read, made when the first comes
    try:
        for path in found:
            if input_kind(path) == "url" and fetcher is None:
                from .web import Fetcher

                fetcher = Fetcher(options)
            try:
                yield from _read_one(path, options, fetcher)
            except KGError as err:
                yield err
            except OSError as err:  # vanished or unreadable between listing and reading
                yield ReadError(path, "E104", str(err))
            except Exception as err:  # noqa: BLE001 -- a reader bug fails this input, not the build
                yield ReadError(path, "E103", f"could not be read: {type(err).__name__}: {err}")
    finally:
        if fetcher is not None:
            fetcher.close()


def _read_one(path: str, options: ReadOptions, fetcher=None) -> Iterator[Article | KGError]:
    kind = input_kind(path)
    if kind == "url":
        from .web import read_url

        yield from read_url(path, options, fetcher)
    elif kind == "warc":
        from .warc import read_warc

        yield from read_warc(path, options.max_bytes)
    elif kind == "json" and _is_sidecar(path):
        return  # the metadata of the article beside it (``kg build folder/*``)
    elif kind is not None and kind != "article":
        yield from read_corpus(path, options.fields, options.max_bytes)
    else:
        warnings: list[KGError] = []
        article = read_article(path, options.max_bytes, warnings)
        yield from warnings
        yield article


def _is_sidecar(path: str) -> bool:
    stem = os.path.splitext(path)[0]
    return any(os.path.isfile(stem + ext) for ext in SUPPORTED)

__all__ = ["ReadOptions", "input_kind", "is_many", "read_sources"]
