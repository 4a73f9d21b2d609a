"""Step 5: choose the initiatives to approach, with the fiche "Met welke … in gesprek?"."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding

from hefboom_tui.i18n import N_, language, t
from hefboom_tui.model import actions
from hefboom_tui.model.entities import Initiative
from hefboom_tui.model.plenum import principles_list, strong_ranking
from hefboom_tui.tui.read_only import writes
from hefboom_tui.tui.result import Result
from hefboom_tui.tui.screens.base import SessionScreen
from hefboom_tui.tui.screens.fields import Field, form_screen
from hefboom_tui.tui.widgets.detail_line import cut, detail
from hefboom_tui.tui.widgets.row_table import RowTable


def round_items(screen: SessionScreen, show_all: bool,
                only_chosen: bool = False) -> list[Initiative]:
    """Initiatives of the current round (or all), optionally only the chosen ones."""
    session = screen.session
    items = [i for i in session.initiatives
             if (show_all or session.round == 1 or i.round == session.round)
             and (not only_chosen or i.choice.chosen)]
    return items


class ChooseScreen(SessionScreen):
    """A table of initiatives ranked by strong marks; Space chooses, Enter fills the fiche."""

    TITLE_KEY = "screen.choose"
    DETAIL_ID = "choose-detail"
    ROW_ACTION = "fiche"
    BINDINGS = [
        *SessionScreen.BINDINGS,
        Binding("enter", "fiche", N_("key.choice_fiche"), id="choose.fiche"),
        Binding("space", "toggle_choice", N_("key.choose_toggle"), id="choose.toggle"),
        Binding("a", "all_rounds", N_("key.all_rounds"), id="choose.all"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.show_all = False

    def compose_body(self) -> ComposeResult:
        table = RowTable(id="choose")
        table.add_columns(t("col.code"), t("col.name"), t("col.strong"), t("col.chosen"),
                          t("col.principles"), t("col.why"))
        yield table

    def refresh_view(self) -> None:
        rank = {iid: (r, n) for r, iid, n in strong_ranking(self.session)}
        principle = {p.id: p.symbol for p in self.session.principles}
        symbol = {c.id: principle.get(c.principle, "?") for c in self.session.cards}
        items = sorted(round_items(self, self.show_all), key=lambda i: rank[i.id][0])
        rows = []
        room = self.text_room(44)
        for item in items:
            chosen: Text | str = (Text("✓ " + t("status.chosen"), style="bold")
                                  if item.choice.chosen else "–")
            r, n = rank[item.id]
            symbols = "".join(sorted({symbol.get(c, "") for c in item.choice.principles}))
            rows.append((item.id, [item.code, cut(item.name, room // 2), f"{n} (#{r})", chosen,
                                   symbols or "–", cut(item.choice.why, room - room // 2)]))
        self.query_one(RowTable).fill(rows)
        scope = t("choose.scope_all") if self.show_all or self.session.round == 1 else t(
            "choose.scope_round", round=self.session.round)
        count = sum(1 for i in items if i.choice.chosen)
        self.set_hint(t("choose.hint", scope=scope, chosen=count, total=len(items)))

    def detail(self, table: str, key: str) -> str | Text:
        """The initiative's whole name and its choice fiche."""
        item = self.session.initiative(key)
        if item is None:
            return ""
        c = item.choice
        cards = [card.text_in(language()) for cid in c.principles
                 if (card := self.session.card(cid)) is not None]
        return detail(f"{item.code} {item.name}", (t("choice.why"), c.why),
                      (t("choice.principles"), " · ".join(cards)),
                      (t("choice.principles_note"), c.principles_note),
                      (t("choice.doubts"), c.doubts))

    @writes
    def action_toggle_choice(self) -> None:
        item = self.current_initiative()
        if item is not None:
            c = item.choice
            self.do(actions.choose, id=item.id, chosen=not c.chosen, why=c.why,
                    principles=None, principles_note=c.principles_note, doubts=c.doubts)

    @writes
    def action_fiche(self) -> None:
        item = self.current_initiative()
        if item is None:
            return
        iid, c = item.id, item.choice
        on_list = principles_list(self.session)
        symbols = {p.id: p.symbol for p in self.session.principles}
        picks = [(f"{symbols.get(card.principle, '?')} {card.text_in(language())}", card.id)
                 for card in on_list]
        fields = [
            Field("chosen", t("choice.chosen"), "check", c.chosen, placeholder=t("choice.chosen")),
            Field("why", t("choice.why"), "text", c.why),
            Field("principles", t("choice.principles"), "people", list(c.principles), picks),
            Field("principles_note", t("choice.principles_note"), "text", c.principles_note),
            Field("doubts", t("choice.doubts"), "text", c.doubts),
        ]
        if not picks:
            fields.pop(2)

        def submit(values: dict[str, Any]) -> Result:
            values.setdefault("principles", [])
            return self.app.do_inline(actions.choose, id=iid, **values)

        self.app.push_screen(form_screen(t("choice.title", code=item.code, name=item.name),
                                         fields, submit,
                                         note="" if picks else t("choice.no_list")))

    def action_all_rounds(self) -> None:
        self.show_all = not self.show_all
        self.refresh_all()
