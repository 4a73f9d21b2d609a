"""QR codes linking paper back to the session, drawn as small greyscale PNG images.

A code is a PNG of 8 pixels per module, printed without smoothing (``image-rendering:
pixelated``). WeasyPrint embeds one image per distinct payload (same data URI, same image),
where an SVG path had to be parsed and stroked on every sheet.

Payloads with accents are marked as UTF-8 with an ECI header (assignment number 26): without
it readers guess the encoding, and zbar read "Café" as "Caf矇".
"""

from __future__ import annotations

import base64
import hashlib
import re
import struct
import zlib
from bisect import bisect_left
from functools import lru_cache

from qrcode import QRCode, constants, util
from qrcode.main import precomputed_qr_blanks

from hefboom_tui.model.entities import Initiative
from hefboom_tui.model.session import Session

BORDER = 2  # quiet zone in modules; the sheet around the code is white as well
ECI_UTF8 = 26
ECI_BITS = 12  # mode indicator 0111 and an 8-bit assignment number


def payload(session: Session, initiative: Initiative, *, public: bool = False) -> str:
    """What the QR of ``initiative`` holds: a short plain-text summary (code, name, contact,
    session) that a phone shows with no internet at all, and, when the session has a link
    base URL, that URL with the code appended as the last line. ``public`` leaves the contact
    out (posters and sticker lists hang on a wall).

    The summary is a pointer, not the fiche: long names are shortened ("…") to keep it within
    :data:`BUDGET` bytes, so the code stays small enough to scan from paper (a 260-byte code
    in 32 mm no longer read at 150 dpi)."""
    lines = [initiative.name]
    if initiative.contact and not public:
        lines.append(initiative.contact)
    lines.append(session.name)
    lines = _shortened(lines, BUDGET - len(f"HEFBOOM {initiative.code}\n"))
    if session.link_base_url:
        lines.append(session.link_base_url.rstrip("/") + "/" + initiative.code)
    return "\n".join([f"HEFBOOM {initiative.code}", *lines])


BUDGET = 110  # bytes of UTF-8 for the summary: version 7 at most, 0.65 mm a module in 32 mm


def _shortened(lines: list[str], budget: int) -> list[str]:
    """``lines`` with the longest one cut (and "…" added) until they fit ``budget`` bytes."""
    lines = list(lines)
    while sum(len(x.encode("utf-8")) + 1 for x in lines) > budget:
        longest = max(range(len(lines)), key=lambda n: len(lines[n]))
        if len(lines[longest]) <= 8:
            break
        lines[longest] = lines[longest].rstrip("…")[:-1].rstrip() + "…"
    return lines


