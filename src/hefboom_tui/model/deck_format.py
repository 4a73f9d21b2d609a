"""Parse deck and support-option files (TOML; the format is documented in docs/deck-format.md).

Parsing works on text, so the model stays free of I/O; the caller reads the file and passes
its name for the messages. Every problem raises :class:`DeckError` naming file, line and field.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from typing import Any

from hefboom_tui.i18n import t, tn
from hefboom_tui.model.entities import OPTION_KINDS, Card, Principle, SupportOption
from hefboom_tui.model.validate import CARD_TEXT_MAX

_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


class DeckError(ValueError):
    """A deck or option file is unusable; the message names file, line and field."""

    def __init__(self, file: str, line: int, field: str, problem: str) -> None:
        self.file, self.line, self.field, self.problem = file, line, field, problem
        super().__init__(t("error.deck_file", file=file, line=line, field=field, problem=problem))


@dataclass
class Deck:
    """A parsed card deck."""

    name: str
    principles: list[Principle]
    cards: list[Card]


def _header_lines(text: str, header: str) -> list[int]:
    pattern = re.compile(rf"^\s*\[\[\s*{re.escape(header)}\s*\]\]")
    return [n for n, line in enumerate(text.splitlines(), 1) if pattern.match(line)]


def _load(text: str, file: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = int(m.group(1)) if (m := re.search(r"line (\d+)", str(exc))) else 1
        raise DeckError(file, line, "-", t("error.toml_syntax", detail=str(exc))) from exc


def _str(table: dict[str, Any], key: str, where: tuple[str, int], *, required: bool = True,
         limit: int = 300) -> str:
    file, line = where
    value = table.get(key, "")
    if not isinstance(value, str):
        raise DeckError(file, line, key, t("error.deck_not_text"))
    value = value.strip()
    if required and not value:
        raise DeckError(file, line, key, t("error.deck_missing"))
    if len(value) > limit:
        raise DeckError(file, line, key, tn("error.too_long_plain", limit, limit=limit))
    return value


def _entries(
    data: dict[str, Any], key: str, file: str, text: str
) -> list[tuple[dict[str, Any], int]]:
    items = data.get(key, [])
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise DeckError(file, 1, key, t("error.deck_not_tables", key=key))
    lines = _header_lines(text, key)
    return [(item, lines[n] if n < len(lines) else 1) for n, item in enumerate(items)]


def parse_deck(text: str, file: str = "deck.toml") -> Deck:
    """A :class:`Deck` from the TOML ``text`` of ``file``."""
    data = _load(text, file)
    deck = data.get("deck", {})
    name = deck.get("name", "") if isinstance(deck, dict) else ""
    principles: list[Principle] = []
    for item, line in _entries(data, "principles", file, text):
        where = (file, line)
        pid = _str(item, "id", where, limit=8)
        if any(p.id == pid for p in principles):
            raise DeckError(file, line, "id", t("error.deck_duplicate_id", id=pid))
        colour = _str(item, "colour", where)
        if not _COLOUR.match(colour):
            raise DeckError(file, line, "colour", t("error.deck_colour", value=colour))
        principles.append(Principle(
            id=pid, name=_str(item, "name", where, limit=60),
            name_en=_str(item, "name_en", where, required=False, limit=60),
            colour=colour.upper(), symbol=_str(item, "symbol", where, limit=2),
            description=_str(item, "description", where, required=False, limit=600),
            description_en=_str(item, "description_en", where, required=False, limit=600),
        ))
    if not principles:
        raise DeckError(file, 1, "principles", t("error.deck_no_principles"))
    known = {p.id for p in principles}
    cards: list[Card] = []
    for n, (item, line) in enumerate(_entries(data, "cards", file, text), 1):
        where = (file, line)
        principle = _str(item, "principle", where, limit=8)
        if principle not in known:
            raise DeckError(file, line, "principle",
                            t("error.deck_unknown_principle", id=principle, known=", ".join(known)))
        cards.append(Card(id=f"k{n}", principle=principle,
                          text=_str(item, "text", where, limit=CARD_TEXT_MAX),
                          text_en=_str(item, "text_en", where, required=False,
                                       limit=CARD_TEXT_MAX)))
    if not cards:
        raise DeckError(file, 1, "cards", t("error.deck_no_cards"))
    return Deck(name=str(name or file), principles=principles, cards=cards)


def parse_options(text: str, file: str = "options.toml") -> tuple[str, list[SupportOption]]:
    """The list name and the support options from the TOML ``text`` of ``file``."""
    data = _load(text, file)
    head = data.get("list", {})
    name = head.get("name", "") if isinstance(head, dict) else ""
    options: list[SupportOption] = []
    for n, (item, line) in enumerate(_entries(data, "options", file, text), 1):
        where = (file, line)
        kind = _str(item, "kind", where, limit=20)
        if kind not in OPTION_KINDS:
            raise DeckError(file, line, "kind",
                            t("error.deck_kind", value=kind, known=", ".join(OPTION_KINDS)))
        options.append(SupportOption(
            id=f"o{n}", kind=kind, text=_str(item, "text", where, limit=CARD_TEXT_MAX),
            text_en=_str(item, "text_en", where, required=False, limit=CARD_TEXT_MAX),
            group=_str(item, "group", where, required=False, limit=40),
        ))
    if not options:
        raise DeckError(file, 1, "options", t("error.options_empty"))
    return str(name or file), options
