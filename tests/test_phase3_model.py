"""Phase 3 rules: rotation (property tests), timer (injected clock), decisions, tallies."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from model_helpers import apply

from hefboom_tui.model import timer as tm
from hefboom_tui.model.errors import ActionError, ValidationError
from hefboom_tui.model.phase3 import Timer
from hefboom_tui.model.rotation import missed, schedule, where
from hefboom_tui.store.catalog import new_session


@settings(max_examples=300)
@given(st.integers(1, 40), st.integers(1, 15), st.integers())
def test_rotation_rules(n_members: int, n_places: int, seed: int) -> None:
    members = [f"p{i}" for i in range(n_members)]
    places = [f"i{i}" for i in range(n_places)]
    rounds = schedule(members, places, seed)
    assert len(rounds) == n_places
    visits = Counter((m, i) for r in rounds for m, i in r)
    assert set(visits) == {(m, i) for m in members for i in places}  # everyone everywhere
    assert set(visits.values()) == {1}  # exactly once
    for r in rounds:
        assert sorted(m for m, _ in r) == sorted(members)  # everyone somewhere each round
        sizes = Counter(i for _, i in r)
        counts = [sizes.get(p, 0) for p in places]
        assert max(counts) - min(counts) <= 1
    assert schedule(members, places, seed) == rounds


def test_capped_rotation_reports_who_misses_what() -> None:
    members, places = ["a", "b", "c"], ["x", "y", "z", "w"]
    rounds = schedule(members, places, 3, cap=2)
    assert len(rounds) == 2
    gaps = missed(rounds, members, places)
    assert set(gaps) == set(members) and all(len(v) == 2 for v in gaps.values())
    assert sum(len(v) for v in where(rounds, 0).values()) == 3


def test_timer_start_pause_resume_adjust_skip() -> None:
    t = Timer(minutes=7, remaining=420)
    tm.start(t, now=1000)
    assert tm.remaining(t, 1000 + 60) == 360
    tm.pause(t, now=1060)
    assert t.status == "paused" and tm.remaining(t, 5000) == 360  # paused: time stands still
    tm.start(t, now=2000)
    assert tm.remaining(t, 2000) == 360
    tm.adjust(t, 60, now=2000)
    assert tm.remaining(t, 2000) == 420
    tm.adjust(t, -600, now=2000)
    assert tm.remaining(t, 2000) == 0 and tm.expired(t, 2000)
    assert tm.next_round(t, rounds=3, now=2000, run=True)
    assert t.round == 1 and tm.remaining(t, 2010) == 410
    tm.restart(t, now=3000)
    assert tm.remaining(t, 3000) == 420
    assert tm.next_round(t, 3, 3000) and not tm.next_round(t, 3, 3000)
    assert t.status == "done"


def test_timer_resumes_after_restart_from_wall_deadline() -> None:
    t = Timer(minutes=5, remaining=300)
    tm.start(t, now=100)
    # the app crashes; 40 s later it is opened again and reads the saved state
    assert tm.remaining(t, 140) == 260
    t.resume_paused = True
    tm.after_restart(t, now=140)
    assert t.status == "paused" and tm.remaining(t, 999) == 260


def _session():
    session = new_session("fase 3")
    for n in range(5):
        apply(session, "add_participant", {"name": f"P{n}"})
    ids = [apply(session, "add_initiative", {"name": f"I{n}"}) for n in range(3)]
    return session, ids


def test_decide_requires_argument_and_rotation_uses_engaged() -> None:
    session, ids = _session()
    with pytest.raises(ValidationError) as err:
        apply(session, "decide", {"id": ids[0], "decision": "engage"})
    assert err.value.field == "argument"
    with pytest.raises(ValidationError):
        apply(session, "decide", {"id": ids[1], "decision": "decline", "argument": "  "})
    apply(session, "decide", {"id": ids[0], "decision": "engage", "argument": "innovatief"})
    apply(session, "decide", {"id": ids[1], "decision": "engage", "argument": "past bij missie"})
    apply(session, "decide", {"id": ids[2], "decision": "decline", "argument": "te groot",
                              "feedback": "bedankt"})
    assert [i.id for i in session.engaged()] == ids[:2]
    assert apply(session, "make_rotation", {"seed": 1, "minutes": 7}) == 2
    assert {i for r in session.rotation.rounds for _, i in r} == set(ids[:2])
    with pytest.raises(ValidationError):
        apply(session, "make_rotation", {"seed": 1, "minutes": 31})


def test_tally_counts_never_negative_and_option_per_initiative() -> None:
    session, ids = _session()
    option = session.support_options[0].id
    assert apply(session, "sticker", {"initiative": ids[0], "option": option,
                                      "colour": "green"}) == 1
    assert apply(session, "sticker", {"initiative": ids[0], "option": option,
                                      "colour": "red", "delta": -1}) == 0
    apply(session, "set_stickers", {"initiative": ids[0], "option": option, "colour": "red",
                                    "count": 12})
    assert session.tally(ids[0], option).red == 12
    with pytest.raises(ValidationError):
        apply(session, "set_stickers", {"initiative": ids[0], "option": option,
                                        "colour": "red", "count": -3})
    own = apply(session, "add_option", {"initiative": ids[1], "text": "Een fietsenstalling",
                                        "added_by": "P1"})
    with pytest.raises(ActionError):
        apply(session, "sticker", {"initiative": ids[0], "option": own, "colour": "green"})
    apply(session, "sticker", {"initiative": ids[1], "option": own, "colour": "green"})


def test_engagements() -> None:
    session, ids = _session()
    with pytest.raises(ActionError):
        apply(session, "add_engagement", {"initiative": ids[0], "what": "x", "answer": "yes",
                                          "why": "y"})
    apply(session, "decide", {"id": ids[0], "decision": "engage", "argument": "ja"})
    eid = apply(session, "add_engagement", {"initiative": ids[0], "what": "Subsidie helpen",
                                            "answer": "yes", "why": "Ze vragen het",
                                            "who": "P1, P2", "by_when": "15/1/2027"})
    found = session.engagements[0]
    assert found.id == eid and found.by_when == "2027-01-15" and len(found.who) == 2
