"""A yes/no question."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from hefboom_tui.i18n import N_, t
from hefboom_tui.tui.localized import LocalizedBindings


class ConfirmScreen(LocalizedBindings, ModalScreen[bool]):
    """Ask ``question``; dismiss with True for yes (``j``/``y``/Enter on Yes)."""

    BINDINGS = [
        Binding("j,y", "answer(True)", N_("confirm.yes"), id="confirm.yes"),
        Binding("n,escape", "answer(False)", N_("confirm.no"), id="confirm.no"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm"):
            yield Static(self.question, classes="form-title")
            with Horizontal(classes="form-buttons"):
                yield Button(t("confirm.yes_key"), variant="error", id="yes")
                yield Button(t("confirm.no_key"), variant="primary", id="no")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def action_answer(self, value: bool) -> None:
        self.dismiss(value)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")
