"""Graph: records -> RDF quads -> stores, and back out.

Takes an ``Extraction`` and a resolver; gives one named graph of quads per
article (``article_quads``), written to a pyoxigraph store on disk
(``Store``) or a SPARQL endpoint (``RemoteStore``; ``open_store`` picks by
location). Out of a store: the query library (``queries``: ``load``,
``run``), the networkx view (``to_networkx``) and JSON lines of records
(``extraction_lines``).
"""

from . import queries
from .jsonl import extraction_lines
from .location import open_store
from .network import to_networkx
from .quads import article_quads
from .shared import SHARED, settled_quads
from .remote import RemoteStore
from .snapshots import open_for_reading, release
from .store import TRANSIENT_ERRORS, Store, default_store_path, validate_turtle

__all__ = [
    "RemoteStore", "SHARED", "Store", "TRANSIENT_ERRORS", "article_quads", "default_store_path",
    "extraction_lines", "open_for_reading", "open_store", "queries", "release", "settled_quads",
    "to_networkx", "validate_turtle",
]
