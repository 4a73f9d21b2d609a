"""The worst-case session printed in A4 and in Letter: every string typed into it is printed
in full, every page says which session, date and page it is, every page of a sheet that runs
over several pages carries the initiative's code, and every QR code decodes with its accents.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from print_helpers import (
    A3_LANDSCAPE,
    A4,
    LETTER,
    decode_qr,
    flat,
    found_in_order,
    needs_poppler,
    needs_zbar,
    page_sizes,
    page_texts,
    render_pages,
    words_found,
)
from worst_case import worst_case_session

from hefboom_tui.i18n import set_language, t
from hefboom_tui.printing.pack import PARTS, PrintOptions, print_pack
from hefboom_tui.printing.qr import payload
from hefboom_tui.printing.templates import direction

# slow; on one xdist worker: the module's fixture prints the worst case once per paper
pytestmark = [pytest.mark.slow, needs_poppler, pytest.mark.xdist_group("worst_case")]
TODAY = dt.date(2027, 5, 4)


@pytest.fixture(scope="module", params=["a4", "letter"])
def worst(request, tmp_path_factory) -> tuple:
    set_language("nl")  # made before the per-test language fixture runs
    session, typed = worst_case_session()
    out = tmp_path_factory.mktemp(request.param) / "worst.pdf"
    result = print_pack(session, out, options=PrintOptions(parts=PARTS, paper=request.param),
                        today=TODAY)
    return request.param, session, typed, result, page_texts(out)


def test_every_typed_string_is_printed_in_full(worst) -> None:
    """Each string is on one page, or continues on the next pages; the text is read back in
    reading order, and in drawing order for table cells side by side."""
    _paper, _session, typed, result, pages = worst
    assert result.kind == "pdf" and result.pages == len(pages)
    drawn = page_texts(result.path, raw=True)
    missing = [(action, param, text[:40]) for action, param, text in typed.all()
               if not (found_in_order(text, pages) or found_in_order(text, drawn)
                       or (direction(text) == "rtl" and words_found(text, pages)))]
    assert not missing


def test_the_report_holds_every_verdict_with_its_argument_in_full(worst) -> None:
    """Step 1.3: the report's verdict table names, per duo and dealt card, the card, the
    verdict and the duo's whole argument (1000 characters, emoji and Arabic among them)."""
    _paper, session, typed, _result, pages = worst
    kicker = t("print.report_kicker").casefold()
    report = [p for p in pages if p.casefold().startswith(kicker)]
    heading = flat(t("print.report_verdicts"))
    start = next(n for n, page in enumerate(report) if heading in flat(page))
    report = report[start:]
    arguments = typed.strings[("judge", "argument")]
    judged = [j for j in session.judgements if j.argument in arguments]
    assert len(judged) == len(arguments) == 3 * len(session.duos)
    assert {j.verdict for j in judged} == {"relevant", "not_relevant"}
    joined = flat("".join(report))
    for j in judged:  # a record (or row) reads: duo, principle, card, verdict, argument
        card = session.card(j.card)
        assert card is not None
        at = joined.find(flat(card.text_in("nl")))
        assert at > 0 and flat(j.duo.upper()) in joined[max(0, at - 60):at], (j.duo, j.card)
        verdict = joined.find(flat(t("verdict." + j.verdict)), at)
        assert 0 < verdict - at - len(flat(card.text_in("nl"))) < 40, (j.duo, j.card)
        assert 0 < joined.find(flat(j.argument[:60]), verdict) - verdict < 60, (j.duo, j.card)
        assert found_in_order(j.argument, report), (j.duo, j.card)


def test_every_page_names_the_session_the_date_and_its_number(worst) -> None:
    _paper, session, _typed, _result, pages = worst
    footer = flat(f"{session.name} · {TODAY.isoformat()} · ")
    for n, page in enumerate(pages, 1):
        assert f"{footer}{n}/{len(pages)}" in flat(page), (n, page[-200:])


def test_every_page_of_a_long_sheet_carries_the_code(worst) -> None:
    _paper, session, _typed, _result, pages = worst
    # the kicker of a sheet's page says "BLAD 1/3", "VERVOLG 2/3" (or "VERVOLG" alone)
    label = re.compile(r"· (?:{}|{})(?: \d+/\d+)?\b".format(
        t("print.page_first", page=1, pages=1).split()[0].upper(),
        t("print.page_one_more").upper()))
    blank = t("print.blank_kicker").upper()  # a blank worksheet belongs to no initiative
    continued = [page for page in pages if label.search(page.splitlines()[0])
                 and not page.startswith(blank)]
    assert len(continued) > 20  # fiches, choice fiches, poster flaps and lists ran over
    for page in continued:
        owners = [i for i in session.initiatives if flat(i.name) in flat(page)]
        assert owners, page[:200]
        assert any(re.search(rf"\b{i.code}\b", page) for i in owners), page[:200]


