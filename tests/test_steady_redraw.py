"""What a key redraws without a layout pass or from cached rows looks the same as a redraw from
scratch: the row tables' caches that ignore where the cursor is (and keep their renders when
only the height changes), and the lines that lay the screen out only when their height
changes. Timing is measured by ``benchmarks/run.py --only screens``, never asserted here."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from textual.app import App, ComposeResult

from hefboom_tui.tui.app import make_app
from hefboom_tui.tui.widgets.row_table import RowTable
from hefboom_tui.tui.widgets.steady_static import SteadyStatic


def drawn(app: Any) -> str:
    return re.sub(r"terminal-\d+", "terminal", app.export_screenshot())


async def _from_scratch(app: Any, pilot: Any) -> str:
    """The screen once every table has forgotten every render it cached."""
    for table in app.screen.query(RowTable):
        table._clear_caches()
        table.refresh()
    await pilot.pause()
    return drawn(app)


@pytest.mark.usefixtures("demo_folder")
@pytest.mark.parametrize("step, setup", [
    ("4", ()),                        # plan: a row cursor
    ("1.4", ("right", "right")),      # strong marks: a cell cursor
    ("3.3", ("t",)),                  # tally: a cell cursor, coloured bars
])
async def test_cached_rows_look_as_drawn_from_scratch(folder: Path, step: str,
                                                      setup: tuple[str, ...]) -> None:
    app = make_app(folder, "demo")
    async with app.run_test(size=(120, 40)) as pilot:
        app.show_step(step)
        await pilot.pause()
        await pilot.press(*setup, "down", "down", "down", "up")
        await pilot.pause()
        table = app.screen.focused
        assert isinstance(table, RowTable) and table.cursor_coordinate.row == 2
        await pilot.hover(RowTable, offset=(4, 2))  # the mouse over another row
        await pilot.press("down")
        await pilot.pause()
        shown = drawn(app)
        assert shown == await _from_scratch(app, pilot)

        await pilot.resize_terminal(120, 30)  # only the height: cached rows are kept
        await pilot.press("down")
        await pilot.pause()
        shown = drawn(app)
        assert shown == await _from_scratch(app, pilot)

        await pilot.resize_terminal(90, 30)  # another width: every cell again
        await pilot.press("up")
        await pilot.pause()
        shown = drawn(app)
        assert shown == await _from_scratch(app, pilot)


class Lines(App[None]):
    CSS = "SteadyStatic { width: 20; } #auto { width: auto; }"

    def compose(self) -> ComposeResult:
        yield SteadyStatic("eerste", id="steady")
        yield SteadyStatic("breed", id="auto")


async def test_a_steady_line_lays_out_only_when_its_height_changes() -> None:
    app = Lines()
    layouts: list[str] = []
    async with app.run_test(size=(40, 10)) as pilot:
        await pilot.pause()
        line = app.query_one("#steady", SteadyStatic)
        refresh = line.refresh

        def counting(*regions: Any, **kwargs: Any) -> Any:
            if kwargs.get("layout"):
                layouts.append(str(line.content))
            return refresh(*regions, **kwargs)

        line.refresh = counting  # type: ignore[method-assign]
        line.update("tweede")  # the same height: no layout pass
        line.update("tweede")  # unchanged: nothing at all
        assert layouts == []
        await pilot.pause()
        assert line.size.height == 1 and "tweede" in drawn(app)
        line.update("een veel langere tekst die over drie regels loopt")
        assert layouts == ["een veel langere tekst die over drie regels loopt"]
        await pilot.pause()
        assert line.size.height == 3 and "regels" in drawn(app)
        layouts.clear()
        line.update("kort")
        assert layouts == ["kort"]
        await pilot.pause()
        assert line.size.height == 1 and "kort" in drawn(app) and "regels" not in drawn(app)

        wide = app.query_one("#auto", SteadyStatic)  # its width follows its text: always
        wide.update("veel breder dan eerst")
        await pilot.pause()
        assert wide.size.width == len("veel breder dan eerst")
