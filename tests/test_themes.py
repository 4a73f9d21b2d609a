"""Contrast of the themes: beamer ≥ 7:1 (WCAG AAA), dark ≥ 4.5:1, for every text pair used.

No pair is listed by hand. They are derived from
* the themes: every text colour on every base colour, the background colour as text on every
  fill colour, and every ``X-foreground`` / ``X-background`` variable pair (the colours Textual's
  widgets combine: footer, cursors, selections);
* the CSS: every rule of app.tcss and of the DEFAULT_CSS / CSS of hefboom's classes that sets
  ``color:`` or ``background:``, parsed by Textual with the theme's variables. A rule that sets
  only one of them is combined with what it inherits (the background/colour of a rule for one
  of its ancestors in the selector, else the screen's ``$background`` / ``$foreground``);
* the running app, for what only the cascade decides: the rotation screen in each timer state
  and the selected text of a focused form field.
Colours are those the app renders (``app.get_css_variables()``), not the Theme's literals.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import pkgutil
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from textual.color import Color, ColorParseError
from textual.css.model import CombinatorType, SelectorType
from textual.css.stylesheet import Stylesheet
from textual.widgets import Digits, Input, Static

import hefboom_tui.tui as tui_package
from hefboom_tui.model import actions
from hefboom_tui.tui.app import HefboomApp, make_app
from hefboom_tui.tui.themes import BEAMER, DARK, THEMES, contrast_ratio
from hefboom_tui.tui.widgets.round_timer import RoundTimer

MINIMUM = {BEAMER.name: 7.0, DARK.name: 4.5}
TEXT_COLOURS = ("foreground", "primary", "secondary", "accent", "success", "warning", "error")
BASE_COLOURS = ("background", "surface", "panel")
FILL_COLOURS = TEXT_COLOURS[1:]  # text in the background colour on them (selected, badges)

# CSS pairs that fail today: (theme, text, background) -> why. Each is xfail(strict=True), so
# the test turns red once the pair is fixed in src, and the entry must go.
KNOWN_BAD: dict[tuple[str, str, str], str] = {}


@functools.cache
def variables_of(theme_name: str) -> dict[str, str]:
    """The CSS variables the app uses with this theme."""
    app = HefboomApp(Path("."))
    app.theme = theme_name
    return app.get_css_variables()


def opaque(colour: Color, under: Color) -> Color:
    return colour if colour.a >= 1 else under + colour


def name_of(colour: Color, variables: dict[str, str]) -> str:
    """``$name`` of a theme colour with this value, else its hex code."""
    for name in (*TEXT_COLOURS, *BASE_COLOURS):
        if Color.parse(variables[name]).hex == colour.hex:
            return f"${name}"
    return colour.hex


@dataclass
class Pairs:
    """Text/background pairs of one theme: (text name, background name) -> colours, sources."""

    variables: dict[str, str]
    found: dict[tuple[str, str], tuple[Color, Color, list[str]]] = field(default_factory=dict)

    def add(self, fg: Color, bg: Color, where: str) -> None:
        base = Color.parse(self.variables["background"])
        bg = opaque(bg, base)
        fg = opaque(fg, bg)
        key = (name_of(fg, self.variables), name_of(bg, self.variables))
        used_by = self.found.setdefault(key, (fg, bg, []))[2]
        if where not in used_by:
            used_by.append(where)


# -- pairs from the themes -------------------------------------------------------------------
def theme_pairs(theme_name: str) -> Pairs:
    v = variables_of(theme_name)
    pairs = Pairs(v)
    colour = {name: Color.parse(v[name]) for name in (*TEXT_COLOURS, *BASE_COLOURS)}
    for text in TEXT_COLOURS:
        for base in BASE_COLOURS:
            pairs.add(colour[text], colour[base], "theme colours")
    for fill in FILL_COLOURS:
        pairs.add(colour["background"], colour[fill], "theme colours")
    return pairs


def _colour(value: str | None) -> Color | None:
    try:
        return Color.parse(value) if value else None
    except ColorParseError:
        return None  # "auto 87%" and the like: Textual picks a contrasting colour itself


def variable_pairs(theme_name: str) -> Pairs:
    """Every ``X-foreground`` with its ``X-background``; a transparent background is that of
    the enclosing part (``footer-key`` -> ``footer``), else the screen's; a transparent
    foreground keeps the text's own colour ($foreground)."""
    v = variables_of(theme_name)
    pairs = Pairs(v)
    for name in sorted(v):
        if not name.endswith("-foreground") or name == "foreground":
            continue
        part = name.removesuffix("-foreground")
        fg = _colour(v[name])
        bg = _colour(v.get(f"{part}-background"))
        if fg is None or bg is None:
            continue  # "auto" text, or no background of its own (button-foreground)
        if fg.a == 0:
            fg = Color.parse(v["foreground"])
        outer = part
        while bg.a == 0 and "-" in outer:
            outer = outer.rsplit("-", 1)[0]
            bg = _colour(v.get(f"{outer}-background")) or bg
        pairs.add(fg, bg, f"${name} on ${part}-background")
    return pairs


