"""Issue 17, part 1: every CSV the app writes is safe to open in a spreadsheet.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading
``'`` (OWASP, CSV injection). The sessions here are built from dataclasses directly, as an old
file could hold them: validation at entry must not be what keeps the export safe.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from hefboom_tui.cli import cli
from hefboom_tui.exchange import export
from hefboom_tui.i18n import set_language
from hefboom_tui.model.cycle import Challenge, FollowUp, PlanAction, Visit
from hefboom_tui.model.duos import Duo, Judgement, ListEntry, StrongMark
from hefboom_tui.model.entities import (
    Agreement,
    Card,
    Choice,
    Initiative,
    Participant,
    Principle,
    SupportOption,
)
from hefboom_tui.model.phase3 import Decision, Engagement, Tally
from hefboom_tui.model.session import Session
from hefboom_tui.store.session_store import SessionStore

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
PAYLOADS = ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)", "\tX", "\rX",
            "=cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0"]


def hostile_session(payload: str) -> Session:
    """A session whose every text field starts with ``payload`` (ids stay plain)."""

    def v(label: str) -> str:
        return f"{payload} {label}"

    people = [Participant("p1", v("participant")), Participant("p2", v("visitor"))]
    initiative = Initiative(
        id="i1", code=v("code"), name=v("initiative"), description=v("description"),
        contact=v("contact"), theme=v("theme"), scope=v("scope"), mode=v("mode"),
        size=v("size"), origin=v("origin"), added_by=v("added by"), presented=True,
        choice=Choice(True, why=v("why"), principles=v("principles"), doubts=v("doubts")),
        agreement=Agreement(["p1", "p2"], date=v("date"), time_needed=v("time"),
                            needs=v("needs")),
        decision=Decision(innovation=v("innovation"), mission=v("mission"),
                          decision="engage", argument=v("argument"), feedback=v("feedback")),
        visit=Visit(["p1"], date=v("visit date"), now=[v("now")], future=[v("future")],
                    needs=[v("visit needs")]),
        follow_up=FollowUp(reporting=v("reporting"), feedback_date=v("feedback date")),
    )
    other = Initiative(id="i2", code="AB2", name="Gewoon initiatief", description=v("d2"))
    return Session(
        name=v("session"), participants=people, initiatives=[initiative, other],
        principles=[Principle("E", v("principle"), v("principle en"), "#0072B2", v("symbol"),
                              v("principle description"))],
        cards=[Card("k1", "E", v("card"), v("card en")),
               Card("k2", "E", v("new card"), origin="duo:d1")],
        support_options=[
            SupportOption("o1", "tip", v("option"), v("option en"), group=v("group")),
            SupportOption("o2", "attitude", v("own option"), initiative="i1",
                          added_by=v("option added by")),
        ],
        duos=[Duo("d1", ["p1", "p2"], ["k1", "k2"])],
        judgements=[Judgement("d1", "k1", "relevant", v("judgement")),
                    Judgement("d1", "k2", "relevant", v("new card argument"))],
        principles_list=[ListEntry("k1", "accepted"), ListEntry("k2", "accepted")],
        strong_marks=[StrongMark("d1", "i1")],
        tallies=[Tally("i1", "o1", 3, 1), Tally("i1", "o2", 0, 2)],
        engagements=[Engagement("e1", "i1", v("engagement"), ["p2"], v("by when"), "o1")],
        plan=[PlanAction("a1", "i1", v("plan action"), ["p1"], v("plan date"))],
        organisation=[Challenge("planning", "yes", v("examples"), v("proposals"), v("review"))],
    )


def cells(text: str) -> list[str]:
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text[1:], newline=""), delimiter=";"))
    return [cell for row in rows for cell in row]


def assert_safe(text: str, payload: str, expected_hostile: int) -> None:
    found = cells(text)
    assert [c for c in found if c.startswith(DANGEROUS)] == []
    hostile = [c for c in found if payload in c]
    # every hostile text the export holds is there, quoted, and otherwise unchanged
    assert len(hostile) == expected_hostile
    assert all(cell.startswith("'" + payload) for cell in hostile), hostile


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("payload", PAYLOADS)
def test_export_csv_quotes_every_formula_like_cell(payload: str, lang: str) -> None:
    set_language(lang)
    text = export.export_csv(hostile_session(payload))
    # 13 initiative cells of i1 (visitors joined), 1 of i2, 2 principle-list rows x 2,
    # the ranking's code and name of i1
    assert_safe(text, payload, expected_hostile=13 + 1 + 4 + 2)
    found = cells(text)
    assert "'" + payload + " initiative" in found
    assert "'" + payload + " card" in found and "'" + payload + " principle" in found
    assert "'" + f"{payload} participant, {payload} visitor" in found


@pytest.mark.parametrize("payload", PAYLOADS)
def test_export_tallies_csv_quotes_every_formula_like_cell(payload: str) -> None:
    text = export.export_tallies_csv(hostile_session(payload))
    assert_safe(text, payload, expected_hostile=2 * 3)
    found = cells(text)
    assert "'" + payload + " option" in found and "'" + payload + " own option" in found
    assert "3" in found and "2" in found  # counts stay numbers


@pytest.mark.parametrize("value,expected", [
    ("=1+1", "'=1+1"), ("+32 9 123 45 67", "'+32 9 123 45 67"), ("-", "'-"),
    ("@home", "'@home"), ("\tX", "'\tX"), ("\rX", "'\rX"),
    ("Café ş مرحبا 🌱", "Café ş مرحبا 🌱"), ("", ""), (" =1", " =1"), ("a=b", "a=b"),
    ("'=1", "'=1"), (None, ""), (3, 3), (-2, -2), (2.5, 2.5), (True, "True"),
])
def test_safe_cell(value: object, expected: object) -> None:
    assert export.safe_cell(value) == expected


def test_ordinary_texts_are_exported_unchanged() -> None:
    session = hostile_session("Repair Café")
    found = cells(export.export_csv(session))
    assert "Repair Café initiative" in found
    assert not any(c.startswith("'") for c in found)


def test_cli_csv_exports_of_an_old_file_are_safe(folder: Path) -> None:
    """A session file written before texts were checked: the command line's CSV is safe."""
    path = folder / "oud.json"
    SessionStore.create(path, hostile_session('=HYPERLINK("http://x","y")')).close()
    runner = CliRunner()
    for fmt, hostile in (("csv", 20), ("tallies", 6)):
        result = runner.invoke(cli, ["--sessions-dir", str(folder), "export", "oud",
                                     "--format", fmt])
        assert result.exit_code == 0, result.output
        assert_safe(result.output, '=HYPERLINK("http://x","y")', hostile)
