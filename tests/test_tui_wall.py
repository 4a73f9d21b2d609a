"""Functional tests of the wall and steps 1, 2, 5, 6, 7 and the rerun, by keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Button
from tui_helpers import saved, type_text

from hefboom_tui.model import actions
from hefboom_tui.store import catalog
from hefboom_tui.tui.app import make_app
from hefboom_tui.tui.screens.agreements import AgreementsScreen
from hefboom_tui.tui.screens.choose import ChooseScreen
from hefboom_tui.tui.screens.fiche import FicheScreen
from hefboom_tui.tui.screens.form import FormScreen
from hefboom_tui.tui.screens.prepare import PrepareScreen
from hefboom_tui.tui.screens.step_timer import StepTimerDialog
from hefboom_tui.tui.screens.wall import WallScreen
from hefboom_tui.tui.widgets.session_header import SessionHeader
from hefboom_tui.tui.widgets.wall_grid import WallGrid

SIZES = [(80, 24), (160, 50)]


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def empty(folder: Path) -> Path:
    catalog.create(folder, "Wijkteam").close()
    return folder


@pytest.mark.parametrize("size", SIZES)
async def test_write_and_present_the_wall(empty: Path, size: tuple[int, int]) -> None:
    clock = Clock()
    app = make_app(empty, "wijkteam", clock=clock)
    async with app.run_test(size=size) as pilot:
        assert isinstance(app.screen, WallScreen)
        # quick add: name, Tab, one line, Enter — and on to the next
        await pilot.press("a")
        await type_text(pilot, "Buurtmoestuin")
        await pilot.press("tab")
        await type_text(pilot, "groenten samen")
        await pilot.press("enter")
        await type_text(pilot, "Repair Café")
        await pilot.press("enter", "enter")
        await pilot.press("escape")
        session = saved(empty, "wijkteam")
        assert [(i.name, i.description) for i in session.initiatives] == [
            ("Buurtmoestuin", "groenten samen"), ("Repair Café", "")]
        # a duplicate is refused inline, and what was typed stays in the form
        await pilot.press("n")
        await type_text(pilot, "repair café")
        await pilot.press("ctrl+s")
        form = app.screen
        assert isinstance(form, FormScreen)
        assert form.values()["name"] == "repair café"
        assert form.query_one("#err-name").display
        await pilot.press("escape")  # changed form: asks first
        await pilot.press("j")
        await pilot.pause()
        assert isinstance(app.screen, WallScreen)
        assert len(saved(empty, "wijkteam").initiatives) == 2
        # present the first fiche full screen, with the talk timer (the step timer of 1.2)
        await pilot.press("home", "enter")
        assert isinstance(app.screen, FicheScreen)
        await pilot.press("t")
        assert isinstance(app.screen, StepTimerDialog)
        await pilot.press("space", "escape")
        assert saved(empty, "wijkteam").step_timer.step == "1.2"
        clock.now += 75
        app.timers.tick()
        assert "⏱ 1:45 · 1.2 spreektijd" in str(app.screen.query_one(SessionHeader).render())
        await pilot.press("p", "right", "p", "escape")
        assert all(i.presented for i in saved(empty, "wijkteam").initiatives)


@pytest.mark.usefixtures("demo_folder")
async def test_edit_delete_undo_search_code_filter(folder: Path) -> None:
    app = make_app(folder, "demo")
    async with app.run_test(size=(100, 30)) as pilot:
        grid = app.screen.query_one(WallGrid)
        first = grid.selected
        await pilot.press("e")
        await pilot.press("ctrl+a" if False else "end")
        await type_text(pilot, " Zuid")
        await pilot.press("ctrl+s")
        assert saved(folder).initiative(first.id).name.endswith(" Zuid")
        await pilot.press("x")
        assert saved(folder).initiative(first.id) is None
        await pilot.press("ctrl+z")
        assert saved(folder).initiative(first.id) is not None
        await pilot.press("ctrl+y", "ctrl+z")
        # search narrows the wall
        await pilot.press("slash")
        await type_text(pilot, "leesclub")
        await pilot.pause()
        assert [i.name for i in grid.items] == ["Leesclub Café Cœur"]
        await pilot.press("escape")
        assert len(grid.items) == 12
        # jump by the printed code
        target = saved(folder).initiatives[7]
        await pilot.press("c")
        await type_text(pilot, target.code.lower())
        await pilot.press("enter")
        assert grid.selected.id == target.id
        await pilot.press("c")
        await type_text(pilot, "ZZ9")
        await pilot.press("enter")
        assert grid.selected.id == target.id
        # filter by status (chosen)
        wall = app.screen
        wall.status_filter = "visited"
        wall.refresh_view()
        assert {i.status for i in grid.items} == {"visited"} and len(grid.items) == 3


@pytest.mark.usefixtures("demo_folder")
async def test_steps_5_6_7_and_rerun(folder: Path) -> None:
    app = make_app(folder, "demo")
    async with app.run_test(size=(100, 30)) as pilot:
        app.show_step("1.5")
        await pilot.pause()
        assert isinstance(app.screen, ChooseScreen)
        assert saved(folder).step == "1.5"
        # the table is ranked by strong marks; choose the first row not chosen yet, by fiche
        table = app.screen.query_one("DataTable")
        keys = [table.coordinate_to_cell_key((r, 0)).row_key.value for r in range(table.row_count)]
        before = saved(folder)
        target = next(n for n, k in enumerate(keys) if not before.initiative(k).choice.chosen)
        await pilot.press(*["down"] * target, "enter")
        form = app.screen
        assert isinstance(form, FormScreen)
        await pilot.press("space", "tab")
        await type_text(pilot, "Sterk netwerk")
        await pilot.press("ctrl+s")
        chosen = [i for i in saved(folder).initiatives if i.choice.chosen]
        assert len(chosen) == sum(i.choice.chosen for i in before.initiatives) + 1
        assert saved(folder).initiative(keys[target]).choice.why == "Sterk netwerk"
        # step 6: a date that does not exist is refused inline, nothing typed is lost
        app.show_step("1.6")
        await pilot.pause()
        assert isinstance(app.screen, AgreementsScreen)
        await pilot.press("enter")
        await pilot.press("space", "tab")
        await type_text(pilot, "31/02/2026")
        await pilot.press("ctrl+s")
        form = app.screen
        assert form.query_one("#err-date").display
        assert form.values()["date"] == "31/02/2026"
        await pilot.press("backspace" * 1)
        for _ in range(10):
            await pilot.press("backspace")
        await type_text(pilot, "4/12/2026")
        await pilot.press("ctrl+s")
        planned = [i for i in saved(folder).initiatives if i.agreement.date == "2026-12-04"]
        assert len(planned) == 1 and planned[0].agreement.visitors
        # step 7: close the round
        app.show_step("1.7")
        await pilot.pause()
        assert isinstance(app.screen, PrepareScreen)
        await pilot.press("r", "j")
        assert saved(folder).round == 2
        before = {i.id: (i.choice, i.agreement) for i in saved(folder).initiatives}
        # rerun: two new initiatives, steps 5-7 show only them
        app.show_step("1.1")
        await pilot.pause()
        await pilot.press("a")
        await type_text(pilot, "Nieuw A")
        await pilot.press("enter", "enter")
        await type_text(pilot, "Nieuw B")
        await pilot.press("enter", "enter", "escape")
        session = saved(folder)
        assert [i.round for i in session.initiatives if i.name.startswith("Nieuw")] == [2, 2]
        app.show_step("1.5")
        await pilot.pause()
        table = app.screen.query_one("DataTable")
        assert table.row_count == 2
        await pilot.press("space")
        after = saved(folder)
        assert sum(i.choice.chosen for i in after.initiatives if i.round == 2) == 1
        assert {i.id: (i.choice, i.agreement) for i in after.initiatives if i.id in before} \
            == before
        await pilot.press("a")
        assert table.row_count == 14


@pytest.mark.usefixtures("demo_folder")
async def test_presentation_mode_theme_and_help(folder: Path) -> None:
    app = make_app(folder, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        footer = app.screen.query_one("Footer")
        assert footer.display
        await pilot.press("f5")
        assert app.presenting and app.screen.has_class("-presenting")
        assert app.screen.query_one(WallGrid).large
        await pilot.press("f5", "ctrl+t")
        assert app.theme == "hefboom-dark"
        await pilot.press("ctrl+t", "question_mark")
        text = " ".join(str(w.render()) for w in app.screen.query("Static"))
        assert "Nieuwe fiche" in text and "Ongedaan" in text
        await pilot.press("escape", "f2")
        await pilot.press("escape")


@pytest.mark.usefixtures("demo_folder")
async def test_read_only_when_open_elsewhere(folder: Path) -> None:
    holder = catalog.open_store(folder, "demo")
    try:
        app = make_app(folder, "demo")
        async with app.run_test(size=(80, 24)) as pilot:
            assert app.store.read_only
            await pilot.press("x")
            assert len(saved(folder).initiatives) == 12
    finally:
        holder.close()


@pytest.mark.parametrize("size", [(80, 24), (250, 70), (40, 12)])
async def test_odd_content_and_sizes(folder: Path, size: tuple[int, int]) -> None:
    store = catalog.create(folder, "vreemd")
    store.do(actions.add_initiative, name="مبادرة الحي 🌱🌍", description="lang " * 400)
    store.do(actions.add_initiative, name="x" * 80, theme="🎉" * 50)
    store.close()
    app = make_app(folder, "vreemd")
    async with app.run_test(size=size) as pilot:
        await pilot.press("enter")
        await pilot.press("escape", "f5", "f5")
        await pilot.resize_terminal(size[0] // 2 + 20, size[1] // 2 + 6)
        await pilot.pause()
        assert isinstance(app.screen, WallScreen)


@pytest.mark.usefixtures("demo_folder")
async def test_command_palette_offers_screen_actions_and_steps(folder: Path) -> None:
    app = make_app(folder, "demo")
    async with app.run_test(size=(100, 30)) as pilot:
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Nieuwe fiche" in titles and any(t.startswith("Ga naar stap 3.3") for t in titles)
        command = next(c for c in app.get_system_commands(app.screen) if c.title == "Team")
        command.callback()
        await pilot.pause()
        assert type(app.screen).__name__ == "TeamScreen"
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert "CommandPalette" in type(app.screen).__name__


@pytest.mark.usefixtures("demo_folder")
async def test_import_a_csv_list_into_the_open_session(folder: Path, tmp_path: Path) -> None:
    from textual.widgets import Input

    from hefboom_tui.tui.screens.form import FormScreen

    before = len(saved(folder).initiatives)
    csv_file = tmp_path / "nieuw.csv"
    csv_file.write_text("naam;thema;telefoon\nBuurtbib De Boekenkast;lezen;0470\n"
                        "Wijkradio Oost;media;\n", encoding="utf-8")
    app = make_app(folder, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("i")
        form = app.screen
        assert isinstance(form, FormScreen)
        assert "Importeer" in str(form.query_one("#save", Button).label)
        await pilot.press("ctrl+s")  # nothing typed yet
        assert "pad van een CSV-bestand" in str(form.query_one("#err-file").render())
        form.query_one("#f-file", Input).value = str(tmp_path / "weg.csv")
        await pilot.press("ctrl+s")  # a file that is not there: said at the field, form stays
        assert app.screen is form and "weg.csv" in str(form.query_one("#err-file").render())
        form.query_one("#f-file", Input).value = str(csv_file)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, WallScreen)
        names = [i.name for i in saved(folder).initiatives]
        assert len(names) == before + 2 and names[-1] == "Wijkradio Oost"
        assert app.screen.query_one(WallGrid).selected.name == "Wijkradio Oost"
        assert any("2 initiatieven" in n.message and "telefoon" in n.message
                   for n in app._notifications)
        await pilot.press("i")  # the same list again: every name is already on the wall
        app.screen.query_one("#f-file", Input).value = str(csv_file)
        await pilot.press("ctrl+s")
        assert "staat er al" in str(app.screen.query_one("#err-file").render())
        app.screen.query_one("#f-file", Input).value = ""  # nothing typed: Esc just closes
        await pilot.press("escape", "ctrl+z")  # one import, one undo
        assert isinstance(app.screen, WallScreen)
        assert len(saved(folder).initiatives) == before


async def test_new_session_from_a_csv_list(folder: Path, tmp_path: Path) -> None:
    from textual.widgets import Input

    csv_file = tmp_path / "lijst.csv"
    csv_file.write_text("name,description\nTuinclub,Samen tuinieren\n", encoding="utf-8")
    app = make_app(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("i")
        form = app.screen
        form.query_one("#f-name", Input).value = "Najaar"
        form.query_one("#f-file", Input).value = str(tmp_path / "weg.csv")
        await pilot.press("ctrl+s")
        assert "weg.csv" in str(form.query_one("#err-file").render())
        assert not list(folder.glob("*.json"))  # a bad file leaves no empty session behind
        form.query_one("#f-file", Input).value = str(csv_file)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, WallScreen)
        session = app.store.session
        assert session.name == "Najaar" and [i.name for i in session.initiatives] == ["Tuinclub"]
