"""The on-disk store: exact replace and remove, one writer, exports that
round-trip in rdflib and pyoxigraph, validation and counts."""

from __future__ import annotations

import hashlib
import io
import subprocess
import sys
import time
from dataclasses import replace

import pyoxigraph as ox
import pytest
import rdflib
from conftest import ROOT
from graph_samples import TEXT, sample_extraction
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib.compare import isomorphic

from kg import vocab
from kg.errors import QueryError, StoreError
from kg.graph.quads import article_quads
from kg.graph.store import Store, default_store_path
from kg.records import Entity, Extraction, Role
from kg.resolve.entities import Resolver
from kg.vocab import KG, graph_iri

KEY1, KEY2 = "https://example.org/news/1", "https://example.org/news/2"


def build(store: Store, key: str, text: str = TEXT, outlet: str = "Example News", version="v1"):
    x = sample_extraction(text=text, key=key, path=f"corpus/{key[-1]}.txt", outlet=outlet)
    quads = article_quads(x, Resolver(), version, "m")
    store.replace_article(key, x.article.content_hash, quads, version=version)
    return x


def graph_quads(store: Store, key: str) -> set:
    g = ox.NamedNode(graph_iri(key))
    return set(store.raw.quads_for_pattern(None, None, None, g))


@pytest.fixture
def store(tmp_path):
    with Store(str(tmp_path / "store")) as s:
        build(s, KEY1)
        build(s, KEY2, outlet="Other Times")
        yield s


def test_default_store_path(monkeypatch):
    monkeypatch.delenv("KG_STORE", raising=False)
    assert default_store_path() == ".kg/store"
    monkeypatch.setenv("KG_STORE", "/tmp/elsewhere")
    assert default_store_path() == "/tmp/elsewhere"


def test_article_version_and_listing(store):
    x = sample_extraction()
    assert store.article_hash(KEY1) == x.article.content_hash
    assert store.article_version(KEY1) == (x.article.content_hash, "v1")
    assert store.article_version("https://example.org/absent") is None
    assert [a.key for a in store.articles()] == [KEY1, KEY2]


def test_replace_is_exact(store):
    other_before = graph_quads(store, KEY2)
    changed = "UPDATE: " + TEXT  # every offset moves
    build(store, KEY1, text=changed, version="v2")
    expected = article_quads(sample_extraction(text=changed, key=KEY1, path="corpus/1.txt"),
                             Resolver(), "v2", "m")
    g = ox.NamedNode(graph_iri(KEY1))
    assert graph_quads(store, KEY1) == {q for q in expected if q.graph_name == g}
    assert graph_quads(store, KEY2) == other_before
    assert store.article_version(KEY1)[1] == "v2"


def test_rebuild_is_idempotent(store):
    before = store.export_bytes("nquads")
    build(store, KEY1)
    assert store.export_bytes("nquads") == before


def test_remove_is_exact(tmp_path):
    with Store(str(tmp_path / "a")) as alone, Store(str(tmp_path / "b")) as both:
        build(alone, KEY2, outlet="Other Times")
        build(both, KEY1)
        build(both, KEY2, outlet="Other Times")
        assert both.remove_article(KEY1) is True
        assert both.remove_article(KEY1) is False
        assert both.export_bytes("nquads") == alone.export_bytes("nquads")
        assert both.article_hash(KEY1) is None


def test_quads_outside_the_graph_are_refused(tmp_path):
    with Store(str(tmp_path / "s")) as s:
        stray = ox.Quad(ox.NamedNode("http://x/a"), ox.NamedNode("http://x/p"), ox.Literal("1"))
        with pytest.raises(StoreError):
            s.replace_article(KEY1, "0" * 64, [stray])


def test_one_writer_at_a_time(tmp_path):
    path = str(tmp_path / "locked")
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from kg.graph.store import Store; s = Store(sys.argv[1]); "
         "print('open', flush=True); time.sleep(60)", path],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreError) as err:
            Store(path)
        assert err.value.code == "E301"
        assert str(holder.pid) in str(err.value) and "locked" in str(err.value)
    finally:
        holder.kill()
        holder.wait()
    deadline = time.time() + 10
    while True:  # the kernel released the lock with the process
        try:
            Store(path).close()
            break
        except StoreError:
            assert time.time() < deadline
            time.sleep(0.1)


def test_read_only_reader(tmp_path):
    path = str(tmp_path / "s")
    with Store(path) as s:
        build(s, KEY1)
    reader = Store.read_only(path)
    assert reader.stats()["articles"] == 1
    with pytest.raises(StoreError):
        reader.remove_article(KEY1)


def test_unopenable_store_is_a_store_error(tmp_path):
    bad = tmp_path / "file"
    bad.write_text("not a store")
    with pytest.raises(StoreError) as err:
        Store(str(bad))
    assert err.value.code == "E302"


