"""The integrity check every load makes (``store.integrity``) refuses damage, never a
session the app itself made: the demo, a big session, the worst case, a schema 1 file, and
every state of a long seeded walk of random actions pass it."""

from __future__ import annotations

import json
import random
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
from model_helpers import apply
from test_soak import random_action
from worst_case import worst_case_session

from hefboom_tui.demo import build_demo
from hefboom_tui.model.errors import ActionError
from hefboom_tui.model.session import Session
from hefboom_tui.store.integrity import problems
from hefboom_tui.store.session_store import load_session

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from stress import stress_session  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"


def test_sessions_the_app_makes_pass() -> None:
    assert problems(build_demo()) == []
    assert problems(stress_session(initiatives=300)) == []
    assert problems(worst_case_session()[0]) == []


def test_a_schema_1_file_passes_after_migration(tmp_path: Path) -> None:
    path = tmp_path / "oud.json"
    shutil.copy(DATA / "session_v1_demo.json", path)
    assert problems(load_session(path)) == []


@pytest.mark.parametrize("seed", [1, 2])
def test_every_state_of_a_random_walk_passes(seed: int) -> None:
    rng = random.Random(seed)
    session = build_demo()
    for step in range(1500):
        action, params = random_action(rng, session)
        try:
            action(session, **params)
        except ActionError:
            continue
        found = problems(session)
        assert found == [], (step, action.__name__, params, found)


# -- the references of phases 3 to 5 and of the cycles ----------------------------------------

def _two_cycles() -> Session:
    from test_print_report_cycles import two_cycles

    session = two_cycles()
    session.initiatives[0].choice.principles = [session.cards[0].id]  # as a pick from the list
    apply(session, "set_appointment", {"id": session.initiatives[0].id,
                                       "who": [session.participants[0].id], "whom": "Els"})
    return session


def test_a_two_cycle_session_passes_and_its_actions_keep_it_whole() -> None:
    session = _two_cycles()
    assert session.cycles[0].carried_actions and session.cycles[0].carried_proposals
    assert problems(session) == []
    old = next(e for e in session.engagements if e.cycle == 1)
    with pytest.raises(ActionError):  # history: a later cycle continues it
        apply(session, "delete_engagement", {"id": old.id})
    apply(session, "remove_participant", {"id": session.participants[0].id})
    assert problems(session) == []
    apply(session, "delete_initiative", {"id": session.initiatives[0].id})
    assert problems(session) == [] and session.cycles[0].carried_actions == []


def test_a_new_deal_drops_a_choice_of_a_duo_card_that_went_with_the_old_deal() -> None:
    session = build_demo()
    duo = session.duos[0]
    own = str(apply(session, "new_card", {"duo": duo.id, "principle": session.principles[0].id,
                                          "text": "Samen beslissen", "argument": "Zo is het"}))
    apply(session, "plenum", {"card": own, "status": "accepted"})
    item = session.initiatives[0]
    apply(session, "choose", {"id": item.id, "chosen": True, "principles": [own]})
    apply(session, "deal", {"seed": 3})
    assert own not in item.choice.principles and problems(session) == []


def _damage(session: Session, kind: str) -> str:
    """Break one reference in ``session``; return what the message must name."""
    item = session.initiatives[0]
    action = next(a for a in session.plan if a.cycle == session.cycle)
    record = session.cycles[0]
    carried = next(p for c in session.organisation for p in c.proposals if p.carried_from)
    if kind == "appointment":
        item.appointment.who = ["p999"]
        return f"initiative {item.id} appointment: unknown participant 'p999'"
    if kind == "plan_who":
        action.who = ["p999"]
        return f"plan action {action.id}: unknown participant 'p999'"
    if kind == "plan_owner":
        action.owner = "baas"
        return "'baas' is not one of"
    if kind == "partner_nameless":
        action.owner, action.partner = "partner", ""
        return f"plan action {action.id}: carried by a partner, but the partner has no name"
    if kind == "principles":
        item.choice.principles = ["k999"]
        return f"initiative {item.id} choice: unknown principle card 'k999'"
    if kind == "option":
        session.engagements[0].option = "o999"
        return f"engagement {session.engagements[0].id}: unknown support option 'o999'"
    if kind == "carried_from":
        action.carried_from = "a999"
        return f"plan action {action.id}: unknown carried-over action or engagement 'a999'"
    if kind == "carried_actions":
        record.carried_actions = ["e999"]
        return "cycle 1: unknown carried-over action or engagement 'e999'"
    if kind == "carried_proposals":
        record.carried_proposals = ["pr999"]
        return "cycle 1: unknown carried-over proposal 'pr999'"
    carried.carried_from = "pr999"
    return f"organisation proposal {carried.id}: unknown carried-over proposal 'pr999'"


DAMAGES = ["appointment", "plan_who", "plan_owner", "partner_nameless", "principles", "option",
           "carried_from", "carried_actions", "carried_proposals", "proposal_carried_from"]


@pytest.mark.parametrize("kind", DAMAGES)
def test_a_dangling_reference_is_named(kind: str) -> None:
    session = _two_cycles()
    session.engagements[0].option = session.support_options[0].id  # a valid one first
    assert problems(session) == []
    expected = _damage(session, kind)
    found = problems(session)
    assert len(found) == 1 and expected in found[0], found


@pytest.mark.parametrize("kind", ["appointment", "carried_proposals"])
def test_check_names_it_and_repair_restores_the_last_good_backup(kind: str,
                                                                 folder: Path) -> None:
    from click.testing import CliRunner

    from hefboom_tui.cli import cli
    from hefboom_tui.model.session import to_tables
    from hefboom_tui.store.session_store import SessionStore

    session = _two_cycles()
    path = folder / "cycli.json"
    SessionStore.create(path, session).close()
    expected = _damage(session, kind)
    path.write_text(json.dumps(to_tables(session), ensure_ascii=False), encoding="utf-8")

    def check(*extra: str) -> Any:
        return CliRunner().invoke(cli, ["--sessions-dir", str(folder), "check", "cycli", *extra])

    broken = check()
    assert broken.exit_code == 1 and expected in broken.output and "--repair" in broken.output
    repaired = check("--repair")
    assert repaired.exit_code == 0, repaired.output
    assert check().exit_code == 0 and problems(load_session(path)) == []
