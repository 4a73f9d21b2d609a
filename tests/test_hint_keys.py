"""Every key a hint line names is a key of its screen (a new-user trial found "G leidraad"
and "Met C sluit je…" where only g and c work).

The hint line above the footer names keys in a recognisable form: a single letter standing
alone ("x wis", "g/r +1", "Met c sluit"), Enter, Esc, Spatie/Space, F-keys, "[ ]" and "←/→".
The walker opens every main screen of the demo in both languages, reads the hint as it is
drawn and checks each named key against the screen's active bindings.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from hefboom_tui.i18n import set_language
from hefboom_tui.model.method import STEPS
from hefboom_tui.tui.app import make_app

SCREENS = [(s.id, ()) for s in STEPS] + [
    ("1.1", ("w",)), ("1.1", ("enter",)), ("1.3", ("P",)), ("1.7", ("g",)), ("2", ("g",)),
    ("3.3", ("t",)), ("3.3", ("t", "v")), ("3.3", ("t", "p")), ("1.1", ("f3",)),
    ("1.1", ("f8",))]
"""(step, keys pressed there): every step screen, and the screens opened from one."""

SEGMENT = re.compile(r" · |; |, |: |\. |\(|\)")
LETTER = re.compile(r"(?<![\w.'’/-])([A-Za-z])(?:/([A-Za-z]))?(?![\w.'’-])")
NAMED = {"enter": "enter", "esc": "escape", "spatie": "space", "space": "space",
         "del": "delete", "tab": "tab"}
ARTICLES = {"en": {"a", "I"}, "nl": set()}
"""Single letters that are words in a language: a key only when they start a segment."""


def named_keys(hint: str, lang: str) -> set[str]:
    """The keys ``hint`` names, as Textual spells them."""
    keys: set[str] = set()
    for segment in SEGMENT.split(hint):
        words = segment.split()
        for match in LETTER.finditer(segment):
            for letter in filter(None, match.groups()):
                first = bool(words) and match.start() == segment.index(words[0])
                if letter not in ARTICLES[lang] or first:
                    keys.add(letter)
        for word in words:
            name = word.strip("?!…").lower()
            if name in NAMED and (name != "space" or word == words[0]):
                keys.add(NAMED[name])
        keys.update(f"f{n}" for n in re.findall(r"\bF(\d{1,2})\b", segment))
    if "[ ]" in hint:
        keys |= {"left_square_bracket", "right_square_bracket"}
    if "←/→" in hint or "← →" in hint:
        keys |= {"left", "right"}
    return keys


def test_named_keys_reads_the_forms_hints_use() -> None:
    """The reader finds the keys of the trial's hints (and is no fig leaf)."""
    assert named_keys("3 van 3 bezocht · Enter vult het bezoek in · G leidraad", "nl") \
        == {"enter", "G"}
    assert named_keys("Cyclus 1 · x wis · Met C sluit je deze cyclus af", "nl") == {"x", "C"}
    assert named_keys("g/r +1 · G/R (Shift) −1 · [ ] ander · ←/→ vorige · F3", "nl") == {
        "g", "r", "G", "R", "left_square_bracket", "right_square_bracket", "left", "right",
        "f3"}
    assert named_keys("a accept, x drop · e.g. a name · Space toggles", "en") == {
        "a", "x", "space"}


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.usefixtures("demo_folder")
async def test_every_key_a_hint_names_is_bound(folder: Path, lang: str) -> None:
    set_language(lang)
    app = make_app(folder, "demo")
    wrong: list[str] = []
    async with app.run_test(size=(120, 40)) as pilot:
        for step_id, keys in SCREENS:
            app.show_step(step_id)
            await pilot.pause()
            await pilot.press(*keys)
            await pilot.pause()
            hint = getattr(app.screen, "_hint_text", "") or ""
            bound = set(app.screen.active_bindings)
            missing = sorted(named_keys(hint, lang) - bound)
            if missing:
                wrong.append(f"{step_id} {' '.join(keys)}: {missing} in {hint!r}")
            while len(app.screen_stack) > 2:
                app.pop_screen()
                await pilot.pause()
    assert not wrong, "hints name keys their screen does not have:\n" + "\n".join(wrong)


UPPER = re.compile(r"(?<![\w.'’/+-])([A-Z])(?![\w.'’+-])")
"""A capital letter standing alone (not Ctrl+Z, not part of a word or a code): a key."""
SRC = Path(__file__).parents[1] / "src" / "hefboom_tui"


def shift_keys() -> set[str]:
    """Every capital-letter key the app binds (Shift + the letter), from its Binding lines."""
    keys: set[str] = set()
    for path in (SRC / "tui").rglob("*.py"):
        for spec in re.findall(r'Binding\(\s*"([^"]+)"', path.read_text(encoding="utf-8")):
            keys |= {k.strip() for k in spec.split(",") if re.fullmatch(r"[A-Z]", k.strip())}
    return keys


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_capital_letter_in_a_text_is_a_shift_key(lang: str) -> None:
    """Any text (a notice, a note, an error) that names a key as a capital letter names
    one the app binds with Shift: "(N)" where only n works sends the user to a dead key.
    English "A" followed by a word is the article."""
    assert shift_keys() >= {"P", "G", "R"}  # the reader finds the app's Shift keys
    bound = shift_keys()
    path = SRC / "locale" / lang / "LC_MESSAGES" / "hefboom.po"
    with path.open("rb") as handle:
        catalog = read_po(handle)
    wrong = []
    for message in catalog:
        texts = message.string if isinstance(message.string, tuple) else (message.string,)
        for text in texts:
            for match in UPPER.finditer(text or ""):
                letter = match.group(1)
                article = lang == "en" and letter == "A" and text[match.end():][:1] == " "
                if letter not in bound and not article:
                    wrong.append(f"{message.id}: {letter} in {text!r}")
    assert not wrong, "texts name a Shift key the app does not bind:\n" + "\n".join(wrong)
