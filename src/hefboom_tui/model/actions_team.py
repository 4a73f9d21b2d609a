"""Actions on the team and on steps 3–4: participants, duos, the deal, judging, plenum, marks."""

from __future__ import annotations

from hefboom_tui.model.deal import deal_cards, pair_key
from hefboom_tui.model.deal import make_duos as form_duos
from hefboom_tui.model.duos import Duo, Judgement, ListEntry, StrongMark
from hefboom_tui.model.entities import JUDGEMENTS, Card, Participant
from hefboom_tui.model.errors import ActionError, ValidationError
from hefboom_tui.model.session import Session
from hefboom_tui.model.validate import CARD_TEXT_MAX, clean_name, clean_text, same_name

LIST_STATUSES = ("proposed", "accepted", "dropped", "merged")


def _person(session: Session, pid: str) -> Participant:
    person = session.participant(pid)
    if person is None:
        raise ActionError("error.no_participant", id=pid)
    return person


def _duo(session: Session, did: str) -> Duo:
    duo = session.duo(did)
    if duo is None:
        raise ActionError("error.no_duo", id=did)
    return duo


def add_participant(session: Session, *, name: str, present: bool = True) -> str:
    """Add a team member; return the new id."""
    clean = clean_name(name)
    if any(same_name(p.name, clean) for p in session.participants):
        raise ValidationError("name", "error.duplicate_participant", name=clean)
    person = Participant(id=session.new_id("p"), name=clean, present=bool(present))
    session.participants.append(person)
    return person.id


def rename_participant(session: Session, *, id: str, name: str) -> None:
    """Give a team member another name."""
    person = _person(session, id)
    clean = clean_name(name)
    if any(p.id != id and same_name(p.name, clean) for p in session.participants):
        raise ValidationError("name", "error.duplicate_participant", name=clean)
    person.name = clean


def remove_participant(session: Session, *, id: str) -> str:
    """Remove a team member. Their duo keeps its cards; return a notice for the facilitator."""
    person = _person(session, id)
    session.participants.remove(person)
    for initiative in session.initiatives:
        if id in initiative.agreement.visitors:
            initiative.agreement.visitors.remove(id)
    for who in [e.who for e in session.engagements] + [a.who for a in session.plan] + [
            i.visit.visitors for i in session.initiatives] + [
            i.appointment.who for i in session.initiatives]:
        if id in who:
            who.remove(id)
    session.rotation.rounds = [[v for v in visits if v[0] != id]
                               for visits in session.rotation.rounds]
    for duo in session.duos:
        if id in duo.members:
            duo.members.remove(id)
            return "notice.removed_from_duo"
    return ""


def set_present(session: Session, *, id: str, present: bool) -> None:
    """Mark a team member present or absent (only present people are paired)."""
    _person(session, id).present = bool(present)


def make_duos(session: Session, *, seed: int, avoid_past: bool = False) -> int:
    """Pair the present people (one trio if odd); the old duos' pairs are remembered."""
    people = [p.id for p in session.present()]
    if len(people) < 2:
        raise ActionError("error.too_few_present", n=len(people))
    avoid = {pair_key(*pair) for pair in session.past_pairs} if avoid_past else None
    groups = form_duos(people, seed, avoid)
    _remember_pairs(session)
    session.duos = [Duo(id=f"d{n}", members=g) for n, g in enumerate(groups, 1)]
    session.pair_seed = seed
    session.deal_seed = None
    session.judgements = []
    session.strong_marks = []
    return len(groups)


def _remember_pairs(session: Session) -> None:
    # pairs with someone who left the team can never be formed again: forget them, so the
    # list follows the team instead of growing with every change of it
    team = {p.id for p in session.participants}
    session.past_pairs = [p for p in session.past_pairs if set(p) <= team]
    known = {pair_key(*p) for p in session.past_pairs}
    for duo in session.duos:
        for i, a in enumerate(duo.members):
            for b in duo.members[i + 1 :]:
                if pair_key(a, b) not in known:
                    known.add(pair_key(a, b))
                    session.past_pairs.append(sorted((a, b)))


