"""Phase 3, steps 3–4: concrete engagements per engaged initiative (what, who, by when),
picked from the tally or written new; these are also the practical agreements for phase 4."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding

from hefboom_tui.i18n import t
from hefboom_tui.model import actions
from hefboom_tui.tui.result import Result
from hefboom_tui.tui.screens.base import SessionScreen
from hefboom_tui.tui.screens.fields import Field, form_screen
from hefboom_tui.tui.widgets.row_table import RowTable


class EngagementsScreen(SessionScreen):
    """All concrete engagements, grouped by initiative."""

    TITLE_KEY = "screen.engagements"
    ROW_ACTION = "edit"  # Enter or a click on a row (the table takes Enter before the screen)
    BINDINGS = [
        *SessionScreen.BINDINGS,
        Binding("n", "new", t("key.new_engagement"), id="engagements.new"),
        Binding("enter", "edit", t("key.edit"), id="engagements.edit"),
        Binding("delete,x", "delete", t("key.delete"), id="engagements.delete"),
    ]

    def compose_body(self) -> ComposeResult:
        table = RowTable(id="engagements")
        table.add_columns(t("col.code"), t("field.what").capitalize(), t("field.who").capitalize(),
                          t("field.by_when").capitalize())
        yield table

    def refresh_view(self) -> None:
        s = self.session
        names = {p.id: p.name for p in s.participants}
        order = {i.id: n for n, i in enumerate(s.initiatives)}
        rows = []
        for e in sorted(s.engagements, key=lambda e: order.get(e.initiative, 0)):
            item = s.initiative(e.initiative)
            rows.append((e.id, [item.code if item else "?", e.what,
                                ", ".join(names.get(w, "?") for w in e.who) or "–",
                                e.by_when or "–"]))
        self.query_one(RowTable).fill(rows)
        self.set_hint(t("engagements.hint", count=len(rows), engaged=len(s.engaged())))

    def _fields(self, values: dict[str, Any], with_source: bool) -> list[Field]:
        s = self.session
        people = [(p.name, p.id) for p in s.participants]
        fields = []
        if with_source:
            fields.append(Field("initiative", t("print.initiative"), "select",
                                values.get("initiative", ""),
                                [(f"{i.code} {i.name}", i.id) for i in s.engaged()]))
            top = sorted(((x.green, x.red, x.option) for x in s.tallies if x.green),
                         reverse=True)[:12]
            options = {o.id: o for o in s.support_options}
            fields.append(Field("option", t("engagements.from_tally"), "select", "",
                                [(f"✓{g} ✗{r} {options[o].text[:50]}", o)
                                 for g, r, o in top if o in options]))
        fields += [Field("what", t("field.what").capitalize(), "text", values.get("what", "")),
                   Field("who", t("field.who").capitalize(), "people", values.get("who", []),
                         people),
                   Field("by_when", t("field.by_when").capitalize(),
                         value=values.get("by_when", ""), placeholder=t("agreement.date_hint"))]
        return fields

    def action_new(self) -> None:
        if not self.session.engaged():
            self.notify(t("error.no_engaged"), severity="error")
            return

        def submit(values: dict[str, Any]) -> Result:
            what = values["what"]
            if not what.strip() and values["option"]:
                option = next(o for o in self.session.support_options if o.id == values["option"])
                what = option.text
            return self.app.do_inline(actions.add_engagement, initiative=values["initiative"],
                               what=what, who=values["who"], by_when=values["by_when"],
                               option=values["option"])

        self.app.push_screen(form_screen(t("engagements.new_title"), self._fields({}, True),
                                         submit, note=t("engagements.note")))

    def action_edit(self) -> None:
        key = self.query_one(RowTable).current_key()
        found = next((e for e in self.session.engagements if e.id == key), None)
        if found is None:
            return
        eid = found.id

        def submit(values: dict[str, Any]) -> Result:
            return self.app.do_inline(actions.edit_engagement, id=eid, what=values["what"],
                               who=values["who"], by_when=values["by_when"])

        values = {"what": found.what, "who": list(found.who), "by_when": found.by_when}
        self.app.push_screen(form_screen(t("engagements.edit_title"),
                                         self._fields(values, False), submit))

    def action_delete(self) -> None:
        key = self.query_one(RowTable).current_key()
        if key and self.do(actions.delete_engagement, id=key).ok:
            self.notify(t("engagements.deleted"), timeout=5)
