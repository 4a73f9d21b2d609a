"""Build one print pack and render it once per paper size (PDF, or the HTML fallback).

:func:`prepare` makes the view data and the HTML (and the warnings, to show before
printing); :func:`render` writes the file(s); :func:`print_pack` does both.
"""

from __future__ import annotations

import base64
import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from hefboom_tui.i18n import t, tn
from hefboom_tui.model.guide import planned_visits
from hefboom_tui.model.session import Session
from hefboom_tui.os_errors import os_reason
from hefboom_tui.printing import (
    build_cards,
    build_fiches,
    build_guides,
    build_organisation,
    build_posters,
    build_report,
)
from hefboom_tui.printing import geometry as g
from hefboom_tui.printing.build_stickers import engaged, sticker_sheets
from hefboom_tui.printing.context import DEFAULT_PARTS, PARTS, Context, PrintOptions
from hefboom_tui.printing.qr import inline_codes
from hefboom_tui.printing.templates import (
    Styles,
    assets_dir,
    css,
    labels,
    render_document,
    render_sheet,
)
from hefboom_tui.printing.views import EmptySheet, ReportSheet, Sheet

__all__ = ["DEFAULT_PARTS", "PARTS", "PrintOptions", "PrintResult", "assets_dir", "build_html",
           "default_output", "describe_error", "parse_parts", "prepare", "print_pack", "render",
           "targets"]

Progress = Callable[[float, str], None]
BUILD_SHARE = 0.1  # of the progress bar: building the sheets; the rest is WeasyPrint's
PAPER = {"a4": "A4", "letter": "letter"}
REPORT_ROWS_PER_PAGE = 25  # for the progress bar only: how far the report runs


def parse_parts(text: str) -> tuple[str, ...]:
    """``fiches,posters`` → ('fiches', 'posters'); raise ValueError naming unknown parts."""
    wanted = tuple(p.strip().lower() for p in text.split(",") if p.strip())
    unknown = [p for p in wanted if p not in PARTS]
    if unknown or not wanted:
        raise ValueError(t("print.bad_parts", parts=", ".join(unknown) or "–",
                           known=", ".join(PARTS)))
    return wanted


def build_sheets(ctx: Context, progress: Progress | None = None) -> list[Sheet]:
    """Every sheet of the pack, in the order the parts are listed, as view data."""
    session, parts = ctx.session, ctx.options.parts
    chosen = [i for i in session.initiatives if i.choice.chosen]
    builders: list[Callable[[], Sequence[Sheet]]] = []
    if "fiches" in parts:
        builders += [partial(build_fiches.fiche, ctx, i) for i in session.initiatives]
    if "blank" in parts:
        builders.append(partial(build_fiches.fiche, ctx, None))
    if "choice" in parts:
        builders += [partial(build_fiches.choice_fiche, ctx, i) for i in chosen]
    if "posters" in parts:
        builders += [partial(build_posters.poster, ctx, i) for i in chosen]
    if "guides" in parts:
        builders += [partial(build_guides.guide, ctx, v) for v in planned_visits(session)]
    if "cards" in parts:
        builders.append(partial(build_cards.card_pack, ctx))
    if "stickers" in parts:
        builders += [partial(sticker_sheets, ctx, i) for i in engaged(ctx)]
    if "forms" in parts:
        builders += [partial(build_fiches.choice_fiche, ctx, None),
                     lambda: [build_fiches.innovation_fiche(ctx)],
                     partial(build_organisation.organisation_fiche, ctx)]
    if "report" in parts:
        builders.append(lambda: [build_report.report(ctx)])
    sheets: list[Sheet] = []
    for n, build in enumerate(builders, 1):
        sheets += build()
        if progress:
            progress(BUILD_SHARE * 0.5 * n / len(builders), t("print.progress_build"))
    return sheets or [EmptySheet(paper=ctx.paper.key, text=t("print.empty_pack"))]


@dataclass
class Document:
    """The HTML of the sheets that print on one paper size, and how many pages to expect."""

    paper: str  # the page size's name in file names: A4, letter, A3
    html: str
    pages: int


@dataclass
class Prepared:
    """A pack ready to render: its documents (one, or one per paper size) and warnings."""

    documents: list[Document]
    warnings: list[str] = field(default_factory=list)


def _expected_pages(sheets: list[Sheet], ctx: Context) -> int:
    count = 0
    for sheet in sheets:
        if isinstance(sheet, ReportSheet):
            rows = len(ctx.session.initiatives) * 3 + len(ctx.session.plan)
            count += 1 + rows // REPORT_ROWS_PER_PAGE
        else:
            count += 1
    return count


def _document(ctx: Context, sheets: list[Sheet], paper: str) -> Document:
    shared, styles = labels(), Styles()
    body = "".join(render_sheet(s, n == 0, shared, styles) for n, s in enumerate(sheets))
    box = g.poster_box(ctx.options.posters, ctx.paper)
    footer = f"{ctx.session.name} · {ctx.today.isoformat()}"
    html = render_document(body, lang=ctx.lang, title=ctx.session.name, footer=footer,
                           style=css(ctx.paper, box), styles=styles)
    return Document(paper, html, _expected_pages(sheets, ctx))


