"""Corpus files -> one ``Article`` per record: JSON Lines (``.jsonl``,
``.ndjson``), a JSON array (``.json``), CSV and TSV, each also gzipped.

Scrapers and datasets keep many articles in one file: news-please and
trafilatura write one JSON object per article, exports are CSV. The file
is streamed record by record (ijson for a JSON array, one line at a time for
JSON Lines, the csv module for CSV), so a 10 GB corpus holds no more memory
than one record. Each record is its own article with its own key
(``files.article_key``: its URL, else ``FILE#N``) and its own error: a bad
record is one ``ReadError`` naming ``FILE#N`` and the rest go on.

The fields are found under their usual names (``FIELD_NAMES``, first match,
any case) or under the names given in ``RecordFields``. A record's text is
its title line, a blank line and its body (as a page shows it; as the
realnews and seed ``.txt`` files are written), unless the body already opens
with the title.

>>> pick({"MainText": "Body.", "title": "T"}, FIELD_NAMES["text"], None)
'Body.'
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass

from kg.errors import KGError, ReadError, ReadWarning
from kg.records import Article
from kg.vocab import article_url

from .files import article_key, decode_bytes, make_article
from .metadata import outlet_name, to_iso_date

# Usual names of each field, in order of preference (news-please, trafilatura,
# common dataset exports). Matched case-insensitively.
FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "text": ("maintext", "text", "body", "content", "article", "article_text", "full_text", "story"),
    "title": ("title", "headline", "title_page", "title_rss"),
    "url": ("url", "link", "article_url", "source_url", "uri", "canonical_url"),
    "published": ("date_publish", "published", "publish_date", "date_published", "published_at",
                  "pubdate", "date", "datetime"),
    "outlet": ("outlet", "source_domain", "sitename", "site_name", "publisher", "source_name",
               "hostname", "domain", "source"),
}

JSON_LINES = ("jsonl", "ndjson")
CORPUS_KINDS = (*JSON_LINES, "json", "csv", "tsv")


@dataclass(frozen=True)
class RecordFields:
    """Field names set explicitly (``kg build --text-field`` ...); ``None``
    keeps the usual names of ``FIELD_NAMES``."""

    text: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None


def corpus_kind(path: str) -> str | None:
    """``jsonl``, ``ndjson``, ``json``, ``csv`` or ``tsv`` for a corpus file
    (also gzipped: ``corpus.jsonl.gz``), else ``None``."""
    name = path.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    ext = os.path.splitext(name)[1].lstrip(".")
    return ext if ext in CORPUS_KINDS else None


def read_corpus(path: str, fields: RecordFields, max_bytes: int) -> Iterator[Article | KGError]:
    """Every record of the corpus file ``path`` as an ``Article``, or the
    ``ReadError`` (and ``ReadWarning``) naming ``path#N``. A file that cannot
    be opened at all raises ``ReadError`` naming the file."""
    kind = corpus_kind(path)
    records = {"json": _json_records, "csv": _csv_records, "tsv": _csv_records}.get(kind, _jsonl_records)
    seen = False
    with _open(path) as handle:
        for number, record in records(handle, path, max_bytes):
            seen = True
            where = f"{path}#{number}"
            if isinstance(record, KGError):
                yield record
                continue
            warnings: list[KGError] = []
            try:
                article = record_article(path, number, record, fields, max_bytes, warnings)
            except KGError as err:
                yield err
                continue
            except Exception as err:  # noqa: BLE001 -- one record's oddity fails that record only
                yield ReadError(where, "E108", f"record could not be read: {type(err).__name__}: {err}")
                continue
            yield from warnings
            yield article
    if not seen:
        raise ReadError(path, "E101", "corpus file holds no records")


def _open(path: str):
    if not os.path.exists(path):
        raise ReadError(path, "E104", "file not found (missing or vanished)")
    if not os.path.isfile(path):
        raise ReadError(path, "E104", "not a regular file")
    try:
        return gzip.open(path, "rb") if path.lower().endswith(".gz") else open(path, "rb")
    except OSError as exc:
        raise ReadError(path, "E104", f"cannot open file: {exc.strerror or exc}") from None


# -- records ------------------------------------------------------------------


def _jsonl_records(handle, path: str, max_bytes: int) -> Iterator[tuple[int, dict | KGError]]:
    """(line number, object) for each non-blank line; a line that is not a
    JSON object, or too long, is an error of its own."""
    number = 0
    try:
        while True:
            line = handle.readline(max_bytes + 1)
            if not line:
                return
            number += 1
            where = f"{path}#{number}"
            if len(line) > max_bytes and not line.endswith(b"\n"):
                while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                    pass  # skip the rest of the over-long line
                yield number, ReadError(where, "E106", f"record is above the limit of {max_bytes} bytes")
                continue
            if not line.strip():
                continue
            try:
                text, _ = decode_bytes(line, where)
                record = json.loads(text)
            except KGError as err:
                yield number, err
                continue
            except json.JSONDecodeError as exc:
                yield number, ReadError(where, "E108", f"invalid JSON at column {exc.colno}: {exc.msg}")
                continue
            yield number, record
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield number + 1, ReadError(f"{path}#{number + 1}", "E104", f"file cannot be read on: {exc}")


def _json_records(handle, path: str, max_bytes: int) -> Iterator[tuple[int, dict | KGError]]:
    """(position, item) for each item of a top-level JSON array (streamed
    with ijson); a top-level object is one record. A syntax error ends the
    file there: the records before it stand."""
    import ijson

    head = handle.peek(64)[:64] if hasattr(handle, "peek") else b""
    first = head.lstrip(codecs.BOM_UTF8 + b" \t\r\n")[:1]
    prefix = "item" if first == b"[" else ""
    number = 0
    try:
        for number, record in enumerate(ijson.items(handle, prefix, use_float=True), start=1):
            yield number, record
    except (ijson.JSONError, ijson.IncompleteJSONError) as exc:
        where = f"{path}#{number + 1}"
        yield number + 1, ReadError(where, "E108", f"invalid JSON from this record on: {exc}")
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield number + 1, ReadError(f"{path}#{number + 1}", "E104", f"file cannot be read on: {exc}")


def _csv_records(handle, path: str, max_bytes: int) -> Iterator[tuple[int, dict | KGError]]:
    """(row number, row as a dict) under the header row; UTF-8 (with or
    without BOM), bytes that are not UTF-8 read as Windows-1252."""
    tsv = corpus_kind(path) == "tsv"
    csv.field_size_limit(max(max_bytes, csv.field_size_limit()))
    text = io.TextIOWrapper(handle, encoding="utf-8-sig", errors="kg-cp1252", newline="")
    reader = csv.DictReader(text, dialect="excel-tab" if tsv else "excel")
    number = 0
    while True:
        number += 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield number, ReadError(f"{path}#{number}", "E108", f"malformed CSV row: {exc}")
            continue
        except (OSError, EOFError, gzip.BadGzipFile) as exc:
            yield number, ReadError(f"{path}#{number}", "E104", f"file cannot be read on: {exc}")
            return
        row.pop(None, None)  # cells beyond the header
        yield number, row


# -- one record -> Article ------------------------------------------------------


def pick(record: dict, names: tuple[str, ...], explicit: str | None):
    """The value of the first of ``names`` in ``record`` (any case), or of
    ``explicit`` alone when given; ``None`` when absent or empty."""
    if explicit is not None:
        names = (explicit,)
    folded = {str(k).casefold(): v for k, v in record.items()}
    for name in names:
        value = record.get(name, folded.get(name.casefold()))
        if value not in (None, "", [], {}):
            return value
    return None


def record_article(
    path: str, number: int, record, fields: RecordFields, max_bytes: int, warnings: list
) -> Article:
    """One record -> ``Article`` (raises ``ReadError`` naming ``path#N``)."""
    where = f"{path}#{number}"
    if not isinstance(record, dict):
        raise ReadError(where, "E108", f"record is a JSON {type(record).__name__}, not an object")
    values = {name: pick(record, FIELD_NAMES[name], getattr(fields, name)) for name in FIELD_NAMES}
    body = values["text"]
    if body is None:
        looked = getattr(fields, "text") or ", ".join(FIELD_NAMES["text"])
        raise ReadError(where, "E101", f"record has no text (looked for: {looked})")
    for name, value in values.items():
        if name != "published" and value is not None and not isinstance(value, str):
            raise ReadError(where, "E108", f"field {name!r} must be a string, got {type(value).__name__}")
    if len(body) > max_bytes:
        raise ReadError(where, "E106", f"record text has {len(body)} characters, above the limit of {max_bytes}")
    given = {}
    if values["title"]:
        given["title"] = " ".join(values["title"].split())
    if values["url"]:
        if article_url(values["url"]) is None:  # no javascript: or file: link from a record
            raise ReadError(where, "E108", f"field 'url' must be an http(s) URL or a URN, "
                            f"got {values['url'].strip()[:80]!r}")
        given["url"] = values["url"].strip()
    if values["outlet"]:
        given["outlet"] = outlet_name(values["outlet"])
    if values["published"] is not None:
        date = to_iso_date(values["published"])
        if date:
            given["published"] = date
        else:
            warnings.append(ReadWarning(where, "W102", f"date {values['published']!r} not understood; inferred instead"))
    text = compose_text(given.get("title"), body)
    key = article_key(path, given.get("url"), number)
    return make_article(where, key, text, "text", "utf-8", given=given, noun="record")


def compose_text(title: str | None, body: str) -> str:
    """The article as a page shows it: the title line, a blank line, the body
    (the body alone when it already opens with the title).

    >>> compose_text("Troops enter town", "The army said so.")
    'Troops enter town\\n\\nThe army said so.\\n'
    """
    body = body.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    if not title or body.lstrip().startswith(title):
        return body + "\n"
    return f"{title}\n\n{body}\n"


__all__ = ["CORPUS_KINDS", "FIELD_NAMES", "RecordFields", "corpus_kind", "read_corpus", "record_article"]
