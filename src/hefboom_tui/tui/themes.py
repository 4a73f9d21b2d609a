"""The two themes: a very high-contrast light *beamer* theme (default) and a dark laptop theme.

Projectors wash out dark and low-contrast colours, so the beamer theme is black on white with
deep accent colours. ``tests/test_themes.py`` derives every text/background pair from these
themes and from every CSS rule of the app, and requires 7:1 (WCAG AAA) for the beamer theme
and 4.5:1 for the dark one.
"""

from __future__ import annotations

from textual.theme import Theme

BEAMER = Theme(
    name="hefboom-beamer",
    primary="#00307A",
    secondary="#3B1F6B",
    accent="#7A2E00",
    foreground="#000000",
    background="#FFFFFF",
    surface="#FFFFFF",
    panel="#E6E6E6",
    success="#00561B",
    warning="#5C4000",
    error="#8E0000",
    dark=False,
    variables={
        "footer-background": "#E6E6E6",
        "footer-foreground": "#000000",
        "footer-key-foreground": "#00307A",
        "footer-description-foreground": "#000000",
        "block-cursor-background": "#00307A",
        "block-cursor-foreground": "#FFFFFF",
        "block-cursor-blurred-background": "#E6E6E6",
        "block-cursor-blurred-foreground": "#000000",
        "input-selection-background": "#00307A 40%",
        "border": "#000000",
        "border-blurred": "#555555",
    },
)

DARK = Theme(
    name="hefboom-dark",
    primary="#8AB8FF",
    secondary="#C3A6FF",
    accent="#FFB27A",
    foreground="#F2F2F2",
    background="#101418",
    surface="#161B21",
    panel="#232A33",
    success="#6EDC8C",
    warning="#FFD166",
    error="#FF8A80",
    dark=True,
    variables={
        "footer-key-foreground": "#8AB8FF",
        "block-cursor-background": "#8AB8FF",
        "block-cursor-foreground": "#101418",
        "block-cursor-blurred-background": "#232A33",
        "block-cursor-blurred-foreground": "#F2F2F2",
    },
)

THEMES = (BEAMER, DARK)

def contrast_ratio(fg: str, bg: str) -> float:
    """The WCAG contrast ratio of two ``#RRGGBB`` colours."""

    def luminance(colour: str) -> float:
        channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    light, dark = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
