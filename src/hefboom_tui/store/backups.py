"""Rolling backups of a session file in ``.backups/<session>/`` beside the sessions.

A backup is the text of a session as it was saved, written atomically like the session file
itself (temporary file, fsync, replace: a kill leaves the previous backups and at most a
stray temporary file, never a partial backup). It is a real copy, never a hard link:
something that damages the session file in place must not damage its backups too. A backup
identical to the newest one is not written again, so opening a session and closing it makes
none, and one command that changes it makes one.

Kept: the newest :data:`KEEP`, plus the newest of every hour of the last :data:`HOURLY_DAYS`
days (:func:`retained`); older ones are removed when a new one is written. Whether a backup
is *good* (it loads) is decided by the store (``loading.good_backups``), not by its name.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import time
from collections.abc import Iterable
from pathlib import Path

from hefboom_tui.fsutil import atomic_write_bytes, remove_stale_temps
from hefboom_tui.store.paths import backups_dir

KEEP = 50
HOURLY_DAYS = 7
INTERVAL = 60.0
"""While a session stays open, at most one backup per this many seconds of saving."""
_STAMP = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"-(\d{8}-\d{6}-\d{6})\.json$")


def stamp_of(backup: Path) -> dt.datetime | None:
    """When ``backup`` was taken (from its name), or None for a file that is no backup."""
    found = _NAME.search(backup.name)
    if found is None:
        return None
    s = found.group(1)  # YYYYMMDD-HHMMSS-ffffff, digits checked by _NAME (no strptime: it
    try:                # costs a module import at start-up and ~10 µs a backup)
        return dt.datetime(int(s[0:4]), int(s[4:6]), int(s[6:8]), int(s[9:11]), int(s[11:13]),
                           int(s[13:15]), int(s[16:22]))
    except ValueError:
        return None


def list_backups(path: Path) -> list[Path]:
    """The backups of the session file ``path``, newest first."""
    folder = backups_dir(path)
    prefix = f"{path.stem}-"
    try:
        names = [e.name for e in os.scandir(folder) if e.name.startswith(prefix)]
    except OSError:
        return []
    found = [(stamp, folder / name) for name in names
             if len(name) == len(prefix) + 27
             and (stamp := stamp_of(folder / name)) is not None]
    return [p for _, p in sorted(found, reverse=True)]


def retained(stamps: Iterable[dt.datetime], now: dt.datetime, keep: int = KEEP,
             hourly_days: int = HOURLY_DAYS) -> set[dt.datetime]:
    """The backup times to keep: the newest ``keep``, plus the newest one of each hour of
    the last ``hourly_days`` days before ``now``."""
    ordered = sorted(set(stamps), reverse=True)
    kept = set(ordered[:keep])
    since = now - dt.timedelta(days=hourly_days)
    hours: set[dt.datetime] = set()
    for stamp in ordered:  # newest first: the first one seen in an hour is its newest
        hour = stamp.replace(minute=0, second=0, microsecond=0)
        if stamp >= since and hour not in hours:
            hours.add(hour)
            kept.add(stamp)
    return kept


def prune(path: Path, now: dt.datetime) -> list[Path]:
    """Remove the backups of ``path`` that :func:`retained` does not keep; return them."""
    backups = {stamp_of(p): p for p in list_backups(path)}
    keep = retained([s for s in backups if s is not None], now)
    removed = []
    for stamp, backup in backups.items():
        if stamp not in keep:
            try:
                backup.unlink()
                removed.append(backup)
            except OSError:
                continue
    return removed


def _newest_is(path: Path, data: bytes) -> bool:
    newest = next(iter(list_backups(path)), None)
    if newest is None:
        return False
    try:
        return newest.stat().st_size == len(data) and newest.read_bytes() == data
    except OSError:
        return False


def write_backup(path: Path, text: str, clock: float | None = None) -> Path | None:
    """Keep ``text`` (a session as saved, known to load) as a new backup of ``path``, taken
    at ``clock`` (seconds since the epoch; now by default), then prune. Returns the new
    backup, or None when the newest backup already holds exactly this text. Raises OSError
    when it cannot be written (the caller reports it; the session itself is saved)."""
    data = text.encode("utf-8")
    if _newest_is(path, data):
        return None
    now = dt.datetime.fromtimestamp(time.time() if clock is None else clock)
    folder = backups_dir(path)
    folder.mkdir(parents=True, exist_ok=True)
    taken = now
    target = folder / f"{path.stem}-{taken.strftime(_STAMP)}.json"
    while target.exists():  # two backups in one microsecond (a fast clock, or a test's)
        taken += dt.timedelta(microseconds=1)
        target = folder / f"{path.stem}-{taken.strftime(_STAMP)}.json"
    atomic_write_bytes(target, data)
    prune(path, now)
    return target


def take_backup(path: Path, clock: float | None = None) -> Path | None:
    """Back up the current content of the session file ``path`` (None when there is none,
    or when the newest backup already holds it). The caller makes sure the file loads."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    return write_backup(path, text, clock)


def clean_temps(path: Path) -> list[Path]:
    """Remove stale temporary files beside ``path`` and among its backups (see
    :func:`hefboom_tui.fsutil.remove_stale_temps`)."""
    return remove_stale_temps(path.parent) + remove_stale_temps(backups_dir(path))
