"""Functional tests of steps 3 and 4 on the demo session, by keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_helpers import saved, type_text

from hefboom_tui.tui.app import make_app
from hefboom_tui.tui.screens.duos import DuosScreen
from hefboom_tui.tui.screens.form import FormScreen
from hefboom_tui.tui.screens.plenum import PlenumScreen
from hefboom_tui.tui.screens.strong import StrongScreen
from hefboom_tui.tui.screens.team import TeamScreen


@pytest.mark.usefixtures("demo_folder")
@pytest.mark.parametrize("size", [(80, 24), (140, 45)])
async def test_team_duos_deal_judge_plenum(folder: Path, size: tuple[int, int]) -> None:
    app = make_app(folder, "demo")
    async with app.run_test(size=size) as pilot:
        # the team: add two people, mark one absent
        await pilot.press("f3")
        assert isinstance(app.screen, TeamScreen)
        await pilot.press("n")
        await type_text(pilot, "Karim")
        await pilot.press("enter")
        await type_text(pilot, "Lotte")
        await pilot.press("enter", "escape")
        assert [p.name for p in saved(folder).participants][-2:] == ["Karim", "Lotte"]
        await pilot.press("end", "space")
        assert not saved(folder).participant(saved(folder).participants[-1].id).present
        await pilot.press("escape")
        # step 3: new duos with a seed, then the deal
        app.show_step("1.3")
        await pilot.pause()
        assert isinstance(app.screen, DuosScreen)
        await pilot.press("m")
        for _ in range(6):
            await pilot.press("backspace")
        await type_text(pilot, "42")
        await pilot.press("ctrl+s")
        session = saved(folder)
        assert session.pair_seed == 42
        present = [p.id for p in session.participants if p.present]
        assert sorted(m for d in session.duos for m in d.members) == sorted(present)
        await pilot.press("d")
        session = saved(folder)
        assert session.deal_seed is not None
        for duo in session.duos:
            assert {session.card(c).principle for c in duo.cards} == {"E", "S", "K", "N", "R"}
        # judge the first duo's first cards by keyboard: every verdict asks for its argument
        await pilot.press("enter")  # into the duo's cards
        for key, why in (("r", "Herkenbaar"), ("x", "Te vaag"), ("r", "Zien we vaak")):
            await pilot.press(key)
            assert isinstance(app.screen, FormScreen), "a verdict without argument asks for one"
            await type_text(pilot, why)
            await pilot.press("ctrl+s")
        duo = saved(folder).duos[0]
        judged = [j for j in saved(folder).judgements if j.duo == duo.id][:3]
        assert [j.verdict for j in judged] == ["relevant", "not_relevant", "relevant"]
        assert [j.argument for j in judged] == ["Herkenbaar", "Te vaag", "Zien we vaak"]
        # an empty argument is refused, naming what is missing; the form stays open
        await pilot.press("r", "ctrl+s")
        form = app.screen
        assert isinstance(form, FormScreen) and form.query_one("#err-argument").display
        await pilot.press("escape")
        # a card that has its argument takes R / X at once
        await pilot.press("home", "x")
        assert saved(folder).judgements[0].verdict == "not_relevant"
        await pilot.press("home", "r")
        first = saved(folder).judgements[0]
        assert first.argument == "Herkenbaar" and first.verdict == "relevant"
        # a new card from the duo, with its argument
        await pilot.press("n")
        await pilot.press("enter", "down", "enter", "tab")  # principle select: first option
        await type_text(pilot, "Jongeren trekken mee")
        await pilot.press("tab")
        await type_text(pilot, "Zien we in de jeugdhuizen")
        await pilot.press("ctrl+s")
        new = [c for c in saved(folder).cards if c.origin != "deck"]
        assert [c.text for c in new] == ["Jongeren trekken mee"]
        # re-deal asks first, and undo brings the verdicts back
        await pilot.press("d", "n")
        assert any(j.argument == "Herkenbaar" for j in saved(folder).judgements)
        # plenum: accept the first, drop the second
        await pilot.press("P")
        assert isinstance(app.screen, PlenumScreen)
        await pilot.press("a", "x")
        statuses = sorted(e.status for e in saved(folder).principles_list)
        assert statuses == ["accepted", "dropped"]
        await pilot.press("escape")


@pytest.mark.usefixtures("demo_folder")
async def test_strong_marks_and_ranking(folder: Path) -> None:
    app = make_app(folder, "demo")
    async with app.run_test(size=(100, 30)) as pilot:
        app.show_step("1.4")
        await pilot.pause()
        assert isinstance(app.screen, StrongScreen)
        before = len(saved(folder).strong_marks)
        await pilot.press("right", "right", "space")  # first duo's column, first initiative
        after = saved(folder).strong_marks
        assert len(after) in (before - 1, before + 1)
        await pilot.press("left", "space")  # the name column is not a duo
        assert len(saved(folder).strong_marks) == len(after)
        await pilot.press("o")
        table = app.screen.query_one("DataTable")
        ranks = [int(str(table.get_row_at(r)[-1]).lstrip("#")) for r in range(table.row_count)]
        assert ranks == sorted(ranks)


@pytest.mark.usefixtures("demo_folder")
async def test_a_new_card_says_how_much_room_is_left_and_refuses_what_would_not_print(
        folder: Path) -> None:
    from textual.widgets import Input, Static

    from hefboom_tui.i18n import t, tn

    app = make_app(folder, "demo")
    before = len(saved(folder).cards)
    async with app.run_test(size=(100, 30)) as pilot:
        app.show_step("1.3")
        await pilot.pause()
        await pilot.press("n")
        form = app.screen
        assert isinstance(form, FormScreen)

        def note() -> str:
            return str(form.query_one("#live-text", Static).render())

        assert note() == tn("card.chars_left", 200)
        await pilot.press("enter", "down", "enter", "tab")  # principle: the first
        await type_text(pilot, "Jongeren")
        assert note() == tn("card.chars_left", 192)
        form.query_one("#f-text", Input).value = "🌱" * 200  # 200 characters, far too wide
        await pilot.pause()
        assert t("error.card_too_long") in note()
        await pilot.press("tab")
        await type_text(pilot, "Zien we")
        await pilot.press("ctrl+s")
        assert app.screen is form and form.query_one("#err-text").display
        assert t("error.card_too_long") in str(form.query_one("#err-text", Static).render())
        assert len(saved(folder).cards) == before  # nothing saved
        form.query_one("#f-text", Input).value = "Jongeren trekken mee 🌱"
        await pilot.press("ctrl+s")
        assert app.screen is not form
        assert saved(folder).cards[-1].text == "Jongeren trekken mee 🌱"
