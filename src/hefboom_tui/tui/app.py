"""The Textual app: themes, global keys, the action path, and which screen shows which step."""

from __future__ import annotations

import gc
import signal
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.theme import Theme
from textual.timer import Timer
from textual.worker import Worker, WorkerState

from hefboom_tui.i18n import N_, t
from hefboom_tui.model.change import Change
from hefboom_tui.model.errors import ActionError, ValidationError
from hefboom_tui.model.session import Session
from hefboom_tui.store.errors import StoreError
from hefboom_tui.store.session_store import SessionStore
from hefboom_tui.tui import view_sync
from hefboom_tui.tui.drafts import Drafts
from hefboom_tui.tui.localized import language_commands
from hefboom_tui.tui.result import OpenSession, Result, SessionView
from hefboom_tui.tui.themes import BEAMER, DARK, THEMES
from hefboom_tui.tui.timers import Timers
from hefboom_tui.tui.view_sync import ViewFile

FOLLOW_INTERVAL = 0.25
P = ParamSpec("P")
R = TypeVar("R")


class HefboomApp(App[None]):
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

    # -- start -------------------------------------------------------------------------------
    def on_mount(self) -> None:
        self._load_keymap()
        if self.session_name is None:
            from hefboom_tui.tui.screens.start import StartScreen

            self.push_screen(StartScreen())
            self.call_after_refresh(freeze_heap)
            return
        try:
            opened, self._opened = self._opened, None
            self.open_session(self.session_name, read_only=self.beamer, store=opened)
        except StoreError as exc:
            self.exit(return_code=1, message=str(exc))

    def open_session(self, name: str, read_only: bool = False,
                     store: SessionStore | None = None) -> None:
        """Open session ``name`` (read-only when another process has it) and show its step;
        ``store`` is that session already opened."""
        if store is None:
            from hefboom_tui.store import catalog

            store = catalog.open_store(self.folder, name, read_only=read_only)
        store.clock = self.wall_clock
        if self.store is not None:
            self.store.close()
        self.store = store
        self.drafts = Drafts(self.folder, store.path.stem)
        self.views = ViewFile(self.folder, store.path.stem)  # the beamer shows what we show
        if not self.beamer and not store.read_only:
            self.set_interval(0.5, lambda: view_sync.publish(self))
        store.subscribe(self._session_changed)
        rotation = store.session.timer
        if (not self.beamer and not store.read_only and rotation.status == "running"
                and rotation.resume_paused):  # the facilitator's setting: resume paused
            from hefboom_tui.model import actions

            self.do(actions.timer, op="pause", now=self.wall_clock())
        self.timers.sync()
        if store.read_only and not self.beamer:
            self.notify(t("store.read_only", reason=store.read_only_reason), severity="warning",
                        timeout=10)
        if self.beamer or store.lock_state == "locked":
            self._start_following()
        self.show_step(store.session.step, record=False)
        self.call_after_refresh(freeze_heap)

    def _start_following(self) -> None:
        """Poll the session file (one ``stat`` a tick while it is unchanged): the beamer, and
        a window that opened the session read-only because another one writes it. The latter
        is offered to become the writer once the other one lets go."""
        if self._follower is not None:
            self._follower.stop()
        self._writer_offered, self._follow_ticks = False, 0
        self._follower = self.set_interval(FOLLOW_INTERVAL, self._follow)

    def on_open_session(self, message: OpenSession) -> None:
        """A screen asked to open a session (the start screen)."""
        try:
            self.open_session(message.session_name)
        except StoreError as exc:
            self.notify(str(exc), severity="error", timeout=15)

    def _load_keymap(self) -> None:
        from platformdirs import user_config_dir

        path = Path(user_config_dir("hefboom-tui", appauthor=False)) / "keymap.toml"
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            return  # no keymap: the usual case, and no TOML parser to load at start-up
        import tomllib

        try:
            keys = tomllib.loads(text).get("keys", {})
            self.set_keymap({str(k): str(v) for k, v in keys.items()})
        except (tomllib.TOMLDecodeError, AttributeError) as exc:
            detail = str(exc) or t("keymap.no_keys_table")
            self.notify(t("keymap.unreadable", path=path, detail=detail), severity="warning",
                        timeout=15)

    def _follow(self) -> None:
        store = self.store
        if store is None:
            return
        if store.reload_if_changed():
            wanted = screen_for(store.session.step)
            if len(self.screen_stack) <= 2 and type(self.screen) is not wanted:
                self.show_step(store.session.step, record=False)
        if self.beamer:
            view_sync.follow(self)
        if store.lock_state != "locked" or self.beamer or self._writer_offered:
            return
        self._follow_ticks += 1
        if self._follow_ticks % 4 == 0 and store.lock_is_free():  # about once a second
            from hefboom_tui.tui.screens.confirm import ConfirmScreen

            self._writer_offered = True
            self.push_screen(ConfirmScreen(t("store.writer_offer", name=store.session.name)),
                             self._become_writer)

    def _become_writer(self, yes: bool | None) -> None:
        """The answer to the offer: take over writing the session (or stay read-only)."""
        store = self.store
        if not yes or store is None or store.lock_state != "locked":
            return
        if store.try_become_writer():
            if self._follower is not None:
                self._follower.stop()
                self._follower = None
            self.notify(t("store.writer_now"), timeout=6)
        else:  # another program was quicker: offer again when that one lets go
            self._writer_offered = False
            self.notify(t("store.writer_taken"), severity="warning", timeout=8)

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

    def action_undo(self) -> None:
        self._history(lambda s: s.undo(), "notice.undone", "notice.nothing_to_undo")

    def action_redo(self) -> None:
        self._history(lambda s: s.redo(), "notice.redone", "notice.nothing_to_redo")

    def _history(self, step: Callable[[SessionStore], str | None], done: str, none: str) -> None:
        if self.store is None:
            return
        try:
            name = step(self.store)
        except StoreError as exc:
            self.notify(str(exc), severity="error")
            return
        if name is None:
            self.notify(t(none), timeout=3)
            return
        self.notify(t(done, action=t(f"action.{name}")), timeout=3)

    # -- navigation --------------------------------------------------------------------------
    def show_step(self, step_id: str, record: bool = True) -> None:
        """Switch to the screen of ``step_id`` (and remember the step in the session)."""
        if record and self.store is not None and not self.store.read_only:
            if self.store.session.step != step_id:
                from hefboom_tui.model import actions  # not needed for the first frame

                self.do(actions.set_step, step=step_id)
        screen = screen_for(step_id)()
        while len(self.screen_stack) > 2:
            self.pop_screen()
        if len(self.screen_stack) == 2:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    def action_steps(self) -> None:
        from hefboom_tui.tui.screens.steps import StepsScreen

        if self.store is not None:
            self.push_screen(StepsScreen(self.store.session.step), self._picked_step)

    def _picked_step(self, step_id: str | None) -> None:
        if step_id:
            self.show_step(step_id)

    def action_team(self) -> None:
        from hefboom_tui.tui.screens.team import TeamScreen

        if self.store is not None and not isinstance(self.screen, TeamScreen):
            self.push_screen(TeamScreen())

    def action_print(self) -> None:
        from hefboom_tui.tui.screens.print_dialog import PrintDialog, open_print_dialog

        if not isinstance(self.screen, PrintDialog):
            open_print_dialog(self)

    def action_export(self) -> None:
        from hefboom_tui.tui.screens.export_dialog import ExportDialog

        if self.store is not None and not isinstance(self.screen, ExportDialog):
            self.push_screen(ExportDialog())

    def action_park(self) -> None:
        """Park a question or an idea that came up (from any screen), to deal with later."""
        if self.store is None or self.beamer:
            return
        from hefboom_tui.model import actions
        from hefboom_tui.tui.screens.fields import Field, form_screen

        def submit(values: dict[str, Any]) -> Result[str]:
            return self.do_inline(actions.park, text=values["text"], by=values["by"])

        people = [(p.name, p.name) for p in self.store.session.participants]
        self.push_screen(form_screen(t("parking.title"), [
            Field("text", t("parking.question")),
            Field("by", t("field.added_by").capitalize(), "select", "", people)], submit,
            note=t("parking.note")))

    def action_parking(self) -> None:
        """Show the parking lot (the beamer shows it too)."""
        from hefboom_tui.tui.screens.parking import ParkingScreen

        if self.store is not None and not isinstance(self.screen, ParkingScreen):
            self.push_screen(ParkingScreen())

    def action_step_timer(self) -> None:
        """The timer panel, from any screen (F9 again, or Esc, closes it; the timer goes on)."""
        if self.store is None or self.beamer:
            return
        from hefboom_tui.tui.screens.step_timer import StepTimerDialog

        if isinstance(self.screen, StepTimerDialog):
            self.screen.dismiss(None)
        elif not any(isinstance(s, StepTimerDialog) for s in self.screen_stack):
            self.push_screen(StepTimerDialog(getattr(self.screen, "TIMER_STEP", None)))

    def action_help(self) -> None:
        from hefboom_tui.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_present(self) -> None:
        self.presenting = not self.presenting
        for screen in self.screen_stack:
            screen.set_class(self.presenting, "-presenting")
        self.refresh_screen()
        if not self.presenting:
            held, self.held_notices = self.held_notices, []
            for message, severity in held[-3:]:  # what came up while the room was watching
                super().notify(message, severity=severity, timeout=10)  # type: ignore[arg-type]
            self.notify(t("notice.presenting_off"), timeout=2)

    def notify(self, message: str, *, title: str = "", severity: str = "information",
               timeout: float | None = None, markup: bool = True) -> None:
        """A toast for the facilitator, never in front of the room: the beamer shows none,
        and in presentation mode they wait until it ends (F5)."""
        if self.beamer:
            return
        if self.presenting:
            self.held_notices.append((message, severity))
            return
        super().notify(message, title=title, severity=severity,  # type: ignore[arg-type]
                       timeout=timeout, markup=markup)

    def action_toggle_theme(self) -> None:
        self.theme = DARK.name if self.theme == BEAMER.name else BEAMER.name

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """The command palette, in the session's language: this screen's actions (with the
        key that does the same), every step, and the app's own commands. Textual's built-in
        commands are left out: they are English only, and ours cover what a facilitator
        needs from them (theme, keys and help, quit)."""
        seen = set()
        for active in screen.active_bindings.values():
            node_binding = active.binding
            if (not node_binding.description or not node_binding.id
                    or node_binding.action in seen or node_binding.action == "command_palette"):
                continue  # Textual's own widget keys (cursor, focus…) are English only
            seen.add(node_binding.action)
            action = node_binding.action
            node = active.node
            key = self.get_key_display(node_binding)
            yield SystemCommand(node_binding.description, t("palette.key", key=key),
                                lambda a=action, n=node: self.call_later(self.run_action, a, n))
        if self.store is not None:
            from hefboom_tui.model.method import STEPS

            for s in STEPS:
                yield SystemCommand(f"{t('palette.go')} {s.id} {t(s.title_key)}", t(s.help_key),
                                    lambda sid=s.id: self.show_step(sid))
        yield SystemCommand(t("palette.theme"), t("palette.theme_help"), self.action_toggle_theme)
        yield SystemCommand(t("palette.help"), t("palette.help_help"), self.action_help)
        yield from language_commands(self)
        yield SystemCommand(t("palette.quit"), t("palette.quit_help"),
                            lambda: self.call_later(self.action_quit))

    def action_command_palette(self) -> None:
        """The command palette, with its search line in the session's language."""
        from textual.command import CommandPalette

        if self.use_command_palette and not CommandPalette.is_open(self):  # type: ignore[arg-type]
            self.push_screen(CommandPalette(id="--command-palette",
                                            placeholder=t("palette.search")))

    async def action_quit(self) -> None:
        """Quit; a form with unsaved input asks first (and keeps it as a draft), a print still
        running is finished first (a second Ctrl+Q quits at once)."""
        if self._dirty_forms():
            from hefboom_tui.tui.screens.confirm import ConfirmScreen

            if isinstance(self.screen, ConfirmScreen):
                self._quit_answered(True)  # Ctrl+Q twice: quit, keeping what was typed
            else:
                self.push_screen(ConfirmScreen(t("form.quit_dirty")), self._quit_answered)
            return
        printing = any(w.group == "print" and w.state in (WorkerState.PENDING,
                                                            WorkerState.RUNNING)
                       for w in self.workers)  # (the print dialog's module: ~60 ms to load)
        if printing and not self.quit_after_print:
            self.quit_after_print = True
            self.notify(t("print.quit_after"), timeout=10)
            return
        self.exit()

    def _quit_answered(self, quit_anyway: bool | None) -> None:
        if quit_anyway:
            self.keep_drafts()
            self.exit()

    def _dirty_forms(self) -> list[Any]:
        return [s for s in self.screen_stack if getattr(s, "dirty", False)]

    def keep_drafts(self) -> int:
        """Keep the unsaved input of every open form as a draft; return how many were kept."""
        return sum(1 for form in self._dirty_forms() if form.keep_draft())

    def hang_up(self) -> None:
        """The terminal window was closed (SIGHUP): keep what was typed, close the session."""
        self.keep_drafts()
        self.exit()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if (self.quit_after_print and event.worker.group == "print"
                and event.state in (WorkerState.SUCCESS, WorkerState.ERROR,
                                    WorkerState.CANCELLED)):
            self.exit()

    def on_unmount(self) -> None:
        self.timers.stop()
        if self.store is not None:
            self.store.close()


