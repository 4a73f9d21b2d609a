"""File safety in one place: atomic, durable writes and the one-writer lock.

Every file the app writes (session files, backups, exports, printed packs, the demo) goes
through :func:`atomic_write_text` or :func:`atomic_write_bytes`: the data goes to a temporary
file in the same folder, is fsynced, and ``os.replace``s the old file, so a kill at any instant
leaves either the old or the new file, never a mix. On Windows ``os.replace`` can fail for a
moment while a virus scanner holds the file: it retries, and never drops the write silently.
:func:`session_lock` is the lock that lets only one process write a session.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from filelock import FileLock

REPLACE_RETRIES = 40
REPLACE_PAUSE = 0.05


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


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically and durably (temp file, fsync, replace)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        _keep_mode(tmp, path)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        replace_with_retry(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    fsync_dir(path.parent)


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8, newlines as they are) to ``path`` atomically and durably."""
    atomic_write_bytes(path, text.encode("utf-8"))


def session_lock(path: Path) -> FileLock:
    """The lock that makes one process the writer of the session file ``path``.

    Not yet acquired: call ``acquire()`` (``filelock.Timeout`` when another process has it)."""
    return FileLock(str(path) + ".lock", timeout=0)
