"""Binding descriptions in the current language, looked up when they are shown.

Bindings are built once, when their class is defined, so their descriptions hold message
keys (``N_("key.help")``), not texts. Every screen of the app mixes in
:class:`LocalizedBindings`: the footer, the ``?`` help and the command palette read
``screen.active_bindings``, which translates each description on the spot, so a language
switch shows at once. Keymap remapping (``keymap.toml``) works on binding ids and keeps the
keys, so it is untouched by this.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from textual.app import SystemCommand

from hefboom_tui.i18n import LANGUAGES, language, set_language, t
from hefboom_tui.tui.result import SessionView

if TYPE_CHECKING:
    from textual.binding import ActiveBinding, Binding

    from hefboom_tui.tui.app import HefboomApp


def localized(binding: Binding) -> Binding:
    """``binding`` with its description (a message key) in the current language; Textual's
    own bindings (no id) keep theirs."""
    if not binding.id or not binding.description:
        return binding
    return replace(binding, description=t(binding.description))


class LocalizedBindings:
    """Mix into a Textual ``Screen`` (before it): its active bindings carry translated
    descriptions, and a key the app binds shows the app's binding."""

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        active: dict[str, ActiveBinding] = super().active_bindings  # type: ignore[misc]
        for key, item in active.items():
            if not item.binding.id:  # a widget's own key (a table's Enter chooses its row)
                ours = self._own_binding(key)
                if ours is not None:
                    active[key] = ours
        return {key: item._replace(binding=localized(item.binding))
                for key, item in active.items()}

    def _own_binding(self, key: str) -> ActiveBinding | None:
        """The app's binding (one with an id) of ``key`` further up the focus chain, if it
        is not disabled. A focused table's Enter hides the screen's Enter binding from the
        footer and the help, yet choosing a row runs that same action (``ROW_ACTION`` or the
        screen's row handler): the screen's description is the one to show."""
        from textual.binding import ActiveBinding

        app = self.app  # type: ignore[attr-defined]
        for namespace, bindings in self._modal_binding_chain:  # type: ignore[attr-defined]
            for bound in bindings.key_to_bindings.get(key, ()):
                if bound.id and bound.description:
                    state = app._check_action_state(bound.action, namespace)
                    if state is not False:
                        return ActiveBinding(namespace, bound, bool(state), bound.tooltip)
        return None


def switch_language(app: HefboomApp, lang: str) -> None:
    """Show ``app`` in ``lang`` from now on, at once: the footer, the help and the palette
    (their bindings are translated when read) and every text of the screens. The step screen
    is built anew when nothing is open over it, its tables' cursors on the same rows and the
    same table focused; under an open dialog or form (whose typed text must not be lost) the
    screens redraw what they draw from the session."""
    set_language(lang)
    top = app.screen
    if getattr(top, "REBUILT_ON_LANGUAGE", False):
        app.switch_screen(type(top)())
    elif isinstance(top, SessionView) and app.store is not None and len(app.screen_stack) == 2:
        places = top.places()  # the new screen shows the same rows, the same table focused
        app.show_step(app.store.session.step, record=False)
        if isinstance(app.screen, SessionView):  # (the stack holds the new one at once)
            app.screen.keep_places(places)
    else:
        for screen in app.screen_stack:
            if isinstance(screen, SessionView):
                screen.stale = True
        app.refresh_screen()
    for screen in app.screen_stack:
        screen.refresh_bindings()


def language_commands(app: HefboomApp) -> Iterable[SystemCommand]:
    """One palette command per other language, named in that language."""
    for lang, name in LANGUAGES.items():
        if lang != language():
            yield SystemCommand(t("palette.language", name=name), t("palette.language_help"),
                                lambda lang=lang: switch_language(app, lang))
