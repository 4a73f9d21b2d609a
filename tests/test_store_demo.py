"""Issue 17, item 9: ``hefboom demo`` writes the demo only when it is missing or was written
by another version of the demo; the facilitator's own changes to it stay."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from hefboom_tui.cli import cli
from hefboom_tui.demo import STAMP, demo_is_current, demo_version, ensure_demo
from hefboom_tui.store import backups
from hefboom_tui.store.session_store import load_session


def run(folder: Path, *args: str):
    return CliRunner().invoke(cli, ["--sessions-dir", str(folder), *args])


def test_written_when_missing_then_left_alone(folder: Path) -> None:
    path = ensure_demo(folder)
    assert demo_is_current(folder)
    assert (folder / STAMP).read_text(encoding="utf-8").strip() == demo_version()
    first = path.stat()
    assert run(folder, "demo", "--no-open").exit_code == 0
    again = path.stat()
    assert (again.st_ino, again.st_mtime_ns) == (first.st_ino, first.st_mtime_ns)


def test_the_facilitators_changes_stay(folder: Path) -> None:
    ensure_demo(folder)
    assert run(folder, "participants", "add", "demo", "Zoë").exit_code == 0
    assert run(folder, "demo", "--no-open").exit_code == 0
    assert "Zoë" in [p.name for p in load_session(folder / "demo.json").participants]
    assert run(folder, "demo", "--reset", "--no-open").exit_code == 0  # afresh on request
    assert "Zoë" not in [p.name for p in load_session(folder / "demo.json").participants]
    kept = [load_session(b) for b in backups.list_backups(folder / "demo.json")]
    assert any("Zoë" in [p.name for p in s.participants] for s in kept)


def test_an_older_demo_is_replaced(folder: Path) -> None:
    path = ensure_demo(folder)
    (folder / STAMP).write_text("an-older-version\n", encoding="utf-8")
    before = path.stat().st_ino
    assert not demo_is_current(folder)
    ensure_demo(folder)
    assert path.stat().st_ino != before and demo_is_current(folder)
    path.unlink()  # a deleted demo comes back
    assert not demo_is_current(folder)
    assert ensure_demo(folder).is_file()


def test_every_visited_demo_initiative_has_its_agreement() -> None:
    """A new-user trial found PG9 visited in step 2 with no visitors or date in step 1.6: in
    the demo every visited initiative was chosen and planned, by the same people, that day."""
    from hefboom_tui.demo import build_demo

    session = build_demo()
    visited = [item for item in session.initiatives if item.visit.done]
    assert len(visited) == 3
    for item in visited:
        assert item.choice.chosen, item.name
        assert item.agreement.visitors and item.agreement.date, item.name
        assert (item.agreement.visitors, item.agreement.date) \
            == (item.visit.visitors, item.visit.date), item.name
    planned = [item for item in session.initiatives if item.choice.chosen]
    assert all(item.agreement.visitors and item.agreement.date for item in planned)
