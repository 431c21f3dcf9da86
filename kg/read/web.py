"""URLs -> ``Article``s: a page is one article; an RSS or Atom feed
(feedparser) is one article per item, each item's page fetched.

The client is polite and careful (httpx): a timeout per request, a size
cap, a user agent, at most one request per ``delay`` seconds to a host, retries with exponential back-off on timeouts,
connection errors, 429 and 5xx (``Retry-After`` honoured up to a bound),
redirects followed by hand and capped, only ``http``/``https``, and no
loopback, private, link-local or otherwise non-global address unless
``ReadOptions.allow_private`` (every hop is checked, so a redirect cannot
lead inside). Proxies from the environment are not used.

Fetched bytes are kept in ``ReadOptions.cache_dir`` (next to the store), so a
re-build needs no network: a page, once fetched, is read from the cache
(``refetch`` fetches it again); a feed is asked again each run, with
``If-None-Match``/``If-Modified-Since``, so a scheduled ``kg build FEED``
takes only new items (unchanged items give the same text, and the build
skips them by content hash). When the feed cannot be fetched its cached
copy is used, with warning W103. ``offline`` reads the cache only.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import os
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from kg.errors import KGError, ReadError, ReadWarning
from kg.records import Article

from .files import article_key, decode_page, make_article
from .metadata import to_iso_date

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_RETRY_AFTER = 30.0  # seconds: a longer Retry-After is capped, not obeyed
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json")
HTML_TYPES = ("text/html", "application/xhtml+xml")
ACCEPT = ("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
          "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5")


@dataclass(frozen=True)
class Fetched:
    """One response body and what the cache keeps about it."""

    url: str  # as asked for (the cache key)
    final_url: str  # after redirects
    content_type: str
    body: bytes
    etag: str | None = None
    last_modified: str | None = None
    from_cache: bool = False


def read_url(url: str, options, fetcher: "Fetcher | None" = None) -> Iterator[Article | KGError]:
    """The page at ``url`` as an ``Article``, or, when it is a feed, each of
    its items' pages; errors name the URL (a feed item's error names the
    item's link and its place in the feed). ``fetcher`` is shared by the URLs
    of one build (one client, one pace per host)."""
    if fetcher is None:
        with Fetcher(options) as own:
            yield from read_url(url, options, own)
        return
    fetched, warning = fetcher.fetch(url, feed=True)
    if warning:
        yield warning
    if is_feed(fetched):
        yield from _feed_articles(fetcher, fetched, options)
    else:
        yield from _page_article(fetched, {"url": url}, {}, url, url)


def is_feed(fetched: Fetched) -> bool:
    """An RSS, RDF or Atom document, by its content type or its first tag."""
    kind = fetched.content_type.split(";")[0].strip().lower()
    if kind in FEED_TYPES:
        return True
    if kind in HTML_TYPES:
        return False
    head = fetched.body[:1024].lstrip().lower()
    if head.startswith(b"<?xml"):
        head = head[head.find(b"?>") + 2 :].lstrip()
        while head.startswith(b"<!--") or head.startswith(b"<?"):
            head = head[head.find(b">") + 1 :].lstrip()
    return head.startswith((b"<rss", b"<feed", b"<rdf:rdf"))


def _page_article(
    fetched: Fetched, given: dict, headers: dict, where: str, key: str
) -> Iterator[Article | KGError]:
    kind = fetched.content_type.split(";")[0].strip().lower() or "text/html"
    if kind not in HTML_TYPES and kind != "text/plain":
        raise ReadError(where, "E107", f"unsupported content type {kind}; expected an HTML page or a feed")
    text, encoding = decode_page(fetched.body, fetched.content_type, where)
    warnings: list[KGError] = []
    article = make_article(where, key, text,
                           "html" if kind in HTML_TYPES else "text", encoding,
                           given=given, headers=headers, warnings=warnings, noun="page")
    yield from warnings
    yield article


def _feed_articles(fetcher: "Fetcher", feed: Fetched, options) -> Iterator[Article | KGError]:
    import feedparser

    parsed = feedparser.parse(feed.body, response_headers={"content-location": feed.final_url})
    if not parsed.entries:
        reason = f": {parsed.bozo_exception}" if parsed.get("bozo") else ""
        raise ReadError(feed.url, "E108", f"feed has no items{reason}")
    outlet = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries[: options.max_items], start=1):
        link = urljoin(feed.final_url, entry.get("link") or "") if entry.get("link") else None
        if link and urlsplit(link).scheme.lower() not in ("http", "https"):
            link = None  # feedparser gives an entry's id ("urn:...") as its link when it has none
        where = link or f"{feed.url}#{number}"
        given = {"url": link}
        if entry.get("title"):
            given["title"] = " ".join(entry["title"].split())
        warnings: list[KGError] = []
        date = entry.get("published") or entry.get("updated")
        if date:
            iso = to_iso_date(date) or _struct_date(entry.get("published_parsed") or entry.get("updated_parsed"))
            if iso:
                given["published"] = iso
            else:
                warnings.append(ReadWarning(where, "W102", f"feed item {number}: date {date!r} not understood"))
        try:
            if link:
                page, warning = fetcher.fetch(link)
                if warning:
                    warnings.append(warning)
            else:  # an item with its text in the feed and no page
                content = (entry.get("content") or [{}])[0].get("value") or entry.get("summary") or ""
                page = Fetched(where, where, "text/html; charset=utf-8", content.encode("utf-8"))
            yield from warnings
            key = article_key(feed.url, given["url"]) if given["url"] else where
            yield from _page_article(page, {k: v for k, v in given.items() if v}, {"outlet": outlet}, where, key)
        except KGError as err:
            yield type(err)(err.where, err.code, f"{err.reason} (item {number} of feed {feed.url})")


def _struct_date(value) -> str | None:
    if not value:
        return None
    try:
        return f"{value.tm_year:04d}-{value.tm_mon:02d}-{value.tm_mday:02d}"
    except AttributeError:
        return None


# -- fetching -------------------------------------------------------------------


class Fetcher:
    """An httpx client with the policy of ``ReadOptions`` and the cache."""

    def __init__(self, options):
        self.options = options
        self.cache = Cache(options.cache_dir) if options.cache_dir else None
        self._client = None
        self._last: dict[str, float] = {}  # host -> when it was last asked

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    @property
    def client(self):
        if self._client is None:
            import httpx

            self._client = httpx.Client(
                timeout=self.options.timeout, follow_redirects=False, trust_env=False,
                headers={"User-Agent": self.options.user_agent, "Accept": ACCEPT},
            )
        return self._client

    def fetch(self, url: str, feed: bool = False) -> tuple[Fetched, ReadWarning | None]:
        """The body at ``url``: from the cache for a page already fetched,
        else from the network (a feed, ``feed=True``, is asked again each
        time, conditionally, unless ``offline``)."""
        check_scheme(url)
        cached = self.cache.get(url) if self.cache else None
        opts = self.options
        if cached and (opts.offline or not (opts.refetch or (feed and is_feed(cached)))):
            return cached, None
        if opts.offline:
            raise ReadError(url, "E109", "not in the fetch cache, and --offline fetches nothing")
        try:
            fetched = self._get(url, cached)
        except ReadError as err:
            if cached is not None and err.code == "E109":  # the network failed us: the copy we have
                return cached, ReadWarning(url, "W103", f"used the cached copy: {err.reason}")
            raise
        if self.cache and not fetched.from_cache:
            self.cache.put(fetched)
        return fetched, None

    def _get(self, url: str, cached: Fetched | None) -> Fetched:
        import httpx

        opts = self.options
        asked = url
        conditional = {}
        if cached is not None and not opts.refetch:
            if cached.etag:
                conditional["If-None-Match"] = cached.etag
            if cached.last_modified:
                conditional["If-Modified-Since"] = cached.last_modified
        for _hop in range(opts.max_redirects + 1):
            check_address(url, opts.allow_private)
            for attempt in range(opts.retries + 1):
                last = attempt == opts.retries
                self._wait_turn(url)
                try:
                    with self.client.stream("GET", url, headers=conditional if url == asked else {}) as resp:
                        if resp.status_code in RETRY_STATUSES and not last:
                            _sleep(opts.backoff * 2**attempt, resp.headers.get("Retry-After"))
                            continue
                        if resp.is_redirect:
                            location = resp.headers.get("Location")
                            if not location:
                                raise ReadError(asked, "E109", f"HTTP {resp.status_code} without a Location")
                            url = urljoin(url, location)
                            check_scheme(url)
                            break
                        if resp.status_code == 304 and cached is not None:
                            return cached
                        if resp.status_code != 200:
                            raise ReadError(asked, "E109", f"HTTP {resp.status_code} from {url}")
                        body = _read_capped(resp, opts.max_bytes, asked)
                        return Fetched(asked, url, resp.headers.get("Content-Type", ""), body,
                                       resp.headers.get("ETag"), resp.headers.get("Last-Modified"))
                except httpx.HTTPError as exc:
                    if last:
                        tries = opts.retries + 1
                        raise ReadError(asked, "E109", f"fetch failed after {tries} tries: "
                                        f"{type(exc).__name__}: {exc}") from None
                    _sleep(opts.backoff * 2**attempt, None)
        raise ReadError(asked, "E109", f"more than {opts.max_redirects} redirects")

    def _wait_turn(self, url: str) -> None:
        """At most one request per ``delay`` seconds to one host."""
        host = urlsplit(url).netloc
        wait = self._last.get(host, 0.0) + self.options.delay - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        self._last[host] = time.monotonic()


def _read_capped(resp, max_bytes: int, url: str) -> bytes:
    declared = resp.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise ReadError(url, "E106", f"response of {declared} bytes is above the limit of {max_bytes}")
    chunks, size = [], 0
    for chunk in resp.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise ReadError(url, "E106", f"response is above the limit of {max_bytes} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _sleep(seconds: float, retry_after: str | None) -> None:
    if retry_after and retry_after.strip().isdigit():
        seconds = max(seconds, float(retry_after))
    time.sleep(min(seconds, MAX_RETRY_AFTER))


def check_scheme(url: str) -> None:
    """Only ``http`` and ``https`` URLs with a host are fetched (E109)."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise ReadError(url, "E109", f"only http and https URLs are fetched, not {parts.scheme or 'this'}:")
    if not parts.hostname:
        raise ReadError(url, "E109", "URL has no host")


