"""Starting the app and opening a session: the first screen, the keymap, opening a session
(the editor's own or read-only), and following the file while another process writes it
(the beamer, or a second window, which is offered to become the writer once the first one
lets go). :class:`AppSession` is mixed into ``HefboomApp`` (``tui/app.py``); this module never
imports that one."""

from __future__ import annotations

import gc
from pathlib import Path

from hefboom_tui.i18n import t
from hefboom_tui.store.errors import StoreError
from hefboom_tui.store.session_store import SessionStore
from hefboom_tui.tui import view_sync
from hefboom_tui.tui.app_parts import AppParts
from hefboom_tui.tui.drafts import Drafts
from hefboom_tui.tui.result import OpenSession
from hefboom_tui.tui.step_screens import screen_for
from hefboom_tui.tui.view_sync import ViewFile

FOLLOW_INTERVAL = 0.25
"""Seconds between two looks at the session file while another process writes it."""


def freeze_heap() -> None:
    """Move what is alive after start-up (modules, the session, the screens) out of the
    collector's way: a full collection no longer walks it, so no key press waits for one
    (measured: the slowest of 40 presses on the tally dropped from 186 ms to 139 ms). The
    collector is on from here (``entry.main`` holds it back until the first frame)."""
    gc.collect()
    gc.freeze()
    gc.enable()


class AppSession(AppParts):
    """The start of the app and the open session's file: open it, follow it, take it over."""

    def on_mount(self) -> None:
        """The first screen: the session named on the command line, else the start screen."""
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
            view_sync.start_publishing(self)
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
        before = store.session.step
        if store.reload_if_changed() and store.session.step != before:
            # the writer went to another step: follow it, unless something is open here
            if len(self.screen_stack) <= 2 and type(self.screen) is not screen_for(
                    store.session.step):
                self.show_step(store.session.step, record=False)
            elif len(self.screen_stack) <= 2:  # the same screen (1.1 and 1.2): only its step
                self.shown_step = store.session.step
                self.refresh_screen()
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
            view_sync.start_publishing(self)  # the beamer follows us
            for screen in self.screen_stack:  # the writing keys are back, at once
                screen.refresh_bindings()
            self.refresh_screen()  # the header: saved, no longer read-only
            self.notify(t("store.writer_now"), timeout=6)
        else:  # another program was quicker: offer again when that one lets go
            self._writer_offered = False
            self.notify(t("store.writer_taken"), severity="warning", timeout=8)
