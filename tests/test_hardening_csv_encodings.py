"""Issue 17, part 2: CSV import in the encodings spreadsheets write, and linear checking.

Real bytes in each encoding: UTF-8 with and without BOM, UTF-16 LE/BE with BOM (Excel's
"Unicode text", tab separated), UTF-16 without BOM, Windows-1252; a file with NUL bytes that
is not UTF-16 gets one clear message.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hefboom_tui.exchange import csv_import
from hefboom_tui.exchange.csv_import import ImportError_, plan_file, plan_import
from hefboom_tui.model import validate
from hefboom_tui.model.validate import same_name

NAMES = ["Repair Café", "Ayşe's buurtsoep", "مطبخ الحي", "Leesclub 📚"]


def table(sep: str) -> str:
    """A header and three rows with é, ş and Arabic, a quoted cell holding the separator
    and a newline, Windows line ends."""
    rows = [["Naam", "Beschrijving", "Thema"],
            [NAMES[0], f"Elke maand{sep} herstellen\r\nen koffie", "duurzaamheid"],
            [NAMES[1], "Soep voor iedereen", "zorg"],
            [NAMES[2], "مطبخ مشترك", "ontmoeting"],
            [NAMES[3], "", "cultuur"]]

    def cell(text: str) -> str:
        return f'"{text}"' if sep in text or "\n" in text else text

    return "".join(sep.join(cell(c) for c in row) + "\r\n" for row in rows)


def check(raw: bytes, sep: str) -> None:
    plan = plan_import(raw, [], source="lijst.csv")
    assert [r["name"] for r in plan.rows] == NAMES
    assert plan.rows[0]["description"] == f"Elke maand{sep} herstellen\r\nen koffie"
    assert plan.rows[2]["description"] == "مطبخ مشترك"
    assert plan.rows[3]["theme"] == "cultuur" and plan.unknown_columns == []


@pytest.mark.parametrize("sep", [",", ";", "\t"])
def test_utf8_without_bom(sep: str) -> None:
    check(table(sep).encode("utf-8"), sep)


@pytest.mark.parametrize("sep", [",", ";", "\t"])
def test_utf8_with_bom(sep: str) -> None:
    raw = codecs.BOM_UTF8 + table(sep).encode("utf-8")
    assert raw.startswith(b"\xef\xbb\xbf")
    check(raw, sep)


@pytest.mark.parametrize("codec,bom", [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")])
def test_excel_unicode_text_utf16_with_bom_tab_separated(codec: str, bom: bytes) -> None:
    raw = bom + table("\t").encode(codec)
    assert b"\x00" in raw
    check(raw, "\t")


def test_utf16_via_python_codec_with_semicolons() -> None:
    raw = table(";").encode("utf-16")  # BOM in the machine's byte order
    check(raw, ";")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(codec: str) -> None:
    check(table("\t").encode(codec), "\t")


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be"])
def test_utf32_with_bom(codec: str) -> None:
    bom = codecs.BOM_UTF32_LE if codec.endswith("le") else codecs.BOM_UTF32_BE
    check(bom + table("\t").encode(codec), "\t")


def test_cp1252_fallback_with_euro_and_oe() -> None:
    raw = "naam;beschrijving\r\nCafé Cœur;5 € per keer\r\nÉcole Šport;\r\n".encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    plan = plan_import(raw, [])
    assert [r["name"] for r in plan.rows] == ["Café Cœur", "École Šport"]
    assert plan.rows[0]["description"] == "5 € per keer"


@pytest.mark.parametrize("raw", [
    b"naam;thema\nA\x00;natuur\nB;sport\n",  # a stray NUL in UTF-8 text (even length)
    b"naam;thema\nA\x00;natuur\nB;sportt\n",  # the same, odd length
    b"naam;thema\nA;natuur\n" + b"\x00" * 64,  # a damaged file padded with NULs
    b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + b"[Content_Types].xml" * 4,  # .xlsx
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00\x3e\x00\x03\x00\xfe\xff" * 8,  # old .xls
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00",  # a picture
])
def test_nul_bytes_that_are_not_utf16_get_a_clear_message(raw: bytes) -> None:
    with pytest.raises(ImportError_) as err:
        plan_import(raw, [], source="lijst.xlsx")
    message = str(err.value)
    assert "lijst.xlsx" in message and "NUL" in message and "CSV" in message


def test_plan_file_reads_utf16(tmp_path: Path) -> None:
    path = tmp_path / "unicode-tekst.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + table("\t").encode("utf-16-le"))
    assert [r["name"] for r in plan_file(str(path), []).rows] == NAMES


def test_planning_is_linear_one_name_index(monkeypatch: pytest.MonkeyPatch) -> None:
    """A name key per existing name and per row, never one per pair of names."""
    calls = [0]
    real = validate.name_key

    def counting(name: str) -> str:
        calls[0] += 1
        return real(name)

    monkeypatch.setattr(csv_import, "name_key", counting)
    monkeypatch.setattr(validate, "name_key", counting)
    existing = [f"Bestaand {n}" for n in range(500)]
    raw = ("naam\n" + "".join(f"Nieuw {n}\n" for n in range(500))).encode()
    assert len(plan_import(raw, existing).rows) == 500
    assert calls[0] <= 2 * (len(existing) + 500)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["a", "A", "é", "É", "ş", " ", "ß", "ss"]),
                         min_size=1, max_size=4).map("".join), max_size=12),
       st.lists(st.sampled_from(["a", "A a", "é", "ss", "SS"]), max_size=3))
def test_duplicates_found_as_the_pairwise_rule_says(names: list[str],
                                                    existing: list[str]) -> None:
    raw = ("naam\n" + "".join(f'"{n}"\n' for n in names)).encode()
    kept: list[str] = []
    duplicates = 0
    for name in (" ".join(n.split()) for n in names):
        if not name:
            continue
        if any(same_name(name, other) for other in existing + kept):
            duplicates += 1
        else:
            kept.append(name)
    try:
        plan = plan_import(raw, existing)
    except ImportError_ as exc:
        assert duplicates or not kept, str(exc)
        if duplicates:
            assert str(exc).count("staat er al") == min(duplicates, 20)
        return
    assert duplicates == 0 and [r["name"] for r in plan.rows] == kept
