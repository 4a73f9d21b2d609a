"""Every form of the TUI is one user intention: one Ctrl+S saves it, one Ctrl+Z takes it back.

For each form that changes the open session, the demo session is opened, the form is opened
with the key the user would press, filled with valid values and saved; the file on disk must
have changed, and after ONE Ctrl+Z it must be exactly what it was before the form was saved.
A form whose submit did two separate saves would need two Ctrl+Z and fails here.

The start screen's forms make a new session file instead (checked: exactly one file, and no
half-made session when the form is refused); the wall's filter form only changes the view.
A meta-test counts the form call sites in ``tui/screens`` so a new form cannot be forgotten.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import SelectionList, TextArea

import hefboom_tui.tui.screens as screens_package
from hefboom_tui.demo import write_demo
from hefboom_tui.model.session import Session, to_tables
from hefboom_tui.store import catalog
from hefboom_tui.store.session_store import load_session
from hefboom_tui.tui.app import HefboomApp, make_app
from hefboom_tui.tui.screens.form import FormScreen

SCREENS_DIR = Path(screens_package.__file__).parent
Tables = dict[str, dict[str, Any]]
Fill = Callable[[FormScreen, Session, Path], None]


# -- filling a form ---------------------------------------------------------------------------
def put(form: FormScreen, **values: Any) -> None:
    """Set form widgets ``#f-<name>`` directly (text, input, select, check, people)."""
    for name, value in values.items():
        widget = form.query_one(f"#f-{name}")
        if isinstance(widget, TextArea):
            widget.text = value
        elif isinstance(widget, SelectionList):
            widget.deselect_all()
            for item in value:
                widget.select(item)
        else:
            widget.value = value  # type: ignore[attr-defined]


def option(form: FormScreen, name: str, index: int = 0) -> str:
    """The value of the ``index``-th option of select/people field ``name``."""
    field = next(f for f in form.fields if f.name == name)
    return str(field.options[index][1])


def csv_file(tmp: Path, *names: str) -> str:
    path = tmp / "lijst.csv"
    path.write_text("naam;beschrijving\n" + "".join(f"{n};test\n" for n in names),
                    encoding="utf-8")
    return str(path)


def fill_swap(form: FormScreen, s: Session, _: Path) -> None:
    put(form, a=s.duos[0].members[0], b=s.duos[1].members[0])


def fill_merge(form: FormScreen, _: Session, __: Path) -> None:
    put(form, target=option(form, "target"))


def fill_engagement(form: FormScreen, s: Session, _: Path) -> None:
    put(form, what="Samen een buurtfeest plannen", answer="yes", why="Ze vroegen het zelf",
        who=[option(form, "who", 2)], by_when="2027-03-01")


def fill_engagement_edit(form: FormScreen, _: Session, __: Path) -> None:
    put(form, what="Een aangepaste afspraak", why="Beter zo", by_when="2027-04-01")


def fill_plan(form: FormScreen, s: Session, _: Path) -> None:
    put(form, initiative=s.engaged()[-1].id, what="Een tweede afspraak maken",
        who=[option(form, "who", 1)])


# -- the forms that change the open session ----------------------------------------------------
@dataclass(frozen=True)
class Case:
    """One form: its call site, how the user reaches and opens it, and how to fill it."""

    id: str
    site: str  # the file in tui/screens (or tui/app.py) with the form_screen(...) call
    step: str | None  # the step to show first (None: stay on the wall, step 1.1)
    keys: tuple[str, ...]  # the keys that open the form ("action:x": run the action x)
    fill: Fill
    keep_open: bool = False  # quick add: the form stays open for the next item
    again: bool = False  # a second case of a call site already listed (not counted twice)


