"""Rolling backups of a session file in ``.backups/<session>/`` beside the sessions.

A backup is taken when a session is opened for writing and then at most once per
``interval`` seconds of saving; the newest ``keep`` are kept. A backup is a hard link to the
just-written file where the file system allows it (free), else a copy.
"""

from __future__ import annotations

import datetime as dt
import os
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
    try:
        os.link(path, target)
    except OSError:
        shutil.copy2(path, target)
    for old in list_backups(path)[keep:]:
        try:
            old.unlink()
        except OSError:
            pass
    return target
