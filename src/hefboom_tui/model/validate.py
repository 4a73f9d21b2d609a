"""Checks on what people type, each raising a ValidationError that names the field."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from hefboom_tui.model.errors import ValidationError

NAME_MAX = 80
TEXT_MAX = 4000
SHORT_MAX = 300

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(value: object, field: str, *, limit: int = SHORT_MAX, required: bool = False) -> str:
    """``value`` as tidy text: NFC, control characters removed, ends stripped, length checked."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(field, "error.not_text")
    text = _CONTROL.sub("", unicodedata.normalize("NFC", value)).strip()
    if required and not text:
        raise ValidationError(field, "error.required")
    if len(text) > limit:
        raise ValidationError(field, "error.too_long", limit=limit, length=len(text))
    return text


def clean_name(value: object, field: str = "name") -> str:
    """A required one-line name of at most NAME_MAX characters."""
    text = clean_text(value, field, limit=NAME_MAX, required=True)
    return " ".join(text.split())


def same_name(a: str, b: str) -> bool:
    """Whether two names count as duplicates (case and spacing ignored)."""
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


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
