"""The built-in demo session: a rich, realistic workshop to explore every screen.

``hefboom demo`` calls :func:`ensure_demo`: the demo file is written only when it is missing
or was written by another version of the demo (a stamp beside it says which); otherwise the
facilitator's own changes to it stay. :func:`write_demo` writes it afresh (``--reset``).
Building the demo needs the deck parser and every action: they are imported only then.
"""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from hefboom_tui.i18n import t
from hefboom_tui.store.errors import StoreError
from hefboom_tui.store.paths import session_path

if TYPE_CHECKING:
    from hefboom_tui.model.actions import Action
    from hefboom_tui.model.session import Session

DEMO_NAME = "demo"
STAMP = ".demo-version"
"""The file beside the sessions that names the version of the demo last written there."""
P = ParamSpec("P")
R = TypeVar("R")

PEOPLE = ["Annelies", "Bram", "Céline", "Dries", "Elif", "Fatima", "Geert", "Hanne", "Jonas"]

INITIATIVES = [
    ("Buurtmoestuin De Kiem", "Bewoners kweken samen groenten op een braakliggend perceel.",
     "Mieke Peeters", "natuur", "local", "physical", "25 leden", "Een buurvrouw zag het lege stuk grond."),
    ("Repair Café Sint-Amands", "Elke maand herstellen vrijwilligers kapotte toestellen.",
     "Jef De Smet", "duurzaamheid", "local", "physical", "12 vrijwilligers", "Na een reportage op tv."),
    ("Voedselteam Hoogstraat", "Buren kopen samen lokaal voedsel aan bij boeren uit de streek.",
     "Sara El Amrani", "solidariteit", "local", "physical", "40 gezinnen", "Prijsstijgingen in de winkel."),
    ("Straatfeest Kerkwegel", "Jaarlijks feest waar de hele straat aan meewerkt.",
     "Koen", "leefbaarheid", "local", "physical", "60 bewoners", "Nieuwe buren wilden elkaar leren kennen."),
    ("Huiswerkklas Ons Huis", "Studenten helpen kinderen na school met hun huiswerk.",
     "Yasmina", "persoonlijke groei", "local", "physical", "15 studenten", "Een leerkracht sprak ouders aan."),
    ("Zwerfvuilbrigade Leiedal", "Wandelaars ruimen elke zondag zwerfvuil op langs de Leie.",
     "Tom Vermeulen", "natuur", "wider", "physical", "30 deelnemers", "Ergernis over afval na een festival."),
    ("Samen Koken Wereldkeuken", "Nieuwkomers en buren koken en eten samen, elke week een ander land.",
     "Ayşe Yılmaz", "multiculturaliteit", "local", "physical", "20 koks", "Een vluchteling wilde iets teruggeven."),
    ("Deelauto Molenwijk", "Buren delen drie auto's via een eenvoudige planning.",
     "Pieter-Jan", "duurzaamheid", "local", "both", "18 gezinnen", "Parkeerdruk en hoge kosten."),
    ("Petanqueclub Zonnewende", "Wekelijks petanque voor senioren in het park.",
     "Georgette", "sport", "local", "physical", "25 spelers", "Een oud-voetballer zocht beweging."),
    ("Buurthulp WhatsApp Noord", "Een chatgroep waar buren hulp vragen en aanbieden.",
     "Nadia", "solidariteit", "local", "online", "300 leden", "Ontstaan tijdens de coronacrisis."),
    ("Fietsatelier Trapkracht", "Jongeren leren fietsen herstellen en krijgen er een fiets voor.",
     "Mohamed", "persoonlijke groei", "wider", "physical", "10 jongeren", "Een jeugdwerker zag veel kapotte fietsen."),
    ("Leesclub Café Cœur", "Maandelijkse leesclub in het buurtcafé, open voor iedereen.",
     "Inès Dubois", "persoonlijke groei", "local", "physical", "14 lezers", "De cafébazin mist gesprekken over boeken."),
]


