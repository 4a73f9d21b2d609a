"""The timer panel (F9 from any screen): the step timer of the current step, or a free one.

Opened on a timed step (1.2 talk per presenter, 1.3 and 1.4 duo work, 3.1 posters) an idle
timer takes that step's defaults; anywhere else it is a free timer. Keys only, no fields:
Space starts and pauses (at 0:00 it goes on to the next round), + and − change a minute
(the round length before the start, the round itself while it counts), ] and [ the number of
rounds, x stops it (and sets up this step's timer when it belonged to another). Closing the
panel leaves the timer running: the header shows it on every screen. Step 3.3 keeps its own
round timer; the two never run at once (the model refuses, and the panel says why).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from hefboom_tui.i18n import N_, t, tn
from hefboom_tui.model import actions
from hefboom_tui.model import step_timer as stt
from hefboom_tui.model import timer as tm
from hefboom_tui.model.method import step
from hefboom_tui.model.phase3 import StepTimer
from hefboom_tui.tui.localized import LocalizedBindings
from hefboom_tui.tui.read_only import writes
from hefboom_tui.tui.timers import step_status
from hefboom_tui.tui.widgets.round_timer import RoundTimer

if TYPE_CHECKING:
    from hefboom_tui.tui.app import HefboomApp


class StepTimerDialog(LocalizedBindings, ModalScreen[None]):
    """The step timer's big digits, its settings and its keys."""

    DEFAULT_CSS = """
    #step-timer {
        width: 90%; max-width: 80; height: auto; max-height: 100%;
        border: thick $primary; background: $background; padding: 0 1;
    }
    #step-timer .form-title { margin-bottom: 0; }
    #panel-settings { width: 100%; text-align: center; }
    #panel-note { color: $warning; text-style: bold; }
    #panel-keys { color: $foreground; text-style: italic; }
    """

    BINDINGS = [
        Binding("space", "start_pause", N_("key.start_pause"), id="steptimer.toggle"),
        Binding("plus,equals_sign", "adjust(60)", N_("key.plus_minute"), id="steptimer.plus"),
        Binding("minus", "adjust(-60)", N_("key.minus_minute"), id="steptimer.minus"),
        Binding("n", "next", N_("key.next_round"), id="steptimer.next"),
        Binding("right_square_bracket", "rounds(1)", N_("key.round_more"),
                id="steptimer.round_more"),
        Binding("left_square_bracket", "rounds(-1)", N_("key.round_less"),
                id="steptimer.round_less"),
        Binding("a", "auto", N_("key.auto_advance"), id="steptimer.auto"),
        Binding("x", "stop", N_("key.timer_stop"), id="steptimer.stop"),
        Binding("escape,f9", "close", N_("key.timer_close"), id="steptimer.close"),
    ]

    app: HefboomApp

    def __init__(self, step: str | None = None) -> None:
        super().__init__()
        self._step = step  # the step the screen below stands for (a fiche: 1.2)

    def compose(self) -> ComposeResult:
        with Vertical(id="step-timer"):
            yield Static("", id="panel-title", classes="form-title")
            yield RoundTimer(self.app, id="panel-digits", quiet=True)
            yield Static("", id="panel-settings")
            yield Static("", id="panel-note")
            yield Static(t("steptimer.keys"), id="panel-keys")

    def on_mount(self) -> None:
        store = self.app.store
        if store is not None and not store.read_only:
            state = store.session.step_timer
            here = self.here()
            if state.status in ("idle", "done") and state.step != here:
                self.app.do(actions.set_step_timer, step=here)
        self.step_timer_changed()

    # -- what it shows -----------------------------------------------------------------------
    @property
    def state(self) -> StepTimer:
        """The saved step timer."""
        return self.app.store.session.step_timer  # type: ignore[union-attr]

    def here(self) -> str:
        """The timed step the facilitator is on ("" when this step has no timer of its own)."""
        current = self._step or self.app.store.session.step  # type: ignore[union-attr]
        return current if current in stt.STEP_DEFAULTS else ""

    def step_timer_changed(self) -> None:
        """The saved timer changed (a key here, the clock, an undo): show it."""
        if self.app.store is None:
            return
        session = self.app.store.session
        state = self.state
        rounds = max(1, state.rounds)
        if state.step:
            title = f"{t('steptimer.title')} · {state.step} {t(step(state.step).title_key)}"
        else:
            title = f"{t('steptimer.title')} · {t('steptimer.kind.free')}"
        self.query_one("#panel-title", Static).update(title)
        self.query_one(RoundTimer).sync(state, rounds, where=step_status(state),
                                        time_up="steptimer.time_up")
        auto = t("steptimer.on") if state.auto_advance else t("steptimer.off")
        self.query_one("#panel-settings", Static).update(t(
            "steptimer.settings", minutes=state.minutes,
            rounds=tn("steptimer.rounds", rounds), auto=auto))
        note = ""
        if session.timer.status == "running":
            note = t("steptimer.rotation_runs")
        elif session.step == "3.3" and not state.step:
            note = t("steptimer.rotation_note")
        elif state.step != self.here():
            what = (t("steptimer.for_step", step=state.step) if state.step
                    else t("steptimer.for_free"))
            note = t("steptimer.other_step", what=what)
        notes = self.query_one("#panel-note", Static)
        notes.update(note)
        notes.display = bool(note)

    # -- keys --------------------------------------------------------------------------------
    def _op(self, op: str, **params: Any) -> None:
        self.app.do(actions.step_timer, op=op, now=self.app.wall_clock(), **params)

    @writes
    def action_start_pause(self) -> None:
        """Space: start or pause; at 0:00 it goes on to the next round (and starts it)."""
        state = self.state
        if tm.at_zero(state, self.app.wall_clock()):
            self._op("advance")
        else:
            self._op("pause" if state.status == "running" else "start")

    @writes
    def action_adjust(self, seconds: int) -> None:
        """A minute more or less: the round length before it starts, else this round."""
        state = self.state
        if state.status in ("idle", "done"):
            minutes = state.minutes + (1 if seconds > 0 else -1)
            self.app.do(actions.set_step_timer, minutes=minutes)
            return
        left = self.query_one(RoundTimer).remaining()
        if seconds < 0 and left + seconds < 1:  # never ends the round: that is what n is for
            self.app.notify(t("rotation.minus_floor"), timeout=4)
            return
        self._op("adjust", seconds=float(seconds))

    @writes
    def action_next(self) -> None:
        self._op("next")

    @writes
    def action_rounds(self, delta: int) -> None:
        self.app.do(actions.set_step_timer,
                    rounds=max(1, self.state.rounds) + delta)

    @writes
    def action_auto(self) -> None:
        self.app.do(actions.set_step_timer,
                    auto_advance=not self.state.auto_advance)

    @writes
    def action_stop(self) -> None:
        """Stop: nothing counts or shows any more; a timer of another step makes room for
        this step's (its defaults)."""
        self._op("stop")
        if self.state.step != self.here():
            self.app.do(actions.set_step_timer, step=self.here())

    def action_close(self) -> None:
        self.dismiss(None)
