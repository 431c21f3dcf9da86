"""Reading the new kinds of input without the model: record fields under
their usual and explicit names, metadata precedence, WARC headers, keys,
errors naming FILE#N. Real files, real warcio."""

from __future__ import annotations

import json

from inputs_support import page_html, sample, write_warc
from kg.errors import KGError, ReadWarning
from kg.read import ReadOptions, RecordFields, read_sources


def _read(paths, **options):
    return list(read_sources([str(p) for p in paths], ReadOptions(**options)))


def test_warc_headers_give_url_and_date_when_the_page_has_none(tmp_path):
    a, b = sample()[:2]
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, [(a["url"], page_html(a, with_meta=False), "2021-03-01T10:00:00Z"),
                      (b["url"], page_html(b), "2021-03-01T10:05:00Z")])
    first, second = _read([warc])
    assert first.key == first.meta.url == a["url"]
    assert first.meta.published == "2021-03-01" and "published" in first.meta.inferred
    assert "url" not in first.meta.inferred
    assert first.path == f"{warc}#2"  # record 1 is the request
    assert second.meta.published == b["published"]  # the page's own date wins over the capture date
    assert second.meta.outlet == "Wikinews" and second.meta.title == b["title"]
    assert "Nevada" in first.text and first.text.count("\n") > 3


def test_record_fields_usual_names_explicit_names_and_dates(tmp_path):
    path = tmp_path / "c.jsonl"
    rows = [
        {"Headline": "Port reopens", "Content": "The port reopened on Monday, officials said.",
         "published_at": "Mon, 04 Mar 2019 08:00:00 GMT", "Publisher": "www.reuters.com"},
        {"story_text": "A second story.", "when": 1551686400, "title": "Second"},
        {"text": "Third story.", "date": "sometime"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    one, two, three, third = _read([path])
    assert one.text == "Port reopens\n\nThe port reopened on Monday, officials said.\n"
    assert (one.meta.title, one.meta.published, one.meta.outlet) == ("Port reopens", "2019-03-04", "Reuters")
    assert one.key.endswith("c.jsonl#1") and one.path == f"{path}#1"
    assert isinstance(two, KGError) and two.code == "E101" and two.where == f"{path}#2"
    assert isinstance(three, ReadWarning) and three.code == "W102" and three.where == f"{path}#3"
    assert third.meta.published is None and third.text == "Third story.\n"
    fields = RecordFields(text="story_text", published="when")
    got = _read([path], fields=fields)
    assert [type(x).__name__ for x in got] == ["ReadError", "Article", "ReadError"]
    assert got[1].meta.published == "2019-03-04" and got[1].text.startswith("Second\n\nA second story.")


def test_sidecars_named_explicitly_are_metadata_not_corpora(tmp_path):
    (tmp_path / "a.txt").write_text("Troops entered the town on Monday, the army said.\n", encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"url": "https://example.org/a"}), encoding="utf-8")
    got = _read([tmp_path / "a.txt", tmp_path / "a.json"])
    assert [x.key for x in got] == ["https://example.org/a"]


def test_folder_walk_takes_jsonl_and_warc_but_not_csv(tmp_path):
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": "One story."}) + "\n", encoding="utf-8")
    (tmp_path / "table.csv").write_text("x,y\n1,2\n", encoding="utf-8")
    got = _read([tmp_path])
    assert [x.path for x in got] == [f"{tmp_path}/a.jsonl#1"]


def test_unsupported_input_says_what_is_supported(tmp_path):
    path = tmp_path / "x.docx"
    path.write_bytes(b"PK\x03\x04")
    [err] = _read([path])
    assert err.code == "E107" and ".jsonl" in err.reason and "URLs" in err.reason


# -- fetching: a real server on 127.0.0.1 ------------------------------------------

import time  # noqa: E402

import pytest  # noqa: E402

from inputs_support import Site  # noqa: E402

PAGE = page_html(sample()[0]).encode("utf-8")


@pytest.fixture
def site():
    def slow():
        time.sleep(1.0)
        return PAGE

    s = Site({
        "/a.html": (200, "text/html; charset=utf-8", PAGE, {}),
        "/flaky.html": ([503, 200], "text/html", PAGE, {"Retry-After": "0"}),
        "/down.html": (503, "text/html", b"busy", {}),
        "/loop": (302, "text/html", b"", {"Location": "/loop"}),
        "/to-file": (302, "text/html", b"", {"Location": "file:///etc/passwd"}),
        "/big.html": (200, "text/html", b"<p>" + b"x" * 5000 + b"</p>", {}),
        "/slow.html": (200, "text/html", slow, {}),
        "/doc.pdf": (200, "application/pdf", b"%PDF-1.4", {}),
    })
    yield s
    s.close()


def _fetch(url, **options):
    options = {"allow_private": True, "backoff": 0.01, "delay": 0.0, **options}
    return _read([url], **options)


def test_a_page_url_is_one_article_keyed_by_its_url(site, tmp_path):
    [article] = _fetch(site.url("/a.html"), cache_dir=str(tmp_path / "cache"))
    assert article.key == article.path == site.url("/a.html")
    assert article.meta.title == sample()[0]["title"] and "Nevada" in article.text
    # the cache answers the next read: no request
    [again] = _fetch(site.url("/a.html"), cache_dir=str(tmp_path / "cache"), offline=True)
    assert again.content_hash == article.content_hash and site.hits["/a.html"] == 1


