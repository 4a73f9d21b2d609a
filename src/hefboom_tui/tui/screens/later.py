"""Steps that this version shows as a description only (phases 2–5 come in later versions)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from hefboom_tui.i18n import t
from hefboom_tui.model.method import step
from hefboom_tui.tui.screens.base import SessionScreen


class LaterScreen(SessionScreen):
    """Explains the step and says plainly that the app does not support it yet."""

    TITLE_KEY = "screen.step"

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id="later"):
            yield Static("", id="later-title", classes="form-title")
            yield Static("", id="later-help")
            yield Static(t("later.not_yet"), classes="form-note")

    def refresh_view(self) -> None:
        current = step(self.session.step)
        self.query_one("#later-title", Static).update(f"{current.id}  {t(current.title_key)}")
        self.query_one("#later-help", Static).update(t(current.help_key))
