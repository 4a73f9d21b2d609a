"""A window that only reads the session (another hefboom window writes it, or the beamer):
its writing keys open nothing, say why at once, and are left out of the footer, the help and
the palette; the reading keys work; its header names the step it shows; and once it becomes
the writer the writing keys are back."""

from __future__ import annotations

import ast
import time
from pathlib import Path

import hefboom_tui.tui
from hefboom_tui.i18n import t
from hefboom_tui.model import actions
from hefboom_tui.store.session_store import SessionStore
from hefboom_tui.tui.app import make_app
from hefboom_tui.tui.screens.confirm import ConfirmScreen
from hefboom_tui.tui.screens.fiche import FicheScreen
from hefboom_tui.tui.screens.form import FormScreen
from hefboom_tui.tui.screens.help import HelpScreen
from hefboom_tui.tui.screens.print_dialog import PrintDialog
from hefboom_tui.tui.screens.steps import StepsScreen
from hefboom_tui.tui.widgets.session_header import SessionHeader

WRITING = {"wall.new", "wall.edit", "wall.quick_add", "app.undo", "app.park", "duos.argument",
           "duos.relevant", "tally.add", "tally.green", "acting.new", "acting.edit"}
"""Binding ids of keys that change the session (some of them)."""


async def wait_until(pilot, condition, seconds: float = 8.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        await pilot.pause(0.05)


def refused(app) -> bool:
    """A refusal was shown (and the shown toasts are cleared for the next key)."""
    said = any(str(n.message).startswith(t("read_only.refused", reason="")[:12])
               for n in app._notifications)
    app.clear_notifications()
    return said


def bound_ids(screen) -> set[str]:
    return {a.binding.id for a in screen.active_bindings.values() if a.binding.id}


async def press_refused(pilot, *keys: str) -> None:
    """Each key opens no form and says why."""
    for key in keys:
        await pilot.press(key)
        await pilot.pause()
        assert not isinstance(pilot.app.screen, FormScreen), key
        assert refused(pilot.app), key


async def test_writing_keys_open_nothing_and_say_why(
        demo_folder: Path, other_window: SessionStore) -> None:
    before = (demo_folder / "demo.json").read_bytes()
    app = make_app(demo_folder, "demo")
    async with app.run_test(size=(100, 30)) as pilot:
        assert app.store.read_only and app.store.lock_state == "locked"
        app.clear_notifications()  # the "read-only" notice of the start
        # 1.1 the wall: new, edit, quick add, park, undo
        await press_refused(pilot, "n", "e", "a", "f7", "ctrl+z")
        line = t("read_only.refused", reason=app.store.read_only_reason)
        assert line.startswith("Alleen lezen") and "venster" in line
        # reading keys still work: Enter opens the fiche, F2 the steps, F4 the print dialog
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, FicheScreen))
        await press_refused(pilot, "p")  # "presented" changes the session
        await pilot.press("escape", "f2")
        await wait_until(pilot, lambda: isinstance(app.screen, StepsScreen))
        await pilot.press("escape", "f4")
        await wait_until(pilot, lambda: isinstance(app.screen, PrintDialog))
        await pilot.press("escape")
        await pilot.pause()
        # 1.3: Enter on a card (the argument form), a verdict key
        app.show_step("1.3")
        await pilot.pause()
        app.screen.query_one("#duo-cards").focus()
        await press_refused(pilot, "enter", "r", "n")
        # 3.3: the tally opens (reading); a new option, a sticker, a typed count do not
        app.show_step("3.3")
        await pilot.pause()
        await pilot.press("t")
        await wait_until(pilot, lambda: type(app.screen).__name__ == "TallyScreen")
        await press_refused(pilot, "a", "g", "5")
        await pilot.press("v")  # the overview: reading
        await pilot.pause()
        assert app.screen.overview
        # 4: Enter on a line of the plan, a new action
        app.show_step("4")
        await pilot.pause()
        await press_refused(pilot, "enter", "n")
        assert app.store.session.step == "1.1"  # going to a step records nothing here
    assert (demo_folder / "demo.json").read_bytes() == before


async def test_footer_help_and_palette_leave_the_writing_keys_out(
        demo_folder: Path, other_window: SessionStore) -> None:
    holder = other_window  # another window has the session open
    app = make_app(demo_folder, "demo")
    async with app.run_test(size=(100, 30)) as pilot:
        ids = bound_ids(app.screen)
        assert not ids & WRITING
        assert {"app.help", "app.steps", "app.print", "wall.search"} <= ids
        palette = {c.title for c in app.get_system_commands(app.screen)}
        assert t("key.new_fiche") not in palette and t("key.search") in palette
        await pilot.press("question_mark")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))
        shown = " ".join(str(w.render()) for w in app.screen.query("Static"))
        assert t("key.search") in shown and t("key.new_fiche") not in shown
        await pilot.press("escape")
        # becoming the writer brings the keys back at once
        holder.close()
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("j")
        await pilot.pause()
        assert not app.store.read_only
        assert {"wall.new", "wall.edit", "app.undo", "app.park"} <= bound_ids(app.screen)
        await pilot.press("n")
        await wait_until(pilot, lambda: isinstance(app.screen, FormScreen))


async def test_header_names_the_step_this_window_shows(
        demo_folder: Path, other_window: SessionStore) -> None:
    holder = other_window  # another window has the session open
    app = make_app(demo_folder, "demo")
    async with app.run_test(size=(120, 30)) as pilot:
        app.show_step("5")  # this window looks at step 5 …
        await pilot.pause()
        await pilot.press("question_mark")  # … with the help open over it
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))
        holder.do(actions.set_step, step="3.2")  # the writer moves on to 3.2
        await wait_until(pilot, lambda: app.store.session.step == "3.2")
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "OrganisationScreen"
        text = app.screen.query_one(SessionHeader)._text
        assert t("step.5") in text and t("step.3.2") not in text
        await pilot.press("f2")  # the steps list starts on the step shown here
        await wait_until(pilot, lambda: isinstance(app.screen, StepsScreen))
        assert app.screen.current == "5"


async def test_beamer_lists_only_what_works_there(demo_folder: Path) -> None:
    app = make_app(demo_folder, "demo", beamer=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        ids = bound_ids(app.screen)
        assert not ids & WRITING and "app.help" in ids
        await pilot.press("n")
        await pilot.pause()
        assert not isinstance(app.screen, FormScreen)


READING = {("start.py", "action_new"), ("start.py", "action_import"),  # no session open yet
           ("wall.py", "action_filter")}  # a form that only filters what the wall shows
"""Actions that call the action path or open a form, yet change no open session."""


def test_every_action_that_writes_is_marked() -> None:
    """An ``action_…`` that calls ``do``/``do_inline``/``do_together`` or opens a form
    (``form_screen``, ``…_form``) is marked ``@writes``: a new key cannot forget it."""
    unmarked = []
    for path in sorted(Path(hefboom_tui.tui.__file__).parent.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.FunctionDef) and node.name.startswith("action_")):
                continue
            called = {c.func.attr if isinstance(c.func, ast.Attribute) else
                      getattr(c.func, "id", "") for c in ast.walk(node) if isinstance(c, ast.Call)}
            writing = called & {"do", "do_inline", "do_together", "form_screen"} or any(
                name.endswith("_form") for name in called)
            marked = any(isinstance(d, ast.Name) and d.id == "writes"
                         for d in node.decorator_list)
            if writing and not marked and (path.name, node.name) not in READING:
                unmarked.append(f"{path.name}: {node.name}")
    assert not unmarked, unmarked
