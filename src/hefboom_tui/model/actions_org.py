"""Actions of phase 5 (the fiche "Organiseren van de organisatie": challenges, proposals,
their review) and of a new cycle, which closes the current one without overwriting it."""

from __future__ import annotations

import copy

from hefboom_tui.model.cycle import PlanAction
from hefboom_tui.model.errors import ActionError, ValidationError
from hefboom_tui.model.organisation import (
    APPLIES,
    CHALLENGE_GROUPS,
    OWN,
    Challenge,
    CycleRecord,
    Evaluation,
    Proposal,
    challenge_order,
)
from hefboom_tui.model.plan import unfinished
from hefboom_tui.model.session import Session
from hefboom_tui.model.validate import TEXT_MAX, clean_text, parse_date


def _find(session: Session, cid: str) -> Challenge:
    found = session.challenge(cid)
    if found is None:
        raise ActionError("error.no_challenge")
    return found


def set_challenge(session: Session, *, group: str, id: str = "", name: str = "",
                  applies: str = "", examples: str = "") -> str:
    """Phase 5, "in kaart brengen": does a challenge apply, with concrete examples. A fixed
    group has one challenge (its id is the group); an own challenge (group ``other``) needs a
    name and gets a new id unless ``id`` names an existing one. Return the challenge's id."""
    if group not in CHALLENGE_GROUPS:
        raise ValidationError("group", "error.choose_one", options=", ".join(CHALLENGE_GROUPS))
    if applies not in APPLIES:
        raise ValidationError("applies", "error.choose_one", options="yes, no")
    label = clean_text(name, "challenge_name", limit=120, required=group == OWN)
    text = clean_text(examples, "examples", limit=TEXT_MAX)
    cid = id or (group if group != OWN else "")
    found = session.challenge(cid) if cid else None
    if found is None:
        if group == OWN and id:
            raise ActionError("error.no_challenge")
        found = Challenge(id=cid or session.new_id("ch"), group=group)
        session.organisation.append(found)
    found.name = label if group == OWN else ""
    found.applies, found.examples = applies, text
    session.organisation.sort(key=challenge_order)
    return found.id


def delete_challenge(session: Session, *, id: str) -> None:
    """Phase 5: take a challenge (and its proposals) off the fiche (undo brings it back)."""
    _find(session, id)
    session.organisation = [c for c in session.organisation if c.id != id]


def add_proposal(session: Session, *, challenge: str, text: str, review_date: str = "") -> str:
    """Phase 5, "anders organiseren": a proposal for a challenge, with its review date."""
    found = _find(session, challenge)
    proposal = Proposal(id=session.new_id("pr"),
                        text=clean_text(text, "proposal", limit=TEXT_MAX, required=True),
                        review_date=parse_date(review_date, "review_date"))
    found.proposals.append(proposal)
    if not found.applies:
        found.applies = "yes"  # a challenge with a proposal applies
    return proposal.id


def _proposal(session: Session, pid: str) -> Proposal:
    for challenge in session.organisation:
        for proposal in challenge.proposals:
            if proposal.id == pid:
                return proposal
    raise ActionError("error.no_proposal")


def edit_proposal(session: Session, *, id: str, text: str, review_date: str = "",
                  review_result: str = "") -> None:
    """Phase 5, "toepassen en opnieuw aftoetsen": change a proposal, and record what the
    review found once it was applied."""
    proposal = _proposal(session, id)
    clean = clean_text(text, "proposal", limit=TEXT_MAX, required=True)
    date = parse_date(review_date, "review_date")
    proposal.review_result = clean_text(review_result, "review_result", limit=TEXT_MAX)
    proposal.text, proposal.review_date = clean, date


def delete_proposal(session: Session, *, id: str) -> None:
    """Phase 5: remove a proposal (undo brings it back)."""
    _proposal(session, id)
    for challenge in session.organisation:
        challenge.proposals = [p for p in challenge.proposals if p.id != id]


def new_cycle(session: Session, *, closed: str = "", steps_taken: str = "", results: str = "",
              obstacles: str = "", cooperation: str = "", next_actions: str = "",
              carry_actions: list[str] | None = None,
              carry_proposals: list[str] | None = None) -> int:
    """"You are never done": close the current cycle and start the next; return its number.

    The closing cycle keeps its phase 5 record and the answers to the evaluation questions
    (which steps, results, obstacles, cooperation, what follows) in a :class:`CycleRecord`
    that is never changed again. The facilitator picks which unfinished phase 4 lines
    (``carry_actions``) and unreviewed proposals (``carry_proposals``) go along: they become
    the new cycle's, each remembering where it came from. New initiatives get the next round.
    """
    evaluation = Evaluation(**{key: clean_text(value, key, limit=TEXT_MAX) for key, value in (
        ("steps_taken", steps_taken), ("results", results), ("obstacles", obstacles),
        ("cooperation", cooperation), ("next_actions", next_actions))})
    closed = parse_date(closed, "closed")
    open_lines = {line.id: line for line in unfinished(session)}
    actions = list(dict.fromkeys(carry_actions or []))
    proposals = list(dict.fromkeys(carry_proposals or []))
    for aid in actions:
        if aid not in open_lines:
            raise ValidationError("carry_actions", "error.not_unfinished")
    open_proposals = {p.id: (c, p) for c in session.organisation for p in c.proposals
                      if not p.reviewed}
    for pid in proposals:
        if pid not in open_proposals:
            raise ValidationError("carry_proposals", "error.not_unreviewed")
    session.cycles.append(CycleRecord(
        number=session.cycle, closed=closed, evaluation=evaluation,
        organisation=copy.deepcopy(session.organisation), carried_actions=actions,
        carried_proposals=proposals))
    session.cycle += 1
    for aid in actions:
        line = open_lines[aid]
        session.plan.append(PlanAction(
            id=session.new_id("a"), initiative=line.initiative, what=line.what,
            who=list(line.who), by_when=line.when, status=line.status, owner=line.owner,
            partner=line.partner, cycle=session.cycle, carried_from=line.id))
    carried: dict[str, Challenge] = {}
    for pid in proposals:
        old, proposal = open_proposals[pid]
        target = carried.setdefault(old.id, Challenge(
            id=old.id if old.group != OWN else session.new_id("ch"), group=old.group,
            name=old.name, applies="yes"))
        target.proposals.append(Proposal(id=session.new_id("pr"), text=proposal.text,
                                         review_date=proposal.review_date,
                                         carried_from=proposal.id))
    session.organisation = sorted(carried.values(), key=challenge_order)
    session.rounds_completed = session.round
    session.round += 1
    return session.cycle
