"""Stress data for benchmarks: big sessions built through the real action path."""

from __future__ import annotations

import random

from hefboom_tui.model import actions
from hefboom_tui.model.entities import Card, SupportOption
from hefboom_tui.model.session import Session
from hefboom_tui.store.catalog import new_session

WORDS = ("buurt moestuin koken samen fiets repair leesclub jongeren senioren park straat feest "
         "huiswerk zorg groen delen auto wijk café muziek sport natuur buren taal").split()


def stress_session(initiatives: int = 200, participants: int = 41, cards: int = 120,
                   options: int = 60, chosen: int = 15, seed: int = 1) -> Session:
    """A session of the given size, with duos, a deal, marks and chosen initiatives."""
    rng = random.Random(seed)
    session = new_session("stress")
    session.code_seed = seed
    principles = [p.id for p in session.principles]
    session.cards = [Card(id=f"k{n}", principle=principles[n % len(principles)],
                          text=" ".join(rng.choice(WORDS) for _ in range(12)))
                     for n in range(1, cards + 1)]
    kinds = ("principle", "attitude", "tip")
    session.support_options = [SupportOption(id=f"o{n}", kind=kinds[n % 3],
                                             text=" ".join(rng.choice(WORDS) for _ in range(10)))
                               for n in range(1, options + 1)]
    for n in range(participants):
        actions.add_participant(session, name=f"Deelnemer {n}")
    rows = [{"name": f"Initiatief {n} {rng.choice(WORDS)}",
             "description": " ".join(rng.choice(WORDS) for _ in range(30)),
             "theme": rng.choice(WORDS), "contact": f"Contact {n}"} for n in range(initiatives)]
    actions.import_initiatives(session, rows=rows)
    actions.make_duos(session, seed=seed)
    actions.deal(session, seed=seed)
    for duo in session.duos:
        for item in rng.sample(session.initiatives, min(10, initiatives)):
            actions.toggle_strong(session, duo=duo.id, initiative=item.id)
    for item in session.initiatives[:chosen]:
        actions.choose(session, id=item.id, chosen=True, why="sterk")
    for item in session.initiatives[:chosen]:
        actions.decide(session, id=item.id, decision="engage", argument="ja")
        for n in range(3):
            actions.add_engagement(session, initiative=item.id, what=f"Engagement {n} {item.name}",
                                   answer="yes", why="gevraagd")
            actions.add_plan_action(session, initiative=item.id, what=f"Actie {n} {item.name}")
    return session


def judge_all(session: Session) -> Session:
    """Every dealt card judged with an argument, relevant and not relevant in turn (the key
    benchmark's session): the duos' R then judges at once, as it does once a duo has argued,
    instead of opening the argument form, and the plenum of step 1.3 has its cards."""
    verdicts = ("relevant", "not_relevant")
    for duo in session.duos:
        for n, card in enumerate(duo.cards):
            actions.judge(session, duo=duo.id, card=card, verdict=verdicts[n % 2],
                          argument=f"Argument van {duo.id} over {card}")
    return session
