"""The one path for change: typed actions, transactions, the change event."""

from __future__ import annotations

import inspect
import typing
from pathlib import Path

import pytest

from hefboom_tui.i18n import t
from hefboom_tui.model import actions
from hefboom_tui.model.actions import ACTIONS
from hefboom_tui.model.change import Change
from hefboom_tui.model.errors import ActionError, ValidationError
from hefboom_tui.model.session import to_tables
from hefboom_tui.store.session_store import SessionStore, load_session

SRC = Path(actions.__file__).parents[1]


@pytest.mark.parametrize("name", sorted(ACTIONS))
def test_every_action_is_typed_keyword_only_and_named(name: str) -> None:
    fn = ACTIONS[name]
    assert fn.__name__ == name and fn.__doc__
    params = list(inspect.signature(fn).parameters.values())
    assert params[0].name == "session"
    hints = typing.get_type_hints(fn)
    for p in params[1:]:
        assert p.kind is inspect.Parameter.KEYWORD_ONLY, f"{name}({p.name}) must be keyword-only"
        assert p.name in hints and hints[p.name] is not typing.Any, f"{name}({p.name}) untyped"
    assert "return" in hints
    assert t(f"action.{name}") != f"action.{name}", "undo notices name every action"


def test_no_type_error_text_is_inspected_anywhere() -> None:
    for path in SRC.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "except TypeError" not in text or "argument" not in text, path


def test_a_bug_inside_an_action_is_not_a_user_message(store: SessionStore) -> None:
    before = to_tables(store.session)
    with pytest.raises(TypeError):
        store.do(actions.add_initiative, name="A", colour="blue")  # type: ignore[call-arg]
    assert to_tables(store.session) == before


def test_transaction_is_one_save_one_undo_one_event(store: SessionStore) -> None:
    seen: list[Change] = []
    store.subscribe(seen.append)
    before = to_tables(load_session(store.path))
    with store.transaction("make_rotation"):
        first = store.do(actions.add_initiative, name="Eén")
        store.do(actions.add_initiative, name="Twee")
        assert to_tables(load_session(store.path)) == before, "nothing saved mid-transaction"
        assert store.session.initiative(first) is not None
    assert [i.name for i in load_session(store.path).initiatives] == ["Eén", "Twee"]
    assert len(seen) == 1 and seen[0].label == "make_rotation"
    assert seen[0].actions == {"add_initiative"} and len(seen[0].steps) == 2
    assert seen[0].steps[1].params == {"name": "Twee"}
    assert store.undo() == "make_rotation"
    assert to_tables(load_session(store.path)) == before
    assert [c.kind for c in seen] == ["do", "undo"]
    assert store.redo() == "make_rotation" and len(store.session.initiatives) == 2


def test_a_refusal_inside_a_transaction_takes_all_of_it_back(store: SessionStore) -> None:
    before = to_tables(store.session)
    seen: list[Change] = []
    store.subscribe(seen.append)
    with pytest.raises(ValidationError), store.transaction("import_initiatives"):
        store.do(actions.add_initiative, name="Goed")
        store.do(actions.add_initiative, name="")
    assert to_tables(store.session) == before == to_tables(load_session(store.path))
    assert seen == [] and store.undo() is None


def test_nested_transaction_joins_the_outer_one(store: SessionStore) -> None:
    with store.transaction("outer"):
        with store.transaction("inner"):
            store.do(actions.add_participant, name="Bram")
        store.do(actions.add_participant, name="Elif")
    assert store.undo() == "outer" and store.session.participants == []


def test_one_action_is_one_event_that_says_what_changed(store: SessionStore) -> None:
    seen: list[Change] = []
    stop = store.subscribe(seen.append)
    iid = store.do(actions.add_initiative, name="Moestuin")
    store.do(actions.set_presented, id=iid, presented=True)
    assert [c.label for c in seen] == ["add_initiative", "set_presented"]
    assert seen[1].only("set_presented", "sticker") and not seen[0].only("set_presented")
    stop()
    store.do(actions.set_presented, id=iid, presented=False)
    assert len(seen) == 2


def test_refused_action_changes_nothing_and_emits_nothing(store: SessionStore) -> None:
    seen: list[Change] = []
    store.subscribe(seen.append)
    with pytest.raises(ActionError):
        store.do(actions.delete_initiative, id="i404")
    assert seen == []
