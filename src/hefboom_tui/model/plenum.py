"""Derived views of steps 3 and 4: the merged principles list and the strong ranking."""

from __future__ import annotations

from dataclasses import dataclass, field

from hefboom_tui.model.deal import rank_with_ties
from hefboom_tui.model.entities import Card
from hefboom_tui.model.session import Session


@dataclass
class PlenumItem:
    """A card that at least one duo found relevant (or wrote), with who and why."""

    card: Card
    duos: list[str] = field(default_factory=list)
    arguments: list[str] = field(default_factory=list)
    status: str = "proposed"
    merged_into: str = ""

    @property
    def is_new(self) -> bool:
        return self.card.origin != "deck"


def plenum_items(session: Session) -> dict[str, list[PlenumItem]]:
    """Relevant and new cards grouped by principle id (in deck order of principles)."""
    items: dict[str, PlenumItem] = {}
    for j in session.judgements:
        if j.verdict != "relevant":
            continue
        card = session.card(j.card)
        if card is None:
            continue
        item = items.setdefault(card.id, PlenumItem(card))
        item.duos.append(j.duo)
        if j.argument:
            item.arguments.append(j.argument)
    for entry in session.principles_list:
        if entry.card in items:
            items[entry.card].status = entry.status
            items[entry.card].merged_into = entry.merged_into
    grouped: dict[str, list[PlenumItem]] = {p.id: [] for p in session.principles}
    for item in items.values():
        grouped.setdefault(item.card.principle, []).append(item)
    return grouped


def principles_list(session: Session) -> list[Card]:
    """The session's principles list: the accepted cards, in principle order."""
    return [i.card for group in plenum_items(session).values() for i in group
            if i.status == "accepted"]


def strong_ranking(session: Session) -> list[tuple[int, str, int]]:
    """``(rank, initiative id, marks)`` for every initiative; ties share a rank."""
    counts = {i.id: 0 for i in session.initiatives}
    for mark in session.strong_marks:
        if mark.initiative in counts:
            counts[mark.initiative] += 1
    return rank_with_ties(counts)
