"""The footer of every screen, with the help key first.

Textual's footer lays the keys out left to right and cuts what does not fit without a trace
(at 80 columns a screen with eight keys loses the last three). The help key (``?``) lists every
key of the screen, so it comes first: whatever the width, the way to all keys stays visible."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

HELP_ACTIONS = ("help", "app.help")


class KeysFooter(Footer):
    """A footer that shows the help key before the screen's own keys."""

    def compose(self) -> ComposeResult:
        keys: list[Widget] = list(super().compose())
        first = [k for k in keys if isinstance(k, FooterKey) and k.action in HELP_ACTIONS]
        yield from first + [k for k in keys if k not in first]
