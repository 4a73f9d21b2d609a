"""Step 1.3 plenum: a card cannot be merged into a card that was struck (issue 15, item 6).
Refused in the model with a reason, and through the TUI the form says why and stays open."""

from __future__ import annotations

from pathlib import Path

import pytest
from model_helpers import apply
from test_undo_forms import disk, put
from textual.widgets import Static

from hefboom_tui.i18n import set_language, t
from hefboom_tui.model.errors import ValidationError
from hefboom_tui.model.plenum import plenum_items
from hefboom_tui.model.session import Session
from hefboom_tui.store.catalog import new_session
from hefboom_tui.tui.app import make_app
from hefboom_tui.tui.screens.form import FormScreen


def judged_session() -> tuple[Session, str, str, str]:
    """A session with three relevant cards on the plenum: (session, a, b, c)."""
    session = new_session("merge")
    for n in range(4):
        apply(session, "add_participant", {"name": f"P{n}"})
    apply(session, "make_duos", {"seed": 1})
    apply(session, "deal", {"seed": 1})
    duo = session.duos[0]
    cards = duo.cards[:3]
    for card in cards:
        apply(session, "judge", {"duo": duo.id, "card": card, "verdict": "relevant",
                                 "argument": "past bij ons"})
    return session, *cards


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_merging_into_a_struck_card_is_refused_with_a_reason(lang: str) -> None:
    set_language(lang)
    session, a, b, c = judged_session()
    apply(session, "plenum", {"card": a, "status": "dropped"})
    with pytest.raises(ValidationError) as refused:
        apply(session, "plenum", {"card": b, "status": "merged", "merged_into": a})
    assert refused.value.field == "merged_into"
    assert str(refused.value) == t("error.merge_into_struck")
    assert str(refused.value) != "error.merge_into_struck"  # a sentence, not the key
    statuses = {i.card.id: i.status for g in plenum_items(session).values() for i in g}
    assert statuses[b] == "proposed", "the refused merge changed the card"
    apply(session, "plenum", {"card": b, "status": "merged", "merged_into": c})  # not struck
    apply(session, "plenum", {"card": a, "status": "accepted"})  # taken back onto the list
    apply(session, "plenum", {"card": c, "status": "merged", "merged_into": a})  # fine now
    statuses = {i.card.id: i.status for g in plenum_items(session).values() for i in g}
    assert statuses == {a: "accepted", b: "merged", c: "merged"}


async def test_the_merge_form_refuses_a_struck_target_and_says_why(demo_folder: Path) -> None:
    app = make_app(demo_folder, "demo")
    async with app.run_test(size=(100, 30)) as pilot:
        app.show_step("1.3")
        await pilot.pause()
        await pilot.press("P", "x")  # strike the first card; the cursor moves to the next
        await pilot.pause()
        assert app.store is not None
        struck = next(e.card for e in app.store.session.principles_list
                      if e.status == "dropped")
        before = disk(app.store.path)
        await pilot.press("m")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, FormScreen)
        labels = dict((value, label) for label, value in form.fields[0].options)
        assert labels[struck].startswith("✗"), "the struck card is not marked in the list"
        put(form, target=struck)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form, "the form closed on a refused merge"
        error = form.query_one("#err-target", Static)
        assert error.display and t("error.merge_into_struck") in str(error.render())
        assert disk(app.store.path) == before