def _rdflib_union(nquads: bytes) -> rdflib.Graph:
    ds = rdflib.Dataset()
    ds.parse(data=nquads, format="nquads")
    union = rdflib.Graph()
    for s, p, o, _g in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


@pytest.mark.parametrize("fmt,rdflib_fmt,ox_fmt", [
    ("turtle", "turtle", ox.RdfFormat.TURTLE),
    ("jsonld", "json-ld", ox.RdfFormat.JSON_LD),
])
def test_graph_exports_round_trip(store, fmt, rdflib_fmt, ox_fmt):
    reference = _rdflib_union(store.export_bytes("nquads"))
    data = store.export_bytes(fmt, with_sketches=True)
    assert isomorphic(rdflib.Graph().parse(data=data, format=rdflib_fmt), reference)
    parsed = {t.triple if isinstance(t, ox.Quad) else t for t in ox.parse(data, format=ox_fmt)}
    assert parsed == {q.triple for q in store.raw}
    # by default the same graph without the syndication sketches
    readable = {t.triple if isinstance(t, ox.Quad) else t
                for t in ox.parse(store.export_bytes(fmt), format=ox_fmt)}
    assert readable == {q.triple for q in store.raw if q.predicate != KG.sketchSlot}
    assert readable != parsed


@pytest.mark.parametrize("fmt,rdflib_fmt,ox_fmt", [
    ("trig", "trig", ox.RdfFormat.TRIG),
    ("nquads", "nquads", ox.RdfFormat.N_QUADS),
])
def test_dataset_exports_round_trip(store, fmt, rdflib_fmt, ox_fmt):
    data = store.export_bytes(fmt)
    assert set(ox.parse(data, format=ox_fmt)) == set(store.raw)
    ds = rdflib.Dataset()
    ds.parse(data=data, format=rdflib_fmt)
    for key in (KEY1, KEY2):
        ours = rdflib.Graph()
        for q in graph_quads(store, key):
            ours.parse(data=str(q.triple) + " .", format="nt")
        assert isomorphic(ds.graph(rdflib.URIRef(graph_iri(key))), ours)


def test_nquads_are_sorted_and_deterministic(store, tmp_path):
    data = store.export_bytes("nquads")
    lines = data.splitlines()
    assert lines == sorted(lines) and len(lines) == len(set(lines))
    with Store(str(tmp_path / "again")) as again:  # built in the other order
        build(again, KEY2, outlet="Other Times")
        build(again, KEY1)
        assert again.export_bytes("nquads") == data


def test_unknown_export_format(store):
    with pytest.raises(StoreError):
        store.export("rdfxml", io.BytesIO())


def test_validate_and_stats(store):
    conforms, report = store.validate()
    assert conforms, report
    stats = store.stats()
    assert stats["articles"] == 2
    # 10 statements, 2 of them the outlets' own voice (kg:Narration), not counted as attributions
    assert stats["attributions"] == 8 and stats["withdrawals"] == 4
    assert stats["claims"] == 10
    assert stats["entities"] == 9  # 7 named in the text (Berg is Anna Berg) + 2 outlets
    # each entity, claim and activity is described once: only a quoted
    # statement's words repeat, once per article that prints them
    assert 0 < stats["triples"] <= stats["quads"] <= stats["triples"] + 1


def test_query_binds_substitutions(store):
    rows = list(store.query(
        "SELECT DISTINCT ?e ?label WHERE { ?e skos:prefLabel ?label }", {"label": ox.Literal("Eastport")}))
    assert len(rows) == 1 and rows[0]["e"].value.endswith("/place/eastport")
    with pytest.raises(QueryError):
        store.query("SELECT WHERE {")


def test_closed_store_refuses(tmp_path):
    s = Store(str(tmp_path / "s"))
    s.close()
    with pytest.raises(StoreError):
        s.stats()
    Store(str(tmp_path / "s")).close()  # the lock was released


_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    with Store(str(tmp_path_factory.mktemp("hyp") / "store")) as s:
        yield s


