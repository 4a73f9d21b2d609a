"""SessionStore: the single path through which every change reaches a session file.

``store.do(actions.add_initiative, name=…)`` applies a typed action, persists the whole
session atomically before returning, records the previous state for undo, and tells every
subscriber what changed. Several actions that make one user intention go through
``with store.transaction(label):`` — one save, one backup, one undo step. If an action is
refused or the disk refuses the write, the in-memory session is rolled back to what is on
disk, so the UI never shows something that was not saved.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Concatenate, Literal, ParamSpec, TypeVar

from filelock import BaseFileLock, Timeout

from hefboom_tui.fsutil import session_lock
from hefboom_tui.i18n import t
from hefboom_tui.model.change import Change, Step
from hefboom_tui.model.session import SCHEMA_VERSION, Session, from_tables, table_view, to_tables
from hefboom_tui.store import backups
from hefboom_tui.store.errors import (
    CorruptSessionError,
    ReadOnlyError,
    SaveError,
    SchemaTooNewError,
    SessionExistsError,
)
from hefboom_tui.store.migrations import file_version, migrate
from hefboom_tui.store.storage import AtomicJSONStorage

P = ParamSpec("P")
R = TypeVar("R")
UNDO_DEPTH = 100
Listener = Callable[[Change], None]


def load_session(path: Path, storage: AtomicJSONStorage | None = None) -> Session:
    """Read and migrate the session in ``path``; raise a clear StoreError when it is unusable."""
    storage = storage or AtomicJSONStorage(path, read_only=True)
    try:
        data = storage.read()
        if data is None:
            raise ValueError("the file does not exist")
        version = file_version(data)
        if version > SCHEMA_VERSION:
            raise SchemaTooNewError(path, version, SCHEMA_VERSION)
        data, _ = migrate(data)
        return from_tables(data)
    except (ValueError, TypeError, KeyError, AttributeError, UnicodeDecodeError) as exc:
        newest = next(iter(_good_backups(path)), None)
        raise CorruptSessionError(path, str(exc)[:300], newest) from exc


def _good_backups(path: Path) -> list[Path]:
    good = []
    for candidate in backups.list_backups(path):
        try:
            data = json.loads(candidate.read_text(encoding="utf-8"))
            if file_version(data) <= SCHEMA_VERSION:
                from_tables(migrate(data)[0])
                good.append(candidate)
        except (OSError, ValueError, TypeError, KeyError):
            continue
    return good


class SessionStore:
    """An open session file. Writable when this process holds its lock, else read-only."""

    def __init__(self, path: Path, *, read_only: bool = False,
                 backup_interval: float = backups.INTERVAL, clock: Callable[[], float] = time.time):
        self.path = Path(path)
        self.clock = clock
        self.backup_interval = backup_interval
        self.read_only_reason = ""
        self._dirty_since_backup = False
        self._lock: BaseFileLock | None = None
        if read_only:
            self.read_only_reason = t("store.reason_requested")
        else:
            lock = session_lock(self.path)
            try:
                lock.acquire()
                self._lock = lock
            except Timeout:
                self.read_only_reason = t("store.reason_locked", path=self.path.name)
        self.storage = AtomicJSONStorage(self.path, read_only=self.read_only)
        try:
            self.session = load_session(self.path, self.storage)
        except BaseException:
            self.close()
            raise
        self._saved_text = self.storage.last_text or ""
        self._undo: list[tuple[str, str]] = []
        self._redo: list[tuple[str, str]] = []
        self._listeners: list[Listener] = []
        self._pending: list[Step] | None = None  # the steps of an open transaction
        self.saved_at = 0.0
        self._last_backup = float("-inf")
        if not self.read_only:
            self._backup(force=True)

    # -- opening and creating ----------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, session: Session, *, read_only: bool = False) -> SessionStore:
        """Write ``session`` as a new file at ``path`` (refused if one exists) and open it."""
        path = Path(path)
        if path.exists():
            raise SessionExistsError(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        AtomicJSONStorage(path).write(to_tables(session))
        return cls(path, read_only=read_only)

    @property
    def read_only(self) -> bool:
        """True when this store may not write (another process has the session, or asked)."""
        return bool(self.read_only_reason)

    def close(self) -> None:
        """Take a last backup and release the lock; the file itself is already saved."""
        if self._lock is not None:
            if self._dirty_since_backup:
                self._backup(force=True)
            self._lock.release()
            self._lock = None

    def __enter__(self) -> SessionStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the action path ---------------------------------------------------------------------
    def do(self, action: Callable[Concatenate[Session, P], R], /,
           *args: P.args, **params: P.kwargs) -> R:
        """Apply ``action`` with ``params`` and save; return the action's result.

        Inside :meth:`transaction` the save waits for the end of the transaction. Raises
        ActionError (refused: nothing changed), ReadOnlyError, or SaveError (the disk refused;
        the session in memory is rolled back to the file's state)."""
        if self.read_only:
            raise ReadOnlyError(self.read_only_reason)
        step = Step(action.__name__, dict(params))
        if self._pending is not None:
            result = action(self.session, *args, **params)  # the transaction rolls back
            self._pending.append(step)
            return result
        before = self._saved_text
        try:
            result = action(self.session, *args, **params)
        except BaseException:
            self.session = self._decode(before)
            raise
        self._commit(Change("do", step.action, (step,)), before)
        return result

    @contextmanager
    def transaction(self, label: str) -> Iterator[None]:
        """Group the actions done inside into one save, one backup and one undo step.

        ``label`` names the intention (a key ``action.LABEL`` for undo notices). If anything
        inside raises, every action of the transaction is taken back and the error goes on.
        A transaction inside another one simply joins it."""
        if self.read_only:
            raise ReadOnlyError(self.read_only_reason)
        if self._pending is not None:
            yield
            return
        before = self._saved_text
        self._pending = []
        try:
            yield
            steps = tuple(self._pending)
        except BaseException:
            self.session = self._decode(before)
            raise
        finally:
            self._pending = None
        if steps:
            self._commit(Change("do", label, steps), before)

    def _commit(self, change: Change, before: str) -> None:
        self._save(before)
        self._undo.append((before, change.label))
        del self._undo[:-UNDO_DEPTH]
        self._redo.clear()
        self._emit(change)

    def undo(self) -> str | None:
        """Go back one user intention; return its label, or None when there is nothing."""
        return self._step(self._undo, self._redo, "undo")

    def redo(self) -> str | None:
        """Redo the last undone intention; return its label, or None."""
        return self._step(self._redo, self._undo, "redo")

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(change)`` after every saved change, undo, redo and reload.

        Returns a function that ends the subscription."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _emit(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    def _step(self, source: list[tuple[str, str]], target: list[tuple[str, str]],
              kind: Literal["undo", "redo"]) -> str | None:
        if self.read_only:
            raise ReadOnlyError(self.read_only_reason)
        if not source:
            return None
        text, label = source.pop()
        current = self._saved_text
        previous_session = self.session
        self.session = self._decode(text)
        try:
            self._save(current)
        except SaveError:
            self.session = previous_session
            source.append((text, label))
            raise
        target.append((current, label))
        self._emit(Change(kind, label))
        return label

    # -- persistence -------------------------------------------------------------------------
    def _save(self, before: str) -> None:
        try:
            self.storage.write(table_view(self.session))
        except OSError as exc:
            self.session = self._decode(before)
            raise SaveError(self.path, exc.strerror or str(exc)) from exc
        self._saved_text = self.storage.last_text or ""
        self.saved_at = self.clock()
        self._dirty_since_backup = True
        self._backup()

    def _backup(self, force: bool = False) -> None:
        now = time.monotonic()
        if force or now - self._last_backup >= self.backup_interval:
            try:
                backups.take_backup(self.path)
                self._last_backup = now
                self._dirty_since_backup = False
            except OSError:
                pass  # a failed backup must never block a save

    @staticmethod
    def _decode(text: str) -> Session:
        return from_tables(migrate(json.loads(text))[0])

    def reload_if_changed(self) -> bool:
        """For read-only followers: re-read the file if another process saved it (and tell
        the subscribers)."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except OSError:
            return False
        if text == self._saved_text:
            return False
        try:
            self.session = self._decode(text)
        except (ValueError, TypeError, KeyError):
            return False
        self._saved_text = text
        self._emit(Change("reload", "reload"))
        return True
