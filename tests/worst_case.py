"""The worst-case session, built through the real actions: every text at its validation limit,
25 notes per poster flap, long arguments (dealt cards judged, own cards), emoji, Arabic, 200-character duo cards.

``worst_case_session()`` returns the session and every string typed into it (``Typed``), so
a test can assert that each one is visible somewhere (printed, on screen…). Texts carry a
tag like ``«A.description»`` and mix accents (é ë ç œ ß), an emoji and, in some, Arabic.

Actions are called with the parameters they accept (their signatures are read), so the
session follows the model as it changes; every string given to an accepted parameter is
recorded.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from hefboom_tui.model import actions
from hefboom_tui.model.session import Session
from hefboom_tui.model.validate import NAME_MAX, SHORT_MAX, TEXT_MAX
from hefboom_tui.store.catalog import new_session

NOTE_MAX = 500  # a note on a poster flap, an engagement, a plan action
CARD_MAX = 200  # a duo's own card, a support option
NOTES = 25  # notes per flap
WORDS = ("buurtmoestuin samen koken café Ayşe déjà-vu coöperatie ëlan façade œuvre straße "
         "vrijwilligers ontmoeting wijkwerking Sint-Amandsberg 2027-01-20 «dialoog» ‘buren’ "
         "ondersteuningsmogelijkheden — zorgzame buurt").split()
ARABIC = "مرحبا بكم في حديقة الحي"
EMOJI = "🌱"


def text(tag: str, length: int, *, arabic: bool = False, emoji: bool = False,
         rtl: bool = False) -> str:
    """A text of exactly ``length`` characters starting with ``«tag»`` (with ``rtl``: starting
    with Arabic, so that it is set right to left)."""
    head = f"«{tag}» " + (f"{EMOJI} " if emoji else "") + (f"{ARABIC} " if arabic else "")
    if rtl:
        head = f"{ARABIC} «{tag}» "
    out, n = head, 0
    while len(out) < length:
        out += WORDS[n % len(WORDS)] + ("\n" if n % 37 == 36 else " ")
        n += 1
    out = out[:length]
    while out[-1].isspace() or not out[-1].isprintable():  # the validators strip the ends
        out = out[:-1] + "x"
    return out


def name(tag: str, length: int = NAME_MAX, arabic: bool = False) -> str:
    """A one-line name of exactly ``length`` characters."""
    return " ".join(text(tag, length, arabic=arabic).split())[:length]


@dataclass
class Typed:
    """Every string typed into the session: (action, parameter) -> strings."""

    strings: dict[tuple[str, str], list[str]] = field(default_factory=dict)

    def all(self, skip: set[tuple[str, str]] = frozenset()) -> list[tuple[str, str, str]]:  # type: ignore[assignment]
        """(action, parameter, string) for every recorded string not in ``skip``."""
        return [(a, p, s) for (a, p), found in self.strings.items() if (a, p) not in skip
                for s in found]


def _accepted(fn: Callable[..., Any]) -> dict[str, inspect.Parameter]:
    return dict(inspect.signature(fn).parameters)


def worst_case_session() -> tuple[Session, Typed]:
    """The session, and what was typed into it."""
    typed = Typed()
    session = new_session(name("session"))
    session.code_seed = 16
    typed.strings[("new_session", "name")] = [session.name]

    def do(fn: Callable[..., Any], **params: Any) -> Any:
        accepted = _accepted(fn)
        given = {k: v for k, v in params.items() if k in accepted}
        for key, value in given.items():
            values = value if isinstance(value, list) else [value]
            strings = [v for v in values if isinstance(v, str) and v and key not in IDS]
            if strings:
                typed.strings.setdefault((fn.__name__, key), []).extend(strings)
        return fn(session, **given)

    people = [do(actions.add_participant, name=name(f"P{n}", arabic=n == 2)) for n in range(4)]
    items = []
    for tag, arabic in (("A", False), ("B", True), ("C", False)):
        items.append(do(
            actions.add_initiative, name=name(f"{tag}.name", arabic=arabic),
            description=text(f"{tag}.description", TEXT_MAX, arabic=arabic, emoji=True),
            contact=text(f"{tag}.contact", SHORT_MAX), theme=text(f"{tag}.theme", SHORT_MAX),
            scope="wider", mode="both", size=text(f"{tag}.size", SHORT_MAX),
            origin=text(f"{tag}.origin", TEXT_MAX, emoji=True),
            added_by=text(f"{tag}.added_by", SHORT_MAX)))
    a, b, _c = items
    do(actions.make_duos, seed=1)
    do(actions.deal, seed=1)
    for n, duo in enumerate(session.duos):  # dealt cards judged, each with a long argument
        first = {session.card(c).principle: c for c in reversed(duo.cards)}  # one a colour
        for m, (card, verdict) in enumerate(zip(first.values(), VERDICTS, strict=False)):
            do(actions.judge, duo=duo.id, card=card, verdict=verdict,
               argument=text(f"judge{n}{m}.argument", 1000, arabic=m == 2, emoji=m == 1))
    principles = [p.id for p in session.principles]
    for n, duo in enumerate(session.duos):
        for m, principle in enumerate(principles):
            card = do(actions.new_card, duo=duo.id, principle=principle,
                      text=text(f"card{n}{m}", CARD_MAX, arabic=m == 1, emoji=m == 2),
                      argument=text(f"card{n}{m}.argument", 1000))
            do(actions.plenum, card=card, status="accepted")
    for item in (a, b):
        do(actions.toggle_strong, duo=session.duos[0].id, initiative=item)
    listed = [e.card for e in session.principles_list][:3]
    for item in (a, b):
        tag = "A" if item == a else "B"
        choose = _accepted(actions.choose)
        picked: Any = listed if "list" in str(choose["principles"].annotation) else text(
            f"{tag}.principles", TEXT_MAX)
        do(actions.choose, id=item, chosen=True, why=text(f"{tag}.why", TEXT_MAX, arabic=True,
                                                          emoji=True),
           principles=picked, principles_note=text(f"{tag}.principles_note", TEXT_MAX),
           doubts=text(f"{tag}.doubts", TEXT_MAX))
        do(actions.set_agreement, id=item, visitors=people, date="2027-01-20", time="19:30",
           time_needed=text(f"{tag}.time_needed", SHORT_MAX),
           needs=text(f"{tag}.agreement_needs", TEXT_MAX),
           visitor_needs=text(f"{tag}.visitor_needs", TEXT_MAX))
        do(actions.record_visit, id=item, visitors=people[:2], date="2027-02-03",
           now=[text(f"{tag}.now{n}", NOTE_MAX, arabic=n == 3) for n in range(NOTES)],
           future=[text(f"{tag}.future{n}", NOTE_MAX, emoji=n == 4) for n in range(NOTES)],
           needs=[text(f"{tag}.needs{n}", NOTE_MAX) for n in range(NOTES)],
           partners=[text(f"{tag}.partners{n}", NOTE_MAX) for n in range(NOTES)],
           wants_support="yes", notes=text(f"{tag}.visit_notes", TEXT_MAX))
    _phase3(session, do, a, b, people)
    return session, typed


VERDICTS = ("relevant", "not_relevant", "relevant")
"""What each duo says of its first dealt cards (the rest stay open)."""

IDS = {"id", "duo", "verdict", "card", "initiative", "principle", "option", "visitors", "who", "group",
       "challenge", "status", "decision", "answer", "missing_answer", "owner", "kind",
       "colour", "scope", "mode", "wants_support", "date", "time", "by_when", "review_date",
       "principles", "applies"}
"""Parameters that hold ids, choices or dates, not typed text."""


def _phase3(session: Session, do: Callable[..., Any], a: str, b: str, people: list[str]) -> None:
    """Decisions, options, tallies, engagements, appointments, the plan, the organisation."""
    do(actions.decide, id=a, decision="engage", argument=text("A.argument", TEXT_MAX, arabic=True),
       innovation=text("A.innovation", TEXT_MAX), mission=text("A.mission", TEXT_MAX))
    do(actions.decide, id=b, decision="decline", argument=text("B.argument", TEXT_MAX),
       feedback=text("B.feedback", TEXT_MAX, emoji=True))
    option = do(actions.add_option, initiative=a, text=text("A.option", CARD_MAX, rtl=True),
                kind="tip", added_by=text("A.option_by", SHORT_MAX))
    do(actions.set_stickers, initiative=a, option=option, colour="green", count=99)
    do(actions.set_stickers, initiative=a, option=option, colour="red", count=12)
    for n in range(2):
        do(actions.add_engagement, initiative=a, what=text(f"A.engagement{n}", NOTE_MAX),
           answer="yes", why=text(f"A.engagement{n}.why", TEXT_MAX),
           how=text(f"A.engagement{n}.how", TEXT_MAX), steps=text(f"A.engagement{n}.steps",
                                                                  TEXT_MAX),
           who=people[:2], by_when="2027-03-01")
    if hasattr(actions, "set_appointment"):
        do(actions.set_appointment, id=a, who=people[:1], whom=text("A.whom", SHORT_MAX),
           date="2027-03-10", time="10:00", time_needed=text("A.appointment_time", SHORT_MAX),
           still_needed=text("A.still_needed", TEXT_MAX),
           act_together=text("A.act_together", TEXT_MAX),
           report_back=text("A.report_back", TEXT_MAX))
    for n in range(3):
        do(actions.add_plan_action, initiative=a, what=text(f"A.plan{n}", NOTE_MAX),
           owner="partner" if n == 2 else "team",
           partner=text(f"A.partner{n}", SHORT_MAX) if n == 2 else "",
           who=people[1:3], by_when="2027-04-01")
    if hasattr(actions, "set_cooperation"):
        do(actions.set_cooperation, id=a, strategy=text("A.strategy", TEXT_MAX),
           communication=text("A.communication", TEXT_MAX))
    challenge = do(actions.set_challenge, group="planning", applies="yes",
                   examples=text("org.examples", TEXT_MAX, arabic=True),
                   proposals=text("org.proposals", TEXT_MAX), review_date="2027-06-01")
    if hasattr(actions, "add_proposal") and isinstance(challenge, str):
        do(actions.add_proposal, challenge=challenge, text=text("org.proposal", TEXT_MAX),
           review_date="2027-06-01")
