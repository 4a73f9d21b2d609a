"""A SelectionList whose boxes show ✓ when chosen, so the state never rests on colour alone."""

from __future__ import annotations

from typing import Any

from rich.segment import Segment
from textual.strip import Strip
from textual.widgets import SelectionList
from textual.widgets._toggle_button import ToggleButton


class CheckList(SelectionList[Any]):
    """Like SelectionList, with ✓ (chosen) or a blank (not chosen) inside each box."""

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        try:
            option = self.get_option_at_index(int(self.scroll_offset.y) + y)
        except Exception:  # past the last option: nothing to mark
            return strip
        mark = "✓" if option.value in self._selected else " "
        segments: list[Segment] = []
        replaced = False
        for segment in strip:
            if not replaced and segment.text == ToggleButton.BUTTON_INNER:
                segment = Segment(mark, segment.style, segment.control)
                replaced = True
            segments.append(segment)
        return Strip(segments, strip.cell_length)
