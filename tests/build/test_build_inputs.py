"""Real corpora in: a JSON Lines file in news-please layout, a CSV and a
JSON array each give the graph that the equivalent folder of ``.txt`` files
with sidecars gives; one bad record fails alone; an interrupted build
resumes without parsing again what landed. Real model, real store on disk."""

from __future__ import annotations

import csv
import gzip
import json

import pytest

from inputs_support import folder_of, graph_lines, news_please, sample
from kg.build import build
from kg.graph import Store

pytestmark = [pytest.mark.model, pytest.mark.slow]


@pytest.fixture(scope="module")
def articles():
    return sample()


@pytest.fixture(scope="module")
def folder_graph(tmp_path_factory, articles):
    """The reference: the sample as a folder of .txt files with sidecars."""
    base = tmp_path_factory.mktemp("folder")
    folder = folder_of(articles, base / "corpus")
    store = Store(str(base / "store"))
    report = build([str(folder)], store)
    assert report.errors == [] and report.articles == 3
    return graph_lines(store), report


def _built(tmp_path, path, **kwargs):
    store = Store(str(tmp_path / "store"))
    return store, build([str(path)], store, **kwargs)


def test_news_please_jsonl_gives_the_folder_graph(tmp_path, articles, folder_graph):
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(news_please(a)) + "\n" for a in articles), encoding="utf-8")
    store, report = _built(tmp_path, path)
    assert report.errors == [] and report.articles == 3
    lines, reference = folder_graph
    assert graph_lines(store) == lines
    assert report.attributions == reference.attributions > 0
    assert report.entities == reference.entities
    assert sorted(a.key for a in store.articles()) == sorted(a["url"] for a in articles)


def test_csv_and_gzipped_json_array_give_the_folder_graph(tmp_path, articles, folder_graph):
    path = tmp_path / "export.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["headline", "body", "link", "published", "outlet"])
        for a in articles:
            writer.writerow([a["title"], a["body"], a["url"], a["published"], a["outlet"]])
    store, report = _built(tmp_path / "csv", path)
    assert report.errors == [] and report.articles == 3
    assert graph_lines(store) == folder_graph[0]

    trafilatura_layout = [{"title": a["title"], "text": a["body"], "source": a["url"], "date": a["published"],
                           "sitename": a["outlet"], "hostname": "en.wikinews.org"} for a in articles]
    path = tmp_path / "dump.json.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        json.dump(trafilatura_layout, fh)
    # "source" is no usual name for the URL: set it explicitly
    from kg.read import ReadOptions, RecordFields

    store, report = _built(tmp_path / "json", path, read_options=ReadOptions(fields=RecordFields(url="source")))
    assert report.errors == [] and report.articles == 3
    assert graph_lines(store) == folder_graph[0]


def test_one_bad_record_fails_alone(tmp_path, articles):
    a, b, c = (news_please(x) for x in articles)
    del b["maintext"]
    lines = [json.dumps(a), "[1, 2]", "{not json", json.dumps(b), "", json.dumps({**c, "url": None})]
    path = tmp_path / "corpus.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    store, report = _built(tmp_path, path)
    assert [(e.where, e.code) for e in report.errors] == [
        (f"{path}#2", "E108"), (f"{path}#3", "E108"), (f"{path}#4", "E101")]
    assert "record has no text (looked for: maintext, text, body" in report.errors[2].reason
    # the record without a URL is keyed by the file and its record number
    keys = {x.key for x in store.articles()}
    assert report.articles == 2 and a["url"] in keys
    assert [k for k in keys if k != a["url"]][0].endswith("corpus.jsonl.gz#6")


def test_interrupted_jsonl_build_resumes_without_parsing_what_landed(tmp_path, articles, monkeypatch):
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(news_please(a)) + "\n" for a in articles), encoding="utf-8")
    store = Store(str(tmp_path / "store"))

    class Interrupted(Exception):
        pass

    def stop_after_first(_where):
        raise Interrupted

    with pytest.raises(Interrupted):  # the build dies right after the first article was written
        build([str(path)], store, batch_size=1, on_article=stop_after_first)
    assert [x.key for x in store.articles()] == [articles[0]["url"]]

    import kg.build.stages as stages

    parsed = []
    real = stages.extract_articles

    def counting(items, *args, **kwargs):
        def seen():
            for item in items:
                parsed.append(item.key)
                yield item
        return real(seen(), *args, **kwargs)

    monkeypatch.setattr(stages, "extract_articles", counting)
    report = build([str(path)], store, batch_size=1)
    assert report.skipped == 1 and report.articles == 2 and report.errors == []
    assert parsed == [articles[1]["url"], articles[2]["url"]]
    assert len(store.articles()) == 3