def test_no_page_was_added_behind_the_planning(worst) -> None:
    """Every sheet's pages are planned; WeasyPrint never had to break one (its extra page would
    show the sheet's name above it, marked "— vervolg"). The report flows on purpose."""
    _paper, _session, _typed, _result, pages = worst
    mark, report = t("print.overflow"), t("print.report_kicker")
    extra = [n for n, page in enumerate(pages, 1)
             if page.splitlines()[0].endswith(mark) and not page.startswith(report)]
    assert not extra


def test_page_sizes(worst) -> None:
    paper, session, _typed, result, _pages = worst
    sizes = page_sizes(result.path)
    chosen = [i for i in session.initiatives if i.choice.chosen]
    assert sizes.count(A3_LANDSCAPE) == len(chosen)
    assert set(sizes) == {A3_LANDSCAPE, A4 if paper == "a4" else LETTER}


def test_fonts_warn_about_the_emoji_naming_initiative_and_field(worst) -> None:
    _paper, session, _typed, result, _pages = worst
    assert len(result.warnings) == 1
    warning = result.warnings[0]
    assert "🌱" in warning and session.initiatives[0].name in warning
    assert t("field.description") in warning


GUIDE_TYPED = {("add_initiative", "name"), ("add_initiative", "contact"),
               ("add_participant", "name"), ("set_agreement", "time_needed"),
               ("set_agreement", "visitor_needs")}
"""What a visit guide prints of what was typed (the date and time are not typed text)."""


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_every_typed_string_of_a_guide_is_printed(paper: str, tmp_path: Path) -> None:
    """The visit guides alone: every planned visit's name, contact, visitors, time needed and
    what the visitor needs are printed in full; a guide that runs over carries its code and
    the method's texts are all on it."""
    session, typed = worst_case_session()
    out = tmp_path / "guides.pdf"
    result = print_pack(session, out, options=PrintOptions(parts=("guides",), paper=paper),
                        today=TODAY)
    pages, drawn = page_texts(out), page_texts(out, raw=True)
    assert result.pages == len(pages)
    chosen = [i for i in session.initiatives if i.choice.chosen]
    strings = [(a, p, s) for a, p, s in typed.all() if (a, p) in GUIDE_TYPED
               and (a != "add_initiative" or any(s in (i.name, i.contact) for i in chosen))]
    assert len(strings) == 4 + 4 * len(chosen)  # four team members, four texts per guide
    missing = [(a, p, s[:40]) for a, p, s in strings
               if not (found_in_order(s, pages) or found_in_order(s, drawn)
                       or (direction(s) == "rtl" and words_found(s, pages)))]
    assert not missing
    for item in chosen:
        own = [page for page in pages if flat(item.name) in flat(page)]
        assert len(own) > 1 and all(re.search(rf"\b{item.code}\b", p) for p in own)
        method = flat("".join(own)).casefold()  # labels are set in capitals
        for key in ("guide.condition.purpose", "guide.attention.no_push", "guide.needs_title",
                    "guide.need.means"):
            assert flat(t(key)).casefold() in method, key
    assert sorted(set(page_sizes(out))) == [A4 if paper == "a4" else LETTER]


@needs_zbar
def test_every_qr_code_decodes_with_its_accents(worst, tmp_path: Path) -> None:
    """Rendered at 150 dpi, every page of an initiative's sheet has one QR code that zbarimg
    reads as the payload we wrote: accents and Arabic intact (the payload is marked UTF-8)."""
    paper, session, _typed, result, pages = worst
    if paper != "a4":
        pytest.skip("the codes are the same on Letter")
    expected = {payload(session, i, public=p) for i in session.initiatives for p in (True, False)}
    codes = {i.code for i in session.initiatives}
    decoded = []
    for image, text in zip(render_pages(result.path, tmp_path), pages, strict=True):
        first = text.splitlines()[0]
        own = any(re.search(rf"\b{c}\b", text) for c in codes) and not (
            first.casefold().startswith(t("print.report_kicker").casefold())
            or first.startswith("Duo "))
        found = decode_qr(image)
        image.unlink()  # 2 MB a page
        if own:
            assert found in expected, (image.name, first, found[:80])
            decoded.append(found)
        else:
            assert not found, (image.name, first)
    assert len(decoded) > 50
    assert any("«" in d and "…" in d for d in decoded)  # no mojibake
    assert any("مرحبا" in d for d in decoded)
