"""The help screen lists every key of the screen as it is, brackets included."""

from __future__ import annotations

from pathlib import Path

import pytest

from hefboom_tui.tui.app import make_app
from hefboom_tui.tui.screens.help import HelpScreen


@pytest.mark.usefixtures("demo_folder")
async def test_help_shows_bracket_keys_literally(folder: Path) -> None:
    app = make_app(folder, "demo")
    async with app.run_test(size=(100, 40)) as pilot:
        app.show_step("3.3")
        await pilot.pause()
        await pilot.press("t", "question_mark")  # the tally's keys: [ and ] switch initiative
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = "\n".join(str(w.render()) for w in app.screen.query("Static"))
        assert "[/b]" not in text and "[b]" not in text
        lines = [line.strip() for line in text.splitlines()]
        assert any(line.startswith("[ ") or line.startswith("[  ") for line in lines), lines
        assert any(line.startswith("] ") or line.startswith("]  ") for line in lines), lines


ENTER_SCREENS = [("1.3", "key.to_cards"), ("1.5", "key.choice_fiche"), ("1.6", "key.agreement"),
                 ("3.2", "key.decide"), ("3.4", "key.appointment"), ("4", "key.edit")]


@pytest.mark.parametrize(("step_id", "label"), ENTER_SCREENS)
@pytest.mark.usefixtures("demo_folder")
async def test_enter_on_a_table_shows_what_it_does(folder: Path, step_id: str,
                                                   label: str) -> None:
    """A focused table has its own Enter (choose the row), which runs the screen's row action:
    the help, the footer and the palette show the screen's Enter with its description."""
    from textual.binding import Binding
    from textual.widgets import Footer

    from hefboom_tui.i18n import t
    from hefboom_tui.tui.widgets.row_table import RowTable

    app = make_app(folder, "demo")
    async with app.run_test(size=(160, 40)) as pilot:
        app.show_step(step_id)
        await pilot.pause()
        assert isinstance(app.focused, RowTable)  # the table has the focus, as on arrival
        shown = app.screen.active_bindings["enter"].binding
        assert shown.description == t(label)
        while not app.screen.query(Footer):  # mounted after the first frame
            await pilot.pause()
        await pilot.pause()
        footer = " ".join(str(key.render()) for key in app.screen.query("FooterKey"))
        assert t(label) in footer
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = "\n".join(str(w.render()) for w in app.screen.query("Static"))
        enter = app.get_key_display(Binding("enter", ""))  # ⏎
        assert any(line.split() and line.split()[0] == enter and t(label) in line
                   for line in text.splitlines()), text


@pytest.mark.usefixtures("demo_folder")
async def test_help_shows_every_key_of_an_action(folder: Path) -> None:
    """A binding with two keys ("delete,x") shows both on one line in the help, so the key
    the hint names (x) is there too."""
    from textual.binding import Binding

    from hefboom_tui.i18n import t

    app = make_app(folder, "demo")
    async with app.run_test(size=(100, 40)) as pilot:
        app.show_step("5")
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = "\n".join(str(w.render()) for w in app.screen.query("Static"))
        delete = app.get_key_display(Binding("delete", ""))
        lines = [line.split() for line in text.splitlines() if t("key.delete") in line]
        assert [delete, "/", "x"] in [words[:3] for words in lines], text


async def footer_text(pilot) -> str:
    """The footer's keys and descriptions, once the footer is there."""
    from textual.widgets import Footer

    app = pilot.app
    while not app.screen.query(Footer):  # mounted after the first frame
        await pilot.pause()
    await pilot.pause()
    return " ".join(f"{key.key}={key.description}" for key in app.screen.query("FooterKey"))


@pytest.mark.usefixtures("demo_folder")
async def test_duos_enter_follows_the_focus(folder: Path) -> None:
    """Step 1.3: on the duo list Enter goes to the duo's cards (and says so); on a card it
    opens the argument form (and says that): the footer and the help follow the focus."""
    from hefboom_tui.i18n import t
    from hefboom_tui.tui.screens.form import FormScreen

    app = make_app(folder, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        app.show_step("1.3")
        await pilot.pause()
        assert app.focused is not None and app.focused.id == "duo-list"
        footer = await footer_text(pilot)
        assert f"enter={t('key.to_cards')}" in footer and t("key.argument") not in footer
        await pilot.press("enter")  # to the duo's cards: no form yet
        await pilot.pause()
        assert app.focused is not None and app.focused.id == "duo-cards"
        assert not isinstance(app.screen, FormScreen)
        footer = await footer_text(pilot)
        assert f"enter={t('key.argument')}" in footer and t("key.to_cards") not in footer
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = "\n".join(str(w.render()) for w in app.screen.query("Static"))
        assert t("key.argument") in text and t("key.to_cards") not in text
        await pilot.press("escape", "shift+tab")  # back on the duo list
        await pilot.pause()
        assert app.focused is not None and app.focused.id == "duo-list"
        assert f"enter={t('key.to_cards')}" in await footer_text(pilot)


@pytest.mark.usefixtures("demo_folder")
async def test_plenum_enter_follows_the_focus(folder: Path) -> None:
    """The 3.3 plenum: Enter on an option starts a new engagement from it (and says so); on
    an engagement it edits it (and says that)."""
    from hefboom_tui.i18n import t
    from hefboom_tui.tui.screens.form import FormScreen
    from hefboom_tui.tui.widgets.row_table import RowTable

    app = make_app(folder, "demo")
    async with app.run_test(size=(120, 40)) as pilot:
        app.show_step("3.3")
        await pilot.pause()
        await pilot.press("t", "p")
        await pilot.pause()
        app.screen.query_one("#plenum-options").focus()
        await pilot.pause()
        footer = await footer_text(pilot)
        assert f"enter={t('key.new_engagement')}" in footer, footer
        app.screen.query_one("#engagements").focus()
        await pilot.pause()
        footer = await footer_text(pilot)
        assert f"enter={t('key.edit')}" in footer, footer
        options = app.screen.query_one("#plenum-options", RowTable)
        options.focus()
        await pilot.pause()
        option = options.current_key()
        await pilot.press("enter")  # what it said: a new engagement, from this option
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        assert option and app.screen.values()["option"] == option


@pytest.mark.parametrize("step_id", ["1.1", "1.3", "3.3", "4"])
@pytest.mark.usefixtures("demo_folder")
async def test_footer_shows_the_help_key_once_and_first(folder: Path, step_id: str) -> None:
    """? and F1 both open the help: the footer (80 columns, where room is short) shows it
    once, as ?, first; the help lists both keys on one line."""
    from hefboom_tui.i18n import t

    app = make_app(folder, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        app.show_step(step_id)
        await pilot.pause()
        await footer_text(pilot)
        keys = list(app.screen.query("FooterKey"))
        helps = [key for key in keys if key.description == t("key.help")]
        assert [key.key for key in helps] == ["question_mark"] and keys[0] is helps[0]
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = "\n".join(str(w.render()) for w in app.screen.query("Static"))
        lines = [line.split() for line in text.splitlines() if t("key.help") in line.split()]
        assert [["?", "/", "f1", t("key.help")]] == lines, text
