"""Print packs: real PDFs opened and read back; QR payloads; security; the HTML fallback.

The worst case (every text at its limit) is in test_print_worst_case.py; options (split,
halves, contact details, progress, errors) in test_print_options.py.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from model_helpers import apply
from print_helpers import A3_LANDSCAPE, A4, LETTER, page_sizes, page_texts
from pypdf import PdfReader

from hefboom_tui.demo import build_demo
from hefboom_tui.i18n import t
from hefboom_tui.printing.pack import PARTS, assets_dir, build_html, parse_parts, print_pack
from hefboom_tui.printing.qr import payload, qr_uri
from hefboom_tui.printing.render import make_fetcher, render_pdf
from hefboom_tui.store.catalog import new_session


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
    sizes = page_sizes(result.path)
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


def test_every_page_footer_names_the_session_date_and_page(demo_pdf) -> None:
    session, result, reader, _text = demo_pdf
    count = len(reader.pages)
    for n, page in enumerate(reader.pages, 1):
        text = squash(page.extract_text() or "")
        assert f"{session.name} · " in text and f"{n} / {count}" in text, (n, text[-80:])


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
    for date in ("2027-01-20", "2027-01-10"):
        assert any(date in line for line in lines), date


def test_report_rows_are_never_split_across_pages() -> None:
    """A table row stays on one page (the header row repeats on the next)."""
    from hefboom_tui.printing.render import parsed

    session = build_demo()
    for n in range(40):  # a long plan, so that a table runs over a page
        apply(session, "add_plan_action", {"initiative": session.engaged()[0].id,
                                           "what": f"Actie {n} " + "woorden " * (n % 9)})
    document = parsed(build_html(session, ("report",)), assets_dir()).render()
    pages_of: dict[int, set[int]] = {}

    def walk(box, page: int, header: bool = False) -> None:
        if type(box).__name__ == "TableRowBox" and not header:
            pages_of.setdefault(id(box.element), set()).add(page)
        header = header or bool(getattr(box, "is_header", False))
        for child in getattr(box, "children", []):
            walk(child, page, header)

    for n, page in enumerate(document.pages):
        walk(page._page_box, n)
    assert len(document.pages) > 2 and pages_of
    assert all(len(pages) == 1 for pages in pages_of.values())


def test_report_tables_have_a_header_row_and_widths_from_content() -> None:
    html = build_html(build_demo(), ("report",))
    tables = re.findall(r"<table.*?</table>", html, re.S)
    assert tables and all("<thead><tr><th>" in table for table in tables)
    widths = [float(w) for w in re.findall(r"width:([\d.]+)%", html)]
    assert len(set(widths)) > 5  # not the same fixed split everywhere


def test_letter_paper(tmp_path: Path) -> None:
    out = tmp_path / "letter.pdf"
    result = print_pack(build_demo(), out, ("fiches",), paper="letter")
    assert set(page_sizes(out)) == {LETTER}
    assert result.pages == len(build_demo().initiatives)  # one fiche, one page, on Letter too


def test_qr_payload_plain_text_and_link_keeps_the_offline_lines() -> None:
    session = build_demo()
    item = session.initiatives[0]
    text = payload(session, item)
    assert text.splitlines() == [f"HEFBOOM {item.code}", item.name, item.contact, session.name]
    assert qr_uri(text) in build_html(session, ("fiches",))  # the sheet carries that code
    apply(session, "set_link_base_url", {"url": "https://wijk.example/i/"})
    linked = payload(session, item)
    assert linked.splitlines() == [*text.splitlines(), f"https://wijk.example/i/{item.code}"]
    assert qr_uri(linked) in build_html(session, ("fiches",))
    assert item.contact not in payload(session, item, public=True)


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


def test_fetcher_serves_our_qr_codes_and_no_other_data() -> None:
    fetcher = make_fetcher(assets_dir())
    url = qr_uri("HEFBOOM AB3\nCafé")
    assert fetcher.fetch(url).read(8) == b"\x89PNG\r\n\x1a\n"
    for other in ("hefboom-qr:0000", "data:text/html;base64,PGI+", "data:image/svg+xml,<svg/>"):
        with pytest.raises(ValueError):
            fetcher.fetch(other)


def test_html_fallback_without_weasyprint(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "weasyprint", None)  # import weasyprint -> ImportError
    out = tmp_path / "not" / "yet" / "there" / "pack.pdf"  # the folder is made
    result = print_pack(build_demo(), out, ("fiches", "report"))
    assert result.kind == "html" and result.path.suffix == ".html"
    html = result.path.read_text(encoding="utf-8")
    assert "Buurtmoestuin De Kiem" in html and "<style>" in html
    # self-contained: the fonts travel inside the file, wherever it is saved or copied to
    assert html.count("data:font/ttf;base64,") == 2 and 'url("fonts/' not in html
    assert "Pango" in result.message and str(result.path) in result.message
    assert not out.exists()


def test_parse_parts() -> None:
    assert parse_parts("fiches, Posters") == ("fiches", "posters")
    with pytest.raises(ValueError) as err:
        parse_parts("fiches,flyers")
    assert "flyers" in str(err.value)


def test_no_deal_prints_whole_deck(tmp_path: Path) -> None:
    session = new_session("zonder deal")
    out = tmp_path / "deck.pdf"
    result = print_pack(session, out, ("cards",))
    _reader, text = pdf_text(out)
    assert result.pages == 6  # 44 cards, 8 per page
    assert "Kaartenset" in text


def test_blank_forms(tmp_path: Path) -> None:
    out = tmp_path / "blank.pdf"
    assert print_pack(build_demo(), out, ("blank",)).pages == 1
    # the blank choice fiche, social innovation, organising the organisation (two pages)
    result = print_pack(build_demo(), out, ("forms",))
    _reader, text = pdf_text(out)
    assert result.pages == 4 and t("choice.why").upper() in text


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_blank_fiches_keep_their_pages_on_any_paper(tmp_path: Path, paper: str) -> None:
    out = tmp_path / "blank.pdf"
    assert print_pack(build_demo(), out, ("blank", "forms"), paper=paper).pages == 5


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_organisation_fiche_asks_what_the_screen_asks(tmp_path: Path, paper: str) -> None:
    """Phase 5 on paper: every group with its guiding questions (kept on the page of its
    answer boxes), an own challenge, whether it applies, examples, a proposal with its review
    date and result, the tips; both pages carry the fiche's title and their number."""
    from hefboom_tui.model.organisation import FIXED_GROUPS, GUIDING_QUESTIONS, TIPS

    out = tmp_path / "forms.pdf"
    print_pack(build_demo(), out, ("forms",), paper=paper)
    pages = [squash(p) for p in page_texts(out)][2:]
    assert len(pages) == 2
    for n, page in enumerate(pages, 1):
        label = t("print.page_first" if n == 1 else "print.page_more", page=n, pages=2)
        assert t("print.org.title") in page and label.upper() in page
    both = " ".join(pages)
    for group in FIXED_GROUPS:
        page = next(p for p in pages if t(f"org.group.{group}").upper() in p)
        assert all(t(f"org.q.{k}") in page for k in GUIDING_QUESTIONS[group]), group
    assert both.count(t("org.applies").upper()) == len(FIXED_GROUPS) + 1  # and an own one
    for label in ("org.own_title", "org.examples", "print.proposal", "field.review_date",
                  "print.review_result", "org.tips"):
        assert t(label).upper() in both, label
    assert all(t(f"org.tip.{k}") in both for k in TIPS)


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
    from hefboom_tui.printing.render import lean_html

    root = assets_dir()
    html = ('<style>@font-face { font-family: H; src: url("fonts/HefboomSans-Regular.ttf"); }'
            '@font-face { font-family: H; src: url("fonts/HefboomSans-Bold.ttf"); '
            'font-weight: bold; } span { display: inline-block; font: 40pt H; }</style>'
            "<span>AV</span><span>A</span><span>V</span><span><b>To</b></span>"
            "<span><b>T</b></span><span><b>o</b></span>")
    page = lean_html(root)(string=html, base_url=root.as_uri() + "/",
                           url_fetcher=make_fetcher(root)).render().pages[0]

    def widths(box) -> list[float]:
        found = [box.width] if type(box).__name__ == "InlineBlockBox" else []
        for child in getattr(box, "children", []):
            found += widths(child)
        return found

    av, a, v, to, t_, o = widths(page._page_box)
    assert av < a + v - 2 and to < t_ + o - 2


