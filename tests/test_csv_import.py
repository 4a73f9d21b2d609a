"""CSV import: what Dutch spreadsheets write, all-or-nothing, every problem by line."""

from __future__ import annotations

import pytest

from hefboom_tui.exchange.csv_import import ImportError_, plan_import
from hefboom_tui.model import actions
from hefboom_tui.store.session_store import SessionStore


def test_semicolon_bom_dutch_headers_quoted_newline() -> None:
    raw = ('\ufeffNaam;Beschrijving;THEMA;Schaal;Vorm;Onbekend\r\n'
           'Repair Café;"Elke maand;\r\nherstellen";duurzaamheid;lokaal;Fysiek;x\r\n'
           'Leesclub;Boeken;cultuur;breder;online;y\r\n').encode("utf-8")
    plan = plan_import(raw, [])
    assert [r["name"] for r in plan.rows] == ["Repair Café", "Leesclub"]
    assert plan.rows[0]["description"] == "Elke maand;\r\nherstellen"
    assert plan.rows[0]["scope"] == "local" and plan.rows[1]["mode"] == "online"
    assert plan.unknown_columns == ["Onbekend"]


def test_comma_english_headers_no_bom() -> None:
    plan = plan_import(b"name,description,contact\nA,one,Jef\nB,two,\n", [])
    assert [(r["name"], r["contact"]) for r in plan.rows] == [("A", "Jef"), ("B", "")]


def test_cp1252_fallback() -> None:
    plan = plan_import("naam\nCaf\xe9 C\u0153ur\n".encode("cp1252"), [])
    assert plan.rows[0]["name"] == "Café Cœur"


def test_missing_name_column() -> None:
    with pytest.raises(ImportError_) as err:
        plan_import(b"titel;beschrijving\nA;b\n", [], source="lijst.csv")
    assert "lijst.csv" in str(err.value) and "naam" in str(err.value)


@pytest.mark.parametrize("raw", [b"", b"   \n\n", b"\xef\xbb\xbf"])
def test_empty_file(raw: bytes) -> None:
    with pytest.raises(ImportError_) as err:
        plan_import(raw, [], source="leeg.csv")
    assert "leeg.csv" in str(err.value)


def test_header_only() -> None:
    with pytest.raises(ImportError_):
        plan_import(b"naam;thema\n", [])


def test_bad_rows_reported_by_line_nothing_imported(store: SessionStore) -> None:
    store.do(actions.add_initiative, name="Bestaat al")
    raw = ("naam;beschrijving\nGoed;ok\n;leeg\nBestaat al;dubbel\n" + "X" * 90 + ";te lang\n"
           "Goed;nog eens\n").encode()
    with pytest.raises(ImportError_) as err:
        plan_import(raw, [i.name for i in store.session.initiatives])
    message = str(err.value)
    for line in ("regel 3", "regel 4", "regel 5", "regel 6"):
        assert line in message
    assert "regel 2" not in message
    assert len(store.session.initiatives) == 1


def test_ten_thousand_rows_one_action(store: SessionStore) -> None:
    raw = ("naam;beschrijving\n" + "".join(f"Initiatief {n};tekst {n}\n" for n in range(10_000)))
    plan = plan_import(raw.encode(), [])
    assert len(plan.rows) == 10_000
    assert store.do(actions.import_initiatives, rows=plan.rows) == 10_000
    assert len({i.code for i in store.session.initiatives}) == 10_000
    store.undo()
    assert store.session.initiatives == []
