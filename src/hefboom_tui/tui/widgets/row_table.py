"""A DataTable for lists of records: Home/End go to the first/last row, rows keep their keys."""

from __future__ import annotations

from typing import Any

from textual.binding import Binding
from textual.widgets import DataTable


class RowTable(DataTable[Any]):
    """A row-cursor table whose rows are keyed by record id."""

    BINDINGS = [
        Binding("home", "first", show=False),
        Binding("end", "last", show=False),
    ]

    def __init__(self, *, id: str | None = None, cursor_type: str = "row") -> None:
        super().__init__(id=id, cursor_type=cursor_type, zebra_stripes=True)  # type: ignore[arg-type]

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
        """Replace all rows; the cursor stays on the same key where it still exists."""
        keep = self.current_key()
        column = self.cursor_coordinate.column
        self.clear()
        for key, cells in rows:
            self.add_row(*cells, key=key)
        if keep is not None:
            keys = [key for key, _ in rows]
            if keep in keys:
                self.move_cursor(row=keys.index(keep), column=column)
