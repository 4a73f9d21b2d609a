"""A full workshop rehearsal, keyboard only, at 100×30, on a fresh session: from the start
screen to the printed report, then assertions on the exported JSON and the PDF's text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from tui_helpers import Clocks, saved, type_text

from hefboom_tui.exchange.export import export_json
from hefboom_tui.tui.app import make_app
from hefboom_tui.tui.screens.print_dialog import PrintDialog

INITIATIVES = ["Buurtmoestuin", "Repair Café", "Voedselteam", "Straatfeest", "Huiswerkklas",
               "Zwerfvuilbrigade", "Wereldkeuken", "Deelauto", "Petanqueclub", "Buurthulp",
               "Fietsatelier", "Leesclub"]
PEOPLE = ["An", "Bo", "Cas", "Dirk", "Eva", "Fien", "Gust", "Hind", "Ilse"]



async def goto(pilot, step: str) -> None:
    """F2, type the step number, Enter: the step navigator by keyboard."""
    await pilot.press("f2", *[c for c in step if c != "."], "enter")
    await pilot.pause()


@pytest.mark.slow
async def test_full_workshop_rehearsal(folder: Path) -> None:
    clocks = Clocks()
    app = make_app(folder, clock=lambda: clocks.mono, wall_clock=lambda: clocks.wall)
    async with app.run_test(size=(100, 30)) as pilot:
        # create the session from the start screen
        await pilot.press("n")
        await type_text(pilot, "Wijkteam Oost")
        await pilot.press("enter")
        await pilot.pause()
        stem = "wijkteam-oost"
        assert app.store is not None and app.store.path.stem == stem

        def s():
            return saved(folder, stem)

        # step 1: twelve fiches with quick add
        await pilot.press("a")
        for name in INITIATIVES:
            await type_text(pilot, name)
            await pilot.press("tab")
            await type_text(pilot, f"over {name.lower()}")
            await pilot.press("enter")
        await pilot.press("escape")
        assert [i.name for i in s().initiatives] == INITIATIVES
        # nine participants
        await pilot.press("f3", "n")
        for person in PEOPLE:
            await type_text(pilot, person)
            await pilot.press("enter")
        await pilot.press("escape", "escape")
        assert [p.name for p in s().participants] == PEOPLE
        # step 2: present every fiche full screen
        await pilot.press("home", "enter")
        for _ in INITIATIVES:
            await pilot.press("p", "right")
        await pilot.press("escape")
        assert all(i.presented for i in s().initiatives)
        # step 3: duos, the deal, judging, plenum
        await goto(pilot, "1.3")
        await pilot.press("m", "ctrl+s", "d")
        session = s()
        assert [len(d.members) for d in session.duos] == [2, 2, 2, 3]
        for duo in session.duos:
            assert {session.card(c).principle for c in duo.cards} == {"E", "S", "K", "N", "R"}
        await pilot.press("enter", "r", "r", "x", "r")
        await pilot.press("shift+tab")  # back to the duo list
        await pilot.press("down", "enter", "r", "x")
        await pilot.press("P", "a", "a", "x", "escape")
        assert sum(e.status == "accepted" for e in s().principles_list) == 2
        # step 4: strong marks
        await goto(pilot, "1.4")
        await pilot.press("right", "right", "space", "down", "space", "right", "space")
        assert len(s().strong_marks) == 3
        # step 5: choose three; step 6: plan the visits; step 7: close the round
        await goto(pilot, "1.5")
        await pilot.press("space", "down", "space", "down", "space")
        assert sum(i.choice.chosen for i in s().initiatives) == 3
        await goto(pilot, "1.6")
        for row in range(3):
            await pilot.press("enter", "space", "tab")
            await type_text(pilot, f"{10 + row}/12/2026")
            await pilot.press("ctrl+s", "down")
        assert all(i.agreement.visitors and i.agreement.date
                   for i in s().initiatives if i.choice.chosen)
        await goto(pilot, "1.7")
        await pilot.press("r", "j")
        assert s().round == 2
        # rerun steps 5-7 for two new initiatives
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
        chosen = [i for i in s().initiatives if i.choice.chosen]
        assert len(chosen) == 4 and sum(i.round == 2 for i in chosen) == 1
        # phase 2: record the visits
        await goto(pilot, "2")
        for _ in chosen:
            await pilot.press("enter", "tab", "tab")
            await type_text(pilot, "Het loopt")
            await pilot.press("ctrl+s", "down")
        assert all(i.visit.now == ["Het loopt"] for i in s().initiatives if i.choice.chosen)
        # phase 3: engage with arguments (yes, yes, no, yes)
        await goto(pilot, "3.2")
        for n, choice in enumerate(["engage", "engage", "decline", "engage"]):
            await pilot.press("enter", "tab", "tab", "enter")
            await pilot.press("down" if choice == "engage" else "down", *(
                ["down"] if choice == "decline" else []), "enter", "tab")
            await type_text(pilot, f"argument {n}")
            await pilot.press("ctrl+s", "down")
        decisions = [i.decision for i in s().initiatives if i.decision.decision]
        assert [d.decision for d in decisions].count("engage") == 3
        assert all(d.argument.startswith("argument") for d in decisions)
        # two timed rounds on the injected clock
        await goto(pilot, "3.3")
        await pilot.press("s", "ctrl+s")
        assert len(s().rotation.rounds) == 3
        await pilot.press("space")
        clocks.advance(7 * 60 + 1)
        app.screen.query_one("RoundTimer").tick()
        await pilot.pause()
        await pilot.press("n", "space")
        clocks.advance(7 * 60 + 1)
        app.screen.query_one("RoundTimer").tick()
        await pilot.pause()
        assert s().timer.round == 1 and s().timer.remaining == 0
        # tallies by keyboard
        await pilot.press("t", "g", "g", "g", "r", "down", "g", "right_square_bracket", "g",
                          "escape")
        assert sum(x.green for x in s().tallies) == 5
        # engagements
        await goto(pilot, "3.4")
        await pilot.press("n", "enter", "down", "enter", "tab", "tab")
        await type_text(pilot, "Samen een subsidie aanvragen")
        await pilot.press("ctrl+s")
        assert s().engagements[0].what == "Samen een subsidie aanvragen"
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
    data = export_json(saved(folder, stem))
    assert data["session"]["name"] == "Wijkteam Oost" and data["session"]["round"] == 2
    assert len(data["initiatives"]) == 14 and len(data["participants"]) == 9
    assert len(data["duos"]) == 4 and data["deal_seed"] is not None
    assert sum(1 for e in data["engagement"] if e["decision"] == "engage") == 3
    assert len(data["rotation"]["rounds"]) == 3 and data["tallies"]
    assert data["engagements"][0]["what"] == "Samen een subsidie aanvragen"
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(result.path).pages))
    assert "Wijkteam Oost" in text and "argument 2" in text
    assert "Samen een subsidie aanvragen" in text and "Het loopt" in text
