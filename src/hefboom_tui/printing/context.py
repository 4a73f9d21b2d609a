"""The options of a print and the lookups every sheet needs, made once per pack.

The builders never walk back into the session (``Session.card``, ``options_for``…) per card
or row: they read the maps made here. Every piece of user text passes :meth:`Context.text`,
which notes characters the bundled font cannot draw, for one warning before printing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from hefboom_tui.i18n import language, t
from hefboom_tui.model.entities import Card, Initiative, Principle, SupportOption
from hefboom_tui.model.session import Session
from hefboom_tui.printing import geometry as g
from hefboom_tui.printing.measure import missing_chars
from hefboom_tui.printing.qr import payload, qr_uri
from hefboom_tui.printing.views import Head

PARTS = ("fiches", "blank", "choice", "posters", "guides", "cards", "stickers", "forms",
         "report")
DEFAULT_PARTS = ("fiches", "choice", "posters", "cards", "stickers", "report")
MAX_PLACES = 6  # places named in the warning about characters the font lacks


@dataclass(frozen=True)
class PrintOptions:
    """What to print and how.

    ``posters``: "a3" (A3 landscape) or "halves" (two sheets of ``paper`` to tape together).
    ``poster_contact``: print contact details on posters and sticker lists (they hang on a
    wall; off by default). ``split``: one PDF per paper size (A3 posters apart)."""

    parts: tuple[str, ...] = DEFAULT_PARTS
    paper: str = "a4"
    posters: str = "a3"
    poster_contact: bool = False
    split: bool = False


class Context:
    """Lookups made once per pack, and the notes about text the font cannot draw."""

    def __init__(self, session: Session, options: PrintOptions,
                 today: dt.date | None = None) -> None:
        self.session = session
        self.options = options
        self.paper = g.PAPERS.get(options.paper, g.PAPERS["a4"])
        self.today = today or dt.date.today()
        self.lang = language()
        self.names = {p.id: p.name for p in session.participants}
        self.cards: dict[str, Card] = {c.id: c for c in session.cards}
        self.principles: dict[str, Principle] = {p.id: p for p in session.principles}
        shared = [o for o in session.support_options if not o.initiative]
        own: dict[str, list[SupportOption]] = {}
        for option in session.support_options:
            if option.initiative:
                own.setdefault(option.initiative, []).append(option)
        self._shared, self._own = shared, own
        self.option_text = {o.id: o.text_in(self.lang) for o in session.support_options}
        self.missing: dict[str, list[str]] = {}  # place -> characters

    def options_for(self, item: Initiative) -> list[SupportOption]:
        """The support options on the list of ``item`` (shared ones, then its own)."""
        return self._shared + self._own.get(item.id, [])

    def who(self, ids: list[str]) -> str:
        """The names of the people ``ids``, comma-separated."""
        return ", ".join(self.names.get(x, "?") for x in ids)

    def text(self, value: str, where: str, field: str = "") -> str:
        """``value`` as it is printed; characters the font lacks are noted for ``where``."""
        if value and not value.isascii():
            chars = _missing(value)
            if chars:
                place = f"{where} ({field})" if field else where
                known = self.missing.setdefault(place, [])
                known += [c for c in chars if c not in known]
        return value

    def head(self, item: Initiative | None, kicker: str, *, public: bool = False,
             intro: str = "") -> Head:
        """The identity of a sheet about ``item`` (a blank box for a blank sheet)."""
        if item is None:
            return Head(kicker, "", intro=intro, ident=kicker)
        name = self.text(item.name, item.name, t("field.name"))
        hide = public and not self.options.poster_contact  # a wall shows no contact details
        data = payload(self.session, item, public=hide)
        return Head(kicker, name, item.code, qr_uri(data), intro, ident=f"{item.code} · {name}")

    def warnings(self) -> list[str]:
        """One warning naming where the font lacks characters (empty when it has them all)."""
        if not self.missing:
            return []
        chars: list[str] = []
        for found in self.missing.values():
            chars += [c for c in found if c not in chars]
        places = list(self.missing)
        named = ", ".join(places[:MAX_PLACES])
        if len(places) > MAX_PLACES:
            named += " " + t("print.more_places", count=len(places) - MAX_PLACES)
        return [t("print.missing_glyphs", chars=" ".join(chars[:20]), places=named)]


@lru_cache(maxsize=4096)
def _missing(text: str) -> tuple[str, ...]:
    return tuple(missing_chars(text))


def page_label(page: int, pages: int) -> str:
    """ "vervolg 2/3" on the pages after the first of a sheet, "1/3" on its first; nothing
    for a sheet of one page."""
    if pages <= 1:
        return ""
    return t("print.page_first", page=page, pages=pages) if page == 1 else \
        t("print.page_more", page=page, pages=pages)
