"""A TinyDB ``Storage`` that never leaves a half-written file.

TinyDB's stock ``JSONStorage`` rewrites the file in place (seek, write, truncate): a crash
in the middle leaves a file that no longer parses. This storage writes the whole document
through :func:`hefboom_tui.fsutil.atomic_write_text` (temp file, fsync, replace), so a kill
at any instant leaves either the old or the new file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from hefboom_tui.fsutil import atomic_write_text
from hefboom_tui.model.session import plain


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
        self.write_text(dumps(data))

    def write_text(self, text: str) -> None:
        """Replace the file's content with the JSON ``text`` (already serialised), atomically."""
        if self.read_only:
            raise PermissionError(f"{self.path} is open read-only")
        atomic_write_text(self.path, text)
        self.last_text = text

    def close(self) -> None:
        """Nothing to release: no handle stays open between writes."""
