"""A session file written by the version before issue 14 (schema 1) opens, migrates and exports
without losing anything: ``tests/data/session_v1_demo.json`` is the demo as that version wrote
it (with free-text principles, the visitor's needs under ``needs``, a follow-up per initiative
and one proposals text per challenge)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from icalendar import Calendar

from hefboom_tui.cli import cli
from hefboom_tui.exchange.export import export_csv, export_json, export_markdown
from hefboom_tui.exchange.ics import export_ics
from hefboom_tui.model.session import SCHEMA_VERSION
from hefboom_tui.store import catalog
from hefboom_tui.store.migrations import file_version

V1_FILE = Path(__file__).parent / "data" / "session_v1_demo.json"


def leaves(value: Any) -> Iterator[Any]:
    """Every scalar inside ``value``."""
    if isinstance(value, dict):
        for item in value.values():
            yield from leaves(item)
    elif isinstance(value, list):
        for item in value:
            yield from leaves(item)
    else:
        yield value


@pytest.fixture
def v1_folder(folder: Path) -> Path:
    shutil.copy(V1_FILE, folder / "oud.json")
    return folder


def test_the_kept_file_is_schema_1() -> None:
    data = json.loads(V1_FILE.read_text(encoding="utf-8"))
    assert file_version(data) == 1 < SCHEMA_VERSION
    first = next(iter(data["initiatives"].values()))
    assert "follow_up" in first and isinstance(first["choice"]["principles"], str)


def test_it_opens_migrates_and_keeps_every_text(v1_folder: Path) -> None:
    original = json.loads(V1_FILE.read_text(encoding="utf-8"))
    store = catalog.open_store(v1_folder, "oud")
    try:
        session = store.session
        exported = export_json(session)
    finally:
        store.close()
    texts = {v for v in leaves(exported) if isinstance(v, str)}
    lost = {v for v in leaves(original) if isinstance(v, str) and v and v not in texts}
    assert not lost, f"texts of the old file missing from the export: {sorted(lost)[:5]}"
    counted = sum(t["green"] + t["red"] for t in original["tallies"].values())
    assert counted == sum(t["green"] + t["red"] for t in exported["tallies"]) > 0
    # the old fields landed where schema 2 keeps them
    food = next(i for i in session.initiatives if i.name == "Voedselteam Hoogstraat")
    assert food.choice.principles == [] and food.choice.principles_note.startswith("Eigenaar")
    assert food.agreement.visitor_needs == "Poster en stiften"
    assert food.appointment.report_back.startswith("Elke maand")
    garden = next(i for i in session.initiatives if i.name == "Buurtmoestuin De Kiem")
    assert garden.appointment.done and garden.appointment.date == "2026-12-20"
    planning = next(c for c in session.organisation if c.group == "planning")
    assert [(p.text, p.review_date) for p in planning.proposals] == [
        ("Een vrije buffer van tien procent in elke planning", "2027-06-01")]
    assert all(e.answer == "yes" and e.cycle == 1 for e in session.engagements)
    assert session.cycles == [] and session.cycle == 1


def test_the_old_file_is_backed_up_and_saved_as_schema_2(v1_folder: Path) -> None:
    from hefboom_tui.model import actions
    from hefboom_tui.store.paths import backups_dir

    store = catalog.open_store(v1_folder, "oud")
    try:
        kept = [json.loads(p.read_text(encoding="utf-8"))
                for p in backups_dir(store.path).glob("*.json")]
        assert any(file_version(k) == 1 for k in kept), "the old file is kept as a backup"
        store.do(actions.set_step, step="1.2")  # the first save writes schema 2
    finally:
        store.close()
    saved = json.loads((v1_folder / "oud.json").read_text(encoding="utf-8"))
    assert file_version(saved) == SCHEMA_VERSION
    again = catalog.open_store(v1_folder, "oud", read_only=True)
    try:
        assert len(again.session.initiatives) == 12 and again.session.step == "1.2"
    finally:
        again.close()


def test_every_export_of_the_old_file_works(v1_folder: Path) -> None:
    store = catalog.open_store(v1_folder, "oud", read_only=True)
    try:
        session = store.session
        assert "Poster en stiften" in export_csv(session)
        assert "Een klein budget dat teams zelf mogen besteden" in export_markdown(session)
        calendar = Calendar.from_ical(export_ics(session))
        assert len(calendar.walk("VEVENT")) >= 4
    finally:
        store.close()
    runner = CliRunner()
    for fmt in ("json", "csv", "md", "tallies", "ics"):
        result = runner.invoke(cli, ["--sessions-dir", str(v1_folder), "export", "oud",
                                     "--format", fmt])
        assert result.exit_code == 0, (fmt, result.output)
