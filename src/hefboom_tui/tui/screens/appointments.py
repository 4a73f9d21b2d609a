"""Step 3.4, practical agreements for phase 4, per decided initiative. With the ones we engage
with: who of us talks to whom again and when, how much time it takes, what we still need,
how we will act together and how we report back to each other. With the ones we said no to:
who brings the feedback and the thanks, when, and whether it was done."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding

from hefboom_tui.i18n import N_, t
from hefboom_tui.model import actions
from hefboom_tui.model.entities import Initiative
from hefboom_tui.tui.read_only import writes
from hefboom_tui.tui.result import Result
from hefboom_tui.tui.screens.base import SessionScreen
from hefboom_tui.tui.screens.fields import Field, form_screen
from hefboom_tui.tui.widgets.detail_line import cut, detail
from hefboom_tui.tui.widgets.row_table import RowTable

MARK = {"engage": "✓", "decline": "✗"}


def decided(screen: SessionScreen) -> list[Initiative]:
    """The decided initiatives: the engaged ones first, then the declined ones."""
    items = [i for i in screen.session.initiatives if i.decision.decision]
    return sorted(items, key=lambda i: i.decision.decision != "engage")


def appointment_form(screen: SessionScreen, item: Initiative) -> None:
    """The appointment form of ``item`` (step 3.4, also opened from phase 4)."""
    a, iid = item.appointment, item.id
    engaged = item.decision.decision == "engage"
    people = [(p.name, p.id) for p in screen.session.participants]
    who_label = t("appointment.who") if engaged else t("appointment.who_feedback")
    fields = [Field("who", who_label, "people", list(a.who), people)]
    if engaged:
        fields.append(Field("whom", t("appointment.whom"), value=a.whom))
    fields += [Field("date", t("field.date").capitalize(), value=a.date,
                     placeholder=t("agreement.date_hint")),
               Field("time", t("agreement.time"), value=a.time, placeholder="14:00")]
    if engaged:
        fields += [
            Field("time_needed", t("field.time_needed").capitalize(), value=a.time_needed,
                  placeholder=t("agreement.time_hint")),
            Field("still_needed", t("appointment.still_needed"), "text", a.still_needed),
            Field("act_together", t("appointment.act_together"), "text", a.act_together),
            Field("report_back", t("appointment.report_back"), "text", a.report_back),
        ]
    done_label = t("appointment.done") if engaged else t("appointment.done_feedback")
    fields.append(Field("done", done_label, "check", a.done, placeholder=done_label))

    def submit(values: dict[str, Any]) -> Result:
        return screen.app.do_inline(actions.set_appointment, id=iid, **values)

    d = item.decision
    note = t("appointment.engaged_note", argument=d.argument or "–") if engaged else t(
        "appointment.feedback_note", argument=d.argument or "–", feedback=d.feedback or "–")
    title = (t("appointment.title", code=item.code, name=item.name) if engaged
             else t("appointment.feedback_title", code=item.code, name=item.name))
    screen.app.push_screen(form_screen(title, fields, submit, note=note))


class AppointmentsScreen(SessionScreen):
    """A table of the decided initiatives and when we go back to each."""

    TITLE_KEY = "screen.appointments"
    DETAIL_ID = "appointments-detail"
    ROW_ACTION = "edit"
    BINDINGS = [
        *SessionScreen.BINDINGS,
        Binding("enter", "edit", N_("key.appointment"), id="appointments.edit"),
        Binding("e", "plenum", N_("key.plenum_initiative"), id="appointments.plenum"),
    ]

    def compose_body(self) -> ComposeResult:
        table = RowTable(id="appointments")
        table.add_columns(t("col.code"), t("col.name"), t("col.decision"),
                          t("field.who").capitalize(), t("col.whom"), t("col.when"),
                          t("col.done"))
        yield table

    def refresh_view(self) -> None:
        names = {p.id: p.name for p in self.session.participants}
        items = decided(self)
        rows = []
        room = self.text_room(54) // 3
        for item in items:
            a, d = item.appointment, item.decision.decision
            rows.append((item.id, [
                item.code, cut(item.name, room),
                Text(f"{MARK[d]} {t('decision.' + d)}", style="bold" if d == "engage" else ""),
                cut(", ".join(names.get(w, "?") for w in a.who), room) or "–",
                cut(a.whom, room) or "–",
                f"{a.date} {a.time}".strip() or "–", "✓" if a.done else "–"]))
        self.query_one(RowTable).fill(rows)
        planned = sum(1 for i in items if i.appointment.planned)
        self.set_hint(t("appointments.hint", planned=planned, total=len(items)) if items
                      else t("appointments.none"))

    def detail(self, table: str, key: str) -> str | Text:
        """The initiative's whole name and its appointment (or who brings the feedback)."""
        item = self.session.initiative(key)
        if item is None:
            return ""
        a = item.appointment
        who = ", ".join(self.session.names_of(a.who))
        if item.decision.decision != "engage":
            return detail(f"{item.code} {item.name}", (t("appointment.who_feedback"), who),
                          (t("field.date").capitalize(), f"{a.date} {a.time}".strip()),
                          (t("decide.feedback"), item.decision.feedback))
        return detail(f"{item.code} {item.name}", (t("appointment.who"), who),
                      (t("appointment.whom"), a.whom),
                      (t("field.date").capitalize(), f"{a.date} {a.time}".strip()),
                      (t("field.time_needed").capitalize(), a.time_needed),
                      (t("appointment.still_needed"), a.still_needed),
                      (t("appointment.act_together"), a.act_together),
                      (t("appointment.report_back"), a.report_back))

    @writes
    def action_edit(self) -> None:
        item = self.current_initiative()
        if item is not None:
            appointment_form(self, item)

    def action_plenum(self) -> None:
        from hefboom_tui.tui.screens.engagements import open_plenum

        item = self.current_initiative()
        if item is None or item.decision.decision != "engage":
            self.notify(t("error.no_engaged"), severity="warning", timeout=4)
            return
        open_plenum(self.app, item.id)