# -- pairs from the CSS ----------------------------------------------------------------------
def css_sources() -> Iterator[tuple[str, str, str]]:
    """(label, CSS text, scope) of app.tcss and every DEFAULT_CSS / CSS in hefboom_tui.tui."""
    yield "app.tcss", Path(inspect.getfile(HefboomApp)).with_name(
        HefboomApp.CSS_PATH).read_text(encoding="utf-8"), ""
    for info in pkgutil.walk_packages(tui_package.__path__, f"{tui_package.__name__}."):
        module = importlib.import_module(info.name)
        for name, cls in sorted(vars(module).items()):
            if inspect.isclass(cls) and cls.__module__ == module.__name__:
                for attr in ("DEFAULT_CSS", "CSS"):
                    if cls.__dict__.get(attr):
                        scope = name if attr == "DEFAULT_CSS" else ""
                        yield f"{name}.{attr}", cls.__dict__[attr], scope


@dataclass
class ColourRule:
    where: str  # source and selector
    compounds: list[frozenset[str]]  # "RoundTimer.-done Digits" -> [{RoundTimer, .-done}, {Digits}]
    color: Color | None
    background: Color | None


def _compounds(selectors) -> list[frozenset[str]]:
    compounds: list[set[str]] = []
    for selector in selectors:
        if selector.combinator != CombinatorType.SAME or not compounds:
            compounds.append(set())
        prefix = {SelectorType.ID: "#", SelectorType.CLASS: "."}.get(selector.type, "")
        compounds[-1].add(prefix + selector.name)
    return [frozenset(c) for c in compounds]


def css_rules(variables: dict[str, str]) -> list[ColourRule]:
    rules = []
    for label, css, scope in css_sources():
        sheet = Stylesheet(variables=variables)
        sheet.add_source(css, read_from=(label, ""), is_default_css=bool(scope), scope=scope)
        for rule in sheet.rules:
            styles = rule.styles
            color = styles.color if styles.has_rule("color") else None
            background = styles.background if styles.has_rule("background") else None
            if color is None and background is None:
                continue
            for selector_set in rule.selector_set:
                text = rule._selector_to_css(selector_set.selectors)
                rules.append(ColourRule(f"{label}: {text}", _compounds(selector_set.selectors),
                                        color, background))
    return rules


def _inherited(rule: ColourRule, rules: list[ColourRule], attr: str) -> list[Color]:
    """``attr`` of the rules that style an ancestor named in ``rule``'s selector."""
    ancestors = rule.compounds[:-1]
    return [getattr(other, attr) for other in rules
            if other is not rule and getattr(other, attr) is not None
            and any(other.compounds[-1] <= ancestor for ancestor in ancestors)]


def css_pairs(theme_name: str) -> Pairs:
    v = variables_of(theme_name)
    pairs = Pairs(v)
    rules = css_rules(v)
    for rule in rules:
        colours = [rule.color] if rule.color else (
            _inherited(rule, rules, "color") or [Color.parse(v["foreground"])])
        backgrounds = [rule.background] if rule.background else (
            _inherited(rule, rules, "background") or [Color.parse(v["background"])])
        for fg in colours:
            for bg in backgrounds:
                pairs.add(fg, bg, rule.where)
    return pairs


def params(derive, known_bad: dict[tuple[str, str, str], str] | None = None) -> list:
    found = []
    for theme in THEMES:
        for (fg_name, bg_name), (fg, bg, where) in derive(theme.name).found.items():
            reason = (known_bad or {}).get((theme.name, fg_name, bg_name))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            found.append(pytest.param(theme.name, fg, bg, where, marks=marks,
                                      id=f"{theme.name}: {fg_name} on {bg_name}"))
    return found


def check(theme_name: str, fg: Color, bg: Color, where: list[str]) -> None:
    ratio = contrast_ratio(fg.hex, bg.hex)
    assert ratio >= MINIMUM[theme_name], (
        f"{theme_name}: {fg.hex} on {bg.hex} is {ratio:.2f}:1 "
        f"(< {MINIMUM[theme_name]}), used by " + "; ".join(where))


@pytest.mark.parametrize("theme_name, fg, bg, where", params(theme_pairs))
def test_theme_colours(theme_name: str, fg: Color, bg: Color, where: list[str]) -> None:
    check(theme_name, fg, bg, where)


@pytest.mark.parametrize("theme_name, fg, bg, where", params(variable_pairs))
def test_theme_variables(theme_name: str, fg: Color, bg: Color, where: list[str]) -> None:
    check(theme_name, fg, bg, where)


@pytest.mark.parametrize("theme_name, fg, bg, where", params(css_pairs, KNOWN_BAD))
def test_css_pairs(theme_name: str, fg: Color, bg: Color, where: list[str]) -> None:
    check(theme_name, fg, bg, where)


