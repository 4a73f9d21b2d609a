"""Sizes of everything printed, in millimetres and points: the one source for the CSS
(``assets/print/pack.css`` is a template filled from here) and for planning pages.

Pages are planned in Python (what goes on which page, at which type size) so that every
page can carry its sheet's identity; WeasyPrint then sets each planned page as one page.
"""

from __future__ import annotations

from dataclasses import dataclass

from hefboom_tui.printing.measure import PT


@dataclass(frozen=True)
class Paper:
    """A sheet of paper, portrait, and its printable box inside the page margins."""

    key: str
    css: str  # the CSS page size keyword
    width: float
    height: float
    margin_top: float = 14.0
    margin_side: float = 14.0
    margin_bottom: float = 16.0  # the footer lives here

    @property
    def content_width(self) -> float:
        return self.width - 2 * self.margin_side

    @property
    def content_height(self) -> float:
        return self.height - self.margin_top - self.margin_bottom


PAPERS = {"a4": Paper("a4", "A4", 210.0, 297.0), "letter": Paper("letter", "letter", 215.9, 279.4)}
A3 = Paper("a3", "A3 landscape", 420.0, 297.0, 12.0, 12.0, 14.0)
POSTER_LAYOUTS = ("a3", "halves")  # A3 landscape, or two sheets of the chosen paper to tape

FILL = 0.97  # plan pages to this share of their height (WeasyPrint's lines may be taller)


def leading_mm(size: float, leading: float) -> float:
    """The height of one line in mm."""
    return size * leading * PT


# -- the identity box and sheet head (fiches, choice fiches, sticker lists, vervolg sheets)
ID_WIDTH = 38.0
ID_GAP = 4.0
HEAD_MIN = 48.0  # the code box (26 pt) above the QR code (32 mm)
CODE_HEIGHT = 14.2  # the code box: 26 pt in a 0.8 mm frame
ID_HEIGHT = 47.2  # the code box, 1 mm, the QR code
HEAD_AFTER = 4.0
QR_SIZE = 32.0
KICKER = (9.0, 1.2, 1.0)  # size pt, leading, margin below mm
TITLE = (20.0, 1.15, 2.0)
INTRO = (10.0, 1.25, 0.0)

# -- labelled answer boxes
FIELD_BORDER = 0.4
FIELD_PAD_Y = 1.5
FIELD_PAD_X = 2.5
FIELD_GAP = 3.0
LABEL = (8.0, 1.2, 0.6)
VALUE_LEADING = 1.25
FIELD_MIN = 14.0  # an empty short box, room for a line of handwriting
SIZES = (13.0, 12.0, 11.0, 10.0, 9.0)  # a fiche shrinks to fit one page, down to 9 pt
CONTINUED_SIZE = 10.0  # what does not fit at 9 pt continues on further pages, at 10 pt


def field_chrome() -> float:
    """The height of an answer box without its text: borders, padding and label."""
    size, leading, after = LABEL
    return 2 * FIELD_BORDER + 2 * FIELD_PAD_Y + leading_mm(size, leading) + after


def field_text_width(box_width: float) -> float:
    """The width left for the text inside an answer box ``box_width`` wide."""
    return box_width - 2 * FIELD_BORDER - 2 * FIELD_PAD_X


# -- posters
POSTER_MARGIN = 12.0
POSTER_MARGIN_BOTTOM = 14.0
HALVES_MARGIN = 10.0
HALVES_MARGIN_BOTTOM = 12.0
POSTER_HEAD = 66.0
POSTER_ID_WIDTH = 50.0
POSTER_QR = 44.0
POSTER_ID_HEIGHT = 64.8  # the code box (40 pt), 1 mm, the QR code
POSTER_TITLE = 48.0
POSTER_TITLE_LONG = 36.0
LONG_POSTER_TITLE = 50  # characters; up to this a title fits three lines at 48 pt
FLAP_BORDER = 1.2
FLAP_PAD = 4.0
FLAP_TITLE = (28.0, 1.15, 2.0)
FLAP_ASK = (13.0, 1.25, 2.0)
FLAP_INDENT = 6.4  # a note's hanging bullet: 1 em, planned at the largest size (18 pt)
FLAP_ITEM_GAP = 1.5
FLAP_LEADING = 1.2
FLAP_SIZES = (18.0, 16.0, 14.0, 12.0, 11.0)
FLAP_MORE = 8.0  # the "continues on sheet …" line at the foot of a full flap
MORE_SIZE = 12.0  # bullets on the A4 vervolg sheets


