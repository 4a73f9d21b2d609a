"""A window that only reads the session: its writing keys are hidden and refused at once.

A window opens a session read-only when another hefboom window writes it (or on the beamer,
or in a folder it may not write). Every key or command that would change the session is
marked with :func:`writes`. In a read-only window such an action is disabled
(``check_action`` returns False), so the footer, the ``?`` help and the command palette leave
it out; when it is reached another way (a key that is no longer bound falls through, a mouse
click on a row runs the row's action) it opens nothing and says in one line why not and what
to do (:func:`refuse`). When the window becomes the writer the keys come back
(``refresh_bindings``)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

from hefboom_tui.i18n import t

P = ParamSpec("P")
R = TypeVar("R")

_MARK = "_hefboom_writes"


def writes(method: Callable[P, R]) -> Callable[P, R | None]:
    """Mark an ``action_…`` method as one that changes the session: in a read-only window
    it is hidden from the footer, the help and the palette, and calling it anyway (a row
    clicked, a key that fell through) runs nothing but :func:`refuse`."""

    @functools.wraps(method)
    def guarded(*args: P.args, **kwargs: P.kwargs) -> R | None:
        if refuse(args[0]):
            return None
        return method(*args, **kwargs)

    setattr(guarded, _MARK, True)
    return guarded


def is_writing(method: object) -> bool:
    """Whether ``method`` was marked with :func:`writes`."""
    return bool(getattr(method, _MARK, False))


def _app(node: Any) -> Any:
    """The app of ``node`` (a screen, a widget, or the app itself)."""
    from textual.app import App

    return node if isinstance(node, App) else node.app


def read_only(node: Any) -> bool:
    """Whether the window of ``node`` only reads its session."""
    store = getattr(_app(node), "store", None)
    return store is not None and store.read_only


def writing_allowed(node: Any, action: str) -> bool:
    """False when ``action`` (an action name of ``node``) changes the session and the window
    only reads it: what ``check_action`` returns for it."""
    return not (read_only(node) and is_writing(getattr(node, f"action_{action}", None)))


def refusal(store: Any) -> str:
    """The one line a read-only window says when asked to change the session: that it only
    reads, the store's reason, and (when another window has it) what to do."""
    todo = " " + t("read_only.close_other") if store.lock_state == "locked" else ""
    return t("read_only.refused", reason=store.read_only_reason.rstrip()) + todo


def read_only_hint(node: Any) -> str:
    """The hint line of a window that only reads its session (instead of a screen's hint,
    which names writing keys); "" in a window that writes it."""
    if not read_only(node):
        return ""
    if _app(node).store.lock_state == "locked":  # another window writes it
        return t("read_only.hint_other")
    return t("read_only.hint")


def refuse(node: Any) -> bool:
    """In a read-only window: say why nothing happens and return True (the same line is not
    stacked while it still shows: a key held down); else return False (the caller goes on)."""
    if not read_only(node):
        return False
    app = _app(node)
    line = refusal(app.store)
    if not any(shown.message == line for shown in app._notifications):
        app.notify(line, severity="warning", timeout=10)
    return True


def refused_key(app: Any, key: str) -> bool:
    """A key nobody took: True (and the refusal shown) when a writing binding of the screen
    would have taken it in a writing window."""
    if not read_only(app):
        return False
    for namespace, bindings in app.screen._modal_binding_chain:
        for binding in bindings.key_to_bindings.get(key, ()):
            if app._check_action_state(binding.action, namespace):
                return False  # an enabled binding had it (it ran, or declined on purpose)
            target, name, _ = app._parse_action(binding.action, namespace)
            if is_writing(getattr(target, f"action_{name}", None)):
                return refuse(app)
    return False