def _eci_data(version: int, error_correction: int, data: bytes, eci: bool) -> list[int]:
    """The codewords of ``data`` in byte mode, after an ECI header when ``eci``
    (``qrcode.util.create_data`` with that header in front; the library has no ECI)."""
    buffer = util.BitBuffer()
    if eci:
        buffer.put(0b0111, 4)
        buffer.put(ECI_UTF8, 8)
    buffer.put(util.MODE_8BIT_BYTE, 4)
    buffer.put(len(data), util.length_in_bits(util.MODE_8BIT_BYTE, version))
    for byte in data:
        buffer.put(byte, 8)
    rs_blocks = util.base.rs_blocks(version, error_correction)
    bit_limit = sum(block.data_count * 8 for block in rs_blocks)
    for _ in range(min(bit_limit - len(buffer), 4)):
        buffer.put_bit(False)
    if len(buffer) % 8:
        buffer.put(0, 8 - len(buffer) % 8)
    for n in range((bit_limit - len(buffer)) // 8):
        buffer.put(util.PAD0 if n % 2 == 0 else util.PAD1, 8)
    return util.create_bytes(buffer, rs_blocks)


def _version(size: int, eci: bool, error_correction: int) -> int:
    """The smallest version that holds ``size`` bytes (and the ECI header)."""
    header = (ECI_BITS if eci else 0) + 4
    limits = util.BIT_LIMIT_TABLE[error_correction]
    version = 1
    while True:
        length_bits = util.length_in_bits(util.MODE_8BIT_BYTE, version)
        needed = header + length_bits + 8 * size
        fit = bisect_left(limits, needed, version)
        if fit > 40:
            raise ValueError("QR payload too long")
        if util.length_in_bits(util.MODE_8BIT_BYTE, fit) == length_bits:
            return fit
        version = fit


@lru_cache(maxsize=40)
def _data_modules(version: int) -> tuple[list[int], list[int]]:
    """The modules that carry data in ``version`` (what map_data fills, after the finder,
    timing, alignment and format patterns), as row and as column bit masks."""
    code = QRCode(version=version, border=0)
    code.makeImpl(True, 0)  # fills precomputed_qr_blanks[version]
    blank = [list(row) for row in precomputed_qr_blanks[version]]
    code.modules = blank
    code.modules_count = len(blank)
    code.setup_type_info(True, 0)
    if version >= 7:
        code.setup_type_number(True)
    rows = [sum(1 << x for x, cell in enumerate(row) if cell is None) for row in blank]
    return rows, _transpose(rows, len(blank))


def _transpose(rows: list[int], size: int) -> list[int]:
    """Row bit masks turned into column bit masks (bit y = row y)."""
    return [sum(((row >> x) & 1) << y for y, row in enumerate(rows)) for x in range(size)]


@lru_cache(maxsize=40)
def _mask_bits(size: int) -> list[tuple[list[int], list[int]]]:
    """For each of the 8 mask patterns, the modules it inverts: per row and per column."""
    out = []
    for k in range(8):
        inverts = util.mask_func(k)
        rows = [sum(1 << x for x in range(size) if inverts(y, x)) for y in range(size)]
        out.append((rows, _transpose(rows, size)))
    return out


def _runs_penalty(lines: list[int], size: int) -> int:
    """Rule 1 of the mask evaluation: 3 + (n - 5) for each run of n >= 5 equal modules."""
    full = (1 << size) - 1
    total = 0
    for line in lines:
        for bits in (line, ~line & full):
            five = bits & bits >> 1 & bits >> 2 & bits >> 3 & bits >> 4
            if five:
                starts = five & ~(five << 1)
                total += five.bit_count() + 2 * starts.bit_count()
    return total


def _finder_penalty(lines: list[int], size: int) -> int:
    """Rule 3: 40 for every 1:1:3:1:1 dark-light pattern with four light modules on one side
    (it looks like a finder pattern to a reader), along ``lines``."""
    full = (1 << size) - 1
    count = 0
    for line in lines:
        light = ~line & full
        core = line & light >> 1 & line >> 2 & line >> 3 & line >> 4 & light >> 5 & line >> 6
        if core:
            four = light & light >> 1 & light >> 2 & light >> 3
            count += (core & four >> 7).bit_count() + (core & four << 4).bit_count()
    return 40 * count


def _penalty(rows: list[int], cols: list[int], size: int) -> int:
    """The ISO 18004 mask penalty of a matrix given as row and column bit masks."""
    full = (1 << size) - 1
    blocks = 0
    for upper, lower in zip(rows, rows[1:], strict=False):
        dark = upper & lower & upper >> 1 & lower >> 1
        light = ~(upper | lower | upper >> 1 | lower >> 1) & (full >> 1)
        blocks += dark.bit_count() + light.bit_count()
    dark_count = sum(row.bit_count() for row in rows)
    balance = abs(dark_count * 100 // (size * size) - 50) // 5 * 10
    return (_runs_penalty(rows, size) + _runs_penalty(cols, size) + 3 * blocks
            + _finder_penalty(rows, size) + _finder_penalty(cols, size) + balance)


@lru_cache(maxsize=512)
def qr_matrix(data: str) -> tuple[tuple[bool, ...], ...]:
    """The modules of the QR code for ``data`` (error correction M, quiet zone included).

    The mask is chosen as the standard says (lowest penalty), but the eight candidates are
    derived from one placement of the data with bit operations instead of eight placements
    (the qrcode library's way took three quarters of the time of a code)."""
    raw = data.encode("utf-8")
    eci = not data.isascii()
    level = constants.ERROR_CORRECT_M
    code = QRCode(error_correction=level, border=BORDER)
    code.version = _version(len(raw), eci, level)
    code.data_cache = _eci_data(code.version, level, raw, eci)
    code.makeImpl(True, 0)
    size = code.modules_count
    rows = [sum(1 << x for x, dark in enumerate(row) if dark) for row in code.modules]
    cols = _transpose(rows, size)
    data_rows, data_cols = _data_modules(code.version)
    masks = _mask_bits(size)

    def remasked(lines: list[int], mask0: list[int], mask_k: list[int],
                 data: list[int]) -> list[int]:
        return [line ^ ((a ^ b) & d) for line, a, b, d in zip(lines, mask0, mask_k, data,
                                                               strict=True)]

    def penalty(k: int) -> int:
        (rows0, cols0), (rows_k, cols_k) = masks[0], masks[k]
        return _penalty(remasked(rows, rows0, rows_k, data_rows),
                        remasked(cols, cols0, cols_k, data_cols), size)

    best = min(range(8), key=penalty)
    # the chosen mask applied to the placement already made (no second placement of the data),
    # then the format and version information for that mask
    (rows0, _), (rows_best, _) = masks[0], masks[best]
    final = remasked(rows, rows0, rows_best, data_rows)
    code.modules = [[bool(line >> x & 1) for x in range(size)] for line in final]
    code.setup_type_info(False, best)
    if code.version >= 7:
        code.setup_type_number(False)
    return tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())


SCALE = 8  # pixels per module: about 300 dpi in a 32 mm code


def _png(matrix: tuple[tuple[bool, ...], ...], scale: int = SCALE) -> bytes:
    """A greyscale PNG of the modules, ``scale`` pixels each (black 0, white 255).

    One pixel per module would be the smallest file, but viewers and pdftoppm smooth an image
    they enlarge that much, and the code no longer read below 150 dpi; at 8 pixels a module
    it reads at 72 dpi. Each pixel row is repeated with PNG's "Up" filter (a row of zeros), so
    the file stays near 2 kB at the fastest compression (WeasyPrint decodes it and compresses
    it again into the PDF); greyscale, because WeasyPrint turns a 1-bit image into RGB."""
    size = len(matrix) * scale
    rows = []
    for row in matrix:
        line = b"".join((b"\x00" if dark else b"\xff") * scale for dark in row)
        rows.append(b"\x00" + line)
        rows += [b"\x02" + bytes(size)] * (scale - 1)

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body)))

    header = struct.pack(">IIBBBBB", size, size, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 1)) + chunk(b"IEND", b""))