def swap_members(session: Session, *, a: str, b: str) -> None:
    """Swap two people between their duos."""
    da = next((d for d in session.duos if a in d.members), None)
    db = next((d for d in session.duos if b in d.members), None)
    if da is None or db is None:
        raise ActionError("error.not_in_duo")
    if da is db:
        return
    da.members[da.members.index(a)] = b
    db.members[db.members.index(b)] = a


def deal(session: Session, *, seed: int) -> dict[str, int]:
    """Deal every deck card over the duos; return the principles that ran short."""
    if not session.duos:
        raise ActionError("error.no_duos")
    deck = [(c.id, c.principle) for c in session.cards if c.origin == "deck"]
    result = deal_cards(deck, len(session.duos), seed, [p.id for p in session.principles])
    for duo, hand in zip(session.duos, result.hands, strict=True):
        duo.cards = hand
    session.cards = [c for c in session.cards if c.origin == "deck"]
    kept = {c.id for c in session.cards}
    for item in session.initiatives:  # a duo's own card is gone with the old deal
        item.choice.principles = [c for c in item.choice.principles if c in kept]
    session.deal_seed = seed
    session.judgements = [Judgement(duo=d.id, card=c) for d in session.duos for c in d.cards]
    session.principles_list = []
    return result.short


def _judgement(session: Session, duo: str, card: str) -> Judgement:
    found = next((j for j in session.judgements if j.duo == duo and j.card == card), None)
    if found is None:
        raise ActionError("error.card_not_dealt", card=card, duo=duo)
    return found


def judge(session: Session, *,
          duo: str, card: str, verdict: str, argument: str | None = None) -> None:
    """Step 3: a duo calls one of its cards relevant, not relevant or undecided. The method
    asks every duo to argue its choice: relevant and not relevant need an argument (the one
    given, or the one the card already has; None keeps it)."""
    if verdict not in JUDGEMENTS:
        raise ValidationError("verdict", "error.choose_one", options=", ".join(JUDGEMENTS))
    found = _judgement(session, duo, card)
    text = found.argument if argument is None else clean_text(argument, "argument", limit=1000)
    if verdict != "undecided" and not text:
        raise ValidationError("argument", "error.argument_required")
    found.verdict = verdict
    found.argument = text


def new_card(session: Session, *, duo: str, principle: str, text: str, argument: str = "") -> str:
    """Step 3: a duo writes a card of its own, with its argument; it counts as relevant for
    that duo."""
    owner = _duo(session, duo)
    if session.principle(principle) is None:
        raise ValidationError("principle", "error.no_principle", id=principle)
    clean = clean_text(text, "text", limit=CARD_TEXT_MAX, required=True)
    reason = clean_text(argument, "argument", limit=1000)
    if not reason:
        raise ValidationError("argument", "error.argument_required")
    card = Card(id=session.new_id("c"), principle=principle, text=clean, origin=f"duo:{owner.id}")
    session.cards.append(card)
    owner.cards.append(card.id)
    session.judgements.append(Judgement(owner.id, card.id, "relevant", reason))
    return card.id


def plenum(session: Session, *, card: str, status: str, merged_into: str = "") -> None:
    """Step 3 plenum: accept, drop or merge a card on the principles list."""
    if status not in LIST_STATUSES:
        raise ValidationError("status", "error.choose_one", options=", ".join(LIST_STATUSES))
    if session.card(card) is None:
        raise ActionError("error.no_card", id=card)
    if status == "merged" and (merged_into == card or session.card(merged_into) is None):
        raise ActionError("error.bad_merge")
    if status == "merged" and any(e.card == merged_into and e.status == "dropped"
                                  for e in session.principles_list):
        raise ValidationError("merged_into", "error.merge_into_struck")
    entry = next((e for e in session.principles_list if e.card == card), None)
    if entry is None:
        entry = ListEntry(card=card)
        session.principles_list.append(entry)
    entry.status = status
    entry.merged_into = merged_into if status == "merged" else ""


def toggle_strong(session: Session, *, duo: str, initiative: str) -> bool:
    """Step 4: a duo marks (or unmarks) an initiative as strong; return the new state."""
    _duo(session, duo)
    if session.initiative(initiative) is None:
        raise ActionError("error.no_initiative", id=initiative)
    for mark in session.strong_marks:
        if mark.duo == duo and mark.initiative == initiative:
            session.strong_marks.remove(mark)
            return False
    session.strong_marks.append(StrongMark(duo, initiative))
    return True
