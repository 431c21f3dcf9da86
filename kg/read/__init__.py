"""Read: files -> ``Article``.

Takes paths (files or folders of ``.txt``, ``.md``, ``.html``); gives one
``kg.records.Article`` per file: decoded and repaired text, metadata (sidecar,
page, inferred) and boilerplate marked (never cut), or a ``ReadError`` that
names the file. Imports only the records and errors below it.
"""

from .boilerplate import find_boilerplate
from .files import DEFAULT_MAX_BYTES, article_key, decode_bytes, iter_paths, path_key, read_article
from .metadata import build_meta, canonical_outlet, is_wire, load_sidecar, outlet_for_url

__all__ = [
    "DEFAULT_MAX_BYTES", "article_key", "build_meta", "canonical_outlet", "decode_bytes", "find_boilerplate", "is_wire",
    "iter_paths", "load_sidecar", "outlet_for_url", "path_key", "read_article",
]
