"""Small helpers to write safe HTML: every piece of user text goes through ``esc``."""

from __future__ import annotations

import html


def esc(text: object) -> str:
    """``text`` escaped for HTML content and attributes."""
    return html.escape(str(text), quote=True)


def field(label: str, value: str = "", size: str = "") -> str:
    """A labelled answer box; empty boxes are left to write in."""
    return (f'<div class="field {size}"><div class="label">{esc(label)}</div>'
            f'<div class="value">{esc(value)}</div></div>')


def sheet(body: str, classes: str = "") -> str:
    """One printed sheet (starts on a new page)."""
    return f'<section class="sheet {classes}">{body}</section>'
