"""The base of every screen inside a session: header, body, footer, presentation mode."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, ClassVar, Concatenate, ParamSpec, TypeVar, cast

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding
from textual.events import DescendantFocus
from textual.screen import Screen
from textual.widgets import Footer, Static

from hefboom_tui.i18n import N_, t
from hefboom_tui.model.change import Change
from hefboom_tui.tui.localized import LocalizedBindings
from hefboom_tui.tui.read_only import read_only_hint, writing_allowed
from hefboom_tui.tui.result import Places, Result, SessionView
from hefboom_tui.tui.widgets.detail_line import DetailPane
from hefboom_tui.tui.widgets.keys_footer import KeysFooter
from hefboom_tui.tui.widgets.session_header import SessionHeader
from hefboom_tui.tui.widgets.steady_static import SteadyStatic

if TYPE_CHECKING:
    from hefboom_tui.model.entities import Initiative
    from hefboom_tui.model.session import Session
    from hefboom_tui.tui.app import HefboomApp
    from hefboom_tui.tui.widgets.row_table import RowTable

P = ParamSpec("P")
TABLES = "RowTable"
"""The screens' record tables, queried by type name: the wall has none, and importing
Textual's DataTable for it would cost its first frame a few milliseconds."""
R = TypeVar("R")


class SessionScreen(LocalizedBindings, SessionView, Screen[None]):
    """A screen showing part of the open session. Subclasses fill ``compose_body`` and
    ``refresh_view``; every change goes through ``self.do`` (the store's action path)."""

    TITLE_KEY: ClassVar[str] = "screen.wall"
    SHOWS_ROUND_TIMER: ClassVar[bool] = False  # the rotation's own digits: no header countdown
    BINDINGS: ClassVar[list[Any]] = [
        Binding("f2", "app.steps", N_("key.steps"), id="app.steps"),
    ]

    app: HefboomApp  # type: ignore[assignment]

    DETAIL_ID: ClassVar[str] = ""
    """When set: a pane under the body shows the whole texts of the row under the cursor
    (:meth:`detail`), in a :class:`DetailPane` with this id."""
    DETAIL_LINES: ClassVar[int] = 0  # the pane's height in lines (0: a quarter of the screen)

    ENTER_ON: ClassVar[dict[str, str]] = {}
    """Tables on which Enter does something else than the screen's Enter binding says: table
    id → the description key shown for Enter while that table has the focus."""

    def compose(self) -> ComposeResult:
        yield SessionHeader(classes="chrome")
        yield from self.compose_body()
        if self.DETAIL_ID:
            yield DetailPane(self.DETAIL_ID, lines=self.DETAIL_LINES)
        yield SteadyStatic("", id="hint", classes="chrome hint")

    def compose_body(self) -> ComposeResult:
        yield from ()

    @property
    def session(self) -> Session:
        return self.app.store.session  # type: ignore[union-attr]

    def do(self, action: Callable[Concatenate[Session, P], R], /,
           *args: P.args, **params: P.kwargs) -> Result[R]:
        """Run ``action`` through the app's single action path (errors are shown)."""
        return self.app.do(action, *args, **params)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """A key that changes the session (its action marked ``@writes``) is off in a window
        that only reads it: left out of the footer, the help and the palette."""
        return writing_allowed(self, action)

    _ready = False

    ROW_ACTION: ClassVar[str] = ""  # the action run when a table row is chosen (Enter, click)

    def on_mount(self) -> None:
        # Textual calls this after the subclasses' own on_mount (it walks the MRO itself).
        self._ready = True
        self.refresh_all()
        tables = self.query(TABLES)
        handed, self._handed = self._handed, None
        if handed is not None and self._restore_places(handed):
            pass  # the cursors and the focus of the screen this one replaced
        elif tables and not any(table.has_focus for table in tables):  # not a scrolling pane
            tables.first().focus()
        # The footer is mounted after the first frame: it re-composes itself on every binding
        # change while a screen starts up, which cost ~40 ms of start-up time (measured).
        self.call_after_refresh(self._mount_footer)

    def _mount_footer(self) -> None:
        if not self.query(Footer):
            self.mount(KeysFooter(classes="chrome"))
            self.call_after_refresh(self.refresh_bindings)  # the footer draws on this signal

    def on_screen_resume(self) -> None:
        self.set_class(self.app.presenting, "-presenting")
        self.stale = False
        self.refresh_all()

    def session_changed(self, change: Change) -> None:
        """The store saved a change: redraw (screens override this to redraw only a part).
        The step timer shows only in the header (and its panel): nothing else redraws."""
        self.stale = False
        if change.only("step_timer", "set_step_timer"):
            if self._ready:
                self.refresh_header()
            return
        self.refresh_all()

    _width = 0  # the width the tables' cells were cut for

    def on_resize(self) -> None:
        if not self._ready:
            return
        if self.app.size.width != self._width:  # cells cut to fit: cut them again
            self.refresh_all()
        else:
            self.query_one(SessionHeader).update_from(t(self.TITLE_KEY))

    def text_room(self, used: int, share: float = 1.0, least: int = 12) -> int:
        """The cells a text column gets: ``share`` of the terminal's width less the ``used``
        cells of the other columns; at least ``least`` (the detail pane shows it whole)."""
        self._width = self.app.size.width
        return max(least, int(self._width * share) - used)

    def refresh_all(self) -> None:
        """Redraw the header and the view from the session."""
        if self.app.store is None or not self._ready:
            return
        self.refresh_header()
        self.refresh_view()
        self.show_detail()

    # -- the detail pane: what a table cuts, whole -------------------------------------------
    _detail_table: RowTable | None = None  # the table the pane follows (the last focused)

    def detail(self, table: str, key: str) -> str | Text:
        """The whole texts of row ``key`` of table ``table`` (its id), for the detail pane."""
        return ""

    def show_detail(self) -> None:
        """Show the detail of the row under the cursor of the table last focused."""
        if not self.DETAIL_ID or not self._ready:
            return
        from hefboom_tui.tui.widgets.row_table import RowTable  # loaded by a screen with a pane

        table = self._detail_table
        if table is None or not table.is_attached:
            tables = self.query(RowTable)
            table = tables.first() if tables else None
        key = table.current_key() if table is not None else None
        text = self.detail(table.id or "", key) if table is not None and key else ""
        self.query_one(DetailPane).show(text)

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """The keys as the footer, the help and the palette show them: Enter says what it
        does on the focused table (``ENTER_ON``)."""
        active = super().active_bindings
        focused = self.focused
        meaning = self.ENTER_ON.get(focused.id or "") if focused is not None else None
        item = active.get("enter")
        if meaning and item is not None and item.binding.id:
            active["enter"] = item._replace(
                binding=replace(item.binding, description=t(meaning)))
        return active

    def on_descendant_focus(self, event: DescendantFocus) -> None:
        if self.ENTER_ON:
            self.refresh_bindings()  # Enter's meaning follows the focus
        if not self.DETAIL_ID:
            return
        from hefboom_tui.tui.widgets.row_table import RowTable

        if isinstance(event.widget, RowTable) and event.widget is not self._detail_table:
            self._detail_table = event.widget
            self.show_detail()

    def cursor_moved(self, table: RowTable) -> None:
        """A table's cursor moved (called by the table at once): the detail follows."""
        if table is self._detail_table or self._detail_table is None:
            self.show_detail()

    def on_data_table_row_highlighted(self, _: Any) -> None:
        self.show_detail()  # a table filled again: its cursor may be on another record

    def refresh_header(self) -> None:
        """Redraw the header line (step, session, when it was saved)."""
        self.stale = False
        self.query_one(SessionHeader).update_from(t(self.TITLE_KEY))
        timers = getattr(self.app, "timers", None)
        if timers is not None:
            timers.show_on(self)

    def refresh_view(self) -> None:
        """Redraw the body from ``self.session``."""

    def view_state(self) -> dict[str, Any]:
        """What this screen shows, for the beamer to show the same (see ``tui/view_sync``);
        screens that open one thing (a fiche, a tally) add what it is."""
        return {}

    def apply_view(self, view: dict[str, Any]) -> bool:
        """On the beamer: show what ``view`` says, if this screen can; True when it did."""
        return not view.get("open")

    # -- the same rows on a screen built anew (a language switch) -----------------------------
    _handed: Places | None = None

    def places(self) -> Places:
        """Where each table's cursor is (by the table's id) and which widget has the focus."""
        cursors = {}
        for found in self.query(TABLES):
            table = cast("RowTable", found)
            key = table.current_key()
            if table.id and key is not None:
                cursors[table.id] = (key, table.cursor_coordinate.column)
        focused = self.focused
        return Places(cursors, focused.id if focused is not None else None)

    def keep_places(self, places: Places) -> None:
        """Restore ``places`` when this screen is mounted (after its tables are filled)."""
        self._handed = places

    def _restore_places(self, places: Places) -> bool:
        """Each table's cursor back on its row (where that row still is) and the focus back;
        True when the focus was given back."""
        for found in self.query(TABLES):
            table = cast("RowTable", found)
            kept = places.cursors.get(table.id or "")
            if kept is None:
                continue
            key, column = kept
            rows = [str(row.key.value) for row in table.ordered_rows]
            if key in rows:
                table.move_cursor(row=rows.index(key), column=column)
        focus = self.query(f"#{places.focus}") if places.focus else None
        if focus and focus.first().focusable:
            focus.first().focus()
            return True
        return False

    def on_data_table_row_selected(self, _: Any) -> None:
        if self.ROW_ACTION:
            getattr(self, f"action_{self.ROW_ACTION}")()

    def current_key(self) -> str | None:
        """The record id of the row under the cursor in the screen's (first) table."""
        tables = self.query(TABLES)
        return cast("RowTable", tables.first()).current_key() if tables else None

    def current_initiative(self) -> Initiative | None:
        """The initiative of the row under the cursor, if the table lists initiatives."""
        key = self.current_key()
        return self.session.initiative(key) if key else None

    _hint = ""  # the screen's own hint, shown when the window may write

    def set_hint(self, text: str) -> None:
        """The line above the footer: a short hint for the facilitator (hidden when presenting).
        A window that only reads the session shows what it can do instead: the screen's hint
        names keys that change the session. (A window that becomes the writer redraws its
        screens, which set their own hint again.)"""
        self._hint = text
        shown = read_only_hint(self) or text
        if shown != getattr(self, "_hint_text", None):  # an unchanged line costs no new layout
            self._hint_text = shown
            self.query_one("#hint", Static).update(shown)
