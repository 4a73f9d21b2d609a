"""The sessions folder as a catalogue: create, find, list, check and repair sessions."""

from __future__ import annotations

import datetime as dt
import os
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hefboom_tui.fsutil import LockTaken, atomic_write_bytes, create_exclusive_bytes, session_lock
from hefboom_tui.i18n import t, tn
from hefboom_tui.model.errors import ValidationError
from hefboom_tui.model.session import Session
from hefboom_tui.model.validate import clean_name
from hefboom_tui.os_errors import os_reason
from hefboom_tui.store.errors import (
    CorruptSessionError,
    CreateError,
    SessionNotFoundError,
    StoreError,
    UnreadableSessionError,
)
from hefboom_tui.store.loading import DAMAGE, good_backups, load_session, newest_good_backup, parse
from hefboom_tui.store.paths import backups_dir, session_path
from hefboom_tui.store.session_store import SessionStore


def asset_text(*parts: str) -> str:
    """The text of a file shipped in ``hefboom_tui/assets``."""
    from importlib import resources

    return resources.files("hefboom_tui").joinpath("assets", *parts).read_text(encoding="utf-8")


def _read(path: Path | None, default: tuple[str, ...]) -> tuple[str, str]:
    if path is None:
        return asset_text(*default), default[-1]
    try:
        return Path(path).read_text(encoding="utf-8-sig"), str(path)
    except (OSError, UnicodeDecodeError) as exc:
        from hefboom_tui.model.deck_format import DeckError

        detail = (os_reason(exc) if isinstance(exc, OSError)
                  else t("error.not_utf8", position=exc.start + 1))
        problem = t("error.deck_unreadable", file=path, detail=detail)
        raise DeckError(str(path), 1, "-", problem) from exc


def new_session(name: str, deck: Path | None = None, options: Path | None = None,
                lang: str = "nl") -> Session:
    """A fresh session with a copy of the deck and the support-option list."""
    # imported here: opening a session (the app's start-up) needs no deck parser
    from hefboom_tui.model.deck_format import parse_deck, parse_options

    deck_text, deck_file = _read(deck, ("decks", "default.toml"))
    options_text, options_file = _read(options, ("decks", "support-options.toml"))
    parsed = parse_deck(deck_text, deck_file)
    options_name, option_list = parse_options(options_text, options_file)
    return Session(
        name=" ".join(name.split()),
        created=dt.datetime.now().isoformat(timespec="seconds"),
        lang=lang,
        code_seed=random.randrange(1 << 30),
        deck_name=parsed.name,
        options_name=options_name,
        principles=parsed.principles,
        cards=parsed.cards,
        support_options=option_list,
    )


def create(folder: Path, name: str, setup: Callable[[Session], object] | None = None,
           **kwargs: object) -> SessionStore:
    """Create and open the session ``name`` in ``folder``.

    The name is cleaned as every name is (no control, bidi or invisible characters, at most
    80 characters); a name that is not acceptable raises StoreError saying why. ``setup``
    (e.g. an import) is applied to the new session before its file exists: the file appears
    with all of it, or not at all (SessionExistsError, CreateError)."""
    if not name.strip():
        raise StoreError(t("store.empty_name"))
    try:
        name = clean_name(name)
    except ValidationError as exc:
        raise StoreError(str(exc)) from exc
    session = new_session(name, **kwargs)  # type: ignore[arg-type]
    if setup is not None:
        setup(session)
    return SessionStore.create(session_path(folder, name), session)


def open_store(folder: Path, name: str, *, read_only: bool = False, wait: float = 0.0,
               on_wait: Callable[[], None] | None = None) -> SessionStore:
    """Open the existing session ``name`` (read-only when another process has it and
    does not let go within ``wait`` seconds)."""
    path = find(folder, name)
    return SessionStore(path, read_only=read_only, wait=wait, on_wait=on_wait)


def _exists(path: Path) -> bool:
    try:
        return os.path.lexists(path)
    except (OSError, ValueError):  # a name with a NUL byte, too long for the system…
        return False


def find(folder: Path, name: str) -> Path:
    """The file of session ``name``: by file stem, or by file name (``demo.json``).

    A session file that is a link is followed when it points at a file in ``folder``;
    a dangling link, or one that leads out of ``folder``, raises UnreadableSessionError."""
    path = session_path(folder, name)
    if not _exists(path):
        direct = folder.resolve() / name
        if direct.suffix == ".json" and direct.parent == folder.resolve() and _exists(direct):
            path = direct
        else:
            raise SessionNotFoundError(name, path, backups=len(good_backups(path)))
    return inside(path, folder)


