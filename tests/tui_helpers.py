"""Helpers for functional tests of the TUI."""

from __future__ import annotations

from pathlib import Path

from hefboom_tui.store.session_store import load_session


def saved(folder: Path, stem: str = "demo"):
    """The session as it is on disk right now."""
    return load_session(folder / f"{stem}.json")


async def type_text(pilot, text: str) -> None:
    """Type ``text`` key by key (spaces and punctuation included)."""
    for ch in text:
        await pilot.press({" ": "space", "/": "slash", "#": "number_sign"}.get(ch, ch))


class Clocks:
    """A monotonic and a wall clock that tests move by hand (their origins differ)."""

    def __init__(self) -> None:
        self.mono = 50.0
        self.wall = 1_800_000_000.0

    def advance(self, seconds: float) -> None:
        self.mono += seconds
        self.wall += seconds
