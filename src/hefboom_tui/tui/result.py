"""Types the screens and the app share, in their own module so neither imports the other."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

from textual.message import Message

from hefboom_tui.model.change import Change

T = TypeVar("T")


@dataclass
class Result(Generic[T]):
    """What the action path returns to a screen: the value, or the error that stopped it."""

    ok: bool
    value: T | None = None
    error: Exception | None = None


class OpenSession(Message):
    """A screen asks the app to open session ``name`` (the start screen, after a new or an
    imported session was written). The app shows any problem itself."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.session_name = name


@dataclass
class Places:
    """Where the facilitator is on a screen, to show a screen built anew in its place (after
    a language switch) on the same rows: each table's cursor (row key and column) by the
    table's id, and the id of the widget that has the focus."""

    cursors: dict[str, tuple[str, int]] = field(default_factory=dict)
    focus: str | None = None


class SessionView:
    """A screen that shows part of the open session.

    The app sends the store's one "session changed" event to the topmost such screen (the one
    the room sees, perhaps under a dialog) through :meth:`session_changed`; the others are
    marked ``stale`` and redraw when they are shown again."""

    stale: bool = False

    def session_changed(self, change: Change) -> None:
        """Redraw what ``change`` touched (by default: everything)."""

    def places(self) -> Places:
        """Where the cursors and the focus are now (nothing, for a screen without tables)."""
        return Places()

    def keep_places(self, places: Places) -> None:
        """Put the cursors and the focus back where ``places`` says once this (new) screen
        shows (a screen without tables ignores them)."""
