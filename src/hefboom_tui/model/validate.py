"""Checks on what people type, each raising a ValidationError that names the field.

Every text goes through :func:`clean_text` (names through :func:`clean_name`): NFC, and no
character that is invisible or changes how the rest reads — controls, bidi overrides and
isolates, zero-width characters. Arabic, accents and emoji are text like any other.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from hefboom_tui.model.errors import ValidationError

NAME_MAX = 80
TEXT_MAX = 4000
SHORT_MAX = 300
CARD_TEXT_MAX = 200  # a card's statement, a support option (a printed card holds this)

# C0 controls except tab, line feed and carriage return; DEL; the C1 controls.
CONTROL_CHARS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
# Bidi embeddings and overrides (LRE RLE PDF LRO RLO), isolates (LRI RLI FSI PDI) and the
# invisible direction marks (LRM RLM ALM): they can make a name read differently from what
# it holds ("Trojan Source"). Arabic and Hebrew text itself needs none of them.
BIDI_CHARS = "\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c"
# Zero-width characters: space, non-joiner, joiner, word joiner, BOM / zero-width no-break.
ZERO_WIDTH_CHARS = "\u200b-\u200d\u2060\ufeff"
INVISIBLE = re.compile(f"[{CONTROL_CHARS}{BIDI_CHARS}{ZERO_WIDTH_CHARS}]")
"""Every character :func:`clean_text` removes (a zero-width joiner inside an emoji excepted)."""
ZWJ = "\u200d"
_LINE_SEPARATORS = str.maketrans({"\u2028": "\n", "\u2029": "\n"})


def is_pictograph(char: str) -> bool:
    """Whether ``char`` can stand on either side of the joiner in an emoji sequence
    (👩‍🌾, 🏳️‍🌈): a symbol, the emoji variation selector or a skin-tone modifier."""
    return (unicodedata.category(char) == "So" or char == "\ufe0f"
            or "\U0001f3fb" <= char <= "\U0001f3ff")


def _drop_invisible(text: str) -> str:
    if ZWJ not in text:
        return INVISIBLE.sub("", text)
    out = ""
    for n, part in enumerate(text.split(ZWJ)):
        part = INVISIBLE.sub("", part)
        if n and out and part and is_pictograph(out[-1]) and is_pictograph(part[0]):
            out += ZWJ  # keeps 👩‍🌾 one emoji; a joiner anywhere else goes
        out += part
    return out


def strip_invisible(value: str) -> str:
    """``value`` in NFC without control, bidi and zero-width characters (line and paragraph
    separators become line feeds). Repeated until nothing changes, so that a removal that
    brings a letter next to its accent still ends in NFC."""
    text = value.translate(_LINE_SEPARATORS)
    for _ in range(8):
        cleaned = unicodedata.normalize("NFC", _drop_invisible(text))
        if cleaned == text:
            break
        text = cleaned
    return text


def clean_text(value: object, field: str, *, limit: int = SHORT_MAX, required: bool = False) -> str:
    """``value`` as tidy text: NFC, no control, bidi or zero-width characters, ends stripped,
    length checked; ``required`` refuses what is empty after that."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(field, "error.not_text")
    text = strip_invisible(value).strip()
    if required and not text:
        raise ValidationError(field, "error.required")
    if len(text) > limit:
        raise ValidationError(field, "error.too_long", n=len(text), limit=limit, length=len(text))
    return text


def clean_name(value: object, field: str = "name") -> str:
    """A required one-line name of at most NAME_MAX characters (spaces collapsed)."""
    text = clean_text(value, field, limit=NAME_MAX, required=True)
    return " ".join(text.split())


def name_key(name: str) -> str:
    """The key under which two names are the same (see :func:`same_name`): build one index
    of keys instead of comparing every name with every other."""
    return " ".join(name.casefold().split())


def same_name(a: str, b: str) -> bool:
    """Whether two names count as duplicates (case and spacing ignored)."""
    return name_key(a) == name_key(b)


_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%y", "%d-%m-%y")


def parse_date(value: str, field: str = "date") -> str:
    """An ISO date from ``2026-12-03``, ``3/12/2026``, ``03-12-26``…; empty stays empty."""
    text = (value or "").strip()
    if not text:
        return ""
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    raise ValidationError(field, "error.bad_date", value=text)


_TIME = re.compile(r"^(\d{1,2})\s*(?:[:.hu]\s*(\d{2})?)?$", re.IGNORECASE)


def parse_time(value: str, field: str = "time") -> str:
    """``HH:MM`` from ``14:30``, ``14u30``, ``14.30``, ``9u`` or ``9``; empty stays empty."""
    text = (value or "").strip()
    if not text:
        return ""
    match = _TIME.match(text)
    if match:
        hours, minutes = int(match.group(1)), int(match.group(2) or 0)
        if hours < 24 and minutes < 60:
            return f"{hours:02d}:{minutes:02d}"
    raise ValidationError(field, "error.bad_time", value=text)
