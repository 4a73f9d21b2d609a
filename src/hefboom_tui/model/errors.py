"""Errors the method's rules raise, carrying a message key so they read in either language."""

from __future__ import annotations

from hefboom_tui.i18n import t


class ActionError(Exception):
    """An action was refused; ``str(err)`` is a clear sentence in the current language."""

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(key)

    def __str__(self) -> str:
        return t(self.key, **self.params)


class ValidationError(ActionError):
    """A field's value is not acceptable; ``field`` names it so forms can show it inline."""

    def __init__(self, field: str, key: str, **params: object) -> None:
        super().__init__(key, field=t(f"field.{field}"), **params)
        self.field = field
