"""Issue 17, item 5: backups you can trust.

Written atomically (a kill mid-backup leaves the previous good backups), validated before
they are counted, one per user intention, kept by a rule (the newest 50 plus one per hour
for a week), a deleted session restored by ``check --repair``, stale temporary files gone.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from hefboom_tui.cli import cli
from hefboom_tui.model import actions
from hefboom_tui.store import backups, catalog
from hefboom_tui.store.loading import good_backups, is_good
from hefboom_tui.store.session_store import SessionStore, load_session


def run(folder: Path, *args: str):
    return CliRunner().invoke(cli, ["--sessions-dir", str(folder), *args])


def names(path: Path) -> list[str]:
    return [p.name for p in backups.list_backups(path)]


def test_retention_rule() -> None:
    now = dt.datetime(2026, 11, 25, 12, 30)
    stamps = [now - dt.timedelta(minutes=10 * n) for n in range(10 * 24 * 6)]  # 10 days
    kept = backups.retained(stamps, now)
    newest = sorted(stamps, reverse=True)[:50]
    assert set(newest) <= kept
    week = [s for s in stamps if s >= now - dt.timedelta(days=7)]
    hours = {s.replace(minute=0, second=0, microsecond=0) for s in week}
    hourly = {max(s for s in week if s.replace(minute=0, second=0, microsecond=0) == h)
              for h in hours}
    assert kept == set(newest) | hourly
    assert len(kept) == len(set(newest) | hourly) <= 50 + 7 * 24 + 1
    assert all(s >= now - dt.timedelta(days=7) for s in kept)  # nothing older than a week


def test_retention_on_disk_with_an_injected_clock(folder: Path) -> None:
    from hefboom_tui.model.session import to_tables
    from hefboom_tui.store.storage import AtomicJSONStorage

    path = folder / "klok.json"  # no store: every backup here is taken by the test's clock
    AtomicJSONStorage(path).write(to_tables(catalog.new_session("klok")))
    start = dt.datetime(2026, 11, 1, 9, 0).timestamp()
    written = []
    for n in range(9 * 24 * 2):  # a backup every 30 minutes for nine days
        text = path.read_text(encoding="utf-8").replace('"step": "1.1"', f'"step": "{n}"')
        written.append(backups.write_backup(path, text, clock=start + n * 1800))
    now = dt.datetime.fromtimestamp(start + (9 * 24 * 2 - 1) * 1800)
    on_disk = {backups.stamp_of(p) for p in backups.list_backups(path)}
    expected = backups.retained([s for s in map(backups.stamp_of, written) if s], now)
    assert on_disk == expected
    # the newest 50 cover the last 25 hours; the week holds 169 hours (two of them partly)
    assert len(on_disk) == 50 + (7 * 24 + 1 - 25)


def test_an_identical_backup_is_not_written_twice(folder: Path) -> None:
    path = catalog.create(folder, "zelfde").path
    assert len(names(path)) == 1
    assert backups.take_backup(path) is None
    assert len(names(path)) == 1


def test_one_backup_per_cli_write(folder: Path) -> None:
    assert run(folder, "new", "Eén").exit_code == 0
    path = folder / "een.json"
    counts = [len(names(path))]
    for person in ("Ann", "Bram", "Cem"):
        assert run(folder, "participants", "add", "Eén", person).exit_code == 0
        counts.append(len(names(path)))
    for reading in (("export", "Eén"), ("check", "Eén"), ("list",), ("participants", "list",
                                                                        "Eén")):
        assert run(folder, *reading).exit_code == 0
    counts.append(len(names(path)))
    assert counts == [1, 2, 3, 4, 4]
    assert [len(load_session(b).participants) for b in backups.list_backups(path)] == [3, 2,
                                                                                        1, 0]


def test_the_tui_backs_up_once_a_minute_and_when_closing(folder: Path) -> None:
    store = catalog.create(folder, "scherm")
    ticks = iter(range(1000))
    store.clock = lambda: 1_800_000_000.0 + next(ticks)
    for n in range(20):
        store.do(actions.add_participant, name=f"P{n}")
    assert len(names(store.path)) == 1  # the one taken when it was opened
    store.close()
    assert len(names(store.path)) == 2
    assert len(load_session(backups.list_backups(store.path)[0]).participants) == 20


def test_a_damaged_backup_is_never_counted_nor_restored(folder: Path) -> None:
    store = catalog.create(folder, "telt")
    store.do(actions.add_participant, name="Ann")
    store.close()
    path = store.path
    good = backups.list_backups(path)
    junk = backups.backups_dir(path) / f"{path.stem}-29991231-235959-999999.json"
    junk.write_bytes(b"")  # what a crash of copy2 once left
    (backups.backups_dir(path) / f"{path.stem}-29991231-235959-999998.json").write_text(
        '{"meta": {"1": {"name": "hal', encoding="utf-8")
    assert good_backups(path) == good
    ok, message = catalog.check(path)
    assert ok and f"{len(good)} reservekopie" in message
    path.write_text("kapot", encoding="utf-8")
    ok, message = catalog.check(path, repair=True)
    assert ok and good[0].name in message
    assert [p.name for p in load_session(path).participants] == ["Ann"]


def test_check_repair_restores_a_deleted_session(folder: Path) -> None:
    assert run(folder, "new", "Weg").exit_code == 0
    assert run(folder, "participants", "add", "Weg", "Ann", "Bram").exit_code == 0
    (folder / "weg.json").unlink()
    plain = run(folder, "check", "Weg")
    assert plain.exit_code == 1 and "--repair" in plain.output and "2 reservekopieën" in plain.output
    assert not (folder / "weg.json").exists()
    repaired = run(folder, "check", "Weg", "--repair")
    assert repaired.exit_code == 0 and "teruggezet" in repaired.output, repaired.output
    assert [p.name for p in load_session(folder / "weg.json").participants] == ["Ann", "Bram"]
    again = run(folder, "check", "Weg", "--repair")  # nothing to do: it is fine now
    assert again.exit_code == 0 and "in orde" in again.output
    nothing = run(folder, "check", "Nooit", "--repair")
    assert nothing.exit_code == 1 and "hefboom list" in nothing.output


def test_stale_temporary_files_are_removed_at_start(folder: Path) -> None:
    store = catalog.create(folder, "tmp")
    store.close()
    old = time.time() - 2 * 24 * 3600
    leftovers = [folder / ".tmp.json.abc123.tmp", backups.backups_dir(store.path) / ".x.json.q.tmp"]
    fresh = folder / ".tmp.json.fresh1.tmp"
    for path in (*leftovers, fresh):
        path.write_bytes(b"{half")
    for path in leftovers:
        os.utime(path, (old, old))
    other = folder / "notes.tmp"  # not ours: never touched
    other.write_text("x", encoding="utf-8")
    os.utime(other, (old, old))
    SessionStore(store.path).close()
    assert not any(p.exists() for p in leftovers)
    assert fresh.exists() and other.exists()  # a write may be running; a user's file stays


def test_a_failed_backup_is_said_not_swallowed(folder: Path, monkeypatch) -> None:
    assert run(folder, "new", "Meld").exit_code == 0

    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(backups, "atomic_write_bytes", refuse)
    result = run(folder, "participants", "add", "Meld", "Ann")
    assert result.exit_code == 0  # the session itself was saved
    assert "Let op" in result.output and ".backups" in result.output
    assert "Ann" in (folder / "meld.json").read_text(encoding="utf-8")


BACKUP_WRITER = """
import sys
from pathlib import Path
from hefboom_tui.store import backups
path = Path(sys.argv[1])
text = path.read_text(encoding="utf-8")
print("ready", flush=True)
n = 0
while True:
    n += 1
    backups.write_backup(path, text.replace('"step": "1.1"', '"step": "%d"' % n))
