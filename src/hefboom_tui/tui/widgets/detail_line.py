"""The whole text of the row under the cursor, under a table that has to cut it."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.widgets import Static


class DetailLine(Static):
    """Redraws only when its text changes, and lays the screen out again only when the new
    text needs another number of lines (moving the cursor then costs no layout pass)."""

    _shown: str | None = None
    _lines = 0

    def show(self, text: str | Text, *, markup: bool = False) -> None:
        """Show ``text``: plain (nothing in it is read as markup) unless ``markup``, for text
        built with ``rich.markup.escape`` around what people typed."""
        if isinstance(text, str):
            text = Text.from_markup(text) if markup else Text(text)
        plain = text.plain
        if plain == self._shown:
            return
        width = max(1, self.content_region.width or self.size.width or 80)
        lines = sum(max(1, -(-cell_len(line) // width)) for line in plain.split("\n"))
        self.update(text, layout=self._shown is None or lines != self._lines)
        self._shown, self._lines = plain, lines
