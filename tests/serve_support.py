"""Helpers for the endpoint, browser and viz tests: a small store built from
hand-written articles through the real RDF mapper and store, and a real
``kg serve`` process on a free loopback port."""

from __future__ import annotations

import hashlib
import os
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass

import httpx

from kg.records import Article, Attribution, Extraction, Mention, Meta, Span

# Invented people, places and outlets: nothing here names a seed article.
ARTICLES = [
    ("sample/a.txt", "Harbour Courier", "2024-03-02",
     'Minister Ada Byrne said that "the northern brigade has left Vellmar for good". '
     "The Coastal Guard denied that the brigade had left Vellmar.",
     [("claims", "Ada Byrne", "said", "the northern brigade has left Vellmar for good"),
      ("denies", "Coastal Guard", "denied", "the brigade had left Vellmar")]),
    ("sample/b.txt", "Evening Ledger", "2024-03-05",
     "The Coastal Guard confirmed that Ada Byrne visited Vellmar on Monday. "
     "Ada Byrne has not confirmed the visit to Vellmar.",
     [("confirms", "Coastal Guard", "confirmed", "Ada Byrne visited Vellmar on Monday"),
      ("not_confirmed", "Ada Byrne", "has not confirmed", "the visit to Vellmar")]),
]
TYPES = {"Ada Byrne": "Person", "Coastal Guard": "Organisation", "Vellmar": "Place"}


def _span(text: str, words: str, start_at: int = 0) -> Span:
    start = text.index(words, start_at)
    return Span(start, start + len(words), words)


def sample_extractions() -> list[Extraction]:
    out = []
    for path, outlet, date, text, statements in ARTICLES:
        mentions = []
        for name, type_ in TYPES.items():
            pos = 0
            while (pos := text.find(name, pos)) >= 0:
                mentions.append(Mention(Span(pos, pos + len(name), name), type_, name))
                pos += len(name)
        attributions = []
        for relation, speaker, cue, content in statements:
            content_span = _span(text, content)
            cue_span = _span(text, cue)
            source = _span(text, speaker)
            attributions.append(Attribution(relation, cue_span, content_span, source,
                                            Mention(source, TYPES[speaker], speaker)))
        article = Article(path=path, key=path, text=text,
                          content_hash=hashlib.sha256(text.encode()).hexdigest(),
                          meta=Meta(outlet=outlet, published=date, title=f"Report from {outlet}"))
        out.append(Extraction(article, tuple(sorted(mentions, key=lambda m: m.span)),
                              tuple(attributions), ()))
    return out


def build_sample_store(path: str) -> str:
    """The sample articles written into a real on-disk store at ``path``."""
    from kg.graph.quads import article_quads
    from kg.graph.store import Store
    from kg.resolve.entities import Resolver

    resolver = Resolver()
    with Store(path) as store:
        for x in sample_extractions():
            store.replace_article(x.article.key, x.article.content_hash,
                                  article_quads(x, resolver, "test"), "test")
    return path


def entity_iri(name: str) -> str:
    from kg.records import Entity
    from kg.resolve.entities import Resolver
    from kg.vocab import entity_iri as mint

    mention = Mention(Span(0, len(name), name), TYPES[name], name)
    e = Resolver().entity(mention)
    return mint(Entity(e.key, e.type, e.name))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass(frozen=True)
class Server:
    url: str
    process: subprocess.Popen
    log: str


@contextmanager
def running_server(store: str, *extra: str, timeout: float = 5.0, log_dir: str | None = None):
    """``kg serve`` in a subprocess on a free port; yields when it answers."""
    port = free_port()
    log = os.path.join(log_dir or os.path.dirname(store), f"serve-{port}.log")
    cmd = [sys.executable, "-c", "from kg.cli import app; app()", "serve", "--store", store,
           "--port", str(port), "--timeout", str(timeout), *extra]
    with open(log, "wb") as fh:
        proc = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(url + "/sparql", params={"query": "ASK {}"}, timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("kg serve did not start:\n" + open(log).read())
            time.sleep(0.2)
        yield Server(url, proc, log)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


def article_versions() -> list[Extraction]:
    """Two versions of one article (the second with one more statement), for
    tests that rewrite an article while someone reads."""
    path, outlet, date, text, statements = ARTICLES[0]
    longer = text + " Ada Byrne later denied that the brigade was in Vellmar."
    extra = [*statements, ("denies", "Ada Byrne", "later denied", "the brigade was in Vellmar")]
    saved = ARTICLES[:]
    try:
        ARTICLES[:] = [(path, outlet, date, text, statements)]
        first = sample_extractions()[0]
        ARTICLES[:] = [(path, outlet, date, longer, extra)]
        second = sample_extractions()[0]
    finally:
        ARTICLES[:] = saved
    return [first, second]


def write_versions(path: str, rounds: int) -> None:
    """Replace one article ``rounds`` times, alternating its two versions."""
    from kg.graph.quads import article_quads
    from kg.graph.store import Store
    from kg.resolve.entities import Resolver

    resolver = Resolver()
    versions = [(x, article_quads(x, resolver, "test")) for x in article_versions()]
    with Store(path) as store:
        for i in range(rounds):
            x, quads = versions[i % 2]
            store.replace_article(x.article.key, x.article.content_hash, quads, "test")
