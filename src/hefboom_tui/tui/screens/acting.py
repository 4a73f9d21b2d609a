"""Phase 4: act together. The plan per engaged initiative starts from phase 3 without typing
it again: the appointment of step 3.4 and the engagements answered "yes" in the plenum of step
3.3 are in it, beside the actions added here. An action is carried by team members, by the
initiative itself (it stays theirs: we do not take over) or by a named partner. Per initiative
the plan records the joint strategy and what is communicated to the outside world and the
government; on the right, the feedback round to the initiatives we said no to."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding
from textual.containers import Horizontal
from textual.css.query import NoMatches
from textual.widgets import DataTable

from hefboom_tui.i18n import N_, t
from hefboom_tui.model import actions
from hefboom_tui.model.cycle import OWNERS, PLAN_STATUSES, PlanAction
from hefboom_tui.model.plan import APPOINTMENT_PREFIX, PlanLine, feedback_round, plan_lines
from hefboom_tui.tui.read_only import writes
from hefboom_tui.tui.result import Result
from hefboom_tui.tui.screens.base import SessionScreen
from hefboom_tui.tui.screens.fields import Field, form_screen
from hefboom_tui.tui.widgets.detail_line import cut, detail
from hefboom_tui.tui.widgets.row_table import RowTable

STATUS_MARK = {"todo": "○", "doing": "◐", "done": "●"}
SOURCE_MARK = {"appointment": "↩", "engagement": "✦", "action": "•"}


class ActingScreen(SessionScreen):
    """The plan, the feedback round under it, and the current line's details."""

    TITLE_KEY = "screen.acting"
    DETAIL_ID = "plan-detail"
    BINDINGS = [
        *SessionScreen.BINDINGS,
        Binding("n", "new", N_("key.new_action"), id="acting.new"),
        Binding("space", "status", N_("key.status"), id="acting.status"),
        Binding("enter", "edit", N_("key.edit"), id="acting.edit"),
        Binding("c", "cooperation", N_("key.cooperation"), id="acting.cooperation"),
        Binding("delete,x", "delete", N_("key.delete"), id="acting.delete"),
    ]

    def compose_body(self) -> ComposeResult:
        with Horizontal(id="acting-panes"):
            plan = RowTable(id="plan")
            plan.add_columns(t("col.code"), t("col.source"), t("field.what").capitalize(),
                             t("col.owner"), t("field.by_when").capitalize(), t("col.status"))
            yield plan
            declined = RowTable(id="declined")
            declined.add_columns(t("col.code"), t("col.name"), t("acting.feedback_col"))
            yield declined

    # -- view --------------------------------------------------------------------------------
    def lines(self) -> list[PlanLine]:
        return plan_lines(self.session)

    def owner_text(self, line: PlanLine) -> str:
        names = {p.id: p.name for p in self.session.participants}
        if line.owner == "partner":
            return line.partner or t("owner.partner")
        if line.owner == "initiative":
            return t("owner.initiative")
        return ", ".join(names.get(w, "?") for w in line.who) or t("owner.team")

    def what_text(self, line: PlanLine) -> str:
        if line.source == "appointment":
            return t("acting.talk_to", whom=line.what) if line.what else t("acting.talk_to_open")
        carried = self.session.plan_action(line.carried_from) if line.carried_from else None
        origin = self.session.engagement(line.carried_from) if line.carried_from else None
        cycle = carried.cycle if carried else origin.cycle if origin else 0
        return line.what + (f"  {t('acting.carried', cycle=cycle)}" if cycle else "")

    def refresh_view(self) -> None:
        s = self.session
        codes = {i.id: i.code for i in s.initiatives}
        rows = []
        for line in self.lines():
            when = line.when or "–"
            rows.append((line.id, [
                codes.get(line.initiative, "?"),
                SOURCE_MARK[line.source], cut(self.what_text(line), 24),
                cut(self.owner_text(line), 12), when,
                f"{STATUS_MARK[line.status]} {t('plan.' + line.status)}"]))
        self.query_one("#plan", RowTable).fill(rows)
        declined = feedback_round(s)
        names = {p.id: p.name for p in s.participants}
        self.query_one("#declined", RowTable).fill([
            (i.id, [i.code, cut(i.name, 28),
                    cut(("✓ " if i.appointment.done else "✗ ")
                        + (", ".join(names.get(w, "?") for w in i.appointment.who) or "–")
                        + (f" · {i.appointment.date}" if i.appointment.date else ""), 36)])
            for i in declined])
        lines = self.lines()
        self.set_hint(t("acting.hint", done=sum(x.done for x in lines), total=len(lines),
                        feedback=sum(i.appointment.done for i in declined),
                        declined=len(declined)))

    def on_appointment(self) -> bool:
        """Whether the plan's cursor is on an appointment of step 3.4 (done or not: Space has
        no "doing" for it)."""
        try:
            key = self.query_one("#plan", RowTable).current_key()
        except NoMatches:
            return False
        return bool(key) and str(key).startswith(APPOINTMENT_PREFIX)

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """Space says what it does on the row under the cursor: an action or engagement goes
        to do › doing › done, an appointment is only done or not."""
        active = super().active_bindings
        item = active.get("space")
        if item is not None and item.binding.id == "acting.status" and self.on_appointment():
            active["space"] = item._replace(
                binding=replace(item.binding, description=t("key.status_done")))
        return active

    def on_data_table_row_highlighted(self, _: Any) -> None:
        appointment = self.on_appointment()
        if appointment != getattr(self, "_on_appointment", False):
            self._on_appointment = appointment
            self.refresh_bindings()  # the footer and the help show Space's other meaning

    def current_line(self) -> PlanLine | None:
        key = self.query_one("#plan", RowTable).current_key()
        return next((x for x in self.lines() if x.id == key), None)

    def detail(self, table: str, key: str) -> str | Text:
        """The whole plan line (or declined initiative) under the cursor, with what phase 3
        said about it and the initiative's strategy."""
        if table == "declined":
            item = self.session.initiative(key)
            if item is None:
                return ""
            names = {p.id: p.name for p in self.session.participants}
            a, d = item.appointment, item.decision
            return detail(f"{item.code} {item.name}",
                          (t("appointment.who_feedback"),
                           ", ".join(names.get(w, "?") for w in a.who)),
                          (t("field.date").capitalize(), f"{a.date} {a.time}".strip()),
                          (t("field.argument").capitalize(), d.argument),
                          (t("field.feedback").capitalize(), d.feedback))
        line = next((x for x in self.lines() if x.id == key), None)
        item = self.session.initiative(line.initiative) if line else None
        if line is None or item is None:
            return ""
        source = f"{SOURCE_MARK[line.source]} {t('acting.source.' + line.source)}"
        fields = [(t("field.what").capitalize(), self.what_text(line)),
                  (t("col.owner"), self.owner_text(line)),
                  (t("field.by_when").capitalize(), line.when)]
        if line.source == "engagement":
            e = self.session.engagement(line.id)
            if e is not None:
                fields += [(t("field.why_engagement").capitalize(), e.why),
                           (t("field.how").capitalize(), e.how),
                           (t("field.steps").capitalize(), e.steps)]
        elif line.source == "appointment":
            a = item.appointment
            fields += [(t("appointment.still_needed"), a.still_needed),
                       (t("appointment.act_together"), a.act_together),
                       (t("appointment.report_back"), a.report_back)]
        c = item.cooperation
        fields += [(t("acting.strategy"), c.strategy),
                   (t("acting.communication"), c.communication)]
        return detail(f"{source} · {item.code} {item.name}", *fields)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_edit()

    # -- actions -----------------------------------------------------------------------------
    def _action_fields(self, found: PlanAction | None, initiative: str) -> list[Field]:
        people = [(p.name, p.id) for p in self.session.participants]
        engaged = self.session.engaged()
        fields = []
        if found is None:
            fields.append(Field("initiative", t("print.initiative"), "select", initiative,
                                [(f"{i.code} {i.name}", i.id) for i in engaged]))
        fields += [
            Field("what", t("field.what").capitalize(), value=found.what if found else ""),
            Field("owner", t("field.owner").capitalize(), "select",
                  found.owner if found else "team", [(t(f"owner.{o}"), o) for o in OWNERS]),
            Field("who", t("field.who").capitalize(), "people",
                  list(found.who) if found else [], people),
            Field("partner", t("field.partner").capitalize(),
                  value=found.partner if found else "", placeholder=t("acting.partner_hint")),
            Field("by_when", t("field.by_when").capitalize(), value=found.by_when if found else "",
                  placeholder=t("agreement.date_hint")),
        ]
        return fields

    @writes
    def action_new(self) -> None:
        engaged = self.session.engaged()
        if not engaged:
            self.notify(t("error.no_engaged"), severity="error")
            return
        line = self.current_line()
        initiative = line.initiative if line else engaged[0].id

        def submit(values: dict[str, Any]) -> Result:
            return self.app.do_inline(actions.add_plan_action, **values)

        self.app.push_screen(form_screen(t("acting.new_title"),
                                         self._action_fields(None, initiative), submit,
                                         note=t("acting.owner_note")))

    @writes
    def action_edit(self) -> None:
        declined = self.query_one("#declined", RowTable)
        if declined.has_focus:
            item = self.session.initiative(declined.current_key() or "")
            if item is not None:
                from hefboom_tui.tui.screens.appointments import appointment_form

                appointment_form(self, item)
            return
        line = self.current_line()
        if line is None:
            return
        if line.source == "appointment":
            from hefboom_tui.tui.screens.appointments import appointment_form

            item = self.session.initiative(line.id.removeprefix(APPOINTMENT_PREFIX))
            if item is not None:
                appointment_form(self, item)
            return
        if line.source == "engagement":
            self.notify(t("acting.in_plenum"), timeout=6)
            return
        found = self.session.plan_action(line.id)
        if found is None:
            return
        aid = found.id

        def submit(values: dict[str, Any]) -> Result:
            return self.app.do_inline(actions.edit_plan_action, id=aid, **values)

        self.app.push_screen(form_screen(t("acting.edit_title"),
                                         self._action_fields(found, found.initiative), submit,
                                         note=t("acting.owner_note")))

    @writes
    def action_status(self) -> None:
        line = self.current_line()
        if line is not None:
            if line.source == "appointment":
                following = "todo" if line.done else "done"
            else:
                following = PLAN_STATUSES[(PLAN_STATUSES.index(line.status) + 1)
                                          % len(PLAN_STATUSES)]
            self.do(actions.set_plan_status, id=line.id, status=following)

    @writes
    def action_delete(self) -> None:
        line = self.current_line()
        if line is not None and line.source == "action":
            self.do(actions.delete_plan_action, id=line.id)
        elif line is not None and line.source == "engagement":
            self.notify(t("acting.in_plenum"), timeout=6)

    @writes
    def action_cooperation(self) -> None:
        line = self.current_line()
        engaged = self.session.engaged()
        item = self.session.initiative(line.initiative) if line else (
            engaged[0] if engaged else None)
        if item is None:
            self.notify(t("error.no_engaged"), severity="error")
            return
        c, iid = item.cooperation, item.id
        fields = [Field("strategy", t("acting.strategy"), "text", c.strategy),
                  Field("communication", t("acting.communication"), "text", c.communication)]

        def submit(values: dict[str, Any]) -> Result:
            return self.app.do_inline(actions.set_cooperation, id=iid, **values)

        self.app.push_screen(form_screen(t("acting.cooperation_title", code=item.code,
                                           name=item.name), fields, submit,
                                         note=t("acting.owner_note")))
