"""The texts of the app in the user's language: gettext catalogs, Dutch by default.

Every user-facing text has a symbolic key (``wall.count``) and a translation per language in
``locale/LANG/LC_MESSAGES/hefboom.po``, compiled to ``hefboom.mo`` beside it (shipped in the
package; see docs/translating.md). At run time only the standard library's ``gettext``
reads the ``.mo``, when the first text of a language is asked for.

- ``t(key, **params)``: the text, with ``{params}`` filled in;
- ``tn(key, n, **params)``: the plural form that goes with the number ``n``;
- ``N_(key)``: marks a key kept for later (binding descriptions, help texts);
- ``click_gettext`` / ``click_ngettext``: click's own texts (context ``click``).
"""

from __future__ import annotations

import gettext
import os

LANGUAGES = {"nl": "Nederlands", "en": "English"}  # code → the language's own name
DOMAIN = "hefboom"
LOCALE_DIR = os.path.join(os.path.dirname(__file__), "locale")



def _from_environment(value: str) -> tuple[str, str | None]:
    """The language ``$HEFBOOM_LANG`` asks for (``en``, ``EN``, ``en_GB.UTF-8`` are English),
    and the value itself when it names no language we have (then Dutch)."""
    code = value.strip().lower().replace("-", "_").split(".")[0].split("_")[0]
    if not code:
        return "nl", None
    return (code, None) if code in LANGUAGES else ("nl", value)


_current, _unknown_env = _from_environment(os.environ.get("HEFBOOM_LANG", ""))
_loaded: dict[str, gettext.NullTranslations] = {}
_active: gettext.NullTranslations | None = None


def catalog(lang: str) -> gettext.NullTranslations:
    """The compiled catalog of ``lang`` (read once); a text missing in it comes from the
    Dutch one, and a key missing there too shows as itself."""
    found = _loaded.get(lang)
    if found is None:
        path = os.path.join(LOCALE_DIR, lang, "LC_MESSAGES", DOMAIN + ".mo")
        try:
            with open(path, "rb") as mo:
                found = gettext.GNUTranslations(mo)
        except OSError:  # a broken install: keys rather than a crash
            found = gettext.NullTranslations()
        if lang != "nl":
            found.add_fallback(catalog("nl"))
        _loaded[lang] = found
    return found


def _translation() -> gettext.NullTranslations:
    global _active
    if _active is None:
        _active = catalog(_current)
    return _active


def set_language(lang: str) -> None:
    """Switch the language of every later ``t()`` call."""
    global _current, _active
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    _current, _active = lang, None


def environment_warning() -> str | None:
    """One line to show before anything else when ``$HEFBOOM_LANG`` names a language we do
    not have (the texts then stay Dutch); None when it is fine or not set."""
    if _unknown_env is None:
        return None
    known = ", ".join(f"{code} ({name})" for code, name in LANGUAGES.items())
    return t("lang.unknown_env", value=_unknown_env, languages=known)


def language() -> str:
    """The current UI language code."""
    return _current


def t(key: str, /, **params: object) -> str:
    """The message ``key`` in the current language, with ``params`` filled in."""
    text = _translation().gettext(key)
    return text.format(**params) if params else text


def tn(key: str, n: int, /, **params: object) -> str:
    """The message ``key`` in the plural form that goes with the number ``n`` ("1 pagina",
    "2 pagina's"), with ``params`` filled in; ``{count}`` is ``n`` unless given."""
    return _translation().ngettext(key, key, n).format(**{"count": n, **params})


def click_gettext(message: str, /) -> str:
    """Click's own text ``message`` (English) in the current language."""
    return _translation().pgettext("click", message)


def click_ngettext(singular: str, plural: str, n: int, /) -> str:
    """Click's own text with a number, in the current language."""
    return _translation().npgettext("click", singular, plural, n)


def N_(key: str, /) -> str:
    """Mark ``key`` as a message without looking it up now: for texts kept in tables built
    at import (binding descriptions, help texts), translated with ``t()`` when shown, so
    they follow :func:`set_language`. Extraction tools see the key."""
    return key


def placeholders(text: str) -> set[str]:
    """The ``{name}`` placeholders used in ``text``."""
    import string

    return {name for _, name, _, _ in string.Formatter().parse(text) if name}
