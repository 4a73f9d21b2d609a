"""A generic form dialog: fields, inline errors, nothing typed is ever thrown away silently.

The form hands its values to a ``submit`` callback (which runs an action through the app's
action path). A ValidationError comes back to the field it names and the dialog stays open
with everything typed; Escape on a changed form asks before discarding.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Button, Checkbox, Input, Label, Select, SelectionList, Static, TextArea

from hefboom_tui.i18n import N_, t
from hefboom_tui.model.errors import ValidationError
from hefboom_tui.tui.drafts import Drafts, form_key
from hefboom_tui.tui.foot_last import foot_last
from hefboom_tui.tui.form_field import Field
from hefboom_tui.tui.localized import LocalizedBindings
from hefboom_tui.tui.result import Result
from hefboom_tui.tui.widgets.check_list import CheckList
from hefboom_tui.tui.widgets.tick_box import TickBox


class FormScreen(LocalizedBindings, ModalScreen[bool]):
    """A modal form; dismisses with True once ``submit`` succeeded."""

    BINDINGS = [
        Binding("ctrl+s", "save", N_("key.save"), id="form.save"),
        Binding("escape", "cancel", N_("key.cancel"), id="form.cancel"),
    ]

    def __init__(self, title: str, fields: list[Field],
                 submit: Callable[[dict[str, Any]], Result], *, keep_open: bool = False,
                 note: str = "", save_label: str = "") -> None:
        super().__init__()
        self.save_label = save_label or t("form.save")
        self.title_text = title
        self.fields = fields
        self.submit = submit
        self.keep_open = keep_open
        self.note = note
        self._initial: dict[str, Any] = {}

    @property
    def focus_chain(self) -> list[Widget]:
        """Tab goes through every field before the buttons docked at the foot."""
        return foot_last(super().focus_chain)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="form"):
            yield Static(self.title_text, classes="form-title")
            yield Static("", id="draft-note", classes="form-note")
            if self.note:
                yield Static(self.note, classes="form-note")
            for f in self.fields:
                yield Label(f.label, classes="form-label")
                yield self._widget(f)
                if f.live is not None:
                    yield Static(f.live(str(f.value or "")), id=f"live-{f.name}",
                                 classes="form-note")
                yield Static("", id=f"err-{f.name}", classes="form-error")
            with Vertical(classes="form-foot"):  # docked: the body scrolls, not the buttons
                with Horizontal(classes="form-buttons"):
                    yield Button(self.save_label, variant="primary", id="save")
                    yield Button(t("form.cancel"), id="cancel")
                yield Static(t("form.keys"), classes="form-note")

    def _widget(self, f: Field) -> Any:
        wid = f"f-{f.name}"
        if f.kind == "text":
            area = TextArea(str(f.value or ""), id=wid, soft_wrap=True, show_line_numbers=False)
            return area
        if f.kind == "select":
            return Select(f.options, value=f.value if f.value else Select.NULL, id=wid,
                          allow_blank=True, prompt=t("form.choose"))
        if f.kind == "check":
            return TickBox(f.placeholder or f.label, value=bool(f.value), id=wid)
        if f.kind == "people":
            return CheckList(*[(label, value, value in (f.value or []))
                               for label, value in f.options], id=wid)
        return Input(str(f.value or ""), placeholder=f.placeholder, id=wid)

    def on_mount(self) -> None:
        if getattr(self.app, "beamer", False):  # the projector window only shows
            self.dismiss(False)
            return
        self._initial = self.values()
        self.draft_key = form_key(self.title_text, self._initial)
        for error in self.query(".form-error"):
            error.display = False
        self.query_one("#draft-note").display = False
        self._restore_draft()
        self.query_one(f"#f-{self.fields[0].name}").focus()

    # -- drafts: nothing typed is lost when the app closes with the form open ---------------
    @property
    def dirty(self) -> bool:
        """Whether the form holds input that was not saved."""
        return self.values() != self._initial

    def _drafts(self) -> Drafts | None:
        drafts = getattr(self.app, "drafts", None)
        return drafts if isinstance(drafts, Drafts) else None

    def _restore_draft(self) -> None:
        drafts = self._drafts()
        found = drafts.get(self.draft_key) if drafts else None
        if not found or found == self._initial:
            return
        self.set_values(found)
        note = self.query_one("#draft-note", Static)
        note.update("⟲ " + t("form.draft_restored"))
        note.display = True

    def keep_draft(self) -> bool:
        """Keep what is typed (the app is closing); False if there was nothing to keep or the
        disk refused."""
        drafts = self._drafts()
        return bool(drafts and self.dirty and drafts.keep(self.draft_key, self.values()))

    def _drop_draft(self) -> None:
        drafts = self._drafts()
        if drafts is not None:
            drafts.drop(self.draft_key)

    def set_values(self, values: dict[str, Any]) -> None:
        """Put ``values`` (as :meth:`values` returns them) into the fields."""
        for f in self.fields:
            if f.name not in values:
                continue
            value = values[f.name]
            widget = self.query_one(f"#f-{f.name}")
            if isinstance(widget, TextArea):
                widget.text = str(value)
            elif isinstance(widget, Select):
                if any(option == value for _, option in f.options):
                    widget.value = value
            elif isinstance(widget, Checkbox):
                widget.value = bool(value)
            elif isinstance(widget, SelectionList):
                widget.deselect_all()
                for item in value if isinstance(value, list) else []:
                    widget.select(item)
            elif isinstance(widget, Input):
                widget.value = str(value)

    def values(self) -> dict[str, Any]:
        """What is in the form now."""
        out: dict[str, Any] = {}
        for f in self.fields:
            widget = self.query_one(f"#f-{f.name}")
            if isinstance(widget, TextArea):
                out[f.name] = widget.text
            elif isinstance(widget, Select):
                out[f.name] = "" if widget.value is Select.NULL else widget.value
            elif isinstance(widget, Checkbox):
                out[f.name] = widget.value
            elif isinstance(widget, SelectionList):
                out[f.name] = list(widget.selected)
            else:
                out[f.name] = widget.value  # type: ignore[attr-defined]
        return out

    def clear(self) -> None:
        """Empty the text fields (quick-add goes on to the next fiche)."""
        for f in self.fields:
            widget = self.query_one(f"#f-{f.name}")
            if isinstance(widget, Input):
                widget.value = ""
            elif isinstance(widget, TextArea):
                widget.text = ""
        self._initial = self.values()
        self.query_one(f"#f-{self.fields[0].name}").focus()

    def action_save(self) -> None:
        for f in self.fields:
            self.query_one(f"#err-{f.name}", Static).display = False
        result = self.submit(self.values())
        if result.ok:
            self._drop_draft()
            if self.keep_open:
                self.clear()
            else:
                self.dismiss(True)
            return
        if isinstance(result.error, ValidationError):
            name = result.error.field
            target = name if any(f.name == name for f in self.fields) else self.fields[0].name
            error = self.query_one(f"#err-{target}", Static)
            error.update("✗ " + str(result.error))
            error.display = True
            self.query_one(f"#f-{target}").focus()

    def action_cancel(self) -> None:
        if not self.dirty:
            self._drop_draft()
            self.dismiss(False)
            return
        from hefboom_tui.tui.screens.confirm import ConfirmScreen

        def answer(discard: bool | None) -> None:
            if discard:
                self._drop_draft()
                self.dismiss(False)

        self.app.push_screen(ConfirmScreen(t("form.discard")), answer)

    def _show_live(self, widget_id: str | None, text: str) -> None:
        """Update the live note under a field as it is typed."""
        name = (widget_id or "")[2:]
        found = next((f for f in self.fields if f.name == name and f.live is not None), None)
        if found is not None and found.live is not None:
            self.query_one(f"#live-{name}", Static).update(found.live(text))

    def on_input_changed(self, event: Input.Changed) -> None:
        self._show_live(event.input.id, event.value)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        self._show_live(event.text_area.id, event.text_area.text)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        names = [f.name for f in self.fields]
        current = (event.input.id or "")[2:]
        index = names.index(current) if current in names else -1
        if index == len(names) - 1 or self.keep_open and index == len(names) - 1:
            self.action_save()
        else:
            self.focus_next()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.action_save()
        else:
            self.action_cancel()
