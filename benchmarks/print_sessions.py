"""A realistic session to print: 30 initiatives with the texts a team really writes (fiches of
a few hundred characters, arguments, visit notes, engagements, a plan, the organisation),
built through the real actions. The benchmark measures its pack per page against a bare page.
"""

from __future__ import annotations

import inspect
import random
from collections.abc import Callable
from typing import Any

from hefboom_tui.model import actions
from hefboom_tui.model.session import Session
from hefboom_tui.store.catalog import new_session

SENTENCES = """Bewoners komen elke week samen in het buurthuis om te koken en te eten.
Het initiatief ontstond toen twee buren merkten dat veel ouderen alleen thuis zaten.
Ze zoeken een vaste plek en iemand die helpt met de aanvraag bij de stad.
De kern bestaat uit zes vrijwilligers, maar er komen wisselend twintig tot dertig mensen.
Het loopt goed zolang de trekkers er tijd voor hebben; na de zomer wordt dat moeilijk.
Ze willen geen vzw worden, maar hebben wel een verzekering nodig voor hun activiteiten.
Jongeren uit de wijk helpen mee met het opbouwen en afbreken van de tafels.
De school stelt haar speelplaats open op zaterdag; daar wordt nu een moestuin aangelegd.
Er is een groepschat met tweehonderd leden waar vraag en aanbod samenkomen.
Wat ontbreekt is contact met de diensten van de stad en met andere initiatieven.
Ze vragen vooral erkenning en een klein budget voor materiaal en verzekering.
Nieuwkomers vinden er hun weg naar de buurt en oefenen er Nederlands.""".splitlines()


def prose(rng: random.Random, low: int, high: int) -> str:
    """Sentences until the text is between ``low`` and ``high`` characters long."""
    text = ""
    target = rng.randint(low, high)
    while len(text) < target:
        text += rng.choice(SENTENCES) + " "
    return text.strip()[:high]


def realistic_session(seed: int = 7) -> Session:
    """30 initiatives, 12 people, a dealt deck, 8 chosen, 6 visited and engaged."""
    rng = random.Random(seed)
    session = new_session("Wijkwerking Sint-Amandsberg, voorjaar")
    session.code_seed = seed

    def do(fn: Callable[..., Any], **params: Any) -> Any:
        accepted = inspect.signature(fn).parameters
        return fn(session, **{k: v for k, v in params.items() if k in accepted})

    people = [do(actions.add_participant, name=name) for name in (
        "Annelies Peeters", "Bram De Smet", "Céline Dubois", "Dries Vermeulen", "Elif Yılmaz",
        "Fatima El Amrani", "Geert Janssens", "Hanne Claes", "Jonas Maes", "Karim Benali",
        "Lotte Willems", "Mehmet Kaya")]
    themes = ("natuur", "solidariteit", "leefbaarheid", "sport", "cultuur", "zorg")
    items = [do(actions.add_initiative, name=f"{word} {n + 1}", description=prose(rng, 300, 900),
                contact=f"{rng.choice(['Mieke', 'Jef', 'Sara', 'Koen'])} 0477 12 34 {n:02d}",
                theme=rng.choice(themes), scope="local", mode="physical",
                size=f"{rng.randint(5, 80)} deelnemers", origin=prose(rng, 100, 400),
                added_by=rng.choice(["Annelies", "Bram", "Elif"]))
             for n, word in enumerate(["Buurtmoestuin", "Repair Café", "Voedselteam",
                                       "Straatfeest", "Huiswerkklas", "Leesclub"] * 5)]
    do(actions.make_duos, seed=seed)
    do(actions.deal, seed=seed)
    for duo in session.duos:
        for item in rng.sample(items, 8):
            do(actions.toggle_strong, duo=duo.id, initiative=item)
    for duo in session.duos:
        for card in duo.cards[:2]:
            do(actions.judge, duo=duo.id, card=card, verdict="relevant",
               argument=prose(rng, 60, 200))
            do(actions.plenum, card=card, status="accepted")
    listed = [e.card for e in session.principles_list]
    for item in items[:8]:
        do(actions.choose, id=item, chosen=True, why=prose(rng, 200, 600),
           principles=rng.sample(listed, 2), principles_note=prose(rng, 60, 200),
           doubts=prose(rng, 100, 300))
        do(actions.set_agreement, id=item, visitors=people[:2], date="2027-02-10",
           time_needed="anderhalf uur", visitor_needs=prose(rng, 60, 200))
    for item in items[:6]:
        do(actions.record_visit, id=item, visitors=people[2:4], date="2027-02-20",
           now=[prose(rng, 60, 160) for _ in range(rng.randint(5, 8))],
           future=[prose(rng, 60, 160) for _ in range(rng.randint(4, 7))],
           needs=[prose(rng, 60, 160) for _ in range(rng.randint(4, 7))],
           partners=[prose(rng, 30, 80) for _ in range(3)], wants_support="yes",
           notes=prose(rng, 100, 300))
        do(actions.decide, id=item, decision="engage", argument=prose(rng, 100, 400),
           innovation=prose(rng, 100, 300), mission=prose(rng, 100, 300))
        for option in rng.sample(session.support_options, 10):
            do(actions.set_stickers, initiative=item, option=option.id, colour="green",
               count=rng.randint(0, 9))
        for n in range(3):
            do(actions.add_engagement, initiative=item, what=prose(rng, 40, 120), answer="yes",
               why=prose(rng, 50, 200), how=prose(rng, 50, 200), steps=prose(rng, 50, 200),
               who=people[n:n + 2], by_when="2027-04-01")
            do(actions.add_plan_action, initiative=item, what=prose(rng, 40, 160),
               who=people[n:n + 1], by_when="2027-05-01")
    for item in items[6:8]:
        do(actions.decide, id=item, decision="decline", argument=prose(rng, 100, 300),
           feedback=prose(rng, 100, 300))
    for group in ("planning", "coaching", "communication"):
        do(actions.set_challenge, group=group, applies="yes", examples=prose(rng, 200, 500),
           proposals=prose(rng, 100, 300), review_date="2027-06-01")
    return session
