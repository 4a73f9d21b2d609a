"""The principle chip: a coloured block and the principle's letter (colour is never alone)."""

from __future__ import annotations

from rich.text import Text

from hefboom_tui.model.entities import Card
from hefboom_tui.model.session import Session


def chip(session: Session, card: Card) -> Text:
    """The principle of ``card`` as a coloured block *and* its letter."""
    principle = session.principle(card.principle)
    if principle is None:
        return Text(f"  {card.principle} ")
    text = Text("█", style=principle.colour)
    text.append(f" {principle.symbol} ", style="bold")
    return text
