"""Provides crash-safe TinyDB storage (temporary file, fsync, rename) and the lock around the user's store."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tinydb.storages import Storage


class StoreError(Exception):
    """A store could not be read or written; the message is one line for the user."""


class CorruptStoreError(StoreError):
    """A store file exists but does not hold what Briefing wrote."""


def atomic_write_text(path: Path, text: str) -> None:
    """Write a file so that a crash at any instant leaves either the old or the new content.

    The text goes to a temporary file in the same directory, is flushed and fsynced, then
    replaces the target with os.replace; the directory is fsynced so the rename itself is durable.

    Raises:
        StoreError: When the disk is full, the directory is read-only or the write fails otherwise;
            the old file is left as it was.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise StoreError(f"cannot write in {path.parent}: {error.strerror or error}") from error
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise StoreError(f"cannot write {path}: {error.strerror or error}") from error
    _fsync_path(path.parent)



def json_text(data: dict[str, Any]) -> str:
    """The compact JSON text the store writes (AtomicBatch.write_json, AtomicJSONStorage), also for a
    text made ahead of writing it."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


class AtomicBatch:
    """Many files written so that a crash leaves each one either old or new, at far less cost.

    atomic_write_text syncs each file and its directory: two waits on the disk per file, which
    dominates when an import writes thousands of small index files. A batch writes every file
    to its temporary name, syncs once, renames them all, and syncs once more. Files are flushed
    every `limit` characters so memory stays bounded (with limit=None, only at the end: then a
    failure anywhere leaves every target as it was). Use it as a context manager: on an error
    the temporary files are removed and the targets not yet flushed keep their old content.
    """

    def __init__(self, *, limit: int | None = 16_000_000) -> None:
        self.limit = limit
        self._pending: list[tuple[str, Path]] = []
        self._size = 0

    def write_json(self, path: Path, data: dict[str, Any]) -> None:
        self.write_text(path, json_text(data))

    def write_text(self, path: Path, text: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            self._pending.append((temporary, path))
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                stream.write(text)
        except OSError as error:
            self.discard()
            raise StoreError(f"cannot write {path}: {error.strerror or error}") from error
        self._size += len(text)
        if self.limit is not None and self._size >= self.limit:
            self.flush()

    def flush(self) -> None:
        """Make the written files durable, then put them in place."""
        if not self._pending:
            return
        try:
            _sync([temporary for temporary, _ in self._pending])
            for temporary, path in self._pending:
                os.replace(temporary, path)
        except OSError as error:
            folder = self._pending[0][1].parent
            self.discard()
            raise StoreError(f"cannot write in {folder}: {error.strerror or error}") from error
        _sync([str(directory) for directory in {path.parent for _, path in self._pending}])
        self._pending.clear()
        self._size = 0

    def discard(self) -> None:
        for temporary, _ in self._pending:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        self._pending.clear()
        self._size = 0

    def __enter__(self) -> AtomicBatch:
        return self

    def __exit__(self, kind: object, error: object, traceback: object) -> None:
        if kind is None:
            self.flush()
        else:
            self.discard()


def _sync(paths: list[str]) -> None:
    """Make files (or directories) durable: one sync of everything where the system has it."""
    if hasattr(os, "sync"):
        os.sync()
        return
    for path in paths:
        _fsync_path(path)


def _fsync_path(path: str | Path) -> None:
    """fsync a file or a directory (so that a rename in it is durable); best effort."""
    with contextlib.suppress(OSError):
        descriptor = os.open(path, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def read_json_file(path: Path) -> dict[str, Any] | None:
    """Read a JSON store file; None when it does not exist.

    Raises:
        CorruptStoreError: When the file is not JSON or not a JSON object.
        StoreError: When the file cannot be read (permissions, I/O error).
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except UnicodeDecodeError as error:
        raise CorruptStoreError(f"{path} is not UTF-8 text") from error
    except OSError as error:
        raise StoreError(f"cannot read {path}: {error.strerror or error}") from error
    if not text.strip():
        raise CorruptStoreError(f"{path} is empty")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise CorruptStoreError(f"{path} is not valid JSON (line {error.lineno}: {error.msg})") from error
    if not isinstance(data, dict):
        raise CorruptStoreError(f"{path} does not hold a JSON object")
    return data


class AtomicJSONStorage(Storage):
    """TinyDB storage that reads a JSON file and writes it atomically.

    TinyDB's own JSONStorage rewrites the file in place, so a crash mid-write can leave it
    truncated; this one never exposes a half-written file.
    """

    def __init__(self, path: str | os.PathLike[str], *, compact: bool = True) -> None:
        self.path = Path(path)
        self.compact = compact

    def read(self) -> dict[str, dict[str, Any]] | None:
        return read_json_file(self.path)

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        text = json_text(data) if self.compact else json.dumps(data, ensure_ascii=False, indent=1)
        atomic_write_text(self.path, text)

    def close(self) -> None:
        pass


@contextlib.contextmanager
def file_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive advisory lock on a lock file for a read-modify-write.

    Two Briefing processes (two TUIs, or the TUI and a CLI command) serialise their updates of
    the same store through it, so neither loses the other's change.
    """
    import fcntl

    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as error:
        raise StoreError(f"cannot lock {path}: {error.strerror or error}") from error
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(descriptor, fcntl.LOCK_UN)
        os.close(descriptor)
