"""Functional tests of phases 2, 4, 5, the lenses and a new cycle, asserting on the saved file."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_helpers import saved, type_text

from hefboom_tui.tui.app import make_app
from hefboom_tui.tui.screens.acting import ActingScreen
from hefboom_tui.tui.screens.lenses import LensesScreen
from hefboom_tui.tui.screens.organisation import OrganisationScreen
from hefboom_tui.tui.screens.visits import VisitsScreen


@pytest.mark.usefixtures("demo_folder")
@pytest.mark.slow
async def test_visits_plan_feedback_organisation_new_cycle(folder: Path) -> None:
    app = make_app(folder, "demo")
    async with app.run_test(size=(100, 30)) as pilot:
        # phase 2: record a visit with the three flaps
        app.show_step("2")
        await pilot.pause()
        assert isinstance(app.screen, VisitsScreen)
        table = app.screen.query_one("RowTable")
        target = saved(folder).initiative(table.current_key())
        await pilot.press("enter")
        form = app.screen
        for name in ("#f-now", "#f-future"):
            form.query_one(name).text = ""  # start from empty flaps
        form.query_one("#f-date").value = ""
        await pilot.press("tab")  # from the visitors to the date
        await type_text(pilot, "5/12/2026")
        await pilot.press("tab")
        await type_text(pilot, "Twintig koks")
        await pilot.press("enter")
        await type_text(pilot, "Elke week")
        await pilot.press("tab")
        await type_text(pilot, "Een kookboek")
        await pilot.press("ctrl+s")
        visit = saved(folder).initiative(target.id).visit
        assert visit.date == "2026-12-05" and visit.now == ["Twintig koks", "Elke week"]
        assert visit.future == ["Een kookboek"] and saved(folder).initiative(target.id).status == "visited"
        # phase 4: a new plan action, its status, and feedback to a declined initiative
        app.show_step("4")
        await pilot.pause()
        assert isinstance(app.screen, ActingScreen)
        count = len(saved(folder).plan)
        await pilot.press("n", "tab")
        await type_text(pilot, "Vrijwilligers zoeken")
        await pilot.press("ctrl+s")
        plan = saved(folder).plan
        assert len(plan) == count + 1 and plan[-1].what == "Vrijwilligers zoeken"
        assert plan[-1].owner == "team"
        await pilot.press("home", "down", "space")  # the 2nd line: an engagement of step 3.3
        engagement = saved(folder).engagements[0]
        assert engagement.status == "doing"
        await pilot.press("tab", "enter")  # the declined list: the feedback round (step 3.4)
        form = app.screen
        assert any("Loopt goed zonder ons" in str(note.render())
                   for note in form.query(".form-note"))
        await pilot.press("escape")
        # phase 5: fill a challenge, then start a new cycle
        app.show_step("5")
        await pilot.pause()
        assert isinstance(app.screen, OrganisationScreen)
        await pilot.press("down", "down", "enter")  # coaching (under planning's proposal)
        await pilot.press("enter", "down", "enter", "tab")  # applies: yes
        await type_text(pilot, "Coaching op maat")
        await pilot.press("ctrl+s")
        coaching = next(c for c in saved(folder).organisation if c.group == "coaching")
        assert coaching.applies == "yes" and coaching.examples == "Coaching op maat"
        before = saved(folder)
        await pilot.press("c", "ctrl+s")
        after = saved(folder)
        assert after.cycle == before.cycle + 1 and after.round == before.round + 1
        assert len(after.initiatives) == len(before.initiatives)  # everything learnt is kept
        assert after.cycles[-1].organisation == before.organisation  # and the record stays
        app.show_step("1.1")
        await pilot.pause()
        await pilot.press("a")
        await type_text(pilot, "Nieuw in cyclus twee")
        await pilot.press("enter", "enter", "escape")
        new = next(i for i in saved(folder).initiatives if i.name == "Nieuw in cyclus twee")
        assert new.round == after.round


@pytest.mark.usefixtures("demo_folder")
async def test_lenses_view(folder: Path) -> None:
    app = make_app(folder, "demo")
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("w")
        assert isinstance(app.screen, LensesScreen)
        table = app.screen.query_one("RowTable")
        cells = [str(c) for r in range(table.row_count) for c in table.get_row_at(r)]
        assert "ondersteunen" in cells and "faciliteren" in cells
        await pilot.press("home", "enter", "enter", "down", "enter", "tab", "enter", "down",
                          "down", "enter", "ctrl+s")
        first = saved(folder).initiatives[0].lenses
        assert first.willingness == "high" and first.ability == "low"


@pytest.mark.usefixtures("demo_folder")
async def test_space_on_the_plan_says_what_it_does(folder: Path) -> None:
    """Space moves an action or engagement to do › doing › done; an appointment of step 3.4
    is only done or not, and Space's description (footer, help) says so on its row."""
    from hefboom_tui.i18n import t

    app = make_app(folder, "demo")
    async with app.run_test(size=(100, 30)) as pilot:
        app.show_step("4")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ActingScreen)
        await pilot.press("home")  # the first line: the appointment of step 3.4
        assert screen.on_appointment()
        assert screen.active_bindings["space"].binding.description == t("key.status_done")
        await pilot.press("space")
        appointment = saved(folder).initiative(screen.current_line().initiative).appointment
        assert appointment.done
        await pilot.press("down")  # an engagement of step 3.3: to do › doing › done
        assert screen.active_bindings["space"].binding.description == t("key.status")
        statuses = []
        for _ in range(3):
            await pilot.press("space")
            statuses.append(saved(folder).engagement(screen.current_line().id).status)
        assert statuses == ["doing", "done", "todo"]
