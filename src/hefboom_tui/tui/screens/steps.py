"""The step navigator: the method's phases and steps, where the team is, jump to any step."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from hefboom_tui.i18n import N_, t
from hefboom_tui.model.method import STEPS
from hefboom_tui.tui.localized import LocalizedBindings


class StepsScreen(LocalizedBindings, ModalScreen[str | None]):
    """Pick a step; dismisses with its id (or None)."""

    BINDINGS = [Binding("escape,f2", "close", N_("key.back"), id="steps.close")]

    def __init__(self, current: str) -> None:
        super().__init__()
        self.current = current
        self.typed = ""

    def compose(self) -> ComposeResult:
        with Vertical(id="steps"):
            yield Static(t("steps.title"), classes="form-title")
            options: list[Option | None] = []
            phase = 0
            for s in STEPS:
                if s.phase != phase:
                    if phase:
                        options.append(None)
                    phase = s.phase
                    options.append(Option(f"[b]{t(f'phase.{phase}')}[/b]", disabled=True))
                here = "▶ " if s.id == self.current else "  "
                options.append(Option(f"{here}{s.id}  {t(s.title_key)}", id=s.id))
            yield OptionList(*options, id="step-list")
            yield Static("", id="step-help", classes="form-note")
            yield Static(t("steps.type_hint"), classes="form-note")

    def on_mount(self) -> None:
        steps = self.query_one(OptionList)
        steps.highlighted = steps.get_option_index(self.current)
        steps.focus()
        # the list has its height only after the first layout: then bring the step into view
        self.call_after_refresh(steps.scroll_to_highlight)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id:
            self.query_one("#step-help", Static).update(t(f"step.{event.option.id}.help"))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def on_key(self, event: Any) -> None:
        """Typing a step number (``1`` ``5``, ``3`` ``3``…) moves the highlight to that step."""
        if not event.character or event.character not in "0123456789.":
            return
        event.stop()
        wanted = (self.typed + event.character).replace(".", "")
        ids = [s.id for s in STEPS]
        match = next((i for i in ids if i.replace(".", "").startswith(wanted)), None)
        if match is None:
            wanted = event.character
            match = next((i for i in ids if i.replace(".", "").startswith(wanted)), None)
        self.typed = wanted if match else ""
        if match:
            steps = self.query_one(OptionList)
            steps.highlighted = steps.get_option_index(match)

    def action_close(self) -> None:
        self.dismiss(None)