def check_address(url: str, allow_private: bool) -> None:
    """Refuse (E109) a host that resolves to a loopback, private,
    link-local, multicast or reserved address, unless ``allow_private``."""
    check_scheme(url)
    if allow_private:
        return
    parts = urlsplit(url)
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80),
                                   proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise ReadError(url, "E109", f"cannot resolve host {parts.hostname}: {exc}") from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if not address.is_global:
            raise ReadError(url, "E109", f"host {parts.hostname} is a non-public address ({address}); "
                            "pass --allow-private to fetch from it")


# -- the cache ------------------------------------------------------------------


class Cache:
    """Fetched bodies on disk: ``DIR/HASH.body`` and ``DIR/HASH.json`` (URL,
    final URL, content type, ETag, Last-Modified), each written atomically."""

    def __init__(self, folder: str):
        self.folder = folder

    def _path(self, url: str) -> str:
        return os.path.join(self.folder, hashlib.sha256(url.encode("utf-8")).hexdigest()[:40])

    def get(self, url: str) -> Fetched | None:
        base = self._path(url)
        try:
            with open(base + ".json", encoding="utf-8") as fh:
                meta = json.load(fh)
            with open(base + ".body", "rb") as fh:
                body = fh.read()
        except (OSError, ValueError):
            return None
        if meta.get("url") != url:
            return None
        return Fetched(url, meta.get("final_url") or url, meta.get("content_type") or "", body,
                       meta.get("etag"), meta.get("last_modified"), from_cache=True)

    def put(self, fetched: Fetched) -> None:
        os.makedirs(self.folder, exist_ok=True)
        base = self._path(fetched.url)
        meta = {"url": fetched.url, "final_url": fetched.final_url, "content_type": fetched.content_type,
                "etag": fetched.etag, "last_modified": fetched.last_modified,
                "fetched": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
        for suffix, data in ((".body", fetched.body), (".json", json.dumps(meta).encode("utf-8"))):
            with open(base + suffix + ".part", "wb") as fh:
                fh.write(data)
            os.replace(base + suffix + ".part", base + suffix)
