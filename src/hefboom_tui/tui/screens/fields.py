"""Forms for the screens: the field description, and the form dialog loaded on first use."""

from __future__ import annotations

from typing import Any

from hefboom_tui.tui.form_field import Field

__all__ = ["Field", "form_screen"]


def form_screen(*args: Any, **kwargs: Any) -> Any:
    """A :class:`~hefboom_tui.tui.screens.form.FormScreen`, imported on first use."""
    from hefboom_tui.tui.screens.form import FormScreen

    return FormScreen(*args, **kwargs)
