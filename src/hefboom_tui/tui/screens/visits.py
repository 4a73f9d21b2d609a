"""Phase 2: record each field visit: who went when, the poster's three flaps as the citizens
filled them in (flap 3: what they need and who they can turn to), and whether the initiative
itself wants support from us (the method insists on asking). G shows the visit guide."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding

from hefboom_tui.i18n import N_, t
from hefboom_tui.model import actions
from hefboom_tui.model.cycle import WANTS_SUPPORT
from hefboom_tui.tui.read_only import writes
from hefboom_tui.tui.result import Result
from hefboom_tui.tui.screens.base import SessionScreen
from hefboom_tui.tui.screens.fields import Field, form_screen
from hefboom_tui.tui.widgets.detail_line import cut, detail
from hefboom_tui.tui.widgets.row_table import RowTable

SUPPORT_MARK = {"yes": "✓", "no": "✗", "unclear": "?", "": "–"}


class VisitsScreen(SessionScreen):
    """The chosen initiatives and what their visits brought back."""

    TITLE_KEY = "screen.visits"
    DETAIL_ID = "visits-detail"
    ROW_ACTION = "edit"
    BINDINGS = [*SessionScreen.BINDINGS,
                Binding("enter", "edit", N_("key.visit"), id="visits.edit"),
                Binding("g", "guide", N_("key.guide"), id="visits.guide")]

    def compose_body(self) -> ComposeResult:
        table = RowTable(id="visits")
        table.add_columns(t("col.code"), t("col.name"), t("field.date").capitalize(),
                          t("visits.flaps"), t("field.wants_support").capitalize())
        yield table

    def refresh_view(self) -> None:
        chosen = [i for i in self.session.initiatives if i.choice.chosen]
        rows = []
        room = self.text_room(66)
        for item in chosen:
            v = item.visit
            flaps = f"{len(v.now)} · {len(v.future)} · {len(v.needs)} · {len(v.partners)}"
            rows.append((item.id, [item.code, cut(item.name, room), v.date or "–", flaps,
                                   f"{SUPPORT_MARK[v.wants_support]} "
                                   f"{t('wants.' + (v.wants_support or 'open'))}"]))
        self.query_one(RowTable).fill(rows)
        done = sum(1 for i in chosen if i.visit.done)
        self.set_hint(t("visits.hint", done=done, total=len(chosen)) + " · "
                      + t("visits.guide_hint"))

    def detail(self, table: str, key: str) -> str | Text:
        """The initiative's whole name, who visited, and the visit's notes (the flaps' notes
        are in the visit form and on the printed poster)."""
        item = self.session.initiative(key)
        if item is None:
            return ""
        v = item.visit
        return detail(f"{item.code} {item.name}",
                      (t("field.visitors").capitalize(),
                       ", ".join(self.session.names_of(v.visitors))),
                      (t("visits.notes"), v.notes))

    @writes
    def action_edit(self) -> None:
        item = self.current_initiative()
        if item is None:
            return
        v, iid = item.visit, item.id
        people = [(p.name, p.id) for p in self.session.participants]
        visitors = v.visitors or list(item.agreement.visitors)
        fields = [
            Field("visitors", t("field.visitors").capitalize(), "people", visitors, people),
            Field("date", t("field.date").capitalize(), value=v.date or item.agreement.date,
                  placeholder=t("agreement.date_hint")),
            Field("now", t("flap.now") + " — " + t("visits.one_per_line"), "text",
                  "\n".join(v.now)),
            Field("future", t("flap.future"), "text", "\n".join(v.future)),
            Field("needs", t("flap.needs"), "text", "\n".join(v.needs)),
            Field("partners", t("visits.partners"), "text", "\n".join(v.partners)),
            Field("wants_support", t("field.wants_support").capitalize(), "select",
                  v.wants_support, [(t(f"wants.{w}"), w) for w in WANTS_SUPPORT if w]),
            Field("notes", t("visits.notes"), "text", v.notes),
        ]

        def submit(values: dict[str, Any]) -> Result:
            return self.app.do_inline(actions.record_visit, id=iid, **values)

        self.app.push_screen(form_screen(t("visits.title", code=item.code, name=item.name),
                                         fields, submit))

    def action_guide(self) -> None:
        from hefboom_tui.tui.screens.guide import open_guide

        item = self.current_initiative()
        open_guide(self.app, item.id if item else "")
