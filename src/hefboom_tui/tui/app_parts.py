"""What the app's mixins (``app_commands.AppCommands``, ``app_session.AppSession``) use of
``HefboomApp``: its attributes and methods, declared once for the type checker. At run time
the base is a plain ``object``: ``HefboomApp`` (``tui/app.py``) provides all of it, and this
module imports nothing of the app, so no mixin imports ``app.py``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path
    from typing import Concatenate, ParamSpec, TypeVar

    from textual.app import App
    from textual.timer import Timer

    from hefboom_tui.model.change import Change
    from hefboom_tui.model.session import Session
    from hefboom_tui.store.session_store import SessionStore
    from hefboom_tui.tui.drafts import Drafts
    from hefboom_tui.tui.result import Result
    from hefboom_tui.tui.timers import Timers

    P = ParamSpec("P")
    R = TypeVar("R")

    class AppParts(App[None]):
        """The parts of ``HefboomApp`` its mixins use (set, or defined, there)."""

        folder: Path
        session_name: str | None
        beamer: bool
        presenting: bool
        quit_after_print: bool
        held_notices: list[tuple[str, str]]
        wall_clock: Callable[[], float]
        store: SessionStore | None
        drafts: Drafts
        timers: Timers
        shown_step: str
        _opened: SessionStore | None
        _follower: Timer | None
        _writer_offered: bool
        _follow_ticks: int

        def do(self, action: Callable[Concatenate[Session, P], R], /,
               *args: P.args, **params: P.kwargs) -> Result[R]: ...

        def do_inline(self, action: Callable[Concatenate[Session, P], R], /,
                      *args: P.args, **params: P.kwargs) -> Result[R]: ...

        def show_step(self, step_id: str, record: bool = True) -> None: ...

        def refresh_screen(self) -> None: ...

        def _session_changed(self, change: Change) -> None: ...
else:
    AppParts = object
