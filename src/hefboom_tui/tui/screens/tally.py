"""Phase 3, step 3: the green/red sticker tally, faster than counting paper.

Arrows move; ``g``/``r`` add a green/red sticker, ``G``/``R`` take one off; typing digits
sets the count of the colour under the cursor (or green on the option's own column).
Every change is autosaved and undoable. ``[`` and ``]`` switch initiative; ``v`` shows the
overview of all initiatives × options for the plenum; ``o`` sorts by green, then red.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from hefboom_tui.i18n import N_, language, t, tn
from hefboom_tui.model import actions
from hefboom_tui.model.change import Change
from hefboom_tui.model.entities import Initiative, SupportOption
from hefboom_tui.tui.read_only import refuse, writes
from hefboom_tui.tui.result import Result
from hefboom_tui.tui.screens.base import SessionScreen
from hefboom_tui.tui.screens.fields import Field, form_screen
from hefboom_tui.tui.widgets.detail_line import cut
from hefboom_tui.tui.widgets.row_table import RowTable
from hefboom_tui.tui.widgets.steady_static import SteadyStatic

COLOUR_COLUMNS = {2: "green", 3: "red"}
TYPING_PAUSE = 1.5  # seconds: digits typed closer together than this form one number


def bar(green: int, red: int, top: int, width: int = 8) -> Text:
    """Green and red as bars with their symbols and numbers (readable without colour)."""
    scale = width / max(top, 1)
    text = Text("✓", style="bold")
    text.append("█" * round(green * scale), style="green")
    text.append(f" {green}  ", style="bold")
    text.append("✗", style="bold")
    text.append("█" * round(red * scale), style="red")
    text.append(f" {red}", style="bold")
    return text


class TallyScreen(SessionScreen):
    """Sticker counts per engaged initiative, with bars; or the overview matrix."""

    TITLE_KEY = "screen.tally"
    DETAIL_ID = "tally-detail"
    DETAIL_LINES = 4
    BINDINGS = [
        Binding("escape", "back", N_("key.back"), id="tally.back"),
        Binding("g", "sticker('green', 1)", N_("key.green"), id="tally.green"),
        Binding("r", "sticker('red', 1)", N_("key.red"), id="tally.red"),
        Binding("G", "sticker('green', -1)", N_("key.green_off"), show=False, id="tally.green_off"),
        Binding("R", "sticker('red', -1)", N_("key.red_off"), show=False, id="tally.red_off"),
        Binding("left_square_bracket", "switch(-1)", N_("key.previous"), id="tally.prev"),
        Binding("right_square_bracket", "switch(1)", N_("key.next"), id="tally.next"),
        Binding("o", "sort", N_("key.sort"), id="tally.sort"),
        Binding("v", "overview", N_("key.overview"), id="tally.overview"),
        Binding("a", "add_option", N_("key.add_option"), id="tally.add"),
        Binding("h", "hide", N_("key.hide_counts"), id="tally.hide"),
        Binding("u", "reveal", N_("key.reveal_counts"), show=False, id="tally.reveal"),
        Binding("p", "plenum", N_("key.tally_plenum"), id="tally.plenum"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.index = 0
        self.sorted = False
        self.overview = False
        self._typed = ""
        self._typed_at: tuple[str, str] | None = None
        self._typed_time = 0.0
        self._shown: tuple[str, list[str], int] | None = None  # initiative, option ids, top
        self._over_ok: set[tuple[str, str, str]] = set()  # counts above the team, confirmed
        self.hidden = False  # counts hidden on the beamer while the team rotates
        self.revealed: set[str] = set()  # initiatives whose counts the plenum may see

    def masked(self, initiative: str) -> bool:
        """Whether this window hides the counts of ``initiative`` (only the beamer does)."""
        return self.app.beamer and self.hidden and initiative not in self.revealed

    def compose_body(self) -> ComposeResult:
        yield SteadyStatic("", id="tally-title", classes="form-title")
        yield RowTable(id="tally", cursor_type="cell")

    def detail(self, table: str, key: str) -> str | Text:
        """The whole text of the option under the cursor (the table cuts long ones), and who
        added it during the round."""
        option = next((o for o in self.session.support_options if o.id == key), None)
        if option is None:
            return ""
        if not option.added_by:
            return self._text(option)
        return Text(self._text(option) + "\n") + Text(
            f"— {t('field.added_by')}: {option.added_by}", style="italic")

    @property
    def initiative(self) -> Initiative | None:
        engaged = self.session.engaged()
        if not engaged:
            return None
        self.index %= len(engaged)
        return engaged[self.index]

    def _text(self, option: SupportOption) -> str:
        return option.text_in(language())

    def refresh_view(self) -> None:
        table = self.query_one(RowTable)
        if self.overview:
            self._refresh_overview(table)
            return
        item = self.initiative
        title = self.query_one("#tally-title", Static)
        if item is None:
            title.update(t("tally.none"))
            table.clear(columns=True)
            self.set_hint(t("error.no_engaged"))
            return
        shown_to_room = t("tally.hidden_note") if self.hidden and item.id not in self.revealed \
            else ""
        title.update(f"{item.code}  {item.name}  ({self.index + 1}/{len(self.session.engaged())})"
                     + (f"  {shown_to_room}" if shown_to_room else ""))
        masked = self.masked(item.id)
        if [key.value for key in table.columns] != ["kind", "option", "green", "red", "bars"]:
            table.clear(columns=True)
            for key, label in (("kind", t("field.kind").capitalize()),
                               ("option", t("print.option").capitalize()),
                               ("green", "✓ " + t("print.green")), ("red", "✗ " + t("print.red")),
                               ("bars", t("tally.bars"))):
                table.add_column(label, key=key)
        options = self.session.options_for(item.id)
        counts = {o.id: self.session.tally(item.id, o.id) for o in options}
        if self.sorted:
            def weight(option: SupportOption) -> tuple[int, int]:
                found = counts[option.id]
                return (-found.green, -found.red) if found else (0, 0)

            options.sort(key=weight)
        top = max([max(c.green, c.red) for c in counts.values() if c] or [1])
        self._shown = (item.id, [o.id for o in options], top)
        room = max(20, min(70, self.size.width - 50))  # the counts must stay on screen
        rows = []
        for option in options:
            c = counts[option.id]
            green, red = (c.green, c.red) if c else (0, 0)
            kind = t(f"kind_short.{option.kind}") + (" ✦" if option.initiative else "")
            rows.append((option.id, [kind, cut(self._text(option), room),
                                     "–" if masked else str(green),
                                     "–" if masked else str(red),
                                     "" if masked else bar(green, red, top)]))
        table.fill(rows)
        if table.cursor_coordinate.column == 0 and table.row_count:
            table.move_cursor(column=2)
        self.set_hint(t("tally.hint"))

    def session_changed(self, change: Change) -> None:
        """A sticker counted: redraw that option's counts and bar (and the other bars only
        when the longest bar changed), not the whole table."""
        item = self.initiative
        shown = self._shown
        if (self.overview or self.sorted or item is None or shown is None or shown[0] != item.id
                or self.masked(item.id)
                or not change.only("sticker", "set_stickers")
                or any(step.params.get("initiative") != item.id for step in change.steps)):
            super().session_changed(change)
            return
        options = [o.id for o in self.session.options_for(item.id)]
        if options != shown[1]:
            super().session_changed(change)
            return
        self.refresh_header()
        counts = {o: self.session.tally(item.id, o) for o in options}
        top = max([max(c.green, c.red) for c in counts.values() if c] or [1])
        changed = {str(step.params["option"]) for step in change.steps}
        cells: list[tuple[str, str, Any]] = []
        for option in options if top != shown[2] else changed:
            c = counts[option]
            green, red = (c.green, c.red) if c else (0, 0)
            if option in changed:
                cells += [(option, "green", str(green)), (option, "red", str(red))]
            cells.append((option, "bars", bar(green, red, top)))
        self.query_one(RowTable).set_cells(cells)
        self._shown = (item.id, options, top)

    def _refresh_overview(self, table: RowTable) -> None:
        engaged = self.session.engaged()
        self.query_one("#tally-title", Static).update(t("tally.overview_title"))
        table.clear(columns=True)
        table.add_columns(t("print.option").capitalize(), *[i.code for i in engaged])
        for option in self.session.support_options:
            cells: list[Any] = [cut(self._text(option), 40)]
            for item in engaged:
                if option.initiative and option.initiative != item.id:
                    cells.append("")
                    continue
                c = self.session.tally(item.id, option.id)
                if self.masked(item.id):
                    cells.append("–")
                    continue
                cells.append(f"✓{c.green} ✗{c.red}" if c and (c.green or c.red) else "·")
            table.add_row(*cells, key=option.id)
        self.set_hint(t("tally.overview_hint"))

    # -- entry -------------------------------------------------------------------------------
    def _cell(self) -> tuple[Initiative, str, str] | None:
        item = self.initiative
        table = self.query_one(RowTable)
        if item is None or self.overview or not table.row_count:
            return None
        option = table.current_key()
        colour = COLOUR_COLUMNS.get(table.cursor_coordinate.column, "green")
        return (item, option, colour) if option else None

    @writes
    def action_sticker(self, colour: str, delta: int) -> None:
        cell = self._cell()
        if cell is not None:
            self._typed = ""
            found = self.session.tally(cell[0].id, cell[1])
            now = (found.green if colour == "green" else found.red) if found else 0
            self._checked(cell[0].id, cell[1], colour, now + delta, lambda: self.do(
                actions.sticker, initiative=cell[0].id, option=cell[1], colour=colour,
                delta=delta))

    def _checked(self, initiative: str, option: str, colour: str, count: int,
                 apply: Callable[[], object]) -> None:
        """Apply a count; more stickers of one colour than people present asks first (once
        per option and colour: a typo of 90 for 9 is caught, a real count is not nagged)."""
        present = len(self.session.present())
        key = (initiative, option, colour)
        if count <= present or key in self._over_ok:
            apply()
            return
        from hefboom_tui.tui.screens.confirm import ConfirmScreen

        def answer(yes: bool | None) -> None:
            if yes:
                self._over_ok.add(key)
                apply()

        stickers = tn(f"count.{colour}_stickers", count)
        question = tn(f"tally.more_{colour}", present, present=present, stickers=stickers)
        self.app.push_screen(ConfirmScreen(question), answer)

    def on_key(self, event: Any) -> None:
        if event.character and event.character.isdigit():
            cell = self._cell()
            if cell is None:
                return
            if refuse(self):  # a count typed in a window that only reads the session
                event.stop()
                return
            key = (cell[1], cell[2])
            now = self.app.clock()
            fresh = self._typed_at != key or now - self._typed_time > TYPING_PAUSE
            self._typed = ("" if fresh else self._typed) + event.character
            self._typed_time = now
            self._typed = self._typed[-3:]
            self._typed_at = key
            count = int(self._typed)
            self._checked(cell[0].id, cell[1], cell[2], count, lambda: self.do(
                actions.set_stickers, initiative=cell[0].id, option=cell[1], colour=cell[2],
                count=count))
            event.stop()

    def action_plenum(self) -> None:
        """The plenum of step 3.3 for the initiative on screen: its engagements."""
        from hefboom_tui.tui.screens.engagements import open_plenum

        item = self.initiative
        open_plenum(self.app, item.id if item else "")

    def action_switch(self, step: int) -> None:
        self.index += step
        self.overview = False
        self.refresh_all()

    def action_hide(self) -> None:
        """Hide the counts on the beamer while the team rotates (or show them all again)."""
        self.hidden = not self.hidden
        self.revealed.clear()
        self.refresh_all()

    def action_reveal(self) -> None:
        """At the plenum: show this initiative's counts on the beamer."""
        item = self.initiative
        if item is not None and self.hidden:
            self.revealed.add(item.id)
            self.refresh_all()

    def action_sort(self) -> None:
        self.sorted = not self.sorted
        self.refresh_all()

    def action_overview(self) -> None:
        self.overview = not self.overview
        self.refresh_all()

    @writes
    def action_add_option(self) -> None:
        item = self.initiative
        if item is None:
            return
        iid = item.id
        kinds = [(t(f"kind.{k}"), k) for k in ("principle", "attitude", "tip")]
        people = [(p.name, p.name) for p in self.session.participants]
        fields = [Field("text", t("field.text").capitalize()),
                  Field("kind", t("field.kind").capitalize(), "select", "tip", kinds),
                  Field("added_by", t("field.added_by").capitalize(), "select", "", people)]

        def submit(values: dict[str, Any]) -> Result:
            return self.app.do_inline(actions.add_option, initiative=iid,
                               text=values["text"], kind=values["kind"] or "tip",
                               added_by=values["added_by"])

        self.app.push_screen(form_screen(t("tally.add_title", code=item.code), fields, submit))

    def action_back(self) -> None:
        self.app.pop_screen()

    # -- the beamer ---------------------------------------------------------------------------
    def view_state(self) -> dict[str, Any]:
        item = self.initiative
        return {"open": "tally", "id": item.id if item else "", "overview": self.overview,
                "hidden": self.hidden, "revealed": sorted(self.revealed)}

    def apply_view(self, view: dict[str, Any]) -> bool:
        if view.get("open") != "tally":
            return False
        engaged = [i.id for i in self.session.engaged()]
        wanted = str(view.get("id", ""))
        index = engaged.index(wanted) if wanted in engaged else self.index
        state = (index, bool(view.get("overview")), bool(view.get("hidden")),
                 set(view.get("revealed") or []))
        if state != (self.index, self.overview, self.hidden, self.revealed):
            self.index, self.overview, self.hidden, self.revealed = state
            self.refresh_all()
        return True
