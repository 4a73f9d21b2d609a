"""The help screen: every key of the current screen and of the app, as currently mapped."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from hefboom_tui.i18n import N_, t
from hefboom_tui.tui.localized import LocalizedBindings


def _key_label(app: Any, key: str) -> str:
    return " / ".join(app.get_key_display(Binding(k.strip(), "")) for k in key.split(","))


def help_rows(under: Screen[Any]) -> list[tuple[list[str], str]]:
    """The keys of ``under`` as the help lists them: one row per action and description with
    every key that runs it (``delete,x`` shows as "del / x"), in the order of the bindings."""
    rows: dict[tuple[str, str], list[str]] = {}
    for key, active in under.active_bindings.items():
        binding = active.binding
        # only the app's own keys (they all have an id); Textual's built-ins would show in
        # English and are not part of the method's work
        if not binding.id or not binding.description:
            continue
        keys = rows.setdefault((binding.action, binding.description), [])
        if key not in keys:
            keys.append(key)
    return [(keys, description) for (_, description), keys in rows.items()]


class HelpScreen(LocalizedBindings, ModalScreen[None]):
    """Lists the keys of ``under`` (the screen the help was asked on) and the global keys."""

    BINDINGS = [Binding("escape,question_mark,f1,q", "close", N_("key.back"), id="help.close")]

    def __init__(self, under: Screen[Any]) -> None:
        super().__init__()
        self.under = under

    def compose(self) -> ComposeResult:
        rows = Text()
        for keys, description in help_rows(self.under):
            # plain Text, not markup: a key such as "[" must never be read as a tag
            if rows:
                rows.append("\n")
            rows.append(f"  {' / '.join(_key_label(self.app, k) for k in keys):>14}",
                        style="bold")
            rows.append(f"  {description}")
        with VerticalScroll(id="help"):
            yield Static(t("help.title"), classes="form-title")
            yield Static(rows)
            yield Static(t("help.more"), classes="form-note")

    def action_close(self) -> None:
        self.dismiss(None)
