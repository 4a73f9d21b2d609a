"""Phase 3, step 3: the timed rotation. Who is where now, where everyone goes next, and the
round timer in big digits (readable from the back of the room)."""

from __future__ import annotations

import random
from typing import Any

from rich.markup import escape
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Static

from hefboom_tui.i18n import N_, t, tn
from hefboom_tui.model import actions
from hefboom_tui.model import timer as tm
from hefboom_tui.model.rotation import missed, where
from hefboom_tui.store.session_store import SessionStore
from hefboom_tui.tui.read_only import writes
from hefboom_tui.tui.result import Result
from hefboom_tui.tui.screens.base import SessionScreen
from hefboom_tui.tui.screens.fields import Field, form_screen
from hefboom_tui.tui.widgets.round_timer import RoundTimer


class RotationScreen(SessionScreen):
    """The rotation board with its timer."""

    TITLE_KEY = "screen.rotation"
    SHOWS_ROUND_TIMER = True
    BINDINGS = [
        *SessionScreen.BINDINGS,
        Binding("space", "start_pause", N_("key.start_pause"), id="rotation.toggle"),
        Binding("plus,equals_sign", "adjust(60)", N_("key.plus_minute"), id="rotation.plus"),
        Binding("minus", "adjust(-60)", N_("key.minus_minute"), id="rotation.minus"),
        Binding("n", "next", N_("key.next_round"), id="rotation.next"),
        Binding("r", "restart", N_("key.restart_round"), show=False, id="rotation.restart"),
        Binding("s", "schedule", N_("key.schedule"), id="rotation.schedule"),
        Binding("t", "tally", N_("key.tally"), id="rotation.tally"),
    ]

    def compose_body(self) -> ComposeResult:
        yield RoundTimer(self.app, id="round-timer")
        with Horizontal(id="boards"):
            with VerticalScroll(classes="board"):
                yield Static("", id="board-now")
            with VerticalScroll(classes="board"):
                yield Static("", id="board-next")

    def refresh_view(self) -> None:
        s = self.session
        rounds = s.rotation.rounds
        self.query_one(RoundTimer).sync(s.timer, len(rounds))
        index = s.timer.round
        self._show("#board-now", self._board(t("rotation.now"), where(rounds, index)))
        upcoming = where(rounds, index + 1)
        gaps = missed(rounds, [p.id for p in s.present()], [i.id for i in s.engaged()])
        if not rounds:
            following = ""  # no schedule yet: nothing comes next (the hint says what to do)
        elif upcoming:
            following = self._board(t("rotation.next"), upcoming)
        else:
            following = f"[b]{t('rotation.next')}[/b]\n\n{t('rotation.last_round')}"
        if gaps:
            names = {p.id: p.name for p in s.participants}
            codes = {i.id: i.code for i in s.initiatives}
            following += f"\n\n[b]{escape(t('rotation.missed_title'))}[/b]\n" + "\n".join(
                f"   {escape(names.get(m, '?'))}: {', '.join(codes.get(i, '?') for i in items)}"
                for m, items in gaps.items())
        self._show("#board-next", following)
        if not rounds:
            self.set_hint(t("rotation.hint_none",
                            initiatives=tn("count.initiatives", len(s.engaged())),
                            present=tn("count.present", len(s.present()))))
        elif gaps and s.rotation.cap:
            self.set_hint(tn("rotation.hint_capped", len(gaps)))
        else:
            self.set_hint(t("rotation.hint", minutes=s.timer.minutes,
                            auto=t("rotation.auto_on") if s.timer.auto_advance else ""))

    def _show(self, selector: str, text: str) -> None:
        # an unchanged board costs no new layout (a timer key changes only the timer)
        board = self.query_one(selector, Static)
        if getattr(board, "_hefboom_text", None) != text:
            board._hefboom_text = text  # type: ignore[attr-defined]
            board.update(text)

    def _board(self, title: str, groups: dict[str, list[str]]) -> str:
        names = {p.id: p.name for p in self.session.participants}
        lines = [f"[b]{escape(title)}[/b]", ""]
        for item in self.session.engaged():
            members = groups.get(item.id, [])
            people = ", ".join(names.get(m, "?") for m in members) or "–"
            lines.append(f"[b]{escape(item.code)}  {escape(item.name)}[/b]")
            lines.append(f"   {escape(people)}")
        return "\n".join(lines)

    # -- timer -------------------------------------------------------------------------------
    def _timer(self, op: str, **params: Any) -> None:
        self.do(actions.timer, op=op, now=self.app.wall_clock(), **params)

    @writes
    def action_start_pause(self) -> None:
        """Space: start or pause; at 0:00 it goes on to the next round (and starts it)."""
        timer = self.session.timer
        if tm.at_zero(timer, self.app.wall_clock()):
            self._timer("advance")
        else:
            self._timer("pause" if timer.status == "running" else "start")

    @writes
    def action_adjust(self, seconds: int) -> None:
        # taking time off never ends the round (and so never eats into the next one): that is
        # what n is for
        left = self.query_one(RoundTimer).remaining()
        if seconds < 0 and left + seconds < 1:
            self.notify(t("rotation.minus_floor"), timeout=4)
            return
        self._timer("adjust", seconds=float(seconds))

    @writes
    def action_next(self) -> None:
        self._timer("next")

    @writes
    def action_restart(self) -> None:
        self._timer("restart")

    def on_round_timer_pre_alarm(self, _: RoundTimer.PreAlarm) -> None:
        """One minute left: the timer turns to its warning colour on both screens (the
        widget does that) and the editing window rings once."""
        store = self.app.store
        if store is not None and not store.read_only:
            self.app.bell()

    def on_round_timer_expired(self, _: RoundTimer.Expired) -> None:
        # one signal per event: the flash, the bell and the timer's own status line (no toast
        # on top of it, which would also cover the wall in front of the room)
        store = self.app.store
        if store is not None and not store.read_only:
            self.app.bell()
        self.add_class("-alarm")
        self.set_timer(1.5, lambda: self.remove_class("-alarm"))
        if store is not None and not store.read_only:  # the beamer only shows; the editor saves
            self._timer("expire")

    # -- schedule ----------------------------------------------------------------------------
    @writes
    def action_schedule(self) -> None:
        s = self.session
        fields = [
            Field("minutes", t("field.minutes").capitalize(), value=str(s.timer.minutes)),
            Field("seed", t("duos.seed"), value=str(random.randrange(1000, 9999))),
            Field("cap", t("rotation.cap_label"), value=str(s.rotation.cap or ""),
                  placeholder=t("rotation.cap_hint")),
            Field("auto", t("rotation.auto"), "check", s.timer.auto_advance,
                  placeholder=t("rotation.auto")),
            Field("paused", t("rotation.resume_paused"), "check", s.timer.resume_paused,
                  placeholder=t("rotation.resume_paused")),
        ]

        def submit(values: dict[str, Any]) -> Result:
            numbers = {}
            for key in ("minutes", "seed", "cap"):
                text = str(values[key]).strip() or "0"
                if not text.lstrip("-").isdigit():
                    from hefboom_tui.model.errors import ValidationError

                    return Result(False, error=ValidationError(key, "error.whole_number"))
                numbers[key] = int(text)
            def work(store: SessionStore) -> int:
                rounds = store.do(actions.make_rotation, seed=numbers["seed"],
                                  minutes=numbers["minutes"], cap=numbers["cap"])
                store.do(actions.timer_settings, auto_advance=values["auto"],
                         resume_paused=values["paused"])
                return rounds

            return self.app.do_together("make_rotation", work, inline=True)

        self.app.push_screen(form_screen(t("rotation.schedule_title"), fields, submit,
                                         note=t("rotation.schedule_note")))

    def action_tally(self) -> None:
        from hefboom_tui.tui.screens.tally import TallyScreen

        self.app.push_screen(TallyScreen())
