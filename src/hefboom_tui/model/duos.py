"""Objects of steps 3 and 4: duos, the deal, judgements, the principles list, strong marks."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Duo:
    """A pair (or the one trio) of participants and the cards dealt to them."""

    id: str
    members: list[str]  # participant ids
    cards: list[str] = field(default_factory=list)  # card ids


@dataclass
class Judgement:
    """A duo's verdict on one of its cards (step 3)."""

    duo: str
    card: str
    verdict: str = "undecided"  # one of entities.JUDGEMENTS
    argument: str = ""


@dataclass
class ListEntry:
    """A card on the session's principles list after the plenum (step 3)."""

    card: str
    status: str = "proposed"  # proposed / accepted / dropped / merged
    merged_into: str = ""  # card id when status == "merged"


@dataclass
class StrongMark:
    """Duo ``duo`` finds initiative ``initiative`` strong (step 4)."""

    duo: str
    initiative: str
