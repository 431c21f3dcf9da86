"""One catalogue of the errors kg reports, each with a code.

Every message names the file (or store), the place and the reason on one line.

>>> str(ReadError("a.txt", "E101", "file is empty"))
'a.txt: E101 file is empty'
"""

from __future__ import annotations


class KGError(Exception):
    """Base class: ``where`` (a path, store or query name), a code and a reason."""

    def __init__(self, where: str, code: str, reason: str):
        super().__init__(f"{where}: {code} {reason}")
        self.where, self.code, self.reason = where, code, reason


class ReadError(KGError):
    """An article could not be read or decoded (E1xx)."""


class ExtractError(KGError):
    """Extraction failed on one article (E2xx)."""


class StoreError(KGError):
    """The store could not be opened, written or queried (E3xx)."""


class QueryError(KGError):
    """A query is unknown, malformed or refused (E4xx)."""


# The catalogue: code -> meaning. Messages add the specifics.
CODES = {
    "E101": "file is empty or whitespace only",
    "E102": "file is binary, not text",
    "E103": "file could not be decoded",
    "E104": "file could not be opened or vanished",
    "E105": "sidecar metadata is malformed",
    "E106": "file is larger than the size limit",
    "E107": "unsupported file type",
    "E201": "extraction failed",
    "E301": "store is locked by another writer",
    "E302": "store could not be opened",
    "E303": "remote store request failed",
    "E304": "store was built by an older kg; build a new one",
    "E401": "unknown query name",
    "E402": "missing or malformed query parameter",
    "E403": "query refused (update, SERVICE or LOAD)",
    "E404": "query exceeded its time limit",
    "E405": "malformed SPARQL query",
    "E406": "query exceeded its memory limit",
}
