"""What every ``hefboom`` command shares: the sessions folder, opening a session (waiting a
little for one that is open elsewhere), one-line failures, and the last line of defence
that turns a bug into a sentence instead of a traceback."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from hefboom_tui.i18n import t, tn
from hefboom_tui.os_errors import os_reason
from hefboom_tui.store.errors import StoreError
from hefboom_tui.store.paths import sessions_dir

if TYPE_CHECKING:
    from hefboom_tui.store.session_store import SessionStore

LOCK_WAIT = 5.0
"""Seconds a command waits for a session another hefboom program has open
(``HEFBOOM_LOCK_WAIT`` overrides it)."""


def echo(message: str, err: bool = False) -> None:
    """``click.echo``, with click loaded only when a message is shown (``hefboom demo``
    starts the app without it)."""
    import click

    click.echo(message, err=err)


def fail(message: str) -> NoReturn:
    """Print ``message`` on standard error and exit with status 1."""
    echo(t("cli.error_prefix") + " " + message, err=True)
    sys.exit(1)


class Ctx:
    """Options shared by every command."""

    def __init__(self, folder: str | None) -> None:
        self._folder = folder

    @property
    def folder(self) -> Path:
        try:
            return sessions_dir(self._folder)
        except OSError as exc:
            fail(t("cli.folder_failed", folder=self._folder or os.environ.get(
                "HEFBOOM_SESSIONS", "sessions"), detail=os_reason(exc)))

    def open(self, name: str, read_only: bool = False) -> SessionStore:
        from hefboom_tui.store import catalog

        wait = lock_wait()

        def waiting() -> None:
            echo(tn("cli.lock_wait", 1 if wait == 1 else 2, name=name, seconds=f"{wait:g}"),
                 err=True)

        try:
            store = catalog.open_store(self.folder, name, read_only=read_only, wait=wait,
                                       on_wait=waiting)
        except StoreError as exc:
            fail(str(exc))
        return store

    def writable(self, name: str) -> SessionStore:
        store = self.open(name)
        if store.read_only:
            store.close()
            if store.lock_state == "locked":
                wait = lock_wait()
                fail(tn("cli.locked", 1 if wait == 1 else 2, path=store.path,
                        seconds=f"{wait:g}"))
            fail(t("store.read_only", reason=store.read_only_reason))
        return store


def lock_wait() -> float:
    """How long a command waits for a session that is open elsewhere (seconds)."""
    try:
        return max(0.0, float(os.environ.get("HEFBOOM_LOCK_WAIT", LOCK_WAIT)))
    except ValueError:
        return LOCK_WAIT


def finish(store: SessionStore) -> None:
    """Close ``store`` after a command; a backup that failed is said, not hidden."""
    store.close()
    if store.backup_error:
        echo(t("cli.backup_warning", message=store.backup_error), err=True)


def undecodable_argument(args: list[str]) -> str | None:
    """The first argument that holds bytes which are not UTF-8 (Python keeps them as lone
    surrogates), shown with ``?`` for those bytes; None when every argument is text."""
    for arg in args:
        if any("\udc80" <= char <= "\udcff" for char in arg):
            return arg.encode("utf-8", "replace").decode("utf-8")
    return None


def log_crash() -> str:
    """Write the traceback being handled to a file in the temp folder; return its path."""
    import tempfile
    import traceback

    try:
        fd, name = tempfile.mkstemp(prefix="hefboom-error-", suffix=".txt")
        with os.fdopen(fd, "w", encoding="utf-8", errors="replace") as handle:
            handle.write(traceback.format_exc())
        return name
    except OSError:
        return "-"
