"""Markdown, CSV and JSON exports hold every phase (1–5) and every cycle."""

from __future__ import annotations

import csv
import io

import pytest
from model_helpers import apply

from hefboom_tui.exchange.export import EXPORT_VERSION, export_csv, export_json, export_markdown
from hefboom_tui.i18n import set_language
from hefboom_tui.model.session import Session
from hefboom_tui.store.catalog import new_session

# one text per phase and cycle; each must be found in every export
MARKS = {
    "phase 1 fiche": "Fiche-Moestuin-Uniek",
    "phase 1 why": "Keuze-Waarom-Uniek",
    "phase 1 principle": "Kaart-Argument-Uniek",
    "phase 1 not relevant": "Kaart-Niet-Relevant-Uniek",
    "phase 1 visitor needs": "Bezoeker-Nodig-Uniek",
    "phase 2 flap": "Flap-Droom-Uniek",
    "phase 2 partner": "Flap-Partner-Uniek",
    "phase 3 argument": "Beslissing-Argument-Uniek",
    "phase 3 engagement": "Engagement-Wat-Uniek",
    "phase 3 why": "Engagement-Waarom-Uniek",
    "phase 3 appointment": "Afspraak-Nodig-Uniek",
    "phase 4 action": "Actie-Cyclus1-Uniek",
    "phase 4 communication": "Communicatie-Uniek",
    "phase 5 cycle 1": "Voorstel-Cyclus1-Uniek",
    "cycle 1 evaluation": "Evaluatie-Knelpunt-Uniek",
    "phase 4 cycle 2": "Actie-Cyclus2-Uniek",
    "phase 5 cycle 2": "Voorstel-Cyclus2-Uniek",
}


def two_cycles() -> Session:
    """Phases 1–5, a new cycle, and phases 4–5 again."""
    s = new_session("Twee cycli")
    for name in ("An", "Bo"):
        apply(s, "add_participant", {"name": name})
    iid = str(apply(s, "add_initiative", {"name": MARKS["phase 1 fiche"]}))
    apply(s, "make_duos", {"seed": 1})
    apply(s, "deal", {"seed": 1})
    duo = s.duos[0]
    apply(s, "judge", {"duo": duo.id, "card": duo.cards[0], "verdict": "relevant",
                       "argument": MARKS["phase 1 principle"]})
    apply(s, "judge", {"duo": duo.id, "card": duo.cards[1], "verdict": "not_relevant",
                       "argument": MARKS["phase 1 not relevant"]})
    apply(s, "plenum", {"card": duo.cards[0], "status": "accepted"})
    apply(s, "choose", {"id": iid, "chosen": True, "why": MARKS["phase 1 why"],
                        "principles": [duo.cards[0]]})
    apply(s, "set_agreement", {"id": iid, "visitors": "An", "date": "2026-12-03",
                               "visitor_needs": MARKS["phase 1 visitor needs"]})
    apply(s, "record_visit", {"id": iid, "future": MARKS["phase 2 flap"],
                              "partners": MARKS["phase 2 partner"], "wants_support": "yes"})
    apply(s, "decide", {"id": iid, "decision": "engage", "argument": MARKS["phase 3 argument"]})
    apply(s, "add_engagement", {"initiative": iid, "what": MARKS["phase 3 engagement"],
                                "answer": "yes", "why": MARKS["phase 3 why"]})
    apply(s, "set_appointment", {"id": iid, "who": "Bo", "date": "2027-01-10",
                                 "still_needed": MARKS["phase 3 appointment"]})
    apply(s, "add_plan_action", {"initiative": iid, "what": MARKS["phase 4 action"]})
    apply(s, "set_cooperation", {"id": iid, "communication": MARKS["phase 4 communication"]})
    apply(s, "set_challenge", {"group": "planning", "applies": "yes"})
    apply(s, "add_proposal", {"challenge": "planning", "text": MARKS["phase 5 cycle 1"]})
    apply(s, "new_cycle", {"obstacles": MARKS["cycle 1 evaluation"]})
    apply(s, "add_plan_action", {"initiative": iid, "what": MARKS["phase 4 cycle 2"]})
    apply(s, "set_challenge", {"group": "support", "applies": "yes"})
    apply(s, "add_proposal", {"challenge": "support", "text": MARKS["phase 5 cycle 2"]})
    return s


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_markdown_holds_every_phase_and_cycle(lang: str) -> None:
    set_language(lang)
    text = export_markdown(two_cycles())
    missing = [what for what, mark in MARKS.items() if mark not in text]
    assert not missing, f"not in the Markdown: {missing}"
    assert text.count("## ") >= 5 + 2  # five phases and their sections


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_csv_holds_every_phase_and_cycle(lang: str) -> None:
    set_language(lang)
    text = export_csv(two_cycles())
    rows = list(csv.reader(io.StringIO(text[1:], newline=""), delimiter=";"))
    cells = [cell for row in rows for cell in row]
    missing = [what for what, mark in MARKS.items() if not any(mark in c for c in cells)]
    assert not missing, f"not in the CSV: {missing}"
    plan = [row for row in rows if any(MARKS["phase 4 action"] in c for c in row)
            or any(MARKS["phase 4 cycle 2"] in c for c in row)]
    assert {row[0] for row in plan} >= {"1", "2"}, "the plan block says each row's cycle"


def test_json_holds_the_phases_and_the_closed_cycle() -> None:
    data = export_json(two_cycles())
    assert data["schema"]["version"] == EXPORT_VERSION == 2
    assert data["session"]["cycle"] == 2 and len(data["cycles"]) == 1
    closed = data["cycles"][0]
    assert closed["evaluation"]["obstacles"] == MARKS["cycle 1 evaluation"]
    assert closed["organisation"][0]["proposals"][0]["text"] == MARKS["phase 5 cycle 1"]
    assert data["appointments"][0]["still_needed"] == MARKS["phase 3 appointment"]
    assert data["engagements"][0]["why"] == MARKS["phase 3 why"]
    assert data["visits"][0]["partners"] == [MARKS["phase 2 partner"]]
    assert [a["cycle"] for a in data["plan"]] == [1, 2]
    assert "follow_up" not in data
