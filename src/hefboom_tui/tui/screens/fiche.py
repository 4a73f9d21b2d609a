"""Step 2: one fiche full screen for its presenter; ``t`` opens the step timer as a talk
timer (a round per presenter: the header counts down, presenting shows big digits)."""

from __future__ import annotations

from typing import Any

from rich.markup import escape
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from hefboom_tui.i18n import N_, t
from hefboom_tui.model import actions
from hefboom_tui.model.entities import Initiative
from hefboom_tui.tui.read_only import writes
from hefboom_tui.tui.screens.base import SessionScreen


class FicheScreen(SessionScreen):
    """A single fiche, as large as the terminal allows; left/right go to the neighbours."""

    TITLE_KEY = "screen.fiche"
    TIMER_STEP = "1.2"  # a fiche is shown to be presented: the timer panel is a talk timer
    BINDINGS = [
        Binding("escape", "back", N_("key.back"), id="fiche.back"),
        Binding("left,h", "neighbour(-1)", N_("key.previous"), id="fiche.previous"),
        Binding("right,l", "neighbour(1)", N_("key.next"), id="fiche.next"),
        Binding("p", "presented", N_("key.presented"), id="fiche.presented"),
        Binding("t", "app.step_timer", N_("key.talk_timer"), id="fiche.timer"),
    ]

    def __init__(self, initiative_id: str, order: list[str]) -> None:
        super().__init__()
        self.initiative_id = initiative_id
        self.order = order or [initiative_id]

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id="fiche"):
            yield Static("", id="fiche-code")
            yield Static("", id="fiche-name")
            yield Static("", id="fiche-body")

    @property
    def initiative(self) -> Initiative | None:
        return self.session.initiative(self.initiative_id)

    def refresh_view(self) -> None:
        item = self.initiative
        if item is None:
            self.query_one("#fiche-name", Static).update(t("error.no_initiative"))
            return
        status = "✓ " + t("status.chosen") if item.choice.chosen else (
            "• " + t("status.presented") if item.presented else t("status.new"))
        self.query_one("#fiche-code", Static).update(f"{item.code}   {status}")
        self.query_one("#fiche-name", Static).update(escape(item.name))
        rows = [(t("field.description"), item.description),
                (t("fiche.contact_label"), item.contact),
                (t("field.theme"), item.theme),
                (t("field.scope"), t(f"scope.{item.scope}") if item.scope else ""),
                (t("field.mode"), t(f"mode.{item.mode}") if item.mode else ""),
                (t("field.size"), item.size), (t("field.origin"), item.origin),
                (t("field.added_by"), item.added_by)]
        body = "\n\n".join(f"[b]{escape(label.capitalize())}[/b]\n{escape(value)}"
                           for label, value in rows if value)
        self.query_one("#fiche-body", Static).update(body or t("fiche.empty"))
        position = self.order.index(item.id) + 1 if item.id in self.order else 1
        self.set_hint(t("fiche.position", n=position, total=len(self.order)))

    def action_neighbour(self, step: int) -> None:
        if self.initiative_id not in self.order:
            return
        index = (self.order.index(self.initiative_id) + step) % len(self.order)
        self.initiative_id = self.order[index]
        self.refresh_view()

    def view_state(self) -> dict[str, Any]:
        return {"open": "fiche", "id": self.initiative_id, "order": self.order}

    def apply_view(self, view: dict[str, Any]) -> bool:
        if view.get("open") != "fiche":
            return False
        if view.get("id") != self.initiative_id:
            self.initiative_id = str(view.get("id"))
            self.order = [str(i) for i in view.get("order") or [self.initiative_id]]
            self.refresh_view()
        return True

    @writes
    def action_presented(self) -> None:
        item = self.initiative
        if item is not None:
            self.do(actions.set_presented, id=item.id, presented=not item.presented)

    def action_back(self) -> None:
        self.app.pop_screen()
