"""Make the print fonts bundled in ``assets/print/fonts/`` from DejaVu Sans.

    python tools/subset_fonts.py /usr/share/fonts/truetype/dejavu

The full DejaVu Sans (0.75 MB a face, 6,253 glyphs) is cut to the scripts a Flemish
session prints: Latin with all its extensions, Greek, Cyrillic, Armenian, Georgian, Hebrew,
Arabic, punctuation, currency, arrows, box drawing, geometric shapes, the symbols and dingbats
(☀ ★ ☎ ♥ ✂ ✈ ✓ ❤) and the emoji DejaVu draws (the faces 😀 to 🙃, in black and white).
WeasyPrint then loads and embeds a font under half the size (measured: the symbols and emoji
added nothing measurable to a pack's time). Characters the font lacks (other emoji, CJK,
Ethiopic…) are named in one warning before printing; Pango falls back to the laptop's own fonts
for them, or draws an empty box.

Kerning comes from the old TrueType ``kern`` table, not from ``GPOS``: HarfBuzz applies either
and the text is set the same (measured: identical line widths), but WeasyPrint's font subsetter
(fontTools) reads all of ``GPOS`` before throwing it away, which took half of its time per face.
Without ``GPOS``, combining marks (Hebrew points, stacked accents) are placed by HarfBuzz's own
fallback rules; precomposed letters such as é and ë do not need them.

The faces are renamed "Hefboom Sans" as the Bitstream Vera licence asks of modified fonts;
its notice stays in ``LICENSE-DejaVu.txt`` next to them.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

OUT = Path(__file__).resolve().parents[1] / "src" / "hefboom_tui" / "assets" / "print" / "fonts"
UNICODES = (
    "U+0020-007E,U+00A0-024F,U+0250-02FF,U+0300-036F,U+0370-03FF,U+0400-052F,U+1E00-1EFF,"
    "U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-21FF,U+2212,U+221E,U+2260,U+2264-2265,"
    "U+2500-257F,U+25A0-25FF,U+2605-2606,U+2610-2612,U+2639-263A,U+2665,U+2713-2718,U+2794,"
    "U+FB00-FB06,U+FFFD,"
    "U+2460-24FF,U+2600-26FF,U+2700-27BF,U+1F300-1FAFF,"  # symbols, dingbats, DejaVu's emoji
    "U+0530-058F,U+10A0-10FF,"  # Armenian, Georgian
    "U+0590-05FF,U+FB1D-FB4F,"  # Hebrew
    "U+0600-06FF,U+0750-077F,U+FB50-FDFF,U+FE70-FEFF"  # Arabic
)
FACES = {"DejaVuSans.ttf": ("HefboomSans-Regular.ttf", "Regular"),
         "DejaVuSans-Bold.ttf": ("HefboomSans-Bold.ttf", "Bold")}


def rename(font: TTFont, style: str) -> None:
    """Family "Hefboom Sans"; the copyright and licence records stay as they are."""
    names = {1: "Hefboom Sans", 2: style, 3: f"Hefboom Sans {style}; subset of DejaVu Sans",
             4: f"Hefboom Sans {style}".replace(" Regular", ""),
             6: f"HefboomSans-{style}", 16: "Hefboom Sans", 17: style}
    table = font["name"]
    for record in list(table.names):
        if record.nameID in names:
            table.setName(names[record.nameID], record.nameID, record.platformID,
                          record.platEncID, record.langID)


def main(source: Path) -> None:
    for name, (target, style) in FACES.items():
        options = subset.Options()
        options.layout_features = ["*"]  # keep ligatures and Arabic forms (GSUB) for Pango
        options.legacy_kern = True  # kerning from the 'kern' table; GPOS is dropped below
        options.name_IDs = ["*"]
        options.name_languages = ["*"]
        options.notdef_outline = True
        options.hinting = False  # print only: PDF viewers and printers do not hint
        options.drop_tables += ["FFTM", "MATH", "GPOS"]
        font = TTFont(source / name)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=subset.parse_unicodes(UNICODES))
        subsetter.subset(font)
        rename(font, style)
        font.save(OUT / target)
        print(f"{OUT / target}: {(OUT / target).stat().st_size:,} bytes, "
              f"{len(font.getGlyphOrder())} glyphs")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/truetype/dejavu"))
