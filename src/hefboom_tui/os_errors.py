"""What the operating system refused, said in the user's language.

The system's own text of an ``OSError`` ("No such file or directory") is English whatever the
session's language; every message that names an OS error asks :func:`os_reason` instead,
which has a text of our own for the common errors and falls back to the system's text for
the rare ones."""

from __future__ import annotations

import errno

from hefboom_tui.i18n import N_, t

_REASONS: dict[int, str] = {
    errno.ENOENT: N_("oserror.missing"),
    errno.EACCES: N_("oserror.permission"),
    errno.EPERM: N_("oserror.permission"),
    errno.ENOSPC: N_("oserror.full"),
    errno.EROFS: N_("oserror.read_only"),
    errno.EEXIST: N_("oserror.exists"),
    errno.ENOTDIR: N_("oserror.not_folder"),
    errno.EISDIR: N_("oserror.is_folder"),
    errno.ENAMETOOLONG: N_("oserror.name_too_long"),
    errno.ELOOP: N_("oserror.link_loop"),
    errno.EIO: N_("oserror.io"),
    errno.EBUSY: N_("oserror.busy"),
}
if hasattr(errno, "EDQUOT"):  # not on Windows
    _REASONS[errno.EDQUOT] = N_("oserror.full")


def os_reason(exc: BaseException) -> str:
    """Why ``exc`` happened, in a few words in the current language ("bestand of map bestaat
    niet"); the system's own text for an error we have no words for, and for anything that
    is not an ``OSError`` its message (or its type's name)."""
    key = _REASONS.get(getattr(exc, "errno", None) or -1)
    if key is not None:
        return t(key)
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
