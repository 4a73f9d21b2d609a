"""Phase 3, step 2: choose with arguments. Two touchstones, then engage or decline, with an
argument either way; declined initiatives get a feedback note and leave the phase-3 wall."""

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

MARK = {"engage": "✓", "decline": "✗", "": "?"}


class DecideScreen(SessionScreen):
    """The initiatives visited in phase 2 (those chosen in step 5), with their decisions."""

    TITLE_KEY = "screen.decide"
    DETAIL_ID = "decide-detail"
    ROW_ACTION = "decide"
    BINDINGS = [
        *SessionScreen.BINDINGS,
        Binding("enter", "decide", N_("key.decide"), id="decide.open"),
        Binding("a", "all", N_("key.all_initiatives"), id="decide.all"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.show_all = False

    def compose_body(self) -> ComposeResult:
        table = RowTable(id="decide")
        table.add_columns(t("col.code"), t("col.name"), t("col.decision"),
                          t("field.argument").capitalize())
        yield table

    def items(self) -> list[Initiative]:
        return [i for i in self.session.initiatives
                if self.show_all or i.choice.chosen or i.decision.decision]

    def refresh_view(self) -> None:
        rows = []
        items = self.items()
        room = self.text_room(30) // 2
        for item in items:
            d = item.decision
            mark = Text(f"{MARK[d.decision]} {t('decision.' + (d.decision or 'open'))}",
                        style="bold" if d.decision else "")
            rows.append((item.id, [item.code, cut(item.name, room), mark,
                                   cut(d.argument, room) or "–"]))
        self.query_one(RowTable).fill(rows)
        engaged = sum(1 for i in items if i.decision.decision == "engage")
        declined = sum(1 for i in items if i.decision.decision == "decline")
        self.set_hint(t("decide.hint", engaged=engaged, declined=declined,
                        open=len(items) - engaged - declined))

    def detail(self, table: str, key: str) -> str | Text:
        """The initiative's whole name and the decision with everything argued for it."""
        item = self.session.initiative(key)
        if item is None:
            return ""
        d = item.decision
        return detail(f"{item.code} {item.name}",
                      (t("decide.innovation"), d.innovation), (t("decide.mission"), d.mission),
                      (t("decide.argument"), d.argument), (t("decide.feedback"), d.feedback))

    @writes
    def action_decide(self) -> None:
        item = self.current_initiative()
        if item is None:
            return
        d, iid = item.decision, item.id
        options = [(f"✓ {t('decision.engage')}", "engage"),
                   (f"✗ {t('decision.decline')}", "decline")]
        fields = [
            Field("innovation", t("decide.innovation"), "text", d.innovation),
            Field("mission", t("decide.mission"), "text", d.mission),
            Field("decision", t("field.decision").capitalize(), "select", d.decision, options),
            Field("argument", t("decide.argument"), "text", d.argument),
            Field("feedback", t("decide.feedback"), "text", d.feedback),
        ]

        def submit(values: dict[str, Any]) -> Result:
            return self.app.do_inline(actions.decide, id=iid, **values)

        self.app.push_screen(form_screen(t("decide.title", code=item.code, name=item.name),
                                         fields, submit, note=t("decide.note")))

    def action_all(self) -> None:
        self.show_all = not self.show_all
        self.refresh_all()
