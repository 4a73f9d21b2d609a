"""A small two-language message catalog (Dutch default, English complete).

Every user-facing string lives in :data:`CATALOG` under a key, with a Dutch and an English
text. ``t(key, **params)`` formats it in the current language. A test checks that every key
has both languages and the same placeholders, so a new screen cannot forget one.
"""

from __future__ import annotations

import os
import string

from hefboom_tui.messages import CATALOG

LANGUAGES = {"nl": "Nederlands", "en": "English"}  # code → the language's own name
_current = os.environ.get("HEFBOOM_LANG", "nl")
if _current not in LANGUAGES:
    _current = "nl"


def set_language(lang: str) -> None:
    """Switch the language of every later ``t()`` call."""
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    _current = lang


def language() -> str:
    """The current UI language code."""
    return _current


def t(key: str, /, **params: object) -> str:
    """The message ``key`` in the current language, with ``params`` filled in."""
    entry = CATALOG.get(key)
    if entry is None:
        return key
    text = entry.get(_current) or entry["nl"]
    return text.format(**params) if params else text


def tn(key: str, n: int, /, **params: object) -> str:
    """The message ``key`` in the plural form that goes with the number ``n`` ("1 pagina",
    "2 pagina's"), with ``params`` filled in; ``{count}`` is ``n`` unless given."""
    entry = CATALOG.get(key + ".one") if n == 1 else None
    entry = entry or CATALOG.get(key)
    if entry is None:
        return key
    text = entry.get(_current) or entry["nl"]
    return text.format(**{"count": n, **params})


def click_gettext(message: str, /) -> str:
    """Click's own text ``message`` (English) in the current language."""
    from hefboom_tui.messages.click_texts import CLICK

    entry = CLICK.get(message)
    return (entry.get(_current) or message) if entry else message


def click_ngettext(singular: str, plural: str, n: int, /) -> str:
    """Click's own text with a number, in the current language."""
    from hefboom_tui.messages.click_texts import CLICK_PLURALS

    forms = CLICK_PLURALS.get((singular, plural), {}).get(_current, (singular, plural))
    return forms[0] if n == 1 else forms[1]


def N_(key: str, /) -> str:
    """Mark ``key`` as a message without looking it up now: for texts kept in tables built
    at import (binding descriptions, help texts), translated with ``t()`` when shown, so
    they follow :func:`set_language`. Extraction tools see the key."""
    return key


def placeholders(text: str) -> set[str]:
    """The ``{name}`` placeholders used in ``text``."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}
