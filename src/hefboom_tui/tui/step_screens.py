"""Which screen shows which step of the method: the step id → screen table, and the screen
classes loaded only when a step is first shown (start-up loads one of them)."""

from __future__ import annotations

import importlib
from typing import Any

from textual.screen import Screen

SCREENS: dict[str, tuple[str, str]] = {
    "1.1": ("wall", "WallScreen"), "1.2": ("wall", "WallScreen"), "1.3": ("duos", "DuosScreen"),
    "1.4": ("strong", "StrongScreen"), "1.5": ("choose", "ChooseScreen"),
    "1.6": ("agreements", "AgreementsScreen"), "1.7": ("prepare", "PrepareScreen"),
    "3.2": ("decide", "DecideScreen"), "3.3": ("rotation", "RotationScreen"),
    "3.4": ("appointments", "AppointmentsScreen"), "2": ("visits", "VisitsScreen"),
    "4": ("acting", "ActingScreen"), "5": ("organisation", "OrganisationScreen"),
    "3.1": ("visits", "VisitsScreen"),
}
"""Step id → (module in ``tui/screens/``, screen class name)."""


def screen_for(step_id: str) -> type[Screen[Any]]:
    """The screen class that shows step ``step_id`` (imported only when first needed)."""
    module, name = SCREENS.get(step_id, SCREENS["1.1"])  # a step id from a newer version
    cls: type[Screen[Any]] = getattr(
        importlib.import_module(f"hefboom_tui.tui.screens.{module}"), name)
    return cls
