"""A Static that lays the screen out again only when its height changes.

``Static.update`` asks for a layout pass by default: the whole screen is measured and placed
again, and every widget whose region moved is drawn anew (on a table screen: every visible
row). A status line, a hint or a title that gets a new text of the same height needs none of
that, only its own redraw."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.visual import VisualType
from textual.widgets import Static

if TYPE_CHECKING:
    from textual.css.styles import RulesMap


class SteadyStatic(Static):
    """Redraws only when its content changes; lays out only when its height changes (or when
    its width follows its content, or before it was ever laid out)."""

    _laid_out: tuple[int, int] | None = None  # (width, height) of the content last laid out

    def update(self, content: VisualType = "", *, layout: bool = True) -> None:
        """Show ``content`` (as ``Static.update``)."""
        if self._laid_out is not None and content == self.content:
            return
        width = self.content_region.width
        if self._laid_out is None and width:  # laid out with the content it had so far
            self._laid_out = (width, self._height(width))
        super().update(content, layout=False)
        follows_content = self.styles.width is not None and self.styles.width.is_auto
        if not width or follows_content:
            self._laid_out = None
            if layout:
                self.refresh(layout=True)
            return
        now = (width, self._height(width))
        if layout and now != self._laid_out:
            self.refresh(layout=True)
        self._laid_out = now

    def _height(self, width: int) -> int:
        """The content's height at ``width``, measured as Textual measures it (``Widget``
        passes its styles as the rules; they are typed apart but read alike)."""
        return self.visual.get_height(cast("RulesMap", self.styles), width)
