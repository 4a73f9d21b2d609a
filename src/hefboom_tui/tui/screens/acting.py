"""Phase 4: act together. The plan per engaged initiative starts from phase 3 without typing
it again: the appointment of step 3.4 and the engagements answered "yes" in the plenum of step
3.3 are in it, beside the actions added here. An action is carried by team members, by the
initiative itself (it stays theirs: we do not take over) or by a named partner. Per initiative
the plan records the joint strategy and what is communicated to the outside world and the
government; on the right, the feedback round to the initiatives we said no to."""

from __future__ import annotations

from typing import Any

from rich.markup import escape
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import DataTable

from hefboom_tui.i18n import N_, t
from hefboom_tui.model import actions
from hefboom_tui.model.cycle import OWNERS, PLAN_STATUSES, PlanAction
from hefboom_tui.model.plan import APPOINTMENT_PREFIX, PlanLine, feedback_round, plan_lines
from hefboom_tui.tui.result import Result
from hefboom_tui.tui.screens.base import SessionScreen
from hefboom_tui.tui.screens.fields import Field, form_screen
from hefboom_tui.tui.widgets.detail_line import DetailLine
from hefboom_tui.tui.widgets.row_table import RowTable

STATUS_MARK = {"todo": "○", "doing": "◐", "done": "●"}
SOURCE_MARK = {"appointment": "↩", "engagement": "✦", "action": "•"}


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


class ActingScreen(SessionScreen):
    """The plan, the feedback round under it, and the current line's details."""

    TITLE_KEY = "screen.acting"
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
        yield DetailLine("", id="plan-detail")

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
                SOURCE_MARK[line.source], _cut(self.what_text(line), 28),
                _cut(self.owner_text(line), 13), when,
                f"{STATUS_MARK[line.status]} {t('plan.' + line.status)}"]))
        self.query_one("#plan", RowTable).fill(rows)
        declined = feedback_round(s)
        names = {p.id: p.name for p in s.participants}
        self.query_one("#declined", RowTable).fill([
            (i.id, [i.code, _cut(i.name, 28),
                    ("✓ " if i.appointment.done else "✗ ")
                    + (", ".join(names.get(w, "?") for w in i.appointment.who) or "–")
                    + (f" · {i.appointment.date}" if i.appointment.date else "")])
            for i in declined])
        lines = self.lines()
        self.set_hint(t("acting.hint", done=sum(x.done for x in lines), total=len(lines),
                        feedback=sum(i.appointment.done for i in declined),
                        declined=len(declined)))
        self._show_detail()

    def current_line(self) -> PlanLine | None:
        key = self.query_one("#plan", RowTable).current_key()
        return next((x for x in self.lines() if x.id == key), None)

    def _show_detail(self) -> None:
        line = self.current_line()
        item = self.session.initiative(line.initiative) if line else None
        if line is None or item is None:
            self.query_one("#plan-detail", DetailLine).show("")
            return
        parts = []
        if line.source == "engagement":
            e = self.session.engagement(line.id)
            if e is not None:
                parts.append(t("acting.detail_engagement", why=e.why or "–", how=e.how or "–",
                               steps=e.steps or "–"))
        elif line.source == "appointment":
            a = item.appointment
            parts.append(f"{a.date} {a.time}".strip() or "–")
            parts.append(t("acting.detail_appointment", still=a.still_needed or "–",
                           together=a.act_together or "–", report=a.report_back or "–"))
        c = item.cooperation
        parts.append(t("acting.detail_strategy", strategy=c.strategy or "–",
                       communication=c.communication or "–"))
        source = f"{SOURCE_MARK[line.source]} {t('acting.source.' + line.source)}"
        text = (f"[b]{escape(source)} · {escape(item.code)} {escape(item.name)}[/b] · "
                + escape(" · ".join(parts)))
        self.query_one("#plan-detail", DetailLine).show(text.replace("\n", " "), markup=True)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.data_table.id == "plan":
            self._show_detail()

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

    def action_status(self) -> None:
        line = self.current_line()
        if line is not None:
            if line.source == "appointment":
                following = "todo" if line.done else "done"
            else:
                following = PLAN_STATUSES[(PLAN_STATUSES.index(line.status) + 1)
                                          % len(PLAN_STATUSES)]
            self.do(actions.set_plan_status, id=line.id, status=following)

    def action_delete(self) -> None:
        line = self.current_line()
        if line is not None and line.source == "action":
            self.do(actions.delete_plan_action, id=line.id)
        elif line is not None and line.source == "engagement":
            self.notify(t("acting.in_plenum"), timeout=6)

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
