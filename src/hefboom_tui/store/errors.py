"""Errors of the session store; each message says what is wrong and what to do."""

from __future__ import annotations

from pathlib import Path

from hefboom_tui.i18n import t


class StoreError(Exception):
    """Base of the store's errors; ``str()`` is the message for the facilitator."""


class SessionExistsError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(t("store.exists", path=path))


class SessionNotFoundError(StoreError):
    def __init__(self, name: str, path: Path) -> None:
        super().__init__(t("store.not_found", name=name, path=path))


class CorruptSessionError(StoreError):
    """The file does not parse or does not hold a session; it is left untouched."""

    def __init__(self, path: Path, detail: str, backup: Path | None) -> None:
        self.path, self.backup = path, backup
        if backup is not None:
            hint = t("store.corrupt_backup", backup=backup, name=path.stem)
        else:
            hint = t("store.corrupt_no_backup")
        super().__init__(t("store.corrupt", path=path, detail=detail) + " " + hint)


class SchemaTooNewError(StoreError):
    def __init__(self, path: Path, found: int, supported: int) -> None:
        super().__init__(t("store.too_new", path=path, found=found, supported=supported))


class ReadOnlyError(StoreError):
    def __init__(self, reason: str) -> None:
        super().__init__(t("store.read_only", reason=reason))


class SaveError(StoreError):
    """Writing failed (disk full, no permission…); the file on disk is still the old one."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(t("store.save_failed", path=path, detail=detail))