def test_every_theme_has_a_minimum() -> None:
    assert set(MINIMUM) == {theme.name for theme in THEMES}


def test_the_derivation_sees_every_colour_declaration() -> None:
    """The parsed rules hold as many colour declarations as the CSS text, and the pairs the
    app is built on are among them (so the derivation cannot silently find nothing)."""
    declaration = re.compile(r"(?<![\w-])(color|background)\s*:")
    written = parsed = 0
    for _label, css, _scope in css_sources():
        without_comments = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
        for block in re.finditer(r"([^{}]+)\{([^{}]*)\}", without_comments):
            selectors = len(block.group(1).split(","))
            written += selectors * len(declaration.findall(block.group(2)))
    for rule in css_rules(variables_of(BEAMER.name)):
        parsed += (rule.color is not None) + (rule.background is not None)
    assert parsed == written > 20
    found = css_pairs(BEAMER.name).found
    assert {("$foreground", "$background"), ("$foreground", "$panel"),
            ("$background", "$primary")} <= set(found)
    assert len(params(variable_pairs)) >= 4 * len(THEMES)
    assert len(params(theme_pairs)) >= len(THEMES) * len(TEXT_COLOURS)


# -- pairs only the running app shows ----------------------------------------------------------
def text_widgets(screen) -> list:
    """Displayed widgets that draw text with their own colours (tables draw with component
    styles, checked through the CSS above)."""
    return [w for w in screen.query("*") if isinstance(w, (Static, Digits)) and w.display
            and w.region.area and (str(w.content) if isinstance(w, Static) else w.value).strip()]


@pytest.mark.usefixtures("demo_folder")
@pytest.mark.parametrize("theme_name", [theme.name for theme in THEMES])
@pytest.mark.parametrize("state", ["running", "warning", "alarm",
                                   "done"])
async def test_rotation_timer_states(folder: Path, theme_name: str, state: str) -> None:
    clock = {"mono": 0.0}
    app = make_app(folder, "demo", clock=lambda: clock["mono"])
    async with app.run_test(size=(100, 30)) as pilot:
        app.theme = theme_name
        app.show_step("3.3")
        await pilot.pause()
        # the round stops at zero (the alarm and "done" states stay on screen)
        assert app.do(actions.timer_settings, auto_advance=False).ok
        await pilot.press("space")  # start the round (7 minutes)
        timer = app.screen.query_one(RoundTimer)
        clock["mono"] += {"running": 10, "warning": 7 * 60 - 30}.get(state, 8 * 60)
        timer.tick()
        await pilot.pause()
        if state == "done":
            app.screen.remove_class("-alarm")  # what the screen does 1.5 s after the alarm
            await pilot.pause()
        expected = {"running": set(), "warning": {"-warning"}, "alarm": {"-done"},
                    "done": {"-done"}}[state]
        assert set(timer.classes) & {"-warning", "-done"} == expected
        assert app.screen.has_class("-alarm") == (state == "alarm")
        widgets = text_widgets(app.screen)
        assert any(isinstance(w, Digits) for w in widgets)
        low = []
        for widget in widgets:
            _, _, bg, fg = widget.colors
            ratio = contrast_ratio(fg.hex, bg.hex)
            if ratio < MINIMUM[theme_name]:
                low.append(f"{widget!r}: {fg.hex} on {bg.hex} is {ratio:.2f}:1")
        assert not low, f"{theme_name}, {state}:\n" + "\n".join(low)


@pytest.mark.usefixtures("demo_folder")
@pytest.mark.parametrize("theme_name", [theme.name for theme in THEMES])
@pytest.mark.parametrize("state", ["focused", "selected",
                                   "blurred"])
async def test_form_field_text(folder: Path, theme_name: str, state: str) -> None:
    app = make_app(folder, "demo")
    async with app.run_test(size=(100, 30)) as pilot:
        app.theme = theme_name
        await pilot.press("n")  # the new-initiative form
        await pilot.pause()
        field = app.screen.query(Input).first()
        field.value = "Buurtmoestuin De Kiem"
        field.focus()
        await pilot.pause()
        if state == "selected":
            field.select_all()
        elif state == "blurred":
            app.screen.set_focus(None)
        await pilot.pause()
        low, checked = [], 0
        for segment in field.render_line(0):
            style = segment.style
            if not segment.text.strip() or style is None or not (style.color and style.bgcolor):
                continue
            checked += 1
            fg, bg = style.color.triplet.hex, style.bgcolor.triplet.hex
            ratio = contrast_ratio(fg, bg)
            if ratio < MINIMUM[theme_name]:
                low.append(f"{segment.text!r}: {fg} on {bg} is {ratio:.2f}:1")
        assert checked and not low, f"{theme_name}, {state}:\n" + "\n".join(low)


def test_known_ratio() -> None:
    assert round(contrast_ratio("#000000", "#FFFFFF"), 1) == 21.0
