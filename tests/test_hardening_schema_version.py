"""Issue 17, part 4: a ``schema_version`` that is not a whole number is a damaged file.

``"2"``, ``2.5``, ``true``, ``null``, a list… used to count as version 0 (and be migrated as
the pre-release format). Now the store refuses the file with its "damaged" message, and
leaves the file exactly as it was.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from hefboom_tui.i18n import set_language
from hefboom_tui.model.session import SCHEMA_VERSION, Session, to_tables
from hefboom_tui.store.errors import CorruptSessionError, SchemaTooNewError
from hefboom_tui.store.migrations import file_version
from hefboom_tui.store.session_store import SessionStore, load_session

BAD = ["2", "1", str(SCHEMA_VERSION), 2.5, 1.0, True, False, None, [1], {"v": 1}, -1]


def write(tmp_path: Path, version: Any, *, name: str = "Sessie") -> Path:
    data = to_tables(Session(name=name))
    data["meta"]["1"]["schema_version"] = version
    path = tmp_path / "sessie.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("version", BAD, ids=repr)
def test_bad_schema_version_is_a_clear_error_and_the_file_stays(tmp_path: Path,
                                                                version: Any) -> None:
    path = write(tmp_path, version)
    before = path.read_bytes()
    with pytest.raises(CorruptSessionError) as err:
        load_session(path)
    message = str(err.value)
    assert "schema_version" in message and "geheel getal" in message
    assert json.dumps(version) in message  # says what the file holds
    assert path.read_bytes() == before
    with pytest.raises(CorruptSessionError):
        SessionStore(path)  # opening for writing refuses it too, and writes nothing
    assert path.read_bytes() == before


def test_the_message_in_english(tmp_path: Path) -> None:
    set_language("en")
    path = write(tmp_path, "2")
    with pytest.raises(CorruptSessionError) as err:
        load_session(path)
    assert 'schema_version must be a whole number (0 or more), not "2"' in str(err.value)


@pytest.mark.parametrize("version", BAD, ids=repr)
def test_file_version_raises_value_error(version: Any) -> None:
    with pytest.raises(ValueError, match="schema_version"):
        file_version({"meta": {"1": {"name": "x", "schema_version": version}}})


def test_good_versions_still_load(tmp_path: Path) -> None:
    path = write(tmp_path, SCHEMA_VERSION, name="Nu")
    assert load_session(path).name == "Nu"
    assert file_version({"meta": {"1": {"title": "Oud"}}}) == 0  # version 0 named none
    old = tmp_path / "oud.json"
    old.write_text(json.dumps({"meta": {"1": {"title": "Oud", "schema_version": 0}}}),
                   encoding="utf-8")
    assert load_session(old).name == "Oud"


def test_newer_whole_number_is_still_too_new(tmp_path: Path) -> None:
    path = write(tmp_path, SCHEMA_VERSION + 1)
    before = path.read_bytes()
    with pytest.raises(SchemaTooNewError):
        load_session(path)
    assert path.read_bytes() == before
