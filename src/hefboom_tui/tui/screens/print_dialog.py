"""Entry point for printing from the TUI."""

from __future__ import annotations

from typing import Any

from hefboom_tui.i18n import t


def open_print_dialog(app: Any, preset: str = "") -> None:
    """Open the print dialog (``preset`` pre-selects a part of the pack)."""
    app.notify(t("print.not_yet"), severity="warning", timeout=10)
