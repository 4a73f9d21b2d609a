"""Tables of the session report: every table has a header row, and its column widths follow
what the cells hold (measured with the print font, as a browser's automatic table layout
would, then fixed for WeasyPrint, which lays out a fixed table in one pass). A table whose
rows would run long (texts of thousands of characters) prints each row as a block instead:
its name and short facts, then the long texts below one another."""

from __future__ import annotations

from hefboom_tui.i18n import t
from hefboom_tui.model.entities import Initiative
from hefboom_tui.printing.context import Context
from hefboom_tui.printing.measure import PT, lines, widest_word, width
from hefboom_tui.printing.views import Bar, Column, Named, Section, Table

CELL_SIZE = 9.5  # pt, the report's table text
CELL_PAD = 3.0  # mm, left and right padding of a cell together
RECORD_ROW = 70.0  # mm: a table whose rows would be taller than this prints as blocks
BAR_MAX = 28.0  # mm, the longest tally bar


def _cell_text(cell: object) -> str:
    if isinstance(cell, list):
        return "\n".join(str(x) for x in cell)
    if isinstance(cell, Bar):
        return f"{cell.mark} {cell.count}"
    return str(cell)


def _natural(cell: object) -> tuple[float, float]:
    """Widest word and width on one line (mm) of a cell's content."""
    if isinstance(cell, Bar):
        extent = cell.width + width(f"{cell.mark} {cell.count}", CELL_SIZE) + 2
        return extent, extent
    text = _cell_text(cell)
    return widest_word(text, CELL_SIZE), width(text, CELL_SIZE)


def _extents(columns: list[Column], rows: list[list[object]]) -> tuple[list[float], list[float]]:
    """Per column, the least width (its widest word; all of it if it never wraps) and the
    width of its content on one line, in mm."""
    low, high = [], []
    for n, column in enumerate(columns):
        heading = column.title.upper()
        cells = [_natural(row[n]) for row in rows] + [(widest_word(heading, 8, True),
                                                       width(heading, 8, True))]
        least = max(c[0] for c in cells)
        most = max(max(c[1] for c in cells), least)
        low.append(most if column.nowrap else least)
        high.append(most)
    return low, high


def _widths(columns: list[Column], low: list[float], high: list[float],
            total: float) -> list[float]:
    """Column widths in mm, as the automatic table layout shares ``total`` out."""
    room = total - CELL_PAD * len(columns)
    if sum(high) <= room:
        return [h + (room - sum(high)) * h / sum(high) if sum(high) else room / len(high)
                for h in high]
    if sum(low) >= room:  # words break anywhere; a column that never wraps keeps its width
        fixed = sum(w for w, c in zip(low, columns, strict=True) if c.nowrap)
        free = sum(low) - fixed
        if fixed >= room or not free:
            return [w * room / sum(low) for w in low]
        return [w if c.nowrap else w * (room - fixed) / free
                for w, c in zip(low, columns, strict=True)]
    spare = (room - sum(low)) / (sum(high) - sum(low))
    return [lo + (hi - lo) * spare for lo, hi in zip(low, high, strict=True)]


def _filled(cell: object) -> bool:
    return bool(cell) and cell != "–" and not (isinstance(cell, Bar) and not cell.count)


def table(ctx: Context, columns: list[Column], rows: list[list[object]]) -> Table:
    """A report table with widths from its content, or blocks when its rows run long. A
    column that is empty in every row is left out (its heading would be all it shows)."""
    keep = [n for n in range(len(columns)) if n == 0 or any(_filled(r[n]) for r in rows)]
    if len(keep) < len(columns):
        columns = [columns[n] for n in keep]
        rows = [[row[n] for n in keep] for row in rows]
    total = ctx.paper.content_width
    low, high = _extents(columns, rows)
    narrow = sum(low) + CELL_PAD * len(columns) > total  # words would break: blocks instead
    widths = _widths(columns, low, high, total)
    leading = CELL_SIZE * 1.25 * PT
    tallest = max((max(lines(_cell_text(c), w, CELL_SIZE) for c, w in zip(row, widths,
                                                                            strict=True))
                   for row in rows), default=0) * leading
    for n, (column, w) in enumerate(zip(columns, widths, strict=True)):
        column.width = round(100 * (w + CELL_PAD) / total, 2)
        column.long = n > 0 and any(isinstance(row[n], list) or len(_cell_text(row[n])) > 120
                                    for row in rows)
    return Table(columns, rows, records=narrow or tallest > RECORD_ROW)


def bullets(items: list[str]) -> str:
    """Notes as one text, a bullet and a line each: a cell holds one text instead of a list
    element per note (measured: the report of a 30-initiative pack with long texts took a
    sixth less time, and a page less)."""
    return "\n".join(f"• {item}" for item in items)


def named(ctx: Context, item: Initiative) -> Named:
    """An initiative as a cell: code and name."""
    return Named(item.code, ctx.text(item.name, item.name, t("field.name")))


def section(ctx: Context, title: str, columns: list[Column], rows: list[list[object]],
            level: int = 2) -> Section:
    """A heading and its table ("Nog niets." without rows)."""
    return Section(title, [table(ctx, columns, rows)] if rows else [t("print.none_yet")], level)


