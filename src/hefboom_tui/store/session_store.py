"""SessionStore: the single path through which every change reaches a session file.

``store.do(actions.add_initiative, name=…)`` applies a typed action, persists the whole
session atomically before returning, records the previous state for undo, and tells every
subscriber what changed. Several actions that make one user intention go through
``with store.transaction(label):`` — one save, one backup, one undo step. If an action is
refused or the disk refuses the write, the in-memory session is rolled back to what is on
disk, so the UI never shows something that was not saved.

States are kept as :class:`~hefboom_tui.store.snapshot.Snapshot`s that share unchanged
documents: the undo history costs what the actions changed, and undo decodes only that.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Concatenate, Literal, ParamSpec, TypeVar

from hefboom_tui.fsutil import LockTaken, SessionLock, acquire, create_exclusive_bytes, session_lock
from hefboom_tui.i18n import t
from hefboom_tui.model.change import Change, Step
from hefboom_tui.model.session import Session
from hefboom_tui.model.timer import CLOCK_ACTIONS, clock_state
from hefboom_tui.os_errors import os_reason
from hefboom_tui.store import backups
from hefboom_tui.store.errors import (
    CreateError,
    ReadOnlyError,
    SaveError,
    SessionExistsError,
    StoreError,
    write_hint,
)
from hefboom_tui.store.loading import DAMAGE, decode, load_session, load_text, parse, read_text
from hefboom_tui.store.paths import backups_dir
from hefboom_tui.store.snapshot import Snapshot, encode, restore, with_meta
from hefboom_tui.store.storage import AtomicJSONStorage

__all__ = ["SessionStore", "load_session", "UNDO_DEPTH"]

P = ParamSpec("P")
R = TypeVar("R")
UNDO_DEPTH = 100
Listener = Callable[[Change], None]
LockState = Literal["writer", "requested", "locked", "no_lock"]
StatKey = tuple[int, int, int, int]


def _stat_key(path: Path) -> StatKey | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


class SessionStore:
    """An open session file. Writable when this process holds its lock, else read-only.

    ``lock_state`` says why: ``writer``; ``requested`` (opened read-only on purpose);
    ``locked`` (another process writes it; :meth:`try_become_writer` takes over once it
    closes); ``no_lock`` (the lock file cannot be made, e.g. a read-only folder).
    ``wait`` seconds are spent waiting for a lock another process holds (``on_wait`` is
    called first, to say so)."""

    def __init__(self, path: Path, *, read_only: bool = False,
                 backup_interval: float = backups.INTERVAL,
                 clock: Callable[[], float] = time.time, wait: float = 0.0,
                 on_wait: Callable[[], None] | None = None):
        self.path = Path(path)
        self.clock = clock
        self.backup_interval = backup_interval
        self.read_only_reason = ""
        self.lock_state: LockState = "writer"
        self.backup_error = ""  # why the last backup failed (the session itself was saved)
        self._dirty_since_backup = False
        self._last_backup = float("-inf")
        self._lock: SessionLock | None = None
        if read_only:
            self._set_read_only("requested")
        else:
            self._take_lock(wait, on_wait)
        self.storage = AtomicJSONStorage(self.path, read_only=self.read_only)
        try:
            self._stat = _stat_key(self.path)
            self.session, text = load_text(self.path)
        except BaseException:
            self.close()
            raise
        self._saved: Snapshot | None = None  # what is on disk; encoded when first needed
        self._disk_text: str | None = text if self.read_only else None
        self._undo: list[tuple[Snapshot, str]] = []
        self._redo: list[tuple[Snapshot, str]] = []
        self._listeners: list[Listener] = []
        self._pending: list[Step] | None = None  # the steps of an open transaction
        self.saved_at = 0.0
        if not self.read_only:
            backups.clean_temps(self.path)
            self._backup(text, force=True)

    def _take_lock(self, wait: float, on_wait: Callable[[], None] | None) -> None:
        lock = session_lock(self.path)
        try:
            acquire(lock, wait, on_wait)
            self._lock = lock
        except LockTaken:
            self._set_read_only("locked")
        except OSError as exc:  # a read-only folder, a lock file we may not open…
            self._set_read_only("no_lock", exc)

    def _set_read_only(self, state: LockState, exc: OSError | None = None) -> None:
        self.lock_state = state
        if state == "requested":
            self.read_only_reason = t("store.reason_requested")
        elif state == "locked":
            self.read_only_reason = t("store.reason_locked", path=self.path.name)
        else:
            detail = os_reason(exc) if exc is not None else ""
            self.read_only_reason = t("store.reason_no_lock", folder=self.path.parent,
                                      detail=detail)

    # -- opening and creating ----------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, session: Session, *, read_only: bool = False) -> SessionStore:
        """Write ``session`` as a new file at ``path`` and open it. The file is created
        exclusively: if it exists (or another process creates it first) SessionExistsError;
        if the disk refuses, CreateError, and nothing is left behind."""
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            create_exclusive_bytes(path, encode(session).text().encode("utf-8"))
        except FileExistsError as exc:
            raise SessionExistsError(path) from exc
        except OSError as exc:
            raise CreateError(path, exc) from exc
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
        before = self._snapshot()
        try:
            result = action(self.session, *args, **params)
        except BaseException:
            self._roll_back(before)
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
        before = self._snapshot()
        self._pending = []
        try:
            yield
            steps = tuple(self._pending)
        except BaseException:
            self._roll_back(before)
            raise
        finally:
            self._pending = None
        if steps:
            self._commit(Change("do", label, steps), before)

    def _commit(self, change: Change, before: Snapshot) -> None:
        try:
            after = encode(self.session, before)
        except BaseException:
            self._roll_back(before)
            raise
        self._write(after, before)
        if change.actions and change.actions <= CLOCK_ACTIONS:
            self._carry_clocks()
        else:
            self._undo.append((before, change.label))
            del self._undo[:-UNDO_DEPTH]
            self._redo.clear()
        self._emit(change)

    def _carry_clocks(self) -> None:
        """A timer moved (or was set): saved, but no undo step. Every state in the undo and
        redo history gets the clocks as they are now, so Ctrl+Z takes back the
        facilitator's last change and leaves a running timer running."""
        state = clock_state(self.session)
        done: dict[str, Snapshot] = {}

        def carried(snapshot: Snapshot) -> Snapshot:
            found = done.get(snapshot.meta)
            if found is None:
                found = done[snapshot.meta] = with_meta(snapshot, state)
            return Snapshot(found.meta, snapshot.tables)

        self._undo = [(carried(s), label) for s, label in self._undo]
        self._redo = [(carried(s), label) for s, label in self._redo]

    def _roll_back(self, before: Snapshot) -> None:
        """Make the session in memory equal ``before`` again (the state on disk)."""
        try:
            self.session = restore(self.session, encode(self.session, before), before)
        except Exception:  # the action left something that does not even encode
            self.session = decode(parse(before.text()), self.path)

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

    def _step(self, source: list[tuple[Snapshot, str]], target: list[tuple[Snapshot, str]],
              kind: Literal["undo", "redo"]) -> str | None:
        if self.read_only:
            raise ReadOnlyError(self.read_only_reason)
        if not source:
            return None
        wanted, label = source.pop()
        current = self._snapshot()
        self.session = restore(self.session, current, wanted)
        try:
            self._write(wanted, current)
        except SaveError:
            source.append((wanted, label))
            raise
        target.append((current, label))
        self._emit(Change(kind, label))
        return label

    # -- persistence -------------------------------------------------------------------------
    def _snapshot(self) -> Snapshot:
        """The state on disk (encoded from the session the first time it is needed)."""
        if self._saved is None:
            self._saved = encode(self.session)
        return self._saved

    def _write(self, snapshot: Snapshot, before: Snapshot) -> None:
        """Save ``snapshot`` (the session in memory); on failure roll back to ``before``."""
        text = snapshot.text()
        try:
            self.storage.write_text(text)
        except OSError as exc:
            self.session = restore(self.session, snapshot, before)
            raise SaveError(self.path, exc) from exc
        self._saved = snapshot
        self._stat = _stat_key(self.path)
        self.saved_at = self.clock()
        self._dirty_since_backup = True
        self._backup(text)

    def _backup(self, text: str | None = None, force: bool = False) -> None:
        """Back up the saved state: when forced, else at most once per backup_interval.
        A backup that fails never blocks a save: ``backup_error`` says why, and the next
        backup (at the latest when the session closes) tries again."""
        now = time.monotonic()
        if not force and now - self._last_backup < self.backup_interval:
            return
        try:
            backups.write_backup(self.path, text if text is not None
                                 else self._snapshot().text(), self.clock())
        except OSError as exc:
            folder = backups_dir(self.path)
            self.backup_error = t("store.backup_failed", folder=folder,
                                  detail=os_reason(exc)) + " " + write_hint(exc, folder)
            return
        self.backup_error = ""
        self._last_backup = now
        self._dirty_since_backup = False

    def reload_if_changed(self) -> bool:
        """For read-only followers: re-read the file if another process saved it (and tell
        the subscribers). Costs one ``stat`` while the file is unchanged."""
        key = _stat_key(self.path)
        if key == self._stat:
            return False
        self._stat = key
        try:
            text = read_text(self.path)
            if text == (self._disk_text if self._disk_text is not None
                        else self._snapshot().text()):
                return False
            session = decode(parse(text), self.path)
        except (*DAMAGE, StoreError):
            return False  # half a change from an editor, or damage: keep showing the last
        self.session, self._saved = session, None
        self._disk_text = text if self.read_only else None
        self._emit(Change("reload", "reload"))
        return True

    # -- read-only → writer ------------------------------------------------------------------
    def lock_is_free(self) -> bool:
        """For a store that is read-only because another process wrote the session: whether
        that process has let go of it (it closed). Takes nothing."""
        if self.lock_state != "locked":
            return False
        probe = session_lock(self.path)
        try:
            probe.acquire()
        except (LockTaken, OSError):
            return False
        probe.release()
        return True

    def try_become_writer(self) -> bool:
        """Take the lock the other process let go of and become the writer: the file is
        read again (the other process may have saved last), undo starts afresh. Returns
        False, staying read-only, when the lock is taken again or the file does not load."""
        if self.lock_state != "locked":
            return False
        lock = session_lock(self.path)
        try:
            lock.acquire()
        except (LockTaken, OSError):
            return False
        try:
            self._stat = _stat_key(self.path)
            session, text = load_text(self.path)
        except StoreError:
            lock.release()
            return False
        self._lock, self.lock_state, self.read_only_reason = lock, "writer", ""
        self.storage.read_only = False
        self.session, self._saved, self._disk_text = session, None, None
        self._undo.clear()
        self._redo.clear()
        backups.clean_temps(self.path)
        self._backup(text, force=True)
        self._emit(Change("reload", "writer"))
        return True
