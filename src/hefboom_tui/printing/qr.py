"""QR codes linking paper back to the session: inline SVG, no network needed to read them."""

from __future__ import annotations

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


def qr_svg(data: str) -> str:
    """An inline ``<svg>`` element encoding ``data`` (black modules on white, quiet zone 2).

    The qrcode library encodes; the path is drawn here as one stroke, one module high, per
    horizontal run of dark modules: exact, and several times shorter than one square per
    module (WeasyPrint parses every path segment when it paints a page)."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=2)
    code.add_data(data)
    code.make(fit=True)
    matrix = code.get_matrix()
    size = len(matrix)
    runs = []
    for y, row in enumerate(matrix):
        x = 0
        while x < size:
            if row[x]:
                start = x
                while x < size and row[x]:
                    x += 1
                runs.append(f"M{start} {y}.5h{x - start}")
            else:
                x += 1
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" '
            f'shape-rendering="crispEdges"><rect width="{size}" height="{size}" fill="#fff"/>'
            f'<path d="{"".join(runs)}" stroke="#000" stroke-width="1" fill="none"/></svg>')
