"""The whole text of the row under the cursor, under a table that has to cut it.

A table cell shows what fits (cut with ``…``, see :func:`cut`); the detail pane under the
table shows every text of the focused row in full, wrapped, and scrolls when they are longer
than the pane (mouse wheel, or Tab to the pane and the arrow keys)."""

from __future__ import annotations

from rich.cells import cell_len, set_cell_size
from rich.text import Text
from textual.content import Content
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.visual import Visual


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


class DetailPane(ScrollView, can_focus=True):
    """The whole text of the row under the cursor, wrapped, in a pane of a fixed height (a
    quarter of the screen, or ``lines`` lines); longer texts scroll (mouse wheel, or Tab to
    the pane and the arrow keys).

    Drawn line by line (like Textual's own logs): a new text is wrapped once, only the
    visible lines are drawn, and as the pane keeps its height, moving the cursor never lays
    the screen out again (a layout pass of a table screen costs ~30 ms)."""

    DEFAULT_CSS = """
    DetailPane {
        height: 25%; min-height: 2; padding: 0 1; scrollbar-gutter: stable;
        background: $surface; color: $foreground;
    }
    """

    def __init__(self, pane_id: str, *, lines: int = 0) -> None:
        super().__init__(id=pane_id, classes="detail-pane")
        if lines:
            self.styles.height = lines
        self._content = Content("")
        self._shown: str | None = None
        self._lines: tuple[int, list[Strip]] = (-1, [])  # (width, the wrapped lines)

    def show(self, text: str | Text, *, markup: bool = False) -> None:
        """Show ``text`` from its first line: plain (nothing in it is read as markup) unless
        ``markup``, for text built with ``rich.markup.escape`` around what people typed."""
        if isinstance(text, str):
            text = Text.from_markup(text) if markup else Text(text)
        if text.plain == self._shown:
            return
        self._content, self._shown = Content.from_rich_text(text), text.plain
        self._lines = (-1, [])
        self.wrapped()
        self.scroll_to(y=0, animate=False)
        self.refresh()

    def wrapped(self, width: int | None = None) -> list[Strip]:
        """The text's lines as drawn at ``width`` (the pane's width by default)."""
        width = width or self.scrollable_content_region.width or 80
        if self._lines[0] != width:
            lines = Visual.to_strips(self, self._content, width, None, self.visual_style)
            self._lines = (width, lines)
            size = Size(width, len(lines))
            if size != self.virtual_size:
                # virtual_size is a reactive that lays the whole screen out again; the pane's
                # own height is fixed, so only its scroll range and scroll bar need updating
                self.set_reactive(DetailPane.virtual_size, size)
                self._scroll_update(size)
        return self._lines[1]

    def whole_text(self) -> str:
        """Every line of the text as the pane draws it (scrolled into view or not)."""
        return "\n".join(strip.text for strip in self.wrapped())

    def on_resize(self) -> None:
        self.wrapped()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        lines = self.wrapped(width)
        index = y + self.scroll_offset.y
        line = lines[index] if index < len(lines) else Strip.blank(width)
        return line.crop_extend(0, width, self.rich_style).apply_style(self.rich_style)
