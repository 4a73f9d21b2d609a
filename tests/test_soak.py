"""Soak: 10,000 random actions through the action path, undo/redo interleaved, a few
simulated crashes (the store dropped without closing, then reopened from disk). The session's
invariants hold after every step, the file stays loadable, and what is kept does not grow
with the number of actions taken: bytes per record on disk and the undo history stay flat.
(Save *time* is measured by ``benchmarks/run.py``, never asserted here: shared machines.)"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

import pytest

from hefboom_tui.model.actions import ACTIONS
from hefboom_tui.model.errors import ActionError
from hefboom_tui.model.session import Session
from hefboom_tui.store import catalog
from hefboom_tui.store.session_store import UNDO_DEPTH, SessionStore, load_session

STEPS = 10_000


def check_invariants(s: Session) -> None:
    ids = [x.id for x in (*s.participants, *s.initiatives, *s.cards, *s.support_options,
                          *s.duos, *s.engagements)]
    assert len(ids) == len(set(ids)), "ids are unique"
    codes = [i.code for i in s.initiatives]
    assert len(codes) == len(set(codes)), "codes are unique"
    cards = {c.id for c in s.cards}
    duos = {d.id for d in s.duos}
    initiatives = {i.id for i in s.initiatives}
    people = {p.id for p in s.participants}
    for d in s.duos:
        assert set(d.cards) <= cards
        assert set(d.members) <= people, "removed people leave their duo"
    dealt = {(d.id, c) for d in s.duos for c in d.cards}
    assert all((j.duo, j.card) in dealt for j in s.judgements)
    assert all(m.duo in duos and m.initiative in initiatives for m in s.strong_marks)
    assert all(t.initiative in initiatives and 0 <= t.green and 0 <= t.red for t in s.tallies)
    assert all(e.initiative in initiatives and set(e.who) <= people for e in s.engagements)
    options = {o.id for o in s.support_options}
    assert all(t.option in options for t in s.tallies)
    visited = {i for visits in s.rotation.rounds for _, i in visits}
    assert visited <= initiatives and {p for v in s.rotation.rounds for p, _ in v} <= people
    assert 1 <= s.timer.minutes <= 30 and s.timer.remaining >= 0
    st = s.step_timer
    assert 1 <= st.minutes <= 60 and st.remaining >= 0 and 0 <= st.round < st.rounds
    assert not (st.status == "running" and s.timer.status == "running"), "one clock at a time"
    for item in s.initiatives:
        assert item.name.strip() and len(item.name) <= 80
        if item.decision.decision:
            assert item.decision.argument.strip(), "every decision has an argument"
        assert set(item.agreement.visitors) <= people


def random_action(rng: random.Random, s: Session) -> tuple[Callable[..., object], dict]:
    pick = rng.choice
    ini = pick(s.initiatives).id if s.initiatives else "i0"
    person = pick(s.participants).id if s.participants else "p0"
    duo = pick(s.duos) if s.duos else None
    options = [
        ("add_initiative", {"name": pick(["", " ", "Moestuin", "Café", "x" * 90]) + str(rng.randrange(400)),
                            "description": "d" * rng.randrange(0, 50)}),
        ("edit_initiative", {"id": ini, "theme": pick(["natuur", "", "sport"])}),
        ("delete_initiative", {"id": ini}),
        ("set_presented", {"id": ini, "presented": rng.random() < 0.5}),
        ("choose", {"id": ini, "chosen": rng.random() < 0.7, "why": "w"}),
        ("set_agreement", {"id": ini, "visitors": [person], "date": pick(["1/2/2027", "31/2/2027", ""])}),
        ("add_participant", {"name": f"P{rng.randrange(60)}"}),
        ("set_present", {"id": person, "present": rng.random() < 0.8}),
        ("remove_participant", {"id": person}),
        ("make_duos", {"seed": rng.randrange(99), "avoid_past": rng.random() < 0.5}),
        ("deal", {"seed": rng.randrange(99)}),
        ("judge", {"duo": duo.id if duo else "d0", "card": pick(duo.cards) if duo and duo.cards else "k1",
                   "verdict": pick(["relevant", "not_relevant", "undecided", "bogus"])}),
        ("toggle_strong", {"duo": duo.id if duo else "d0", "initiative": ini}),
        ("decide", {"id": ini, "decision": pick(["engage", "decline", ""]), "argument": pick(["", "omdat"])}),
        ("sticker", {"initiative": ini, "option": pick(s.support_options).id, "colour": pick(["green", "red"]),
                     "delta": pick([1, -1, 3])}),
        ("make_rotation", {"seed": rng.randrange(99), "minutes": pick([5, 7, 0, 31])}),
        ("timer", {"op": pick(["start", "pause", "next", "adjust", "restart", "expire"]),
                   "now": 1e9 + rng.random() * 1000, "seconds": 60.0}),
        ("add_engagement", {"initiative": ini, "what": "iets", "who": [person],
                            "answer": "yes", "why": "daarom"}),
        ("complete_round", {}),
    ]
    name, params = pick(options)
    return ACTIONS[name], params


def random_clock_action(rng: random.Random) -> tuple[Callable[..., object], dict]:
    """A step timer action (from its own random stream: the walk above stays as it was)."""
    pick = rng.choice
    if rng.random() < 0.7:
        return ACTIONS["step_timer"], {
            "op": pick(["start", "pause", "next", "advance", "adjust", "expire", "stop"]),
            "now": 1e9 + rng.random() * 1000, "seconds": pick([60.0, -60.0])}
    return ACTIONS["set_step_timer"], {"step": pick([None, "", "1.2", "1.3", "4"]),
                                       "minutes": pick([None, 3, 0, 61]),
                                       "rounds": pick([None, 1, 4, 0])}


@pytest.mark.slow
def test_soak(folder: Path) -> None:
    rng = random.Random(2026)
    clock_rng = random.Random(7)
    store = catalog.create(folder, "soak")
    path = store.path
    store.backup_interval = 1e9
    sizes = []
    for step in range(STEPS):
        roll = rng.random()
        if roll < 0.08:
            store.undo()
        elif roll < 0.12:
            store.redo()
        elif roll < 0.1205 or step == STEPS - 1:
            # a crash: the process dies without closing; a new one opens the file
            store._lock.release()  # the OS drops the lock of a dead process
            store = SessionStore(path, backup_interval=1e9)
        else:
            action, params = random_action(rng, store.session)
            try:
                store.do(action, **params)
            except ActionError:
                pass
        if step % 10 == 5:  # the clocks move now and then, between the facilitator's actions
            action, params = random_clock_action(clock_rng)
            try:
                store.do(action, **params)
            except ActionError:
                pass
        check_invariants(store.session)
        assert len(store._undo) <= UNDO_DEPTH and len(store._redo) <= UNDO_DEPTH
        if step % 500 == 0 or step == STEPS - 1:
            assert load_session(path) == store.session, "the file holds exactly what is shown"
            # the session's own settings (everything but its lists of records) must not grow
            # with the number of actions: it once kept every pair of people ever formed
            sizes.append(len(json.dumps(json.loads(path.read_text("utf-8"))["meta"])))
            history = sum(len(text) for text, _ in store._undo + store._redo)
            assert history <= 2 * UNDO_DEPTH * max(path.stat().st_size, 10_000)
    store.close()
    # what a save writes is the session itself, nothing that accumulates with actions taken
    final = load_session(path)
    check_invariants(final)
    tenth = max(1, len(sizes) // 10)
    first, last = sum(sizes[:tenth]) / tenth, sum(sizes[-tenth:]) / tenth
    assert last <= 1.3 * first, f"the settings grew from {first:.0f} to {last:.0f} bytes"
