"""The whole text of the row under the cursor, under a table that has to cut it.

A table cell shows what fits (cut with ``…``, see :func:`cut`); the detail pane under the
table shows every text of the focused row in full, wrapped, and scrolls when they are longer
than the pane (mouse wheel, or Tab to the pane and the arrow keys)."""

from __future__ import annotations

from rich.cells import cell_len, set_cell_size
from rich.text import Text
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static


def cut(text: str, width: int) -> str:
    """``text`` on one line, cut to ``width`` cells with an ellipsis when it is longer (the
    detail pane shows it whole)."""
    flat = " ".join(text.split())
    if cell_len(flat) <= width:
        return flat
    return set_cell_size(flat, max(0, width - 1)) + "…"


def detail(title: str, *fields: tuple[str, str]) -> Text:
    """A bold ``title`` line, then each non-empty ``(label, value)`` as "label: value" (the
    values are what people typed: never read as markup)."""
    text = Text(title, style="bold")
    for label, value in fields:
        if value:
            text.append("\n")
            if label:
                text.append(label + (" " if label.endswith(("?", ":")) else ": "),
                            style="bold")
            text.append(value)
    return text


class DetailLine(Static):
    """Redraws only when its text changes, and lays the screen out again only when the new
    text needs another number of lines (moving the cursor then costs no layout pass)."""

    _shown: str | None = None
    _lines = 0

    def show(self, text: str | Text, *, markup: bool = False) -> bool:
        """Show ``text``: plain (nothing in it is read as markup) unless ``markup``, for text
        built with ``rich.markup.escape`` around what people typed. True if it changed."""
        if isinstance(text, str):
            text = Text.from_markup(text) if markup else Text(text)
        plain = text.plain
        if plain == self._shown:
            return False
        content = Content.from_rich_text(text)
        width = max(1, self.content_region.width or self.size.width or 80)
        lines = content.get_height(self.styles, width)  # wrapped as it will be drawn
        self.update(content, layout=self._shown is None or lines != self._lines)
        self._shown, self._lines = plain, lines
        return True


class DetailPane(VerticalScroll):
    """A :class:`DetailLine` in a pane at most a third of the screen high, which scrolls."""

    DEFAULT_CSS = """
    DetailPane { height: auto; max-height: 33%; background: $surface; }
    DetailPane > DetailLine { height: auto; padding: 0 1; color: $foreground; }
    """

    def __init__(self, line_id: str) -> None:
        super().__init__(DetailLine("", id=line_id), classes="detail-pane")

    def show(self, text: str | Text, *, markup: bool = False) -> None:
        """Show ``text`` from its first line."""
        if self.query_one(DetailLine).show(text, markup=markup):
            self.scroll_home(animate=False)