SCHEME = "hefboom-qr:"
IMAGES_MAX = 4096  # codes kept in memory: two per initiative of a very large session
_IMAGES: dict[str, bytes] = {}


def qr_uri(data: str) -> str:
    """A short URL for the QR code of ``data`` (``hefboom-qr:`` and a hash); the renderer's
    URL fetcher serves its PNG (:func:`qr_image`). A ``data:`` URI would put 1.5 kB into the
    HTML for every use (90 kB of a 30-initiative pack, parsed by WeasyPrint every time); the
    same short URL is also fetched and embedded once per document, however often it is used."""
    key = hashlib.sha1(data.encode("utf-8")).hexdigest()[:20]
    if key not in _IMAGES:
        if len(_IMAGES) >= IMAGES_MAX:
            del _IMAGES[next(iter(_IMAGES))]  # the oldest
        _IMAGES[key] = _png(qr_matrix(data))
    return SCHEME + key


def qr_image(url: str) -> bytes | None:
    """The PNG behind a URL from :func:`qr_uri` (None for any other URL)."""
    return _IMAGES.get(url[len(SCHEME):]) if url.startswith(SCHEME) else None


def inline_codes(html: str) -> str:
    """``html`` with every QR URL replaced by a ``data:`` URI (for the HTML file a browser
    prints, which knows nothing of our URLs)."""
    def embed(match: re.Match[str]) -> str:
        image = qr_image(match.group(0))
        return ("data:image/png;base64," + base64.b64encode(image).decode("ascii")
                if image else match.group(0))

    return re.sub(re.escape(SCHEME) + r"[0-9a-f]+", embed, html)


def clear_caches() -> None:
    """Forget every code made so far (benchmarks measure a cold print)."""
    qr_matrix.cache_clear()
    _IMAGES.clear()