@dataclass(frozen=True)
class PosterBox:
    """The poster's own box: A3 landscape inside its margins, or two portrait halves."""

    layout: str
    width: float
    height: float

    @property
    def flap_height(self) -> float:
        return min(200.0, self.height - POSTER_HEAD - 6.0)

    @property
    def flap_width(self) -> float:
        """A flap's outer width: three of them, neighbours sharing a border."""
        return (self.width + 2 * FLAP_BORDER) / 3

    @property
    def flap_inner_width(self) -> float:
        """The width for a flap's title and question."""
        return self.flap_width - 2 * FLAP_BORDER - 2 * FLAP_PAD

    @property
    def flap_text_width(self) -> float:
        """The width for a flap's notes (indented for their bullets)."""
        return self.flap_inner_width - FLAP_INDENT


def poster_box(layout: str, paper: Paper) -> PosterBox:
    """Where the poster is drawn for ``layout`` ("a3" or "halves" of ``paper``)."""
    if layout == "halves":
        return PosterBox("halves", 2 * (paper.width - 2 * HALVES_MARGIN),
                         paper.height - HALVES_MARGIN - HALVES_MARGIN_BOTTOM)
    return PosterBox("a3", A3.width - 2 * POSTER_MARGIN,
                     A3.height - POSTER_MARGIN - POSTER_MARGIN_BOTTOM)


# -- cut-out cards: two by four on a page
CARD_MARGIN = 10.0
CARD_MARGIN_BOTTOM = 14.0
CARD_W = 94.0
CARD_H = 61.0
CARDS_HEAD = (12.0, 1.2, 2.0)
CARDS_HEAD_ROOM = 9.0  # the heading above the cards: two lines at 10 pt (Letter is short)
CARD_CUT = 0.3
CARD_BAND = 14.0
CARD_CHIP = 9.0
CARD_PAD_X = 5.0
CARD_PAD_TOP = 3.0
CARD_FOOT = (6.5, 1.15, 2.0)  # size, leading, distance from the card's foot
CARD_SIZES = (15.0, 14.0, 13.0, 12.0, 11.0, 10.0, 9.0)
CARD_LAST_RESORT = (8.0, 7.0)  # below the 9 pt floor, set tighter (leading 1.1), so that even
# 200 of the widest characters stay on the card; a form can refuse such a text (fits_card)
CARD_NAME_SIZES = (14.0, 13.0, 12.0, 11.0, 10.0, 9.0)
CARD_LEADING = 1.2
PER_CARD_PAGE = 8


def card_text_box() -> tuple[float, float]:
    """Width and height (mm) for a card's statement between its band and its foot."""
    foot_size, foot_leading, foot_low = CARD_FOOT
    height = (CARD_H - CARD_CUT - CARD_BAND - 0.6 - CARD_PAD_TOP
              - 2 * leading_mm(foot_size, foot_leading) - foot_low - 1.0)
    return CARD_W - CARD_CUT - 2 * CARD_PAD_X, height


def card_name_width() -> float:
    """Width (mm) for the principle's name in a card's band, beside its letter."""
    return CARD_W - CARD_CUT - 6.0 - CARD_CHIP - 1.2 - 2.5


# -- sticker lists
CELL = 30.0  # a green or a red box: a sticker and a two-digit count written by hand
RULE = 0.4
OPTION = (10.5, 1.25)
OPTION_PAD_Y = 1.0
OPTION_PAD_X = 1.5
OPTION_MIN = 14.0
KINDHEAD = (8.0, 1.2)
KINDHEAD_PAD = 2.0
LEGEND_H = 7.0


def option_text_width(paper: Paper) -> float:
    """The width for an option's text, left of its two boxes."""
    return paper.content_width - 2 * RULE - 2 * (CELL + RULE) - 2 * OPTION_PAD_X - 2.0
