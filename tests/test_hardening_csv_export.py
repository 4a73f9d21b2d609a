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
from hefboom_tui.model.cycle import Appointment, Cooperation, PlanAction, Visit
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
from hefboom_tui.model.organisation import Challenge, CycleRecord, Evaluation, Proposal
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
        choice=Choice(True, why=v("why"), principles=["k1"], principles_note=v("principles"),
                      doubts=v("doubts")),
        agreement=Agreement(["p1", "p2"], date=v("date"), time_needed=v("time"),
                            visitor_needs=v("needs")),
        decision=Decision(innovation=v("innovation"), mission=v("mission"),
                          decision="engage", argument=v("argument"), feedback=v("feedback"),
                          missing=v("missing")),
        visit=Visit(["p1"], date=v("visit date"), now=[v("now")], future=[v("future")],
                    needs=[v("visit needs")], partners=[v("partner")], notes=v("notes")),
        appointment=Appointment(["p2"], whom=v("whom"), date=v("return date"),
                                still_needed=v("still needed"), act_together=v("together"),
                                report_back=v("reporting")),
        cooperation=Cooperation(strategy=v("strategy"), communication=v("communication")),
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
        engagements=[Engagement("e1", "i1", v("engagement"), ["p2"], v("by when"), "o1",
                                why=v("why engagement"), how=v("how"), steps=v("steps"))],
        plan=[PlanAction("a1", "i1", v("plan action"), ["p1"], v("plan date")),
              PlanAction("a2", "i1", v("partner action"), owner="partner",
                         partner=v("partner name"))],
        organisation=[Challenge("planning", "planning", applies="yes", examples=v("examples"),
                                proposals=[Proposal("pr1", v("proposal"), v("review"),
                                                    v("result"))]),
                      Challenge("ch1", "other", name=v("own challenge"))],
        cycles=[CycleRecord(1, v("closed"), Evaluation(*[v(f"q{n}") for n in range(5)]),
                            [Challenge("leadership", "leadership", examples=v("old examples"),
                                       proposals=[Proposal("pr0", v("old proposal"))])])],
        cycle=2,
    )


HOSTILE_CELLS = (18 + 1  # phase 1: i1's texts (visitors joined, its picked card), i2's one
                 + 8  # step 1.3: two verdicts (members, principle, card, argument)
                 + 4 + 2  # the principles list (2 rows x 2), the strong ranking (code, name)
                 + 9  # phase 2: code, name, date, visitor, the four flaps, notes
                 + 7  # step 3.2: code, name, argument, touchstones, feedback, what was missing
                 + 8 + 8  # step 3.3: the engagement; step 3.4: the appointment
                 + 4 + 4 + 4 + 3 + 4  # phase 4: appointment, engagement, two actions; strategy
                 + 2 + 4 + 1  # phase 5: the closed cycle's challenge, the current two
                 + 6)  # the closed cycle's evaluation: its date and the five answers
"""Every text cell the CSV export of :func:`hostile_session` holds (all start with the payload)."""


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
    assert_safe(text, payload, expected_hostile=HOSTILE_CELLS)
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
    session = hostile_session('=HYPERLINK("http://x","y")')
    # dates must be dates for the file to open at all (the integrity check says so clearly):
    # the three date fields hold real dates here, every other text the payload
    item = session.initiatives[0]
    item.agreement.date = item.visit.date = item.appointment.date = "2027-01-12"
    session.engagements[0].by_when = session.plan[0].by_when = "2027-02-01"
    session.organisation[0].proposals[0].review_date = "2027-06-01"
    session.cycles[0].closed = "2027-06-30"
    SessionStore.create(path, session).close()
    in_memory = sum(1 for c in cells(export.export_csv(session)) if "=HYPERLINK" in c)
    assert in_memory > 80  # most cells still carry the payload
    runner = CliRunner()
    for fmt, hostile in (("csv", in_memory), ("tallies", 6)):
        result = runner.invoke(cli, ["--sessions-dir", str(folder), "export", "oud",
                                     "--format", fmt])
        assert result.exit_code == 0, result.output
        assert_safe(result.output, '=HYPERLINK("http://x","y")', hostile)
