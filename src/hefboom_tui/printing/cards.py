"""Cut-out principle cards, grouped per duo, eight to a page, colour *and* letter."""

from __future__ import annotations

from hefboom_tui.i18n import language, t
from hefboom_tui.model.entities import Card
from hefboom_tui.model.session import Session
from hefboom_tui.printing.html import esc, sheet

PER_PAGE = 8


def _card(session: Session, card: Card, owner: str) -> str:
    principle = session.principle(card.principle)
    name = principle.name_in(language()) if principle else card.principle
    colour = principle.colour if principle else "#000000"
    symbol = principle.symbol if principle else "?"
    text = card.text_in(language())
    ink = "#000000" if _light(colour) else "#FFFFFF"
    return (f'<div class="card"><div class="band" style="background:{esc(colour)};color:{ink}">'
            f'<span class="sym">{esc(symbol)}</span>{esc(name)}</div>'
            f'<div class="text">{esc(text)}</div><div class="foot">{esc(owner)}</div></div>')


def _light(colour: str) -> bool:
    """Whether black text reads better than white on ``colour`` (#RRGGBB)."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.299 * r + 0.587 * g + 0.114 * b > 150


def card_pack(session: Session) -> list[str]:
    """Sheets of cards: per duo when the deck was dealt, else the whole deck."""
    names = {p.id: p.name for p in session.participants}
    groups: list[tuple[str, list[Card]]] = []
    if session.duos and session.deal_seed is not None:
        for duo in session.duos:
            members = " + ".join(names.get(m, "?") for m in duo.members)
            cards = [c for c in (session.card(cid) for cid in duo.cards) if c is not None]
            groups.append((t("print.cards_duo", duo=duo.id.upper(), members=members), cards))
    else:
        groups.append((t("print.cards_deck", deck=session.deck_name),
                       [c for c in session.cards if c.origin == "deck"]))
    sheets = []
    for title, cards in groups:
        for start in range(0, max(1, len(cards)), PER_PAGE):
            chunk = cards[start:start + PER_PAGE]
            page = start // PER_PAGE + 1
            pages = max(1, -(-len(cards) // PER_PAGE))
            head = f'<div class="cards-head">{esc(title)} · {page}/{pages}</div>'
            # two cards to a row: the second is lifted beside the first by a negative margin,
            # which keeps everything in plain block flow (floats cost WeasyPrint far more)
            pairs = (chunk[i:i + 2] for i in range(0, len(chunk), 2))
            body = "".join('<div class="card-row">'
                           + "".join(_card(session, c, title) for c in pair) + "</div>"
                           for pair in pairs)
            sheets.append(sheet(head + f'<div class="cards">{body}</div>', "cards-sheet"))
    return sheets
