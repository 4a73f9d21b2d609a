"""Helpers for model tests: apply an action by its name, as tables of cases name them."""

from __future__ import annotations

from collections.abc import Mapping

from hefboom_tui.model.actions import ACTIONS
from hefboom_tui.model.session import Session


def apply(session: Session, name: str, params: Mapping[str, object]) -> object:
    """Run the action called ``name`` on ``session`` directly (no store, no save)."""
    return ACTIONS[name](session, **params)
