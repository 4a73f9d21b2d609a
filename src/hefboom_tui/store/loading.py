"""Reading a session file: every way a file can be unusable ends in a clear StoreError.

One path for every reader (the store, ``check``, ``export``, the beamer, backups): the bytes
are read (a folder, a dangling link or a file without permission says so), parsed (not JSON,
nested too deeply, not an object), migrated (a schema from a newer version is refused), typed
(``model.serde``) and checked for references that do not hold together
(``store.integrity``). ``hefboom check`` therefore refuses exactly what the other commands
would trip over.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hefboom_tui.i18n import t
from hefboom_tui.model.session import SCHEMA_VERSION, Session, from_tables
from hefboom_tui.store import backups
from hefboom_tui.store.errors import (
    CorruptSessionError,
    SchemaTooNewError,
    StoreError,
    UnreadableSessionError,
)
from hefboom_tui.store.integrity import check_session
from hefboom_tui.store.migrations import file_version, migrate

DAMAGE = (ValueError, TypeError, KeyError, AttributeError, IndexError, RecursionError)
"""What parsing and building a damaged file raises (UnicodeDecodeError is a ValueError)."""


def parse(text: str) -> dict[str, Any]:
    """The JSON object in ``text``; ``ValueError`` with a readable reason when there is none."""
    if text.startswith("\ufeff"):  # an editor's byte-order mark changes nothing
        text = text[1:]
    if not text.strip():
        raise ValueError(t("store.json_empty"))
    try:
        data = json.loads(text)
    except RecursionError:
        raise ValueError(t("store.json_nested")) from None
    except json.JSONDecodeError as exc:  # its own text is English: say where, in our words
        raise ValueError(t("store.json_invalid", line=exc.lineno, column=exc.colno)) from None
    if not isinstance(data, dict):
        raise ValueError(t("store.json_not_object"))
    return data


def damage_detail(exc: BaseException) -> str:
    """What is wrong with a damaged file, for the message that names it."""
    if isinstance(exc, RecursionError):
        return t("store.json_nested")
    if isinstance(exc, UnicodeDecodeError):
        return t("error.not_utf8", position=exc.start + 1)
    return str(exc)


def decode(data: dict[str, Any], path: Path) -> Session:
    """The session in the parsed file ``data``: version checked, migrated, typed and checked
    for integrity. ``SchemaTooNewError`` for a newer version; ``ValueError`` & co. (see
    :data:`DAMAGE`) when it is damaged."""
    version = file_version(data)
    if version > SCHEMA_VERSION:
        raise SchemaTooNewError(path, version, SCHEMA_VERSION)
    data, _ = migrate(data)
    return check_session(from_tables(data))


def read_text(path: Path) -> str:
    """The text of the session file ``path``; UnreadableSessionError saying why not."""
    try:
        return path.read_bytes().decode("utf-8")
    except FileNotFoundError as exc:
        if path.is_symlink():
            raise UnreadableSessionError(path, "dangling_link", exc) from exc
        raise UnreadableSessionError(path, "missing", exc) from exc
    except IsADirectoryError as exc:
        raise UnreadableSessionError(path, "folder", exc) from exc
    except OSError as exc:
        raise UnreadableSessionError(path, "os", exc) from exc


def load_text(path: Path) -> tuple[Session, str]:
    """The session in ``path`` and the file's text; a clear StoreError when it is unusable
    (CorruptSessionError names the newest good backup to restore)."""
    try:
        text = read_text(path)
        return decode(parse(text), path), text
    except StoreError:
        raise
    except (*DAMAGE, MemoryError) as exc:
        raise CorruptSessionError(path, damage_detail(exc)[:300],
                                  newest_good_backup(path)) from None


def load_session(path: Path) -> Session:
    """Read, migrate and check the session in ``path`` (see :func:`load_text`)."""
    return load_text(path)[0]


def is_good(backup: Path, path: Path) -> bool:
    """Whether ``backup`` holds a session that loads (the same checks as the file itself)."""
    try:
        decode(parse(backup.read_bytes().decode("utf-8")), path)
        return True
    except (*DAMAGE, MemoryError, OSError, StoreError):
        return False


def good_backups(path: Path) -> list[Path]:
    """The backups of ``path`` that load, newest first (a damaged one is never counted)."""
    return [b for b in backups.list_backups(path) if is_good(b, path)]


def newest_good_backup(path: Path) -> Path | None:
    """The newest backup of ``path`` that loads, reading no more backups than needed."""
    return next((b for b in backups.list_backups(path) if is_good(b, path)), None)
