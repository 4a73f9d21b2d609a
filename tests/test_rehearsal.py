"""A full workshop rehearsal over two cycles, keyboard only, at 100×30, on a fresh session: from
the start screen through phases 1–5, a new cycle, and phases 4–5 again; then assertions on the
saved file, the exports and the printed report.

What it shows (issue 14): the step 3.4 appointment and the step 3.3 engagements are in the
phase 4 plan without being typed again; cycle 1's phase 5 record is unchanged after cycle 2 is
filled; the actions carried over are in cycle 2; the exports hold every phase and cycle."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from tui_helpers import Clocks, saved, type_text

from hefboom_tui.exchange.export import export_csv, export_json, export_markdown
from hefboom_tui.model.plan import plan_lines
from hefboom_tui.tui.app import make_app
from hefboom_tui.tui.screens.acting import ActingScreen
from hefboom_tui.tui.screens.engagements import EngagementsScreen
from hefboom_tui.tui.screens.form import FormScreen
from hefboom_tui.tui.screens.guide import GuideScreen
from hefboom_tui.tui.screens.print_dialog import PrintDialog

INITIATIVES = ["Buurtmoestuin", "Repair Café", "Voedselteam", "Straatfeest", "Huiswerkklas",
               "Zwerfvuilbrigade", "Wereldkeuken", "Deelauto", "Petanqueclub", "Buurthulp",
               "Fietsatelier", "Leesclub"]
PEOPLE = ["An", "Bo", "Cas", "Dirk", "Eva", "Fien", "Gust", "Hind", "Ilse"]


async def goto(pilot, step: str) -> None:
    """F2, type the step number, Enter: the step navigator by keyboard."""
    await pilot.press("f2", *[c for c in step if c != "."], "enter")
    await pilot.pause()


async def pick_first(pilot) -> None:
    """In a form's select: open it, take the first choice."""
    await pilot.press("enter", "down", "enter")


async def phase1(app, pilot, s) -> None:
    """Steps 1.1–1.7 and the rerun of 5–7, as the first rehearsal did, with arguments."""
    await pilot.press("a")
    for name in INITIATIVES:
        await type_text(pilot, name)
        await pilot.press("tab")
        await type_text(pilot, f"over {name.lower()}")
        await pilot.press("enter")
    await pilot.press("escape")
    await pilot.press("f3", "n")
    for person in PEOPLE:
        await type_text(pilot, person)
        await pilot.press("enter")
    await pilot.press("escape", "escape")
    await pilot.press("home", "enter")
    for _ in INITIATIVES:
        await pilot.press("p", "right")
    await pilot.press("escape")
    assert all(i.presented for i in s().initiatives)
    # step 3: every verdict comes with its argument
    await goto(pilot, "1.3")
    await pilot.press("m", "ctrl+s", "d")
    await pilot.press("enter")
    for n, key in enumerate("rrxr"):
        await pilot.press(key)
        assert isinstance(app.screen, FormScreen)
        await type_text(pilot, f"reden {n}")
        await pilot.press("ctrl+s")
    await pilot.press("shift+tab", "down", "enter", "r")
    await type_text(pilot, "reden vier")
    await pilot.press("ctrl+s", "x")
    await type_text(pilot, "reden vijf")
    await pilot.press("ctrl+s")
    assert all(j.argument for j in s().judgements if j.verdict != "undecided")
    await pilot.press("P", "a", "a", "x", "escape")
    assert sum(e.status == "accepted" for e in s().principles_list) == 2
    # step 4, with the principles list beside the matrix
    await goto(pilot, "1.4")
    assert "reden" not in str(app.screen.query_one("#strong-principles").render())
    await pilot.press("right", "right", "space", "down", "space", "right", "space")
    # step 5: choose three, the first with a principle picked from the list
    await goto(pilot, "1.5")
    await pilot.press("space", "down", "space", "down", "space", "home", "enter", "tab")
    await type_text(pilot, "Sterk eigenaarschap")
    await pilot.press("tab", "space", "ctrl+s")
    chosen = [i for i in s().initiatives if i.choice.chosen]
    assert len(chosen) == 3 and any(len(i.choice.principles) == 1 for i in chosen)
    # step 6: visitor, date and hour per visit
    await goto(pilot, "1.6")
    for row in range(3):
        await pilot.press("enter", "space", "tab")
        await type_text(pilot, f"{10 + row}/12/2026")
        await pilot.press("tab")
        await type_text(pilot, "19:30")
        await pilot.press("ctrl+s", "down")
    assert all(i.agreement.time == "19:30" for i in s().initiatives if i.choice.chosen)
    # step 7: the guide on screen, then close the round
    await goto(pilot, "1.7")
    await pilot.press("g")
    assert isinstance(app.screen, GuideScreen)
    await pilot.press("escape", "r", "j")
    assert s().round == 2
    await goto(pilot, "1.1")
    await pilot.press("a")
    for name in ("Nieuw Alfa", "Nieuw Beta"):
        await type_text(pilot, name)
        await pilot.press("enter", "enter")
    await pilot.press("escape")
    await goto(pilot, "1.5")
    await pilot.press("space")
    await goto(pilot, "1.6")
    await pilot.press("enter", "space", "tab")
    await type_text(pilot, "20/12/2026")
    await pilot.press("ctrl+s")


