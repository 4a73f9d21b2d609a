"""Small helpers to write safe HTML: every piece of user text goes through ``esc``."""

from __future__ import annotations

import html


def esc(text: object) -> str:
    """``text`` escaped for HTML content and attributes."""
    return html.escape(str(text), quote=True)


def field(label: str, value: str = "", size: str = "") -> str:
    """A labelled answer box; empty boxes are left to write in. The value is the box's own
    text (no wrapper element: every element costs WeasyPrint a style cascade)."""
    return (f'<div class="field {size}"><div class="label">{esc(label)}</div>'
            f'{esc(value)}</div>')


def sheet(body: str, classes: str = "") -> str:
    """One printed sheet (starts on a new page)."""
    return f'<section class="sheet {classes}">{body}</section>'


def row(*cells: str) -> str:
    """A table row of cells that are already HTML (escape user text before passing it)."""
    return "<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>"


def table(widths: tuple[int, ...], rows: str, head: tuple[str, ...] = ()) -> str:
    """A report table with fixed column widths (percent). WeasyPrint lays out a fixed table
    in one pass; an automatic one measures every cell's text twice first."""
    cols = "".join(f'<col style="width:{w}%">' for w in widths)
    header = "<tr>" + "".join(f"<th>{esc(h)}</th>" for h in head) + "</tr>" if head else ""
    return f'<table class="list"><colgroup>{cols}</colgroup>{header}{rows}</table>'
