"""Exports of a session: JSON (a documented contract, docs/export-format.md), CSV, Markdown
(the calendar is in :mod:`.ics`)."""

from __future__ import annotations

import csv
import io
from typing import Any

from hefboom_tui.i18n import t
from hefboom_tui.model.cycle import initiative_type, way_of_working
from hefboom_tui.model.serde import to_dict
from hefboom_tui.model.session import SCHEMA_VERSION, Session

EXPORT_VERSION = 2


def _per_initiative(session: Session, key: str, keep: bool = False) -> list[dict[str, Any]]:
    """``{"initiative": id, **part}`` for every initiative whose ``key`` part is not empty."""
    out = []
    for i in session.initiatives:
        part = to_dict(getattr(i, key))
        if keep or any(part.values()):
            out.append({"initiative": i.id, **part})
    return out


def export_json(session: Session) -> dict[str, Any]:
    """The session as the versioned export document (docs/export-format.md)."""
    initiatives = []
    for i in session.initiatives:
        doc = to_dict(i)
        doc.pop("presented", None)
        doc["presented"] = i.presented
        doc["status"] = i.status
        for key in ("decision", "visit", "lenses", "appointment", "cooperation"):
            doc.pop(key, None)
        initiatives.append(doc)
    lenses = []
    for i in session.initiatives:
        if any(vars(i.lenses).values()):
            lenses.append({"initiative": i.id, **to_dict(i.lenses),
                           "way": way_of_working(i.lenses), "type": initiative_type(i.lenses)})
    return {
        "schema": {"name": "hefboom-tui-export", "version": EXPORT_VERSION,
                   "session_schema": SCHEMA_VERSION},
        "session": {"name": session.name, "created": session.created, "lang": session.lang,
                    "round": session.round, "rounds_completed": session.rounds_completed,
                    "step": session.step, "link_base_url": session.link_base_url,
                    "cycle": session.cycle, "options_name": session.options_name},
        "participants": [to_dict(p) for p in session.participants],
        "initiatives": initiatives,
        "deck": {"name": session.deck_name,
                 "principles": [to_dict(p) for p in session.principles],
                 "cards": [to_dict(c) for c in session.cards]},
        "support_options": [to_dict(o) for o in session.support_options],
        "duos": [
            {**to_dict(d), "judgements": [to_dict(j) for j in session.judgements if j.duo == d.id]}
            for d in session.duos
        ],
        "pair_seed": session.pair_seed,
        "deal_seed": session.deal_seed,
        "principles_list": [to_dict(e) for e in session.principles_list],
        "strong_marks": [to_dict(m) for m in session.strong_marks],
        "engagement": [{"initiative": i.id, **to_dict(i.decision)}
                       for i in session.initiatives if i.decision.decision],
        "rotation": {"minutes": session.rotation.minutes, "seed": session.rotation.seed,
                     "cap": session.rotation.cap,
                     "rounds": [[{"participant": p, "initiative": i} for p, i in r]
                                for r in session.rotation.rounds]},
        "timer": to_dict(session.timer),
        "step_timer": to_dict(session.step_timer),
        "tallies": [to_dict(x) for x in session.tallies if x.green or x.red],
        "engagements": [to_dict(e) for e in session.engagements],
        "visits": [{"initiative": i.id, **to_dict(i.visit)}
                   for i in session.initiatives if i.visit.done],
        "lenses": lenses,
        "appointments": _per_initiative(session, "appointment"),
        "cooperation": _per_initiative(session, "cooperation"),
        "plan": [to_dict(a) for a in session.plan],
        "organisation": [to_dict(c) for c in session.organisation],
        "cycles": [to_dict(c) for c in session.cycles],
        "cycle": session.cycle,
        "parking": [to_dict(n) for n in session.parking],
    }


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""A spreadsheet may read a cell that starts with one of these as a formula (OWASP, CSV
injection): :func:`safe_cell` writes a ``'`` before it."""


def safe_cell(value: object) -> object:
    """``value`` as a CSV cell a spreadsheet shows as text, never runs as a formula.

    Text starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading
    ``'`` (OWASP's rule): the spreadsheet shows it as text, the quote in front, and never
    evaluates it. Numbers stay numbers: a count of ``-2`` cannot carry a formula. Every CSV
    writer of the app goes through this function."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_csv(sections: list[tuple[list[str], list[list[Any]]]]) -> str:
    """CSV text for a Dutch spreadsheet: a BOM, ``;`` between cells, CRLF between rows,
    one empty row between ``sections`` of (header, rows); every cell through :func:`safe_cell`."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    for n, (header, rows) in enumerate(sections):
        if n:
            writer.writerow([])
        writer.writerow([safe_cell(cell) for cell in header])
        writer.writerows([safe_cell(cell) for cell in row] for row in rows)
    return "\ufeff" + out.getvalue()  # BOM + ';' : Dutch Excel opens it as columns


def export_csv(session: Session) -> str:
    """Phases 1–5 and every cycle as CSV for a Dutch spreadsheet: one block per part of the
    method, each with its title row and column names (see :mod:`.csv_phases`)."""
    from hefboom_tui.exchange.csv_phases import csv_sections

    return write_csv(csv_sections(session))


def export_tallies_csv(session: Session) -> str:
    """The sticker tallies as CSV for a Dutch spreadsheet: one row per initiative × option."""
    rows = []
    for item in session.engaged():
        for option in session.options_for(item.id):
            found = session.tally(item.id, option.id)
            rows.append([item.code, item.name, t(f"kind.{option.kind}"), option.text,
                         found.green if found else 0, found.red if found else 0])
    return write_csv([([t("export.col.code"), t("export.col.name"), t("field.kind"),
                        t("print.option"), t("print.green"), t("print.red")], rows)])


def export_markdown(session: Session) -> str:
    """A readable report of phases 1–5 and every cycle in Markdown (see :mod:`.markdown`)."""
    from hefboom_tui.exchange.markdown import markdown_report

    return markdown_report(session)
