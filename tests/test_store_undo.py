"""Issue 17, item 8: undo keeps what changed, not copies of the file; a follower's check is a
``stat`` while nothing changed. (Times are measured in benchmarks/, never asserted here.)"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pytest

from hefboom_tui.model import actions
from hefboom_tui.model.errors import ActionError
from hefboom_tui.model.session import plain, table_view, to_tables
from hefboom_tui.store import catalog, loading
from hefboom_tui.store.session_store import SessionStore, load_session
from hefboom_tui.store.snapshot import encode, restore
from hefboom_tui.store.storage import AtomicJSONStorage

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from stress import stress_session  # noqa: E402

UNDO_MEMORY_LIMIT = 10 * 1024 * 1024


@pytest.fixture(scope="module")
def big_file(tmp_path_factory) -> bytes:
    folder = tmp_path_factory.mktemp("groot")
    path = folder / "groot.json"
    AtomicJSONStorage(path).write(to_tables(stress_session(initiatives=2000)))
    return path.read_bytes()


def held_by_history(store: SessionStore) -> int:
    """Bytes the undo and redo stacks hold beyond the saved state itself: every object they
    reach (snapshots, tuples, document texts) counted once, shared ones not again."""
    current = store._snapshot()
    seen = {id(current.meta), *map(id, current.tables),
            *(id(doc) for docs in current.tables for doc in docs)}
    total = 0
    for snap, _label in store._undo + store._redo:
        for obj in (snap, snap.meta, snap.tables, *snap.tables,
                    *(doc for docs in snap.tables for doc in docs)):
            if id(obj) not in seen:
                seen.add(id(obj))
                total += sys.getsizeof(obj)
    return total


def test_fifty_steps_at_2000_initiatives_stay_under_10_mb(folder: Path, big_file: bytes) -> None:
    path = folder / "groot.json"
    path.write_bytes(big_file)
    with SessionStore(path, backup_interval=1e9) as store:
        ids = [i.id for i in store.session.initiatives]
        for n in range(50):
            if n % 2:
                store.do(actions.edit_initiative, id=ids[n * 37], theme=f"thema {n}")
            else:
                store.do(actions.set_presented, id=ids[n * 37], presented=True)
        held = held_by_history(store)
        assert len(store._undo) == 50
        assert held <= UNDO_MEMORY_LIMIT, f"{held / 1e6:.1f} MB for 50 steps"
        assert held < len(big_file)  # full snapshots held 50 copies of the file
        for _ in range(25):
            store.undo()
        assert held_by_history(store) <= UNDO_MEMORY_LIMIT  # redo shares the same way
        assert load_session(path) == store.session
        for _ in range(25):
            store.undo()
    assert load_session(path) == load_session_from(big_file, folder)


def load_session_from(data: bytes, folder: Path):
    other = folder / "origineel.json"
    other.write_bytes(data)
    return load_session(other)


def test_snapshot_text_is_the_file_format() -> None:
    session = stress_session(initiatives=30)
    text = json.dumps(table_view(session), ensure_ascii=False, default=plain)
    snap = encode(session)
    assert snap.text() == text and len(snap) == len(text)


def test_consecutive_states_share_unchanged_documents() -> None:
    session = stress_session(initiatives=50)
    first = encode(session)
    actions.set_presented(session, id=session.initiatives[7].id, presented=True)
    second = encode(session, first)
    changed = [n for n, (a, b) in enumerate(zip(first.tables, second.tables, strict=True))
               if a is not b]
    assert len(changed) == 1  # only the initiatives table is new…
    new, old = second.tables[changed[0]], first.tables[changed[0]]
    assert [n for n, (a, b) in enumerate(zip(old, new, strict=True)) if a is not b] == [7]
    back = restore(session, second, first)  # …and going back decodes that one document
    assert back.initiatives[8] is session.initiatives[8]
    assert back.initiatives[7] is not session.initiatives[7]
    assert encode(back).text() == first.text()


def test_undo_redo_always_equal_the_file(folder: Path) -> None:
    """A seeded walk of actions, undos and redos: after every step the session in memory is
    exactly what a fresh load of the file gives."""
    from test_soak import random_action

    rng = random.Random(17)
    store = catalog.create(folder, "wandel")
    for step in range(400):
        roll = rng.random()
        if roll < 0.15:
            store.undo()
        elif roll < 0.25:
            store.redo()
        else:
            action, params = random_action(rng, store.session)
            try:
                store.do(action, **params)
            except ActionError:
                pass
        if step % 20 == 0 or roll < 0.25:
            assert load_session(store.path) == store.session, step
    store.close()


def test_a_follower_costs_a_stat_until_the_file_changes(store: SessionStore,
                                                         monkeypatch) -> None:
    follower = SessionStore(store.path, read_only=True)
    reads = []
    real = loading.read_text

    def counting(path: Path) -> str:
        reads.append(path)
        return real(path)

    import hefboom_tui.store.session_store as module

    monkeypatch.setattr(module, "read_text", counting)
    for _ in range(100):
        assert not follower.reload_if_changed()
    assert reads == []
    store.do(actions.add_initiative, name="Nieuw")
    assert follower.reload_if_changed() and len(reads) == 1
    assert follower.session.initiatives[-1].name == "Nieuw"
    for _ in range(10):
        assert not follower.reload_if_changed()
    assert len(reads) == 1


def test_the_writer_does_not_reload_its_own_saves(store: SessionStore) -> None:
    events = []
    store.subscribe(events.append)
    store.do(actions.add_initiative, name="Eigen")
    assert not store.reload_if_changed()
    assert [e.kind for e in events] == ["do"]


def test_a_failing_action_leaves_nothing_behind(store: SessionStore) -> None:
    store.do(actions.add_initiative, name="Blijft")
    before = store.path.read_bytes()

    def half_done(session, *, name: str) -> None:
        session.initiatives[0].name = name  # changed, and then…
        raise RuntimeError("a bug halfway")

    with pytest.raises(RuntimeError):
        store.do(half_done, name="Weg")
    assert store.session.initiatives[0].name == "Blijft"
    assert store.path.read_bytes() == before
    assert store.undo() == "add_initiative"
