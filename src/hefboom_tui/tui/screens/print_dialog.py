"""The print dialog: choose the parts, print in a worker thread with a progress bar.

Printing runs in a thread, so a running round timer and the rest of the app never freeze;
the dialog ends by showing the path of the file it wrote. The thread belongs to the app, not
to the dialog: closing the dialog halfway (back to the timer) lets the print finish, and a
message then says where the file is.
"""

from __future__ import annotations

import copy
from functools import partial
from pathlib import Path
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Button, Label, ProgressBar, Select, SelectionList, Static
from textual.worker import WorkerState

from hefboom_tui.i18n import N_, t
from hefboom_tui.model.session import Session
from hefboom_tui.printing.pack import (
    DEFAULT_PARTS,
    PARTS,
    PrintOptions,
    PrintResult,
    default_output,
)
from hefboom_tui.tui.foot_last import foot_last
from hefboom_tui.tui.localized import LocalizedBindings
from hefboom_tui.tui.widgets.check_list import CheckList


class PrintDialog(LocalizedBindings, ModalScreen[None]):
    """Choose what to print and where it goes."""

    BINDINGS = [
        Binding("ctrl+s,ctrl+p", "print", N_("print.title"), id="print.go"),
        Binding("escape", "close", N_("key.back"), id="print.close"),
    ]

    def __init__(self, preset: str = "") -> None:
        super().__init__()
        self.preset = (preset,) if preset in PARTS else DEFAULT_PARTS
        self.busy = False
        self.result: PrintResult | None = None

    @property
    def focus_chain(self) -> list[Widget]:
        """Tab goes through every field before the buttons docked at the foot."""
        return foot_last(super().focus_chain)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="form"):
            yield Static(t("print.title"), classes="form-title")
            yield Label(t("print.parts_label"), classes="form-label")
            yield CheckList(*[(t(f"print.part.{p}"), p, p in self.preset) for p in PARTS],
                            id="parts")
            yield Label(t("print.paper_label"), classes="form-label")
            yield Select([("A4", "a4"), ("Letter", "letter")], value="a4", allow_blank=False,
                         id="paper")
            yield Label(t("print.posters_label"), classes="form-label")
            yield Select([(t(f"print.posters.{k}"), k) for k in ("a3", "halves")], value="a3",
                         allow_blank=False, id="posters")
            yield Label(t("print.options_label"), classes="form-label")
            yield CheckList((t("print.split_option"), "split", False),
                            (t("print.contact_option"), "contact", False), id="print-options")
            yield ProgressBar(total=100, show_eta=False, id="progress")
            yield Static("", id="print-status", classes="form-note")
            with Horizontal(classes="form-buttons form-foot"):  # docked: never scrolled away
                yield Button(t("print.title") + " (Ctrl+S)", variant="primary", id="go")
                yield Button(t("form.cancel"), id="cancel")

    def on_mount(self) -> None:
        self.query_one("#parts").focus()

    def action_print(self) -> None:
        if self.busy:
            return
        status = self.query_one("#print-status", Static)
        parts = tuple(p for p in PARTS if p in self.query_one("#parts", SelectionList).selected)
        if not parts:
            status.update("✗ " + t("print.nothing_selected"))
            return
        if printing(self.app):  # one started from an earlier dialog that was closed
            status.update("⚠ " + t("print.already"))
            return
        self.busy = True
        status.update(t("print.working"))
        self.call_after_refresh(status.scroll_visible)  # a small screen scrolls the form
        chosen = self.query_one("#print-options", SelectionList).selected
        options = PrintOptions(parts=parts, paper=str(self.query_one("#paper", Select).value),
                               posters=str(self.query_one("#posters", Select).value),
                               split="split" in chosen, poster_contact="contact" in chosen)
        app: Any = self.app
        # a copy: the dialog may be closed and the session edited while the pack is built
        session = copy.deepcopy(app.store.session)
        out = default_output(app.folder, app.store.path.stem)
        status.update(t("print.working") + "\n" + t("print.output", path=out))
        app.run_worker(partial(self.run_print, session, out, options), name="print",
                       group="print", thread=True, exit_on_error=False)

    def run_print(self, session: Session, out: Path, options: PrintOptions) -> None:
        """The print job, in a thread of the app's (it outlives the dialog)."""
        from hefboom_tui.printing.pack import describe_error, print_pack

        app: Any = self.app

        def ready(warnings: list[str], paths: list[Path]) -> None:
            try:
                app.call_from_thread(self._show_ready, warnings, paths)
            except RuntimeError:  # the app has closed
                pass

        def progress(fraction: float, _label: str) -> None:
            try:
                app.call_from_thread(self._show_progress, fraction * 100)
            except RuntimeError:  # the app has closed: the pack is still finished and saved
                pass

        try:
            result = print_pack(session, out, options.parts, options.paper, progress,
                                options=options, ready=ready)
        except OSError as exc:  # a read-only folder, a full disk: one line, no traceback
            app.call_from_thread(self._finished, None, describe_error(exc))
            return
        except Exception as exc:  # a broken printer setup must never take the session down
            app.call_from_thread(self._finished, None, str(exc))
            return
        app.call_from_thread(self._finished, result, "")

    def _show_ready(self, warnings: list[str], paths: list[Path]) -> None:
        """Before rendering: where the pack goes, and what may not print as typed."""
        where = (t("print.output", path=paths[0]) if len(paths) == 1 else
                 t("print.output_split", path=", ".join(str(p) for p in paths)))
        if self.is_attached:
            self.query_one("#print-status", Static).update(
                "\n".join([t("print.working"), where] + ["⚠ " + w for w in warnings]))
        for warning in warnings:
            self.app.notify(warning, severity="warning", timeout=20)

    def _show_progress(self, percent: float) -> None:
        if self.is_attached:
            self.query_one("#progress", ProgressBar).update(progress=percent)

    def _finished(self, result: PrintResult | None, error: str) -> None:
        self.busy = False
        self.result = result
        shown = self.is_attached  # else the dialog was closed while it printed
        if result is None:
            if shown:
                self.query_one("#print-status", Static).update(
                    "✗ " + t("print.failed", detail=error))
            self.app.notify(t("print.failed", detail=error), severity="error", timeout=15)
            return
        if shown:
            self.query_one("#progress", ProgressBar).update(progress=100)
            self.query_one("#print-status", Static).update(
                ("✓ " if result.kind == "pdf" else "⚠ ") + result.message)
            self.query_one("#cancel", Button).label = t("form.close")
            self.call_after_refresh(self.query_one("#print-status", Static).scroll_visible)
        self.app.notify(result.message, severity="information" if result.kind == "pdf"
                        else "warning", timeout=20)

    def action_close(self) -> None:
        if self.busy:
            self.app.notify(t("print.background"), timeout=8)
        self.dismiss(None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "go":
            self.action_print()
        else:
            self.action_close()


def printing(app: Any) -> bool:
    """Whether a print job of the app's is still running."""
    return any(w.group == "print" and w.state in (WorkerState.PENDING, WorkerState.RUNNING)
               for w in app.workers)


def open_print_dialog(app: Any, preset: str = "") -> None:
    """Open the print dialog (``preset`` pre-selects one part of the pack)."""
    if app.store is not None:
        app.push_screen(PrintDialog(preset))
