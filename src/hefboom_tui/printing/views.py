"""What the templates get: plain view data, built once per pack from the session.

Every sheet view is one printed page (the report excepted: it flows over as many pages as
it needs). ``template`` names its template in ``assets/print/`` and ``paper`` the paper it
prints on (for ``--split``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from hefboom_tui.printing.plan import Row


@dataclass
class Head:
    """The identity a page carries: kicker, title, code and QR code, and which page of its
    sheet it is ("vervolg 2/3")."""

    kicker: str
    title: str
    code: str = ""
    qr: str = ""
    intro: str = ""
    page_label: str = ""
    ident: str = ""  # shown above a page WeasyPrint had to add (it should never have to)
    title_size: float = 0.0  # pt; 0 keeps the sheet's own size


@dataclass
class Sheet:
    """Base of every sheet view."""

    template: ClassVar[str] = ""
    paper: str = "a4"


@dataclass
class FieldSheet(Sheet):
    """A fiche, a choice fiche or a blank one: answer boxes below the head."""

    template: ClassVar[str] = "fiche.html"
    head: Head = field(default_factory=lambda: Head("", ""))
    rows: list[Row] = field(default_factory=list)
    size: float = 13.0
    kind: str = "fiche"


@dataclass
class Flap:
    """One of the three flaps of a poster, or its continuation on an A4 sheet."""

    key: str
    title: str
    ask: str
    items: list[str] = field(default_factory=list)
    size: float = 18.0
    cont_first: bool = False  # the first item began on the page before
    more: str = ""  # "continues on sheet …" when items did not fit
    left: float = 0.0  # mm from the poster's left edge


@dataclass
class PosterSheet(Sheet):
    """The poster "Kennismaken en verzamelen": A3 landscape, or one of two halves."""

    template: ClassVar[str] = "poster.html"
    head: Head = field(default_factory=lambda: Head("", ""))
    flaps: list[Flap] = field(default_factory=list)
    layout: str = "a3"
    tile: int = 0  # for halves: 0 the left sheet, 1 the right one
    tile_note: str = ""


@dataclass
class FlapSheet(Sheet):
    """An A4 "vervolg" sheet of a poster flap whose notes did not fit on the poster."""

    template: ClassVar[str] = "flap.html"
    head: Head = field(default_factory=lambda: Head("", ""))
    flap: Flap = field(default_factory=lambda: Flap("", "", ""))


@dataclass
class CardView:
    """One cut-out card."""

    name: str
    symbol: str
    colour: str
    ink: str
    text: str
    size: float
    name_size: float
    foot: str
    leading: float = 1.2


@dataclass
class CardSheet(Sheet):
    """Eight cards of one duo (or of the deck)."""

    template: ClassVar[str] = "cards.html"
    title: str = ""
    title_size: float = 12.0
    page_label: str = ""
    cards: list[CardView] = field(default_factory=list)


@dataclass
class StickerLine:
    """A line of a sticker list: a group heading, an option, or a line to write on."""

    kind: str  # "group", "option" or "extra"
    text: str = ""


@dataclass
class StickerSheet(Sheet):
    """One page of the support options of an initiative, with a green and a red box."""

    template: ClassVar[str] = "stickers.html"
    head: Head = field(default_factory=lambda: Head("", ""))
    legend: tuple[str, str, str] = ("", "", "")
    lines: list[StickerLine] = field(default_factory=list)


@dataclass
class FormSheet(Sheet):
    """A blank worksheet: social innovation or organising the organisation."""

    template: ClassVar[str] = "innovation.html"
    kicker: str = ""
    title: str = ""
    intro: str = ""
    questions: list[tuple[str, str]] = field(default_factory=list)  # (question, help)
    labels: tuple[str, ...] = ()
    initiative_label: str = ""


@dataclass
class OrganisationSheet(FieldSheet):
    """Fiche "Organiseren van de organisatie" (one page of it): a head without code box, the
    challenge groups with their guiding questions and answer boxes."""

    template: ClassVar[str] = "organisation.html"


@dataclass
class Column:
    """A column of a report table: heading, width (%), and whether it never wraps."""

    title: str
    width: float = 0.0
    nowrap: bool = False
    long: bool = False  # printed below the row's head when the table prints as blocks


@dataclass
class Table:
    """A report table: header row, rows of cells (plain text, or bars), widths from content.
    ``records`` prints each row as a block instead (texts too long for table cells)."""

    columns: list[Column]
    rows: list[list[object]]
    records: bool = False


@dataclass
class Named:
    """An initiative in a cell: its code in bold, then its name."""

    code: str
    name: str

    def __str__(self) -> str:
        return f"{self.code} {self.name}"


@dataclass
class Bar:
    """A tally drawn as a bar with its number."""

    count: int
    width: float  # mm
    red: bool = False
    mark: str = ""


@dataclass
class Section:
    """A heading of the report and what follows it."""

    title: str
    blocks: list[object] = field(default_factory=list)  # str paragraphs, Tables, Lists
    level: int = 2


@dataclass
class Listing:
    """A bulleted list in the report (the principles list, engagements)."""

    items: list[tuple[str, str]]  # (chip, text)
    title: str = ""


@dataclass
class ReportSheet(Sheet):
    """The session report: every step's decisions (flows over as many pages as it needs)."""

    template: ClassVar[str] = "report.html"
    kicker: str = ""
    title: str = ""
    date: str = ""
    sections: list[Section] = field(default_factory=list)


@dataclass
class EmptySheet(Sheet):
    """What a pack holds when there is nothing to print for the chosen parts."""

    template: ClassVar[str] = "empty.html"
    text: str = ""
