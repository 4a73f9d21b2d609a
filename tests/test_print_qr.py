"""QR codes: marked as UTF-8 (ECI) so readers decode accents right, the standard's mask
choice, short enough to scan from paper, and read back from a printed page."""

from __future__ import annotations

from pathlib import Path

import pytest
import qrcode
from model_helpers import apply
from print_helpers import decode_qr, needs_poppler, needs_zbar, render_pages

from hefboom_tui.demo import build_demo
from hefboom_tui.printing.pack import print_pack
from hefboom_tui.printing.qr import BUDGET, _png, payload, qr_matrix


@pytest.mark.parametrize("data", ["HEFBOOM KX7\nRepair Cafe\nGent", "https://wijk.example/i/AB3",
                                  "x" * 300])
def test_ascii_codes_are_the_libraries_own(data: str) -> None:
    """Without accents no ECI header is needed: the modules, mask included, are exactly what
    the qrcode library makes (our faster mask choice picks the same mask)."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=2)
    code.add_data(data.encode("ascii"), optimize=0)
    code.make(fit=True)
    assert qr_matrix(data) == tuple(tuple(bool(c) for c in row) for row in code.get_matrix())


def test_accented_codes_carry_the_utf8_eci_header() -> None:
    """The first data bits are mode 0111 (ECI) and assignment 26 (UTF-8)."""
    matrix = qr_matrix("Café")
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=2)
    code.add_data("Café".encode(), optimize=0)
    code.make(fit=True)
    assert matrix != tuple(tuple(bool(c) for c in row) for row in code.get_matrix())
    from hefboom_tui.printing.qr import _eci_data

    assert _eci_data(1, qrcode.constants.ERROR_CORRECT_M, "Café".encode(), True)[0] == 0b0111_0001


def test_payload_stays_short_enough_to_scan() -> None:
    session = build_demo()
    item = session.initiatives[0]
    apply(session, "edit_initiative", {"id": item.id, "name": "É" * 80, "contact": "ç" * 300})
    text = payload(session, item)
    assert len(text.encode("utf-8")) <= BUDGET + 1 and text.startswith(f"HEFBOOM {item.code}\n")
    assert "…" in text  # shortened, visibly
    assert len(qr_matrix(text)) <= 49  # version 7 and the quiet zone


def test_png_is_small_and_greyscale() -> None:
    png = _png(qr_matrix("HEFBOOM PG9\nBuurtmoestuin De Kiem\nMieke Peeters\ndemo"))
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and png[24] == 8 and png[25] == 0  # 8-bit grey
    assert len(png) < 4000


@needs_poppler
@needs_zbar
@pytest.mark.parametrize("dpi", [72, 150])
def test_printed_code_reads_back_with_accents(tmp_path: Path, dpi: int) -> None:
    session = build_demo()
    item = next(i for i in session.initiatives if "Cœur" in i.name)
    apply(session, "set_link_base_url", {"url": "https://wijk.example/i/"})
    out = tmp_path / "fiche.pdf"
    print_pack(session, out, ("fiches",))
    page = session.initiatives.index(item) + 1
    [image] = render_pages(out, tmp_path, dpi, page, page)
    decoded = decode_qr(image)
    assert decoded == payload(session, item)
    assert "Café Cœur" in decoded and "Inès" in decoded  # no mojibake
    assert decoded.endswith(f"https://wijk.example/i/{item.code}")