def build_demo() -> Session:
    """The demo session, built through the same actions the app uses."""
    from hefboom_tui.model import actions
    from hefboom_tui.store.catalog import new_session

    session = new_session(DEMO_NAME)
    session.code_seed = 20261125

    def do(action: Action[P, R], /, *args: P.args, **params: P.kwargs) -> R:
        return action(session, *args, **params)

    for person in PEOPLE:
        do(actions.add_participant, name=person, present=person != "Jonas")
    ids = []
    for n, (name, desc, contact, theme, scope, mode, size, origin) in enumerate(INITIATIVES):
        ids.append(str(do(actions.add_initiative, name=name, description=desc, contact=contact,
                          theme=theme, scope=scope, mode=mode, size=size, origin=origin,
                          added_by=PEOPLE[n % len(PEOPLE)])))
    for iid in ids[:9]:
        do(actions.set_presented, id=iid)
    do(actions.make_duos, seed=7)
    do(actions.deal, seed=11)
    verdicts = ("relevant", "not_relevant", "undecided", "relevant")
    reasons = {"relevant": "Dit zien we in onze buurt elke dag.",
               "not_relevant": "Zegt meer over ons dan over de bewoners.", "undecided": ""}
    for d_index, duo in enumerate(session.duos):
        for c_index, card in enumerate(list(duo.cards)[:5]):
            verdict = verdicts[(c_index + d_index) % len(verdicts)]
            do(actions.judge, duo=duo.id, card=card, verdict=verdict, argument=reasons[verdict])
    do(actions.new_card, duo=session.duos[0].id, principle="S",
       text="Een initiatief dat mensen uit verschillende generaties samenbrengt, is extra waardevol.",
       argument="Onze wijk vergrijst.")
    for j in [j for j in session.judgements if j.verdict == "relevant"][:6]:
        do(actions.plenum, card=j.card, status="accepted")
    accepted = [e.card for e in session.principles_list if e.status == "accepted"]
    for d_index, duo in enumerate(session.duos):
        for iid in ids[d_index % 3 :: 3][:4]:
            do(actions.toggle_strong, duo=duo.id, initiative=iid)
        do(actions.toggle_strong, duo=duo.id, initiative=ids[2])
    do(actions.choose, id=ids[2], chosen=True, why="Sterk eigenaarschap en een duidelijke nood.",
       principles=accepted[:2], principles_note="Eigenaarschap, Noodzaak en passie",
       doubts="Draagt één trekker alles?")
    do(actions.choose, id=ids[6], chosen=True, why="Brengt nieuwkomers en buren samen.",
       principles=accepted[2:3], principles_note="Samen", doubts="")
    do(actions.choose, id=ids[0], chosen=True, why="Groene plek die de buurt samenbrengt.",
       principles=accepted[2:4], principles_note="", doubts="")
    # step 1.6: every chosen initiative gets visitors and a date (all three are visited in phase 2)
    do(actions.set_agreement, id=ids[2], visitors="Annelies, Bram", date="2026-12-03",
       time="19:30", time_needed="2 uur", visitor_needs="Poster en stiften")
    do(actions.set_agreement, id=ids[6], visitors="Elif", date="2026-12-05", time="10:00",
       time_needed="1,5 uur", visitor_needs="Iemand die Turks spreekt")
    do(actions.set_agreement, id=ids[0], visitors="Céline", date="2026-12-04", time="16:00",
       time_needed="1 uur", visitor_needs="Laarzen: we lopen door de tuin")
    # phase 2: what the visits brought back (flap 3 is what the citizens themselves named)
    do(actions.record_visit, id=ids[2], visitors="Annelies, Bram", date="2026-12-03",
       now="40 gezinnen bestellen elke week\nVerdeling in een garage\nDrie vaste trekkers",
       future="Een eigen ruimte met koelcel\nOok bestellen voor buren zonder internet\nOver tien jaar in elke wijk een voedselteam",
       needs="Hulp bij een subsidieaanvraag\nMeer vrijwilligers voor de verdeling",
       partners="Het OCMW\nDe boerenbond", wants_support="yes",
       notes="Ze vragen uitdrukkelijk om mee te denken, niet om het over te nemen.")
    do(actions.record_visit, id=ids[6], visitors="Elif", date="2026-12-05",
       now="Elke woensdag koken 20 mensen samen", future="Een kookboek met recepten uit de buurt",
       needs="Een vaste keuken", partners="Het buurthuis", wants_support="yes")
    do(actions.record_visit, id=ids[0], visitors="Céline", date="2026-12-04",
       now="De tuin draait goed", future="Een tweede perceel", needs="", wants_support="no")
    do(actions.set_lenses, id=ids[2], willingness="high", ability="low", internal="close",
       external="interwoven")
    do(actions.set_lenses, id=ids[6], willingness="high", ability="high", internal="loose",
       external="interwoven")
    # phase 3: decide with arguments, rotate, count stickers, engage
    do(actions.decide, id=ids[2], decision="engage", innovation="Nieuwe manier om lokaal voedsel te delen.",
       mission="Past bij onze focus op armoede en gezondheid.",
       argument="Sterke trekkers en een duidelijke vraag naar ondersteuning.")
    do(actions.decide, id=ids[6], decision="engage", innovation="Verbindt nieuwkomers en buren.",
       mission="Kern van onze opdracht rond samenleven.", argument="Vraagt zelf om hulp bij subsidies.")
    do(actions.decide, id=ids[0], decision="decline", innovation="Weinig nieuws.",
       mission="Eerder een taak voor de groendienst.",
       argument="Loopt goed zonder ons; ze vragen geen ondersteuning.",
       feedback="Bedanken voor het gesprek en de poster terugbezorgen.")
    do(actions.make_rotation, seed=5, minutes=7)
    engaged = [ids[2], ids[6]]
    for n, option in enumerate(session.support_options[:12]):
        for k, iid in enumerate(engaged):
            do(actions.set_stickers, initiative=iid, option=option.id, colour="green",
               count=(n * 3 + k * 5) % 7)
            do(actions.set_stickers, initiative=iid, option=option.id, colour="red",
               count=(n + k) % 3)
    extra = do(actions.add_option, initiative=ids[6], text="Een vaste keuken om in te koken", kind="tip",
               added_by="Elif")
    do(actions.sticker, initiative=ids[6], option=extra, colour="green", delta=4)
    # the plenum per initiative: the four questions, then "is anything missing?"
    do(actions.add_engagement, initiative=ids[2], what="Helpen bij een subsidieaanvraag voor koelcellen",
       answer="yes", why="Ze vroegen het zelf en wij kennen de weg.",
       how="Samen het dossier lezen; zij schrijven, wij lezen na.",
       steps="Oproep zoeken\nEerste versie samen nalezen", who="Bram", by_when="2027-01-31",
       option=session.support_options[10].id)
    do(actions.add_engagement, initiative=ids[2], what="De verdeling zelf organiseren",
       answer="no", why="Dan nemen we het over; het initiatief moet van hen blijven.")
    do(actions.close_plenum, id=ids[2], missing_answer="yes",
       missing="Niemand dacht aan de buren zonder internet: daarover praten we bij het volgende gesprek.")
    do(actions.add_engagement, initiative=ids[6], what="Keuken van het buurthuis openstellen op dinsdag",
       answer="yes", why="Hun grootste nood, en wij beheren het buurthuis.",
       how="Een sleutelregeling met de beheerder", who="Elif, Fatima", by_when="2027-02-15",
       option=extra)
    # step 3.4: going back, and feedback and thanks to the initiative we said no to
    do(actions.set_appointment, id=ids[2], who="Bram, Annelies", whom="Sara en de trekkers",
       date="2027-01-12", time="19:30", time_needed="1 uur",
       still_needed="De voorwaarden van de subsidie", act_together="Zij trekken, wij denken mee",
       report_back="Elke maand een kort bericht in hun WhatsApp-groep")
    do(actions.set_appointment, id=ids[6], who="Elif", whom="Ayşe", date="2027-01-08",
       time="14:00", time_needed="1 uur", still_needed="Het sleutelplan van het buurthuis",
       act_together="Samen de eerste kookavond in de nieuwe keuken", report_back="Na elke kookavond even bellen")
    do(actions.set_appointment, id=ids[0], who="Céline", date="2026-12-20", done=True)
    # phase 4: the plan adds what phase 3 did not have yet; the initiative stays theirs
    do(actions.add_plan_action, initiative=ids[2], what="Samen de subsidieaanvraag schrijven",
       who="Bram", by_when="2027-01-20")
    do(actions.add_plan_action, initiative=ids[2], what="Vrijwilligers zoeken voor de verdeling",
       owner="initiative", by_when="2027-02-01")
    first = do(actions.add_plan_action, initiative=ids[6], what="Afspraak met de beheerder van het buurthuis",
               who="Fatima", by_when="2027-01-10")
    do(actions.set_plan_status, id=first, status="doing")
    do(actions.add_plan_action, initiative=ids[6], what="Hygiëneopleiding voor de koks",
       owner="partner", partner="Het Rode Kruis", by_when="2027-03-01")
    do(actions.set_cooperation, id=ids[2],
       strategy="Het voedselteam beslist; wij ondersteunen met kennis van subsidies.",
       communication="Een gezamenlijk bericht in de buurtkrant; het voortgangsrapport aan de stad schrijven zij, wij lezen mee.")
    # phase 5: the fiche "Organiseren van de organisatie"
    do(actions.set_challenge, group="planning", applies="yes",
       examples="Onze jaarplanning laat geen ruimte voor vragen die tussendoor komen")
    do(actions.add_proposal, challenge="planning",
       text="Een vrije buffer van tien procent in elke planning", review_date="2027-06-01")
    do(actions.set_challenge, group="leadership", applies="yes",
       examples="Medewerkers moeten elke uitgave vooraf laten goedkeuren")
    budget = do(actions.add_proposal, challenge="leadership",
                text="Een klein budget dat teams zelf mogen besteden", review_date="2027-03-15")
    do(actions.edit_proposal, id=budget, text="Een klein budget dat teams zelf mogen besteden",
       review_date="2027-03-15", review_result="Werkt: sneller ja tegen kleine vragen.")
    own = do(actions.set_challenge, group="other", name="Vrijwilligers van onze eigen werking",
             applies="yes", examples="Ze voelen zich soms opzijgezet door de nieuwe initiatieven")
    do(actions.add_proposal, challenge=own, text="Een gezamenlijk vrijwilligersfeest")
    do(actions.set_step, step="1.1")
    return session