@settings(max_examples=80, deadline=None)
@given(value=_TEXT, key=_TEXT)
def test_any_text_survives_replace_and_export(scratch, value, key):
    """The in-place replace goes through a SPARQL update built by pyoxigraph's
    own term serialiser: quotes, braces, backslashes and control characters
    stay data."""
    s = scratch
    g = ox.NamedNode(graph_iri(key))
    subject = ox.NamedNode(vocab.entity_iri(Entity(value, "Place", value)))
    quads = [ox.Quad(subject, vocab.SKOS.prefLabel, ox.Literal(value), g)]
    s.replace_article(key, "0" * 64, quads)
    s.replace_article(key, "1" * 64, quads)  # the in-place (update) path
    labels = [q.object.value for q in s.raw.quads_for_pattern(subject, None, None, None)]
    assert labels == [value]
    assert s.article_hash(key) == "1" * 64
    for fmt, ox_fmt in (("turtle", ox.RdfFormat.TURTLE), ("nquads", ox.RdfFormat.N_QUADS),
                        ("trig", ox.RdfFormat.TRIG), ("jsonld", ox.RdfFormat.JSON_LD)):
        parsed = {q.triple if isinstance(q, ox.Quad) else q
                  for q in ox.parse(s.export_bytes(fmt), format=ox_fmt)}
        assert parsed == {q.triple for q in s.raw}, fmt
    assert s.remove_article(key)
    assert len(s.raw) == 0


def test_a_store_whose_creation_was_killed_opens_for_writing(tmp_path):
    """RocksDB writes CURRENT last; a build killed while creating the store
    leaves a write-ahead log without it, over which RocksDB refuses to
    create a database. The writer clears those files (and only those)."""
    path = tmp_path / "store"
    raw = ox.Store(str(path))
    raw.add(ox.Quad(ox.NamedNode("urn:x:s"), ox.NamedNode("urn:x:p"), ox.Literal("o")))
    del raw
    (path / "CURRENT").unlink()
    with pytest.raises(RuntimeError, match="existing log file"):
        ox.Store(str(path))  # what the writer met before
    store = Store(str(path))
    try:
        assert store.stats()["articles"] == 0
        assert (path / "CURRENT").exists()
    finally:
        store.close()


def test_a_folder_with_other_files_is_never_cleared(tmp_path):
    path = tmp_path / "store"
    path.mkdir()
    (path / "notes.txt").write_text("mine")
    (path / "LOG").write_text("also mine")
    Store(str(path)).close()
    assert (path / "notes.txt").read_text() == "mine"


_ROLE_TEXT = ("PORT ELLIS (Example News) - Northland Defense Ministry spokeswoman Lena Holt said "
              "the harbour bridge was closed.")
_NAMED_TEXT = "PORT ELLIS (Other Times) - The Northland Defense Ministry closed the harbour bridge."


def _role_extraction(key: str, with_role: bool) -> Extraction:
    """An article giving the Northland Defense Ministry a spokeswoman, or
    one only naming the ministry."""
    from graph_samples import mention, span

    text = _ROLE_TEXT if with_role else _NAMED_TEXT
    article = replace(sample_extraction(key=key, path=f"corpus/{key[-1]}.txt").article, text=text,
                      content_hash=hashlib.sha256(text.encode()).hexdigest())
    ministry = mention(text, "Northland Defense Ministry", "Organisation")
    if not with_role:
        return Extraction(article, (ministry,), (), ())
    holt = mention(text, "Lena Holt", "Person")
    role = Role(holt, span(text, "spokeswoman"), ministry, span(text, "Northland Defense Ministry spokeswoman Lena Holt"))
    return Extraction(article, (ministry, holt), (), (), (), (role,))


def test_a_body_of_roles_is_found_by_part_of_its_name_while_an_article_gives_it_a_role(tmp_path):
    from kg.graph import queries
    from kg.resolve import fold

    def body_keys(s):
        return {q.object.value for q in s.raw.quads_for_pattern(None, KG.bodyKey, None, None)}

    with Store(str(tmp_path / "store")) as s:
        for key, with_role in ((KEY1, True), (KEY2, False)):
            x = _role_extraction(key, with_role)
            s.replace_article(key, x.article.content_hash, article_quads(x, Resolver(), "v1", "m"), version="v1")
        # every run of whole words of the body's names, British spelling;
        # nobody else (the spokeswoman holds a role, she is no body)
        assert {fold(n) for n in ("Northland Defence Ministry", "Defence Ministry", "Northland", "Ministry")} \
            <= body_keys(s)
        assert not any("holt" in k or "lena" in k for k in body_keys(s))
        for asked in ("Defence Ministry", "defense ministry", "the Northland Defence Ministry", "Ministry"):
            _cols, rows = queries.run(s, "who-speaks-for", {"body": asked})
            assert [r[:3] for r in rows] == [["Lena Holt", "spokeswoman", "Northland Defense Ministry"]], asked
        assert queries.run(s, "who-speaks-for", {"body": "Southland Defence Ministry"})[1] == []
        # the article giving the role goes: the body is still named, its
        # labels stay, its search keys go with the role
        assert s.remove_article(KEY1)
        assert body_keys(s) == set()
        assert queries.run(s, "aliases", {"name": "Northland Defense Ministry"})[1]
        assert queries.run(s, "who-speaks-for", {"body": "Defence Ministry"})[1] == []
