"""Contrast of the themes: beamer ≥ 7:1 (WCAG AAA), dark ≥ 4.5:1, for every text pair used."""

import pytest

from hefboom_tui.tui.themes import BEAMER, DARK, TEXT_PAIRS, contrast_ratio


@pytest.mark.parametrize("theme, minimum", [(BEAMER, 7.0), (DARK, 4.5)])
@pytest.mark.parametrize("fg, bg", TEXT_PAIRS)
def test_contrast(theme, minimum: float, fg: str, bg: str) -> None:
    ratio = contrast_ratio(getattr(theme, fg), getattr(theme, bg))
    assert ratio >= minimum, f"{theme.name}: {fg} on {bg} is {ratio:.2f}:1"


@pytest.mark.parametrize("theme, minimum", [(BEAMER, 7.0), (DARK, 4.5)])
def test_footer_and_cursor_variables(theme, minimum: float) -> None:
    v = theme.variables
    pairs = [("block-cursor-foreground", "block-cursor-background"),
             ("block-cursor-blurred-foreground", "block-cursor-blurred-background")]
    for fg, bg in pairs:
        assert contrast_ratio(v[fg], v[bg]) >= minimum
    key = v["footer-key-foreground"]
    footer_bg = v.get("footer-background", theme.panel)
    assert contrast_ratio(key, footer_bg) >= minimum


def test_known_ratio() -> None:
    assert round(contrast_ratio("#000000", "#FFFFFF"), 1) == 21.0
