"""Issue 14, the model: every step hands its results to the next, and says no clearly.

Steps 1.3–1.6 (arguments, the principles list, the visit), the plenum per initiative (3.3),
the appointments (3.4), the phase 4 plan that starts from them, the visit guide and the
lenses' names."""

from __future__ import annotations

import pytest
from model_helpers import apply

from hefboom_tui.model.cycle import initiative_type, way_of_working
from hefboom_tui.model.errors import ActionError, ValidationError
from hefboom_tui.model.guide import ATTENTION, CONDITIONS, EXAMPLE_NEEDS, visit_guide
from hefboom_tui.model.plan import appointment_id, plan_lines
from hefboom_tui.model.plenum import principles_list
from hefboom_tui.model.session import Session
from hefboom_tui.model.validate import parse_time
from hefboom_tui.store.catalog import new_session


def team_session() -> tuple[Session, list[str]]:
    """A session with a team, duos, a deal and three initiatives."""
    session = new_session("stappen")
    for name in ("An", "Bo", "Cas", "Dirk"):
        apply(session, "add_participant", {"name": name})
    ids = [str(apply(session, "add_initiative", {"name": n}))
           for n in ("Moestuin", "Repair Café", "Voedselteam")]
    apply(session, "make_duos", {"seed": 1})
    apply(session, "deal", {"seed": 2})
    return session, ids


def engaged_session() -> tuple[Session, list[str]]:
    """Three initiatives: two engaged, one declined."""
    session, ids = team_session()
    for iid in ids:
        apply(session, "choose", {"id": iid, "chosen": True})
    apply(session, "decide", {"id": ids[0], "decision": "engage", "argument": "Sterk"})
    apply(session, "decide", {"id": ids[1], "decision": "engage", "argument": "Vraagt hulp"})
    apply(session, "decide", {"id": ids[2], "decision": "decline", "argument": "Loopt al",
                              "feedback": "Bedankt"})
    return session, ids


# -- steps 1.3 to 1.6 ----------------------------------------------------------------------------
def test_every_verdict_needs_an_argument_and_a_missing_one_names_the_field() -> None:
    session, _ = team_session()
    duo, card = session.duos[0].id, session.duos[0].cards[0]
    for verdict in ("relevant", "not_relevant"):
        with pytest.raises(ValidationError) as refused:
            apply(session, "judge", {"duo": duo, "card": card, "verdict": verdict})
        assert refused.value.field == "argument" and "argument" in str(refused.value)
    apply(session, "judge", {"duo": duo, "card": card, "verdict": "relevant",
                             "argument": "Herkenbaar"})
    apply(session, "judge", {"duo": duo, "card": card, "verdict": "not_relevant"})  # kept
    judged = next(j for j in session.judgements if j.card == card)
    assert (judged.verdict, judged.argument) == ("not_relevant", "Herkenbaar")
    apply(session, "judge", {"duo": duo, "card": card, "verdict": "undecided", "argument": ""})
    with pytest.raises(ValidationError):
        apply(session, "new_card", {"duo": duo, "principle": "S", "text": "Eigen kaart"})
    assert not [c for c in session.cards if c.origin != "deck"], "a refusal adds nothing"


def test_the_fiche_picks_its_principles_from_the_list() -> None:
    session, ids = team_session()
    duo = session.duos[0]
    for card in duo.cards[:3]:
        apply(session, "judge", {"duo": duo.id, "card": card, "verdict": "relevant",
                                 "argument": "ja"})
    apply(session, "plenum", {"card": duo.cards[0], "status": "accepted"})
    apply(session, "plenum", {"card": duo.cards[1], "status": "accepted"})
    on_list = [c.id for c in principles_list(session)]
    apply(session, "choose", {"id": ids[0], "chosen": True, "principles": on_list,
                              "principles_note": "vooral eigenaarschap"})
    assert session.initiative(ids[0]).choice.principles == on_list
    with pytest.raises(ValidationError) as refused:  # a card the plenum did not accept
        apply(session, "choose", {"id": ids[0], "chosen": True, "principles": [duo.cards[2]]})
    assert refused.value.field == "principles"
    apply(session, "choose", {"id": ids[0], "chosen": False})  # None keeps the picks
    assert session.initiative(ids[0]).choice.principles == on_list


def test_step_6_plans_the_visit_and_what_the_visitor_needs() -> None:
    session, ids = engaged_session()
    apply(session, "set_agreement", {"id": ids[0], "visitors": "An", "date": "3/12/2026",
                                     "time": "19u30", "time_needed": "2 uur",
                                     "visitor_needs": "Stiften"})
    agreement = session.initiative(ids[0]).agreement
    assert (agreement.date, agreement.time, agreement.visitor_needs) == (
        "2026-12-03", "19:30", "Stiften")
    assert not hasattr(agreement, "needs")  # schema 1's name is gone (the migration renames it)
    with pytest.raises(ValidationError) as refused:
        apply(session, "set_agreement", {"id": ids[0], "time": "25:00"})
    assert refused.value.field == "time"


