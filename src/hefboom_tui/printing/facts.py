"""What the sheets read from an initiative that is more than one field, in one place: the
picked principles with the team's note, the agreed time of the visit, and flap 3's partners.
"""

from __future__ import annotations

from hefboom_tui.model.entities import Card, Initiative


def principles(item: Initiative, cards: dict[str, Card], lang: str) -> str:
    """The principles a chosen initiative meets: the picked cards' statements, then the
    team's note about them."""
    texts = [cards[x].text_in(lang) for x in item.choice.principles if x in cards]
    note = item.choice.principles_note
    return "\n".join(texts + ([note] if note else []))


def visitor_needs(item: Initiative) -> str:
    """What the visitors need for their visit (step 6; never flap 3 of the poster)."""
    return item.agreement.visitor_needs


def when(date: str, time: str = "") -> str:
    """A date and, if set, a time of day."""
    return f"{date} {time}".strip()


def visit_time(item: Initiative) -> str:
    """The date and time agreed for the visit."""
    return when(item.agreement.date, item.agreement.time)


def partners(item: Initiative) -> list[str]:
    """Flap 3's partners: with whom the initiative could go for its dream."""
    return list(item.visit.partners)


def visit_notes(item: Initiative) -> str:
    """The visitors' own notes about the visit."""
    return item.visit.notes