CASES: list[Case] = [
    Case("wall-new-fiche", "wall.py", None, ("n",),
         lambda f, s, p: put(f, name="Kringloopwinkel Test", theme="duurzaamheid")),
    Case("wall-quick-add", "wall.py", None, ("a",),
         lambda f, s, p: put(f, name="Snelle Fiche", description="een lijn"), keep_open=True),
    Case("wall-csv-import", "wall.py", None, ("i",),
         lambda f, s, p: put(f, file=csv_file(p, "Import Een", "Import Twee"))),
    Case("wall-edit-fiche", "wall.py", None, ("e",),
         lambda f, s, p: put(f, contact="Nieuwe Contactpersoon", size="99 leden")),
    Case("lenses", "lenses.py", None, ("w", "enter"),
         lambda f, s, p: put(f, willingness="low", ability="high")),
    Case("duos-make", "duos.py", "1.3", ("m",), lambda f, s, p: put(f, seed="4242")),
    Case("duos-swap", "duos.py", "1.3", ("w",), fill_swap),
    Case("duos-judge-argument", "duos.py", "1.3", ("enter", "enter"),
         lambda f, s, p: put(f, verdict="relevant", argument="Een nieuw argument")),
    Case("duos-new-card", "duos.py", "1.3", ("n",),
         lambda f, s, p: put(f, principle=option(f, "principle", 1), text="Een eigen kaart",
                             argument="Omdat het kan")),
    Case("plenum-merge", "plenum.py", "1.3", ("P", "m"), fill_merge),
    Case("choose-1.5", "choose.py", "1.5", ("enter",),
         lambda f, s, p: put(f, why="Een nieuwe reden om te kiezen")),
    Case("agreements-1.6", "agreements.py", "1.6", ("enter",),
         lambda f, s, p: put(f, time_needed="3 uur", time="9u30", visitor_needs="Koffie")),
    Case("visits-phase2", "visits.py", "2", ("enter",),
         lambda f, s, p: put(f, needs="Een nieuwe nood\nNog een", wants_support="unclear")),
    Case("decide-3.2", "decide.py", "3.2", ("enter",),
         lambda f, s, p: put(f, argument="Een ander argument, na lang overleg.")),
    Case("rotation-schedule-3.3", "rotation.py", "3.3", ("s",),
         lambda f, s, p: put(f, minutes="9", seed="77", auto=not s.timer.auto_advance)),
    Case("tally-add-option", "tally.py", "3.3", ("t", "a"),
         lambda f, s, p: put(f, text="Een nieuwe optie", kind="principle",
                             added_by=option(f, "added_by"))),
    Case("plenum-engagement-add-3.3", "engagements.py", "3.3", ("t", "p", "n"),
         fill_engagement),
    Case("plenum-engagement-edit-3.3", "engagements.py", "3.3", ("t", "p", "tab", "enter"),
         fill_engagement_edit),
    Case("plenum-missing-3.3", "engagements.py", "3.3", ("t", "p", "c"),
         lambda f, s, p: put(f, missing_answer="no", missing="")),
    Case("appointment-3.4", "appointments.py", "3.4", ("enter",),
         lambda f, s, p: put(f, whom="De hele groep", time="10:00")),
    Case("team-add-f3", "team.py", None, ("f3", "n"),
         lambda f, s, p: put(f, name="Karim"), keep_open=True),
    Case("team-rename-f3", "team.py", None, ("f3", "r"), lambda f, s, p: put(f, name="Annelies V.")),
    Case("acting-plan-action-4", "acting.py", "4", ("n",), fill_plan),
    Case("acting-edit-action-4", "acting.py", "4", ("down", "down", "enter"),
         lambda f, s, p: put(f, what="Samen de aanvraag indienen", owner="initiative")),
    Case("acting-cooperation-4", "acting.py", "4", ("c",),
         lambda f, s, p: put(f, communication="Een nieuwsbrief aan de stad, elk kwartaal")),
    Case("acting-appointment-4", "appointments.py", "4", ("enter",),
         lambda f, s, p: put(f, still_needed="De sleutel"), again=True),
    Case("acting-feedback-declined-4", "appointments.py", "4", ("tab", "enter"),
         lambda f, s, p: put(f, date="2027-01-05"), again=True),
    Case("organisation-challenge-5", "organisation.py", "5", ("enter",),
         lambda f, s, p: put(f, applies="no", examples="Een ander voorbeeld")),
    Case("organisation-own-challenge-5", "organisation.py", "5", ("o",),
         lambda f, s, p: put(f, name="Onze vrijwilligers", examples="Ze haken af"), again=True),
    Case("organisation-proposal-5", "organisation.py", "5", ("down", "down", "n"),
         lambda f, s, p: put(f, proposal="Een nieuw voorstel", review_date="2027-09-01")),
    Case("organisation-review-5", "organisation.py", "5", ("down", "enter"),
         lambda f, s, p: put(f, review_result="Het werkte: minder stress")),
    Case("new-cycle-5", "cycle_form.py", "5", ("c",),
         lambda f, s, p: put(f, steps_taken="Drie bezoeken", next_actions="Verder met twee")),
    Case("park-a-question-f7", "app_commands.py", "3.3", ("f7",),
         lambda f, s, p: put(f, text="Wie betaalt de zaal voor het feest?")),
]

# Call sites covered elsewhere in this file, not by an undo case above.
COVERED_OTHERWISE: dict[str, list[str]] = {
    "start.py": ["new session (creates a file)", "import as new session (creates a file)"],
    "wall.py": ["filter (view only: the session must not change)"],
    "fields.py": ["form_screen() itself: the factory every form goes through"],
}

CALL_SITE = re.compile(r"(?<!def )\bform_screen\(|(?<!class )\bFormScreen\(")


def disk(path: Path) -> Tables:
    return to_tables(load_session(path))


def forms_open(app: HefboomApp) -> int:
    return sum(isinstance(screen, FormScreen) for screen in app.screen_stack)


