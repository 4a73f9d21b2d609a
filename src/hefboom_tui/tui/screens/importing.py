"""CSV import in the TUI: into a new session (start screen) or into the open one (wall)."""

from __future__ import annotations

from typing import Any

from hefboom_tui.i18n import t, tn
from hefboom_tui.tui.result import Result
from hefboom_tui.tui.screens.fields import Field


def file_field() -> Field:
    """The field that names the CSV file."""
    return Field("file", t("start.file_label"), placeholder=t("import.placeholder"))


def field_error(exc: Exception, field: str) -> Result:
    """``exc`` shown next to ``field`` of the form, which stays open with what was typed."""
    from hefboom_tui.model.errors import ValidationError

    return Result(False, error=ValidationError(field, "error.plain", message=str(exc)))


def report_import(app: Any, count: int, name: str, unknown_columns: list[str]) -> None:
    """Say how many initiatives came in, and which columns of the file were left out."""
    message = tn("import.done", count, name=name)
    if unknown_columns:
        message += "\n" + t("import.unknown_columns", columns=", ".join(unknown_columns))
    app.notify(message, timeout=10)
