"""The export dialog (F6): the same exports as ``hefboom export``, written next to the session:
JSON, CSV, Markdown, the sticker counts, and the calendar (.ics)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Button, Input, Label, Select, Static

from hefboom_tui.exchange.formats import FORMATS, export_bytes
from hefboom_tui.i18n import N_, t
from hefboom_tui.os_errors import os_reason
from hefboom_tui.tui.foot_last import foot_last
from hefboom_tui.tui.localized import LocalizedBindings


def default_path(folder: Path, stem: str, fmt: str) -> Path:
    """Where the export goes unless the facilitator types another file."""
    suffix = "-stickers" if fmt == "tallies" else ""
    return folder / f"{stem}{suffix}.{FORMATS[fmt]}"


class ExportDialog(LocalizedBindings, ModalScreen[None]):
    """Pick a format, see (or change) the file, Ctrl+S writes it."""

    BINDINGS = [
        Binding("ctrl+s", "export", N_("export.title"), id="export.go"),
        Binding("escape", "close", N_("key.back"), id="export.close"),
    ]

    @property
    def focus_chain(self) -> list[Widget]:
        """Tab goes through every field before the buttons docked at the foot."""
        return foot_last(super().focus_chain)

    def compose(self) -> ComposeResult:
        app: Any = self.app
        with VerticalScroll(id="form"):
            yield Static(t("export.title"), classes="form-title")
            yield Label(t("field.format").capitalize(), classes="form-label")
            yield Select([(t(f"export.format.{f}"), f) for f in FORMATS], value="ics",
                         allow_blank=False, id="format")
            yield Label(t("field.path").capitalize(), classes="form-label")
            yield Input(str(default_path(app.folder, app.store.path.stem, "ics")), id="path")
            yield Static("", id="export-status", classes="form-note")
            with Horizontal(classes="form-buttons form-foot"):  # docked: never scrolled away
                yield Button(t("export.go"), variant="primary", id="go")
                yield Button(t("form.close"), id="cancel")

    def on_mount(self) -> None:
        self.query_one("#format").focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        app: Any = self.app
        if event.value in FORMATS:
            self.query_one("#path", Input).value = str(
                default_path(app.folder, app.store.path.stem, str(event.value)))

    def action_export(self) -> None:
        from hefboom_tui.fsutil import atomic_write_bytes

        app: Any = self.app
        fmt = str(self.query_one("#format", Select).value)
        path = Path(self.query_one("#path", Input).value.strip()).expanduser()
        status = self.query_one("#export-status", Static)
        try:
            atomic_write_bytes(path.resolve(), export_bytes(app.store.session, fmt))
        except OSError as exc:
            status.update("✗ " + t("export.failed", path=path, detail=os_reason(exc)))
            return
        status.update("✓ " + t("export.written", path=path))
        self.app.notify(t("export.written", path=path), timeout=10)

    def action_close(self) -> None:
        self.dismiss(None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "go":
            self.action_export()
        else:
            self.action_close()

    def on_input_submitted(self, _: Input.Submitted) -> None:
        self.action_export()