# -- the tests ---------------------------------------------------------------------------------
def test_every_form_call_site_is_covered() -> None:
    found = Counter({path.name: len(CALL_SITE.findall(path.read_text(encoding="utf-8")))
                     for path in [*sorted(SCREENS_DIR.glob("*.py")),
                                  *sorted(SCREENS_DIR.parent.glob("*.py"))]})
    found = +found  # drop the files without forms
    covered = Counter(case.site for case in CASES if not case.again)
    covered.update({site: len(items) for site, items in COVERED_OTHERWISE.items()})
    assert dict(found) == dict(covered), (
        "form call sites in tui/screens (left) differ from those this file covers (right): "
        "add a Case (or a COVERED_OTHERWISE entry with its own test) for the new form")


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
async def test_one_ctrl_z_undoes_the_whole_form(folder: Path, tmp_path: Path,
                                                case: Case) -> None:
    path = write_demo(folder)
    app = make_app(folder, "demo")
    async with app.run_test(size=(100, 30)) as pilot:
        if case.step is not None:
            app.show_step(case.step)
            await pilot.pause()
        before = disk(path)
        for key in case.keys:
            if key.startswith("action:"):  # straight to the screen's action, not by a key
                await app.screen.run_action(key.removeprefix("action:"))
            else:
                await pilot.press(key)
        await pilot.pause()
        form = app.screen
        if not isinstance(form, FormScreen):
            pytest.fail(f"pressing {' '.join(case.keys)} on {form!r} did not open the "
                        f"{case.id} form, so the user cannot reach it by that key")
        assert forms_open(app) == 1
        assert app.store is not None
        case.fill(form, app.store.session, tmp_path)
        await pilot.pause()
        assert disk(path) == before, "opening or filling the form saved something"
        await pilot.press("ctrl+s")
        await pilot.pause()
        errors = [str(e.render()) for e in form.query(".form-error") if e.display]
        assert not errors, f"the form refused the values: {errors}"
        if case.keep_open:
            assert app.screen is form, "quick add must stay open for the next item"
        else:
            assert forms_open(app) == 0, "the form did not close after Ctrl+S"
        assert disk(path) != before, "saving the form did not change the session on disk"
        if case.keep_open:  # app keys (Ctrl+Z) do not reach past a modal dialog: close it
            await pilot.press("escape")
            await pilot.pause()
            assert forms_open(app) == 0, "the emptied quick-add form did not close on Escape"
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert disk(path) == before, (
            f"one Ctrl+Z after the {case.id} form did not restore the session: the form "
            "was saved as more than one undo step")


async def test_wall_filter_form_changes_only_the_view(folder: Path) -> None:
    path = write_demo(folder)
    app = make_app(folder, "demo")
    async with app.run_test(size=(100, 30)) as pilot:
        before = disk(path)
        await pilot.press("f")
        form = app.screen
        assert isinstance(form, FormScreen)
        put(form, status="presented")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert forms_open(app) == 0
        wall = app.screen
        assert getattr(wall, "status_filter", None) == "presented"
        assert disk(path) == before


def session_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("*.json"))


async def test_new_session_form_creates_exactly_one_file(folder: Path) -> None:
    app = make_app(folder)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("n")
        form = app.screen
        assert isinstance(form, FormScreen)
        put(form, name="   ")  # refused: no name
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form and form.query_one("#err-name").display
        assert session_files(folder) == []
        put(form, name="Wijkteam Noord")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert forms_open(app) == 0
        assert session_files(folder) == ["wijkteam-noord.json"]
        assert load_session(folder / "wijkteam-noord.json").name == "Wijkteam Noord"
        assert app.store is not None and app.store.path.name == "wijkteam-noord.json"


async def test_import_as_new_session_form_leaves_no_half_made_session(
        folder: Path, tmp_path: Path) -> None:
    existing = catalog.create(folder, "Bestaand")
    existing.close()
    existing_text = (folder / "bestaand.json").read_bytes()
    bad = tmp_path / "slecht.csv"
    bad.write_text("titel;beschrijving\nA;b\n", encoding="utf-8")  # no name column
    good = csv_file(tmp_path, "Buurtmoestuin", "Repair Café")
    app = make_app(folder)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("i")
        form = app.screen
        assert isinstance(form, FormScreen)
        refusals = [("Nieuwe lijst", str(bad), "file"),
                    ("Nieuwe lijst", str(tmp_path / "bestaat-niet.csv"), "file"),
                    ("Bestaand", good, "name")]
        for name, file, field in refusals:
            put(form, name=name, file=file)
            await pilot.press("ctrl+s")
            await pilot.pause()
            assert app.screen is form, f"the form closed for {name!r}, {file!r}"
            assert form.query_one(f"#err-{field}").display
            assert session_files(folder) == ["bestaand.json"], "a half-made session was left"
            assert (folder / "bestaand.json").read_bytes() == existing_text
        put(form, name="Nieuwe lijst", file=good)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert forms_open(app) == 0
        assert session_files(folder) == ["bestaand.json", "nieuwe-lijst.json"]
        created = load_session(folder / "nieuwe-lijst.json")
        assert [i.name for i in created.initiatives] == ["Buurtmoestuin", "Repair Café"]
