"""How much room text takes on paper, to plan pages before WeasyPrint lays them out.

The widths come from the bundled fonts' own metrics; lines are broken greedily at spaces, and
anywhere inside a word too long for a line (as ``overflow-wrap: anywhere`` does), with the
line feeds of the text kept (``white-space: pre-wrap``). Pango may break at more places (after
a hyphen) and kerns pairs closer: both only make the real text shorter than planned here.
Characters the fonts lack (emoji, CJK) are counted wide, as a fallback font would draw them.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

PT = 25.4 / 72  # millimetres per point
SAFETY = 1.02  # widths are planned this much wider than measured
FALLBACK_EM = 1.3  # the width of a character the bundled font lacks
FONT_FILES = {False: "HefboomSans-Regular.ttf", True: "HefboomSans-Bold.ttf"}
SILENT = {"Cc", "Cf", "Mn", "Me", "Zs", "Zl", "Zp"}  # drawn by no glyph of their own


def fonts_dir() -> Path:
    """The folder with the bundled print fonts."""
    return Path(str(resources.files("hefboom_tui").joinpath("assets", "print", "fonts")))


@lru_cache(maxsize=2)
def advances(bold: bool = False) -> dict[int, float]:
    """Advance width of every character of the bundled face, in em."""
    from fontTools.ttLib import TTFont

    font = TTFont(fonts_dir() / FONT_FILES[bold], lazy=True)
    scale = 1 / font["head"].unitsPerEm
    metrics = font["hmtx"].metrics
    widths = {code: metrics[glyph][0] * scale for code, glyph in font.getBestCmap().items()}
    font.close()
    return widths


def missing_chars(text: str) -> list[str]:
    """The characters of ``text`` the bundled font cannot draw (in order, once each)."""
    known = advances(False)
    found: list[str] = []
    for char in text:
        if (ord(char) not in known and char not in found
                and unicodedata.category(char) not in SILENT):
            found.append(char)
    return found


@lru_cache(maxsize=65536)
def word_em(word: str, bold: bool = False) -> float:
    """The width of ``word`` in em."""
    widths = advances(bold)
    return sum(widths.get(ord(char), FALLBACK_EM) for char in word)


@dataclass(frozen=True)
class Measured:
    """A text split into paragraphs and words with their widths, ready to be set at any size
    and width: ``starts`` gives the character offset where each line begins."""

    text: str
    bold: bool
    # per paragraph: its offset, then (offset, end, em width, em width of the gap before it)
    paragraphs: tuple[tuple[int, tuple[tuple[int, int, float, float], ...]], ...]

    def starts(self, width_mm: float, size_pt: float) -> list[int]:
        """The offset of the first character of every line at ``size_pt`` in ``width_mm``."""
        limit = width_mm / (size_pt * PT * SAFETY)
        out: list[int] = []
        for begin, words in self.paragraphs:
            out.append(begin)
            used = 0.0
            for start, end, em, gap in words:
                if used and used + gap + em <= limit:
                    used += gap + em
                    continue
                if used:
                    out.append(start)
                if em <= limit:
                    used = em
                    continue
                used = self._split_word(start, end, limit, out)
        return out

    def _split_word(self, start: int, end: int, limit: float, out: list[int]) -> float:
        """Break a word wider than the line anywhere; return the width left on its last line."""
        widths = advances(self.bold)
        used = 0.0
        for offset in range(start, end):
            em = widths.get(ord(self.text[offset]), FALLBACK_EM)
            if used and used + em > limit:
                out.append(offset)
                used = 0.0
            used += em
        return used

    def lines(self, width_mm: float, size_pt: float) -> int:
        """How many lines the text takes."""
        return len(self.starts(width_mm, size_pt)) if self.text else 0


@lru_cache(maxsize=4096)
def measured(text: str, bold: bool = False) -> Measured:
    """``text`` prepared for :meth:`Measured.starts` (cached: texts are set at several sizes)."""
    space = advances(bold).get(32, 0.32)
    paragraphs = []
    offset = 0
    for paragraph in text.split("\n"):
        words = []
        gap = 0.0
        position = offset
        for piece in paragraph.split(" "):
            if piece:
                words.append((position, position + len(piece), word_em(piece, bold), gap))
                gap = space
            else:
                gap += space
            position += len(piece) + 1
        paragraphs.append((offset, tuple(words)))
        offset += len(paragraph) + 1
    return Measured(text, bold, tuple(paragraphs))


def lines(text: str, width_mm: float, size_pt: float, bold: bool = False) -> int:
    """How many lines ``text`` takes at ``size_pt`` in a box ``width_mm`` wide."""
    return measured(text, bold).lines(width_mm, size_pt)


def height(text: str, width_mm: float, size_pt: float, leading: float,
           bold: bool = False) -> float:
    """The height in mm of ``text`` set at ``size_pt`` with line height ``leading``."""
    return lines(text, width_mm, size_pt, bold) * size_pt * leading * PT


def width(text: str, size_pt: float, bold: bool = False) -> float:
    """The width in mm of ``text`` on one line (the longest line if it has several)."""
    space = advances(bold).get(32, 0.32)
    widest = max((sum(word_em(w, bold) for w in line.split(" ")) + space * line.count(" ")
                  for line in text.split("\n")), default=0.0)
    return widest * size_pt * PT * SAFETY


def widest_word(text: str, size_pt: float, bold: bool = False) -> float:
    """The width in mm of the longest word of ``text`` (a column narrower than it breaks it)."""
    return max((word_em(w, bold) for w in text.split()), default=0.0) * size_pt * PT * SAFETY


def split_at_line(text: str, starts: list[int], line: int) -> tuple[str, str]:
    """``text`` cut where line number ``line`` (0-based) begins: the lines before it and the
    rest, without the whitespace at the cut."""
    cut = starts[line]
    return text[:cut].rstrip(), text[cut:].lstrip()
