"""Where a store lives: a folder on disk (``Store``) or a SPARQL endpoint
(``RemoteStore``); ``open_store`` picks one from the location."""

from __future__ import annotations

import os

from .remote import RemoteStore
from .store import Store, default_store_path


def open_store(location: str | os.PathLike | None = None, *, read_only: bool = False):
    """A ``Store`` on disk, or a ``RemoteStore`` when ``location``
    is an ``http(s)://`` SPARQL endpoint URL (issue 7)."""
    location = str(location if location is not None else default_store_path())
    if location.startswith(("http://", "https://")):
        return RemoteStore(location, read_only=read_only)
    return Store(location, read_only=read_only)
