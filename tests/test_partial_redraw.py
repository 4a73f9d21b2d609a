"""Screens that redraw only what a change touched show exactly what a full redraw shows."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hefboom_tui.tui.app import make_app
from hefboom_tui.tui.screens.strong import StrongScreen
from hefboom_tui.tui.screens.tally import TallyScreen
from hefboom_tui.tui.widgets.row_table import RowTable


def drawn(app: object) -> str:
    """The screen as an SVG, without the random id Textual gives each export."""
    return re.sub(r"terminal-\d+", "terminal", app.export_screenshot())  # type: ignore[attr-defined]


def cells(table: RowTable) -> list[list[str]]:
    return [[str(cell) for cell in table.get_row_at(n)] for n in range(table.row_count)]


@pytest.mark.usefixtures("demo_folder")
async def test_strong_marks_and_tallies_redraw_in_place_as_a_full_redraw_would(
        folder: Path) -> None:
    app = make_app(folder, "demo")
    async with app.run_test(size=(120, 40)) as pilot:
        app.show_step("1.4")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StrongScreen)
        table = screen.query_one(RowTable)
        await pilot.press("right", "right", "down", "down")
        before = cells(table)
        await pilot.press("space")  # mark strong: one cell, totals and ranks change in place
        await pilot.pause()
        partial, shown = cells(table), drawn(app)
        assert partial != before
        screen.refresh_view()
        await pilot.pause()
        assert cells(table) == partial
        assert drawn(app) == shown, "what is drawn equals a full redraw"
        await pilot.press("ctrl+z")  # an undo redraws all: back to what it was
        await pilot.pause()
        assert cells(table) == before

        app.show_step("3.3")
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        tally = app.screen
        assert isinstance(tally, TallyScreen)
        table = tally.query_one(RowTable)
        before = cells(table)
        for _ in range(9):  # enough stickers to make this bar the longest: every bar rescales
            await pilot.press("g")
        await pilot.pause()
        partial, shown = cells(table), drawn(app)
        assert partial != before
        tally.refresh_view()
        await pilot.pause()
        assert cells(table) == partial
        assert drawn(app) == shown, "what is drawn equals a full redraw"


@pytest.mark.usefixtures("demo_folder")
@pytest.mark.parametrize("step, setup, key", [
    ("1.5", ("down",), "space"),           # choose: one row's status
    ("4", (), "space"),                    # plan: one action's status
    ("1.3", ("P",), "x"),                  # plenum: drop an accepted card
    ("1.3", ("enter",), "u"),              # duos: a judged card back to open
    ("3.3", ("t",), "right_square_bracket"),  # tally: the next initiative, same options
])
async def test_tables_update_in_place_as_a_rebuild_would(
        folder: Path, step: str, setup: tuple[str, ...], key: str) -> None:
    app = make_app(folder, "demo")
    async with app.run_test(size=(200, 40)) as pilot:  # wide: every column on screen
        app.show_step(step)
        await pilot.pause()  # the footer mounts after the first frame: pause() waits for it
        await pilot.press(*setup)
        await pilot.pause()
        screen = app.screen
        table = screen.focused if isinstance(screen.focused, RowTable) else screen.query_one(RowTable)
        before = cells(table)
        await pilot.press(key)
        await pilot.pause()
        shown = drawn(app)
        contents = cells(table)
        assert contents != before
        cursors = [(t, t.cursor_coordinate) for t in screen.query(RowTable)]
        for t, _ in cursors:
            t.clear()  # forget every row: the next fill rebuilds the table from scratch
        screen.refresh_all()  # type: ignore[attr-defined]
        for t, where in cursors:
            t.cursor_coordinate = where
        await pilot.pause()
        assert cells(table) == contents
        assert drawn(app) == shown, "what is drawn equals a rebuilt table"
