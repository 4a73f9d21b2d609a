"""File safety in one place: atomic, durable writes and the one-writer lock.

Every file the app writes (session files, backups, exports, printed packs, the demo) goes
through :func:`atomic_write_text` or :func:`atomic_write_bytes`: the data goes to a temporary
file in the same folder, is fsynced, and ``os.replace``s the old file, so a kill at any instant
leaves either the old or the new file, never a mix. On Windows ``os.replace`` can fail for a
moment while a virus scanner holds the file: it retries, and never drops the write silently.
:func:`create_exclusive_bytes` writes a new file the same way but never replaces one: of two
processes creating the same file, the second gets ``FileExistsError``. :func:`session_lock`
is the lock that lets only one process write a session (:func:`acquire` waits for it a
little); :func:`remove_stale_temps` clears the temporary files a killed process left behind.
"""

from __future__ import annotations

import errno
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPLACE_RETRIES = 40
REPLACE_PAUSE = 0.05
TEMP_SUFFIX = ".tmp"
NO_SPACE = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})
"""The errnos of a full disk or an exhausted quota."""
STALE_TEMP_AGE = 24 * 3600.0
"""A temporary file older than this (seconds) belongs to no running write: it is removed."""


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; a no-op elsewhere)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def replace_with_retry(src: str | Path, dst: str | Path) -> None:
    """``os.replace`` that waits out short-lived locks (Windows) before giving up."""
    for attempt in range(REPLACE_RETRIES):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if attempt == REPLACE_RETRIES - 1:
                raise
            time.sleep(REPLACE_PAUSE)


def _keep_mode(tmp: str, path: Path) -> None:
    # mkstemp makes 0600 files; keep the old file's mode, or use the usual 0644.
    try:
        mode = path.stat().st_mode & 0o777
    except OSError:
        mode = 0o644
    try:
        os.chmod(tmp, mode)
    except OSError:
        pass


