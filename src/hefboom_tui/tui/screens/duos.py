"""Step 3: form duos, deal the deck, and let each duo judge its cards (and write new ones)."""

from __future__ import annotations

import random
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import DataTable

from hefboom_tui.i18n import N_, language, t, tn
from hefboom_tui.model import actions
from hefboom_tui.model.duos import Duo
from hefboom_tui.model.entities import Card
from hefboom_tui.model.errors import ValidationError
from hefboom_tui.model.session import Session
from hefboom_tui.tui.read_only import writes
from hefboom_tui.tui.result import Result
from hefboom_tui.tui.screens.base import SessionScreen
from hefboom_tui.tui.screens.fields import Field, form_screen
from hefboom_tui.tui.widgets.chip import chip
from hefboom_tui.tui.widgets.detail_line import cut, detail
from hefboom_tui.tui.widgets.row_table import RowTable

VERDICT_MARK = {"relevant": "✓", "not_relevant": "✗", "undecided": "?"}


def duo_names(session: Session, duo: Duo) -> str:
    """The members of ``duo`` by name."""
    names = {p.id: p.name for p in session.participants}
    return " + ".join(names.get(m, "?") for m in duo.members) or t("duos.empty")


class DuosScreen(SessionScreen):
    """Duos on the left, the selected duo's cards and verdicts on the right."""

    TITLE_KEY = "screen.duos"
    DETAIL_ID = "duo-detail"
    ENTER_ON = {"duo-list": "key.to_cards"}  # Enter on a duo goes to its cards
    BINDINGS = [
        *SessionScreen.BINDINGS,
        Binding("m", "make_duos", N_("key.make_duos"), id="duos.make"),
        Binding("d", "deal", N_("key.deal"), id="duos.deal"),
        Binding("w", "swap", N_("key.swap"), id="duos.swap"),
        Binding("r", "judge('relevant')", N_("key.relevant"), id="duos.relevant"),
        Binding("x", "judge('not_relevant')", N_("key.not_relevant"), id="duos.not_relevant"),
        Binding("u", "judge('undecided')", N_("key.undecided"), show=False, id="duos.undecided"),
        Binding("enter", "argument", N_("key.argument"), id="duos.argument"),
        Binding("n", "new_card", N_("key.new_card"), id="duos.new_card"),
        Binding("P", "plenum", N_("key.plenum"), id="duos.plenum"),
    ]

    def compose_body(self) -> ComposeResult:
        with Horizontal(id="duo-panes"):
            duos = RowTable(id="duo-list")
            duos.add_columns(t("col.duo"), t("col.members"), t("col.cards"))
            yield duos
            cards = RowTable(id="duo-cards")
            cards.add_columns(t("col.principle"), t("col.verdict"), t("col.card"))
            yield cards

    # -- view --------------------------------------------------------------------------------
    def current_duo(self) -> Duo | None:
        table = self.query_one("#duo-list", RowTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.session.duo(str(key))

    def current_card(self) -> Card | None:
        table = self.query_one("#duo-cards", RowTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.session.card(str(key))

    def refresh_view(self) -> None:
        s = self.session
        rows = []
        members = self.text_room(30, 0.4, least=10)  # the list is 40% of the screen wide
        for duo in s.duos:
            counts = {p.id: 0 for p in s.principles}
            for cid in duo.cards:
                card = s.card(cid)
                if card is not None:
                    counts[card.principle] = counts.get(card.principle, 0) + 1
            symbols = {p.id: p.symbol for p in s.principles}
            summary = " ".join(f"{symbols[p]}{n}" for p, n in counts.items() if p in symbols)
            rows.append((duo.id, [duo.id.upper(), cut(duo_names(s, duo), members),
                                  cut(summary, self.text_room(9 + members, 0.4, least=8))]))
        self.query_one("#duo-list", RowTable).fill(rows)
        self._refresh_cards()
        if not s.duos:
            self.set_hint(t("duos.hint_none", present=tn("count.present", len(s.present()))))
        elif s.deal_seed is None:
            self.set_hint(t("duos.hint_no_deal", duos=tn("count.duos", len(s.duos))))
        else:
            judged = sum(1 for j in s.judgements if j.verdict != "undecided")
            self.set_hint(tn("duos.hint", len(s.judgements), duos=tn("count.duos", len(s.duos)),
                             judged=judged, total=len(s.judgements)))

    def _refresh_cards(self) -> None:
        duo = self.current_duo()
        rows = []
        room = self.text_room(28, 0.6)  # principle, verdict, padding and the scroll bar
        if duo is not None:
            verdicts = {j.card: j for j in self.session.judgements if j.duo == duo.id}
            for cid in duo.cards:
                card = self.session.card(cid)
                if card is None:
                    continue
                j = verdicts.get(cid)
                verdict = j.verdict if j else "undecided"
                mark = Text(f"{VERDICT_MARK[verdict]} {t('verdict.' + verdict)}",
                            style="bold" if verdict != "undecided" else "")
                text = card.text_in(language()) + (
                    f"  ✦ {t('duos.new')}" if card.origin != "deck" else "")
                if j and j.argument:
                    text += f"  — {j.argument}"
                rows.append((cid, [chip(self.session, card), mark, cut(text, room)]))
        self.query_one("#duo-cards", RowTable).fill(rows)

    def detail(self, table: str, key: str) -> str | Text:
        """The duo's members; on a card, its whole text, its verdict and the argument."""
        duo = self.current_duo()
        if duo is None:
            return ""
        members = f"{duo.id.upper()} · {duo_names(self.session, duo)}"
        card = self.session.card(key) if table == "duo-cards" else None
        if card is None:
            return detail(members)
        j = next((j for j in self.session.judgements
                  if j.duo == duo.id and j.card == card.id), None)
        verdict = j.verdict if j else "undecided"
        new = f"  ✦ {t('duos.new')}" if card.origin != "deck" else ""
        return detail(card.text_in(language()) + new,
                      (t("col.verdict"), f"{VERDICT_MARK[verdict]} {t('verdict.' + verdict)}"),
                      (t("field.argument").capitalize(), j.argument if j else ""),
                      (t("col.duo"), members))

    def cursor_moved(self, table: RowTable) -> None:
        """Moving in the duo list shows that duo's cards (in the same frame)."""
        if table.id == "duo-list":
            self._refresh_cards()
        super().cursor_moved(table)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        if event.data_table.id == "duo-list":
            self.query_one("#duo-cards", RowTable).focus()
        else:
            self.action_argument()

    # -- duos and the deal -------------------------------------------------------------------
    @writes
    def action_make_duos(self) -> None:
        fields = [Field("seed", t("duos.seed"), value=str(random.randrange(1000, 9999))),
                  Field("avoid", t("duos.avoid"), "check", bool(self.session.past_pairs),
                        placeholder=t("duos.avoid"))]

        def submit(values: dict[str, Any]) -> Result:
            seed = _seed(values["seed"])
            if seed is None:
                return _seed_error()
            return self.app.do_inline(actions.make_duos, seed=seed, avoid_past=values["avoid"])

        note = t("duos.redo_warning") if self.session.duos else ""
        self.app.push_screen(form_screen(t("duos.make_title"), fields, submit, note=note))

    @writes
    def action_deal(self) -> None:
        judged = any(j.verdict != "undecided" for j in self.session.judgements)

        def deal(go: bool | None = True) -> None:
            if not go:
                return
            result = self.do(actions.deal, seed=random.randrange(1000, 9999))
            if result.ok:
                for pid, missing in (result.value or {}).items():
                    principle = self.session.principle(pid)
                    self.notify(tn("notice.short_principle", missing, missing=missing,
                                  principle=principle.name if principle else pid),
                                severity="warning", timeout=10)

        if judged:
            from hefboom_tui.tui.screens.confirm import ConfirmScreen

            self.app.push_screen(ConfirmScreen(t("duos.redeal_confirm")), deal)
        else:
            deal()

    @writes
    def action_swap(self) -> None:
        in_duos = [(p.name, p.id) for p in self.session.participants
                   if any(p.id in d.members for d in self.session.duos)]
        fields = [Field("a", t("duos.swap_a"), "select", "", in_duos),
                  Field("b", t("duos.swap_b"), "select", "", in_duos)]

        def submit(values: dict[str, Any]) -> Result:
            return self.app.do_inline(actions.swap_members, a=values["a"], b=values["b"])

        self.app.push_screen(form_screen(t("duos.swap_title"), fields, submit))

    # -- judging -----------------------------------------------------------------------------
    @writes
    def action_judge(self, verdict: str) -> None:
        """R / X: the verdict at once when the card already has its argument; otherwise the
        argument form opens with the verdict chosen (every duo argues its choice)."""
        duo, card = self.current_duo(), self.current_card()
        if duo is None or card is None:
            return
        current = next((j for j in self.session.judgements
                        if j.duo == duo.id and j.card == card.id), None)
        if verdict != "undecided" and not (current and current.argument):
            self.action_argument(verdict)
            return
        if self.do(actions.judge, duo=duo.id, card=card.id, verdict=verdict).ok:
            self.query_one("#duo-cards", RowTable).action_cursor_down()

    @writes
    def action_argument(self, verdict: str = "") -> None:
        duo, card = self.current_duo(), self.current_card()
        if duo is None or card is None:
            return
        current = next((j for j in self.session.judgements
                        if j.duo == duo.id and j.card == card.id), None)
        chosen = verdict or (current.verdict if current else "undecided")
        verdicts = [(f"{VERDICT_MARK[v]} {t('verdict.' + v)}", v) for v in VERDICT_MARK]
        fields = [Field("verdict", t("col.verdict"), "select", chosen, verdicts),
                  Field("argument", t("field.argument").capitalize(), "text",
                        current.argument if current else "")]
        if verdict:  # R or X: the verdict is given, the argument is what to type
            fields.reverse()
        did, cid = duo.id, card.id
        title = t("duos.argument_title", verdict=t("verdict." + chosen).capitalize()) \
            if verdict else card.text_in(language())

        def submit(values: dict[str, Any]) -> Result:
            return self.app.do_inline(actions.judge, duo=did, card=cid,
                                      verdict=values["verdict"] or "undecided",
                                      argument=values["argument"])

        def moved_on(saved: bool | None) -> None:
            if saved and verdict:
                self.query_one("#duo-cards", RowTable).action_cursor_down()

        self.app.push_screen(form_screen(title, fields, submit,
                                         note=card.text_in(language()) if verdict else ""),
                             moved_on)

    @writes
    def action_new_card(self) -> None:
        duo = self.current_duo()
        if duo is None:
            self.notify(t("error.no_duos"), severity="error")
            return
        did = duo.id
        principles = [(f"{p.symbol} {p.name_in(language())}", p.id)
                      for p in self.session.principles]
        from hefboom_tui.printing.card_fit import fits_card, room_left

        fields = [Field("principle", t("field.principle").capitalize(), "select", "", principles),
                  Field("text", t("field.text").capitalize(), live=room_left),
                  Field("argument", t("field.argument").capitalize(), "text")]

        def submit(values: dict[str, Any]) -> Result:
            if values["text"].strip() and not fits_card(values["text"].strip()):
                return Result(False, error=ValidationError("text", "error.card_too_long"))
            return self.app.do_inline(actions.new_card, duo=did, **values)

        self.app.push_screen(form_screen(t("duos.new_card_title", duo=did.upper()), fields,
                                        submit))

    def action_plenum(self) -> None:
        from hefboom_tui.tui.screens.plenum import PlenumScreen

        self.app.push_screen(PlenumScreen())


def _seed(text: str) -> int | None:
    try:
        return int(str(text).strip())
    except ValueError:
        return None


def _seed_error() -> Result:
    from hefboom_tui.model.errors import ValidationError

    return Result(False, error=ValidationError("seed", "error.seed"))
