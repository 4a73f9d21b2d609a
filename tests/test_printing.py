"""Print packs: real PDFs opened and read back; QR payloads; security; the HTML fallback."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from model_helpers import apply
from pypdf import PdfReader

from hefboom_tui.demo import build_demo
from hefboom_tui.i18n import t
from hefboom_tui.printing.pack import PARTS, assets_dir, build_html, parse_parts, print_pack
from hefboom_tui.printing.qr import payload, qr_svg
from hefboom_tui.printing.render import make_fetcher, render_pdf
from hefboom_tui.store.catalog import new_session

A4 = (595, 842)
A3_LANDSCAPE = (1191, 842)


def pdf_text(path: Path) -> tuple[PdfReader, str]:
    reader = PdfReader(str(path))
    return reader, "\n".join(page.extract_text() or "" for page in reader.pages)


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def demo_pdf(tmp_path_factory) -> tuple:
    session = build_demo()
    out = tmp_path_factory.mktemp("print") / "pack.pdf"
    result = print_pack(session, out, PARTS)
    return session, result, *pdf_text(out)


def test_full_pack_pages_sizes_and_text(demo_pdf) -> None:
    session, result, reader, text = demo_pdf
    assert result.kind == "pdf" and result.pages == len(reader.pages)
    flat = squash(text)
    for item in session.initiatives:
        assert item.code in flat and item.name in flat and item.description in flat
    sizes = [tuple(round(float(v)) for v in p.mediabox[2:]) for p in reader.pages]
    chosen = [i for i in session.initiatives if i.choice.chosen]
    assert sizes.count(A3_LANDSCAPE) == len(chosen)  # one A3 poster per chosen initiative
    assert all(s in (A4, A3_LANDSCAPE) for s in sizes)
    low = flat.casefold()
    assert "ondersteuningsmogelijkheden" in low and "maatschappelijke innovatie" in low
    assert "organiseren van de organisatie" in low
    # every dealt card is printed, with its duo's names
    for card in session.cards:
        if card.origin == "deck":
            assert squash(card.text) in flat
    assert "Duo D1:" in flat


def test_report_contents(tmp_path: Path) -> None:
    session = build_demo()
    out = tmp_path / "report.pdf"
    print_pack(session, out, ("report",))
    _, text = pdf_text(out)
    flat = squash(text)
    assert session.name in flat and "Annelies" in flat
    assert "Lijst met principes" in flat and "Sterke initiatieven" in flat
    assert "Sterk eigenaarschap en een duidelijke nood." in flat  # a choice's argument
    assert "2026-12-03" in flat  # an agreement
    assert "Loopt goed zonder ons; ze vragen geen ondersteuning." in flat  # a declined argument
    assert "Keuken van het buurthuis openstellen op dinsdag" in flat  # an engagement
    # dates stay whole in the narrow columns of the plan and the organisation fiche
    lines = text.splitlines()
    for date in ("2027-01-20", "2027-01-10", "2027-06-01"):
        assert any(date in line for line in lines), date


def test_letter_paper(tmp_path: Path) -> None:
    out = tmp_path / "letter.pdf"
    print_pack(build_demo(), out, ("fiches",), paper="letter")
    reader, _ = pdf_text(out)
    assert {tuple(round(float(v)) for v in p.mediabox[2:]) for p in reader.pages} == {(612, 792)}


def test_qr_payload_plain_text_and_link() -> None:
    session = build_demo()
    item = session.initiatives[0]
    text = payload(session, item)
    assert text.splitlines() == [f"HEFBOOM {item.code}", item.name, item.contact, session.name]
    html = build_html(session, ("fiches",))
    assert qr_svg(text) in html  # the sheet carries exactly that QR code
    apply(session, "set_link_base_url", {"url": "https://wijk.example/i/"})
    assert payload(session, item) == f"https://wijk.example/i/{item.code}"
    assert qr_svg(payload(session, item)) in build_html(session, ("fiches",))


def test_hostile_text_prints_literally_and_fetches_nothing(tmp_path: Path) -> None:
    session = new_session("veilig")
    apply(session, "add_initiative", {
        "name": '<img src="file:///etc/passwd">',
        "description": "body{background:url(http://127.0.0.1:9/x)} <style>@import 'http://127.0.0.1:9/y';</style>",
    })
    html = build_html(session, ("fiches", "report"))
    assert "<img src=" not in html and "&lt;img src=&quot;file:///etc/passwd&quot;&gt;" in html
    log: list[str] = []
    out = tmp_path / "veilig.pdf"
    render_pdf(html, out, assets_dir(), log=log)
    root = assets_dir().as_uri()
    assert log and all(url.startswith(root) for url in log)
    _, text = pdf_text(out)
    assert '<img src="file:///etc/passwd">' in squash(text)
    assert "url(http://127.0.0.1:9/x)" in squash(text)


def test_fetcher_refuses_everything_outside_assets() -> None:
    fetcher = make_fetcher(assets_dir())
    for url in ("file:///etc/passwd", "http://127.0.0.1:9/x", "https://example.org/font.ttf",
                (assets_dir() / ".." / ".." / "cli.py").as_uri()):
        with pytest.raises(ValueError):
            fetcher.fetch(url)
    ok = fetcher.fetch((assets_dir() / "fonts" / "HefboomSans-Regular.ttf").as_uri())
    assert ok.read(4) == b"\x00\x01\x00\x00"


def test_html_fallback_without_weasyprint(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "weasyprint", None)  # import weasyprint -> ImportError
    result = print_pack(build_demo(), tmp_path / "pack.pdf", ("fiches", "report"))
    assert result.kind == "html" and result.path.suffix == ".html"
    html = result.path.read_text(encoding="utf-8")
    assert "Buurtmoestuin De Kiem" in html and "<style>" in html
    # self-contained: the fonts travel inside the file, wherever it is saved or copied to
    assert html.count("data:font/ttf;base64,") == 2 and 'url("fonts/' not in html
    assert "Pango" in result.message and str(result.path) in result.message
    assert not (tmp_path / "pack.pdf").exists()


def test_parse_parts() -> None:
    assert parse_parts("fiches, Posters") == ("fiches", "posters")
    with pytest.raises(ValueError) as err:
        parse_parts("fiches,flyers")
    assert "flyers" in str(err.value)


def test_no_deal_prints_whole_deck(tmp_path: Path) -> None:
    session = new_session("zonder deal")
    out = tmp_path / "deck.pdf"
    result = print_pack(session, out, ("cards",))
    reader, text = pdf_text(out)
    assert result.pages == 6  # 44 cards, 8 per page
    assert "Kaartenset" in text


def _modules_drawn(svg: str) -> set[tuple[int, int]]:
    """The QR modules an SVG from ``qr_svg`` paints: every stroke is one module wide, along a
    row ("M x y.5 h n") or down a column ("M x.5 y v n")."""
    drawn: set[tuple[int, int]] = set()
    path = re.search(r' d="([^"]*)"', svg)
    assert path is not None
    for x, y, letter, n in re.findall(r"M([\d.]+) ([\d.]+)([hv])(\d+)", path.group(1)):
        col, row = int(float(x)), int(float(y))
        drawn |= {(col + k, row) if letter == "h" else (col, row + k) for k in range(int(n))}
    return drawn


@pytest.mark.parametrize("data", ["HEFBOOM KX7\nRepair Café De Pit\nMieke 0477 12 34 56\nGent",
                                  "https://wijk.example/i/AB3", "x" * 300])
def test_qr_strokes_paint_exactly_the_dark_modules(data: str) -> None:
    import qrcode

    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=2)
    code.add_data(data)
    code.make(fit=True)
    dark = {(x, y) for y, row in enumerate(code.get_matrix()) for x, on in enumerate(row) if on}
    assert _modules_drawn(qr_svg(data)) == dark


def test_sticker_list_starts_on_its_first_page_and_heads_every_page(tmp_path: Path) -> None:
    session = build_demo()
    out = tmp_path / "stickers.pdf"
    print_pack(session, out, ("stickers",))
    reader = PdfReader(str(out))
    pages = [squash(p.extract_text() or "") for p in reader.pages]
    engaged = [i for i in session.initiatives if i.decision.decision == "engage"]
    assert len(pages) > len(engaged)  # the lists run over more than one page each
    options = session.options_for(engaged[0].id)
    assert engaged[0].name in pages[0]
    assert any(o.text in pages[0] for o in options)  # the list starts under its title
    # the legend (option / ✓ green / ✗ red) heads every page, also where a list runs over
    assert all("Mogelijkheid" in p and "✓ groen" in p and "✗ rood" in p for p in pages)
    # options are grouped under their kind (and group, unless that only repeats the kind)
    assert "HOUDING · ANIMO" in pages[0] and "HOUDING · HOUDING" not in " ".join(pages)
    # the rows to write a missing option on never fill a page on their own: one list of the
    # demo just fills two pages, and its last option goes along with them to the third
    texts = {o.text for i in engaged for o in session.options_for(i.id)}
    for page in pages:
        if "Iets dat ontbreekt" in page:
            assert any(text in page for text in texts), page
    # a group heading never stands alone at the foot of a page: an option follows it
    kicker = t("print.stickers_kicker").upper()
    for page in reader.pages:
        lines = [line.strip() for line in (page.extract_text() or "").splitlines()]
        for n, line in enumerate(lines):
            if line.isupper() and len(line) > 4 and "✗" not in line and line != kicker:
                after = lines[n + 1] if n + 1 < len(lines) else ""
                assert after and any(text.startswith(after[:20]) for text in texts), lines[n:]



def test_blank_forms_fit_one_page_each(tmp_path: Path) -> None:
    out = tmp_path / "blank.pdf"
    assert print_pack(build_demo(), out, ("blank",)).pages == 1
    assert print_pack(build_demo(), out, ("forms",)).pages == 2


def test_printing_pauses_the_garbage_collector_and_restores_it(tmp_path: Path) -> None:
    import gc

    seen: list[bool] = []
    print_pack(build_demo(), tmp_path / "a.pdf", ("blank",),
               progress=lambda _f, what: seen.append(gc.isenabled()))
    assert gc.isenabled() and False in seen  # paused while WeasyPrint works, on again after

    def fail_midway(_fraction: float, what: str) -> None:
        if what == "pdf":  # reported between layout and painting, with the collector paused
            raise RuntimeError("stop")

    with pytest.raises(RuntimeError):  # a print that fails still switches it back on
        print_pack(build_demo(), tmp_path / "b.pdf", ("blank",), progress=fail_midway)
    assert gc.isenabled() and not (tmp_path / "b.pdf").exists()


def test_bundled_font_keeps_kerning() -> None:
    """The print font kerns from its 'kern' table (it has no GPOS): "AV" is set tighter than an
    "A" and a "V" apart, so a rebuilt font that lost its kerning fails here."""
    import weasyprint

    root = assets_dir()
    css = (root / "pack.css").read_text(encoding="utf-8")
    html = (f"<style>{css} span {{ display: inline-block; font-size: 40pt; }}</style>"
            "<span>AV</span><span>A</span><span>V</span><span><b>To</b></span>"
            "<span><b>T</b></span><span><b>o</b></span>")
    page = weasyprint.HTML(string=html, base_url=root.as_uri() + "/",
                           url_fetcher=make_fetcher(root)).render().pages[0]

    def widths(box) -> list[float]:
        found = [box.width] if type(box).__name__ == "InlineBlockBox" else []
        for child in getattr(box, "children", []):
            found += widths(child)
        return found

    av, a, v, to, t, o = widths(page._page_box)
    assert av < a + v - 2 and to < t + o - 2


def test_poster_flaps_fill_the_page_even_under_a_long_name() -> None:
    """The three flaps take the A3 page below the title (room for notes and stickers), and a
    name of the longest allowed kind still leaves every poster on one page."""
    import weasyprint

    session = build_demo()
    chosen = [i for i in session.initiatives if i.choice.chosen]
    chosen[0].name = "W" * 80  # NAME_MAX of the widest letter
    root = assets_dir()
    document = weasyprint.HTML(string=build_html(session, ("posters",)), base_url=root.as_uri()
                               + "/", url_fetcher=make_fetcher(root)).render()
    assert len(document.pages) == len(chosen)

    def flaps(box) -> list[float]:
        element = getattr(box, "element", None)
        own = [box.border_height()] if (element is not None and box.element_tag == "div"
                                         and element.get("class") == "flap") else []
        return own + [h for child in getattr(box, "children", []) for h in flaps(child)]

    heights = [h * 25.4 / 96 for page in document.pages for h in flaps(page._page_box)]
    assert len(heights) == 3 * len(chosen) and min(heights) > 180  # mm
