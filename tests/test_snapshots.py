"""Visual snapshots of key screens at a fixed size, both themes (pytest-textual-snapshot).

Update after an intended visual change with: pytest tests/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hefboom_tui.tui.app import make_app

THEMES = ["hefboom-beamer", "hefboom-dark"]
pytestmark = pytest.mark.usefixtures("demo_folder")  # every snapshot shows the demo session


def _app(folder: Path, theme: str):
    app = make_app(folder, "demo", clock=lambda: 1000.0, wall_clock=lambda: 1_790_000_000.0)
    app.theme = theme
    return app


@pytest.mark.parametrize("theme", THEMES)
def test_wall(snap_compare, folder: Path, theme: str) -> None:
    app = _app(folder, theme)
    app.theme = theme
    assert snap_compare(app, terminal_size=(100, 30),
                        run_before=lambda pilot: _set_theme(pilot, theme))


@pytest.mark.parametrize("theme", THEMES)
def test_focused_fiche(snap_compare, folder: Path, theme: str) -> None:
    async def before(pilot) -> None:
        await _set_theme(pilot, theme)
        await pilot.press("right", "enter")

    assert snap_compare(_app(folder, theme), terminal_size=(100, 30), run_before=before)


@pytest.mark.parametrize("theme", THEMES)
def test_presentation_mode(snap_compare, folder: Path, theme: str) -> None:
    async def before(pilot) -> None:
        await _set_theme(pilot, theme)
        await pilot.press("f5")

    assert snap_compare(_app(folder, theme), terminal_size=(100, 30), run_before=before)


def test_deal_view(snap_compare, folder: Path) -> None:
    async def before(pilot) -> None:
        pilot.app.show_step("1.3")
        await pilot.pause()

    assert snap_compare(_app(folder, THEMES[0]), terminal_size=(120, 30), run_before=before)


def test_plenum_view(snap_compare, folder: Path) -> None:
    async def before(pilot) -> None:
        pilot.app.show_step("1.3")
        await pilot.pause()
        await pilot.press("P")

    assert snap_compare(_app(folder, THEMES[0]), terminal_size=(120, 30), run_before=before)


async def _set_theme(pilot, theme: str) -> None:
    pilot.app.theme = theme
    await pilot.pause()


def test_timer_board(snap_compare, folder: Path) -> None:
    async def before(pilot) -> None:
        pilot.app.show_step("3.3")
        await pilot.pause()

    assert snap_compare(_app(folder, THEMES[0]), terminal_size=(100, 30), run_before=before)


def test_tally_view(snap_compare, folder: Path) -> None:
    async def before(pilot) -> None:
        pilot.app.show_step("3.3")
        await pilot.pause()
        await pilot.press("t", "o")

    assert snap_compare(_app(folder, THEMES[0]), terminal_size=(120, 30), run_before=before)
