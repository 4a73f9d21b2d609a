"""Drafts: what was typed in a form that was never saved, kept until the form is opened again.

A form with unsaved input that is closed by quitting the app (Ctrl+Q, answered "yes"), or by
the terminal window closing (SIGHUP), leaves its values here. The same form, opened again on
the same record, offers them back. Drafts live beside the sessions, in ``.drafts/``, one small
JSON file per session, written atomically; losing the file loses only drafts.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hefboom_tui.fsutil import atomic_write_text

DRAFTS_DIR = ".drafts"


def form_key(title: str, initial: dict[str, Any]) -> str:
    """Which form on which record: its title and what it showed when it opened."""
    import hashlib  # OpenSSL: loaded when a form first needs it, not at start-up

    text = json.dumps([title, initial], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


class Drafts:
    """The drafts of one session (or of the start screen), by form key."""

    def __init__(self, folder: Path, stem: str) -> None:
        self.path = folder / DRAFTS_DIR / f"{stem}.json"
        self._items: dict[str, dict[str, Any]] | None = None

    def _load(self) -> dict[str, dict[str, Any]]:
        if self._items is None:
            try:
                data = json.loads(self.path.read_text(encoding="utf-8"))
                self._items = data if isinstance(data, dict) else {}
            except (OSError, ValueError):
                self._items = {}
        return self._items

    def get(self, key: str) -> dict[str, Any] | None:
        """The values kept for form ``key``, if any."""
        found = self._load().get(key)
        return found if isinstance(found, dict) else None

    def keep(self, key: str, values: dict[str, Any]) -> bool:
        """Keep ``values`` for form ``key`` on disk; False if the disk refused."""
        self._load()[key] = values
        return self._write()

    def drop(self, key: str) -> None:
        """Forget the draft of form ``key`` (it was saved or discarded on purpose)."""
        if self._load().pop(key, None) is not None:
            self._write()

    def _write(self) -> bool:
        items = self._load()
        try:
            if not items and not self.path.exists():
                return True
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_text(self.path, json.dumps(items, ensure_ascii=False, indent=1))
            return True
        except OSError:
            return False
