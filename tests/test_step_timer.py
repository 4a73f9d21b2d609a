"""The step timer's rules (model tier): defaults per timed step, rounds per presenter, the
pre-alarm once, Space at 0:00 to the next round, one clock in the room at a time, and clock
actions that are saved but never undo steps."""

from __future__ import annotations

from pathlib import Path

import pytest
from model_helpers import apply

from hefboom_tui.model import actions
from hefboom_tui.model import step_timer as stt
from hefboom_tui.model import timer as tm
from hefboom_tui.model.errors import ActionError, ValidationError
from hefboom_tui.model.phase3 import StepTimer
from hefboom_tui.model.session import Session
from hefboom_tui.store import catalog
from hefboom_tui.store.catalog import new_session
from hefboom_tui.store.session_store import load_session
from hefboom_tui.tui.countdown import Countdown


def team(present: int = 6, absent: int = 2) -> Session:
    session = new_session("staptimer")
    for n in range(present + absent):
        pid = apply(session, "add_participant", {"name": f"Lid {n}"})
        if n >= present:
            apply(session, "set_present", {"id": pid, "present": False})
    return session


class FakeClocks:
    """A monotonic and a wall clock moved by hand (different origins, as in the app)."""

    def __init__(self) -> None:
        self.mono, self.wall = 10.0, 1_800_000_000.0

    def clock(self) -> float:
        return self.mono

    def wall_clock(self) -> float:
        return self.wall

    def advance(self, seconds: float) -> None:
        self.mono += seconds
        self.wall += seconds


@pytest.mark.parametrize(("step", "minutes", "rounds", "kind"), [
    ("1.2", 3, 6, "talk"),  # a round per presenter: the members present
    ("1.3", 20, 1, "work"),
    ("1.4", 15, 1, "work"),
    ("1.1", stt.FREE_MINUTES, 1, "free"),  # a step without a timer of its own: a free timer
    ("3.3", stt.FREE_MINUTES, 1, "free"),  # the rotation keeps its own round timer
])
def test_defaults_per_step(step: str, minutes: int, rounds: int, kind: str) -> None:
    session = team(present=6, absent=2)
    apply(session, "set_step_timer", {"step": step})
    timer = session.step_timer
    assert (timer.minutes, timer.rounds, stt.kind(step)) == (minutes, rounds, kind)
    assert timer.status == "idle" and timer.remaining == minutes * 60
    assert timer.step == (step if step in stt.STEP_DEFAULTS else "")


def test_a_new_session_has_an_idle_free_timer_that_does_not_move_on_by_itself() -> None:
    timer = Session(name="x").step_timer
    assert isinstance(timer, StepTimer) and timer.status == "idle" and timer.step == ""
    assert timer.auto_advance is False  # a talk ends, the next speaker starts on Space


def test_talk_rounds_per_presenter_then_done() -> None:
    session = team(present=3, absent=0)
    apply(session, "set_step_timer", {"step": "1.2"})
    now = 1000.0
    for presenter in range(3):
        assert session.step_timer.round == presenter
        assert apply(session, "step_timer", {"op": "start", "now": now}) == "running"
        now += 3 * 60
        # the app saw 0:00: without auto-advance the round stops there and waits
        assert apply(session, "step_timer", {"op": "expire", "now": now}) == "paused"
        assert tm.at_zero(session.step_timer, now)
        # Space at 0:00 goes on to the next presenter, running (or ends after the last)
        status = apply(session, "step_timer", {"op": "advance", "now": now})
        assert status == ("running" if presenter < 2 else "done")
        if status == "running":
            assert tm.remaining(session.step_timer, now) == 180
            apply(session, "step_timer", {"op": "pause", "now": now})
    assert session.step_timer.status == "done"
    # Space once more: a new series from the first presenter
    assert apply(session, "step_timer", {"op": "start", "now": now}) == "running"
    assert session.step_timer.round == 0


def test_auto_advance_runs_the_next_round_and_stop_clears_it() -> None:
    session = team()
    apply(session, "set_step_timer", {"step": "1.2", "auto_advance": True, "minutes": 2})
    apply(session, "step_timer", {"op": "start", "now": 0.0})
    assert apply(session, "step_timer", {"op": "expire", "now": 120.0}) == "running"
    assert session.step_timer.round == 1
    assert apply(session, "step_timer", {"op": "stop", "now": 130.0}) == "idle"
    assert session.step_timer.round == 0 and session.step_timer.remaining == 120
    assert not stt.active(session.step_timer)


