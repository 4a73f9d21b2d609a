"""The Textual app: themes, the app's keys, the action path, and the screen of each step.

``HefboomApp`` is put together from :class:`~hefboom_tui.tui.app_session.AppSession`
(start-up, opening and following a session), :class:`~hefboom_tui.tui.app_commands.AppCommands`
(the app's own keys and palette commands) and what is here: the theme, the action path
(``do``, ``do_inline``, ``do_together``), the store's event and the step navigation. Which
screen shows which step is in ``tui/step_screens.py``; its names are importable from here."""

from __future__ import annotations

import gc
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

from textual import events
from textual.app import App
from textual.binding import Binding
from textual.theme import Theme
from textual.timer import Timer

from hefboom_tui.i18n import N_, t
from hefboom_tui.model.change import Change
from hefboom_tui.model.errors import ActionError, ValidationError
from hefboom_tui.model.session import Session
from hefboom_tui.store.errors import StoreError
from hefboom_tui.store.session_store import SessionStore
from hefboom_tui.tui.app_commands import AppCommands
from hefboom_tui.tui.app_session import FOLLOW_INTERVAL, AppSession, freeze_heap
from hefboom_tui.tui.drafts import Drafts
from hefboom_tui.tui.read_only import refused_key, writing_allowed
from hefboom_tui.tui.result import Result, SessionView
from hefboom_tui.tui.step_screens import SCREENS, screen_for
from hefboom_tui.tui.themes import BEAMER, THEMES
from hefboom_tui.tui.timers import Timers

__all__ = ["FOLLOW_INTERVAL", "SCREENS", "HefboomApp", "freeze_heap", "make_app", "run_app",
           "screen_for"]

P = ParamSpec("P")
R = TypeVar("R")