def test_warc_gives_the_folder_graph(tmp_path, articles):
    from inputs_support import page_html, write_warc

    pages = [(a["url"], page_html(a), "2021-03-01T10:00:00Z") for a in articles]
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, pages)
    store, report = _built(tmp_path / "warc", warc)
    assert report.errors == [] and report.warnings == [] and report.articles == 3

    folder = tmp_path / "pages"
    folder.mkdir()
    for a, (uri, html, _date) in zip(articles, pages):
        (folder / f"{a['name']}.html").write_text(html, encoding="utf-8")
        (folder / f"{a['name']}.json").write_text(json.dumps({"url": uri}), encoding="utf-8")
    reference, ref_report = _built(tmp_path / "folder", folder)
    assert ref_report.errors == [] and ref_report.articles == 3
    assert graph_lines(store) == graph_lines(reference)
    assert report.attributions == ref_report.attributions > 0
    assert sorted(a.key for a in store.articles()) == sorted(a["url"] for a in articles)


def test_feed_gives_the_folder_graph_and_takes_only_new_items(tmp_path, articles):
    """A feed served on 127.0.0.1: its items' pages give the folder's graph; the
    next run asks for the feed again (304) and takes nothing; a new item is
    the only article built; with the server gone the cache still builds."""
    from inputs_support import Site, page_html, rss

    from kg.read import ReadOptions

    import datetime as dt
    from email.utils import format_datetime

    dates = [format_datetime(dt.datetime.fromisoformat(a["published"] + "T09:00:00+00:00")) for a in articles]
    pages = {f"/{i}.html": (200, "text/html; charset=utf-8", page_html(a).encode("utf-8"), {})
             for i, a in enumerate(articles)}
    site = Site(pages)
    items = [(site.url(f"/{i}.html"), a["title"], d) for i, (a, d) in enumerate(zip(articles, dates))]
    site.routes["/feed.xml"] = (200, "application/rss+xml", rss(items[:2]), {"ETag": '"v1"'})
    options = ReadOptions(allow_private=True, backoff=0.01, delay=0.0)
    try:
        store, report = _built(tmp_path / "feed", site.url("/feed.xml"), read_options=options)
        assert report.errors == [] and report.warnings == [] and report.articles == 2
        assert (tmp_path / "feed" / "cache").is_dir()  # next to the store

        folder = tmp_path / "pages"
        folder.mkdir()
        for i, (a, (link, title, _d)) in enumerate(zip(articles[:2], items)):
            (folder / f"{i}.html").write_bytes(pages[f"/{i}.html"][2])
            sidecar = {"url": link, "title": title, "published": a["published"]}
            (folder / f"{i}.json").write_text(json.dumps(sidecar), encoding="utf-8")
        reference, ref_report = _built(tmp_path / "folder", folder)
        assert ref_report.articles == 2 and graph_lines(store) == graph_lines(reference)

        again = build([site.url("/feed.xml")], store, read_options=options)
        assert (again.articles, again.skipped, again.errors) == (0, 2, [])
        assert site.hits == {"/feed.xml": 2, "/0.html": 1, "/1.html": 1}  # the feed answered 304

        site.routes["/feed.xml"] = (200, "application/rss+xml", rss(items), {"ETag": '"v2"'})
        newer = build([site.url("/feed.xml")], store, read_options=options)
        assert (newer.articles, newer.skipped, newer.errors) == (1, 2, [])
        assert site.hits == {"/feed.xml": 3, "/0.html": 1, "/1.html": 1, "/2.html": 1}
    finally:
        site.close()
    offline = build([site.url("/feed.xml")], store, read_options=options)
    assert (offline.articles, offline.skipped, offline.errors) == (0, 3, [])
    assert [w.code for w in offline.warnings] == ["W103"]
    assert len(store.articles()) == 3


def test_page_urls_give_the_folder_graph(tmp_path, articles):
    """Pages served on 127.0.0.1, each named by its URL: the graph of the same
    HTML files whose sidecars give those URLs."""
    from inputs_support import Site, page_html

    from kg.read import ReadOptions

    pages = {f"/story/{i}": (200, "text/html; charset=utf-8", page_html(a, with_meta=i != 0).encode("utf-8"), {})
             for i, a in enumerate(articles[:2])}
    site = Site(pages)
    try:
        urls = [site.url(p) for p in pages]
        store = Store(str(tmp_path / "web" / "store"))
        report = build(urls, store, read_options=ReadOptions(allow_private=True, delay=0.0))
    finally:
        site.close()
    assert report.errors == [] and report.articles == 2
    folder = tmp_path / "pages"
    folder.mkdir()
    for i, (path, (_s, _t, body, _h)) in enumerate(pages.items()):
        (folder / f"{i}.html").write_bytes(body)
        (folder / f"{i}.json").write_text(json.dumps({"url": site.url(path)}), encoding="utf-8")
    reference, ref_report = _built(tmp_path / "folder", folder)
    assert ref_report.articles == 2 and graph_lines(store) == graph_lines(reference)
    assert sorted(a.key for a in store.articles()) == sorted(urls)
