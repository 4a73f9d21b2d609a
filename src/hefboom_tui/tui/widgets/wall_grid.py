"""The wall: every initiative as a card in a grid that reflows to the terminal's width.

Drawn as one widget with the Line API (like Textual's DataTable): only visible lines are
rendered, the cards are not widgets and not focusable, and one reactive cursor marks the
selected card. That keeps a wall of hundreds of fiches as fast as a one-widget app.
"""

from __future__ import annotations

from functools import lru_cache

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from hefboom_tui.i18n import N_, t
from hefboom_tui.model.entities import Initiative

CARD_HEIGHT = 5


def oneline(text: str) -> str:
    """``text`` with every run of white space (newlines too) as one space."""
    return " ".join(text.split())


@lru_cache(maxsize=8192)
def fit(text: str, width: int) -> str:
    """``text`` cut with an ellipsis, or padded, to exactly ``width`` cells."""
    if width <= 0:
        return ""
    if cell_len(text) > width:
        return set_cell_size(text, width - 1) + "…"
    return set_cell_size(text, width)


@lru_cache(maxsize=4096)
def wrap2(text: str, width: int) -> tuple[str, str]:
    """The first two lines of ``text`` wrapped at ``width`` cells (the second may end in …)."""
    words = oneline(text).split(" ")
    first = ""
    while words and cell_len((first + " " + words[0]).strip()) <= width:
        first = (first + " " + words.pop(0)).strip()
    if not first and words:
        return fit(words[0], width), fit(" ".join(words[1:]), width)
    return fit(first, width), fit(" ".join(words), width)


