"""The app's own commands, on every screen: the steps navigator, the team, print, export and
parking, the step timer, help, presentation mode and its held-back notices, the theme,
undo and redo with their notices, the command palette, and quitting without losing a form's
input. :class:`AppCommands` is mixed into ``HefboomApp`` (``tui/app.py``); this module never
imports that one (the screens and dialogs are imported when their key is pressed)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, cast

from textual.app import SystemCommand
from textual.worker import Worker, WorkerState

from hefboom_tui.i18n import t
from hefboom_tui.store.errors import StoreError
from hefboom_tui.tui.app_parts import AppParts
from hefboom_tui.tui.localized import language_commands
from hefboom_tui.tui.read_only import writes
from hefboom_tui.tui.result import Result
from hefboom_tui.tui.themes import BEAMER, DARK

if TYPE_CHECKING:
    from textual.screen import Screen

    from hefboom_tui.store.session_store import SessionStore
    from hefboom_tui.tui.app import HefboomApp


class AppCommands(AppParts):
    """The actions behind the app's keys (``HefboomApp.BINDINGS``) and palette commands."""

    # -- undo and redo -----------------------------------------------------------------------
    @writes
    def action_undo(self) -> None:
        """Take the last change back (Ctrl+Z) and say which one."""
        self._history(lambda s: s.undo(), "notice.undone", "notice.nothing_to_undo")

    @writes
    def action_redo(self) -> None:
        """Do the change taken back last again (Ctrl+Y) and say which one."""
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

    # -- screens and dialogs over the step ---------------------------------------------------
    def action_steps(self) -> None:
        """The steps navigator (F2): pick a step to go to."""
        from hefboom_tui.tui.screens.steps import StepsScreen

        if self.store is not None:
            shown = getattr(self, "shown_step", "") or self.store.session.step
            self.push_screen(StepsScreen(shown), self._picked_step)  # on the step shown here

    def _picked_step(self, step_id: str | None) -> None:
        if step_id:
            self.show_step(step_id)

    def action_team(self) -> None:
        """The team and the participants (F3)."""
        from hefboom_tui.tui.screens.team import TeamScreen

        if self.store is not None and not isinstance(self.screen, TeamScreen):
            self.push_screen(TeamScreen())

    def action_print(self) -> None:
        """The print dialog (F4)."""
        from hefboom_tui.tui.screens.print_dialog import PrintDialog, open_print_dialog

        if not isinstance(self.screen, PrintDialog):
            open_print_dialog(self)

    def action_export(self) -> None:
        """The export dialog (F6)."""
        from hefboom_tui.tui.screens.export_dialog import ExportDialog

        if self.store is not None and not isinstance(self.screen, ExportDialog):
            self.push_screen(ExportDialog())

    @writes
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

    @writes
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
        """The keys of this screen and what the step is about (? or F1)."""
        from hefboom_tui.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    # -- presentation mode and notices -------------------------------------------------------
    def action_present(self) -> None:
        """Presentation mode on or off (F5); when it ends, the notices held back show."""
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
        """Switch between the beamer theme and the dark one (Ctrl+T)."""
        self.theme = DARK.name if self.theme == BEAMER.name else BEAMER.name

    # -- the command palette -----------------------------------------------------------------
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
        yield from language_commands(cast("HefboomApp", self))  # (self is one)
        yield SystemCommand(t("palette.quit"), t("palette.quit_help"),
                            lambda: self.call_later(self.action_quit))

    def action_command_palette(self) -> None:
        """The command palette, with its search line in the session's language."""
        from textual.command import CommandPalette

        if self.use_command_palette and not CommandPalette.is_open(self):  # type: ignore[arg-type]
            self.push_screen(CommandPalette(id="--command-palette",
                                            placeholder=t("palette.search")))

    # -- quitting without losing what was typed ----------------------------------------------
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
        """A print ended: quit now if Ctrl+Q came while it ran."""
        if (self.quit_after_print and event.worker.group == "print"
                and event.state in (WorkerState.SUCCESS, WorkerState.ERROR,
                                    WorkerState.CANCELLED)):
            self.exit()
