"""Print options and the ways a print can go: one PDF per paper size, posters in two halves,
contact details on posters, the progress bar, the output path before and after, warnings
before printing, and errors in one line."""

from __future__ import annotations

import errno
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from model_helpers import apply
from print_helpers import A3_LANDSCAPE, A4, LETTER, flat, needs_poppler, page_sizes, page_texts

from hefboom_tui.cli import cli
from hefboom_tui.demo import build_demo, write_demo
from hefboom_tui.i18n import t
from hefboom_tui.printing import pack
from hefboom_tui.printing.pack import PrintOptions, build_html, print_pack
from hefboom_tui.printing.qr import payload, qr_uri


@pytest.fixture
def demo_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "sessions"
    folder.mkdir()
    write_demo(folder)
    return folder


def run(folder: Path, *args: str):
    return CliRunner().invoke(cli, ["--sessions-dir", str(folder), *args])


def test_split_writes_one_pdf_per_paper_size(demo_dir: Path, tmp_path: Path) -> None:
    chosen = [i for i in build_demo().initiatives if i.choice.chosen]
    out = tmp_path / "pack.pdf"
    result = run(demo_dir, "print", "demo", "--split", "-o", str(out))
    assert result.exit_code == 0, result.output
    a4, a3 = tmp_path / "pack-A4.pdf", tmp_path / "pack-A3.pdf"
    assert sorted(tmp_path.glob("*.pdf")) == sorted([a4, a3])
    assert page_sizes(a3) == [A3_LANDSCAPE] * len(chosen)  # the posters, and only them
    assert set(page_sizes(a4)) == {A4}
    whole = print_pack(build_demo(), tmp_path / "whole.pdf")
    assert len(page_sizes(a4)) + len(page_sizes(a3)) == whole.pages
    # both files are named before printing starts, and after it with their page counts
    assert str(a4) in result.output and str(a3) in result.output
    assert f"({len(chosen)} pagina's)" in result.output


@needs_poppler
def test_each_split_file_numbers_its_own_pages(tmp_path: Path) -> None:
    result = print_pack(build_demo(), tmp_path / "pack.pdf",
                        options=PrintOptions(split=True, paper="letter"))
    assert [p.name for p in result.paths] == ["pack-letter.pdf", "pack-A3.pdf"]
    for path, count in zip(result.paths, result.page_counts, strict=True):
        pages = page_texts(path)
        assert len(pages) == count
        assert all(f"{n}/{count}" in flat(p) for n, p in enumerate(pages, 1))
    assert set(page_sizes(result.paths[0])) == {LETTER}


@pytest.mark.parametrize("paper, size", [("a4", A4), ("letter", LETTER)])
def test_posters_in_two_halves_of_the_paper(tmp_path: Path, paper: str, size: tuple) -> None:
    session = build_demo()
    chosen = [i for i in session.initiatives if i.choice.chosen]
    out = tmp_path / "halves.pdf"
    result = print_pack(session, out, options=PrintOptions(parts=("posters",), paper=paper,
                                                           posters="halves"))
    assert result.pages == 2 * len(chosen) and set(page_sizes(out)) == {size}
    html = build_html(session, ("posters",), paper=paper, posters="halves")
    assert html.count(t("print.poster_half1")) == html.count(t("print.poster_half2")) == len(
        chosen)


def test_contact_details_stay_off_the_wall_unless_asked(tmp_path: Path) -> None:
    session = build_demo()
    item = next(i for i in session.initiatives if i.choice.chosen and i.contact)
    wall = build_html(session, ("posters", "stickers"))
    assert qr_uri(payload(session, item, public=True)) in wall
    assert qr_uri(payload(session, item)) not in wall
    assert item.contact not in payload(session, item, public=True)
    fiches = build_html(session, ("fiches",))  # the team's own fiches keep it
    assert qr_uri(payload(session, item)) in fiches and item.contact in fiches
    asked = build_html(session, ("posters", "stickers"), poster_contact=True)
    assert qr_uri(payload(session, item)) in asked


def test_progress_moves_evenly_to_the_end(tmp_path: Path) -> None:
    seen: list[tuple[float, str]] = []
    result = print_pack(build_demo(), tmp_path / "p.pdf",
                        progress=lambda f, what: seen.append((f, what)))
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    layout = [f for f, what in seen if what == "layout"]
    assert len(layout) >= result.pages  # one step for every page laid out
    steps = [b - a for a, b in zip(fractions, fractions[1:], strict=False)]
    assert max(steps) < 0.25  # no long stall followed by a jump


