"""Actions of the wall and of steps 1, 2, 5, 6 and 7 (and the rerun of 5–7)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from hefboom_tui.model.codes import new_code
from hefboom_tui.model.entities import MODES, SCOPES, Agreement, Choice, Initiative
from hefboom_tui.model.errors import ActionError, ValidationError
from hefboom_tui.model.method import STEP_IDS
from hefboom_tui.model.plenum import principles_list
from hefboom_tui.model.session import Session
from hefboom_tui.model.validate import (
    TEXT_MAX,
    clean_name,
    clean_text,
    name_key,
    parse_date,
    parse_time,
    same_name,
)

FICHE_FIELDS = ("description", "contact", "theme", "scope", "mode", "size", "origin", "added_by")


def fiche_values(fields: Mapping[str, str | None]) -> dict[str, str]:
    """Cleaned fiche fields (not the name; None means "leave as it is"); raises
    ValidationError naming a bad one."""
    values: dict[str, str] = {}
    for key, raw in fields.items():
        if raw is None:
            continue
        if key not in FICHE_FIELDS:
            raise ActionError("error.unknown_field", name=key)
        limit = TEXT_MAX if key in ("description", "origin") else 300
        values[key] = clean_text(raw, key, limit=limit)
    if values.get("scope", "") not in SCOPES:
        raise ValidationError("scope", "error.choose_one", options=", ".join(SCOPES[1:]))
    if values.get("mode", "") not in MODES:
        raise ValidationError("mode", "error.choose_one", options=", ".join(MODES[1:]))
    return values


def _check_unique(session: Session, name: str, skip: str = "") -> None:
    for other in session.initiatives:
        if other.id != skip and same_name(other.name, name):
            raise ValidationError("name", "error.duplicate_initiative", code=other.code)


def _get(session: Session, iid: str) -> Initiative:
    initiative = session.initiative(iid)
    if initiative is None:
        raise ActionError("error.no_initiative", id=iid)
    return initiative


def _place(session: Session, name: str, values: dict[str, str], codes: set[str]) -> Initiative:
    code = new_code(codes, session.code_seed + session.next_id)
    codes.add(code)
    initiative = Initiative(id=session.new_id("i"), code=code, name=name, round=session.round)
    for key, value in values.items():
        setattr(initiative, key, value)
    session.initiatives.append(initiative)
    return initiative


def add_initiative(
    session: Session, *, name: str, description: str = "", contact: str = "", theme: str = "",
    scope: str = "", mode: str = "", size: str = "", origin: str = "", added_by: str = "",
) -> str:
    """Put a new fiche on the wall in the current round; return its id."""
    clean = clean_name(name)
    _check_unique(session, clean)
    values = fiche_values({
        "description": description, "contact": contact, "theme": theme, "scope": scope,
        "mode": mode, "size": size, "origin": origin, "added_by": added_by})
    return _place(session, clean, values, {i.code for i in session.initiatives}).id


def edit_initiative(
    session: Session, *, id: str, name: str | None = None, description: str | None = None,
    contact: str | None = None, theme: str | None = None, scope: str | None = None,
    mode: str | None = None, size: str | None = None, origin: str | None = None,
    added_by: str | None = None,
) -> None:
    """Change fields of a fiche; a field left at None keeps its value."""
    initiative = _get(session, id)
    new_name = initiative.name
    if name is not None:
        new_name = clean_name(name)
        _check_unique(session, new_name, skip=id)
    values = fiche_values({
        "description": description, "contact": contact, "theme": theme,
        "scope": initiative.scope if scope is None else scope,
        "mode": initiative.mode if mode is None else mode, "size": size, "origin": origin,
        "added_by": added_by})
    initiative.name = new_name
    for key, value in values.items():
        setattr(initiative, key, value)


def delete_initiative(session: Session, *, id: str) -> str:
    """Take a fiche off the wall (undo brings it back); return its name."""
    initiative = _get(session, id)
    session.initiatives.remove(initiative)
    session.strong_marks = [m for m in session.strong_marks if m.initiative != id]
    session.tallies = [x for x in session.tallies if x.initiative != id]
    session.support_options = [o for o in session.support_options if o.initiative != id]
    gone = {e.id for e in session.engagements if e.initiative == id} | {
        a.id for a in session.plan if a.initiative == id}
    session.engagements = [e for e in session.engagements if e.initiative != id]
    session.plan = [a for a in session.plan if a.initiative != id]
    for record in session.cycles:  # nothing may point at what went with the initiative
        record.carried_actions = [x for x in record.carried_actions if x not in gone]
    if any(i == id for visits in session.rotation.rounds for _, i in visits):
        session.rotation.rounds = []  # the schedule no longer fits: make a new one
        session.timer.round, session.timer.status = 0, "idle"
        session.timer.remaining = session.timer.minutes * 60.0
    return initiative.name


def set_presented(session: Session, *, id: str, presented: bool = True) -> None:
    """Step 2: mark a fiche as presented to the team."""
    _get(session, id).presented = bool(presented)


def choose(
    session: Session, *, id: str, chosen: bool, why: str = "", principles: list[str] | None = None,
    principles_note: str = "", doubts: str = "",
) -> None:
    """Step 5: decide whether to approach an initiative, with the fiche's answers; its
    ``principles`` are picked from the principles list (card ids; None keeps the current)."""
    initiative = _get(session, id)
    picked = list(initiative.choice.principles) if principles is None else list(principles)
    on_list = {c.id for c in principles_list(session)}
    if principles is not None and any(cid not in on_list for cid in picked):
        raise ValidationError("principles", "error.not_on_principles_list")
    initiative.choice = Choice(
        chosen=bool(chosen),
        why=clean_text(why, "why", limit=TEXT_MAX),
        principles=list(dict.fromkeys(picked)),
        principles_note=clean_text(principles_note, "principles_note", limit=TEXT_MAX),
        doubts=clean_text(doubts, "doubts", limit=TEXT_MAX),
    )


def set_agreement(
    session: Session,
    *,
    id: str,
    visitors: list[str] | str = "",
    date: str = "",
    time: str = "",
    time_needed: str = "",
    visitor_needs: str = "",
) -> None:
    """Step 6: who visits, when (date and start time), how long, and what the visitor needs
    for the visit. Visitors are ids or names."""
    initiative = _get(session, id)
    if not initiative.choice.chosen:
        raise ActionError("error.not_chosen", name=initiative.name)
    ids = resolve_participants(session, visitors, field="visitors")
    initiative.agreement = Agreement(
        visitors=ids,
        date=parse_date(date),
        time=parse_time(time),
        time_needed=clean_text(time_needed, "time_needed"),
        visitor_needs=clean_text(visitor_needs, "visitor_needs", limit=TEXT_MAX),
    )


def resolve_participants(session: Session, people: list[str] | str, field: str) -> list[str]:
    """Participant ids from ids or names (a comma-separated string or a list)."""
    items = people.split(",") if isinstance(people, str) else list(people)
    ids: list[str] = []
    for raw in items:
        item = str(raw).strip()
        if not item:
            continue
        found = session.participant(item) or next(
            (p for p in session.participants if same_name(p.name, item)), None
        )
        if found is None:
            raise ValidationError(field, "error.not_in_team", name=item)
        if found.id not in ids:
            ids.append(found.id)
    return ids


def complete_round(session: Session) -> int:
    """Close steps 5–7 of this round: fiches added from now on belong to the next one."""
    session.rounds_completed = session.round
    session.round += 1
    return session.round


def set_step(session: Session, *, step: str) -> None:
    """Record where the team is in the method."""
    if step not in STEP_IDS:
        raise ActionError("error.unknown_step", step=step)
    session.step = step


def set_link_base_url(session: Session, *, url: str) -> None:
    """Where the printed QR codes link to (``https://…/`` + code); empty for offline codes."""
    clean = clean_text(url, "link_base_url")
    if clean and not clean.startswith(("http://", "https://")):
        raise ValidationError("link_base_url", "error.bad_url")
    session.link_base_url = clean


def import_initiatives(
    session: Session, *, rows: Sequence[Mapping[str, str]], added_by: str = ""
) -> int:
    """Add many fiches at once (a CSV import): all of them, or none (the store rolls back).

    Linear in the number of rows: one index of names and one set of codes for the whole list.
    """
    names = {name_key(i.name): i.code for i in session.initiatives}
    codes = set(names.values())
    for row in rows:
        clean = clean_name(row.get("name", ""))
        key = name_key(clean)
        if key in names:
            raise ValidationError("name", "error.duplicate_initiative", code=names[key])
        fields: dict[str, str | None] = {k: v for k, v in row.items() if k != "name"}
        if added_by and not fields.get("added_by"):
            fields["added_by"] = added_by
        initiative = _place(session, clean, fiche_values(fields), codes)
        names[key] = initiative.code
    return len(rows)
