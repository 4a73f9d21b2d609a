"""The description of one form field (kept apart from the form widget, which loads slower)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Field:
    """One field; ``kind``: ``input``, ``text`` (multi-line), ``select``, ``check``, ``people``.
    ``live``, for a text: what to show under the field as it is typed (e.g. characters left)."""

    name: str
    label: str
    kind: str = "input"
    value: Any = ""
    options: list[tuple[str, str]] = field(default_factory=list)  # (label, value)
    placeholder: str = ""
    live: Callable[[str], str] | None = None