def test_warning_before_printing_names_initiative_and_field(demo_dir: Path,
                                                            tmp_path: Path) -> None:
    from hefboom_tui.model import actions
    from hefboom_tui.store.catalog import open_store

    store = open_store(demo_dir, "demo")
    item = store.session.initiatives[0]
    store.do(actions.edit_initiative, id=item.id, description="Samen tuinieren 🌱🥕 op zondag")
    store.close()
    result = run(demo_dir, "print", "demo", "--what", "fiches", "-o", str(tmp_path / "x.pdf"))
    assert result.exit_code == 0
    output = result.output
    warning = next(line for line in output.splitlines() if line.startswith("⚠"))
    assert "🌱 🥕" in warning and item.name in warning and t("field.description") in warning
    # the warning and the path come before the result line
    assert output.index("⚠") < output.index(t("print.output", path=tmp_path / "x.pdf"))
    assert output.index(str(tmp_path / "x.pdf")) < output.rindex("PDF")


def test_a_folder_that_cannot_be_written_gives_one_line(demo_dir: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    result = run(demo_dir, "print", "demo", "--what", "blank", "-o", str(blocker / "x.pdf"))
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert re.search(r"Printen mislukt: .*not-a-folder", result.output)


def test_a_full_disk_gives_one_line(demo_dir: Path, tmp_path: Path, monkeypatch) -> None:
    from hefboom_tui.printing import render

    def full(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(render, "atomic_write_bytes", full)
    result = run(demo_dir, "print", "demo", "--what", "blank", "-o", str(tmp_path / "x.pdf"))
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "de schijf is vol" in result.output and not (tmp_path / "x.pdf").exists()


def test_right_to_left_text_is_marked_and_aligned() -> None:
    session = build_demo()
    apply(session, "add_initiative", {"name": "حديقة الحي", "description": "مرحبا بكم Ayşe"})
    html = build_html(session, ("fiches",))
    assert '<h1 class="ht" dir="rtl">حديقة الحي</h1>' in html
    assert '<div class="v" dir="rtl">مرحبا بكم Ayşe</div>' in html
    assert 'dir="rtl">Bewoners' not in html  # left-to-right text gets no attribute


def test_a_duo_card_of_the_longest_allowed_text_fits_its_card() -> None:
    from hefboom_tui.printing.build_cards import CARD_TEXT_MAX, fits_card, text_size

    for char in "W", "m", "@", "—", "ŵ", "ñ":
        assert fits_card(char * CARD_TEXT_MAX), char
    assert text_size("Kort.") == 15.0  # short statements keep the large type
    assert not fits_card("W" * 2 * CARD_TEXT_MAX)


def test_no_card_text_runs_over_the_cut_line() -> None:
    """Even 200 of the widest characters the font has (which no form should accept: see
    fits_card) are set smaller rather than past the card's edge."""
    from hefboom_tui.printing import geometry as g
    from hefboom_tui.printing.build_cards import CARD_TEXT_MAX, _setting
    from hefboom_tui.printing.measure import lines

    width, height = g.card_text_box()
    for char in "ش", "‱", "W":
        size, leading = _setting(char * CARD_TEXT_MAX)
        assert lines(char * CARD_TEXT_MAX, width, size) * g.leading_mm(size, leading) <= height


def test_the_html_fallback_keeps_every_part(tmp_path: Path, monkeypatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "weasyprint", None)
    result = print_pack(build_demo(), tmp_path / "a" / "b.pdf", options=PrintOptions(split=True))
    html = result.path.read_text(encoding="utf-8")
    sheets = html.count('class="head sid') + html.count("<section")
    assert result.kind == "html" and sheets > 30 and "sheet poster" in html
    assert pack.fonts_inlined("x") == "x"


def test_symbols_and_smileys_the_font_has_print_without_a_warning(tmp_path: Path) -> None:
    session = build_demo()
    item = session.initiatives[0]
    apply(session, "edit_initiative", {"id": item.id, "description": "Samen ☀ ★ ♥ ✂ ✈ 😀 😊"})
    result = print_pack(session, tmp_path / "s.pdf", ("fiches",))
    assert result.warnings == []
    apply(session, "edit_initiative", {"id": item.id, "description": "Samen 🌱 tuinieren"})
    assert print_pack(session, tmp_path / "t.pdf", ("fiches",)).warnings
