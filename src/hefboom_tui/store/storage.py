"""A TinyDB ``Storage`` that never leaves a half-written file.

TinyDB's stock ``JSONStorage`` rewrites the file in place (seek, write, truncate): a crash
in the middle leaves a file that no longer parses. This storage writes the whole document to
a temporary file in the same folder, fsyncs it and ``os.replace``s it over the old file, so a
kill at any instant leaves either the old or the new file. On Windows ``os.replace`` can fail
for a moment while a virus scanner or another process holds the file: it retries, and never
drops the write silently.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from hefboom_tui.model.session import plain

REPLACE_RETRIES = 40
REPLACE_PAUSE = 0.05


def _fsync_dir(folder: Path) -> None:
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


def keep_mode(tmp: str, path: Path) -> None:
    # mkstemp makes 0600 files; keep the old file's mode, or use the usual 0644.
    try:
        mode = path.stat().st_mode & 0o777
    except OSError:
        mode = 0o644
    try:
        os.chmod(tmp, mode)
    except OSError:
        pass


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically and durably (temp file, fsync, replace)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        keep_mode(tmp, path)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        replace_with_retry(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    _fsync_dir(path.parent)


def dumps(data: Any) -> str:
    """The session file's JSON text (UTF-8, readable accents); dataclass documents are
    written as their fields (see ``model.session.table_view``)."""
    return json.dumps(data, ensure_ascii=False, default=plain)


class AtomicJSONStorage(Storage):
    """TinyDB storage for one JSON file, written atomically; ``last_text`` keeps what was
    last read or written so the store can reuse it (undo snapshots) without re-serialising."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.last_text: str | None = None

    def read(self) -> dict[str, dict[str, Any]] | None:
        """The parsed file, or None when it does not exist yet. Raises ``ValueError`` if the
        file is not valid JSON (the caller turns that into a clear message)."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        self.last_text = text
        if not text.strip():
            raise ValueError("the file is empty")
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("the file does not hold a JSON object")
        return data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        """Replace the file's content with ``data``, atomically."""
        if self.read_only:
            raise PermissionError(f"{self.path} is open read-only")
        text = dumps(data)
        atomic_write_text(self.path, text)
        self.last_text = text

    def close(self) -> None:
        """Nothing to release: no handle stays open between writes."""