def demo_version() -> str:
    """What the demo file is made of: this module, the default deck and option list, and
    the schema version. A new app version that changes any of them writes a new demo."""
    from hefboom_tui.model.session import SCHEMA_VERSION

    # a check sum, not a secure hash: it only tells versions apart, and hashlib (OpenSSL)
    # would cost more start-up time than the whole check
    data = b"\0".join([str(SCHEMA_VERSION).encode(), Path(__file__).read_bytes(),
                       *(_deck_asset(name) for name in ("default.toml", "support-options.toml"))])
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}"


def _deck_asset(name: str) -> bytes:
    here = Path(__file__).parent / "assets" / "decks" / name
    if here.is_file():  # the usual install: no importlib.resources at start-up
        return here.read_bytes()
    from importlib import resources

    return resources.files("hefboom_tui").joinpath("assets", "decks", name).read_bytes()


def demo_is_current(folder: Path) -> bool:
    """Whether ``folder`` holds the demo file as this version of the demo wrote it (or as
    the facilitator changed it since)."""
    try:
        stamp = (folder / STAMP).read_text(encoding="utf-8").strip()
        return session_path(folder, DEMO_NAME).is_file() and stamp == demo_version()
    except (OSError, UnicodeDecodeError):
        return False


def ensure_demo(folder: Path) -> Path:
    """The demo session in ``folder``, written only when it is missing or out of date."""
    if demo_is_current(folder):
        return session_path(folder, DEMO_NAME)
    return write_demo(folder)


def write_demo(folder: Path) -> Path:
    """Create or refresh the demo session in ``folder``; other sessions are never touched.
    The demo it replaces is kept as a backup."""
    from hefboom_tui.fsutil import LockTaken, atomic_write_text, session_lock
    from hefboom_tui.store import backups
    from hefboom_tui.store.errors import SaveError
    from hefboom_tui.store.snapshot import encode

    path = session_path(folder, DEMO_NAME)
    lock = session_lock(path)
    try:
        folder.mkdir(parents=True, exist_ok=True)  # the first session in a new folder
        lock.acquire()
    except LockTaken as exc:
        raise StoreError(t("demo.locked", path=path)) from exc
    except OSError as exc:
        raise SaveError(path, exc) from exc
    try:
        if path.is_file():
            backups.take_backup(path)
        atomic_write_text(path, encode(build_demo()).text())
        atomic_write_text(folder / STAMP, demo_version() + "\n")
    except OSError as exc:
        raise SaveError(path, exc) from exc
    finally:
        lock.release()
    return path
