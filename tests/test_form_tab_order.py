"""Tab walks a long form's fields top to bottom, then its buttons.

The buttons are docked at the foot of a scrolling form; Textual orders focus by position, so
the docked Save sat above the fields scrolled out of view: Tab jumped from the last visible
field to Save, and a space typed there saved the form half filled (found by the rehearsal at
100×30, where the appointment form of step 3.4 lost "what is still needed")."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button

from hefboom_tui.demo import write_demo
from hefboom_tui.tui.app import make_app
from hefboom_tui.tui.form_field import Field
from hefboom_tui.tui.result import Result
from hefboom_tui.tui.screens.form import FormScreen

NAMES = ["a", "b", "c", "d", "e", "f", "g", "h"]


async def test_tab_reaches_every_field_before_the_buttons(tmp_path: Path) -> None:
    write_demo(tmp_path)
    app = make_app(tmp_path, "demo")
    got: dict[str, object] = {}

    def submit(values: dict[str, object]) -> Result:
        got.update(values)
        return Result(ok=True)

    fields = [Field(n, n.upper(), "text" if n in "defg" else "input") for n in NAMES]
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await app.push_screen(FormScreen("Lang formulier", fields, submit))
        await pilot.pause()
        order = [app.focused.id if app.focused else None]
        for _ in range(len(NAMES)):
            await pilot.press("tab")
            order.append(app.focused.id if app.focused else None)
        assert order == [f"f-{n}" for n in NAMES] + ["save"]
        assert isinstance(app.focused, Button) and app.focused.id == "save"
        await pilot.press("shift+tab")
        assert app.focused is not None and app.focused.id == f"f-{NAMES[-1]}"
