"""Steps 1–2: the wall of initiatives. Fill it fast, present it, search and filter it."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Input

from hefboom_tui.i18n import N_, t, tn
from hefboom_tui.model.codes import normalise_code
from hefboom_tui.model.entities import MODES, SCOPES, Initiative
from hefboom_tui.tui.read_only import writes
from hefboom_tui.tui.result import Places, Result
from hefboom_tui.tui.screens.base import SessionScreen
from hefboom_tui.tui.screens.fields import Field, form_screen
from hefboom_tui.tui.widgets.wall_grid import WallGrid

STATUS_FILTERS = ("", "new", "presented", "chosen", "visited")


def fiche_fields(item: Initiative | None) -> list[Field]:
    """The fields of the fiche "Burgerinitiatieven, wat zijn dat?", filled from ``item``."""
    def value(name: str) -> Any:
        return getattr(item, name) if item is not None else ""

    return [
        Field("name", t("field.name").capitalize(), value=value("name")),
        Field("description", t("field.description").capitalize(), "text", value("description")),
        Field("contact", t("fiche.contact_label"), value=value("contact")),
        Field("theme", t("field.theme").capitalize(), value=value("theme"),
              placeholder=t("fiche.theme_hint")),
        Field("scope", t("field.scope").capitalize(), "select", value("scope"),
              [(t(f"scope.{s}"), s) for s in SCOPES if s]),
        Field("mode", t("field.mode").capitalize(), "select", value("mode"),
              [(t(f"mode.{m}"), m) for m in MODES if m]),
        Field("size", t("field.size").capitalize(), value=value("size")),
        Field("origin", t("field.origin").capitalize(), "text", value("origin")),
        Field("added_by", t("field.added_by").capitalize(), value=value("added_by")),
    ]


class WallScreen(SessionScreen):
    """The wall: a grid of fiches with a cursor."""

    TITLE_KEY = "screen.wall"
    BINDINGS = [
        *SessionScreen.BINDINGS,
        Binding("enter", "open", N_("key.open"), show=False, id="wall.open"),
        Binding("n", "new", N_("key.new_fiche"), id="wall.new"),
        Binding("a", "quick_add", N_("key.quick_add"), id="wall.quick_add"),
        Binding("i", "import", N_("key.import"), show=False, id="wall.import"),
        Binding("e", "edit", N_("key.edit"), id="wall.edit"),
        Binding("delete,x", "delete", N_("key.delete"), show=False, id="wall.delete"),
        Binding("p", "presented", N_("key.presented"), show=False, id="wall.presented"),
        Binding("slash", "search", N_("key.search"), id="wall.search"),
        Binding("c,number_sign", "jump_code", N_("key.code"), id="wall.code"),
        Binding("f", "filter", N_("key.filter"), show=False, id="wall.filter"),
        Binding("w", "lenses", N_("key.lenses"), show=False, id="wall.lenses"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.query_text = ""
        self.status_filter = ""
        self.theme_filter = ""
        self.round_filter = 0
        self._search_mode = "search"

    def compose_body(self) -> ComposeResult:
        yield WallGrid(id="wall")

    def on_mount(self) -> None:
        self.query_one(WallGrid).focus()

    def _search_box(self) -> Input:
        """The search/code input, mounted on first use (keeps start-up light)."""
        found = self.query("#search")
        if found:
            return found.first(Input)
        box = Input(id="search", classes="chrome")
        self.mount(box, after=self.query_one(WallGrid))
        return box

    # -- view --------------------------------------------------------------------------------
    def visible_items(self) -> list[Initiative]:
        """The initiatives that pass the search and the filters."""
        needle = self.query_text.casefold()
        items = []
        for item in self.session.initiatives:
            if self.status_filter and item.status != self.status_filter:
                continue
            if self.theme_filter and item.theme.casefold() != self.theme_filter.casefold():
                continue
            if self.round_filter and item.round != self.round_filter:
                continue
            if needle and needle not in " ".join(
                    (item.code, item.name, item.description, item.theme, item.contact)).casefold():
                continue
            items.append(item)
        return items

    def refresh_view(self) -> None:
        grid = self.query_one(WallGrid)
        grid.large = self.app.presenting
        items = self.visible_items()
        grid.set_items(items, self.session.round)
        total = len(self.session.initiatives)
        filters = [f for f in (self.query_text and f"“{self.query_text}”",
                               self.status_filter and t(f"status.{self.status_filter}"),
                               self.theme_filter,
                               self.round_filter and t("header.round", round=self.round_filter))
                   if f]
        shown = tn("wall.count", total, shown=len(items), total=total)
        if filters:
            shown += " · " + t("wall.filtered", filters=", ".join(filters))
        new = [i for i in self.session.initiatives
               if i.round == self.session.round and self.session.round > 1]
        if new:
            shown += " · " + t("wall.new_round_hint", count=len(new), round=self.session.round)
        self.set_hint(shown)

    def on_screen_resume(self) -> None:
        super().on_screen_resume()
        self.query_one(WallGrid).focus()

    def places(self) -> Places:
        """As a table's cursor: the initiative under the wall's cursor (by its id)."""
        places = super().places()
        item = self.selected
        if item is not None:
            places.cursors["wall"] = (item.id, 0)
        return places

    def _restore_places(self, places: Places) -> bool:
        kept = places.cursors.get("wall")
        if kept is not None:
            self.query_one(WallGrid).select_id(kept[0])
        return super()._restore_places(places)

    # -- actions -----------------------------------------------------------------------------
    @property
    def selected(self) -> Initiative | None:
        return self.query_one(WallGrid).selected

    def on_wall_grid_opened(self, message: WallGrid.Opened) -> None:
        self._open(message.initiative)

    def action_open(self) -> None:
        if self.selected is not None:
            self._open(self.selected)

    def _open(self, item: Initiative) -> None:
        from hefboom_tui.tui.screens.fiche import FicheScreen

        ids = [i.id for i in self.query_one(WallGrid).items]
        self.app.push_screen(FicheScreen(item.id, ids))

    @writes
    def action_new(self) -> None:
        from hefboom_tui.model import actions  # loaded on first use: not on the first frame

        def submit(values: dict[str, Any]) -> Result:
            result = self.app.do_inline(actions.add_initiative, **values)
            if result.value is not None:
                self._select_later(result.value)
            return result

        self.app.push_screen(form_screen(t("form.new_fiche"), fiche_fields(None), submit))

    @writes
    def action_quick_add(self) -> None:
        from hefboom_tui.model import actions

        def submit(values: dict[str, Any]) -> Result:
            result = self.app.do_inline(actions.add_initiative, **values)
            if result.ok:
                self.notify(t("notice.added", name=values["name"].strip()), timeout=2)
                self._select_later(result.value or "")
            return result

        fields = [Field("name", t("field.name").capitalize(), placeholder=t("quick.name_hint")),
                  Field("description", t("quick.line"), placeholder=t("quick.line_hint"))]
        self.app.push_screen(form_screen(t("form.quick_add"), fields, submit, keep_open=True,
                                        note=t("quick.note")))

    @writes
    def action_import(self) -> None:
        """Add the initiatives of a CSV list to this session (one action: Ctrl+Z undoes it)."""
        from hefboom_tui.exchange.csv_import import ImportError_, plan_file
        from hefboom_tui.model import actions
        from hefboom_tui.tui.screens.importing import field_error, file_field, report_import

        def submit(values: dict[str, Any]) -> Result:
            try:
                plan = plan_file(values["file"], [i.name for i in self.session.initiatives])
            except ImportError_ as exc:
                return field_error(exc, "file")
            result = self.app.do(actions.import_initiatives, rows=plan.rows)
            if result.ok:
                report_import(self.app, result.value or 0, self.session.name, plan.unknown_columns)
                self._select_later(self.session.initiatives[-1].id)
            return result

        self.app.push_screen(form_screen(t("import.into_title"), [file_field()], submit,
                                        note=t("start.import_note"), save_label=t("form.import")))

    def _select_later(self, iid: str) -> None:
        grid = self.query_one(WallGrid)
        self.call_later(lambda: grid.select_id(iid))

    @writes
    def action_edit(self) -> None:
        from hefboom_tui.model import actions

        item = self.selected
        if item is None:
            return
        iid = item.id

        def submit(values: dict[str, Any]) -> Result:
            return self.app.do_inline(actions.edit_initiative, id=iid, **values)

        title = t("form.edit_fiche", code=item.code)
        self.app.push_screen(form_screen(title, fiche_fields(item), submit))

    @writes
    def action_delete(self) -> None:
        from hefboom_tui.model import actions

        item = self.selected
        if item is not None and self.app.do(actions.delete_initiative, id=item.id).ok:
            self.notify(t("notice.deleted", name=item.name), timeout=6)

    @writes
    def action_presented(self) -> None:
        from hefboom_tui.model import actions

        item = self.selected
        if item is not None:
            self.app.do(actions.set_presented, id=item.id, presented=not item.presented)

    # -- search, code, filters ---------------------------------------------------------------
    def action_search(self) -> None:
        self._open_input("search", t("wall.search_hint"), self.query_text)

    def action_jump_code(self) -> None:
        self._open_input("code", t("wall.code_hint"), "")

    def _open_input(self, mode: str, placeholder: str, value: str) -> None:
        self._search_mode = mode
        box = self._search_box()
        box.placeholder = placeholder
        box.value = value
        box.display = True
        box.focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "search" and self._search_mode == "search":
            self.query_text = event.value.strip()
            self.refresh_view()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id != "search":
            return
        if self._search_mode == "code":
            self.jump_to_code(event.value)
        self._close_input()

    def jump_to_code(self, code: str) -> bool:
        """Select the initiative with printed code ``code``; say so when there is none."""
        found = self.session.initiative_by_code(normalise_code(code))
        if found is None:
            self.notify(t("wall.no_code", code=code.strip()), severity="error")
            return False
        grid = self.query_one(WallGrid)
        if not grid.select_id(found.id):
            self.query_text = self.status_filter = self.theme_filter = ""
            self.round_filter = 0
            self.refresh_view()
            grid.select_id(found.id)
        return True

    def _close_input(self) -> None:
        box = self._search_box()
        box.display = False
        self.query_one(WallGrid).focus()

    def key_escape(self) -> None:
        found = self.query("#search")
        if found and found.first().display:
            if self._search_mode == "search":
                self.query_text = ""
                self.refresh_view()
            self._close_input()

    def action_lenses(self) -> None:
        from hefboom_tui.tui.screens.lenses import LensesScreen

        self.app.push_screen(LensesScreen())

    def action_filter(self) -> None:
        themes = sorted({i.theme for i in self.session.initiatives if i.theme}, key=str.casefold)
        rounds = sorted({i.round for i in self.session.initiatives})
        fields = [
            Field("status", t("field.status").capitalize(), "select", self.status_filter,
                  [(t(f"status.{s}"), s) for s in STATUS_FILTERS if s]),
            Field("theme", t("field.theme").capitalize(), "select", self.theme_filter,
                  [(th, th) for th in themes]),
            Field("round", t("wall.round_label"), "select",
                  str(self.round_filter) if self.round_filter else "",
                  [(t("header.round", round=r), str(r)) for r in rounds]),
        ]

        def submit(values: dict[str, Any]) -> Result:
            self.status_filter = values["status"]
            self.theme_filter = values["theme"]
            self.round_filter = int(values["round"] or 0)
            self.refresh_view()
            return Result(True)

        self.app.push_screen(form_screen(t("wall.filter_title"), fields, submit,
                                        note=t("wall.filter_note")))
