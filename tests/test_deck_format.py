"""Deck and support-option files: the shipped defaults, and errors naming file, line, field."""

import pytest

from hefboom_tui.model.deck_format import DeckError, parse_deck, parse_options
from hefboom_tui.store.catalog import asset_text


def test_default_deck() -> None:
    deck = parse_deck(asset_text("decks", "default.toml"), "default.toml")
    assert len(deck.cards) == 44
    assert [p.name for p in deck.principles] == [
        "Eigenaarschap", "Samen", "Slagkracht", "Noodzaak en passie", "Ruimte"]
    assert len({p.symbol for p in deck.principles}) == 5
    assert len({p.colour for p in deck.principles}) == 5
    for principle in deck.principles:
        count = sum(c.principle == principle.id for c in deck.cards)
        assert 8 <= count <= 10
    assert all(len(c.text) <= 100 and c.text_en for c in deck.cards)


def test_default_options() -> None:
    _, options = parse_options(asset_text("decks", "support-options.toml"))
    assert len(options) >= 30
    assert {o.kind for o in options} == {"principle", "attitude", "tip"}
    assert all(len(o.text) <= 100 and o.text_en for o in options)


GOOD_PRINCIPLE = '[[principles]]\nid = "A"\nname = "Alfa"\ncolour = "#112233"\nsymbol = "A"\n'


@pytest.mark.parametrize(
    "text, line, field",
    [
        ("[[principles]\nid = 1", 1, "-"),
        (GOOD_PRINCIPLE + '\n[[cards]]\nprinciple = "Z"\ntext = "x"\n', 7, "principle"),
        (GOOD_PRINCIPLE + '\n[[cards]]\nprinciple = "A"\ntext = ""\n', 7, "text"),
        (GOOD_PRINCIPLE.replace("#112233", "blue") + '[[cards]]\nprinciple="A"\ntext="x"\n', 1,
         "colour"),
        (GOOD_PRINCIPLE + '[[cards]]\nprinciple = "A"\ntext = 5\n', 6, "text"),
        (GOOD_PRINCIPLE, 1, "cards"),
    ],
)
def test_deck_errors_name_file_line_field(text: str, line: int, field: str) -> None:
    with pytest.raises(DeckError) as err:
        parse_deck(text, "mijn-deck.toml")
    assert err.value.file == "mijn-deck.toml"
    assert (err.value.line, err.value.field) == (line, field)
    assert "mijn-deck.toml" in str(err.value) and f"regel {line}" in str(err.value)


def test_options_bad_kind() -> None:
    with pytest.raises(DeckError) as err:
        parse_options('[[options]]\nkind = "wish"\ntext = "x"\n', "opties.toml")
    assert err.value.field == "kind" and err.value.line == 1
