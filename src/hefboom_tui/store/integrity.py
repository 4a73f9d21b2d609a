"""Whether a session read from a file holds together: every reference points at something.

``model.serde.from_dict`` checks each field's type; this checks what types cannot: that a
card's principle exists, that a rotation visit is a (participant, initiative) pair of people
and initiatives of the session, that the people of visits, appointments and plan actions, a
choice's principle cards and an engagement's support option exist, that what was carried
over from one cycle into the next points at what it continues, that ids are unique, that a
stored date is an ISO date and a time ``HH:MM`` (as ``model.validate.parse_date`` /
``parse_time`` store them), that a value the exports look up in a fixed list is in it. The
actions keep all of this true (the soak test walks 10,000 random actions and checks it); a
file edited by hand, damaged, or written by something else may not. Every reader goes
through :func:`check_session` when it loads a file (``store.loading``), so ``hefboom check``
refuses exactly what ``export``, the print pack or a screen would trip over: the same
validation, in one place.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import typing
from collections.abc import Iterable
from typing import Any

from hefboom_tui.model.organisation import Challenge
from hefboom_tui.model.serde import type_hints
from hefboom_tui.model.session import Session

MAX_SHOWN = 3
DATE_FIELDS = frozenset({"date", "by_when", "closed"})
"""Fields that hold an ISO date or nothing (and every field whose name ends in ``_date``)."""
TIME_FIELDS = frozenset({"time"})
"""Fields that hold ``HH:MM`` or nothing."""
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def _choices() -> dict[tuple[str, str], tuple[str, ...]]:
    """(class name, field) -> the values a lookup in the exports relies on."""
    from hefboom_tui.model import cycle, organisation, phase3

    return {("Challenge", "group"): organisation.CHALLENGE_GROUPS,
            ("Engagement", "answer"): phase3.ANSWERS,
            ("Engagement", "status"): cycle.PLAN_STATUSES,
            ("PlanAction", "owner"): cycle.OWNERS,
            ("PlanAction", "status"): cycle.PLAN_STATUSES}


Check = tuple[str, str, tuple[str, ...] | None, str]
"""A field to look at: its name, ``date``/``time``/"", the allowed values, ``one``/``many``
when it holds records itself."""


_CHECKS: dict[type, tuple[Check, ...]] = {}


def _checks(cls: type) -> tuple[Check, ...]:
    """What :func:`_values` looks at in a record of ``cls`` (worked out once per class:
    a session of 2,000 initiatives is walked in a few milliseconds)."""
    found = _CHECKS.get(cls)
    if found is None:
        found = _CHECKS[cls] = _find_checks(cls)
    return found


def _find_checks(cls: type) -> tuple[Check, ...]:
    hints = type_hints(cls)
    choices = _choices()
    out = []
    for f in dataclasses.fields(cls):
        hint = hints[f.name]
        text = ""
        if hint is str and (f.name in DATE_FIELDS or f.name.endswith("_date")):
            text = "date"
        elif hint is str and f.name in TIME_FIELDS:
            text = "time"
        args = typing.get_args(hint)
        if dataclasses.is_dataclass(hint):
            inner = "one"
        elif typing.get_origin(hint) is list and args and dataclasses.is_dataclass(args[0]):
            inner = "many"
        else:
            inner = ""
        allowed = choices.get((cls.__name__, f.name))
        if text or inner or allowed is not None:
            out.append((f.name, text, allowed, inner))
    return tuple(out)


def _unique(kind: str, ids: Iterable[str], out: list[str]) -> set[str]:
    seen: set[str] = set()
    for value in ids:
        if not value:
            out.append(f"{kind}: an empty id")
        elif value in seen:
            out.append(f"{kind}: the id {value!r} appears twice")
        seen.add(value)
    return seen


def _known(where: str, kind: str, values: Iterable[str], known: set[str],
           out: list[str]) -> None:
    for value in values:
        if value not in known:
            out.append(f"{where}: unknown {kind} {value!r}")


def _is_date(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def _values(records: list[Any], where: str, out: list[str]) -> None:
    """Dates, times and fixed choices in ``records`` and every record under them."""
    for obj in records:
        for name, text, allowed, inner in _checks(type(obj)):
            value = getattr(obj, name)
            if text and value:
                if text == "date" and not _is_date(value):
                    out.append(f"{where}.{name}: {value[:40]!r} is not a date like 2026-12-03")
                elif text == "time" and not _TIME.match(value):
                    out.append(f"{where}.{name}: {value[:40]!r} is not a time like 19:30")
            if allowed is not None and value not in allowed:
                out.append(f"{where}.{name}: {str(value)[:40]!r} is not one of {allowed}")
            if inner == "one":
                _values([value], f"{where}.{name}", out)
            elif inner == "many":
                _values(value, f"{where}.{name}", out)


def problems(session: Session) -> list[str]:
    """Everything that does not hold together in ``session`` (empty when all is well)."""
    out: list[str] = []
    _values([session], "session", out)
    people = _unique("participants", (p.id for p in session.participants), out)
    initiatives = _unique("initiatives", (i.id for i in session.initiatives), out)
    principles = _unique("principles", (p.id for p in session.principles), out)
    cards = _unique("cards", (c.id for c in session.cards), out)
    options = _unique("support_options", (o.id for o in session.support_options), out)
    duos = _unique("duos", (d.id for d in session.duos), out)
    _unique("engagements", (e.id for e in session.engagements), out)
    _unique("plan", (a.id for a in session.plan), out)
    for card in session.cards:
        _known(f"card {card.id}", "principle", [card.principle], principles, out)
    for duo in session.duos:
        _known(f"duo {duo.id}", "participant", duo.members, people, out)
        _known(f"duo {duo.id}", "card", duo.cards, cards, out)
    for j in session.judgements:
        _known("judgements", "duo", [j.duo], duos, out)
        _known("judgements", "card", [j.card], cards, out)
    for mark in session.strong_marks:
        _known("strong_marks", "duo", [mark.duo], duos, out)
        _known("strong_marks", "initiative", [mark.initiative], initiatives, out)
    for tally in session.tallies:
        _known("tallies", "initiative", [tally.initiative], initiatives, out)
        _known("tallies", "support option", [tally.option], options, out)
        if tally.green < 0 or tally.red < 0:
            out.append(f"tallies: a negative count at {tally.initiative}/{tally.option}")
    for engagement in session.engagements:
        _known(f"engagement {engagement.id}", "initiative", [engagement.initiative],
               initiatives, out)
        _known(f"engagement {engagement.id}", "participant", engagement.who, people, out)
    for item in session.initiatives:
        where = f"initiative {item.id}"
        _known(where, "participant", item.agreement.visitors, people, out)
        _known(f"{where} visit", "participant", item.visit.visitors, people, out)
        _known(f"{where} appointment", "participant", item.appointment.who, people, out)
        _known(f"{where} choice", "principle card", item.choice.principles, cards, out)
    _later(session, people, initiatives, options, out)
    for n, visits in enumerate(session.rotation.rounds, 1):
        for visit in visits:
            if len(visit) != 2:
                out.append(f"rotation.rounds, round {n}: a visit must be "
                           f"[participant, initiative], not {visit!r}"[:200])
                continue
            _known(f"rotation.rounds, round {n}", "participant", visit[:1], people, out)
            _known(f"rotation.rounds, round {n}", "initiative", visit[1:], initiatives, out)
    return out


def _later(session: Session, people: set[str], initiatives: set[str], options: set[str],
           out: list[str]) -> None:
    """Phases 3 to 5 and the cycles: engagements' options, the plan's owners, and what was
    carried over from one cycle into the next."""
    for engagement in session.engagements:
        if engagement.option:
            _known(f"engagement {engagement.id}", "support option", [engagement.option],
                   options, out)
    lines = {e.id for e in session.engagements} | {a.id for a in session.plan}
    for action in session.plan:
        where = f"plan action {action.id}"
        _known(where, "initiative", [action.initiative], initiatives, out)
        _known(where, "participant", action.who, people, out)
        if action.owner == "partner" and not action.partner:
            out.append(f"{where}: carried by a partner, but the partner has no name")
        if action.carried_from:
            _known(where, "carried-over action or engagement", [action.carried_from], lines, out)
    closed: set[str] = set()
    for record in session.cycles:
        where = f"cycle {record.number}"
        _known(where, "carried-over action or engagement", record.carried_actions, lines, out)
        own = {p.id for c in record.organisation for p in c.proposals}
        _known(where, "carried-over proposal", record.carried_proposals, own, out)
        _carried_proposals(where, record.organisation, closed, out)
        closed |= own
    _unique("organisation", (c.id for c in session.organisation), out)
    _carried_proposals("organisation", session.organisation, closed, out)


def _carried_proposals(where: str, challenges: list[Challenge], earlier: set[str],
                       out: list[str]) -> None:
    """Every proposal carried over names one of an earlier, closed cycle."""
    for challenge in challenges:
        for proposal in challenge.proposals:
            if proposal.carried_from:
                _known(f"{where} proposal {proposal.id}", "carried-over proposal",
                       [proposal.carried_from], earlier, out)


def check_session(session: Session) -> Session:
    """``session`` itself when it holds together; else ``ValueError`` naming the first few
    problems (the store turns that into "the file is damaged", with the backup to restore)."""
    found = problems(session)
    if found:
        more = f" (+{len(found) - MAX_SHOWN} more)" if len(found) > MAX_SHOWN else ""
        raise ValueError("; ".join(found[:MAX_SHOWN]) + more)
    return session
