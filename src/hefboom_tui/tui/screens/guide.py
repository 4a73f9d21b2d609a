"""The visit guide ("Gespreksleidraad") on screen, for steps 1.7 and 2: the facts of one
planned visit, the method's conditions and points of attention, the poster's questions, and
the example needs to use only when the citizens get stuck."""

from __future__ import annotations

from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from hefboom_tui.i18n import N_, t
from hefboom_tui.model.guide import (
    ATTENTION,
    CONDITIONS,
    EXAMPLE_NEEDS,
    FLAP_QUESTIONS,
    FLAPS,
    VisitGuide,
    planned_visits,
)
from hefboom_tui.tui.screens.base import SessionScreen


def _bullets(items: list[str], mark: str = "•") -> Table:
    """Lines with a hanging indent: the mark in its own column, the text wrapping beside it."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=2, justify="right")
    grid.add_column(ratio=1)
    for item in items:
        grid.add_row(mark, item)
    return grid


def guide_view(guide: VisitGuide) -> Group:
    """The guide as Rich renderables (typed texts are never read as markup)."""
    when = " ".join(x for x in (guide.date, guide.time) if x) or t("guide.not_planned")
    if guide.time_needed:
        when += f" · {guide.time_needed}"
    # each fact as a paragraph, its label in front: a label column beside long texts would
    # take half of an 80-column terminal
    facts = Text()
    for label, value in ((t("fiche.contact_label"), guide.contact),
                         (t("guide.when"), when),
                         (t("guide.visitors"), ", ".join(guide.visitors)),
                         (t("guide.bring"), guide.visitor_needs)):
        if facts:
            facts.append("\n")
        facts.append(f"{label}: ", style="bold")
        facts.append(value or "–")
    parts: list[Any] = [Text(f"{guide.code}  {guide.name}", style="bold"), facts, Text(""),
                        Text(t("guide.conditions"), style="bold"),
                        _bullets([t(f"guide.condition.{key}") for key in CONDITIONS]),
                        Text(t("guide.attention"), style="bold"),
                        _bullets([t(f"guide.attention.{key}") for key in ATTENTION]),
                        Text(t("guide.flaps"), style="bold")]
    for flap in FLAPS:
        parts.append(Text("  " + t(f"flap.{flap}"), style="bold"))
        parts.append(_bullets([t(f"poster.{flap}.q{n}")
                               for n in range(1, FLAP_QUESTIONS[flap] + 1)], "–"))
    parts += [Text(t("guide.needs_title"), style="bold"),
              Text(t("guide.needs_note"), style="italic"),
              _bullets([t(f"guide.need.{key}") for key in EXAMPLE_NEEDS], "·"),
              Text(""), Text(t("guide.record"))]
    return Group(*parts)


class GuideScreen(SessionScreen):
    """One visit guide at a time; [ and ] go through the planned visits."""

    TITLE_KEY = "screen.guide"
    BINDINGS = [
        Binding("escape", "back", N_("key.back"), id="guide.back"),
        Binding("left_square_bracket,left", "switch(-1)", N_("key.previous"), id="guide.prev"),
        Binding("right_square_bracket,right", "switch(1)", N_("key.next"), id="guide.next"),
        Binding("p", "print", N_("key.print"), id="guide.print"),
    ]

    def __init__(self, initiative: str = "") -> None:
        super().__init__()
        self.initiative = initiative

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id="guide-scroll"):
            yield Static("", id="guide")

    def refresh_view(self) -> None:
        guides = planned_visits(self.session)
        if not guides:
            self.query_one("#guide", Static).update(t("guide.none"))
            self.set_hint(t("guide.none"))
            return
        index = next((n for n, g in enumerate(guides) if g.initiative == self.initiative), 0)
        self.initiative = guides[index].initiative
        self.query_one("#guide", Static).update(guide_view(guides[index]))
        self.set_hint(t("guide.position", n=index + 1, total=len(guides)))

    def action_switch(self, step: int) -> None:
        guides = planned_visits(self.session)
        if guides:
            ids = [g.initiative for g in guides]
            index = ids.index(self.initiative) if self.initiative in ids else 0
            self.initiative = ids[(index + step) % len(ids)]
            self.refresh_view()
            self.query_one("#guide-scroll").scroll_home(animate=False)

    def action_print(self) -> None:
        from hefboom_tui.tui.screens.print_dialog import open_print_dialog

        open_print_dialog(self.app, preset="guides")

    def action_back(self) -> None:
        self.app.pop_screen()


def open_guide(app: Any, initiative: str = "") -> None:
    """Show the guide of ``initiative``'s visit (the first planned visit when it has none)."""
    if app.store is not None:
        app.push_screen(GuideScreen(initiative))
