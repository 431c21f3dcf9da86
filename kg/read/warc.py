"""Web archives -> ``Article``s: the HTML responses of a WARC file
(``.warc``, ``.warc.gz``, as Common Crawl's CC-NEWS and newsroom archives
write them), read record by record with warcio.

Each HTML response (or resource) with status 200 is one article: the body
decoded by the charset its HTTP header names (else as any HTML file), its
key and URL the record's ``WARC-Target-URI``, its date the page's own or
else the record's ``WARC-Date`` (the capture: a bound on publication; see
``metadata.build_meta``). Other
records (requests, metadata, redirects, images) are passed over. A record
that fails is one ``ReadError`` naming ``FILE#N`` (N counts every WARC
record, from 1) and its URL.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.errors import KGError, ReadError, ReadWarning
from kg.records import Article

from .files import article_key, decode_page, make_article

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: str, max_bytes: int) -> Iterator[Article | KGError]:
    """Every HTML response of the WARC file ``path`` as an ``Article``, or
    the error (or warning) naming ``path#N``."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        handle = open(path, "rb")
    except FileNotFoundError:
        raise ReadError(path, "E104", "file not found (missing or vanished)") from None
    except OSError as exc:
        raise ReadError(path, "E104", f"cannot open file: {exc.strerror or exc}") from None
    number = pages = 0
    with handle:
        if not _starts_as_archive(handle):
            raise ReadError(path, "E108", "not a web archive (no WARC/ or ARC header at the start)")
        try:
            for record in ArchiveIterator(handle, arc2warc=True):
                number += 1
                if not _is_html_page(record):
                    continue
                pages += 1
                yield from _record_article(path, number, record, max_bytes)
        except ArchiveLoadFailed as exc:
            yield ReadError(f"{path}#{number + 1}", "E108", f"not a readable WARC record: {exc}")
        except (OSError, EOFError) as exc:
            yield ReadError(f"{path}#{number + 1}", "E104", f"archive cannot be read on: {exc}")
            return
        except Exception as exc:  # noqa: BLE001 -- warcio on a cut or garbled record: the records before stand
            yield ReadError(f"{path}#{number + 1}", "E108",
                            f"archive record cannot be read: {type(exc).__name__}: {exc}")
            return
    if not number:
        yield ReadError(path, "E108", "holds no WARC record: is it a web archive?")
    elif not pages:
        yield ReadWarning(path, "W104", f"web archive has no HTML response with status 200 ({number} records)")


def _starts_as_archive(handle) -> bool:
    """The file opens with a WARC or ARC header (after gunzip when gzipped)."""
    import zlib

    head = handle.read(512)
    handle.seek(0)
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return False
    return head.lstrip().startswith((b"WARC/", b"filedesc://"))


def _is_html_page(record) -> bool:
    if record.rec_type not in ("response", "resource"):
        return False
    if record.rec_type == "response":
        if record.http_headers is None or record.http_headers.get_statuscode() != "200":
            return False
        content_type = record.http_headers.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    return content_type.split(";")[0].strip().lower() in HTML_TYPES


def _record_article(path: str, number: int, record, max_bytes: int) -> Iterator[Article | KGError]:
    uri = record.rec_headers.get_header("WARC-Target-URI") or None
    where = f"{path}#{number}"
    stream = record.content_stream()
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        yield ReadError(where, "E106", f"response body of {uri} is above the limit of {max_bytes} bytes")
        return
    given = {"url": uri} if uri else None  # where the page was captured: its own address
    headers = {"published": record.rec_headers.get_header("WARC-Date")}  # when: a bound, not its date
    content_type = ""
    if record.http_headers is not None:
        content_type = record.http_headers.get_header("Content-Type") or ""
    warnings: list[KGError] = []
    try:
        text, encoding = decode_page(data, content_type, where)
        article = make_article(where, article_key(path, uri, number), text, "html", encoding,
                               given=given, headers=headers, warnings=warnings, noun="page")
    except KGError as err:
        yield type(err)(err.where, err.code, f"{err.reason} ({uri})")
        return
    yield from warnings
    yield article
