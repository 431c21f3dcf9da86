"""Reads that stay whole while a writer works: the writer publishes checkpoints.

RocksDB (under pyoxigraph) does not support a read-only instance opened on a
database that another process is writing: compaction deletes files the
reader has not opened yet, and a query can then fail or run away with memory.
So while a writer holds the store, no reader opens the live database. After
every commit the writer publishes a RocksDB checkpoint (``Store.backup``: hard
links, a millisecond) into ``STORE.snapshots/N`` and names the latest in
``STORE.snapshots/current``; a reader opens that checkpoint, which nothing
ever writes. Two kinds of ``flock`` keep it exact:

- ``STORE.readers``: a reader of the live database holds it shared; a writer
  holds it exclusively while it is open, after waiting for the live readers
  to finish. A reader that cannot take it shared knows a writer is at work
  and reads the latest checkpoint instead.
- each checkpoint directory: a reader holds it shared while it reads; the
  writer deletes a superseded checkpoint only when it can lock it
  exclusively, and otherwise leaves it for later (or the next writer).

A writer killed mid-build leaves its checkpoints behind but not its lock, so
readers go back to the live database at once; the next writer clears them.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import time

import pyoxigraph as ox

from kg.errors import StoreError

CURRENT = "current"
# A writer waits this long for readers of the live database to finish.
WRITER_WAIT = 60.0
# A reader waits this long for a starting or finishing writer's checkpoint.
READER_WAIT = 30.0
# Messages of a read-only open that raced the creation of a new store.
TRANSIENT_ERRORS = (
    "No such file or directory", "Corruption", "IO error", "Column family not found",
    "Inserts are only possible on read-write instances",
)


def readers_path(store_path: str) -> str:
    return store_path.rstrip("/\\") + ".readers"


def snapshots_path(store_path: str) -> str:
    return store_path.rstrip("/\\") + ".snapshots"


def _open_live(path: str) -> ox.Store:
    """A read-only open of a store no writer is changing. A store still
    being created (by a writer that has not yet taken the readers' lock) can
    lack its files for an instant: those errors are retried."""
    for attempt in range(8):
        try:
            return ox.Store.read_only(path)
        except (OSError, RuntimeError) as err:
            if attempt == 7 or not any(t in str(err) for t in TRANSIENT_ERRORS):
                raise
            time.sleep(0.02 * (attempt + 1))
    raise AssertionError("unreachable")


class Hold:
    """An open descriptor whose ``flock`` keeps a reader's view valid; the
    lock goes with ``close`` or when the object is collected."""

    def __init__(self, fd: int):
        self.fd: int | None = fd

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)  # closing the descriptor drops its lock
            self.fd = None

    __del__ = close


def _open_checkpoint(folder: str) -> tuple[ox.Store, Hold] | None:
    """The checkpoint at ``folder`` opened read-only, with the descriptor
    whose shared lock keeps the writer from deleting it; None if it has gone."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except FileNotFoundError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH)  # waits only while the writer deletes it
        if os.stat(folder).st_ino != os.fstat(fd).st_ino:
            raise FileNotFoundError(folder)
        return ox.Store.read_only(folder), Hold(fd)
    except (FileNotFoundError, NotADirectoryError):
        os.close(fd)
        return None
    except BaseException:
        os.close(fd)
        raise


def _latest(store_path: str) -> str | None:
    folder = snapshots_path(store_path)
    try:
        with open(os.path.join(folder, CURRENT), encoding="utf-8") as fh:
            name = fh.read().strip()
    except FileNotFoundError:
        return None
    return os.path.join(folder, name) if name else None


def open_for_reading(store_path: str) -> tuple[ox.Store, Hold | None]:
    """A read-only view of the store that no concurrent writer can break:
    ``(store, hold)``. The hold keeps the view valid; give it to ``release``
    once the store is dropped."""
    if not os.path.isdir(store_path):
        return _open_live(store_path), None  # (raises: no store here)
    deadline = time.monotonic() + READER_WAIT
    while True:
        try:
            fd = os.open(readers_path(store_path), os.O_RDONLY | os.O_CREAT, 0o666)
        except OSError:  # a folder we may not write: no writer can work there either
            return _open_live(store_path), None
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)  # a writer is at work: read its latest checkpoint
            folder = _latest(store_path)
            opened = _open_checkpoint(folder) if folder else None
            if opened is not None:
                return opened
        else:
            try:
                return _open_live(store_path), Hold(fd)
            except BaseException:
                os.close(fd)
                raise
        if time.monotonic() > deadline:
            raise StoreError(store_path, "E302", "a writer holds the store but published no "
                             "readable checkpoint; retry when the build has finished")
        time.sleep(0.02)


def release(hold: Hold | None) -> None:
    if hold is not None:
        hold.close()


class Checkpoints:
    """The writer's side: publish a checkpoint after each commit, hold the
    readers' lock while open, clear the checkpoints on close."""

    def __init__(self, store_path: str):
        """Take the readers' lock, waiting for readers of the live store to
        finish; call before the writer opens the database, and ``publish``
        once it is open (readers wait for that first checkpoint)."""
        self.path = store_path
        self.folder = snapshots_path(store_path)
        self.serial = 0
        self._unpoint()  # a killed writer's pointer, and its checkpoints no reader holds
        self._retire(keep=None)
        self.hold = Hold(os.open(readers_path(store_path), os.O_RDONLY | os.O_CREAT, 0o666))
        deadline = time.monotonic() + WRITER_WAIT
        while True:
            try:
                fcntl.flock(self.hold.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    self.hold.close()
                    raise StoreError(store_path, "E301", "store is open for reading by another "
                                     "process; close it or wait for its query to finish") from None
                time.sleep(0.05)
        os.makedirs(self.folder, exist_ok=True)

    def publish(self, store: ox.Store) -> None:
        """Checkpoint the committed state and make it the one readers open."""
        self.serial += 1
        name = f"{os.getpid()}-{self.serial}"
        store.backup(os.path.join(self.folder, name))
        pointer = os.path.join(self.folder, CURRENT)
        with open(pointer + ".tmp", "w", encoding="utf-8") as fh:
            fh.write(name)
        os.replace(pointer + ".tmp", pointer)
        self._retire(keep=name)

    def _retire(self, keep: str | None) -> None:
        """Delete every checkpoint but ``keep`` that no reader holds."""
        try:
            names = os.listdir(self.folder)
        except FileNotFoundError:
            return
        for name in names:
            folder = os.path.join(self.folder, name)
            if name == keep or not os.path.isdir(folder):
                continue
            fd = os.open(folder, os.O_RDONLY)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                shutil.rmtree(folder, ignore_errors=True)
            except BlockingIOError:
                pass  # a reader still uses it: later
            finally:
                os.close(fd)

    def _unpoint(self) -> None:
        for name in (CURRENT, CURRENT + ".tmp"):
            try:
                os.unlink(os.path.join(self.folder, name))
            except FileNotFoundError:
                pass

    def close(self) -> None:
        """Readers go back to the live store: the pointer first, then the lock."""
        self._unpoint()
        if getattr(self, "hold", None) is not None:
            self.hold.close()
        self._retire(keep=None)
        try:
            os.rmdir(self.folder)
        except OSError:
            pass  # a reader still holds a checkpoint; the next writer clears it