SCREENS: dict[str, tuple[str, str]] = {
    "1.1": ("wall", "WallScreen"), "1.2": ("wall", "WallScreen"), "1.3": ("duos", "DuosScreen"),
    "1.4": ("strong", "StrongScreen"), "1.5": ("choose", "ChooseScreen"),
    "1.6": ("agreements", "AgreementsScreen"), "1.7": ("prepare", "PrepareScreen"),
    "3.2": ("decide", "DecideScreen"), "3.3": ("rotation", "RotationScreen"),
    "3.4": ("appointments", "AppointmentsScreen"), "2": ("visits", "VisitsScreen"),
    "4": ("acting", "ActingScreen"), "5": ("organisation", "OrganisationScreen"),
    "3.1": ("visits", "VisitsScreen"),
}


def freeze_heap() -> None:
    """Move what is alive after start-up (modules, the session, the screens) out of the
    collector's way: a full collection no longer walks it, so no key press waits for one
    (measured: the slowest of 40 presses on the tally dropped from 186 ms to 139 ms). The
    collector is on from here (``entry.main`` holds it back until the first frame)."""
    gc.collect()
    gc.freeze()
    gc.enable()


def screen_for(step_id: str) -> type[Screen[Any]]:
    """The screen class that shows step ``step_id`` (imported only when first needed)."""
    import importlib

    module, name = SCREENS.get(step_id, SCREENS["1.1"])  # a step id from a newer version
    cls: type[Screen[Any]] = getattr(
        importlib.import_module(f"hefboom_tui.tui.screens.{module}"), name)
    return cls


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
