"""A DataTable for lists of records: Home/End go to the first/last row, rows keep their keys."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.coordinate import Coordinate
from textual.render import measure
from textual.strip import Strip
from textual.widgets import DataTable
from textual.widgets._data_table import default_cell_formatter
from textual.widgets.data_table import CellDoesNotExist, ColumnKey, RowKey

NOWHERE = Coordinate(-2, -2)
"""A cursor position no cell has (the header row is -1): nothing is highlighted."""


class RowTable(DataTable[Any]):
    """A row-cursor table whose rows are keyed by record id."""

    BINDINGS = [
        Binding("home", "first", show=False),
        Binding("end", "last", show=False),
    ]

    def __init__(self, *, id: str | None = None, cursor_type: str = "row") -> None:
        self._steady_lines: LRUCache[tuple[Any, ...], Strip] = LRUCache(1000)
        super().__init__(id=id, cursor_type=cursor_type, zebra_stripes=True)  # type: ignore[arg-type]

    _cached_width: int | None = None  # the width the cached renders were made for

    def _on_resize(self, event: events.Resize) -> None:
        """Keep the cached renders when only the height changed (a detail pane under the
        table grew or shrank): cells and rows depend on the width, the height only decides
        how many rows show. Textual's DataTable drops every cached render on any resize, so
        every visible cell of the table was drawn again (as of Textual 8.2; tested in
        ``tests/test_partial_redraw.py``)."""
        if event.size.width == self._cached_width:
            event.prevent_default()  # DataTable._on_resize would drop every cached render
        self._cached_width = event.size.width

    def _render_line_in_row(self, row_key: RowKey, line_no: int, base_style: Style,
                            cursor_location: Coordinate,
                            hover_location: Coordinate) -> tuple[Any, Any]:
        """A row looks the same wherever the cursor is, unless the cursor (or the mouse) is on
        it; DataTable caches a rendered row under the cursor's coordinate, so after any move
        every row was put together again from its cells at the next full repaint. Here a row
        the cursor is not on is cached under one coordinate that highlights nothing."""
        if self.cursor_type in ("row", "cell"):
            row = self._row_locations.get(row_key)
            if cursor_location.row != row:
                cursor_location = NOWHERE
            if hover_location.row != row:
                hover_location = NOWHERE
        return super()._render_line_in_row(row_key, line_no, base_style, cursor_location,
                                           hover_location)

    def _render_line(self, y: int, x1: int, x2: int, base_style: Style) -> Strip:
        """The same for the lines of the table (DataTable's line cache is also keyed by the
        cursor's coordinate): a line the cursor and the mouse are not on is cached once."""
        if self.cursor_type not in ("row", "cell"):
            return super()._render_line(y, x1, x2, base_style)
        try:
            row_key, _ = self._get_offsets(y)
        except LookupError:
            return super()._render_line(y, x1, x2, base_style)
        row = self._row_locations.get(row_key)
        cursor, hover = self.cursor_coordinate, self.hover_coordinate
        key = (y, x1, x2, self.size.width, cursor if cursor.row == row else NOWHERE,
               hover if hover.row == row else NOWHERE, base_style, self.cursor_type,
               self._show_hover_cursor, self._update_count, self._pseudo_class_state)
        strip = self._steady_lines.get(key)
        if strip is None:
            strip = super()._render_line(y, x1, x2, base_style)
            self._steady_lines[key] = strip
        return strip

    def _clear_caches(self) -> None:
        super()._clear_caches()
        self._steady_lines.clear()

    def watch_cursor_coordinate(self, old: Coordinate, new: Coordinate) -> None:
        super().watch_cursor_coordinate(old, new)
        if old != new:
            # the screen's detail pane follows in the same frame as the cursor (the
            # highlighted message comes a frame later)
            follow = getattr(self.screen, "cursor_moved", None)
            if follow is not None:
                follow(self)

    def action_first(self) -> None:
        self.move_cursor(row=0)

    def action_last(self) -> None:
        self.move_cursor(row=max(0, self.row_count - 1))

    def current_key(self) -> str | None:
        """The key of the row under the cursor, or None for an empty table."""
        if not self.row_count:
            return None
        return str(self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value)

    def fill(self, rows: list[tuple[str, list[Any]]]) -> None:
        """Show ``rows`` (key, cells); the cursor stays on the same key where it still exists.

        When the keys are the ones already shown, in the same order, only the cells that
        differ are redrawn (see :meth:`set_cells`): one mark, one status, one count costs one
        row, not the whole table. Otherwise (rows added, removed or moved, or a cell wider
        than its column) the table is rebuilt."""
        if self._update_in_place(rows):
            return
        keep = self.current_key()
        column = self.cursor_coordinate.column
        self.clear()
        for key, cells in rows:
            self.add_row(*cells, key=key)
        if keep is not None:
            keys = [key for key, _ in rows]
            if keep in keys:
                self.move_cursor(row=keys.index(keep), column=column)

    def _update_in_place(self, rows: list[tuple[str, list[Any]]]) -> bool:
        if not rows or len(rows) != self.row_count:
            return False
        if [key for key, _ in rows] != [row.key.value for row in self.ordered_rows]:
            return False
        columns = list(self.columns.values())
        changes: list[tuple[str, str | ColumnKey, Any]] = []
        for key, cells in rows:
            if len(cells) != len(columns):
                return False
            old = self._data[RowKey(key)]
            for column, value in zip(columns, cells, strict=True):
                if old.get(column.key) != value:
                    if measure(self.app.console, default_cell_formatter(value), 1) > \
                            column.content_width:
                        return False  # the column must grow: rebuild
                    changes.append((key, column.key, value))
        self.set_cells(changes)
        return True

    def set_cells(self, cells: Iterable[tuple[str, str | ColumnKey, Any]]) -> None:
        """Change cells ``(row key, column key, value)`` and redraw only them.

        ``update_cell`` marks the whole table as changed, so every visible cell is rendered
        again (about 900 cells, 0.2 s, for one strong mark on a 200 × 24 table). Here only the
        cached renders of the changed cells and their rows are dropped (DataTable's caches as
        of Textual 8.2: ``tests/test_partial_redraw.py`` compares the drawn screen with a full
        redraw, so a change in Textual shows up there). Column widths stay as they are."""
        rows: set[RowKey] = set()
        changed: set[tuple[RowKey, ColumnKey]] = set()
        for row, column, value in cells:
            row_key = RowKey(row)
            column_key = column if isinstance(column, ColumnKey) else ColumnKey(column)
            if row_key not in self._row_locations or column_key not in self._column_locations:
                raise CellDoesNotExist(f"no cell at row {row!r}, column {column!r}")
            self._data[row_key][column_key] = value
            rows.add(row_key)
            changed.add((row_key, column_key))
        if not rows:
            return
        # the other cells of a touched row keep their cached render: the row is put together
        # again from them and the few new ones
        for cell_key in [k for k in self._cell_render_cache.keys() if (k[0], k[1]) in changed]:
            self._cell_render_cache.discard(cell_key)
        for row_cache_key in [k for k in self._row_render_cache.keys() if k[0] in rows]:
            self._row_render_cache.discard(row_cache_key)
        self._line_cache.clear()  # keyed by screen line; cheap to rebuild from cached rows
        self._steady_lines.clear()
        for row_key in rows:
            index = self._row_locations.get(row_key)
            if index is not None:
                # the row's renderables (its cell values) are cached by (update count, index)
                self._row_renderable_cache.discard((self._update_count, index))
                self.refresh_row(index)
