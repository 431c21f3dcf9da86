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

    def _render_traceback_(self) -> list[str]:
        """What IPython and Jupyter show: one line, as the CLI does, not a traceback."""
        return [f"{type(self).__name__}: {self}"]


class ReadError(KGError):
    """An article could not be read or decoded (E1xx)."""


class ReadWarning(KGError):
    """An article was read but something about it is doubtful (W1xx); the
    build reports it and goes on (``--strict`` stops on it)."""


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
    "E108": "a record of a corpus file is malformed",
    "E109": "a URL could not be fetched or is not allowed",
    "E110": "two inputs with the same identity (url)",
    "W101": "the page's article text is a small fraction of its visible text",
    "W102": "a record's or feed item's date was not understood (inferred instead)",
    "W103": "a feed could not be fetched; its cached copy was used",
    "W104": "a web archive holds no HTML page",
    "E201": "extraction failed",
    "E202": "article ran past its time budget (--article-timeout) and was abandoned",
    "E301": "store is locked by another writer",
    "E302": "store could not be opened",
    "E303": "remote store request failed",
    "E304": "error report could not be written",
    "E305": "a file or folder could not be read or written",
    "E401": "unknown query name",
    "E402": "missing or malformed query parameter",
    "E403": "query refused (update, SERVICE or LOAD)",
    "E404": "query exceeded its time limit",
    "E405": "malformed SPARQL query",
    "E406": "query exceeded its memory limit",
    "E407": "server busy: the client's share of query workers is in use",
}
