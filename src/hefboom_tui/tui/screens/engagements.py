"""Step 3.3, the plenum per engaged initiative: the members explain their green stickers, and
for each candidate engagement the team answers the method's questions (are we doing this?
why, or why not? how, concretely? which steps?); then it checks whether anything is missing.
The picker offers only this initiative's own options and tallies."""

from __future__ import annotations

from typing import Any

from rich.markup import escape
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import DataTable, Static

from hefboom_tui.i18n import N_, language, t
from hefboom_tui.model import actions
from hefboom_tui.model.entities import Initiative, SupportOption
from hefboom_tui.model.phase3 import ANSWERS, Engagement
from hefboom_tui.tui.read_only import writes
from hefboom_tui.tui.result import Result
from hefboom_tui.tui.screens.base import SessionScreen
from hefboom_tui.tui.screens.fields import Field, form_screen
from hefboom_tui.tui.widgets.detail_line import cut, detail
from hefboom_tui.tui.widgets.row_table import RowTable

ANSWER_MARK = {"yes": "✓", "no": "✗"}


class EngagementsScreen(SessionScreen):
    """One engaged initiative at a time: its sticker tallies above, its engagements below."""

    TITLE_KEY = "screen.plenum_initiative"
    DETAIL_ID = "plenum3-detail"
    ENTER_ON = {"plenum-options": "key.new_engagement"}  # Enter on an option: a new engagement
    BINDINGS = [
        Binding("escape", "back", N_("key.back"), id="plenum3.back"),
        Binding("n", "new", N_("key.new_engagement"), id="plenum3.new"),
        Binding("enter", "open", N_("key.edit"), id="plenum3.edit"),
        Binding("delete,x", "delete", N_("key.delete"), id="plenum3.delete"),
        Binding("c", "missing", N_("key.missing"), id="plenum3.missing"),
        Binding("left_square_bracket", "switch(-1)", N_("key.previous"), id="plenum3.prev"),
        Binding("right_square_bracket", "switch(1)", N_("key.next"), id="plenum3.next"),
    ]

    def __init__(self, initiative: str = "") -> None:
        super().__init__()
        self.initiative = initiative

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id="plenum-head"):  # flap 3 can be long: it scrolls
            yield Static("", id="plenum-head-text")
        with Horizontal(id="plenum-panes"):
            options = RowTable(id="plenum-options")
            options.add_columns(t("screen.tally"), t("field.kind").capitalize(),
                                t("print.option"))
            yield options
            table = RowTable(id="engagements")
            table.add_columns(t("plenum3.answer_col"), t("plenum3.engagements"),
                              t("field.why_engagement").capitalize())
            yield table

    # -- view --------------------------------------------------------------------------------
    def item(self) -> Initiative | None:
        """The initiative on screen (the first engaged one when none was asked for)."""
        engaged = self.session.engaged()
        found = next((i for i in engaged if i.id == self.initiative), None)
        found = found or (engaged[0] if engaged else None)
        self.initiative = found.id if found else ""
        return found

    def ranked_options(self, item: Initiative) -> list[SupportOption]:
        """This initiative's options, the most green stickers first."""
        options = self.session.options_for(item.id)

        def key(option: SupportOption) -> tuple[int, int]:
            found = self.session.tally(item.id, option.id)
            return (-(found.green if found else 0), found.red if found else 0)

        return sorted(options, key=key)

    def refresh_view(self) -> None:
        s = self.session
        item = self.item()
        head = self.query_one("#plenum-head-text", Static)
        if item is None:
            head.update(t("plenum3.none"))
            self.query_one("#plenum-options", RowTable).fill([])
            self.query_one("#engagements", RowTable).fill([])
            self.set_hint(t("plenum3.none"))
            return
        engaged = s.engaged()
        position = f"{engaged.index(item) + 1}/{len(engaged)}"
        state = t("plenum3.done") if item.decision.plenum_done else t("plenum3.open")
        title = t("plenum3.head", code=item.code, name=item.name, position=position,
                  state=state)
        lines = [f"[b]{escape(title)}[/b]"]
        if item.visit.needs:
            lines.append(escape(t("plenum3.needs", needs=" · ".join(item.visit.needs))))
        head.update("\n".join(lines))
        rows = []
        room = self.text_room(24)
        for option in self.ranked_options(item):
            found = s.tally(item.id, option.id)
            green, red = (found.green, found.red) if found else (0, 0)
            text = option.text_in(language()) + ("  ✦" if option.initiative else "")
            rows.append((option.id, [f"✓{green} ✗{red}", t(f"kind_short.{option.kind}"),
                                     cut(text, room)]))
        self.query_one("#plenum-options", RowTable).fill(rows)
        mine = [e for e in s.engagements if e.initiative == item.id]
        self.query_one("#engagements", RowTable).fill([
            (e.id, [Text(f"{ANSWER_MARK[e.answer]} {t('answer.' + e.answer)}",
                         style="bold" if e.answer == "yes" else ""),
                    cut(e.what, room // 2), cut(e.why, room - room // 2) or "–"])
            for e in mine])
        self.set_hint(t("plenum3.hint", yes=sum(e.answer == "yes" for e in mine),
                        no=sum(e.answer == "no" for e in mine)))

    def detail(self, table: str, key: str) -> str | Text:
        """The whole option (and who added it), or the whole engagement with its answers."""
        if table == "plenum-options":
            option = next((o for o in self.session.support_options if o.id == key), None)
            if option is None:
                return ""
            return detail(option.text_in(language()),
                          (t("field.added_by").capitalize(), option.added_by))
        e = self.session.engagement(key)
        if e is None:
            return ""
        return detail(e.what, (t("field.answer").capitalize(),
                               f"{ANSWER_MARK[e.answer]} {t('answer.' + e.answer)}"),
                      (t("field.why_engagement").capitalize(), e.why),
                      (t("field.how").capitalize(), e.how),
                      (t("field.steps").capitalize(), e.steps),
                      (t("field.who").capitalize(), ", ".join(self.session.names_of(e.who))),
                      (t("field.by_when").capitalize(), e.by_when))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_open()

    def _engagement(self) -> Engagement | None:
        key = self.query_one("#engagements", RowTable).current_key()
        return self.session.engagement(key) if key else None

    # -- the forms ---------------------------------------------------------------------------
    def _fields(self, e: Engagement | None) -> list[Field]:
        people = [(p.name, p.id) for p in self.session.participants]
        answers = [(f"{ANSWER_MARK[a]} {t('answer.' + a)}", a) for a in ANSWERS]
        return [
            Field("what", t("plenum3.what") if e is None else t("field.what").capitalize(),
                  "text", e.what if e else ""),
            Field("answer", t("field.answer").capitalize(), "select", e.answer if e else "",
                  answers),
            Field("why", t("field.why_engagement").capitalize(), "text", e.why if e else ""),
            Field("how", t("field.how").capitalize(), "text", e.how if e else ""),
            Field("steps", t("field.steps").capitalize(), "text", e.steps if e else ""),
            Field("who", t("field.who").capitalize(), "people", list(e.who) if e else [], people),
            Field("by_when", t("field.by_when").capitalize(), value=e.by_when if e else "",
                  placeholder=t("agreement.date_hint")),
        ]

    @writes
    def action_open(self) -> None:
        """Enter: on an option, a new engagement from it; on an engagement, edit it."""
        options = self.query_one("#plenum-options", RowTable)
        if options.has_focus:
            self.action_new(options.current_key() or "")
        else:
            self.action_edit()

    @writes
    def action_new(self, option: str = "") -> None:
        item = self.item()
        if item is None:
            self.notify(t("error.no_engaged"), severity="error")
            return
        if not option and self.query_one("#plenum-options", RowTable).has_focus:
            option = self.query_one("#plenum-options", RowTable).current_key() or ""
        iid = item.id
        choices = []
        for o in self.ranked_options(item):
            found = self.session.tally(iid, o.id)
            green, red = (found.green, found.red) if found else (0, 0)
            choices.append((f"✓{green} ✗{red} {o.text_in(language())[:60]}", o.id))
        fields = [Field("option", t("plenum3.from_option"), "select", option, choices),
                  *self._fields(None)]
        texts = {o.id: o.text_in(language()) for o in self.session.options_for(iid)}

        def submit(values: dict[str, Any]) -> Result:
            what = values["what"]
            if not what.strip() and values["option"]:
                what = texts.get(values["option"], "")
            return self.app.do_inline(
                actions.add_engagement, initiative=iid, what=what, answer=values["answer"],
                why=values["why"], how=values["how"], steps=values["steps"], who=values["who"],
                by_when=values["by_when"], option=values["option"])

        self.app.push_screen(form_screen(t("plenum3.new_title", code=item.code, name=item.name),
                                         fields, submit, note=t("plenum3.note")))

    @writes
    def action_edit(self) -> None:
        found = self._engagement()
        if found is None:
            return
        eid = found.id

        def submit(values: dict[str, Any]) -> Result:
            return self.app.do_inline(actions.edit_engagement, id=eid, **values)

        self.app.push_screen(form_screen(t("plenum3.edit_title"), self._fields(found), submit,
                                         note=t("plenum3.note")))

    @writes
    def action_delete(self) -> None:
        found = self._engagement()
        if found is not None and self.query_one("#engagements", RowTable).has_focus \
                and self.do(actions.delete_engagement, id=found.id).ok:
            self.notify(t("engagements.deleted"), timeout=5)

    @writes
    def action_missing(self) -> None:
        item = self.item()
        if item is None:
            return
        d, iid = item.decision, item.id
        answers = [(t("plenum3.missing_no"), "no"), (t("plenum3.missing_yes"), "yes")]
        fields = [Field("missing_answer", t("field.missing_answer").capitalize(), "select",
                        d.missing_answer, answers),
                  Field("missing", t("field.missing").capitalize(), "text", d.missing),
                  Field("done", t("plenum3.close"), "check", True,
                        placeholder=t("plenum3.close"))]

        def submit(values: dict[str, Any]) -> Result:
            return self.app.do_inline(actions.close_plenum, id=iid, **values)

        self.app.push_screen(form_screen(t("plenum3.missing_title", code=item.code,
                                           name=item.name), fields, submit,
                                         note=t("plenum3.missing_note")))

    # -- moving ------------------------------------------------------------------------------
    def action_switch(self, step: int) -> None:
        engaged = [i.id for i in self.session.engaged()]
        if engaged:
            index = engaged.index(self.initiative) if self.initiative in engaged else 0
            self.initiative = engaged[(index + step) % len(engaged)]
            self.refresh_all()

    def action_back(self) -> None:
        self.app.pop_screen()


def open_plenum(app: Any, initiative: str = "") -> None:
    """Show the plenum of ``initiative`` (the first engaged one when empty)."""
    if app.store is not None:
        app.push_screen(EngagementsScreen(initiative))
