"""The one path for change: every change to a session is a named action.

An action is a function ``(session, **params) -> result`` registered with :func:`action`.
It validates first and mutates only when everything is acceptable, raising
:class:`~hefboom_tui.model.errors.ActionError` otherwise. The store wraps :func:`apply`
with persistence and undo; the TUI and the CLI call the store, never the session.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hefboom_tui.model.errors import ActionError
from hefboom_tui.model.session import Session

ActionFn = Callable[..., Any]
ACTIONS: dict[str, ActionFn] = {}


def action(name: str) -> Callable[[ActionFn], ActionFn]:
    """Register ``fn`` as the action ``name``."""

    def register(fn: ActionFn) -> ActionFn:
        if name in ACTIONS:
            raise RuntimeError(f"action {name!r} registered twice")
        ACTIONS[name] = fn
        return fn

    return register


def apply(session: Session, name: str, params: dict[str, Any]) -> Any:
    """Run action ``name`` on ``session``; raise ActionError if it is unknown or refused."""
    _load_all()
    fn = ACTIONS.get(name)
    if fn is None:
        raise ActionError("error.unknown_action", action=name)
    try:
        return fn(session, **params)
    except TypeError as exc:
        if "argument" in str(exc):
            raise ActionError("error.bad_params", action=name, detail=str(exc)) from exc
        raise


def _load_all() -> None:
    # The action modules register themselves on import.
    from hefboom_tui.model import (  # noqa: F401
        actions_cycle,
        actions_phase3,
        actions_team,
        actions_wall,
    )
