"""Issue 14, phase 5 as the fiche and cycles that keep their history (the model)."""

from __future__ import annotations

import copy

import pytest
from model_helpers import apply

from hefboom_tui.model.errors import ActionError, ValidationError
from hefboom_tui.model.organisation import (
    CHALLENGE_GROUPS,
    EVALUATION_QUESTIONS,
    GUIDING_QUESTIONS,
    TIPS,
)
from hefboom_tui.model.plan import plan_lines, unfinished
from hefboom_tui.model.session import Session
from hefboom_tui.store.catalog import new_session


def cycle_session() -> tuple[Session, list[str]]:
    """A session in phase 4: one engaged initiative with an engagement and two actions."""
    session = new_session("cycli")
    apply(session, "add_participant", {"name": "An"})
    ids = [str(apply(session, "add_initiative", {"name": n})) for n in ("Moestuin", "Café")]
    apply(session, "choose", {"id": ids[0], "chosen": True})
    apply(session, "decide", {"id": ids[0], "decision": "engage", "argument": "Ja"})
    apply(session, "add_engagement", {"initiative": ids[0], "what": "Subsidie", "answer": "yes",
                                      "why": "Gevraagd", "by_when": "2027-01-31"})
    done = apply(session, "add_plan_action", {"initiative": ids[0], "what": "Bellen"})
    apply(session, "set_plan_status", {"id": str(done), "status": "done"})
    apply(session, "add_plan_action", {"initiative": ids[0], "what": "Folder maken",
                                       "owner": "initiative", "by_when": "2027-02-01"})
    return session, ids


def test_the_fiche_has_the_methods_groups_questions_and_tips() -> None:
    assert CHALLENGE_GROUPS[:5] == ("planning", "coaching", "leadership", "communication",
                                    "support")
    assert GUIDING_QUESTIONS["planning"] == ("vision", "strategy", "reporting", "budget")
    assert GUIDING_QUESTIONS["coaching"] == ("coaching", "skills", "knowledge", "white_time")
    assert len(TIPS) == 4 and len(EVALUATION_QUESTIONS) == 5


def test_challenges_own_challenges_proposals_and_their_review() -> None:
    session, _ = cycle_session()
    assert apply(session, "set_challenge", {"group": "planning", "applies": "yes",
                                            "examples": "Geen buffer"}) == "planning"
    with pytest.raises(ValidationError) as refused:  # an own challenge needs its name
        apply(session, "set_challenge", {"group": "other", "examples": "x"})
    assert refused.value.field == "challenge_name"
    first = str(apply(session, "set_challenge", {"group": "other", "name": "Vrijwilligers"}))
    second = str(apply(session, "set_challenge", {"group": "other", "name": "Huisvesting"}))
    assert first != second and len(session.organisation) == 3  # any number of own ones
    pid = str(apply(session, "add_proposal", {"challenge": first, "text": "Een feest",
                                              "review_date": "1/6/2027"}))
    assert session.challenge(first).applies == "yes"  # a proposal means it applies
    apply(session, "edit_proposal", {"id": pid, "text": "Een feest", "review_date": "2027-06-01",
                                     "review_result": "Goed onthaald"})
    proposal = session.challenge(first).proposals[0]
    assert proposal.reviewed and proposal.review_result == "Goed onthaald"
    with pytest.raises(ValidationError):
        apply(session, "add_proposal", {"challenge": first, "text": "  "})
    with pytest.raises(ActionError):
        apply(session, "add_proposal", {"challenge": "ch404", "text": "x"})
    apply(session, "delete_challenge", {"id": second})
    assert [c.name for c in session.organisation if c.group == "other"] == ["Vrijwilligers"]


def test_a_new_cycle_keeps_the_old_record_and_carries_what_is_picked() -> None:
    session, ids = cycle_session()
    apply(session, "set_challenge", {"group": "leadership", "applies": "yes"})
    open_pid = str(apply(session, "add_proposal", {"challenge": "leadership",
                                                   "text": "Eigen budget",
                                                   "review_date": "2027-03-01"}))
    closed_pid = str(apply(session, "add_proposal", {"challenge": "leadership",
                                                     "text": "Intervisie"}))
    apply(session, "edit_proposal", {"id": closed_pid, "text": "Intervisie",
                                     "review_result": "Loopt"})
    offered = {line.what: line.id for line in unfinished(session)}
    assert set(offered) == {"Subsidie", "Folder maken"}  # done actions are not offered
    before = copy.deepcopy(session.organisation)
    with pytest.raises(ValidationError) as refused:  # a reviewed proposal does not carry
        apply(session, "new_cycle", {"carry_proposals": [closed_pid]})
    assert refused.value.field == "carry_proposals" and session.cycle == 1
    number = apply(session, "new_cycle", {
        "closed": "30/6/2027", "steps_taken": "Twee bezoeken", "results": "Een subsidie",
        "obstacles": "Weinig tijd", "cooperation": "Goed", "next_actions": "Verder",
        "carry_actions": [offered["Subsidie"]], "carry_proposals": [open_pid]})
    assert number == 2 and session.cycle == 2 and session.round == 2
    record = session.cycles[0]
    assert record.number == 1 and record.closed == "2027-06-30"
    assert record.evaluation.obstacles == "Weinig tijd" and record.organisation == before
    assert record.carried_actions == [offered["Subsidie"]]
    # the carried engagement is an action of cycle 2 that remembers where it came from
    lines = plan_lines(session)
    assert [(x.what, x.source, x.carried_from) for x in lines] == [
        ("Subsidie", "action", offered["Subsidie"])]
    assert [x.what for x in plan_lines(session, cycle=1)] == ["Subsidie", "Bellen",
                                                              "Folder maken"]
    carried = session.organisation[0].proposals[0]
    assert (carried.text, carried.carried_from, carried.review_date) == (
        "Eigen budget", open_pid, "2027-03-01")
    # filling cycle 2 leaves cycle 1's record as it was
    apply(session, "set_challenge", {"group": "leadership", "applies": "no", "examples": "x"})
    apply(session, "edit_proposal", {"id": carried.id, "text": "Ander budget",
                                     "review_result": "Te vroeg"})
    apply(session, "set_challenge", {"group": "other", "name": "Nieuw"})
    assert session.cycles[0].organisation == before
    # cycle 1's lines are history: their status no longer changes
    with pytest.raises(ActionError, match="cyclus 1"):
        apply(session, "set_plan_status", {"id": offered["Folder maken"], "status": "done"})
    assert ids  # the initiatives themselves stay


def test_a_second_new_cycle_adds_a_second_record() -> None:
    session, _ = cycle_session()
    apply(session, "new_cycle", {})
    apply(session, "new_cycle", {"steps_taken": "Rustig jaar"})
    assert [r.number for r in session.cycles] == [1, 2] and session.cycle == 3
    assert session.cycles[1].evaluation.steps_taken == "Rustig jaar"
