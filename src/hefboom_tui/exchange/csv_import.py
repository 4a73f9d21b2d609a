"""Import initiatives from a spreadsheet saved as CSV.

Accepts what Dutch Excel and LibreOffice write: comma or semicolon separated, UTF-8 with or
without BOM (and Windows-1252 as a fallback), quoted fields with newlines. Headers are matched
case-insensitively in Dutch or English. The import is all or nothing: the rows are checked
first, and only when every row is good are they applied through the store's action path.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from hefboom_tui.i18n import t
from hefboom_tui.model.actions_wall import fiche_values
from hefboom_tui.model.errors import ActionError
from hefboom_tui.model.validate import clean_name, same_name

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


def decode(raw: bytes) -> str:
    """Text from the file's bytes: UTF-8 (BOM or not), else Windows-1252."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _dialect(text: str) -> str:
    first = text.split("\n", 1)[0]
    return ";" if first.count(";") > first.count(",") else ","


def plan_import(raw: bytes, existing_names: list[str], source: str = "CSV") -> ImportPlan:
    """Check the CSV bytes; return the rows to add or raise ImportError_ listing problems."""
    text = decode(raw).replace("\x00", "")
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
    seen = list(existing_names)
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
            if any(same_name(values["name"], s) for s in seen):
                problems.append(t("import.line", line=line,
                                  problem=t("import.duplicate", name=values["name"])))
                continue
            seen.append(values["name"])
            plan.rows.append(values)
    except csv.Error as exc:
        problems.append(t("import.line", line=reader.line_num, problem=str(exc)))
    if problems:
        shown = problems[:20]
        more = len(problems) - len(shown)
        tail = "\n" + t("import.more", count=more) if more else ""
        raise ImportError_(t("import.failed", file=source, count=len(problems)) + "\n"
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
                             detail=exc.strerror or exc)) from exc
    return plan_import(raw, existing_names, source=path.name)
