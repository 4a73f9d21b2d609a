"""Whether a statement fits a printed card (94 × 61 mm, at 9 pt or more), for the card pack,
for the form where a duo writes a card of its own, and for a deck file being loaded.

Only the page geometry and the bundled font's metrics are needed (no template, no PDF
library), so a form can ask on every key press.
"""

from __future__ import annotations

from collections.abc import Iterable

from hefboom_tui.i18n import t, tn
from hefboom_tui.model.entities import Card
from hefboom_tui.model.validate import CARD_TEXT_MAX
from hefboom_tui.printing import geometry as g
from hefboom_tui.printing.measure import lines

__all__ = ["CARD_TEXT_MAX", "deck_warnings", "fits_at", "fits_card", "room_left", "text_size"]

SHOWN = 40  # characters of a card named in a warning


def fits_at(text: str, size: float, leading: float) -> bool:
    """Whether ``text`` fits a card's text box at ``size`` pt with ``leading``."""
    width, height = g.card_text_box()
    return lines(text, width, size) * g.leading_mm(size, leading) <= height


def text_size(text: str) -> float | None:
    """The largest type size, down to the 9 pt floor, at which ``text`` fits on a card
    (None: it does not fit at 9 pt)."""
    return next((s for s in g.CARD_SIZES if fits_at(text, s, g.CARD_LEADING)), None)


def fits_card(text: str) -> bool:
    """Whether ``text`` fits on a printed card at 9 pt or more (200 characters of ordinary
    text always do; emoji, many line breaks or more characters may not)."""
    return text_size(text) is not None


def room_left(text: str) -> str:
    """What the new-card form shows under the statement as it is typed: the characters left,
    or that the text no longer fits the printed card."""
    left = CARD_TEXT_MAX - len(text.strip())
    if left < 0 or not fits_card(text.strip()):
        return "✗ " + t("error.card_too_long")
    return tn("card.chars_left", left)


def deck_warnings(cards: Iterable[Card], file: str) -> list[str]:
    """One line per card of a deck file that does not fit a printed card (in either
    language), naming the card by its number in the file and its first words."""
    out = []
    for n, card in enumerate(cards, 1):
        for text in (card.text, card.text_en):
            if text and not fits_card(text):
                shown = text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"
                out.append(t("card.deck_too_long", file=file, number=n, text=shown))
                break
    return out
