"""The parking lot: a question parked with one key from any screen (F7), listed with its step
(F8), ticked off, taken off with undo, shown on the beamer, and in every export."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from tui_helpers import saved, type_text

from hefboom_tui.exchange.export import export_csv, export_json
from hefboom_tui.exchange.markdown import markdown_report
from hefboom_tui.tui.app import make_app
from hefboom_tui.tui.screens.form import FormScreen
from hefboom_tui.tui.screens.parking import ParkingScreen

QUESTION = "Wie betaalt de zaal voor het buurtfeest?"


@pytest.mark.usefixtures("demo_folder")
async def test_park_from_any_screen_tick_remove_undo(folder: Path) -> None:
    app = make_app(folder, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        app.show_step("3.3")
        await pilot.pause()
        await pilot.press("f7")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        await type_text(pilot, QUESTION)
        await pilot.press("ctrl+s")
        await pilot.pause()
        notes = saved(folder).parking
        assert [(n.text, n.step, n.done) for n in notes] == [(QUESTION, "3.3", False)]
        await pilot.press("f8")
        await pilot.pause()
        assert isinstance(app.screen, ParkingScreen)
        shown = app.export_screenshot().replace("&#160;", " ")
        assert "Wie betaalt de zaal" in shown  # on screen (at 80 columns)
        await pilot.press("space")
        assert saved(folder).parking[0].done is True
        await pilot.press("x")
        assert saved(folder).parking == []
        await pilot.press("ctrl+z")
        assert [n.text for n in saved(folder).parking] == [QUESTION]


@pytest.mark.usefixtures("demo_folder")
async def test_parking_lot_is_in_every_export(folder: Path) -> None:
    app = make_app(folder, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f7")
        await type_text(pilot, QUESTION)
        await pilot.press("ctrl+s")
        await pilot.pause()
    session = saved(folder)
    assert export_json(session)["parking"][0]["text"] == QUESTION
    assert QUESTION in markdown_report(session)
    text = export_csv(session)
    cells = [c for row in csv.reader(io.StringIO(text), delimiter=";") for c in row]
    assert QUESTION in cells
