"""Reading what a running app shows, as text: the screen as drawn, and the whole content of
text widgets the user can scroll to (a detail pane, a fiche, a board)."""

from __future__ import annotations

import io
import re
from typing import Any

from rich.console import Console
from textual.containers import ScrollableContainer
from textual.errors import NoWidget
from textual.geometry import Region
from textual.widget import Widget
from textual.widgets import Button, Static

TAG = re.compile(r"«[^«»\s]+»")
FRAME = re.compile(r"[\s\u2500-\u259f]+")  # white space, box drawing and block elements


def compact(text: str) -> str:
    """``text`` without white space and frame characters (borders, scroll bars): a text
    wrapped over the lines of a framed list compares equal to itself."""
    return FRAME.sub("", text)


def screen_lines(app: Any) -> list[str]:
    """The lines of the current screen as the terminal shows them (dialogs over screens)."""
    width, height = app.size
    console = Console(width=width, height=height, file=io.StringIO(), force_terminal=True,
                      color_system="truecolor", record=True, legacy_windows=False,
                      safe_box=False)
    console.print(app.screen._compositor.render_update(
        full=True, screen_stack=app._background_screens))
    return console.export_text().splitlines()


def _shown(widget: Widget) -> bool:
    return all(node.display for node in [widget, *widget.ancestors] if isinstance(node, Widget))


def _scrolls(widget: Widget) -> bool:
    """Whether an ancestor of ``widget`` scrolls (the user can bring all of it into view)."""
    return any(isinstance(node, ScrollableContainer) and node.is_scrollable
               and node.styles.overflow_y in ("auto", "scroll") and _shown(node)
               for node in widget.ancestors if isinstance(node, Widget))


def _whole_on_screen(screen: Any, widget: Widget) -> bool:
    try:
        geometry = screen.find_widget(widget)
    except NoWidget:
        return False
    return geometry.clip.contains_region(geometry.region)


def widget_texts(screen: Any) -> list[str]:
    """The whole rendered text of each text widget of ``screen`` that the user can read in
    full: wholly on screen, or inside a container that scrolls, and every line of a detail
    pane. A widget cut by its own size (a max-height, an ellipsis) renders cut here too."""
    texts = []
    for pane in screen.query("DetailPane"):  # drawn line by line: all its lines, wrapped
        if _shown(pane):
            texts.append(pane.whole_text())
    for widget in screen.walk_children(Static):
        if isinstance(widget, Button) or not _shown(widget):
            continue
        width, height = widget.outer_size  # the region render_lines crops: padding too
        if not width or not height:
            continue
        if not (_scrolls(widget) or _whole_on_screen(screen, widget)):
            continue
        strips = widget.render_lines(Region(0, 0, width, height))
        texts.append("\n".join(strip.text for strip in strips))
    return texts


def read(app: Any) -> str:
    """Everything readable now: the screen's lines, then each text widget's whole text."""
    return "\n".join(screen_lines(app) + widget_texts(app.screen))
