"""The print benchmark: each print pack (the demo session, 30 initiatives with short texts,
30 with long ones) against a bare 50-page WeasyPrint document measured in the same run, and
the note that explains these rows in docs/benchmarks.md. Used by ``run.py``."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from stress import stress_session

T = TypeVar("T")

BARE_PAGES = 50
"""Pages of the bare WeasyPrint document every pack is measured against."""

PrintRow = tuple[str, float, float, float, str]  # name, ours (s), baseline (s), target, unit
PRINT_PACKS = (
    ("print pack, demo session (vs bare 50-page WeasyPrint doc)", "demo"),
    ("print pack, 30 initiatives (vs bare 50-page WeasyPrint doc)", "stress"),
    ("print pack, 30 initiatives with long texts (vs bare 50-page WeasyPrint doc)", "long"),
)
TEXT_ONLY = ("the long-text pack's text alone in bare boxes (vs bare 50-page WeasyPrint doc)")


def print_rows(figures: dict[str, tuple[float, float, int]]) -> tuple[list[PrintRow], int]:
    """The rows of ``bench_print``'s figures (each pack, and per page for all but the demo),
    and the page count of the 30-initiative pack."""
    found: list[PrintRow] = []
    pack_pages = 0
    for name, key in (*PRINT_PACKS, (TEXT_ONLY, "text")):
        ours, base, pages = figures[key]
        if key not in ("long", "text"):  # these are there for their figure per page
            found.append((name, ours, base, 2.0, "s"))
        if key != "demo":
            found.append((name.replace(" (vs bare 50-page WeasyPrint doc)",
                                       ", per page (vs bare page)"),
                          ours / pages, base / BARE_PAGES, 1.5, "ms"))
        if key == "stress":
            pack_pages = pages
    return found, pack_pages


def bench_print(folder: Path, reps: int,
                one_baseline: bool = False) -> dict[str, tuple[float, float, int]]:
    """Per pack (the demo session; 30 initiatives / 6 duos / 44 cards with short texts; 30
    initiatives with the long texts a team writes, see print_sessions.py): its time, the time
    of a bare 50-page WeasyPrint document measured right after it (once for all, if
    ``one_baseline``: the smoke run), and its page count (per page is the fairer view when a
    pack has more pages than the bare one)."""
    import weasyprint
    from print_sessions import realistic_session

    from hefboom_tui.demo import build_demo
    from hefboom_tui.printing.pack import PARTS, print_pack
    from hefboom_tui.printing.qr import clear_caches

    sessions = {"demo": build_demo(),
                "stress": stress_session(initiatives=30, participants=12, cards=44, options=34,
                                         chosen=6),
                "long": realistic_session()}
    # the baseline: 50 fiche-like pages (heading, bordered boxes, text), no fonts, no QR
    box = "<div style='border:1px solid #000;margin:3mm 0;padding:2mm;min-height:20mm'>{t}</div>"
    page = ("<section style='page-break-after:always'><h1>Initiatief {n}</h1>"
            + "".join(box.format(t="tekst " * 25) for _ in range(6)) + "</section>")
    bare = "<html><body>" + "".join(page.format(n=n) for n in range(BARE_PAGES)) + "</body></html>"
    times: dict[str, tuple[list[float], list[float], int]] = {k: ([], [], 0) for k in sessions}
    text_only = ""
    bare_times: list[float] = []

    def bare_time() -> float:
        if not (one_baseline and bare_times):
            bare_times.append(settled(lambda: weasyprint.HTML(string=bare).write_pdf(
                folder / "bare.pdf"))[0])
        return bare_times[-1]

    for _ in range(reps):
        for key, session in sessions.items():
            clear_caches()  # a cold print: no QR code left over from the previous round
            elapsed, result = settled(partial(print_pack, session, folder / "pack.pdf", PARTS))
            ours, base, _pages = times[key]
            ours.append(elapsed)
            base.append(bare_time())
            times[key] = (ours, base, result.pages)
            if key == "long" and not text_only:
                text_only = _same_text_in_bare_boxes(folder / "pack.pdf", box)
        # the floor under the long texts: each page's text alone, poured into bare boxes
        ours, base, pages = times.get("text", ([], [], times["long"][2]))
        ours.append(settled(partial(_pour, weasyprint.HTML, text_only, folder / "text.pdf"))[0])
        base.append(bare_time())
        times["text"] = (ours, base, pages)
    # the fastest repetition of each side, as timeit advises for work that does not vary: on a
    # shared machine a slower repetition measures the neighbours, not the code
    return {key: (min(o), min(b), n) for key, (o, b, n) in times.items()}


def _same_text_in_bare_boxes(pdf: Path, box: str) -> str:
    """A bare document holding the text of every page of ``pdf``, a page's text in six boxes
    under a heading, as on the bare document's pages."""
    import html

    from pypdf import PdfReader

    pages = []
    for page in PdfReader(str(pdf)).pages:
        words = (page.extract_text() or "").split()
        size = len(words) // 6 + 1
        pages.append("<section style='page-break-after:always'><h1>Initiatief</h1>" + "".join(
            box.format(t=html.escape(" ".join(words[n:n + size])))
            for n in range(0, len(words), size)) + "</section>")
    return "<html><body>" + "".join(pages) + "</body></html>"


def _pour(html_class: Any, html: str, out: Path) -> None:
    """Parse ``html`` and write it as a PDF to ``out`` (WeasyPrint's ``HTML`` is passed in:
    it is imported only when printing is measured)."""
    html_class(string=html).write_pdf(out)


def settled(work: Callable[[], T]) -> tuple[float, T]:
    """Seconds for ``work`` and a full garbage collection after it, and its result.

    A WeasyPrint layout leaves over 100,000 objects in reference cycles. Without the collection
    each side of a comparison would pay, in its own time, for the garbage the other left."""
    start = time.perf_counter()
    result = work()
    gc.collect()
    return time.perf_counter() - start, result


PRINT_NOTE = (  # under the table when it has print rows
    "Print rows (`--only print`): each pack is timed against a bare 50-page WeasyPrint document "
    "(fiche-like pages: a heading and six bordered boxes of 25 words, no fonts, no QR) measured "
    "right after it, the fastest of 5 repetitions on each side (the machine is shared: a "
    "slower repetition measures the neighbours), both followed by a full garbage collection, "
    "so neither pays for the other's leftover layout objects. A pack has other pages than the "
    "bare document, so its "
    "cost is also given per page. The 30-initiative pack with long texts (benchmarks/"
    "print_sessions.py: fiches of 300–900 characters, arguments, 5–8 notes per poster flap, "
    "engagements, a plan) carries about 1,700 characters a page against the bare page's 900: "
    "the row 'the long-text pack's text alone in bare boxes' pours each of its pages' text "
    "into bare boxes and counts it per page of the pack, the floor any layout of that text "
    "starts from.")