async def phase2_3(app, pilot, s, clocks) -> str:
    """Visits, decisions, the rotation, the plenum of one initiative, the appointments.
    Returns the id of the initiative whose plenum was held."""
    await goto(pilot, "2")
    for _ in [i for i in s().initiatives if i.choice.chosen]:
        await pilot.press("enter", "tab", "tab")
        await type_text(pilot, "Het loopt")
        await pilot.press("ctrl+s", "down")
    await goto(pilot, "3.2")
    for n, choice in enumerate(["engage", "engage", "decline", "engage"]):
        await pilot.press("enter", "tab", "tab", "enter", "down",
                          *(["down"] if choice == "decline" else []), "enter", "tab")
        await type_text(pilot, f"argument {n}")
        await pilot.press("ctrl+s", "down")
    assert [i.decision.decision for i in s().initiatives].count("engage") == 3
    await goto(pilot, "3.3")
    await pilot.press("s", "ctrl+s", "space")
    clocks.advance(7 * 60 + 1)
    app.screen.query_one("RoundTimer").tick()
    await pilot.pause()
    await pilot.press("t", "g", "g", "g", "r", "down", "g")
    # the plenum of the initiative on screen: yes, no, then "is anything missing?"
    await pilot.press("p")
    plenum = app.screen
    assert isinstance(plenum, EngagementsScreen)
    for what, answer_keys, why in (("Samen een subsidie aanvragen", (), "Ze vroegen het"),
                                   ("De verdeling overnemen", ("down",), "Niet van ons")):
        await pilot.press("n", "tab")
        await type_text(pilot, what)
        await pilot.press("tab", "enter", "down", *answer_keys, "enter", "tab")
        await type_text(pilot, why)
        await pilot.press("ctrl+s")
    await pilot.press("c")
    await pick_first(pilot)  # nothing is missing
    await pilot.press("ctrl+s", "escape", "escape")
    held = plenum.initiative
    item = s().initiative(held)
    assert item.decision.plenum_done and item.decision.missing_answer == "no"
    assert [(e.answer, e.why) for e in s().engagements] == [("yes", "Ze vroegen het"),
                                                            ("no", "Niet van ons")]
    # step 3.4: going back to every decided initiative, engaged ones first
    await goto(pilot, "3.4")
    engaged = [i.id for i in s().initiatives if i.decision.decision == "engage"]
    for row in range(3):
        await pilot.press("enter", "space", "tab")
        await type_text(pilot, "De trekkers")
        await pilot.press("tab")
        await type_text(pilot, f"{12 + row}/1/2027")
        await pilot.press("tab")
        await type_text(pilot, "19:00")
        await pilot.press("tab", "tab")
        await type_text(pilot, f"Nog nodig {row}")
        await pilot.press("ctrl+s", "down")
    await pilot.press("enter", "space", "tab")  # the declined one: feedback and thanks
    await type_text(pilot, "5/1/2027")
    await pilot.press("ctrl+s")
    appointments = {i.id: i.appointment for i in s().initiatives if i.decision.decision}
    assert all(appointments[iid].planned and appointments[iid].time == "19:00"
               for iid in engaged)
    assert sum(a.planned for a in appointments.values()) == 4
    return held


