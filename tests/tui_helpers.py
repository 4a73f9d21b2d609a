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
