"""At 80×24 nothing a session holds is cut without a trace (issue 15, item 1).

The walker opens every main screen on the worst-case session (every text as long as
validation allows), moves the cursor over every row of every table and reads what is shown:
the screen, and the whole text of every pane the user can scroll (the detail pane under a
table, a fiche, a board). A text of the session that shows anywhere on a screen (its «tag»
is seen, even cut) must be readable there in full; each screen must show the texts it is
about; and every text typed into the session must be readable in full on some screen, or
be listed below as kept for a form (with the reason).

Also at 80×24: the footer of every main screen shows the help key (which lists every key),
the header keeps the step and the save state, and a dialog's buttons stay on screen however
long its body is (``buttons_stay_on_screen``, run on every form and dialog by the 80×24 pass
of ``test_snapshots_room.py``, which opens them all on the same session).
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from room_session import CLOCK, STEM, WALL_CLOCK, write_room
from screen_text import TAG, compact, read, screen_lines
from textual.geometry import Region
from textual.widgets import Button

from hefboom_tui.i18n import set_language, t
from hefboom_tui.model.method import STEPS, step
from hefboom_tui.tui.app import HefboomApp, make_app
from hefboom_tui.tui.widgets.row_table import RowTable

SIZE = (80, 24)
WORST_CASE_KEYS = {"acting-edit-action-4": ("down", "down", "down", "enter")}
"""Forms opened by other keys on the worst-case session than on the demo (its rows differ)."""
Walk = Callable[[Any, Callable[[], None]], Awaitable[None]]


async def rows(pilot: Any, capture: Callable[[], None]) -> None:
    """Every row of every table of the screen (a later table for each row of an earlier
    one: the cards of each duo), each with the focus on its table, as a user reads them.
    A later table is walked again only when a row of an earlier one changed what it holds
    (a table that does not follow the earlier one's cursor is read once)."""
    tables = [table for table in pilot.app.screen.query(RowTable) if table.display]
    walked: set[tuple[int, tuple[Any, ...]]] = set()

    def holds(level: int) -> tuple[Any, ...]:
        return tuple(tuple(map(str, table.get_row_at(row))) for table in tables[level:]
                     for row in range(table.row_count))

    async def walk(level: int) -> None:
        if level == len(tables) or (level, holds(level)) in walked:
            return
        walked.add((level, holds(level)))
        table = tables[level]
        for row in range(table.row_count):
            table.focus()
            table.move_cursor(row=row)
            await pilot.pause()
            capture()
            await walk(level + 1)

    capture()
    await walk(0)


async def fiches(pilot: Any, capture: Callable[[], None]) -> None:
    """The wall: each card's fiche (Enter), the wall's own detail view."""
    capture()
    for _ in range(len(pilot.app.store.session.initiatives)):
        await pilot.press("enter")
        capture()
        await pilot.press("escape", "right")


def pages(key: str, count: int) -> Walk:
    """A screen that shows one thing at a time: ``key`` goes to the next one."""
    async def walk(pilot: Any, capture: Callable[[], None]) -> None:
        for _ in range(count):
            capture()
            await pilot.press(key)
    return walk


@dataclass(frozen=True)
class Room:
    """A main screen: the step it is on (None: stay), the keys that open it, how to walk it,
    and the texts (action, parameter) it is about: every string of each must show in full."""

    id: str
    step: str | None
    keys: tuple[str, ...] = ()
    walk: Walk = rows
    shows: tuple[tuple[str, str], ...] = ()


NAME = ("add_initiative", "name")
ROOMS = [
    Room("wall", "1.1", walk=fiches, shows=(
        NAME, ("add_initiative", "description"), ("add_initiative", "contact"),
        ("add_initiative", "theme"), ("add_initiative", "size"), ("add_initiative", "origin"),
        ("add_initiative", "added_by"))),
    Room("lenses", "1.1", ("w",), shows=(NAME,)),
    Room("duos", "1.3", shows=(("add_participant", "name"), ("new_card", "text"),
                               ("new_card", "argument"), ("judge", "argument"))),
    Room("plenum-1.3", "1.3", ("P",), shows=(("new_card", "text"), ("new_card", "argument"))),
    Room("strong", "1.4", shows=(NAME, ("new_card", "text"))),
    Room("choose", "1.5", shows=(NAME, ("choose", "why"), ("choose", "principles_note"),
                                 ("choose", "doubts"))),
    Room("agreements", "1.6", shows=(("set_agreement", "time_needed"),
                                     ("set_agreement", "visitor_needs"))),
    Room("prepare", "1.7"),
    Room("guide", "1.7", ("g",), pages("right_square_bracket", 2),
         shows=(("set_agreement", "visitor_needs"),)),
    Room("visits", "2", shows=(("record_visit", "notes"),)),
    Room("decide", "3.2", shows=(("decide", "argument"), ("decide", "innovation"),
                                 ("decide", "mission"), ("decide", "feedback"))),
    Room("rotation", "3.3"),
    Room("tally", "3.3", ("t",), shows=(("add_option", "text"), ("add_option", "added_by"))),
    Room("tally-overview", "3.3", ("t", "v"), shows=(("add_option", "text"),)),
    Room("plenum-3.3", "3.3", ("t", "p"), shows=(
        ("add_option", "text"), ("add_engagement", "what"), ("add_engagement", "why"),
        ("add_engagement", "how"), ("add_engagement", "steps"))),
    Room("appointments", "3.4", shows=(
        ("set_appointment", "whom"), ("set_appointment", "time_needed"),
        ("set_appointment", "still_needed"), ("set_appointment", "act_together"),
        ("set_appointment", "report_back"))),
    Room("acting", "4", shows=(
        ("add_plan_action", "what"), ("add_plan_action", "partner"),
        ("add_engagement", "what"), ("add_engagement", "why"), ("add_engagement", "how"),
        ("add_engagement", "steps"), ("set_cooperation", "strategy"),
        ("set_cooperation", "communication"))),
    Room("organisation", "5", shows=(("set_challenge", "examples"), ("add_proposal", "text"))),
    Room("team", None, ("f3",), shows=(("add_participant", "name"),)),
    Room("parking", None, ("f8",), shows=(("park", "text"), ("park", "by"))),
]

HEADER = ("new_session", "name")
"""The header keeps the step and cuts the session's name (with …) to fit; the start screen
shows the name in full (tested below)."""

FORM_ONLY: dict[tuple[str, str], str] = {
    HEADER: "in full on the start screen",
    **{("record_visit", flap): "25 notes of 500 characters per flap: in the visit form (Enter "
       "on step 2, one note a line) and on the printed poster; flap 3 is also in the head of "
       "the plenum of step 3.3" for flap in ("now", "future", "needs", "partners")},
}
"""Texts no main screen shows in full for every initiative: they are read and edited in
their form (and printed)."""


def _open(folder: Path) -> HefboomApp:
    return make_app(folder, STEM, clock=lambda: CLOCK, wall_clock=lambda: WALL_CLOCK)


def header_and_footer_fit(app: HefboomApp) -> None:
    """The header keeps the step (it cuts the session's name instead) and the footer shows
    the help key first (help lists every key the footer has no room for)."""
    lines = screen_lines(app)
    here = step(app.store.session.step)
    where = t("header.where", phase=here.phase, step=t(here.title_key))
    assert compact(where) in compact(lines[0]), f"the header lost the step: {lines[0]!r}"
    assert lines[-1].lstrip().startswith(f"? {t('key.help')}"), \
        f"the help key is not first in the footer: {lines[-1]!r}"


@pytest.fixture(scope="module")
def typed(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return write_room(tmp_path_factory.mktemp("typed"))


@pytest.mark.parametrize("room", ROOMS, ids=[r.id for r in ROOMS])
async def test_every_text_on_a_screen_is_readable_in_full(folder: Path, typed: Any,
                                                          room: Room) -> None:
    write_room(folder)
    app = _open(folder)
    seen: list[str] = []
    async with app.run_test(size=SIZE) as pilot:
        if room.step is not None:
            app.show_step(room.step)
            await pilot.pause()
        await pilot.press(*room.keys)
        await pilot.pause()
        await pilot.pause()  # the footer is mounted after the first frame
        header_and_footer_fit(app)
        await room.walk(pilot, lambda: seen.append(read(app)))
    text = "\n".join(seen)
    flat = compact(text)
    strings = {s: (a, p) for a, p, s in typed.all({HEADER})}
    by_tag = {TAG.search(s).group(): s for s in strings}  # type: ignore[union-attr]
    cut = sorted({f"{strings[by_tag[tag]]}: {by_tag[tag][:50]!r}"
                  for tag in set(TAG.findall(text)) & by_tag.keys()
                  if compact(by_tag[tag]) not in flat})
    assert not cut, f"{room.id} at 80×24 shows these texts cut (no full text anywhere):\n" \
        + "\n".join(cut)
    missing = [f"{a}.{p}: {s[:50]!r}" for a, p in room.shows for s in typed.strings[(a, p)]
               if compact(s) not in flat]
    assert not missing, f"{room.id} at 80×24 does not show in full:\n" + "\n".join(missing)


def test_every_typed_text_has_a_screen(typed: Any) -> None:
    """Each text typed into the session is shown in full by a screen above (which checks
    it), or kept for its form for a reason."""
    shown = {text for room in ROOMS for text in room.shows}
    nowhere = sorted(f"{a}.{p}" for a, p in typed.strings if (a, p) not in shown | FORM_ONLY.keys())
    assert not nowhere, "texts of the session no screen shows in full at 80×24 (show them, " \
        "or add them to FORM_ONLY with the form that shows them):\n" + "\n".join(nowhere)


async def test_the_start_screen_shows_the_whole_session_name(folder: Path, typed: Any) -> None:
    write_room(folder)
    app = make_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.pause()
        shown = compact(read(app))
    assert compact(typed.strings[("new_session", "name")][0]) in shown


def buttons_stay_on_screen(app: HefboomApp, button: str) -> None:
    """However long the body (the worst case's titles, notes and fields), the buttons of the
    dialog on top (``button`` is its main one) are wholly on screen: the body scrolls, the
    buttons stay. Checked on every form and dialog by the 80×24 pass of
    ``test_snapshots_room.py``, which opens each of them there."""
    dialog_screen = app.screen
    for widget in [dialog_screen.query_one(button, Button), *dialog_screen.query("Button")]:
        geometry = dialog_screen.find_widget(widget)
        assert Region(0, 0, *app.size).contains_region(geometry.region)
        assert geometry.clip.contains_region(geometry.region), \
            f"{widget!r} is cut off or scrolled away: {geometry.region} in {geometry.clip}"


def saved_state() -> re.Pattern[str]:
    """The save state as the header ends with it: opened, or saved at a time."""
    before, after = t("header.saved", time="\0").split("\0")
    return re.compile(rf"(✓ {re.escape(t('header.opened'))}"
                      rf"|✓ {re.escape(before)}\d\d:\d\d:\d\d{re.escape(after)})$")


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("stem", [STEM, pytest.param("demo", marks=pytest.mark.slow)])
async def test_the_header_keeps_the_save_state_on_every_step(folder: Path, stem: str,
                                                             lang: str) -> None:
    """At 80×24 the header's last cells show the save state on every step screen: the
    session's name and the view's title are cut (with …) to leave it room, the step stays."""
    from hefboom_tui.demo import write_demo

    write_room(folder) if stem == STEM else write_demo(folder)
    set_language(lang)
    app = make_app(folder, stem, clock=lambda: CLOCK, wall_clock=lambda: WALL_CLOCK)
    state = saved_state()
    async with app.run_test(size=SIZE) as pilot:
        for here in STEPS:
            app.show_step(here.id)
            await pilot.pause()
            header = screen_lines(app)[0].rstrip()
            assert state.search(header), f"{here.id}: the save state is gone: {header!r}"
            where = t("header.where", phase=here.phase, step=t(here.title_key))
            assert compact(where) in compact(header), f"{here.id}: the step is cut: {header!r}"


def test_the_header_line_cuts_name_and_title_before_the_save_state() -> None:
    """The order in which the header's parts give way, in 60 cells."""
    from hefboom_tui.tui.widgets.session_header import SessionHeader

    line = SessionHeader.line
    where, state, clock = " · fase 3 › Afspraken voor fase 4", "✓ bewaard 12:00:00", "⏱ 4:59"
    name = "Wijkteam Noord, november"
    view = " · Afspraken om terug te gaan"
    assert line(name, where, "", state, 110, view) == f"{name}{view}{where}      {state}"
    assert line(name, where, "", state, 100, view) == f"Wijkteam Noord, n…{view}{where}  {state}"
    assert line(name, where, "", state, 80, view) \
        == f"Wijktea… · Afspraken om te…{where}  {state}"
    assert line(name, where, "", state, 60, view) == f"Wijkte…{where}  {state}"
    assert line(name, where, "", state, 50, view) == f"{where[3:]}  {state}"
    # a running timer: the save state's time gives way, then the timer; the step is cut last
    short = "✓ bewaard"
    assert line(name, where, clock, state, 70, view, short) \
        == f"Wijktea…{where}  {clock}   {state}"
    assert line(name, where, clock, state, 60, view, short) \
        == f"Wijkte…{where}  {clock}   {short}"
    assert line(name, where, clock, state, 50, view, short) == f"{where[3:]}  {state}"
    assert line(name, where, clock, state, 40, view, short) == f"fase 3 › Afspraken …  {state}"


@pytest.mark.parametrize("step_id", ["1.1", "3.3", "4", "5"])
async def test_the_navigator_shows_the_current_step(folder: Path, step_id: str) -> None:
    """F2 at 80×24 opens the list of steps scrolled to the step the team is in."""
    write_room(folder)
    app = _open(folder)
    async with app.run_test(size=SIZE) as pilot:
        app.show_step(step_id)
        await pilot.pause()
        await pilot.press("f2")
        await pilot.pause()
        await pilot.pause()
        assert any(f"▶ {step_id} " in line for line in screen_lines(app)), \
            "the current step is not in view in the navigator"


@pytest.mark.usefixtures("demo_folder")
async def test_the_projector_wall_follows_the_cursor_at_80x24(folder: Path) -> None:
    """In presentation mode at 80×24 the wall is one column of cards: it scrolls so that the
    card under the cursor is always in view."""
    app = make_app(folder, "demo", clock=lambda: CLOCK, wall_clock=lambda: WALL_CLOCK)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f5")
        grid = app.screen.query_one("WallGrid")
        for _ in range(len(app.store.session.initiatives)):
            await pilot.press("down")
            await pilot.pause()
            code = grid.selected.code
            assert any(f"▶ {code}" in line for line in screen_lines(app)), \
                f"the selected card {code} is not on the projector"