def test_settings_are_checked_and_a_running_round_keeps_its_time() -> None:
    session = team(present=4, absent=0)
    apply(session, "set_step_timer", {"step": "1.2"})
    for bad in (0, 61, True, "5"):
        with pytest.raises(ValidationError):
            apply(session, "set_step_timer", {"minutes": bad})
    with pytest.raises(ValidationError):
        apply(session, "set_step_timer", {"rounds": 0})
    with pytest.raises(ValidationError):
        apply(session, "set_step_timer", {"step": "9.9"})
    apply(session, "step_timer", {"op": "start", "now": 0.0})
    apply(session, "step_timer", {"op": "next", "now": 10.0})  # running: the next one runs
    with pytest.raises(ValidationError):  # fewer rounds than the one that is on
        apply(session, "set_step_timer", {"rounds": 1})
    apply(session, "set_step_timer", {"minutes": 10})
    assert tm.remaining(session.step_timer, 10.0) == 180  # this round keeps its 3 minutes
    apply(session, "step_timer", {"op": "next", "now": 20.0})
    assert tm.remaining(session.step_timer, 20.0) == 600  # the next one has 10


def test_one_clock_in_the_room_at_a_time() -> None:
    session = team()
    iid = apply(session, "add_initiative", {"name": "Moestuin"})
    apply(session, "decide", {"id": iid, "decision": "engage", "argument": "Sterk"})
    apply(session, "make_rotation", {"seed": 1})
    apply(session, "timer", {"op": "start", "now": 0.0})
    with pytest.raises(ActionError) as refused:
        apply(session, "step_timer", {"op": "start", "now": 1.0})
    assert refused.value.key == "error.rotation_timer_running"
    assert session.step_timer.status == "idle"
    apply(session, "timer", {"op": "pause", "now": 2.0})
    apply(session, "step_timer", {"op": "start", "now": 3.0})
    with pytest.raises(ActionError) as refused:
        apply(session, "timer", {"op": "start", "now": 4.0})
    assert refused.value.key == "error.step_timer_running"
    assert session.timer.status == "paused"
    apply(session, "timer", {"op": "adjust", "now": 5.0, "seconds": 60.0})  # not a start


def test_countdown_pre_alarm_once_and_end_alarm_once() -> None:
    clocks = FakeClocks()
    state = StepTimer(minutes=3, remaining=180.0)
    tm.start(state, clocks.wall)
    countdown = Countdown(clocks)
    countdown.sync(state)
    heard = []
    for _ in range(200):  # a tick a second, past the end
        clocks.advance(1.0)
        heard.append(countdown.alarms())
    assert [n for n, (pre, _) in enumerate(heard) if pre] == [119]  # 60 s left, once
    assert [n for n, (_, end) in enumerate(heard) if end] == [179]  # 0:00, once
    assert countdown.time_up()


def test_pause_in_the_last_minute_does_not_ring_again_but_added_time_may() -> None:
    clocks = FakeClocks()
    state = StepTimer(minutes=2, remaining=120.0)
    tm.start(state, clocks.wall)
    countdown = Countdown(clocks)
    countdown.sync(state)
    clocks.advance(70)
    assert countdown.alarms() == (True, False)
    tm.pause(state, clocks.wall)  # the facilitator pauses and resumes: saved, synced again
    countdown.sync(state)
    tm.start(state, clocks.wall)
    countdown.sync(state)
    clocks.advance(1)
    assert countdown.alarms() == (False, False)
    tm.adjust(state, 120, clocks.wall)  # two more minutes: the last minute comes again
    countdown.sync(state)  # 169 s left
    clocks.advance(100)
    assert countdown.alarms() == (False, False)
    clocks.advance(10)
    assert countdown.alarms() == (True, False)


def test_clock_actions_are_saved_but_never_undo_steps(folder: Path) -> None:
    store = catalog.create(folder, "klok")
    store.do(actions.add_participant, name="Ann")
    store.do(actions.add_initiative, name="Moestuin")
    store.do(actions.set_step_timer, step="1.3")
    store.do(actions.step_timer, op="start", now=1000.0)
    assert load_session(store.path).step_timer.status == "running"  # a restart resumes it
    assert store.undo() == "add_initiative"  # not the timer
    assert not store.session.initiatives
    timer = store.session.step_timer
    assert timer.status == "running" and timer.step == "1.3" and timer.ends_at == 2200.0
    store.do(actions.step_timer, op="pause", now=1100.0)
    assert store.redo() == "add_initiative"
    assert store.session.initiatives and store.session.step_timer.status == "paused"
    assert load_session(store.path).step_timer.status == "paused"
    store.close()


def test_undo_keeps_the_rotation_clock_but_takes_back_its_settings(folder: Path) -> None:
    store = catalog.create(folder, "rotatie")
    for name in ("Ann", "Bo"):
        store.do(actions.add_participant, name=name)
    iid = store.do(actions.add_initiative, name="Moestuin")
    store.do(actions.decide, id=iid, decision="engage", argument="Sterk")
    store.do(actions.make_rotation, seed=3, minutes=7)
    store.do(actions.timer_settings, auto_advance=False)
    store.do(actions.timer, op="start", now=50.0)
    assert store.undo() == "timer_settings"
    assert store.session.timer.auto_advance is True  # the setting is history
    assert store.session.timer.status == "running"  # the clock is not
    assert store.session.timer.ends_at == 50.0 + 7 * 60
    store.close()
