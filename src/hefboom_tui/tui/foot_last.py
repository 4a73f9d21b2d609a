"""Tab order of a dialog whose buttons are docked at its foot (``.form-foot``).

Textual orders the focus chain by where widgets sit: a foot docked at the bottom of a scrolling
body sits above the fields that are scrolled out of view, so Tab jumped from the last visible
field to Save and skipped the rest (and a space typed there pressed Save). The dialogs put
their fields first, top to bottom, and the foot last.
"""

from __future__ import annotations

from textual.widget import Widget

FOOT = "form-foot"


def foot_last(chain: list[Widget]) -> list[Widget]:
    """``chain`` with the widgets inside a ``.form-foot`` moved to the end, order kept."""
    def in_foot(widget: Widget) -> bool:
        return any(node.has_class(FOOT) for node in widget.ancestors_with_self
                   if isinstance(node, Widget))

    foot = [w for w in chain if in_foot(w)]
    return [w for w in chain if w not in foot] + foot
