"""Planning sheets of labelled answer boxes: one page at the largest type that fits (down to
a floor), or further pages that continue a box where the page ends, never losing a word.

Rows hold one box (full width; its text may be split over pages) or several side by side
(short fields: they move to the next page whole).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from hefboom_tui.i18n import t
from hefboom_tui.printing import geometry as g
from hefboom_tui.printing.measure import lines, measured, split_at_line

MIN_LINES = 3  # a box split over two pages keeps at least this many lines on each


@dataclass
class Box:
    """One labelled answer box as the template draws it."""

    key: str
    label: str
    text: str = ""
    room: int = 0  # writing room it gets when the page has some to spare (0, 2 or 3)
    height: float = g.FIELD_MIN  # the box's min-height in mm
    cont: bool = False  # the text began on the page before
    more: bool = False  # the text goes on on the next page
    width: float = 0.0  # mm, for boxes side by side (0: the full width)
    left: float = 0.0  # mm from the left edge, for boxes side by side
    plain: bool = False  # our own text to read (a guide's advice), not an answer to write
    share: float = 1.0  # of a row's width, against the other boxes beside it
    least: float = g.FIELD_MIN  # mm: the least height, room to write by hand


@dataclass
class Row:
    """Boxes side by side (usually one). ``keep``: never the last row on a page (a heading
    stays with the boxes it heads)."""

    boxes: list[Box]
    keep: bool = False

    @property
    def room(self) -> int:
        return max(b.room for b in self.boxes)

    def widths(self, width: float) -> list[float]:
        """The width of each box (mm) when the row is ``width`` mm wide."""
        total = sum(b.share for b in self.boxes)
        return [width * b.share / total for b in self.boxes]


@dataclass
class Planned:
    """The pages of one sheet: rows per page and the type size of the answers."""

    pages: list[list[Row]] = field(default_factory=list)
    size: float = g.SIZES[0]


MORE_LINE = 4.5  # the "continues on the next page" note inside a box


def _text_height(box: Box, width: float, size: float) -> float:
    if not box.text:
        return 0.0
    return measured(box.text).lines(g.field_text_width(width), size) * g.leading_mm(
        size, g.VALUE_LEADING)


def _label_height(box: Box, width: float) -> float:
    """What a label longer than one line adds to its box (labels are set in capitals)."""
    size, leading, _after = g.LABEL
    label = f"{box.label} {t('print.continued')}" if box.cont else box.label
    count = lines(label.upper(), g.field_text_width(width), size, bold=True)
    return (count - 1) * g.leading_mm(size, leading) if count > 1 else 0.0


def _row_height(row: Row, width: float, size: float) -> float:
    return max(max(g.field_chrome() + _label_height(b, cell) + _text_height(b, cell, size)
                   + (MORE_LINE if b.more else 0.0), b.least)
               for b, cell in zip(row.boxes, row.widths(width), strict=True))


def _fits(rows: list[Row], width: float, size: float, room: float) -> float:
    """The room left (negative: missing) with ``rows`` on one page at ``size``."""
    used = sum(_row_height(r, width, size) for r in rows) + g.FIELD_GAP * (len(rows) - 1)
    return room - used


def _spread(rows: list[Row], width: float, size: float, spare: float) -> None:
    """Fix every box's height: what its text needs, plus a share of ``spare`` by its room."""
    weights = sum(r.room for r in rows)
    for row in rows:
        height = _row_height(row, width, size)
        if weights and spare > 0:
            height += spare * row.room / weights
        for box in row.boxes:
            box.height = round(height, 2)


