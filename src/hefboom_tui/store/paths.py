"""Where session files live, and how a session name becomes a safe file name."""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

APP_NAME = "hefboom-tui"
ENV_SESSIONS = "HEFBOOM_SESSIONS"
SUFFIX = ".json"
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul"} | {
    f"{device}{n}" for device in ("com", "lpt") for n in range(10)}
_MAX_STEM = 60


def sessions_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The sessions folder: ``override``, else ``$HEFBOOM_SESSIONS``, else ``./sessions`` when it
    exists, else the user data folder. The folder is not created here: a command that only
    reads (``hefboom list``, the start screen) leaves a missing folder missing; it is made
    when the first session is written (``SessionStore.create``, the demo)."""
    if override:
        folder = Path(override)
    elif os.environ.get(ENV_SESSIONS):
        folder = Path(os.environ[ENV_SESSIONS])
    elif (Path.cwd() / "sessions").is_dir():
        folder = Path.cwd() / "sessions"
    else:
        from platformdirs import user_data_dir

        folder = Path(user_data_dir(APP_NAME, appauthor=False)) / "sessions"
    return folder.resolve()


def safe_stem(name: str) -> str:
    """A file-name stem for ``name`` that is safe on Windows, macOS and Linux.

    Accents are folded (``Café`` → ``cafe``); anything but letters, digits, ``-`` and ``_``
    becomes ``-``; reserved device names get a suffix; long names are cut and given a short
    hash so two long names stay apart; a name with nothing usable becomes ``sessie-<hash>``.
    """
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    stem = re.sub(r"[^a-z0-9_-]+", "-", folded.lower()).strip("-_")
    stem = re.sub(r"-{2,}", "-", stem)
    if not stem:
        return f"sessie-{_digest(name)}"
    if len(stem) > _MAX_STEM:
        stem = f"{stem[:_MAX_STEM].rstrip('-_')}-{_digest(name)}"
    if stem.split(".")[0] in _WINDOWS_RESERVED:
        stem = f"{stem}-sessie"
    return stem


def _digest(name: str) -> str:
    import hashlib  # only for the names that need it: OpenSSL costs a few ms at start-up

    return hashlib.sha1(name.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def session_path(folder: Path, name: str) -> Path:
    """The file of session ``name`` inside ``folder``; never outside it. The file's own name
    is not resolved: a session file that is a link stays that link (see ``catalog.find``)."""
    path = folder.resolve() / f"{safe_stem(name)}{SUFFIX}"
    if path.parent != folder.resolve() or path.name in (".", ".."):
        raise ValueError(f"unsafe session name: {name!r}")  # safe_stem already forbids this
    return path


def backups_dir(path: Path) -> Path:
    """The folder with the rolling backups of the session file ``path``."""
    return path.parent / ".backups" / path.stem
