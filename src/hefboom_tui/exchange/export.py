"""Exports of a session: JSON (a documented contract, docs/export-format.md), CSV, Markdown."""

from __future__ import annotations

import csv
import io
from typing import Any

from hefboom_tui.i18n import language, t
from hefboom_tui.model.plenum import principles_list, strong_ranking
from hefboom_tui.model.serde import to_dict
from hefboom_tui.model.session import SCHEMA_VERSION, Session

EXPORT_VERSION = 1


def export_json(session: Session) -> dict[str, Any]:
    """The session as the versioned export document."""
    initiatives = []
    for i in session.initiatives:
        doc = to_dict(i)
        doc.pop("presented", None)
        doc["presented"] = i.presented
        doc["status"] = i.status
        for key in ("decision", "visit", "lenses", "follow_up"):
            doc.pop(key, None)
        initiatives.append(doc)
    return {
        "schema": {"name": "hefboom-tui-export", "version": EXPORT_VERSION,
                   "session_schema": SCHEMA_VERSION},
        "session": {"name": session.name, "created": session.created, "lang": session.lang,
                    "round": session.round, "rounds_completed": session.rounds_completed,
                    "step": session.step, "link_base_url": session.link_base_url},
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
        "tallies": [to_dict(x) for x in session.tallies if x.green or x.red],
        "engagements": [to_dict(e) for e in session.engagements],
        "visits": [{"initiative": i.id, **to_dict(i.visit)}
                   for i in session.initiatives if i.visit.done],
        "lenses": [{"initiative": i.id, **to_dict(i.lenses)} for i in session.initiatives
                   if any(vars(i.lenses).values())],
        "plan": [to_dict(a) for a in session.plan],
        "follow_up": [{"initiative": i.id, **to_dict(i.follow_up)} for i in session.initiatives
                      if any(vars(i.follow_up).values())],
        "organisation": [to_dict(c) for c in session.organisation],
        "cycle": session.cycle,
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
    """Initiatives, the principles list and the strong ranking as CSV for a Dutch spreadsheet."""
    names = {p.id: p.name for p in session.participants}
    initiatives = [
        [i.code, i.name, i.description, i.contact, i.theme, i.scope, i.mode, i.size, i.origin,
         i.added_by, i.round, i.status, i.choice.why, ", ".join(names.get(v, v)
                                                                for v in i.agreement.visitors),
         i.agreement.date]
        for i in session.initiatives
    ]
    sections = [([t("export.col." + c) for c in (
        "code", "name", "description", "contact", "theme", "scope", "mode", "size", "origin",
        "added_by", "round", "status", "why", "visitors", "date")], initiatives)]
    principle = {p.id: p for p in session.principles}
    sections.append(([t("export.col.principle"), t("export.col.card")],
                     [[principle[c.principle].name if c.principle in principle else c.principle,
                       c.text] for c in principles_list(session)]))
    by_id = {i.id: i for i in session.initiatives}
    sections.append(([t("export.col.rank"), t("export.col.code"), t("export.col.name"),
                      t("export.col.marks")],
                     [[r, by_id[i].code, by_id[i].name, n] for r, i, n in strong_ranking(session)]))
    return write_csv(sections)


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


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def export_markdown(session: Session) -> str:
    """A readable summary of the session in Markdown."""
    lines = [f"# {_md(session.name)}", "", f"{t('export.created')}: {session.created}", ""]
    lines += [f"## {t('export.team')}", ""]
    lines += [f"- {_md(p.name)}" + ("" if p.present else f" ({t('export.absent')})")
              for p in session.participants] or ["-"]
    lines += ["", f"## {t('export.wall')}", "",
              f"| {t('export.col.code')} | {t('export.col.name')} | {t('export.col.status')} "
              f"| {t('export.col.description')} |", "|---|---|---|---|"]
    lines += [f"| {i.code} | {_md(i.name)} | {t('status.' + i.status)} | {_md(i.description)} |"
              for i in session.initiatives]
    lines += ["", f"## {t('export.principles_list')}", ""]
    principle = {p.id: p for p in session.principles}
    accepted = principles_list(session)
    lang = language()
    lines += [f"- [{principle[c.principle].symbol}] {_md(c.text_in(lang))}"
              for c in accepted] or ["-"]
    lines += ["", f"## {t('export.strong')}", ""]
    by_id = {i.id: i for i in session.initiatives}
    lines += [f"{r}. {by_id[i].code} {_md(by_id[i].name)} — {n}"
              for r, i, n in strong_ranking(session) if n] or ["-"]
    return "\n".join(lines) + "\n"
