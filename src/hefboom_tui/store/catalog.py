"""The sessions folder as a catalogue: create, find, list and check sessions."""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from hefboom_tui.i18n import t
from hefboom_tui.model.errors import ValidationError
from hefboom_tui.model.session import Session
from hefboom_tui.model.validate import clean_name
from hefboom_tui.store import backups
from hefboom_tui.store.errors import CorruptSessionError, SessionNotFoundError, StoreError
from hefboom_tui.store.paths import backups_dir, session_path
from hefboom_tui.store.session_store import SessionStore, _good_backups, load_session


def asset_text(*parts: str) -> str:
    """The text of a file shipped in ``hefboom_tui/assets``."""
    return resources.files("hefboom_tui").joinpath("assets", *parts).read_text(encoding="utf-8")


def _read(path: Path | None, default: tuple[str, ...]) -> tuple[str, str]:
    if path is None:
        return asset_text(*default), default[-1]
    try:
        return Path(path).read_text(encoding="utf-8-sig"), str(path)
    except (OSError, UnicodeDecodeError) as exc:
        from hefboom_tui.model.deck_format import DeckError

        problem = t("error.deck_unreadable", file=path, detail=exc)
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


def create(folder: Path, name: str, **kwargs: object) -> SessionStore:
    """Create and open the session ``name`` in ``folder``.

    The name is cleaned as every name is (no control, bidi or invisible characters, at most
    80 characters); a name that is not acceptable raises StoreError saying why."""
    if not name.strip():
        raise StoreError(t("store.empty_name"))
    try:
        name = clean_name(name)
    except ValidationError as exc:
        raise StoreError(str(exc)) from exc
    session = new_session(name, **kwargs)  # type: ignore[arg-type]
    return SessionStore.create(session_path(folder, name), session)


def open_store(folder: Path, name: str, *, read_only: bool = False) -> SessionStore:
    """Open the existing session ``name`` (read-only when another process has it)."""
    path = find(folder, name)
    return SessionStore(path, read_only=read_only)


def find(folder: Path, name: str) -> Path:
    """The file of session ``name``: by file stem, or by the name stored inside."""
    path = session_path(folder, name)
    if path.exists():
        return path
    direct = folder / name
    if direct.suffix == ".json" and direct.exists() and direct.resolve().parent == folder.resolve():
        return direct.resolve()
    raise SessionNotFoundError(name, path)


@dataclass
class SessionInfo:
    """A line of the session list."""

    path: Path
    name: str
    initiatives: int
    participants: int
    modified: float
    problem: str = ""


def list_sessions(folder: Path) -> list[SessionInfo]:
    """All session files in ``folder``, newest first; broken ones say what is wrong."""
    infos = []
    for path in folder.glob("*.json"):
        modified = path.stat().st_mtime
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            meta = next(iter(data["meta"].values()))
            infos.append(SessionInfo(path, str(meta.get("name", path.stem)),
                                     len(data.get("initiatives", {})),
                                     len(data.get("participants", {})), modified))
        except (OSError, ValueError, KeyError, TypeError, AttributeError, StopIteration):
            infos.append(SessionInfo(path, path.stem, 0, 0, modified,
                                     problem=t("store.list_broken")))
    return sorted(infos, key=lambda i: -i.modified)


def check(path: Path, repair: bool = False) -> tuple[bool, str]:
    """Whether ``path`` loads, with a message; ``repair`` restores the newest good backup
    (the broken file is kept beside the backups, never deleted)."""
    try:
        session = load_session(path)
        return True, t("check.ok", path=path, initiatives=len(session.initiatives),
                       backups=len(backups.list_backups(path)))
    except CorruptSessionError as exc:
        if not repair:
            return False, str(exc)
        good = _good_backups(path)
        if not good:
            return False, str(exc)
        keep = backups_dir(path) / f"broken-{dt.datetime.now():%Y%m%d-%H%M%S}.json"
        keep.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, keep)
        from hefboom_tui.fsutil import atomic_write_text

        atomic_write_text(path, good[0].read_text(encoding="utf-8"))
        return True, t("check.repaired", path=path, backup=good[0], kept=keep)
    except StoreError as exc:
        return False, str(exc)
