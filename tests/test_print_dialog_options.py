"""The print dialog's options: posters in halves, one file per paper size, and the path and
warnings shown before the pack is rendered."""

from __future__ import annotations

from pathlib import Path

import pytest
from print_helpers import A4, page_sizes
from textual.widgets import Select, SelectionList

from hefboom_tui.i18n import t
from hefboom_tui.model import actions
from hefboom_tui.tui.app import make_app


@pytest.mark.usefixtures("demo_folder")
async def test_split_and_halves_from_the_dialog(folder: Path) -> None:
    from hefboom_tui.tui.screens.print_dialog import PrintDialog

    app = make_app(folder, "demo")
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("f4")
        dialog = app.screen
        assert isinstance(dialog, PrintDialog)
        dialog.query_one("#print-options", SelectionList).select("split")
        dialog.query_one("#posters", Select).value = "halves"
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        result = dialog.result
        assert result is not None and result.kind == "pdf"
        # halves: every page is A4, so one file however it is split
        assert len(result.paths) == 1 and set(page_sizes(result.path)) == {A4}
        status = str(dialog.query_one("#print-status").render())
        assert str(result.path) in status


@pytest.mark.usefixtures("demo_folder")
async def test_path_and_warning_show_before_printing(folder: Path, monkeypatch) -> None:
    from hefboom_tui.printing import pack
    from hefboom_tui.tui.screens.print_dialog import PrintDialog

    seen: list[str] = []
    real_render = pack.render

    def render_and_look(prepared, out, progress=None):  # the dialog's status at render time
        seen.append(str(app.screen.query_one("#print-status").render()))
        return real_render(prepared, out, progress)

    monkeypatch.setattr(pack, "render", render_and_look)
    app = make_app(folder, "demo")
    async with app.run_test(size=(100, 40)) as pilot:
        item = app.store.session.initiatives[0]
        assert app.do(actions.edit_initiative, id=item.id, description="Samen 🌱 tuinieren").ok
        await pilot.press("f4")
        dialog = app.screen
        assert isinstance(dialog, PrintDialog)
        dialog.query_one("#parts", SelectionList).deselect_all()
        dialog.query_one("#parts", SelectionList).select("fiches")
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert dialog.result is not None
    assert seen and t("print.output", path="").strip() in seen[0]
    assert "🌱" in seen[0] and item.name in seen[0]
    assert any("🌱" in n.message for n in app._notifications)
