"""The visit guide ("Gespreksleidraad") on paper: one page per planned visit on A4 and on
Letter, with the visit's facts and the method's texts; printed from the guide screen with P.
(The worst case, every text at its limit, is in test_print_worst_case.py.)"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from print_helpers import A4, LETTER, flat, needs_poppler, page_sizes, page_texts
from textual.widgets import SelectionList

from hefboom_tui.demo import build_demo
from hefboom_tui.i18n import t
from hefboom_tui.model.guide import ATTENTION, CONDITIONS, EXAMPLE_NEEDS, planned_visits
from hefboom_tui.printing.pack import PrintOptions, print_pack
from hefboom_tui.tui.app import make_app


@needs_poppler
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_one_page_per_planned_visit(paper: str, tmp_path: Path) -> None:
    session = build_demo()
    visits = planned_visits(session)
    result = print_pack(session, tmp_path / "g.pdf",
                        options=PrintOptions(parts=("guides",), paper=paper))
    pages = page_texts(result.path)
    assert len(pages) == len(visits) >= 2
    assert set(page_sizes(result.path)) == {A4 if paper == "a4" else LETTER}
    texts = [t(f"guide.condition.{k}") for k in CONDITIONS] + [
        t(f"guide.attention.{k}") for k in ATTENTION] + [t(f"guide.need.{k}")
                                                         for k in EXAMPLE_NEEDS]
    for visit, page in zip(visits, pages, strict=True):
        text = flat(page)
        assert re.search(rf"\b{visit.code}\b", page) and flat(visit.name) in text
        for value in (visit.contact, visit.date, visit.time, *visit.visitors,
                      visit.visitor_needs):
            assert flat(value) in text, value
        assert all(flat(x) in text for x in texts)
        assert flat(t("guide.needs_title")).casefold() in text.casefold()


@pytest.mark.usefixtures("demo_folder")
async def test_p_on_the_guide_screen_prints_the_guides(folder: Path) -> None:
    from hefboom_tui.tui.screens.guide import GuideScreen
    from hefboom_tui.tui.screens.print_dialog import PrintDialog

    app = make_app(folder, "demo")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f2", "1", "7", "enter")
        await pilot.pause()
        await pilot.press("g")
        assert isinstance(app.screen, GuideScreen)
        await pilot.press("p")
        dialog = app.screen
        assert isinstance(dialog, PrintDialog)
        assert dialog.query_one("#parts", SelectionList).selected == ["guides"]
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert dialog.result is not None and dialog.result.kind == "pdf"
        assert dialog.result.pages == len(planned_visits(app.store.session))
