"""The step timer for the whole app: it counts on every screen, not on one.

One :class:`Timers` per app follows the saved step timer (and the rotation's round timer)
with the same :class:`~hefboom_tui.tui.countdown.Countdown` as the round timer's digits. While
a timer runs it ticks five times a second and redraws only what changed: the compact
countdown in the session header (``⏱ 4:12 · 1.2 spreektijd 3/8``) and, when presenting or
on the beamer, big digits under the header. Nothing runs while no timer runs, so an idle
screen draws nothing. The step timer's alarms ring here, as the rotation screen rings the
round timer's: once at the last minute, once at zero (the editing window only; the beamer
only shows), and at zero the editing window saves what happens next.

The rotation's round timer keeps its own screen and alarms; on any other screen the header
shows its countdown while it runs, so the facilitator sees it from the tally too, and the
alarms ring and the round moves on from here.
"""

from __future__ import annotations

from typing import Any, cast

from hefboom_tui.i18n import t
from hefboom_tui.model import step_timer as stt
from hefboom_tui.model.phase3 import StepTimer
from hefboom_tui.tui.countdown import Countdown, clock_text

TICK_SECONDS = 0.2
FLASH_SECONDS = 1.5
DIGITS_ID = "step-digits"


def step_where(state: StepTimer) -> str:
    """What the step timer counts, short: ``1.2 spreektijd 3/8``, ``1.3 werktijd``."""
    kind = stt.kind(state.step)
    parts = [state.step] if state.step else []
    parts.append(t(f"steptimer.kind.{kind}"))
    rounds = max(1, state.rounds)
    if rounds > 1:
        parts.append(f"{min(state.round + 1, rounds)}/{rounds}")
    return " ".join(parts)


def step_status(state: StepTimer) -> str:
    """What the step timer counts, in words (the status line under its big digits)."""
    rounds = max(1, state.rounds)
    key = "steptimer.presenter_of" if stt.kind(state.step) == "talk" else "steptimer.round_of"
    what = t(f"steptimer.kind.{stt.kind(state.step)}")
    head = f"{state.step} {what}" if state.step else what
    if rounds == 1:
        return head
    return f"{head} · {t(key, round=min(state.round + 1, rounds), rounds=rounds)}"