@pytest.mark.parametrize("text,expected", [("14:30", "14:30"), ("9u", "09:00"),
                                           ("14u30", "14:30"), ("14.05", "14:05"),
                                           ("7", "07:00"), ("", "")])
def test_parse_time(text: str, expected: str) -> None:
    assert parse_time(text) == expected


def test_the_visit_keeps_flap_3_apart_from_the_visitors_needs() -> None:
    session, ids = engaged_session()
    apply(session, "set_agreement", {"id": ids[0], "visitor_needs": "Koffie meebrengen"})
    apply(session, "record_visit", {"id": ids[0], "needs": "Een ruimte\nGeld",
                                    "partners": "Het OCMW", "wants_support": "yes",
                                    "notes": "Ze willen zelf trekken"})
    item = session.initiative(ids[0])
    assert item.visit.needs == ["Een ruimte", "Geld"] and item.visit.partners == ["Het OCMW"]
    assert item.agreement.visitor_needs == "Koffie meebrengen" and item.visit.done


def test_the_visit_guide_holds_the_visit_and_the_method() -> None:
    session, ids = engaged_session()
    apply(session, "set_agreement", {"id": ids[0], "visitors": "An, Bo", "date": "2026-12-03",
                                     "time": "10:00", "visitor_needs": "Poster"})
    guide = visit_guide(session, ids[0])
    assert guide is not None
    assert (guide.code, guide.visitors, guide.date, guide.time, guide.visitor_needs) == (
        session.initiative(ids[0]).code, ("An", "Bo"), "2026-12-03", "10:00", "Poster")
    assert len(CONDITIONS) == 3 and len(ATTENTION) == 5 and len(EXAMPLE_NEEDS) == 6
    assert visit_guide(session, "i404") is None


# -- step 3.3: the plenum per initiative ---------------------------------------------------------
def test_plenum_answers_the_four_questions_with_this_initiatives_options() -> None:
    session, ids = engaged_session()
    own = str(apply(session, "add_option", {"initiative": ids[1], "text": "Hun eigen idee"}))
    with pytest.raises(ValidationError) as refused:  # another initiative's own option
        apply(session, "add_engagement", {"initiative": ids[0], "what": "x", "answer": "yes",
                                          "why": "y", "option": own})
    assert refused.value.field == "option"
    with pytest.raises(ValidationError) as refused:
        apply(session, "add_engagement", {"initiative": ids[0], "what": "x", "answer": "",
                                          "why": "y"})
    assert refused.value.field == "answer"
    with pytest.raises(ValidationError) as refused:
        apply(session, "add_engagement", {"initiative": ids[0], "what": "x", "answer": "no",
                                          "why": "  "})
    assert refused.value.field == "why_engagement" and "waarom" in str(refused.value)
    with pytest.raises(ActionError):  # declined: no engagements
        apply(session, "add_engagement", {"initiative": ids[2], "what": "x", "answer": "yes",
                                          "why": "y"})
    yes = apply(session, "add_engagement", {
        "initiative": ids[1], "what": "Keuken openstellen", "answer": "yes", "why": "Nood",
        "how": "Sleutelregeling", "steps": "Beheerder bellen", "who": "Cas", "option": own})
    apply(session, "add_engagement", {"initiative": ids[1], "what": "Zelf koken",
                                      "answer": "no", "why": "Dan nemen we het over"})
    found = session.engagement(str(yes))
    assert found is not None and (found.how, found.steps, found.cycle) == (
        "Sleutelregeling", "Beheerder bellen", 1)
    assert len(session.engagements) == 2, "a no with its argument is kept"


def test_closing_the_plenum_asks_whether_anything_is_missing() -> None:
    session, ids = engaged_session()
    with pytest.raises(ValidationError) as refused:
        apply(session, "close_plenum", {"id": ids[0], "missing_answer": ""})
    assert refused.value.field == "missing_answer"
    with pytest.raises(ValidationError) as refused:
        apply(session, "close_plenum", {"id": ids[0], "missing_answer": "yes"})
    assert refused.value.field == "missing"
    apply(session, "close_plenum", {"id": ids[0], "missing_answer": "yes",
                                    "missing": "Buren zonder internet"})
    decision = session.initiative(ids[0]).decision
    assert decision.plenum_done and decision.missing == "Buren zonder internet"
    apply(session, "decide", {"id": ids[0], "decision": "engage", "argument": "Nog steeds"})
    assert session.initiative(ids[0]).decision.plenum_done, "deciding again keeps the plenum"


