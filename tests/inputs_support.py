"""Shared helpers for the input tests: the realnews sample as records and
as a folder, and graph comparison that ignores only where a document was
read from (``kg:sourcePath``)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

SAMPLE = Path(__file__).resolve().parent / "data" / "realnews_sample"
NAMES = ("wn_002", "wn_004", "wn_005")  # three short articles of the dev split


def sample(names=NAMES) -> list[dict]:
    """Each article of the sample: its title line, body and sidecar fields."""
    out = []
    for name in names:
        [txt] = SAMPLE.glob(f"{name}_*.txt")
        meta = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        title, _, body = txt.read_text(encoding="utf-8").partition("\n\n")
        out.append({"name": txt.stem, "title": title, "body": body.rstrip("\n"), **meta})
    return out


def news_please(article: dict) -> dict:
    """A record as news-please writes it (maintext, date_publish, source_domain)."""
    return {
        "authors": [], "date_download": "2021-03-01 10:00:00", "date_modify": None,
        "date_publish": article["published"] + " 00:00:00", "description": article["body"][:80],
        "filename": article["name"] + ".json", "image_url": None, "language": "en",
        "localpath": None, "maintext": article["body"], "source_domain": article["outlet"],
        "title": article["title"], "title_page": None, "title_rss": None, "url": article["url"],
    }


def folder_of(articles: list[dict], folder: Path, **override) -> Path:
    """The equivalent folder: NAME.txt (title, blank line, body) and NAME.json."""
    folder.mkdir(parents=True, exist_ok=True)
    for a in articles:
        (folder / f"{a['name']}.txt").write_text(f"{a['title']}\n\n{a['body']}\n", encoding="utf-8")
        meta = {k: a[k] for k in ("title", "published", "outlet", "url")} | override
        (folder / f"{a['name']}.json").write_text(json.dumps(meta), encoding="utf-8")
    return folder


def copy_sample(folder: Path, names=NAMES) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        for f in SAMPLE.glob(f"{name}_*"):
            shutil.copy(f, folder / f.name)
    return folder


def graph_lines(store) -> set[str]:
    """The store's N-Quads without ``kg:sourcePath`` (the one triple that
    says which file or record an article was read from)."""
    lines = store.export_bytes("nquads").decode("utf-8").splitlines()
    return {line for line in lines if "sourcePath" not in line}


def page_html(article: dict, *, with_meta: bool = True, before: str = "", after: str = "",
              inside: str = "") -> str:
    """An HTML page of our own making around an article of the sample: head
    metadata (title, canonical URL, date, site name) when ``with_meta``, the
    headline, the paragraphs, and page furniture ``before``/``inside``/``after``
    the article element."""
    import html

    paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in article["body"].split("\n\n"))
    meta = ""
    if with_meta:
        meta = (f'<meta property="og:title" content="{html.escape(article["title"])}">\n'
                f'<link rel="canonical" href="{article["url"]}">\n'
                f'<meta property="article:published_time" content="{article["published"]}T09:00:00Z">\n'
                f'<meta property="og:site_name" content="{article["outlet"]}">\n')
    return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\n"
            f"<title>{html.escape(article['title'])}</title>\n{meta}</head>\n<body>\n{before}\n"
            f"<article>\n<h1>{html.escape(article['title'])}</h1>\n{paragraphs}\n{inside}\n</article>\n"
            f"{after}\n</body></html>\n")


def write_warc(path: Path, pages: list[tuple[str, str, str]], extra: bool = True) -> None:
    """A gzipped WARC written with warcio: for each (uri, html, WARC-Date) a
    request and an HTML response; with ``extra`` also a 404, an image and a
    redirect, which are no articles."""
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    def response(writer, uri, status, content_type, body, date):
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            uri, "response", payload=BytesIO(body), http_headers=headers,
            warc_headers_dict={"WARC-Date": date}))

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for uri, html, date in pages:
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
            writer.write_record(writer.create_warc_record(uri, "request", payload=BytesIO(b""),
                                                          http_headers=request,
                                                          warc_headers_dict={"WARC-Date": date}))
            response(writer, uri, "200 OK", "text/html; charset=utf-8", html.encode("utf-8"), date)
        if extra:
            response(writer, "https://example.org/gone", "404 Not Found", "text/html", b"<p>Not found</p>",
                     "2021-03-01T10:00:00Z")
            response(writer, "https://example.org/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n",
                     "2021-03-01T10:00:00Z")
            response(writer, "https://example.org/old", "301 Moved Permanently", "text/html", b"",
                     "2021-03-01T10:00:00Z")


class Site:
    """A real HTTP server on 127.0.0.1 (a thread) serving ``routes``: path ->
    (status, content type, body bytes, extra headers). Counts requests per
    path; answers ``If-None-Match`` with 304 when the ETag matches; a route
    whose status is a list serves its statuses in turn (then the last)."""

    def __init__(self, routes: dict):
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        self.routes = routes
        self.hits: dict[str, int] = {}
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                path = self.path.split("?")[0]
                site.hits[path] = site.hits.get(path, 0) + 1
                status, ctype, body, extra = site.routes.get(path, (404, "text/plain", b"not found", {}))
                if isinstance(status, list):
                    status = status[min(site.hits[path], len(status)) - 1]
                if callable(body):
                    body = body()
                etag = extra.get("ETag")
                if etag and self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for name, value in extra.items():
                    self.send_header(name, value)
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return self.base + path

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def rss(items: list[tuple[str, str, str]], title: str = "Wikinews") -> bytes:
    """An RSS 2.0 feed of (link, title, RFC 2822 date) items."""
    from xml.sax.saxutils import escape

    body = "".join(f"<item><title>{escape(t)}</title><link>{escape(link)}</link><pubDate>{d}</pubDate></item>"
                   for link, t, d in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>https://example.org/</link><description>news</description>{body}</channel></rss>").encode("utf-8")