@pytest.mark.slow
async def test_two_cycle_workshop_rehearsal(folder: Path) -> None:
    clocks = Clocks()
    app = make_app(folder, clock=lambda: clocks.mono, wall_clock=lambda: clocks.wall)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("n")
        await type_text(pilot, "Wijkteam Oost")
        await pilot.press("enter")
        await pilot.pause()
        stem = "wijkteam-oost"

        def s():
            return saved(folder, stem)

        await phase1(app, pilot, s)
        held = await phase2_3(app, pilot, s, clocks)
        # phase 4: the plan starts from phase 3, nothing typed again
        await goto(pilot, "4")
        assert isinstance(app.screen, ActingScreen)
        session = s()
        lines = plan_lines(session, held)
        assert [x.source for x in lines] == ["appointment", "engagement"]
        assert lines[0].what == "De trekkers" and lines[1].what == "Samen een subsidie aanvragen"
        table = app.screen.query_one("#plan")
        on_screen = [row.key.value for row in table.ordered_rows]
        assert lines[0].id in on_screen and lines[1].id in on_screen
        assert session.plan == [], "nothing was copied into the plan to get there"
        await pilot.press("n", "tab")
        await type_text(pilot, "Actie van cyclus een")
        await pilot.press("ctrl+s")
        await pilot.press("c", "tab")
        await type_text(pilot, "Voortgangsrapport aan de stad")
        await pilot.press("ctrl+s")
        # phase 5: the fiche, a proposal
        await goto(pilot, "5")
        await pilot.press("enter")
        await pick_first(pilot)
        await pilot.press("ctrl+s", "n", "tab")
        await type_text(pilot, "Voorstel van cyclus een")
        await pilot.press("tab")
        await type_text(pilot, "1/6/2027")
        await pilot.press("ctrl+s")
        before = copy.deepcopy(s().organisation)
        assert [p.text for c in before for p in c.proposals] == ["Voorstel van cyclus een"]
        # a new cycle: the "never done" questions, everything unfinished carried over
        await pilot.press("c", "tab")
        await type_text(pilot, "Vier bezoeken, drie engagementen")
        await pilot.press("ctrl+s")
        session = s()
        assert session.cycle == 2 and session.cycles[0].organisation == before
        assert session.cycles[0].evaluation.steps_taken == "Vier bezoeken, drie engagementen"
        carried = plan_lines(session)
        assert {x.what for x in carried} == {"Samen een subsidie aanvragen",
                                            "Actie van cyclus een"}
        assert all(x.cycle == 2 and x.carried_from for x in carried)
        # cycle 2: phases 4 and 5 again
        await goto(pilot, "4")
        await pilot.press("n", "tab")
        await type_text(pilot, "Actie van cyclus twee")
        await pilot.press("ctrl+s")
        await goto(pilot, "5")
        await pilot.press("down", "enter", "ctrl+a")
        await type_text(pilot, "Het meegenomen voorstel")
        await pilot.press("tab", "tab")
        await type_text(pilot, "Het werkte")
        await pilot.press("ctrl+s", "down", "down", "n", "tab")
        await type_text(pilot, "Voorstel van cyclus twee")
        await pilot.press("ctrl+s")
        session = s()
        assert session.cycles[0].organisation == before, "cycle 1's record is unchanged"
        texts = [p.text for c in session.organisation for p in c.proposals]
        assert "Voorstel van cyclus twee" in texts
        assert any(p.review_result == "Het werkte" for c in session.organisation
                   for p in c.proposals)
        # print the report only
        await pilot.press("f4")
        dialog = app.screen
        assert isinstance(dialog, PrintDialog)
        parts = dialog.query_one("#parts")
        await pilot.press("home")
        for index in range(parts.option_count):
            option = parts.get_option_at_index(index)
            if (option.value in parts.selected) != (option.value == "report"):
                await pilot.press("space")
            await pilot.press("down")
        assert parts.selected == ["report"]
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        result = dialog.result
        assert result is not None and result.kind == "pdf"
    session = saved(folder, stem)
    data = export_json(session)
    assert data["session"]["name"] == "Wijkteam Oost" and data["session"]["cycle"] == 2
    assert len(data["initiatives"]) == 14 and len(data["participants"]) == 9
    assert [a["cycle"] for a in data["plan"]] == [1, 2, 2, 2]
    every = ["reden 0", "Sterk eigenaarschap", "Het loopt", "argument 2", "Ze vroegen het",
             "Nog nodig 0", "Actie van cyclus een", "Voortgangsrapport aan de stad",
             "Voorstel van cyclus een", "Vier bezoeken, drie engagementen",
             "Actie van cyclus twee", "Voorstel van cyclus twee"]
    for name, text in (("Markdown", export_markdown(session)), ("CSV", export_csv(session))):
        missing = [item for item in every if item not in text]
        assert not missing, f"{name} misses {missing}"
    pdf = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(result.path).pages))
    assert "Wijkteam Oost" in pdf and "argument 2" in pdf and "Het loopt" in pdf
