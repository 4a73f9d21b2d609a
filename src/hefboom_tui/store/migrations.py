"""Schema versions of session files, and the steps that bring old files up to date.

Each migration takes the raw TinyDB tables of version N and returns those of version N+1.
A file from a newer version than this app knows is refused, never rewritten; so is a file
whose ``schema_version`` is not a whole number (``"2"``, ``2.5``, ``true``, ``null``…).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from hefboom_tui.i18n import t
from hefboom_tui.model.session import SCHEMA_VERSION

Tables = dict[str, Any]


def _v0_to_v1(data: Tables) -> Tables:
    # Version 0 (the pre-release format) stored the session name as "title" in meta.
    metas = data.get("meta")
    for meta in metas.values() if isinstance(metas, dict) else ():
        if isinstance(meta, dict) and "title" in meta and "name" not in meta:
            meta["name"] = meta.pop("title")
    return data


def _docs(data: Tables, table: str) -> list[dict[str, Any]]:
    found = data.get(table)
    return [d for d in found.values() if isinstance(d, dict)] if isinstance(found, dict) else []


def _v1_to_v2(data: Tables) -> Tables:
    """Version 2 (issue 14): every step hands its results to the next, and cycles keep their
    history. Nothing is dropped: old texts move to the field that now holds them."""
    metas = _docs(data, "meta")
    meta = metas[0] if metas else {}
    cycle = meta.get("cycle", 1) if isinstance(meta.get("cycle", 1), int) else 1
    for doc in _docs(data, "initiatives"):
        choice = doc.get("choice")
        if isinstance(choice, dict) and isinstance(choice.get("principles"), str):
            choice["principles_note"] = choice.pop("principles")  # free text became a pick
            choice["principles"] = []
        agreement = doc.get("agreement")
        if isinstance(agreement, dict) and "needs" in agreement:
            agreement["visitor_needs"] = agreement.pop("needs")  # what the visitor brings
        old = doc.pop("follow_up", None)
        if isinstance(old, dict) and "appointment" not in doc:
            doc["appointment"] = {"report_back": old.get("reporting", ""),
                                  "done": old.get("feedback_given", False),
                                  "date": old.get("feedback_date", "")}
        if isinstance(doc.get("decision"), dict):
            doc["decision"].setdefault("cycle", cycle)
    for doc in _docs(data, "engagements"):
        doc.setdefault("answer", "yes")  # schema 1 kept only the engagements taken on
        doc.setdefault("cycle", cycle)
    for doc in _docs(data, "plan"):
        doc.setdefault("owner", "team")
        doc.setdefault("cycle", cycle)
    for doc in _docs(data, "organisation"):
        group = doc.get("group", "other")
        doc.setdefault("id", group)
        text, date = doc.get("proposals", ""), doc.pop("review_date", "")
        if isinstance(text, str):
            doc["proposals"] = []
            if text or date:  # one proposal keeps the text and the challenge's review date
                next_id = meta.get("next_id", 1) if isinstance(meta.get("next_id"), int) else 1
                meta["next_id"] = next_id + 1
                doc["proposals"].append({"id": f"pr{next_id}", "text": text,
                                         "review_date": date})
    return data


MIGRATIONS: dict[int, Callable[[Tables], Tables]] = {0: _v0_to_v1, 1: _v1_to_v2}


def file_version(data: Tables) -> int:
    """The schema version a raw file claims (0 when it names none, as version 0 did).

    Raises ValueError with a readable message when ``schema_version`` is there but is not a
    whole number of 0 or more (a string, a fraction, a boolean, null, a list…): such a file
    is damaged, and treating it as version 0 would migrate it wrongly."""
    metas = data.get("meta")
    if not isinstance(metas, dict):
        return 0
    for meta in metas.values():
        if not isinstance(meta, dict) or "schema_version" not in meta:
            return 0
        version = meta["schema_version"]
        if isinstance(version, bool) or not isinstance(version, int) or version < 0:
            shown = json.dumps(version, ensure_ascii=False, default=repr)[:40]
            raise ValueError(t("store.bad_schema_version", value=shown))
        return version
    return 0


def migrate(data: Tables) -> tuple[Tables, int]:
    """``data`` brought to :data:`SCHEMA_VERSION`, and the version it came from."""
    found = version = file_version(data)
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
    return data, found