class HefboomApp(AppSession, AppCommands, App[None]):
    """hefboom: one session on one laptop, for the facilitator and the beamer."""

    CSS_PATH = "app.tcss"
    TITLE = "hefboom"
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = [
        Binding("question_mark,f1", "help", N_("key.help"), id="app.help"),
        Binding("ctrl+z", "undo", N_("key.undo"), show=False, id="app.undo"),
        Binding("ctrl+y", "redo", N_("key.redo"), show=False, id="app.redo"),
        Binding("f5", "present", N_("key.present"), id="app.present"),
        Binding("ctrl+t", "toggle_theme", N_("key.theme"), show=False, id="app.theme"),
        Binding("f3", "team", N_("key.team"), show=False, id="app.team"),
        Binding("f4", "print", N_("key.print"), show=False, id="app.print"),
        Binding("f6", "export", N_("key.export"), show=False, id="app.export"),
        Binding("f7", "park", N_("key.park"), show=False, id="app.park"),
        Binding("f8", "parking", N_("key.parking"), show=False, id="app.parking"),
        Binding("f9", "step_timer", N_("key.step_timer"), show=False, id="app.step_timer"),
        Binding("ctrl+q", "quit", N_("key.quit"), show=False, id="app.quit", priority=True),
        Binding("ctrl+p", "command_palette", N_("key.palette"), show=False, id="app.palette",
                priority=True),  # ours, so the footer does not say "palette" in English
    ]

    def __init__(self, folder: Path, session_name: str | None = None, *, beamer: bool = False,
                 clock: Callable[[], float] = time.monotonic,
                 wall_clock: Callable[[], float] = time.time,
                 store: SessionStore | None = None) -> None:
        """``store``: session ``session_name`` already opened (the CLI opens it before the
        screen is taken over, so a bad file gets a one-line message); else the app opens it."""
        super().__init__()
        self.folder = folder
        self.session_name = session_name
        self.beamer = beamer
        self.clock = clock
        self.wall_clock = wall_clock
        self._follower: Timer | None = None  # polls the file while another process writes it
        self._writer_offered = False
        self._follow_ticks = 0
        self.store: SessionStore | None = None
        self._opened = store
        self.presenting = beamer
        self.quit_after_print = False  # Ctrl+Q came while a print was running
        self.drafts = Drafts(folder, "_start")  # forms' unsaved input, per session
        self.held_notices: list[tuple[str, str]] = []  # toasts kept back while presenting
        self.timers = Timers(self)  # the step timer, counting on every screen
        self.shown_step = ""  # the step of the screen on display (the header names it)
        for theme in THEMES:
            self.register_theme(theme)
        self._start_with_theme(BEAMER)

    def _start_with_theme(self, theme: Theme) -> None:
        """Start with ``theme``. Setting ``self.theme`` here would parse every style sheet a
        second time once the app runs (Textual re-parses on a theme change: ~15 ms of
        start-up); nothing is parsed yet, so the theme's variables and classes are set as
        ``App._watch_theme`` sets them, without that re-parse. Later changes (Ctrl+T) set
        ``self.theme`` as usual. ``tests/test_themes.py`` checks the first frame's colours."""
        self.set_reactive(App.theme, theme.name)
        self.stylesheet.set_variables(self.get_css_variables())
        classes = {name: False for name in self.classes if name.startswith("-theme-")}
        classes.update({f"-theme-{theme.name}": True, "-dark-mode": theme.dark,
                        "-light-mode": not theme.dark})
        self.update_classes(classes, update=False)
        self._refresh_truecolor_filter(self.ansi_theme)
    # -- the action path ---------------------------------------------------------------------
    def do(self, action: Callable[Concatenate[Session, P], R], /,
           *args: P.args, **params: P.kwargs) -> Result[R]:
        """Apply ``action`` through the store; a refusal is shown, never raised."""
        return self._apply(False, action, *args, **params)

    def do_inline(self, action: Callable[Concatenate[Session, P], R], /,
                  *args: P.args, **params: P.kwargs) -> Result[R]:
        """As :meth:`do`, but a ValidationError is returned for the form to show next to its
        field instead of as a notification."""
        return self._apply(True, action, *args, **params)

    def do_together(self, label: str, work: Callable[[SessionStore], R], *,
                    inline: bool = False) -> Result[R]:
        """One user intention made of several actions (a form that sets two things): ``work``
        calls ``store.do`` as often as it needs, inside one transaction, so it is saved once
        and one Ctrl+Z takes all of it back. A refusal takes all of it back too."""
        store = self.store
        if store is None:
            return Result(False)

        def run() -> R:
            with store.transaction(label):
                return work(store)

        return self._guarded(inline, run)

    def _apply(self, inline: bool, action: Callable[Concatenate[Session, P], R], /,
               *args: P.args, **params: P.kwargs) -> Result[R]:
        store = self.store
        if store is None:
            return Result(False)
        return self._guarded(inline, lambda: store.do(action, *args, **params))

    def _guarded(self, inline: bool, run: Callable[[], R]) -> Result[R]:
        try:
            value = run()
        except ValidationError as exc:
            if not inline:
                self.notify(str(exc), severity="error", timeout=8)
            return Result(False, error=exc)
        except (ActionError, StoreError) as exc:
            self.notify(str(exc), severity="error", timeout=10)
            return Result(False, error=exc)
        return Result(True, value)

    def _session_changed(self, change: Change) -> None:
        """The store's one event: the topmost session screen redraws what changed now (it
        shows, perhaps under a dialog); the ones below redraw when they are shown again."""
        self.timers.sync()
        views = [s for s in reversed(self.screen_stack) if isinstance(s, SessionView)]
        for n, view in enumerate(views):
            if n == 0:
                view.session_changed(change)
            else:
                view.stale = True

    def refresh_screen(self) -> None:
        """Redraw the visible session screen from the store (after a view setting changed)."""
        for screen in reversed(self.screen_stack):
            if isinstance(screen, SessionView):
                screen.session_changed(Change("reload", "view"))
                return

    # -- a window that only reads the session ------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The app's writing keys (undo, redo, park, the timer) are off in a read-only window."""
        return writing_allowed(self, action)

    def on_key(self, event: events.Key) -> None:
        """A key whose writing binding is off in this read-only window says so (runs before
        the bindings are looked up; a key another binding takes is left alone)."""
        if refused_key(self, event.key):
            event.prevent_default()
            event.stop()

    # -- navigation --------------------------------------------------------------------------
    def show_step(self, step_id: str, record: bool = True) -> None:
        """Switch to the screen of ``step_id`` (and remember the step in the session)."""
        if record and self.store is not None and not self.store.read_only:
            if self.store.session.step != step_id:
                from hefboom_tui.model import actions  # not needed for the first frame

                self.do(actions.set_step, step=step_id)
        screen = screen_for(step_id)()
        self.shown_step = step_id
        while len(self.screen_stack) > 2:
            self.pop_screen()
        if len(self.screen_stack) == 2:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    def on_unmount(self) -> None:
        """The app ends: the timers stop and the session is closed (its lock let go)."""
        self.timers.stop()
        if self.store is not None:
            self.store.close()


def make_app(folder: Path, session_name: str | None = None, **kwargs: Any) -> HefboomApp:
    """The app as the CLI and the tests build it."""
    return HefboomApp(folder, session_name, **kwargs)


def run_app(folder: Path, session_name: str | None = None, *, beamer: bool = False,
            store: SessionStore | None = None) -> None:
    """Run the app in the terminal; a message it exits with is printed afterwards.
    ``store``: the session ``session_name``, already opened by the caller."""
    app = make_app(folder, session_name, beamer=beamer, store=store)
    if hasattr(signal, "SIGHUP"):  # closing the terminal window must not lose a form's input
        signal.signal(signal.SIGHUP, lambda *_: app.hang_up())
    gc.freeze()  # what start-up made so far stays: the first frame's collections skip it
    app.run()
    if app.return_code == 1:
        sys.exit(1)  # the app already printed why (e.g. the session could not be opened)
    if app.return_code:
        raise StoreError(t("app.crashed"))
