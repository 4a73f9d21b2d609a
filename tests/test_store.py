"""The session store: atomic saves, rollback, undo/redo, backups, schema, corrupt files, names."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from tinydb import Query, TinyDB
from tinydb.storages import MemoryStorage

from hefboom_tui.model import actions
from hefboom_tui.model.errors import ValidationError
from hefboom_tui.model.session import SCHEMA_VERSION
from hefboom_tui.store import backups, catalog
from hefboom_tui.store.errors import (
    CorruptSessionError,
    SaveError,
    SchemaTooNewError,
    SessionExistsError,
    StoreError,
)
from hefboom_tui.store.paths import safe_stem, session_path
from hefboom_tui.store.session_store import SessionStore, load_session
from hefboom_tui.store.storage import AtomicJSONStorage


@pytest.fixture(params=["memory", "atomic-json"])
def tinydb(request, tmp_path: Path):
    """TinyDB over the stock MemoryStorage and over our atomic storage: same behaviour."""
    if request.param == "memory":
        db = TinyDB(storage=MemoryStorage)
    else:
        db = TinyDB(tmp_path / "db.json", storage=AtomicJSONStorage)
    yield db
    db.close()


def test_tinydb_api_works_on_both_storages(tinydb) -> None:
    table = tinydb.table("initiatives")
    table.insert({"name": "Repair Café", "round": 1})
    table.insert_multiple([{"name": f"I{n}", "round": 2} for n in range(5)])
    table.update({"round": 3}, Query().name == "Repair Café")
    assert table.get(Query().name == "Repair Café")["round"] == 3
    assert len(table.search(Query().round == 2)) == 5
    table.remove(Query().round == 2)
    assert len(table) == 1


def test_every_action_is_on_disk_before_do_returns(store: SessionStore) -> None:
    iid = store.do(actions.add_initiative, name="Buurtmoestuin", description="groenten")
    on_disk = load_session(store.path)
    assert on_disk.initiative(iid).description == "groenten"
    meta = json.loads(store.path.read_text(encoding="utf-8"))["meta"]["1"]
    assert meta["schema_version"] == SCHEMA_VERSION


def test_refused_action_changes_nothing(store: SessionStore) -> None:
    store.do(actions.add_initiative, name="A")
    before = store.path.read_bytes()
    with pytest.raises(ValidationError):
        store.do(actions.add_initiative, name="")
    assert store.path.read_bytes() == before
    assert len(store.session.initiatives) == 1


def test_disk_full_rolls_back_and_keeps_old_file(store: SessionStore, monkeypatch) -> None:
    store.do(actions.add_initiative, name="A")
    before = store.path.read_bytes()

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(SaveError) as err:
        store.do(actions.add_initiative, name="B")
    assert "de schijf is vol" in str(err.value)
    monkeypatch.undo()
    assert store.path.read_bytes() == before
    assert [i.name for i in store.session.initiatives] == ["A"]
    assert not [p for p in store.path.parent.iterdir() if p.name.endswith(".tmp")]


def test_undo_redo_fifty_actions(store: SessionStore) -> None:
    for n in range(60):
        store.do(actions.add_initiative, name=f"I{n}")
    for _ in range(50):
        assert store.undo() == "add_initiative"
    assert len(store.session.initiatives) == 10
    assert len(load_session(store.path).initiatives) == 10
    for _ in range(50):
        store.redo()
    assert len(load_session(store.path).initiatives) == 60
    store.undo()
    store.do(actions.add_participant, name="Bram")
    assert store.redo() is None


def test_delete_with_undo(store: SessionStore) -> None:
    iid = store.do(actions.add_initiative, name="Weg ermee")
    store.do(actions.delete_initiative, id=iid)
    assert store.session.initiative(iid) is None
    store.undo()
    assert store.session.initiative(iid).name == "Weg ermee"


def test_backups_rolling(folder: Path) -> None:
    s = catalog.create(folder, "bk")
    s.backup_interval = 0
    for n in range(backups.KEEP + 10):
        s.do(actions.add_participant, name=f"P{n}")
    s.close()
    found = backups.list_backups(s.path)
    assert len(found) == backups.KEEP  # all within the hour: the newest KEEP stay
    assert len(load_session(found[0]).participants) == backups.KEEP + 10


def test_corrupt_file_clear_error_never_overwritten_and_repair(folder: Path) -> None:
    s = catalog.create(folder, "kapot")
    s.do(actions.add_initiative, name="Bewaard")
    s.close()
    s.path.write_text('{"meta": {"1": {"name": "ka', encoding="utf-8")
    broken = s.path.read_bytes()
    with pytest.raises(CorruptSessionError) as err:
        SessionStore(s.path)
    message = str(err.value)
    assert str(s.path) in message and "--repair" in message and ".backups" in message
    assert s.path.read_bytes() == broken
    ok, _ = catalog.check(s.path)
    assert not ok and s.path.read_bytes() == broken
    ok, message = catalog.check(s.path, repair=True)
    assert ok, message
    assert [i.name for i in load_session(s.path).initiatives] == ["Bewaard"]
    assert any(p.name.startswith("broken-") for p in (folder / ".backups" / "kapot").iterdir())


@pytest.mark.parametrize("content", ["", "[]", "null", "{}", '{"meta": 3}', "\x00\x01garbage"])
def test_other_broken_shapes(folder: Path, content: str) -> None:
    path = folder / "vreemd.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CorruptSessionError):
        SessionStore(path)
    assert path.read_text(encoding="utf-8") == content


def test_newer_schema_refused_untouched(folder: Path) -> None:
    s = catalog.create(folder, "nieuw")
    s.close()
    data = json.loads(s.path.read_text(encoding="utf-8"))
    data["meta"]["1"]["schema_version"] = SCHEMA_VERSION + 1
    s.path.write_text(json.dumps(data), encoding="utf-8")
    before = s.path.read_bytes()
    with pytest.raises(SchemaTooNewError):
        SessionStore(s.path)
    assert s.path.read_bytes() == before


def test_old_schema_is_migrated(folder: Path) -> None:
    path = folder / "oud.json"
    path.write_text(json.dumps({"meta": {"1": {"title": "Oude sessie"}},
                                "initiatives": {"1": {"id": "i1", "code": "AB2", "name": "X"}}}),
                    encoding="utf-8")
    with SessionStore(path) as s:
        assert s.session.name == "Oude sessie"
        s.do(actions.add_participant, name="Bram")
    meta = json.loads(path.read_text(encoding="utf-8"))["meta"]["1"]
    assert meta["schema_version"] == SCHEMA_VERSION and meta["name"] == "Oude sessie"


def test_create_refuses_existing(folder: Path) -> None:
    catalog.create(folder, "dubbel").close()
    with pytest.raises(SessionExistsError):
        catalog.create(folder, "Dubbel")


@pytest.mark.parametrize("name", [
    "../../x", "..", "CON", "con.txt", "a/b\\c", "nul\x00byte", "x" * 300, "🌱🌍", "Café Élan",
    "  ", "LPT1", "/etc/passwd", "C:\\Windows\\system32",
])
def test_unsafe_names_stay_inside(folder: Path, name: str) -> None:
    path = session_path(folder, name)
    assert path.parent == folder.resolve()
    assert len(path.name) < 100
    stem = path.stem
    assert stem.split(".")[0].lower() not in {"con", "nul", "lpt1", "prn", "aux"}
    if len(name) > 80:  # names have a limit: a clear refusal, and no file
        with pytest.raises(StoreError, match="80"):
            catalog.create(folder, name)
        assert list(folder.iterdir()) == []
    elif name.strip():
        s = catalog.create(folder, name)
        assert s.path.exists() and s.path.parent == folder.resolve()
        s.close()


def test_distinct_long_names_get_distinct_files() -> None:
    assert safe_stem("a" * 200 + "1") != safe_stem("a" * 200 + "2")
    assert safe_stem("Café") == "cafe"


def test_lock_makes_second_store_read_only(store: SessionStore) -> None:
    second = SessionStore(store.path)
    try:
        assert second.read_only and "ander hefboom-venster" in second.read_only_reason
        from hefboom_tui.store.errors import ReadOnlyError

        with pytest.raises(ReadOnlyError):
            second.do(actions.add_participant, name="Bram")
    finally:
        second.close()


def test_reload_if_changed_follows_writer(store: SessionStore) -> None:
    follower = SessionStore(store.path, read_only=True)
    assert not follower.reload_if_changed()
    store.do(actions.add_initiative, name="Nieuw")
    assert follower.reload_if_changed()
    assert follower.session.initiatives[0].name == "Nieuw"