"""


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_kill_during_a_backup_leaves_the_previous_good_backups(folder: Path) -> None:
    from hefboom_tui.model.session import to_tables
    from hefboom_tui.store.storage import AtomicJSONStorage

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from stress import stress_session

    path = folder / "groot.json"  # about 2 MB: a kill often lands inside a backup
    AtomicJSONStorage(path).write(to_tables(stress_session(initiatives=2000)))
    rng = random.Random(11)
    seen: set[str] = set()
    for _ in range(12):
        proc = subprocess.Popen([sys.executable, "-c", BACKUP_WRITER, str(path)],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.02, 0.25))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()
        now = set(names(path))
        survivors = seen & now
        assert survivors == seen or len(now) >= backups.KEEP, "earlier backups survive"
        for name in now - seen:  # every backup that exists is whole
            assert is_good(backups.backups_dir(path) / name, path), name
        seen = now
    assert len(seen) > 3
    strays = [p for p in backups.backups_dir(path).iterdir() if p.name.endswith(".tmp")]
    assert all(p.name.startswith(".groot-") for p in strays)  # only temporary files remain
    for stray in strays:
        os.utime(stray, (0, 0))
    backups.clean_temps(path)
    assert not [p for p in backups.backups_dir(path).iterdir() if p.name.endswith(".tmp")]
