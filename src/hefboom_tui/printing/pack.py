"""Build one print pack as one HTML document and render it once (PDF, or HTML fallback)."""

from __future__ import annotations

import base64
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from importlib import resources
from pathlib import Path

from hefboom_tui.i18n import language, t
from hefboom_tui.model.session import Session
from hefboom_tui.printing import cards, report, sheets
from hefboom_tui.printing.html import esc

PARTS = ("fiches", "blank", "choice", "posters", "cards", "stickers", "forms", "report")
DEFAULT_PARTS = ("fiches", "choice", "posters", "cards", "stickers", "report")
PAPER = {"a4": "A4", "letter": "letter"}
Progress = Callable[[float, str], None]


def assets_dir() -> Path:
    """The folder with the print CSS and fonts (the only place the renderer may read)."""
    return Path(str(resources.files("hefboom_tui").joinpath("assets", "print"))).resolve()


def parse_parts(text: str) -> tuple[str, ...]:
    """``fiches,posters`` → ('fiches', 'posters'); raise ValueError naming unknown parts."""
    wanted = tuple(p.strip().lower() for p in text.split(",") if p.strip())
    unknown = [p for p in wanted if p not in PARTS]
    if unknown or not wanted:
        raise ValueError(t("print.bad_parts", parts=", ".join(unknown) or "–",
                           known=", ".join(PARTS)))
    return wanted


def build_html(session: Session, parts: tuple[str, ...] = DEFAULT_PARTS, paper: str = "a4",
               progress: Progress | None = None, today: dt.date | None = None) -> str:
    """The whole pack as one HTML document."""
    chosen = [i for i in session.initiatives if i.choice.chosen]
    builders: list[Callable[[], str]] = []
    if "fiches" in parts:
        builders += [partial(sheets.fiche, session, i) for i in session.initiatives]
    if "blank" in parts:
        builders.append(partial(sheets.fiche, session, None))
    if "choice" in parts:
        builders += [partial(sheets.choice_fiche, session, i) for i in chosen]
    if "posters" in parts:
        builders += [partial(sheets.poster, session, i) for i in chosen]
    if "cards" in parts:
        builders.append(lambda: "".join(cards.card_pack(session)))
    if "stickers" in parts:
        builders += [partial(report.sticker_sheet, session, i) for i in report.engaged(session)]
    if "forms" in parts:
        builders += [sheets.innovation_fiche, sheets.organisation_fiche]
    if "report" in parts:
        builders.append(lambda: report.report(session, today))
    body = []
    for n, build in enumerate(builders, 1):
        body.append(build())
        if progress:
            progress(0.5 * n / len(builders), t("print.progress_build"))
    if not body:
        body.append(f'<section class="sheet"><p>{esc(t("print.empty_pack"))}</p></section>')
    css = (assets_dir() / "pack.css").read_text(encoding="utf-8")
    size = PAPER.get(paper, "A4")
    return (f'<!doctype html><html lang="{language()}"><head><meta charset="utf-8">'
            f"<title>{esc(session.name)}</title><style>{css}\n@page {{ size: {size}; }}"
            f"</style></head><body><div class=\"session-name\">{esc(session.name)}</div>"
            + "".join(body) + "</body></html>")


def fonts_inlined(html: str) -> str:
    """``html`` with the bundled fonts written into it, so the HTML file looks the same in a
    browser wherever it is saved (the PDF renderer reads them from ``assets/print``)."""
    def embed(match: re.Match[str]) -> str:
        data = (assets_dir() / "fonts" / match.group(1)).read_bytes()
        return f'url("data:font/ttf;base64,{base64.b64encode(data).decode("ascii")}")'

    return re.sub(r'url\("fonts/([A-Za-z-]+\.ttf)"\)', embed, html)


@dataclass
class PrintResult:
    """Where the pack went, as PDF or (without WeasyPrint's libraries) as HTML."""

    path: Path
    kind: str  # "pdf" or "html"
    pages: int = 0
    message: str = ""


def render(html: str, out: Path, progress: Progress | None = None) -> PrintResult:
    """Render ``html`` to ``out`` (PDF); fall back to a printable HTML file when WeasyPrint
    or its system libraries are missing."""
    from hefboom_tui.printing.render import render_pdf, weasyprint_problem

    problem = weasyprint_problem()
    if problem:
        target = out.with_suffix(".html")
        from hefboom_tui.fsutil import atomic_write_text

        atomic_write_text(target, fonts_inlined(html))
        return PrintResult(target, "html", 0, t("print.fallback", path=target, detail=problem))
    pages = render_pdf(html, out, assets_dir(), progress)
    return PrintResult(out, "pdf", pages, t("print.done", path=out, pages=pages))


def print_pack(session: Session, out: Path, parts: tuple[str, ...] = DEFAULT_PARTS,
               paper: str = "a4", progress: Progress | None = None) -> PrintResult:
    """Build and render the pack for ``session`` into ``out``."""
    html = build_html(session, parts, paper, progress)
    return render(html, out, progress)


def default_output(folder: Path, session_file_stem: str) -> Path:
    """``<sessions>/prints/<session>-<date-time>.pdf``."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / "prints" / f"{session_file_stem}-{stamp}.pdf"
    target.parent.mkdir(parents=True, exist_ok=True)
    return target