def test_poster_flaps_fill_the_page_even_under_a_long_name() -> None:
    """The three flaps take the A3 page below the title (room for notes and stickers), and a
    name of the longest allowed kind still leaves every poster on one page."""
    from hefboom_tui.printing.render import lean_html

    session = build_demo()
    chosen = [i for i in session.initiatives if i.choice.chosen]
    chosen[0].name = "W" * 80  # NAME_MAX of the widest letter
    root = assets_dir()
    document = lean_html(root)(string=build_html(session, ("posters",)),
                               base_url=root.as_uri() + "/",
                               url_fetcher=make_fetcher(root)).render()
    assert len(document.pages) == len(chosen)

    def flaps(box) -> list[float]:
        element = getattr(box, "element", None)
        own = [box.border_height()] if (element is not None and box.element_tag == "div"
                                         and "flap" in element.get("class", "").split()) else []
        return own + [h for child in getattr(box, "children", []) for h in flaps(child)]

    heights = [h * 25.4 / 96 for page in document.pages for h in flaps(page._page_box)]
    assert len(heights) == 3 * len(chosen) and min(heights) > 180  # mm


def test_cut_lines_are_drawn_once() -> None:
    """Each card draws only its right and bottom edge, the sheet the top and left one: two
    neighbours never both draw the line between them."""
    from hefboom_tui.printing.render import parsed

    document = parsed(build_html(build_demo(), ("cards",)), assets_dir()).render()
    cards, sheets = [], []

    def walk(box) -> None:
        classes = (box.element.get("class") or "").split() if getattr(box, "element", None) \
            is not None and box.element_tag == "div" else []
        (cards if "card" in classes else sheets if "cards" in classes else []).append(box)
        for child in getattr(box, "children", []):
            walk(child)

    for page in document.pages:
        walk(page._page_box)
    assert len(cards) == sum(len(d.cards) for d in build_demo().duos)
    assert all(c.border_top_width == c.border_left_width == 0 < c.border_right_width
               and c.border_bottom_width > 0 for c in cards)
    assert all(s.border_top_width > 0 and s.border_left_width > 0 for s in sheets)


