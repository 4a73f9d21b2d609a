"""A checkbox that shows ✓ when ticked and ✗ when not: its state never rests on colour alone."""

from __future__ import annotations

from textual.widgets import Checkbox


class TickBox(Checkbox):
    """Textual's Checkbox shows the same "X" in both states, told apart only by colour."""

    @property
    def BUTTON_INNER(self) -> str:  # type: ignore[override]  # follows the value, read-only
        return "✓" if self.value else "✗"
