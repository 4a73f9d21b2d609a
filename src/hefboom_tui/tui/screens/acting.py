"""Phase 4: act together. The cooperation plan with each engaged initiative (what, who, by
when, status) and, for the initiatives we turned down, whether feedback and thanks were given,
with the argument from phase 3 at hand."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal

from hefboom_tui.i18n import t
from hefboom_tui.model import actions
from hefboom_tui.model.cycle import PLAN_STATUSES
from hefboom_tui.tui.result import Result
from hefboom_tui.tui.screens.base import SessionScreen
from hefboom_tui.tui.screens.fields import Field, form_screen
from hefboom_tui.tui.widgets.row_table import RowTable

STATUS_MARK = {"todo": "○", "doing": "◐", "done": "●"}


class ActingScreen(SessionScreen):
    """The plan on the left, the declined initiatives' feedback on the right."""

    TITLE_KEY = "screen.acting"
    ROW_ACTION = "follow_up"
    BINDINGS = [
        *SessionScreen.BINDINGS,
        Binding("n", "new", t("key.new_action"), id="acting.new"),
        Binding("space", "status", t("key.status"), id="acting.status"),
        Binding("enter", "follow_up", t("key.follow_up"), id="acting.follow_up"),
        Binding("delete,x", "delete", t("key.delete"), id="acting.delete"),
    ]

    def compose_body(self) -> ComposeResult:
        with Horizontal(id="acting-panes"):
            plan = RowTable(id="plan")
            plan.add_columns(t("col.code"), t("field.what").capitalize(),
                             t("field.who").capitalize(), t("field.by_when").capitalize(),
                             t("col.status"))
            yield plan
            declined = RowTable(id="declined")
            declined.add_columns(t("col.code"), t("col.name"), t("acting.feedback_col"))
            yield declined

    def refresh_view(self) -> None:
        s = self.session
        names = {p.id: p.name for p in s.participants}
        rows = []
        for a in s.plan:
            item = s.initiative(a.initiative)
            rows.append((a.id, [item.code if item else "?", a.what,
                                ", ".join(names.get(w, "?") for w in a.who) or "–",
                                a.by_when or "–",
                                f"{STATUS_MARK[a.status]} {t('plan.' + a.status)}"]))
        self.query_one("#plan", RowTable).fill(rows)
        declined = [i for i in s.initiatives if i.decision.decision == "decline"]
        self.query_one("#declined", RowTable).fill([
            (i.id, [i.code, i.name, ("✓ " + (i.follow_up.feedback_date or t("acting.given")))
                    if i.follow_up.feedback_given else "✗ " + t("acting.not_yet")])
            for i in declined])
        done = sum(1 for a in s.plan if a.status == "done")
        self.set_hint(t("acting.hint", done=done, total=len(s.plan),
                        feedback=sum(i.follow_up.feedback_given for i in declined),
                        declined=len(declined)))

    def action_new(self) -> None:
        engaged = self.session.engaged()
        if not engaged:
            self.notify(t("error.no_engaged"), severity="error")
            return
        people = [(p.name, p.id) for p in self.session.participants]
        fields = [Field("initiative", t("print.initiative"), "select", engaged[0].id,
                        [(f"{i.code} {i.name}", i.id) for i in engaged]),
                  Field("what", t("field.what").capitalize()),
                  Field("who", t("field.who").capitalize(), "people", [], people),
                  Field("by_when", t("field.by_when").capitalize(),
                        placeholder=t("agreement.date_hint"))]

        def submit(values: dict[str, Any]) -> Result:
            return self.app.do_inline(actions.add_plan_action, **values)

        self.app.push_screen(form_screen(t("acting.new_title"), fields, submit))

    def action_status(self) -> None:
        key = self.query_one("#plan", RowTable).current_key()
        found = next((a for a in self.session.plan if a.id == key), None)
        if found is not None:
            following = PLAN_STATUSES[(PLAN_STATUSES.index(found.status) + 1) % len(PLAN_STATUSES)]
            self.do(actions.set_plan_status, id=found.id, status=following)

    def action_delete(self) -> None:
        key = self.query_one("#plan", RowTable).current_key()
        if key:
            self.do(actions.delete_plan_action, id=key)

    def action_follow_up(self) -> None:
        table = self.query_one("#declined", RowTable)
        if not table.has_focus:
            table = self.query_one("#plan", RowTable)
            key = table.current_key()
            action = next((a for a in self.session.plan if a.id == key), None)
            item = self.session.initiative(action.initiative) if action else None
        else:
            key = table.current_key()
            item = self.session.initiative(key) if key else None
        if item is None:
            return
        f, iid = item.follow_up, item.id
        declined = item.decision.decision == "decline"
        fields = [Field("reporting", t("acting.reporting"), "text", f.reporting)]
        if declined:
            fields += [Field("feedback_given", t("acting.feedback_given"), "check",
                             f.feedback_given, placeholder=t("acting.feedback_given")),
                       Field("feedback_date", t("field.feedback_date").capitalize(),
                             value=f.feedback_date, placeholder=t("agreement.date_hint"))]

        def submit(values: dict[str, Any]) -> Result:
            return self.app.do_inline(actions.set_follow_up, id=iid, **values)

        note = t("acting.argument_note", argument=item.decision.argument,
                 feedback=item.decision.feedback or "–") if declined else ""
        self.app.push_screen(form_screen(t("acting.follow_title", code=item.code,
                                           name=item.name), fields, submit, note=note))
