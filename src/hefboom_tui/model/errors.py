"""Errors the method's rules raise, carrying a message key so they read in either language."""

from __future__ import annotations

from hefboom_tui.i18n import t, tn


class ActionError(Exception):
    """An action was refused; ``str(err)`` is a clear sentence in the current language.
    ``n``, when given, is the number that picks the message's plural form (``{count}``)."""

    def __init__(self, key: str, /, *, n: int | None = None, **params: object) -> None:
        self.key = key
        self.n = n
        self.params = params
        super().__init__(key)

    def __str__(self) -> str:
        if self.n is not None:
            return tn(self.key, self.n, **self.params)
        return t(self.key, **self.params)


class ValidationError(ActionError):
    """A field's value is not acceptable; ``field`` names it so forms can show it inline."""

    def __init__(self, field: str, key: str, /, *, n: int | None = None,
                 **params: object) -> None:
        super().__init__(key, n=n, field=t(f"field.{field}"), **params)
        self.field = field
