"""Errors of the session store; each message says what is wrong, which file, and what to do."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from hefboom_tui.i18n import t, tn
from hefboom_tui.os_errors import os_reason


class StoreError(Exception):
    """Base of the store's errors; ``str()`` is the message for the facilitator."""


class SessionExistsError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(t("store.exists", path=path))


class SessionNotFoundError(StoreError):
    def __init__(self, name: str, path: Path, backups: int = 0) -> None:
        message = t("store.not_found", name=name, path=path)
        if backups:
            message += " " + tn("store.not_found_backups", backups, name=name)
        super().__init__(message)


class CorruptSessionError(StoreError):
    """The file does not parse or does not hold a session; it is left untouched."""

    def __init__(self, path: Path, detail: str, backup: Path | None) -> None:
        self.path, self.backup = path, backup
        if backup is not None:
            hint = t("store.corrupt_backup", backup=backup, name=path.stem)
        else:
            hint = t("store.corrupt_no_backup")
        super().__init__(t("store.corrupt", path=path, detail=detail) + " " + hint)


class UnreadableSessionError(StoreError):
    """The session file cannot be read at all: a folder, a dangling link, no permission…

    ``kind`` is ``folder``, ``dangling_link``, ``outside_link``, ``missing`` or ``os``."""

    def __init__(self, path: Path, kind: str, exc: BaseException | None = None,
                 folder: Path | None = None) -> None:
        self.path, self.kind = path, kind
        try:
            target: str = os.readlink(path)
        except OSError:
            target = "?"
        detail = os_reason(exc) if exc is not None else ""
        super().__init__(t(f"store.unreadable_{kind}", path=path, target=target,
                           folder=folder or path.parent, detail=detail))


class SchemaTooNewError(StoreError):
    def __init__(self, path: Path, found: int, supported: int) -> None:
        super().__init__(t("store.too_new", path=path, found=found, supported=supported))


class ReadOnlyError(StoreError):
    def __init__(self, reason: str) -> None:
        super().__init__(t("store.read_only", reason=reason))


def write_hint(exc: OSError, folder: Path) -> str:
    """What to do after ``exc`` refused a write in ``folder``: free space, or get permission."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return t("store.hint_full", folder=folder)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS) or isinstance(exc,
                                                                           PermissionError):
        return t("store.hint_permission", folder=folder)
    return t("store.hint_other", folder=folder)


class SaveError(StoreError):
    """Writing failed (disk full, no permission…); the file on disk is still the old one."""

    def __init__(self, path: Path, exc: OSError | str) -> None:
        if isinstance(exc, str):
            detail, hint = exc, t("store.hint_other", folder=path.parent)
        else:
            detail, hint = os_reason(exc), write_hint(exc, path.parent)
        super().__init__(t("store.save_failed", path=path, detail=detail) + " " + hint)


class CreateError(StoreError):
    """A new session file could not be written; nothing was left behind."""

    def __init__(self, path: Path, exc: OSError) -> None:
        super().__init__(t("store.create_failed", path=path, detail=os_reason(exc))
                         + " " + write_hint(exc, path.parent))
