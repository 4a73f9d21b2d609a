"""The integrity check every load makes (``store.integrity``) refuses damage, never a
session the app itself made: the demo, a big session, the worst case, a schema 1 file, and
every state of a long seeded walk of random actions pass it."""

from __future__ import annotations

import random
import shutil
import sys
from pathlib import Path

import pytest
from test_soak import random_action
from worst_case import worst_case_session

from hefboom_tui.demo import build_demo
from hefboom_tui.model.errors import ActionError
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
