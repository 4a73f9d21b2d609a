"""Every export format by name, as the bytes of its file: one entry point for the command
line (``hefboom export --format``) and the app's export dialog (F6)."""

from __future__ import annotations

import json

from hefboom_tui.model.session import Session

FORMATS: dict[str, str] = {"json": "json", "csv": "csv", "md": "md", "tallies": "csv",
                           "ics": "ics"}
"""Each export format and the extension of its file."""


def export_bytes(session: Session, fmt: str) -> bytes:
    """The export of ``session`` in ``fmt``: UTF-8 text, or the calendar file for ``ics``."""
    from hefboom_tui.exchange import export

    if fmt == "ics":
        from hefboom_tui.exchange.ics import export_ics

        return export_ics(session)
    if fmt == "json":
        text = json.dumps(export.export_json(session), ensure_ascii=False, indent=2) + "\n"
    elif fmt == "csv":
        text = export.export_csv(session)
    elif fmt == "tallies":
        text = export.export_tallies_csv(session)
    elif fmt == "md":
        text = export.export_markdown(session)
    else:
        raise ValueError(f"unknown export format {fmt!r}")
    return text.encode("utf-8")
