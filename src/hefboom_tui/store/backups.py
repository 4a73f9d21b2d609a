"""Rolling backups of a session file in ``.backups/<session>/`` beside the sessions.

A backup is taken when a session is opened for writing and then at most once per
``interval`` seconds of saving, and when it is closed; the newest ``keep`` are kept. A backup
is a real copy, never a hard link: something that damages the session file in place must not
damage its backups too.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from hefboom_tui.store.paths import backups_dir

KEEP = 20
INTERVAL = 60.0


def list_backups(path: Path) -> list[Path]:
    """The backups of ``path``, newest first."""
    folder = backups_dir(path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{path.stem}-*.json"), reverse=True)


def take_backup(path: Path, keep: int = KEEP) -> Path | None:
    """Save the current content of ``path`` as a new backup; prune to ``keep``."""
    if not path.exists():
        return None
    folder = backups_dir(path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}.json"
    shutil.copy2(path, target)
    for old in list_backups(path)[keep:]:
        try:
            old.unlink()
        except OSError:
            pass
    return target
