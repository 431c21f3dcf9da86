"""Read: inputs -> ``Article``.

Takes paths and URLs: files or folders of ``.txt``, ``.md``, ``.html``;
corpus files with one article per record (``.jsonl``, ``.json``, ``.csv``,
``.tsv``, also gzipped); web archives (``.warc``, ``.warc.gz``); http(s)
URLs of pages and RSS/Atom feeds. Gives one ``kg.records.Article`` per
document: decoded and repaired text, metadata (sidecar or record fields,
page, headers, inferred) and boilerplate marked (never cut), or a
``ReadError`` that names the file, the record (``FILE#N``) or the URL.
Imports only the records and errors below it.
"""

from .boilerplate import find_boilerplate
from .corpus import FIELD_NAMES, RecordFields
from .furniture import furniture_ranges, is_credit
from .files import DEFAULT_MAX_BYTES, INPUTS_HELP, article_key, decode_bytes, iter_paths, path_key, read_article
from .metadata import build_meta, canonical_outlet, is_wire, load_sidecar, outlet_for_url
from .sources import ReadOptions, input_kind, is_many, read_sources

__all__ = [
    "DEFAULT_MAX_BYTES", "FIELD_NAMES", "INPUTS_HELP", "ReadOptions", "RecordFields", "article_key",
    "build_meta", "canonical_outlet", "decode_bytes", "find_boilerplate", "furniture_ranges", "input_kind", "is_credit", "is_many", "is_wire",
    "iter_paths", "load_sidecar", "outlet_for_url", "path_key", "read_article", "read_sources",
]
