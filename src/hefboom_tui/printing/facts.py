"""What the sheets read from an initiative that is more than one field, in one place.

The model grows (schema 2: principles picked from the list, the visitor's own needs apart
from the initiative's, partners on flap 3, appointments, cooperation, proposals): these
readers take what the session has and give the sheets plain text and lists.
"""

from __future__ import annotations

from typing import Any

from hefboom_tui.model.entities import Card, Initiative


def principles(item: Initiative, cards: dict[str, Card], lang: str) -> str:
    """The principles a chosen initiative meets: the picked cards' statements (or the text
    typed for them), then the team's note about them."""
    value: Any = item.choice.principles
    if isinstance(value, list):
        texts = [cards[x].text_in(lang) for x in value if x in cards]
    else:
        texts = [str(value)] if value else []
    note = str(getattr(item.choice, "principles_note", "") or "")
    return "\n".join(texts + ([note] if note else []))


def visitor_needs(item: Initiative) -> str:
    """What the visitors need for their visit (step 6)."""
    agreement: Any = item.agreement
    return str(getattr(agreement, "visitor_needs", None) or getattr(agreement, "needs", ""))


def when(date: str, time: str = "") -> str:
    """A date and, if set, a time of day."""
    return f"{date} {time}".strip()


def visit_time(item: Initiative) -> str:
    """The date and time agreed for the visit."""
    return when(item.agreement.date, str(getattr(item.agreement, "time", "") or ""))


def partners(item: Initiative) -> list[str]:
    """Flap 3's partners: with whom the initiative could go for its dream."""
    return list(getattr(item.visit, "partners", []) or [])


def visit_notes(item: Initiative) -> str:
    """The visitors' own notes about the visit."""
    return str(getattr(item.visit, "notes", "") or "")
