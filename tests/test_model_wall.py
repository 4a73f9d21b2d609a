"""Rules of the wall: fiches, validation with field names, codes, choosing, agreements."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from model_helpers import apply

from hefboom_tui.model.codes import CODE_CHARS, new_code, normalise_code
from hefboom_tui.model.errors import ActionError, ValidationError
from hefboom_tui.model.session import Session, from_tables, to_tables
from hefboom_tui.store.catalog import new_session


@pytest.fixture
def session() -> Session:
    return new_session("Wall")


def do(session: Session, name: str, /, **params):
    return apply(session, name, params)


def test_add_and_find_by_code(session: Session) -> None:
    iid = do(session, "add_initiative", name="  Buurtmoestuin   De Kiem ", theme="natuur")
    ini = session.initiative(iid)
    assert ini.name == "Buurtmoestuin De Kiem" and ini.theme == "natuur" and ini.round == 1
    assert len(ini.code) == 3 and set(ini.code) <= CODE_CHARS
    assert session.initiative_by_code(ini.code.lower()) is ini
    assert ini.status == "new"


@pytest.mark.parametrize(
    "params, field",
    [
        ({"name": ""}, "name"),
        ({"name": "   "}, "name"),
        ({"name": "x" * 81}, "name"),
        ({"name": "ok", "description": "x" * 4001}, "description"),
        ({"name": "ok", "scope": "galactic"}, "scope"),
    ],
)
def test_bad_fiche_names_the_field(session: Session, params: dict, field: str) -> None:
    with pytest.raises(ValidationError) as err:
        do(session, "add_initiative", **params)
    assert err.value.field == field
    assert session.initiatives == []


def test_duplicate_name_rejected_with_code(session: Session) -> None:
    iid = do(session, "add_initiative", name="Repair Café")
    with pytest.raises(ValidationError) as err:
        do(session, "add_initiative", name="repair   CAFÉ")
    assert session.initiative(iid).code in str(err.value)


def test_long_text_emoji_and_rtl_are_kept(session: Session) -> None:
    iid = do(session, "add_initiative", name="مبادرة الحي 🌱", description="é" * 2000)
    assert session.initiative(iid).name == "مبادرة الحي 🌱"


def test_choose_and_agreement(session: Session) -> None:
    iid = do(session, "add_initiative", name="Repair Café")
    pid = do(session, "add_participant", name="Bram")
    with pytest.raises(ActionError):
        do(session, "set_agreement", id=iid, visitors="Bram")
    do(session, "choose", id=iid, chosen=True, why="sterk")
    with pytest.raises(ValidationError) as err:
        do(session, "set_agreement", id=iid, visitors="Bram", date="31/02/2026")
    assert err.value.field == "date"
    with pytest.raises(ValidationError) as err:
        do(session, "set_agreement", id=iid, visitors="Bram, Zorro", date="3/12/2026")
    assert err.value.field == "visitors" and "Zorro" in str(err.value)
    do(session, "set_agreement", id=iid, visitors="bram", date="3/12/2026", time_needed="2u")
    agreement = session.initiative(iid).agreement
    assert agreement.visitors == [pid] and agreement.date == "2026-12-03"


def test_rerun_round_marks_new_initiatives(session: Session) -> None:
    first = do(session, "add_initiative", name="Eerste")
    do(session, "choose", id=first, chosen=True, why="ja")
    assert do(session, "complete_round") == 2
    second = do(session, "add_initiative", name="Tweede")
    assert session.initiative(second).round == 2
    assert session.initiative(first).round == 1 and session.initiative(first).choice.chosen


def test_tables_round_trip(session: Session) -> None:
    do(session, "add_initiative", name="Eerste", description="a\nb")
    do(session, "add_participant", name="Bram")
    again = from_tables(to_tables(session))
    assert again == session


@given(st.sets(st.text(alphabet="ABCDEFGHJKMNPRSTUVWXYZ23456789", min_size=3, max_size=3),
               max_size=300), st.integers())
def test_new_code_is_fresh_and_readable(taken: set[str], seed: int) -> None:
    code = new_code(taken, seed)
    assert code not in taken
    assert set(code) <= CODE_CHARS and 3 <= len(code) <= 4
    assert not set(code) & set("01OIL")


def test_normalise_code() -> None:
    assert normalise_code(" kt-4 ") == "KT4"


def test_codes_stay_unique_and_cheap_past_the_four_character_space() -> None:
    # four characters hold 85,184 codes; half of that used to send every new code into a
    # linear search (and past ~75,000 no code was found at all)
    taken: set[str] = set()
    for n in range(60_000):
        code = new_code(taken, n)
        assert code not in taken
        taken.add(code)
    assert len(taken) == 60_000 and max(len(c) for c in taken) == 5
