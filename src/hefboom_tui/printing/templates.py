"""The Jinja2 templates of the print pack (``assets/print/*.html`` and ``pack.css``).

Autoescape is on for everything: text from users can never become markup. Values are escaped
as the standard library's ``html.escape`` does (``&quot;``), the one escaping the project uses.
"""

from __future__ import annotations

import html
import unicodedata
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from hefboom_tui.i18n import t
from hefboom_tui.printing import geometry
from hefboom_tui.printing.views import Bar, Listing, Named, Sheet, Table

RTL = {"R", "AL"}


def assets_dir() -> Path:
    """The folder with the print templates, CSS and fonts (the only place the renderer may
    read)."""
    return Path(str(resources.files("hefboom_tui").joinpath("assets", "print"))).resolve()


def _escape(value: object) -> Markup:
    """Every ``{{ value }}``: our own markup as it is, anything else escaped."""
    if isinstance(value, Markup):
        return value
    if isinstance(value, float):
        return Markup(f"{value:.2f}".rstrip("0").rstrip("."))
    return Markup(html.escape(str(value), quote=True))


@lru_cache(maxsize=8192)
def direction(text: str) -> str:
    """``rtl`` when the first letter with a direction of ``text`` is written right to left
    (Arabic, Hebrew), else ``ltr``. The HTML ``dir="auto"`` means this, but WeasyPrint does
    not implement it: it aligns and orders text by an explicit ``dir``."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "ltr"
        if kind in RTL:
            return "rtl"
    return "ltr"


def dir_attribute(text: object) -> Markup:
    """`` dir="rtl"`` for right-to-left text, else nothing (left to right is the default;
    an attribute on every element would only cost WeasyPrint time)."""
    return Markup(' dir="rtl"') if direction(str(text)) == "rtl" else Markup("")


def cell_kind(value: object) -> str:
    """What a report cell or block holds, for the template to draw it."""
    if isinstance(value, Named):
        return "named"
    if isinstance(value, Bar):
        return "bar"
    if isinstance(value, list):
        return "list"
    if isinstance(value, Table):
        return "table"
    if isinstance(value, Listing):
        return "listing"
    return "text"


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The template environment (made once)."""
    env = Environment(loader=FileSystemLoader(str(assets_dir())), autoescape=True,
                      finalize=_escape, undefined=StrictUndefined, trim_blocks=True,
                      lstrip_blocks=True, auto_reload=False)
    env.filters["dir"] = dir_attribute
    env.filters["cellkind"] = cell_kind
    env.globals["field_min"] = geometry.FIELD_MIN
    env.globals["field_gap"] = geometry.FIELD_GAP
    return env


def labels() -> dict[str, str]:
    """The few texts every template shares (in the current language)."""
    return {"more": t("print.continues"), "cont": t("print.continued"),
            "name": t("field.name"), "overflow": t("print.overflow")}


@lru_cache(maxsize=8)
def css(paper: geometry.Paper, poster: geometry.PosterBox) -> Markup:
    """The pack's style sheet for ``paper`` and the poster layout (our own text, no user
    text: it goes into the document as it is)."""
    return Markup(environment().get_template("pack.css").render(
        paper=paper, poster=poster, g=geometry))


class Styles:
    """Classes for the sizes a document uses, each written once into its style sheet.

    An inline ``style`` attribute costs WeasyPrint a parse per element (measured: 460 of them
    added 0.13 s to a 115-row page set); a pack uses a few dozen distinct values, so each
    becomes a class (``z0``, ``z1``…) defined once. Values come from our own page planning
    and checked deck colours, never from what users type."""

    def __init__(self) -> None:
        self.names: dict[str, str] = {}

    def __call__(self, declarations: str) -> str:
        """The class name for ``declarations`` (``"min-height:52.3mm"``)."""
        return self.names.setdefault(declarations, f"z{len(self.names)}")

    def sheet(self) -> str:
        """The CSS rules of every class handed out."""
        return "\n".join(f".{name} {{ {rule} }}" for rule, name in self.names.items())


def render_sheet(sheet: Sheet, first: bool, shared: dict[str, Any], styles: Styles) -> str:
    """One sheet's HTML."""
    template = environment().get_template(sheet.template)
    return template.render(sheet=sheet, first=first, labels=shared, css=styles)


def render_document(body: str, *, lang: str, title: str, footer: str, style: Markup,
                    styles: Styles) -> str:
    """The whole pack as one HTML document around the sheets' ``body``."""
    return environment().get_template("pack.html").render(
        body=Markup(body), lang=lang, title=title, footer=footer,
        css=style + Markup("\n") + Markup(styles.sheet()))