def prepare(session: Session, options: PrintOptions | None = None,
            progress: Progress | None = None, today: dt.date | None = None) -> Prepared:
    """The pack's documents and the warnings to show before it is printed."""
    ctx = Context(session, options or PrintOptions(), today)
    sheets = build_sheets(ctx, progress)
    groups: dict[str, list[Sheet]] = {}
    if ctx.options.split:
        for sheet in sheets:
            groups.setdefault(sheet.paper, []).append(sheet)
    else:
        groups[ctx.paper.key] = sheets
    documents = [_document(ctx, members, "A3" if paper == "a3" else PAPER.get(paper, paper))
                 for paper, members in groups.items()]
    if progress:
        progress(BUILD_SHARE, t("print.progress_build"))
    return Prepared(documents, ctx.warnings())


def build_html(session: Session, parts: tuple[str, ...] = DEFAULT_PARTS, paper: str = "a4",
               progress: Progress | None = None, today: dt.date | None = None,
               **options: object) -> str:
    """The whole pack as one HTML document."""
    chosen = PrintOptions(parts=parts, paper=paper, **options)  # type: ignore[arg-type]
    return prepare(session, chosen, progress, today).documents[0].html


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
    paths: list[Path] = field(default_factory=list)  # every file written (--split: several)
    page_counts: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def targets(prepared: Prepared, out: Path) -> list[Path]:
    """The file each document goes to: ``out`` itself, or ``out`` with the paper size added
    to its name when the pack is split (``pack-A4.pdf``, ``pack-A3.pdf``)."""
    if len(prepared.documents) == 1:
        return [out]
    return [out.with_name(f"{out.stem}-{d.paper}{out.suffix}") for d in prepared.documents]


def render(prepared: Prepared, out: Path, progress: Progress | None = None) -> PrintResult:
    """Render ``prepared`` to ``out`` (PDF); fall back to a printable HTML file when
    WeasyPrint or its system libraries are missing."""
    from hefboom_tui.fsutil import atomic_write_text
    from hefboom_tui.printing.render import render_pdf, weasyprint_problem

    problem = weasyprint_problem()
    if problem:
        target = out.with_suffix(".html")
        target.parent.mkdir(parents=True, exist_ok=True)
        html = "".join(d.html for d in prepared.documents[:1])
        if len(prepared.documents) > 1:  # one file: a browser prints every size from it
            html = _merged(prepared)
        atomic_write_text(target, inline_codes(fonts_inlined(html)))
        return PrintResult(target, "html", 0, t("print.fallback", path=target, detail=problem),
                           [target], [0], prepared.warnings)
    paths = targets(prepared, out)
    total = sum(d.pages for d in prepared.documents) or 1
    counts, done = [], 0
    for document, path in zip(prepared.documents, paths, strict=True):
        low = BUILD_SHARE + (1 - BUILD_SHARE) * done / total
        done += document.pages
        high = 1.0 if document is prepared.documents[-1] else (
            BUILD_SHARE + (1 - BUILD_SHARE) * done / total)
        counts.append(render_pdf(document.html, path, assets_dir(), progress,
                                 pages_expected=document.pages, span=(low, high)))
    if len(paths) == 1:
        message = tn("print.done", counts[0], path=paths[0], pages=counts[0])
    else:
        files = [tn("print.file_pages", n, path=p, pages=n)
                 for p, n in zip(paths, counts, strict=True)]
        message = t("print.done_split", files=", ".join(files))
    return PrintResult(paths[0], "pdf", sum(counts), message, paths, counts, prepared.warnings)


def _merged(prepared: Prepared) -> str:
    """The bodies of several documents in the first one's frame (for the HTML fallback)."""
    first = prepared.documents[0].html
    bodies = [re.search(r"<body[^>]*>(.*)</body>", d.html, re.S) for d in prepared.documents]
    inner = "".join(m.group(1) for m in bodies if m)
    return re.sub(r"(<body[^>]*>).*(</body>)", lambda m: m.group(1) + inner + m.group(2),
                  first, count=1, flags=re.S)


Ready = Callable[[list[str], list[Path]], None]


def print_pack(session: Session, out: Path, parts: tuple[str, ...] = DEFAULT_PARTS,
               paper: str = "a4", progress: Progress | None = None, *,
               options: PrintOptions | None = None, today: dt.date | None = None,
               ready: Ready | None = None) -> PrintResult:
    """Build and render the pack for ``session`` into ``out`` (``options``, when given,
    says everything; else ``parts`` and ``paper``). ``ready`` hears the warnings and the
    files to be written once the pack is built, before WeasyPrint starts."""
    chosen = options or PrintOptions(parts=parts, paper=paper)
    prepared = prepare(session, chosen, progress, today)
    if ready:
        ready(prepared.warnings, targets(prepared, out))
    return render(prepared, out, progress)


def describe_error(exc: OSError) -> str:
    """An error writing the pack in one line: what went wrong, and where ("Permission denied:
    /media/usb/prints"). A missing folder is made; a read-only one or a full disk end here."""
    reason = os_reason(exc)
    return t("print.os_error", reason=reason, path=exc.filename) if exc.filename else reason


def default_output(folder: Path, session_file_stem: str) -> Path:
    """``<sessions>/prints/<session>-<date-time>.pdf`` (the folder is made when printing)."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return folder / "prints" / f"{session_file_stem}-{stamp}.pdf"
