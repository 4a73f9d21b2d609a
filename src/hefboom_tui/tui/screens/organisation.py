"""Phase 5: organising the organisation. Per challenge group: does it apply, examples,
proposals, a review date. And "you are never done": start a new cycle."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding

from hefboom_tui.i18n import t
from hefboom_tui.model import actions
from hefboom_tui.model.cycle import APPLIES, CHALLENGE_GROUPS
from hefboom_tui.tui.result import Result
from hefboom_tui.tui.screens.base import SessionScreen
from hefboom_tui.tui.screens.fields import Field, form_screen
from hefboom_tui.tui.widgets.row_table import RowTable


class OrganisationScreen(SessionScreen):
    """The six challenge groups as a table."""

    TITLE_KEY = "screen.organisation"
    ROW_ACTION = "edit"
    BINDINGS = [*SessionScreen.BINDINGS,
                Binding("enter", "edit", t("key.edit"), id="organisation.edit"),
                Binding("c", "new_cycle", t("key.new_cycle"), id="organisation.cycle")]

    def compose_body(self) -> ComposeResult:
        table = RowTable(id="organisation")
        table.add_columns(t("field.group").capitalize(), t("field.applies").capitalize(),
                          t("field.examples").capitalize(), t("field.proposals").capitalize(),
                          t("field.review_date").capitalize())
        yield table

    def refresh_view(self) -> None:
        found = {c.group: c for c in self.session.organisation}
        rows = []
        for group in CHALLENGE_GROUPS:
            c = found.get(group)
            applies = {"yes": "✓ " + t("applies.yes"), "no": "✗ " + t("applies.no")}.get(
                c.applies if c else "", "–")
            rows.append((group, [t(f"print.org.{group}"), applies,
                                 (c.examples if c else "")[:40], (c.proposals if c else "")[:40],
                                 (c.review_date if c else "") or "–"]))
        self.query_one(RowTable).fill(rows)
        self.set_hint(t("organisation.hint", cycle=self.session.cycle))

    def action_edit(self) -> None:
        group = self.query_one(RowTable).current_key()
        if not group:
            return
        c = next((x for x in self.session.organisation if x.group == group), None)
        fields = [
            Field("applies", t("field.applies").capitalize(), "select", c.applies if c else "",
                  [(t(f"applies.{a}"), a) for a in APPLIES if a]),
            Field("examples", t("print.org.examples"), "text", c.examples if c else ""),
            Field("proposals", t("print.org.proposals"), "text", c.proposals if c else ""),
            Field("review_date", t("field.review_date").capitalize(),
                  value=c.review_date if c else "", placeholder=t("agreement.date_hint")),
        ]

        def submit(values: dict[str, Any]) -> Result:
            return self.app.do_inline(actions.set_challenge, group=group, **values)

        self.app.push_screen(form_screen(t(f"print.org.{group}"), fields, submit,
                                         note=t(f"print.org.{group}.help")))

    def action_new_cycle(self) -> None:
        from hefboom_tui.tui.screens.confirm import ConfirmScreen

        def answer(yes: bool | None) -> None:
            if yes and self.do(actions.new_cycle).ok:
                self.notify(t("organisation.cycle_started", cycle=self.session.cycle), timeout=8)
                self.app.show_step("1.1", record=False)

        self.app.push_screen(ConfirmScreen(t("organisation.confirm_cycle")), answer)
