"""The poster's third flap is the citizens' own list from the visit: never what the visitor
had to bring (step 1.6), and blank lines to write on while the visit is still to come."""

from __future__ import annotations

from pathlib import Path

from print_helpers import needs_poppler, page_texts

from hefboom_tui.model import actions
from hefboom_tui.printing.pack import print_pack
from hefboom_tui.store.catalog import new_session

VISITOR_NEEDS = "Stiften en een verlengkabel meebrengen"
CITIZEN_NEEDS = "Een vaste ruimte voor de groentenkratten"
PARTNER = "de buurtregisseur"


def _session() -> object:
    session = new_session("Flap drie")
    actions.add_participant(session, name="Annelies")
    done = actions.add_initiative(session, name="Voedselteam Hoogstraat")
    later = actions.add_initiative(session, name="Repair Café Sint-Amands")
    for iid in (done, later):
        actions.choose(session, id=iid, chosen=True, why="sterk eigenaarschap",
                       principles=[])
        actions.set_agreement(session, id=iid, visitors="Annelies", date="2027-01-12",
                              visitor_needs=VISITOR_NEEDS)
    actions.record_visit(session, id=done, visitors="Annelies", date="2027-01-12",
                         needs=CITIZEN_NEEDS, partners=PARTNER, wants_support="yes")
    return session


@needs_poppler
def test_flap_three_holds_the_visits_needs_not_the_visitors(tmp_path: Path) -> None:
    result = print_pack(_session(), tmp_path / "posters.pdf", ("posters",))
    pages = [" ".join(text.split()) for text in page_texts(result.path)]
    visited = [p for p in pages if "Voedselteam" in p]
    assert visited and any(CITIZEN_NEEDS in p for p in visited)
    assert any(PARTNER in p for p in visited)
    assert not any(VISITOR_NEEDS in p for p in pages), "the visitor's needs are not flap 3"
    to_visit = [p for p in pages if "Repair" in p]
    assert to_visit and not any(CITIZEN_NEEDS in p for p in to_visit)