def plan(rows: list[Row], width: float, first: float, later: float) -> Planned:
    """Put ``rows`` on pages ``width`` mm wide with ``first`` mm of height on the first page
    and ``later`` mm on each further one (below the repeated head)."""
    first, later = first * g.FILL, later * g.FILL
    for size in g.SIZES:
        spare = _fits(rows, width, size, first)
        if spare >= 0:
            _spread(rows, width, size, spare)
            return Planned([rows], size)
    size = g.CONTINUED_SIZE
    pages: list[list[Row]] = [[]]
    room = first
    queue = list(rows)
    while queue:
        row = queue.pop(0)
        gap = g.FIELD_GAP if pages[-1] else 0.0
        need = _row_height(row, width, size)
        kept = _kept_height(queue, width, size) if row.keep else 0.0
        if need + gap + kept <= room or (need + gap <= room and not pages[-1]):
            pages[-1].append(row)
            room -= need + gap
            continue
        parts = _split(row, width, size, room - gap) if len(row.boxes) == 1 and not (
            row.keep) else None
        if parts is not None:
            head, tail = parts
            pages[-1].append(head)
            queue.insert(0, tail)
        elif not pages[-1]:  # taller than a page and cannot be split: it gets a page alone
            pages[-1].append(row)
        else:
            queue.insert(0, row)
        pages.append([])
        room = later
    for page in pages:
        _spread(page, width, size, 0.0)
    return Planned([p for p in pages if p], size)


def _kept_height(queue: list[Row], width: float, size: float) -> float:
    """The height of the rows a ``keep`` row keeps on its page: the next one, and the one
    after that while they keep too."""
    total = 0.0
    for row in queue:
        total += g.FIELD_GAP + _row_height(row, width, size)
        if not row.keep:
            break
    return total


def _split(row: Row, width: float, size: float, room: float) -> tuple[Row, Row] | None:
    """The part of a one-box row that fits in ``room`` and the rest (None: too little fits)."""
    box = row.boxes[0]
    if not box.text:
        return None
    starts = measured(box.text).starts(g.field_text_width(width), size)
    chrome = g.field_chrome() + _label_height(box, width)
    fit = int((room - chrome - MORE_LINE) // g.leading_mm(size, g.VALUE_LEADING))
    fit = min(fit, len(starts) - MIN_LINES)
    if fit < MIN_LINES:
        return None
    before, after = split_at_line(box.text, starts, fit)
    head = replace(box, text=before, room=0, more=True)
    tail = replace(box, text=after, cont=True)
    return Row([head]), Row([tail])


def split_text(text: str, width: float, size: float, leading: float, room: float,
               keep: int = 2) -> tuple[str, str] | None:
    """``text`` cut after the lines that fit in ``room`` mm (at least ``keep`` lines on each
    side), or None when fewer than ``keep`` lines fit."""
    starts = measured(text).starts(width, size)
    fit = min(int(room // g.leading_mm(size, leading)), len(starts) - keep)
    if fit < keep:
        return None
    return split_at_line(text, starts, fit)


@dataclass
class Items:
    """Bulleted items on one page; the first may continue an item of the page before."""

    items: list[str] = field(default_factory=list)
    cont_first: bool = False


Queue = list[tuple[str, bool]]  # (text, continues an item cut on the page before)


def items_height(items: list[str], width: float, size: float, leading: float,
                 gap: float) -> float:
    """The height of ``items`` set one below the other."""
    line = g.leading_mm(size, leading)
    return sum(measured(x).lines(width, size) * line for x in items) + gap * max(
        0, len(items) - 1)


def fill(queue: Queue, width: float, size: float, leading: float, gap: float,
         room: float) -> tuple[Items, Queue]:
    """The items of ``queue`` that fit in ``room`` mm (the last one cut where it may be: two
    lines or more on either side), and the rest of the queue."""
    page = Items()
    rest = list(queue)
    line = g.leading_mm(size, leading)
    while rest:
        text, cont = rest[0]
        space = room - (gap if page.items else 0.0)
        need = measured(text).lines(width, size) * line
        tail = ""
        if need > space:
            parts = split_text(text, width, size, leading, space)
            if parts is None:
                break  # it goes to the next page whole
            text, tail = parts
        if not page.items:
            page.cont_first = cont
        page.items.append(text)
        if tail:
            rest[0] = (tail, True)
            break
        rest.pop(0)
        room = space - need
    return page, rest


def flow(queue: Queue, width: float, size: float, leading: float, gap: float,
         room: float) -> list[Items]:
    """All of ``queue`` on pages of ``room`` mm each."""
    pages = []
    while queue:
        page, queue = fill(queue, width, size, leading, gap, room)
        if not page.items:  # not even two lines fit on an empty page: set it anyway
            text, cont = queue.pop(0)
            page = Items([text], cont)
        pages.append(page)
    return pages
