"""Phase 5: "Organiseren van de organisatie", as the fiche has it. The five groups of
challenges with their guiding questions and any number of own, named challenges; per
challenge: does it apply, examples, proposals; per proposal a review date and, once applied
and reviewed, its result. The method's tips are offered as suggestions. "You are never done":
C closes the cycle with its evaluation questions and the picked carry-overs; the previous
cycle stays readable on the right."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Static

from hefboom_tui.i18n import N_, t
from hefboom_tui.model import actions
from hefboom_tui.model.organisation import (
    APPLIES,
    FIXED_GROUPS,
    GUIDING_QUESTIONS,
    OWN,
    TIPS,
    Challenge,
    Proposal,
)
from hefboom_tui.tui.read_only import writes
from hefboom_tui.tui.result import Result
from hefboom_tui.tui.screens.base import SessionScreen
from hefboom_tui.tui.screens.cycle_form import history_markup, new_cycle_form
from hefboom_tui.tui.screens.fields import Field, form_screen
from hefboom_tui.tui.widgets.detail_line import cut, detail
from hefboom_tui.tui.widgets.row_table import RowTable

APPLIES_MARK = {"yes": "✓", "no": "✗"}


def challenge_label(challenge: Challenge) -> str:
    """The challenge's name: its group's, or the own challenge's name."""
    return challenge.name if challenge.group == OWN and challenge.name else t(
        f"org.group.{challenge.group}")


