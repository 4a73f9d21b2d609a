"""What one saved change did to a session: the event the store sends to every subscriber.

Screens read it to redraw only what changed (a sticker touches one tally cell); a change
they do not recognise, an undo, a redo or a reload from another process means "redraw all".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

ChangeKind = Literal["do", "undo", "redo", "reload"]


@dataclass(frozen=True)
class Step:
    """One action applied: its name and the keyword arguments it was called with."""

    action: str
    params: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Change:
    """One saved user intention: a single action, or a transaction of several."""

    kind: ChangeKind
    label: str  # the action's or transaction's name, for "undone: …" notices
    steps: tuple[Step, ...] = ()

    @property
    def actions(self) -> frozenset[str]:
        """The names of the actions this change applied (empty for undo, redo, reload)."""
        return frozenset(step.action for step in self.steps)

    def only(self, *names: str) -> bool:
        """True when this change applied nothing but actions among ``names``."""
        return bool(self.steps) and self.actions <= set(names)
