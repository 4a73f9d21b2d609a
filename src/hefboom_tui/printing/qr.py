"""QR codes linking paper back to the session: inline SVG, no network needed to read them."""

from __future__ import annotations

import qrcode
import qrcode.image.svg

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
    """An inline ``<svg>`` element encoding ``data`` (black modules on white, quiet zone 2)."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=2,
                         image_factory=qrcode.image.svg.SvgPathImage)
    code.add_data(data)
    code.make(fit=True)
    svg = code.make_image().to_string(encoding="unicode")
    svg = svg[svg.index("<svg"):]
    return svg.replace(' id="qr-path"', "")  # many QR codes share one document