def _unlink_quietly(path: str | Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _durable_temp(path: Path, data: bytes, durable: bool = True) -> str:
    """A fsynced (if ``durable``) temporary file beside ``path`` holding ``data``; its name is
    returned."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        _keep_mode(tmp, path)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
    except BaseException:
        _unlink_quietly(tmp)
        raise
    return tmp


def atomic_write_bytes(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write ``data`` to ``path`` atomically and durably (temp file, fsync, replace).

    ``durable=False`` leaves out both fsyncs, for a file that may be lost in a power cut but
    must never be read half written (the beamer's view file: a fsync blocked the app ~7 ms)."""
    tmp = _durable_temp(path, data, durable)
    try:
        replace_with_retry(tmp, path)
    except BaseException:
        _unlink_quietly(tmp)
        raise
    if durable:
        fsync_dir(path.parent)


def atomic_write_text(path: Path, text: str, *, durable: bool = True) -> None:
    """Write ``text`` (UTF-8, newlines as they are) to ``path`` atomically and durably (see
    :func:`atomic_write_bytes` for ``durable``)."""
    atomic_write_bytes(path, text.encode("utf-8"), durable=durable)


def create_exclusive_bytes(path: Path, data: bytes) -> None:
    """Create ``path`` holding ``data``; ``FileExistsError`` if it exists, whoever made it.

    The data is written and fsynced in a temporary file first, then linked to ``path`` in one
    step that fails when the name is taken, so the file appears whole or not at all (a full
    disk leaves nothing behind). Where the file system has no hard links, the name is claimed
    with ``O_CREAT | O_EXCL`` and the full temporary file then replaces the empty claim."""
    tmp = _durable_temp(path, data)
    try:
        try:
            os.link(tmp, path)
        except FileExistsError:
            raise
        except (OSError, NotImplementedError) as exc:
            if isinstance(exc, OSError) and exc.errno in NO_SPACE:
                raise
            _claim_and_replace(tmp, path)
    finally:
        _unlink_quietly(tmp)
    fsync_dir(path.parent)


def _claim_and_replace(tmp: str, path: Path) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    os.close(fd)
    try:
        replace_with_retry(tmp, path)
    except BaseException:
        _unlink_quietly(path)  # the empty claim is ours: never leave it behind
        raise


def remove_stale_temps(folder: Path, *, older_than: float = STALE_TEMP_AGE,
                       now: float | None = None) -> list[Path]:
    """Remove the temporary files (``.NAME.XXXX.tmp``) in ``folder`` older than
    ``older_than`` seconds: a process killed mid-write left them; none is still being
    written after that long. Returns what was removed; a file that cannot go stays."""
    now = time.time() if now is None else now
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        if not (entry.name.startswith(".") and entry.name.endswith(TEMP_SUFFIX)):
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            if now - entry.stat(follow_symlinks=False).st_mtime < older_than:
                continue
            os.unlink(entry.path)
            removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


class LockTaken(Exception):
    """Another process (or another store in this one) holds the lock."""


class SessionLock:
    """An exclusive lock on ``PATH.lock``: ``flock`` on POSIX, ``msvcrt.locking`` on
    Windows. The operating system drops it when the process dies, so a crash never leaves a
    session locked. (A small module of our own: the ``filelock`` package cost ~10 ms of
    start-up for the same two system calls.)"""

    def __init__(self, path: Path) -> None:
        self.lock_path = Path(str(path) + ".lock")
        self._fd: int | None = None

    @property
    def is_locked(self) -> bool:
        """Whether this object holds the lock."""
        return self._fd is not None

    def acquire(self, timeout: float = 0.0, poll_interval: float = 0.05) -> None:
        """Take the lock, waiting up to ``timeout`` seconds. ``LockTaken`` when another
        holder keeps it; ``OSError`` when the lock file cannot be made (a read-only
        folder)."""
        if self._fd is not None:
            return
        deadline = time.monotonic() + timeout
        while not self._try():
            if time.monotonic() >= deadline:
                raise LockTaken(str(self.lock_path))
            time.sleep(poll_interval)

    def _open(self) -> int:
        flags = os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
        try:
            return os.open(self.lock_path, os.O_RDWR | flags, 0o644)
        except PermissionError:  # a lock file made by someone else: reading is enough
            return os.open(self.lock_path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))

    def _try(self) -> bool:
        fd = self._open()
        try:
            if sys.platform == "win32":  # pragma: no cover - Windows
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            if isinstance(exc, BlockingIOError) or exc.errno in (errno.EACCES, errno.EAGAIN,
                                                                  errno.EDEADLK):
                return False
            raise
        self._fd = fd
        return True

    def release(self) -> None:
        """Let go of the lock (the lock file stays; it holds nothing)."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            if sys.platform == "win32":  # pragma: no cover - Windows
                import msvcrt

                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_UN)
        except OSError:
            pass
        finally:
            os.close(fd)

    def __enter__(self) -> SessionLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def __del__(self) -> None:  # a store dropped without close() must not keep the session
        try:
            self.release()
        except Exception:  # noqa: BLE001 - at interpreter exit the OS lets go anyway
            pass


def session_lock(path: Path) -> SessionLock:
    """The lock that makes one process the writer of the session file ``path``.

    Not yet acquired: call :func:`acquire` (or ``acquire()``: ``LockTaken`` at once when
    another process has it; ``OSError`` when the lock file cannot be made, e.g. in a
    read-only folder)."""
    return SessionLock(path)


def acquire(lock: SessionLock, wait: float = 0.0,
            on_wait: Callable[[], None] | None = None) -> None:
    """Take ``lock``; when another process holds it, call ``on_wait()`` (to say so) and wait
    up to ``wait`` seconds for it. Raises ``LockTaken`` when it stays taken."""
    try:
        lock.acquire()
        return
    except LockTaken:
        if wait <= 0:
            raise
    if on_wait is not None:
        on_wait()
    lock.acquire(timeout=wait)
