"""QR codes linking paper back to the session: inline SVG, no network needed to read them."""

from __future__ import annotations

from functools import lru_cache

import qrcode

from hefboom_tui.model.entities import Initiative
from hefboom_tui.model.session import Session


def payload(session: Session, initiative: Initiative) -> str:
    """What the QR of ``initiative`` holds.

    By default a short plain-text summary (code, name, contact, session), which a phone shows
    with no internet at all; with a link base URL configured, that URL with the code appended.
    """
    if session.link_base_url:
        return session.link_base_url.rstrip("/") + "/" + initiative.code
    lines = [f"HEFBOOM {initiative.code}", initiative.name[:80]]
    if initiative.contact:
        lines.append(initiative.contact[:80])
    lines.append(session.name[:60])
    return "\n".join(lines)


def _runs(line: list[bool]) -> list[tuple[int, int]]:
    """``(start, end)`` of every run of dark modules in ``line``."""
    runs, x, size = [], 0, len(line)
    while x < size:
        if line[x]:
            start = x
            while x < size and line[x]:
                x += 1
            runs.append((start, x))
        else:
            x += 1
    return runs


@lru_cache(maxsize=512)
def qr_svg(data: str) -> str:
    """An inline ``<svg>`` element encoding ``data`` (black modules on white, quiet zone 2).

    The qrcode library encodes; the modules are drawn here as strokes one module wide:
    horizontal runs of two or more, and vertical runs through the modules left alone in
    their row. That is exact and several times shorter than one square per module, which
    matters because WeasyPrint parses every path segment when it paints a page. Cached:
    an initiative's code is on its fiche, poster and sticker list alike."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=2)
    code.add_data(data)
    code.make(fit=True)
    matrix = code.get_matrix()
    size = len(matrix)
    columns = [_runs([row[x] for row in matrix]) for x in range(size)]
    strokes, down = [], set()
    for y, row in enumerate(matrix):
        for start, end in _runs(row):
            column = next((r for r in columns[start] if r[0] <= y < r[1]), (y, y + 1))
            if end - start == 1 and column[1] - column[0] > 1:
                down.add((start, *column))
            else:
                strokes.append(f"M{start} {y}.5h{end - start}")
    strokes += (f"M{x}.5 {top}v{bottom - top}" for x, top, bottom in sorted(down))
    # a single element and no white background rect: WeasyPrint runs a style cascade for
    # every element, and the paper is white anyway
    return (f'<svg class="qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" '
            f'shape-rendering="crispEdges"><path d="{"".join(strokes)}" stroke="#000" '
            f'stroke-width="1" fill="none"/></svg>')
