"""The start screen: pick, create or import a session, or open the demo."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rich.markup import escape
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from hefboom_tui.i18n import N_, t, tn
from hefboom_tui.store import catalog
from hefboom_tui.store.errors import StoreError
from hefboom_tui.tui.localized import LocalizedBindings
from hefboom_tui.tui.result import OpenSession, Result
from hefboom_tui.tui.screens.fields import Field, form_screen
from hefboom_tui.tui.screens.importing import field_error, file_field, report_import
from hefboom_tui.tui.widgets.keys_footer import KeysFooter


class StartScreen(LocalizedBindings, Screen[None]):
    """Lists the sessions in the sessions folder."""

    REBUILT_ON_LANGUAGE = True  # a language switch shows a new one (it holds nothing typed)
    BINDINGS = [
        Binding("enter", "open", N_("key.open"), id="start.open"),
        Binding("n", "new", N_("key.new_session"), id="start.new"),
        Binding("i", "import", N_("key.import"), id="start.import"),
        Binding("d", "demo", N_("key.demo"), id="start.demo"),
    ]

    def compose(self) -> ComposeResult:
        yield Static(t("start.title"), id="start-title")
        yield Static(t("start.intro"), id="start-intro")
        yield OptionList(id="sessions")
        yield Static("", id="start-folder", classes="hint")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.reload()

    def reload(self) -> None:
        sessions = self.query_one(OptionList)
        sessions.clear_options()
        try:
            infos = catalog.list_sessions(self.app.folder)  # type: ignore[attr-defined]
        except StoreError as exc:  # the folder itself cannot be read
            infos = []
            sessions.add_option(Option(escape(str(exc)), id="", disabled=True))
        for info in infos:
            when = (dt.datetime.fromtimestamp(info.modified).strftime("%d-%m-%Y %H:%M")
                    if info.modified else "?")
            text = t("start.line", name=escape(info.name), when=when,
                     initiatives=tn("count.initiatives", info.initiatives),
                     participants=tn("count.participants", info.participants))
            if info.problem:
                text += f"  ⚠ {escape(info.problem)}"
            sessions.add_option(Option(text, id=info.path.stem))
        if not infos and not sessions.option_count:
            sessions.add_option(Option(t("start.none"), id="", disabled=True))
        self.query_one("#start-folder", Static).update(
            t("start.folder", folder=self.app.folder))  # type: ignore[attr-defined]
        if infos:
            sessions.highlighted = 0
        sessions.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self._open(event.option.id)

    def action_open(self) -> None:
        sessions = self.query_one(OptionList)
        if sessions.highlighted is not None:
            option = sessions.get_option_at_index(sessions.highlighted)
            if option.id:
                self._open(option.id)

    def _open(self, stem: str) -> None:
        self.post_message(OpenSession(stem))

    def action_new(self) -> None:
        def submit(values: dict[str, Any]) -> Result:
            try:
                store = catalog.create(self.app.folder, values["name"])  # type: ignore[attr-defined]
            except (StoreError, ValueError) as exc:
                return field_error(exc, "name")
            store.close()
            self.call_later(self._open, store.path.stem)
            return Result(True)

        self.app.push_screen(form_screen(t("start.new_title"), [
            Field("name", t("field.name").capitalize(), placeholder=t("start.name_hint"))], submit))

    def action_import(self) -> None:
        from hefboom_tui.exchange.csv_import import ImportError_, plan_file
        from hefboom_tui.model import actions
        from hefboom_tui.model.errors import ActionError

        def submit(values: dict[str, Any]) -> Result:
            try:  # the file first: a bad file must not leave an empty session behind
                plan = plan_file(values["file"], [])
            except ImportError_ as exc:
                return field_error(exc, "file")
            try:  # the session file appears with every initiative in it, or not at all
                store = catalog.create(
                    self.app.folder, values["name"],  # type: ignore[attr-defined]
                    setup=lambda s: actions.import_initiatives(s, rows=plan.rows))
            except ActionError as exc:
                return field_error(exc, "file")
            except (StoreError, ValueError) as exc:
                return field_error(exc, "name")
            store.close()
            report_import(self.app, len(plan.rows), store.session.name, plan.unknown_columns)
            self.call_later(self._open, store.path.stem)
            return Result(True)

        self.app.push_screen(form_screen(t("start.import_title"), [
            Field("name", t("field.name").capitalize(), placeholder=t("start.name_hint")),
            file_field()], submit, note=t("start.import_note"), save_label=t("form.import")))

    def action_demo(self) -> None:
        from hefboom_tui.demo import DEMO_NAME, ensure_demo

        try:
            ensure_demo(self.app.folder)  # type: ignore[attr-defined]
        except StoreError as exc:
            self.notify(str(exc), severity="error")
            return
        self._open(DEMO_NAME)
