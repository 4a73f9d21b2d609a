"""Step 7: go over the poster "Kennismaken en verzamelen" (its questions, addressed to the
citizens) and the visit guide, print them, and close the round (rerun 5–7)."""

from __future__ import annotations

from rich.markup import escape
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Static

from hefboom_tui.i18n import N_, t
from hefboom_tui.model import actions
from hefboom_tui.model.guide import FLAP_QUESTIONS
from hefboom_tui.tui.read_only import writes
from hefboom_tui.tui.screens.base import SessionScreen
from hefboom_tui.tui.screens.choose import round_items


class PrepareScreen(SessionScreen):
    """The three flaps of the poster, the chosen initiatives, printing and closing the round."""

    TITLE_KEY = "screen.prepare"
    BINDINGS = [
        *SessionScreen.BINDINGS,
        Binding("p", "print", N_("key.print_posters"), id="prepare.print"),
        Binding("r", "close_round", N_("key.close_round"), id="prepare.close_round"),
        Binding("g", "guide", N_("key.guide"), id="prepare.guide"),
    ]

    def compose_body(self) -> ComposeResult:
        with Horizontal(id="flaps"):
            for flap in ("now", "future", "needs"):
                with VerticalScroll(classes="flap"):
                    yield Static(t(f"flap.{flap}"), classes="flap-title")
                    yield Static("\n".join(f"• {t(f'poster.{flap}.q{n}')}"
                                           for n in range(1, FLAP_QUESTIONS[flap] + 1)))
        with VerticalScroll(id="prepare-list"):  # many chosen initiatives: it scrolls
            yield Static("", id="prepare-text")

    def refresh_view(self) -> None:
        chosen = round_items(self, False, only_chosen=True)
        lines = [f"✓ {i.code}  {escape(i.name)}" for i in chosen]
        self.query_one("#prepare-text", Static).update(
            t("prepare.chosen", count=len(chosen)) + "\n" + ("\n".join(lines) or "–"))
        self.set_hint(t("prepare.hint", round=self.session.round) + " · "
                      + t("prepare.guide_hint"))

    def action_guide(self) -> None:
        from hefboom_tui.tui.screens.guide import open_guide

        chosen = round_items(self, False, only_chosen=True)
        open_guide(self.app, chosen[0].id if chosen else "")

    def action_print(self) -> None:
        from hefboom_tui.tui.screens.print_dialog import open_print_dialog

        open_print_dialog(self.app, preset="posters")

    @writes
    def action_close_round(self) -> None:
        from hefboom_tui.tui.screens.confirm import ConfirmScreen

        current = self.session.round

        def answer(yes: bool | None) -> None:
            if yes and self.do(actions.complete_round).ok:
                self.notify(t("prepare.round_closed", round=current, next=current + 1),
                            timeout=8)

        self.app.push_screen(ConfirmScreen(t("prepare.confirm_close", round=current)), answer)