def test_retries_with_back_off_then_gives_up(site):
    [article] = _fetch(site.url("/flaky.html"))
    assert article.key.endswith("/flaky.html") and site.hits["/flaky.html"] == 2
    [err] = _fetch(site.url("/down.html"), retries=2)
    assert (err.code, site.hits["/down.html"]) == ("E109", 3) and "HTTP 503" in err.reason


def test_refusals_redirect_cap_size_cap_and_timeout(site):
    [err] = _read([site.url("/a.html")])  # loopback needs --allow-private
    assert err.code == "E109" and "--allow-private" in err.reason and "/a.html" not in site.hits
    [err] = _read(["file:///etc/passwd"])
    assert err.code == "E109" and "only http and https" in err.reason
    [err] = _fetch(site.url("/loop"), max_redirects=3)
    assert err.code == "E109" and "more than 3 redirects" in err.reason and site.hits["/loop"] == 4
    [err] = _fetch(site.url("/to-file"))
    assert err.code == "E109" and "only http and https" in err.reason
    [err] = _fetch(site.url("/big.html"), max_bytes=1000)
    assert err.code == "E106"
    [err] = _fetch(site.url("/slow.html"), timeout=0.2, retries=1)
    assert err.code == "E109" and "after 2 tries" in err.reason and "Timeout" in err.reason
    [err] = _fetch(site.url("/doc.pdf"))
    assert err.code == "E107" and "application/pdf" in err.reason


def test_empty_truncated_and_broken_corpora_and_archives(tmp_path):
    import gzip

    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n", encoding="utf-8")
    [err] = _read([empty])
    assert (err.where, err.code) == (str(empty), "E101")

    records = "".join(json.dumps({"text": f"Story number {i} said the mayor."}) + "\n" for i in range(200))
    whole = gzip.compress(records.encode("utf-8"))
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(whole[: len(whole) // 2])  # a download cut off half way
    got = _read([cut])
    assert all(type(x).__name__ == "Article" for x in got[:-1]) and len(got) > 2
    assert got[-1].code == "E104" and got[-1].where == f"{cut}#{len(got)}"

    broken = tmp_path / "broken.json"
    broken.write_text('[{"text": "One story."}, {"text": "Two stories."}, {"text": ', encoding="utf-8")
    one, two, err = _read([broken])
    assert (one.text, two.text) == ("One story.\n", "Two stories.\n")
    assert (err.where, err.code) == (f"{broken}#3", "E108")

    a = sample()[0]
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, [(a["url"], page_html(a), "2021-03-01T10:00:00Z")] * 2)
    data = warc.read_bytes()
    (tmp_path / "cut.warc.gz").write_bytes(data[: len(data) - 200])
    got = _read([tmp_path / "cut.warc.gz"])
    assert type(got[0]).__name__ == "Article" and got[-1].code in ("E104", "E108")

    only_images = tmp_path / "images.warc.gz"
    write_warc(only_images, [])
    [warning] = _read([only_images])
    assert (warning.code, warning.where) == ("W104", str(only_images))

    garbage = tmp_path / "garbage.warc"
    garbage.write_bytes(b"this is not an archive\n" * 10)
    [err] = _read([garbage])
    assert err.code == "E108" and err.where == str(garbage)


@pytest.mark.parametrize("url", ["http://169.254.169.254/latest/meta-data/", "http://[::1]:8080/", "http://10.0.0.7/",
                                 "https://0.0.0.0/", "http://[::ffff:127.0.0.1]/", "http://192.168.1.1/feed.xml"])
def test_non_public_addresses_are_refused_before_any_request(url):
    [err] = _read([url])
    assert err.code == "E109" and "non-public address" in err.reason and err.where == url


@pytest.mark.parametrize("url", ["ftp://example.org/a.html", "gopher://example.org/", "http:///nohost"])
def test_other_schemes_and_hostless_urls_are_refused(url):
    [err] = _read([url])
    assert err.code == "E109"


def test_atom_feed_items_carry_their_own_metadata(tmp_path):
    a, b = sample()[:2]
    site = Site({"/a.html": (200, "text/html; charset=utf-8", page_html(a, with_meta=False).encode("utf-8"), {})})
    atom = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wikinews</title><id>urn:x</id><updated>2019-02-08T00:00:00Z</updated>
<entry><title>{a['title']}</title><link href="/a.html"/><id>urn:a</id><published>{a['published']}T08:00:00Z</published>
<updated>{a['published']}T08:00:00Z</updated></entry>
<entry><title>{b['title']}</title><id>urn:b</id><updated>{b['published']}T08:00:00Z</updated>
<content type="html">&lt;p&gt;{b['body'].split(chr(10))[0]}&lt;/p&gt;</content></entry>
</feed>""".encode("utf-8")
    site.routes["/atom.xml"] = (200, "application/atom+xml", atom, {})
    try:
        first, second = _fetch(site.url("/atom.xml"), cache_dir=str(tmp_path / "cache"))
    finally:
        site.close()
    assert first.key == first.path == site.url("/a.html")
    assert (first.meta.title, first.meta.published, first.meta.outlet) == (a["title"], a["published"], "Wikinews")
    assert {"title", "published", "url"}.isdisjoint(first.meta.inferred) and "outlet" in first.meta.inferred
    # an entry without a link: its content in the feed is the article
    assert second.key == f"{site.url('/atom.xml')}#2" and second.meta.published == b["published"]
    assert b["body"].split("\n")[0][:60] in second.text