class OrganisationScreen(SessionScreen):
    """The current cycle's fiche as a table; the previous cycle read-only beside it."""

    TITLE_KEY = "screen.organisation"
    DETAIL_ID = "org-detail"
    ROW_ACTION = "edit"
    BINDINGS = [*SessionScreen.BINDINGS,
                Binding("enter", "edit", N_("key.edit"), id="organisation.edit"),
                Binding("n", "proposal", N_("key.new_proposal"), id="organisation.proposal"),
                Binding("o", "own", N_("key.own_challenge"), id="organisation.own"),
                Binding("delete,x", "delete", N_("key.delete"), id="organisation.delete"),
                Binding("h", "history", N_("key.history"), id="organisation.history"),
                Binding("c", "new_cycle", N_("key.new_cycle"), id="organisation.cycle")]

    def __init__(self) -> None:
        super().__init__()
        self.history_index = -1  # the closed cycle shown on the right (-1: the last; 0: none)

    def compose_body(self) -> ComposeResult:
        with Horizontal(id="organisation-panes"):
            table = RowTable(id="organisation")
            table.add_columns(t("org.col.challenge"), t("org.col.applies"), t("org.col.detail"))
            yield table
            with VerticalScroll(id="org-history"):
                yield Static("", id="org-history-text")

    # -- view --------------------------------------------------------------------------------
    def challenges(self) -> list[Challenge]:
        """The fixed groups (filled or not) and the own challenges, in the fiche's order."""
        found = {c.id: c for c in self.session.organisation}
        fixed = [found.get(g) or Challenge(id=g, group=g) for g in FIXED_GROUPS]
        own = [c for c in self.session.organisation if c.group == OWN]
        return fixed + sorted(own, key=lambda c: c.name.casefold())

    def refresh_view(self) -> None:
        rows: list[tuple[str, list[Any]]] = []
        history = bool(self.session.cycles) and self.history_index != 0
        room = self.text_room(20, 0.6 if history else 1.0, least=10) // 2
        for c in self.challenges():
            applies = f"{APPLIES_MARK[c.applies]} {t('applies.' + c.applies)}" if c.applies \
                else "–"
            rows.append((f"c:{c.id}", [Text(cut(challenge_label(c), room), style="bold"),
                                       applies, cut(c.examples, room) or "–"]))
            for p in c.proposals:
                review = t("org.reviewed", result=p.review_result) \
                    if p.reviewed else t("org.not_reviewed")
                rows.append((f"p:{p.id}", [f"  • {cut(p.text, room - 4)}",
                                           p.review_date or "–", cut(review, room)]))
        self.query_one("#organisation", RowTable).fill(rows)
        cycles = self.session.cycles
        pane = self.query_one("#org-history")
        pane.display = bool(cycles) and self.history_index != 0
        if cycles and self.history_index != 0:
            record = cycles[max(self.history_index, -len(cycles))]
            self.query_one("#org-history-text", Static).update(history_markup(record))
        hint = t("organisation.hint", cycle=self.session.cycle)
        self.set_hint(hint if cycles else hint + " · " + t("org.history_none"))

    def _current(self) -> tuple[Challenge | None, Proposal | None]:
        key = self.query_one("#organisation", RowTable).current_key() or ""
        kind, _, ident = key.partition(":")
        for c in self.challenges():
            if kind == "c" and c.id == ident:
                return c, None
            for p in c.proposals:
                if kind == "p" and p.id == ident:
                    return c, p
        return None, None

    def detail(self, table: str, key: str) -> str | Text:
        """A challenge with its guiding questions and examples, or a proposal whole."""
        challenge, proposal = self._current()
        if challenge is None:
            return ""
        if proposal is not None:
            return detail(proposal.text,
                          (t("field.review_date").capitalize(), proposal.review_date),
                          (t("org.review_result"), proposal.review_result),
                          ("", challenge_label(challenge)))
        questions = " ".join(t(f"org.q.{k}") for k in GUIDING_QUESTIONS.get(challenge.group, ()))
        return detail(challenge_label(challenge), ("", questions),
                      (t("org.examples"), challenge.examples))

    # -- forms -------------------------------------------------------------------------------
    @writes
    def action_edit(self) -> None:
        challenge, proposal = self._current()
        if challenge is None:
            return
        if proposal is not None:
            self._edit_proposal(challenge, proposal)
            return
        fields = []
        if challenge.group == OWN:
            fields.append(Field("name", t("field.challenge_name").capitalize(),
                                value=challenge.name))
        fields += [
            Field("applies", t("org.applies"), "select", challenge.applies,
                  [(t(f"applies.{a}"), a) for a in APPLIES if a]),
            Field("examples", t("org.examples"), "text", challenge.examples),
        ]
        self._challenge_form(challenge_label(challenge), fields, challenge)

    @writes
    def action_own(self) -> None:
        fields = [Field("name", t("field.challenge_name").capitalize()),
                  Field("applies", t("org.applies"), "select", "yes",
                        [(t(f"applies.{a}"), a) for a in APPLIES if a]),
                  Field("examples", t("org.examples"), "text")]
        self._challenge_form(t("org.own_title"), fields, None)

    def _challenge_form(self, title: str, fields: list[Field], found: Challenge | None) -> None:
        group, cid = (found.group, found.id) if found else (OWN, "")
        keys = GUIDING_QUESTIONS.get(group, ())
        note = " ".join(t(f"org.q.{k}") for k in keys)

        def submit(values: dict[str, Any]) -> Result:
            return self.app.do_inline(actions.set_challenge, group=group, id=cid, **values)

        self.app.push_screen(form_screen(title, fields, submit, note=note))

    @writes
    def action_proposal(self) -> None:
        challenge, _ = self._current()
        if challenge is None:
            return
        tips = [(t(f"org.tip.{k}"), k) for k in TIPS]
        fields = [Field("tip", t("org.tip_pick"), "select", "", tips),
                  Field("proposal", t("org.proposal"), "text"),
                  Field("review_date", t("field.review_date").capitalize(),
                        placeholder=t("agreement.date_hint"))]
        group, cid, name = challenge.group, challenge.id, challenge.name

        def submit(values: dict[str, Any]) -> Result:
            text = values["proposal"] if values["proposal"].strip() or not values["tip"] \
                else t(f"org.tip.{values['tip']}")

            def work(store: Any) -> str:
                target = store.do(actions.set_challenge, group=group, id=cid, name=name,
                                  applies=challenge.applies or "yes",
                                  examples=challenge.examples)
                return str(store.do(actions.add_proposal, challenge=target, text=text,
                                    review_date=values["review_date"]))

            return self.app.do_together("add_proposal", work, inline=True)

        self.app.push_screen(form_screen(
            t("org.proposal_title", challenge=challenge_label(challenge)), fields, submit,
            note=t("org.tips") + ": " + " · ".join(t(f"org.tip.{k}") for k in TIPS)))

    def _edit_proposal(self, challenge: Challenge, proposal: Proposal) -> None:
        fields = [Field("proposal", t("org.proposal"), "text", proposal.text),
                  Field("review_date", t("field.review_date").capitalize(),
                        value=proposal.review_date, placeholder=t("agreement.date_hint")),
                  Field("review_result", t("org.review_result"), "text",
                        proposal.review_result)]
        pid = proposal.id

        def submit(values: dict[str, Any]) -> Result:
            return self.app.do_inline(actions.edit_proposal, id=pid, text=values["proposal"],
                                      review_date=values["review_date"],
                                      review_result=values["review_result"])

        self.app.push_screen(form_screen(t("org.edit_proposal"), fields, submit,
                                         note=challenge_label(challenge)))

    @writes
    def action_delete(self) -> None:
        challenge, proposal = self._current()
        if proposal is not None:
            result = self.do(actions.delete_proposal, id=proposal.id)
        elif challenge is not None and challenge.group == OWN:
            result = self.do(actions.delete_challenge, id=challenge.id)
        else:
            if challenge is not None:
                self.notify(t("org.fixed_group"), timeout=6)
            return
        if result.ok:
            self.notify(t("org.deleted"), timeout=5)

    def action_history(self) -> None:
        """H: the last closed cycle, then the one before, …, then none, then the last again."""
        count = len(self.session.cycles)
        if count:
            index = self.history_index
            self.history_index = -1 if index == 0 else (0 if index - 1 < -count else index - 1)
            self.refresh_all()

    @writes
    def action_new_cycle(self) -> None:
        new_cycle_form(self)