class WallGrid(ScrollView, can_focus=True):
    """A grid of initiative cards with a keyboard and mouse cursor."""

    COMPONENT_CLASSES = {
        "wall--card", "wall--selected", "wall--title", "wall--dim", "wall--new", "wall--chosen",
    }
    DEFAULT_CSS = """
    WallGrid { height: 1fr; }
    WallGrid > .wall--card { color: $foreground; background: $background; }
    WallGrid > .wall--selected { color: $background; background: $primary; text-style: bold; }
    WallGrid > .wall--title { color: $foreground; text-style: bold; }
    WallGrid > .wall--dim { color: $foreground; }
    WallGrid > .wall--new { color: $accent; text-style: bold; }
    WallGrid > .wall--chosen { color: $success; text-style: bold; }
    """
    BINDINGS = [
        Binding("left,h", "move(-1, 0)", N_("key.left"), show=False, id="wall.left"),
        Binding("right,l", "move(1, 0)", N_("key.right"), show=False, id="wall.right"),
        Binding("up,k", "move(0, -1)", N_("key.up"), show=False, id="wall.up"),
        Binding("down,j", "move(0, 1)", N_("key.down"), show=False, id="wall.down"),
        Binding("home", "jump(0)", N_("key.first"), show=False, id="wall.first"),
        Binding("end", "jump(-1)", N_("key.last"), show=False, id="wall.last"),
        Binding("pageup", "page(-1)", show=False),
        Binding("pagedown", "page(1)", show=False),
    ]

    cursor: reactive[int] = reactive(0)
    large: reactive[bool] = reactive(False)

    class Opened(Message):
        """The user asked to open the selected card (Enter or a second click)."""

        def __init__(self, initiative: Initiative) -> None:
            super().__init__()
            self.initiative = initiative

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.items: list[Initiative] = []
        self.current_round = 1
        self._styles: dict[str, Style] = {}
        self._grid_key: tuple[int, bool] | None = None
        self._grid_cache = (0, 1, 10)
        self._version = 0  # bumped with every set_items: the cached lines are of older data
        self._lines: LRUCache[tuple[int, ...], Strip] = LRUCache(256)

    # -- data --------------------------------------------------------------------------------
    def set_items(self, items: list[Initiative], current_round: int = 1) -> None:
        """Show ``items``; the cursor stays on the same initiative where possible."""
        selected = self.selected
        self.items = items
        self.current_round = current_round
        if selected is not None:
            index = next((n for n, i in enumerate(items) if i.id == selected.id), None)
            if index is not None:
                self.cursor = index
        self.cursor = min(self.cursor, max(0, len(items) - 1))
        self._version += 1
        if self.virtual_size.height != self._rows_height():
            self._update_size()
        self.refresh()

    @property
    def selected(self) -> Initiative | None:
        """The initiative under the cursor."""
        return self.items[self.cursor] if 0 <= self.cursor < len(self.items) else None

    def select_id(self, iid: str) -> bool:
        """Move the cursor to the initiative ``iid``; return whether it is shown."""
        for n, item in enumerate(self.items):
            if item.id == iid:
                self.cursor = n
                return True
        return False

    # -- layout ------------------------------------------------------------------------------
    def _layout(self) -> tuple[int, int, int]:
        """(content width, columns, card width), recomputed only when the size changes."""
        width = self.scrollable_content_region.width
        key = (width, self.large)
        if self._grid_key != key:
            columns = max(1, width // (44 if self.large else 28))
            self._grid_cache = (width, columns, max(10, width // columns))
            self._grid_key = key
        return self._grid_cache

    @property
    def columns(self) -> int:
        return self._layout()[1]

    @property
    def card_width(self) -> int:
        return self._layout()[2]

    @property
    def card_height(self) -> int:
        return CARD_HEIGHT

    def _rows_height(self) -> int:
        rows = -(-len(self.items) // self.columns) if self.items else 1
        return rows * self.card_height

    def _update_size(self) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, self._rows_height())

    def on_resize(self, _: events.Resize) -> None:
        self._grid_key = None
        self._update_size()
        self._scroll_to_cursor(animate=False)

    def watch_cursor(self, old: int, new: int) -> None:
        before = self.scroll_y
        self._scroll_to_cursor()
        if self.scroll_y != before or not self.is_mounted:
            self.refresh()
            return
        # only the two cards' rows change: redraw just those lines
        for index in {old, new}:
            top = (index // self.columns) * self.card_height - int(self.scroll_y)
            self.refresh_lines(top, self.card_height)

    def notify_style_update(self) -> None:
        self._styles.clear()
        self._lines.clear()
        super().notify_style_update()

    def style_of(self, name: str) -> Style:
        """A component style, cached until the theme or CSS changes."""
        found = self._styles.get(name)
        if found is None:
            found = self._styles[name] = self.get_component_rich_style(name)
        return found

    def watch_large(self, _old: bool, _new: bool) -> None:
        self._update_size()
        self.refresh()

    def _scroll_to_cursor(self, animate: bool = False) -> None:
        row = self.cursor // self.columns
        top = row * self.card_height
        view = self.scrollable_content_region.height
        if view and self.scroll_y <= top and top + self.card_height <= self.scroll_y + view:
            return  # already in view: scrolling "to" it would still redraw the whole wall
        region = Region(0, top, self.card_width, self.card_height)
        self.scroll_to_region(region, animate=animate, force=True)

    # -- keys and mouse ----------------------------------------------------------------------
    def action_move(self, dx: int, dy: int) -> None:
        if not self.items:
            return
        target = self.cursor + dx + dy * self.columns
        if 0 <= target < len(self.items):
            self.cursor = target
        elif dy > 0:
            self.cursor = len(self.items) - 1

    def action_jump(self, index: int) -> None:
        if self.items:
            self.cursor = index % len(self.items)

    def action_page(self, direction: int) -> None:
        rows = max(1, self.scrollable_content_region.height // self.card_height)
        self.action_move(0, direction * rows)

    def key_enter(self) -> None:
        if self.selected is not None:
            self.post_message(self.Opened(self.selected))

    def on_click(self, event: events.Click) -> None:
        y = event.y + int(self.scroll_y)
        index = (y // self.card_height) * self.columns + min(self.columns - 1,
                                                                event.x // self.card_width)
        if 0 <= index < len(self.items):
            if index == self.cursor or event.chain > 1:
                self.cursor = index
                self.post_message(self.Opened(self.items[index]))
            self.cursor = index

    # -- drawing -----------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        """Line ``y`` of the view; a line drawn before for the same data, size and cursor
        comes from the cache (a repaint after a scroll, a resize or the app's start-up
        redraws the whole wall: every card line was put together again)."""
        width, columns, card_width = self._layout()
        absolute = y + int(self.scroll_y)
        row = absolute // self.card_height
        cursor = self.cursor if self.cursor // columns == row else -1
        key = (absolute, width, card_width, self.large, cursor, self._version)
        strip = self._lines.get(key)
        if strip is None:
            strip = self._lines[key] = self._render_line(absolute, width, columns, card_width)
        return strip

    def _render_line(self, absolute: int, width: int, columns: int, card_width: int) -> Strip:
        row, line = divmod(absolute, self.card_height)
        base = self.style_of("wall--card")
        if not self.items:
            text = t("wall.empty") if absolute == 1 else ""
            return Strip([Segment(fit("  " + text, width), base)], width)
        segments: list[Segment] = []
        for col in range(columns):
            index = row * columns + col
            if index < len(self.items):
                segments.extend(self._card_line(self.items[index], line, index == self.cursor,
                                                card_width))
            else:
                segments.append(Segment(" " * card_width, base))
        used = columns * card_width
        if used < width:
            segments.append(Segment(" " * (width - used), base))
        return Strip(segments, width)

    def _card_line(self, item: Initiative, line: int, selected: bool,
                   card_width: int) -> list[Segment]:
        w = card_width - 1  # one column gap between cards
        inner = w - 2
        style = self.style_of("wall--selected" if selected else "wall--card")
        gap = Segment(" ", self.style_of("wall--card"))
        tl, tr, bl, br, hz, vt = ("┏", "┓", "┗", "┛", "━", "┃") if selected else (
            "┌", "┐", "└", "┘", "─", "│")
        if line == 0:
            mark = "▶ " if selected else ""
            status = self._status(item)
            head = f"{hz} {mark}{item.code} "
            tail = f" {status} {hz}" if status else hz
            fill = max(0, w - 2 - cell_len(head) - cell_len(tail))
            text = fit(head + hz * fill + tail, w - 2)
            return [Segment(tl + text + tr, style), gap]
        if line == self.card_height - 1:
            label = oneline(item.theme)
            if cell_len(label) > w - 6:
                label = fit(label, max(1, w - 6))
            theme = f" {label} " if label else ""
            text = set_cell_size(hz + theme + hz * w, w - 2)
            return [Segment(bl + text + br, style), gap]
        if line == 1:
            title = style + self.style_of("wall--title") if not selected else style
            return [Segment(vt, style), Segment(fit(" " + oneline(item.name), inner), title),
                    Segment(vt, style), gap]
        first, second = wrap2(item.description, inner - 1)
        text = first if line == 2 else second
        return [Segment(vt + " " + set_cell_size(text, inner - 1) + vt, style), gap]

    def _status(self, item: Initiative) -> str:
        parts = []
        if item.round > 1 and item.round == self.current_round:
            parts.append(t("wall.badge_new_round", round=item.round))
        if item.visit.done:
            parts.append("◆ " + t("status.visited"))
        elif item.choice.chosen:
            parts.append("✓ " + t("status.chosen"))
        elif item.presented:
            parts.append("• " + t("status.presented"))
        return " ".join(parts)


__all__ = ["WallGrid", "fit", "wrap2"]