class Timers:
    """The app's clocks: the step timer's countdown everywhere, its alarms, its digits."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.step = Countdown(app)
        self.rotation = Countdown(app)
        self.rotation_rounds = 0
        self.version = 0  # grows with every sync: the digits adopt a new state once
        self._interval: Any = None
        self._flash_until = float("-inf")

    @property
    def step_state(self) -> StepTimer:
        """The step timer as last saved (a copy)."""
        return cast(StepTimer, self.step.state)

    # -- following the saved state -----------------------------------------------------------
    def sync(self) -> None:
        """Adopt the saved timers (after every change, undo, redo and reload)."""
        store = self.app.store
        if store is None:
            return
        session = store.session
        self.step.sync(session.step_timer)
        self.rotation.sync(session.timer)
        self.rotation_rounds = len(session.rotation.rounds)
        self.version += 1
        if self.step.running or self.rotation.running:
            if self._interval is None:
                self._interval = self.app.set_interval(TICK_SECONDS, self.tick)
        else:
            self.stop()
        self.redraw()
        for screen in self.app.screen_stack:  # the timer panel, when it is open
            changed = getattr(screen, "step_timer_changed", None)
            if changed is not None:
                changed()

    @property
    def editor(self) -> bool:
        """This window saves (the beamer and a read-only window only show)."""
        store = self.app.store
        return store is not None and not store.read_only and not self.app.beamer

    def tick(self) -> None:
        """Ring what is due, and redraw what changed."""
        step = self.step
        left = step.remaining()
        pre_alarm, expired = step.alarms(left)
        if pre_alarm and self.editor:
            self.app.bell()
        if expired:
            self._flash_until = self.app.clock() + FLASH_SECONDS
            if self.editor:
                from hefboom_tui.model import actions  # (not loaded for the first frame)

                self.app.bell()
                self.app.do(actions.step_timer, op="expire", now=self.app.wall_clock())
        wait = step.wake_at_zero(left)
        if wait is not None:
            self.app.set_timer(wait, self.tick)
        self._ring_rotation()
        self.redraw()

    def _ring_rotation(self) -> None:
        """The rotation's alarms while its own screen is not open (the facilitator tallies
        while the team rotates): the same bells, and at zero the editing window saves what
        happens next (with auto-advance the next round runs), as the rotation screen does."""
        rotation = self.rotation
        if not rotation.running or any(getattr(screen, "SHOWS_ROUND_TIMER", False)
                                       for screen in self.app.screen_stack):
            return
        pre_alarm, expired = rotation.alarms()
        if pre_alarm and self.editor:
            self.app.bell()
        if expired and self.editor:
            from hefboom_tui.model import actions

            self.app.bell()
            self.app.do(actions.timer, op="expire", now=self.app.wall_clock())

    # -- what shows ----------------------------------------------------------------------------
    def header_part(self, screen: Any) -> tuple[str, str]:
        """The countdown for the header of ``screen`` and its state class (``-warning`` in
        the last minute, ``-done`` at zero), or ``("", "")`` when no timer is shown."""
        if stt.active(self.step.state):
            countdown, where = self.step, step_where(self.step_state)
        elif self.rotation.running and not getattr(screen, "SHOWS_ROUND_TIMER", False):
            rounds = max(1, self.rotation_rounds)
            countdown = self.rotation
            where = (f"3.3 {t('steptimer.kind.rotation')} "
                     f"{min(countdown.state.round + 1, rounds)}/{rounds}")
        else:
            return "", ""
        left = countdown.remaining()
        if countdown.time_up(left):
            return f"⏰ {clock_text(0)} {t('steptimer.time_up')} · {where}", "-done"
        if countdown is self.step and self.app.clock() < self._flash_until:
            return f"⏰ {clock_text(left)} · {where}", "-done"  # the next round has begun
        if countdown.warning(left):
            return f"⚠ {clock_text(left)} · {where}", "-warning"
        icon = "⏱" if countdown.running else "⏸"
        return f"{icon} {clock_text(left)} · {where}", ""

    def redraw(self) -> None:
        """Redraw the header (and the digits) of the session screen on top."""
        from textual.css.query import NoMatches

        from hefboom_tui.tui.result import SessionView

        for screen in reversed(self.app.screen_stack):
            if isinstance(screen, SessionView):
                refresh = getattr(screen, "refresh_header", None)
                if refresh is not None and getattr(screen, "_ready", False):
                    try:
                        refresh()
                    except NoMatches:  # the app is closing: its screens are taken apart
                        self.stop()
                break

    def stop(self) -> None:
        """Stop ticking (the app closes; the saved state is untouched)."""
        if self._interval is not None:
            self._interval.stop()
            self._interval = None

    def show_on(self, screen: Any) -> None:
        """Big digits under the header of ``screen`` while the step timer counts or holds a
        round, when the room sees this window (presenting, or the beamer)."""
        want = bool(self.app.presenting) and stt.active(self.step.state)
        shown = screen.query(f"#{DIGITS_ID}")
        if not want:
            if shown:
                shown.first().remove()
            return
        from hefboom_tui.tui.widgets.round_timer import RoundTimer  # (not for the first frame)

        digits: RoundTimer | None = shown.first(RoundTimer) if shown else None
        if digits is None:
            from hefboom_tui.tui.widgets.session_header import SessionHeader

            digits = RoundTimer(self.app, id=DIGITS_ID, quiet=True)
            digits._hefboom_version = -1  # type: ignore[attr-defined]
            screen.mount(digits, after=screen.query_one(SessionHeader))
        if getattr(digits, "_hefboom_version", None) != self.version:
            digits._hefboom_version = self.version  # type: ignore[attr-defined]
            state = self.step_state
            digits.sync(state, max(1, state.rounds), where=step_status(state),
                        time_up="steptimer.time_up")