def inside(path: Path, folder: Path) -> Path:
    """``path``, or the file its link points at when that is in ``folder`` too."""
    if not path.is_symlink():
        return path
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError) as exc:  # missing target, a loop of links
        raise UnreadableSessionError(path, "dangling_link", exc) from exc
    if target.parent != folder.resolve():
        raise UnreadableSessionError(path, "outside_link", folder=folder.resolve())
    return target


@dataclass
class SessionInfo:
    """A line of the session list."""

    path: Path
    name: str
    initiatives: int
    participants: int
    modified: float
    problem: str = ""


def _info(path: Path, folder: Path) -> SessionInfo:
    try:
        modified = path.lstat().st_mtime
        target = inside(path, folder)
        modified = target.stat().st_mtime
        if target.is_dir():
            return SessionInfo(path, path.stem, 0, 0, modified, t("store.list_folder"))
        data = parse(target.read_bytes().decode("utf-8"))
        meta = next(iter(data["meta"].values()))
        return SessionInfo(path, str(meta.get("name", path.stem)),
                           len(data.get("initiatives", {})), len(data.get("participants", {})),
                           modified)
    except UnreadableSessionError as exc:
        key = "store.list_dangling" if exc.kind == "dangling_link" else "store.list_outside"
        return SessionInfo(path, path.stem, 0, 0, 0.0, t(key))
    except OSError as exc:
        return SessionInfo(path, path.stem, 0, 0, 0.0,
                           t("store.list_unreadable", detail=os_reason(exc)))
    except (*DAMAGE, StopIteration, MemoryError):
        return SessionInfo(path, path.stem, 0, 0, modified, t("store.list_broken"))


def list_sessions(folder: Path) -> list[SessionInfo]:
    """All session files in ``folder``, newest first; broken ones say what is wrong.
    A folder that does not exist (yet) holds none; one that cannot be read raises StoreError
    saying so."""
    try:
        names = sorted(e.name for e in os.scandir(folder) if e.name.endswith(".json"))
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise StoreError(t("cli.folder_failed", folder=folder,
                           detail=os_reason(exc))) from exc
    infos = [_info(folder / name, folder) for name in names]
    return sorted(infos, key=lambda i: -i.modified)


def check(path: Path, repair: bool = False) -> tuple[bool, str]:
    """Whether ``path`` loads (the same checks every reader makes), with a message;
    ``repair`` restores the newest good backup (the broken file is kept beside the backups,
    never deleted)."""
    try:
        session = load_session(path)
        return True, t("check.ok", path=path,
                       initiatives=tn("count.initiatives", len(session.initiatives)),
                       backups=tn("count.backups", len(good_backups(path))))
    except CorruptSessionError as exc:
        if not repair:
            return False, str(exc)
        return _repair(path, exc)
    except StoreError as exc:
        return False, str(exc)


def _repair(path: Path, problem: CorruptSessionError) -> tuple[bool, str]:
    good = newest_good_backup(path)
    if good is None:
        return False, str(problem)
    lock = session_lock(path)
    try:
        lock.acquire()
    except (LockTaken, OSError):
        return False, tn("cli.locked", 0, path=path, seconds=0)
    try:
        keep = backups_dir(path) / f"broken-{dt.datetime.now():%Y%m%d-%H%M%S}.json"
        keep.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(keep, path.read_bytes())
        atomic_write_bytes(path, good.read_bytes())
    except OSError as exc:
        return False, str(CreateError(path, exc))
    finally:
        lock.release()
    return True, t("check.repaired", path=path, backup=good, kept=keep)


def restore_deleted(folder: Path, name: str) -> tuple[bool, str]:
    """Put back the session ``name`` whose file is gone, from its newest good backup."""
    path = session_path(folder, name)
    good = newest_good_backup(path)
    if good is None:
        return False, str(SessionNotFoundError(name, path))
    try:
        create_exclusive_bytes(path, good.read_bytes())
    except FileExistsError:
        return False, t("store.exists", path=path)
    except OSError as exc:
        return False, str(CreateError(path, exc))
    return True, t("check.restored", path=path, backup=good)
