"""Every screen at terminal sizes from 40×12 to 300×90, resized while open: its main widgets,
header and footer stay mounted, visible, non-empty and entirely inside the terminal."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App
from textual.errors import NoWidget
from textual.geometry import Region
from textual.widget import Widget
from textual.widgets import Footer

from hefboom_tui.model.method import STEP_IDS
from hefboom_tui.tui.app import SCREENS, make_app
from hefboom_tui.tui.screens.base import SessionScreen
from hefboom_tui.tui.widgets.session_header import SessionHeader

SIZES = [(40, 12), (80, 24), (300, 90), (61, 17)]

# The widgets that carry each screen (by screen class name): its table(s), grid, timer, boards
# or dialog body. Session screens are checked for their header, hint line and footer as well.
KEY_WIDGETS: dict[str, tuple[str, ...]] = {
    "WallScreen": ("WallGrid#wall",),
    "DuosScreen": ("RowTable#duo-list", "RowTable#duo-cards"),
    "StrongScreen": ("RowTable#strong",),
    "ChooseScreen": ("RowTable#choose",),
    "AgreementsScreen": ("RowTable#agreements",),
    "PrepareScreen": ("#flaps", "#prepare-list"),
    "VisitsScreen": ("RowTable#visits",),
    "DecideScreen": ("RowTable#decide",),
    "RotationScreen": ("RoundTimer#round-timer", "#boards"),
    "EngagementsScreen": ("RowTable#plenum-options", "RowTable#engagements"),
    "AppointmentsScreen": ("RowTable#appointments",),
    "GuideScreen": ("#guide-scroll",),
    "ExportDialog": ("#form",),
    "ActingScreen": ("RowTable#plan", "RowTable#declined"),
    "OrganisationScreen": ("RowTable#organisation",),
    "LaterScreen": ("#later",),
    "TeamScreen": ("RowTable#team",),
    "TallyScreen": ("RowTable#tally",),
    "FormScreen": ("#form",),
    "PrintDialog": ("#form",),
    "StepsScreen": ("#steps", "#step-list"),
    "HelpScreen": ("#help",),
    "StartScreen": ("#sessions", "#start-folder", "Footer"),
}
CHROME = (SessionHeader, "#hint", Footer)  # hidden in presentation mode


def key_widgets(app: App, *, chrome: bool = True) -> list[Widget]:
    """The key widgets of the current screen (``query_one`` fails if one is not mounted)."""
    screen = app.screen
    name = type(screen).__name__
    assert name in KEY_WIDGETS, f"add the key widgets of {name} to KEY_WIDGETS"
    widgets = [screen.query_one(selector) for selector in KEY_WIDGETS[name]]
    if chrome and isinstance(screen, SessionScreen):
        widgets += [screen.query_one(selector) for selector in CHROME]
    return widgets


def assert_inside(app: App, widgets: list[Widget], size: tuple[int, int]) -> None:
    """Each widget is mounted, shown, has a non-zero size and lies wholly inside the terminal
    (and is not cut off by its container)."""
    screen = app.screen
    terminal = Region(0, 0, *size)
    assert screen.region == terminal, f"the screen is {screen.region}, not {size}"
    problems = []
    for widget in widgets:
        label = f"{type(screen).__name__} {widget!r}"
        if not (widget.is_mounted and widget.display and widget.visible):
            problems.append(f"{label}: not mounted or hidden")
            continue
        try:
            geometry = screen.find_widget(widget)
        except NoWidget:
            problems.append(f"{label}: not laid out on the screen")
            continue
        region = geometry.region
        if region.width <= 0 or region.height <= 0:
            problems.append(f"{label}: empty region {region}")
        elif not terminal.contains_region(region):
            problems.append(f"{label}: {region} is not inside the {size[0]}×{size[1]} terminal")
        elif not geometry.clip.contains_region(region):
            problems.append(f"{label}: {region} is cut off by its container ({geometry.clip})")
    assert not problems, f"at {size[0]}×{size[1]}:\n" + "\n".join(problems)


@pytest.mark.usefixtures("demo_folder")
@pytest.mark.parametrize("step", STEP_IDS)
async def test_every_step_screen_at_every_size(folder: Path, step: str) -> None:
    app = make_app(folder, "demo", clock=lambda: 100.0, wall_clock=lambda: 1.8e9)
    async with app.run_test(size=(80, 24)) as pilot:
        app.show_step(step)
        await pilot.pause()
        expected = SCREENS.get(step, ("later", "LaterScreen"))[1]
        assert type(app.screen).__name__ == expected
        step_screen = app.screen
        assert_inside(app, key_widgets(app), (80, 24))
        for size in SIZES:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            assert_inside(app, key_widgets(app), size)
        # presentation mode: the body fills the terminal, the chrome is gone
        await pilot.press("f5")
        await pilot.resize_terminal(45, 13)
        await pilot.pause()
        assert_inside(app, key_widgets(app, chrome=False), (45, 13))
        assert not any(step_screen.query_one(selector).display for selector in CHROME)
        await pilot.press("f5", "question_mark")
        await pilot.pause()
        assert_inside(app, key_widgets(app), (45, 13))  # the help
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is step_screen
        assert_inside(app, key_widgets(app), (45, 13))


OPENERS: dict[str, tuple[str | None, tuple[str, ...]]] = {
    "f3": (None, ("f3",)), "f4": (None, ("f4",)), "f2": (None, ("f2",)), "n": (None, ("n",)),
    "t": ("3.3", ("t",)), "f6": (None, ("f6",)), "guide": ("1.7", ("g",)),
    "plenum": ("3.3", ("t", "p")),
}
"""Each dialog or side screen: the step it is opened from (None: the wall) and its keys."""


@pytest.mark.usefixtures("demo_folder")
@pytest.mark.parametrize("opener", list(OPENERS))
async def test_dialogs_and_side_screens_small(folder: Path, opener: str) -> None:
    app = make_app(folder, "demo")
    step, keys = OPENERS[opener]
    async with app.run_test(size=(40, 12)) as pilot:
        if step is not None:
            app.show_step(step)
            await pilot.pause()
        under = app.screen
        await pilot.press(*keys)
        await pilot.pause()
        assert app.screen is not under, f"{opener} opened nothing"
        assert_inside(app, key_widgets(app), (40, 12))
        for size in [(80, 24), (300, 90), (40, 12)]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            assert_inside(app, key_widgets(app), size)


@pytest.mark.usefixtures("demo_folder")
async def test_start_screen_sizes(folder: Path) -> None:
    app = make_app(folder)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        assert_inside(app, key_widgets(app), (40, 12))
        for size in SIZES:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            assert_inside(app, key_widgets(app), size)
        await pilot.press("enter")
        await pilot.pause()
        assert app.store is not None
        assert_inside(app, key_widgets(app), SIZES[-1])
