"""Cut-out principle cards as view data: per duo when the deck was dealt, else the deck;
eight to a page, colour *and* letter, the statement set as large as the card allows."""

from __future__ import annotations

import re

from hefboom_tui.i18n import t
from hefboom_tui.model.entities import Card
from hefboom_tui.printing import geometry as g
from hefboom_tui.printing.card_fit import CARD_TEXT_MAX, fits_at, fits_card, text_size
from hefboom_tui.printing.context import Context
from hefboom_tui.printing.measure import lines
from hefboom_tui.printing.views import CardSheet, CardView

__all__ = ["CARD_TEXT_MAX", "card_pack", "fits_card", "light", "text_size"]

COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")


def light(colour: str) -> bool:
    """Whether black text reads better than white on ``colour`` (#RRGGBB)."""
    try:
        r, g_, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    except ValueError:
        return True
    return 0.299 * r + 0.587 * g_ + 0.114 * b > 150


def _setting(text: str) -> tuple[float, float]:
    """Type size and leading for a card's statement: the largest that fits, never past the
    card's edge (below 9 pt only for texts no form should have let through)."""
    size = text_size(text)
    if size is not None:
        return size, g.CARD_LEADING
    tight = next((s for s in g.CARD_LAST_RESORT if fits_at(text, s, 1.1)),
                 g.CARD_LAST_RESORT[-1])
    return tight, 1.1


def _name_size(name: str) -> float:
    width = g.card_name_width()
    return next((s for s in g.CARD_NAME_SIZES if lines(name, width, s, bold=True) == 1),
                g.CARD_NAME_SIZES[-1])


def _title_size(title: str) -> float:
    """The size of a card page's heading: it has the room of two lines at 10 pt."""
    size, leading, _after = g.CARDS_HEAD
    width = g.CARD_W * 2
    return next((s for s in (size, 11.0, 10.0, 9.0, 8.0, 7.0)
                 if lines(title, width, s, bold=True) * g.leading_mm(s, leading)
                 <= g.CARDS_HEAD_ROOM), 7.0)


def _foot(owner: str, short: str) -> str:
    """The owner line at a card's foot: the duo and its members when that fits two lines,
    else the duo alone (the members are in the page's heading)."""
    width = g.CARD_W - g.CARD_CUT - 2 * g.CARD_PAD_X
    return owner if lines(owner, width, g.CARD_FOOT[0]) <= 2 else short


def _card(ctx: Context, card: Card, owner: str, short: str) -> CardView:
    principle = ctx.principles.get(card.principle)
    name = principle.name_in(ctx.lang) if principle else card.principle
    colour = principle.colour if principle else "#000000"
    if not COLOUR.fullmatch(colour):  # a deck file's colour goes into the style sheet
        colour = "#000000"
    text = ctx.text(card.text_in(ctx.lang), owner, t("print.card"))
    size, leading = _setting(text)
    return CardView(name=name, symbol=principle.symbol if principle else "?", colour=colour,
                    ink="#000000" if light(colour) else "#FFFFFF", text=text, size=size,
                    leading=leading, name_size=_name_size(name), foot=_foot(owner, short))


def card_pack(ctx: Context) -> list[CardSheet]:
    """Sheets of cards: per duo when the deck was dealt, else the whole deck."""
    session = ctx.session
    groups: list[tuple[str, str, list[Card]]] = []
    if session.duos and session.deal_seed is not None:
        for duo in session.duos:
            short = t("print.cards_duo_short", duo=duo.id.upper())
            members = ctx.text(" + ".join(ctx.names.get(m, "?") for m in duo.members), short)
            cards = [c for c in (ctx.cards.get(cid) for cid in duo.cards) if c is not None]
            groups.append((t("print.cards_duo", duo=duo.id.upper(), members=members), short,
                           cards))
    else:
        title = t("print.cards_deck", deck=session.deck_name)
        groups.append((title, title, [c for c in session.cards if c.origin == "deck"]))
    sheets = []
    for title, short, cards in groups:
        size = _title_size(f"{title} · 9/9")
        pages = max(1, -(-len(cards) // g.PER_CARD_PAGE))
        for page in range(pages):
            chunk = cards[page * g.PER_CARD_PAGE:(page + 1) * g.PER_CARD_PAGE]
            sheets.append(CardSheet(paper=ctx.paper.key, title=title, title_size=size,
                                    page_label=f"{page + 1}/{pages}",
                                    cards=[_card(ctx, c, title, short) for c in chunk]))
    return sheets
