"""Reading printed packs back in tests: page texts, page sizes, QR codes on the pages.

Text comes from poppler's ``pdftotext``: pypdf cannot read a font's text once WeasyPrint gave
it its own encoding (it does so for a font that lacks a glyph, e.g. an emoji), while PDF
viewers can. Tests that need poppler or zbar are skipped on a machine without them.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

A4 = (595, 842)
LETTER = (612, 792)
A3_LANDSCAPE = (1191, 842)
BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None
                                   or shutil.which("pdftoppm") is None,
                                   reason="poppler-utils (pdftotext, pdftoppm) not installed")
needs_zbar = pytest.mark.skipif(shutil.which("zbarimg") is None,
                                reason="zbar-tools (zbarimg) not installed")


def page_texts(pdf: Path, raw: bool = False) -> list[str]:
    """The text of every page: in reading order as poppler rebuilds it (right-to-left runs in
    logical order), or ``raw``: in the order it was drawn (a table cell's lines together; the
    rebuilt order may interleave the lines of cells side by side)."""
    mode = ["-raw"] if raw else []
    out = subprocess.run(["pdftotext", *mode, "-enc", "UTF-8", str(pdf), "-"],
                         capture_output=True, text=True, timeout=120, check=True).stdout
    return out.split("\f")[:-1]


def page_sizes(pdf: Path) -> list[tuple[int, int]]:
    """Width and height of every page, in points."""
    return [(round(float(p.mediabox.width)), round(float(p.mediabox.height)))
            for p in PdfReader(str(pdf)).pages]


HYPHENS = re.compile("[-\u00ad\u2010]")


def flat(text: str) -> str:
    """``text`` with every break undone: no whitespace at all (lines may break anywhere, even
    inside a word), no hyphens (a line that ends in one is joined to the next by the text
    extraction, which drops it), no direction marks, NFC."""
    text = HYPHENS.sub("", BIDI_MARKS.sub("", text))
    return "".join(unicodedata.normalize("NFC", text).split())


def found_in_order(string: str, pages: list[str]) -> bool:
    """Whether ``string`` is printed in full: on one page, or cut into pieces that follow one
    another on consecutive pages (a text that continues on the next page)."""
    wanted = flat(string)
    flats = [flat(p) for p in pages]
    for start in range(len(flats)):
        rest, n = wanted, start
        while rest and n < len(flats):
            if rest in flats[n]:
                return True
            # the longest beginning of what is left that this page holds
            low, high = 0, len(rest)
            while low < high:
                middle = (low + high + 1) // 2
                if rest[:middle] in flats[n]:
                    low = middle
                else:
                    high = middle - 1
            if low < min(20, len(rest)):
                break
            rest, n = rest[low:], n + 1
    return False


def words_found(string: str, pages: list[str], window: int = 3) -> bool:
    """Whether every word of ``string`` is on a few consecutive pages: for a paragraph set
    right to left, where the extraction gives left-to-right pieces in display order and
    mirrors brackets, so the string cannot be matched whole."""
    words = [flat(w).strip("«»‘’()") for w in string.split()]
    words = [w for w in words if w]
    flats = [flat(p) for p in pages]
    return any(all(w in "".join(flats[n:n + window]) for w in words) for n in range(len(flats)))


def decode_qr(image: Path) -> str:
    """The payload of the QR code in ``image`` ("" when none reads). One code a page: zbar's
    ``--raw`` output does not separate codes whose text has line feeds (its XML output has
    them, but garbles ECI-marked data)."""
    out = subprocess.run(["zbarimg", "--raw", "-q", "-Sdisable", "-Sqrcode.enable", str(image)],
                         capture_output=True,
                         timeout=120)
    text = out.stdout.decode("utf-8")
    return text[:-1] if text.endswith("\n") else text


def render_pages(pdf: Path, folder: Path, dpi: int = 150, first: int = 0,
                 last: int = 0) -> list[Path]:
    """The pages of ``pdf`` as greyscale images (``first`` to ``last``, 1-based; 0: all).

    Uncompressed PGM, about 2 MB a page at 150 dpi: pdftoppm writes it 15-20x faster than PNG,
    whose compression took most of the time (zbar reads a greyscale image either way)."""
    span = (["-f", str(first)] if first else []) + (["-l", str(last)] if last else [])
    subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), *span, str(pdf), str(folder / "p")],
                   check=True, timeout=600)
    return sorted(folder.glob("p-*.pgm"))
