"""Issue 17, part 3: names and texts hold no invisible or direction-changing characters.

Controls, bidi embeddings/overrides/isolates and zero-width characters are stripped; a name
that is empty after that is refused with the "required" message. Arabic, accents and emoji
(joined ones too) stay exactly as typed.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hefboom_tui.model import actions
from hefboom_tui.model.errors import ValidationError
from hefboom_tui.model.session import Session
from hefboom_tui.model.validate import NAME_MAX, ZWJ, clean_name, clean_text, is_pictograph

CONTROLS = [chr(c) for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20),
                             *range(0x7F, 0xA0))]
BIDI = [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))] + [
    "\u200e", "\u200f", "\u061c"]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
FORBIDDEN = re.compile("[" + re.escape("".join(CONTROLS + BIDI + ZERO_WIDTH)) + "]")
LEGITIMATE = ["مطبخ الحي", "Ayşe Yılmaz", "Zoë & Chloé", "Ünal Öztürk", "Repair Café 🌱",
              "👩‍🌾 Boerinnen", "Pride 🏳️‍🌈 buurtfeest", "👍🏽 ok", "עברית", "日本語の会",
              "नमस्ते", "Łódź"]


def forbidden_left(text: str) -> list[str]:
    """The forbidden characters in ``text``, except a joiner between two pictographs."""
    return [m.group() for m in FORBIDDEN.finditer(text)
            if not (m.group() == ZWJ and 0 < m.start() < len(text) - 1
                    and is_pictograph(text[m.start() - 1])
                    and is_pictograph(text[m.start() + 1]))]


@pytest.mark.parametrize("char", BIDI + ZERO_WIDTH + CONTROLS)
def test_invisible_characters_are_stripped(char: str) -> None:
    assert clean_text(f"Jan{char}ssens", "name") == "Janssens"
    assert clean_name(f"{char}Jan Janssens{char}") == "Jan Janssens"


def test_trojan_source_name_reads_as_it_is_stored() -> None:
    # RLO makes "Jan txt.exe" look like "Jan exe.txt"; isolates hide a second direction
    assert clean_name("Jan \u202etxt.exe") == "Jan txt.exe"
    assert clean_name("\u2067Ahmed\u2069 \u2066(gast)\u2069") == "Ahmed (gast)"


@pytest.mark.parametrize("name", ["\u200b", "\u202e\u202c", "\ufeff \u2060", "\x00\x1b\x7f",
                                  "\u200d\u200d", "\u2066\u2069\u200f", "\x85\u200b"])
def test_a_name_of_invisible_characters_only_is_refused_as_empty(name: str) -> None:
    with pytest.raises(ValidationError) as err:
        clean_name(name)
    assert err.value.key == "error.required" and err.value.field == "name"


@pytest.mark.parametrize("text", LEGITIMATE)
def test_arabic_accents_and_emoji_stay(text: str) -> None:
    text = unicodedata.normalize("NFC", text)
    assert clean_name(text) == text
    assert clean_text(text, "description") == text


def test_joiner_outside_an_emoji_goes_inside_stays() -> None:
    assert clean_name("Jan\u200dssens 👩\u200d🌾") == "Janssens 👩\u200d🌾"
    assert clean_name("👩\u200d\u200b🌾") == "👩\u200d🌾"


def test_accent_after_a_removed_character_ends_in_nfc() -> None:
    assert clean_name("Cafe\u200b\u0301") == "Café"


def test_line_breaks_stay_in_long_texts_and_go_in_names() -> None:
    assert clean_text("een\ntwee\r\ndrie\u2028vier", "description",
                      limit=100) == "een\ntwee\r\ndrie\nvier"
    assert clean_name("Jan\nJanssens\u2029") == "Jan Janssens"


def test_actions_clean_participant_and_initiative_names() -> None:
    session = Session(name="x")
    pid = actions.add_participant(session, name="\u202eAyşe\u200b")
    iid = actions.add_initiative(session, name="مطبخ\u200f الحي", description="a\u2066b")
    assert session.participant(pid).name == "Ayşe"  # type: ignore[union-attr]
    initiative = session.initiative(iid)
    assert initiative is not None
    assert (initiative.name, initiative.description) == ("مطبخ الحي", "ab")
    with pytest.raises(ValidationError):  # the same name with a hidden character
        actions.add_participant(session, name="Ay\u200cşe")
    with pytest.raises(ValidationError) as err:
        actions.add_initiative(session, name="\u200b\u200b")
    assert err.value.key == "error.required"


texts = st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from(
    CONTROLS + BIDI + ZERO_WIDTH + ["\u0301", "\u0316", "e", " ", "\t", "\n", "\r", "\u2028",
                                    "👩", "🌾", "\ufe0f", "\U0001f3fd", "\u1100", "\u1161"]),
    max_size=40)


@settings(max_examples=500, deadline=None)
@given(texts)
def test_cleaned_text_is_clean_and_idempotent(value: str) -> None:
    cleaned = clean_text(value, "description", limit=10_000)
    assert forbidden_left(cleaned) == []
    assert "\u2028" not in cleaned and "\u2029" not in cleaned
    assert unicodedata.is_normalized("NFC", cleaned)
    assert cleaned == cleaned.strip()
    assert clean_text(cleaned, "description", limit=10_000) == cleaned


@settings(max_examples=500, deadline=None)
@given(texts)
def test_cleaned_name_is_clean_one_line_and_idempotent(value: str) -> None:
    try:
        name = clean_name(value)
    except ValidationError as err:
        assert err.key in ("error.required", "error.too_long")
        return
    assert name and len(name) <= NAME_MAX
    assert forbidden_left(name) == [] and not re.search(r"[\t\n\r]", name)
    assert unicodedata.is_normalized("NFC", name)
    assert clean_name(name) == name