# -- step 3.4 and phase 4 ------------------------------------------------------------------------
def test_appointments_for_engaged_and_declined_initiatives() -> None:
    session, ids = engaged_session()
    apply(session, "set_appointment", {
        "id": ids[0], "who": "An, Bo", "whom": "Sara", "date": "12/1/2027", "time": "19:30",
        "time_needed": "1 uur", "still_needed": "Cijfers", "act_together": "Zij trekken",
        "report_back": "Maandelijks"})
    a = session.initiative(ids[0]).appointment
    assert (a.whom, a.date, a.time, a.still_needed, a.act_together, a.report_back) == (
        "Sara", "2027-01-12", "19:30", "Cijfers", "Zij trekken", "Maandelijks")
    apply(session, "set_appointment", {"id": ids[2], "who": "Cas", "date": "2026-12-20",
                                       "act_together": "(not for a no)", "done": True})
    feedback = session.initiative(ids[2]).appointment
    assert feedback.done and feedback.act_together == "" and feedback.who == [
        session.participants[2].id]
    undecided = str(apply(session, "add_initiative", {"name": "Nog open"}))
    with pytest.raises(ActionError, match="beslis"):
        apply(session, "set_appointment", {"id": undecided})


def test_phase_4_plan_starts_from_phase_3_without_retyping() -> None:
    session, ids = engaged_session()
    eid = str(apply(session, "add_engagement", {"initiative": ids[0], "what": "Subsidie",
                                                "answer": "yes", "why": "Gevraagd",
                                                "who": "An", "by_when": "2027-01-31"}))
    apply(session, "add_engagement", {"initiative": ids[0], "what": "Overnemen",
                                      "answer": "no", "why": "Niet van ons"})
    apply(session, "set_appointment", {"id": ids[0], "who": "Bo", "whom": "Sara",
                                       "date": "2027-01-12"})
    lines = plan_lines(session, ids[0])
    assert [(x.source, x.what) for x in lines] == [("appointment", "Sara"),
                                                   ("engagement", "Subsidie")]
    assert lines[1].id == eid and lines[1].when == "2027-01-31"
    # actions carried by the team, the initiative itself, or a named partner
    apply(session, "add_plan_action", {"initiative": ids[0], "what": "Vrijwilligers zoeken",
                                       "owner": "initiative", "who": "An"})
    with pytest.raises(ValidationError) as refused:
        apply(session, "add_plan_action", {"initiative": ids[0], "what": "Opleiding",
                                           "owner": "partner"})
    assert refused.value.field == "partner"
    apply(session, "add_plan_action", {"initiative": ids[0], "what": "Opleiding",
                                       "owner": "partner", "partner": "Rode Kruis"})
    owners = [(x.owner, x.who, x.partner) for x in plan_lines(session, ids[0])[2:]]
    assert owners == [("initiative", (), ""), ("partner", (), "Rode Kruis")]
    # one status for every kind of line
    apply(session, "set_plan_status", {"id": eid, "status": "doing"})
    apply(session, "set_plan_status", {"id": appointment_id(ids[0]), "status": "done"})
    assert session.engagement(eid).status == "doing"
    assert session.initiative(ids[0]).appointment.done
    apply(session, "set_cooperation", {"id": ids[0], "strategy": "Zij beslissen",
                                       "communication": "Voortgangsrapport aan de stad"})
    assert session.initiative(ids[0]).cooperation.communication.startswith("Voortgang")
    with pytest.raises(ActionError):
        apply(session, "set_cooperation", {"id": ids[2], "strategy": "x"})


def test_removing_a_participant_clears_them_from_appointments() -> None:
    session, ids = engaged_session()
    apply(session, "set_appointment", {"id": ids[0], "who": "An, Bo"})
    apply(session, "remove_participant", {"id": session.participants[0].id})
    assert len(session.initiative(ids[0]).appointment.who) == 1


# -- the lenses ----------------------------------------------------------------------------------
@pytest.mark.parametrize("internal,external,kind", [
    ("close", "interwoven", "federative"), ("close", "floating", "cooperative"),
    ("loose", "interwoven", "networking"), ("loose", "floating", "light"), ("", "floating", "")])
def test_the_contact_typology_names_its_types(internal: str, external: str, kind: str) -> None:
    from hefboom_tui.model.cycle import Lenses

    lenses = Lenses(internal=internal, external=external)
    assert initiative_type(lenses) == kind
    assert way_of_working(Lenses("low", "low")) == "step_back"
