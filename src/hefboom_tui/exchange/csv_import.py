"""Import initiatives from a spreadsheet saved as CSV.

Accepts what Dutch Excel and LibreOffice write: comma, semicolon or tab separated; UTF-8 with
or without BOM, UTF-16 (Excel's "Unicode text", tab separated, with or without BOM) and
Windows-1252 as a fallback; quoted fields with newlines. A workbook or other binary file gets
a clear message instead of garbled names. Headers are matched case-insensitively in Dutch or
English. The import is all or nothing: the rows are checked first (linear in the number of
rows: one index of names), and only when every row is good are they applied through the
store's action path.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from hefboom_tui.i18n import t, tn
from hefboom_tui.model.actions_wall import fiche_values
from hefboom_tui.model.errors import ActionError
from hefboom_tui.model.validate import clean_name, name_key
from hefboom_tui.os_errors import os_reason

HEADERS: dict[str, str] = {
    "naam": "name", "name": "name", "initiatief": "name", "initiative": "name",
    "beschrijving": "description", "description": "description", "omschrijving": "description",
    "contact": "contact", "contactpersoon": "contact", "wie": "contact",
    "thema": "theme", "theme": "theme",
    "schaal": "scope", "scope": "scope", "lokaal of breder": "scope",
    "vorm": "mode", "mode": "mode", "online of fysiek": "mode",
    "grootte": "size", "size": "size",
    "ontstaan": "origin", "origin": "origin", "hoe ontstaan": "origin",
    "ingebracht door": "added_by", "added by": "added_by", "added_by": "added_by",
    "door": "added_by",
}
VALUE_ALIASES = {
    "scope": {"lokaal": "local", "local": "local", "breder": "wider", "wider": "wider",
              "bovenlokaal": "wider", "regionaal": "wider"},
    "mode": {"fysiek": "physical", "physical": "physical", "online": "online", "beide": "both",
             "both": "both", "hybride": "both"},
}


class ImportError_(ValueError):
    """The file cannot be imported; the message lists every problem by line."""


@dataclass
class ImportPlan:
    """What an import would add, and the columns it ignored."""

    rows: list[dict[str, str]] = field(default_factory=list)
    unknown_columns: list[str] = field(default_factory=list)


_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_WORKBOOKS = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")  # .xlsx/.ods, old .xls


def _utf16_without_bom(raw: bytes) -> str | None:
    """The codec of UTF-16 without a BOM, told by where the NUL bytes are: the high bytes of
    the ASCII headers, separators and line ends (LE: odd positions, BE: even ones). A stray
    NUL or a run of them (a damaged file) is no sign of UTF-16."""
    if len(raw) % 2:
        return None
    even, odd = raw[0::2].count(0), raw[1::2].count(0)
    enough = max(2, len(raw) // 64)  # of the code units, at least 1 in 32 is ASCII
    if odd >= enough and even * 4 <= odd:
        return "utf-16-le"
    if even >= enough and odd * 4 <= even:
        return "utf-16-be"
    return None


def decode(raw: bytes, source: str = "CSV") -> str:
    """Text from the file's bytes: by its BOM (UTF-8, UTF-16 or UTF-32), else UTF-16 when the
    NUL bytes say so, else UTF-8, else Windows-1252. Raises ImportError_ for a file that
    holds NUL bytes but is not UTF-16 or UTF-32 (a workbook, a picture…)."""
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return raw[len(bom):].decode(codec, errors="replace").replace("\x00", "")
    if b"\x00" in raw or raw.startswith(_WORKBOOKS):
        utf16 = None if raw.startswith(_WORKBOOKS) else _utf16_without_bom(raw)
        try:
            text = raw.decode(utf16) if utf16 else "\x00"
        except UnicodeDecodeError:
            text = "\x00"
        if "\x00" in text:
            raise ImportError_(t("import.binary", file=source))
        return text
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _dialect(text: str) -> str:
    """The separator: whichever of ``;``, tab and ``,`` the header line holds most of."""
    first = text.split("\n", 1)[0]
    counts = {",": first.count(","), ";": first.count(";"), "\t": first.count("\t")}
    best = max(counts.values())
    return next(sep for sep in (",", ";", "\t") if counts[sep] == best)


def plan_import(raw: bytes, existing_names: list[str], source: str = "CSV") -> ImportPlan:
    """Check the CSV bytes; return the rows to add or raise ImportError_ listing problems."""
    text = decode(raw, source).lstrip("\ufeff")
    if not text.strip():
        raise ImportError_(t("import.empty", file=source))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_dialect(text))
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        raise ImportError_(t("import.empty", file=source)) from exc
    columns: list[str | None] = []
    plan = ImportPlan()
    for name in header:
        key = HEADERS.get(" ".join(name.strip().lower().split()))
        if key is None or key in columns:
            if name.strip():
                plan.unknown_columns.append(name.strip())
            columns.append(None)
        else:
            columns.append(key)
    if "name" not in columns:
        raise ImportError_(t("import.no_name_column", file=source, found=", ".join(header)[:200]))
    problems: list[str] = []
    seen = {name_key(name) for name in existing_names}  # one index: linear, not pairwise
    try:
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            values = {col: cell for col, cell in zip(columns, row, strict=False) if col}
            for key, aliases in VALUE_ALIASES.items():
                if key in values:
                    values[key] = aliases.get(values[key].strip().lower(), "")
            try:
                values["name"] = clean_name(values.get("name", ""))
                fiche_values({k: v for k, v in values.items() if k != "name"})
            except ActionError as exc:
                problems.append(t("import.line", line=line, problem=str(exc)))
                continue
            key = name_key(values["name"])
            if key in seen:
                problems.append(t("import.line", line=line,
                                  problem=t("import.duplicate", name=values["name"])))
                continue
            seen.add(key)
            plan.rows.append(values)
    except csv.Error as exc:
        problems.append(t("import.line", line=reader.line_num, problem=str(exc)))
    if problems:
        shown = problems[:20]
        more = len(problems) - len(shown)
        tail = "\n" + t("import.more", count=more) if more else ""
        raise ImportError_(tn("import.failed", len(problems), file=source) + "\n"
                           + "\n".join(shown) + tail)
    if not plan.rows:
        raise ImportError_(t("import.no_rows", file=source))
    return plan


def plan_file(path_text: str, existing_names: list[str]) -> ImportPlan:
    """Read and check the CSV file at ``path_text`` (``~`` allowed): the rows to add, or
    ImportError_ saying what is wrong (an unreadable file included)."""
    if not path_text.strip():
        raise ImportError_(t("import.no_file"))
    path = Path(path_text.strip()).expanduser()
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportError_(t("import.unreadable", path=path,
                             detail=os_reason(exc))) from exc
    return plan_import(raw, existing_names, source=path.name)