def test_a_weasyprint_whose_private_hook_changed_still_prints(monkeypatch, tmp_path: Path) -> None:
    """The pack's small user-agent style sheet replaces a private WeasyPrint hook; a version
    where that hook takes other parameters (or is gone) prints with WeasyPrint's own HTML."""
    import weasyprint

    from hefboom_tui.printing import render

    assert render.ua_hook_known(weasyprint.HTML)  # the installed version: the fast way
    assert not render.ua_hook_known(object)
    original = weasyprint.HTML._ua_stylesheets

    def changed(self, forms=False, page_rules=None):  # a future signature
        return original(self, forms)

    monkeypatch.setattr(weasyprint.HTML, "_ua_stylesheets", changed)
    render.lean_html.cache_clear()
    render._same_document_shape.cache_clear()
    try:
        assert render.lean_html(assets_dir()) is weasyprint.HTML
        result = print_pack(build_demo(), tmp_path / "a.pdf", ("blank",))
        assert result.kind == "pdf" and result.pages == 1
        _reader, text = pdf_text(result.path)
        assert t("field.description").upper() in text
    finally:
        monkeypatch.undo()
        render.lean_html.cache_clear()
        render._same_document_shape.cache_clear()
    assert render.lean_html(assets_dir()) is not weasyprint.HTML
