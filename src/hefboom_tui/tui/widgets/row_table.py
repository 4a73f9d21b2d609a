"""A DataTable for lists of records: Home/End go to the first/last row, rows keep their keys."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from textual.binding import Binding
from textual.coordinate import Coordinate
from textual.render import measure
from textual.widgets import DataTable
from textual.widgets._data_table import default_cell_formatter
from textual.widgets.data_table import CellDoesNotExist, ColumnKey, RowKey


class RowTable(DataTable[Any]):
    """A row-cursor table whose rows are keyed by record id."""

    BINDINGS = [
        Binding("home", "first", show=False),
        Binding("end", "last", show=False),
    ]

    def __init__(self, *, id: str | None = None, cursor_type: str = "row") -> None:
        super().__init__(id=id, cursor_type=cursor_type, zebra_stripes=True)  # type: ignore[arg-type]

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
        for row_key in rows:
            index = self._row_locations.get(row_key)
            if index is not None:
                # the row's renderables (its cell values) are cached by (update count, index)
                self._row_renderable_cache.discard((self._update_count, index))
                self.refresh_row(index)
