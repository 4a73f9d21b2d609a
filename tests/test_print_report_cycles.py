"""The report PDF holds phases 1–5 and every cycle: each closed cycle's evaluation, plan and
phase 5 record as read-only history (as they were when it closed), then the current cycle."""

from __future__ import annotations

from pathlib import Path

from model_helpers import apply
from print_helpers import flat, needs_poppler, page_texts
from test_method_cycles import cycle_session

from hefboom_tui.i18n import t
from hefboom_tui.model.session import Session
from hefboom_tui.printing.pack import print_pack

pytestmark = needs_poppler


def two_cycles() -> Session:
    """Cycle 1 closed (an engagement carried over, a proposal reviewed, one carried over),
    cycle 2 with its own action, challenge and proposal."""
    session, ids = cycle_session()
    apply(session, "set_challenge", {"group": "leadership", "applies": "yes",
                                     "examples": "Elke uitgave vraagt drie handtekeningen"})
    kept = str(apply(session, "add_proposal", {"challenge": "leadership",
                                               "text": "Een eigen werkingsbudget",
                                               "review_date": "2027-03-01"}))
    done = str(apply(session, "add_proposal", {"challenge": "leadership",
                                               "text": "Maandelijkse intervisie"}))
    apply(session, "edit_proposal", {"id": done, "text": "Maandelijkse intervisie",
                                     "review_result": "Loopt goed, blijft"})
    own = str(apply(session, "set_challenge", {"group": "other", "name": "Huisvesting"}))
    apply(session, "add_proposal", {"challenge": own, "text": "Een lokaal delen"})
    engagement = next(e.id for e in session.engagements)
    apply(session, "new_cycle", {"closed": "2027-06-30", "steps_taken": "Twee bezoeken gebracht",
                                 "obstacles": "Te weinig witte tijd",
                                 "carry_actions": [engagement], "carry_proposals": [kept]})
    apply(session, "add_plan_action", {"initiative": ids[0], "what": "Buurtfeest mee trekken",
                                       "owner": "partner", "partner": "Buurtwerk Noord"})
    apply(session, "set_challenge", {"group": "communication", "applies": "yes",
                                     "examples": "Niemand kent onze nieuwsbrief"})
    apply(session, "add_proposal", {"challenge": "communication", "text": "Een wijkkrant",
                                    "review_date": "2027-12-01"})
    return session


def test_the_report_holds_every_cycle(tmp_path: Path) -> None:
    session = two_cycles()
    result = print_pack(session, tmp_path / "report.pdf", ("report",))
    # in drawing order: a table cell's lines stay together
    text = flat("".join(page_texts(result.path, raw=True)))
    closed = flat(t("print.report_cycle_closed", cycle=1, date="2027-06-30"))
    current = flat(t("print.report_cycle_current", cycle=2))
    assert closed in text and current in text
    history, now = text[text.index(closed):text.index(current)], text[text.index(current):]
    # cycle 1, as it was when it closed: evaluation, plan (done and open lines), phase 5
    for value in ("Twee bezoeken gebracht", "Te weinig witte tijd", "Bellen", "Folder maken",
                  "Subsidie", "Elke uitgave vraagt drie handtekeningen",
                  "Een eigen werkingsbudget", "Maandelijkse intervisie", "Loopt goed, blijft",
                  "Huisvesting", "Een lokaal delen", t("org.group.leadership")):
        assert flat(value) in history, value
    assert flat("Buurtfeest") not in history and flat("wijkkrant") not in history
    # cycle 2: its own action by a partner, the carried engagement and proposal, its record
    for value in ("Buurtfeest mee trekken", "Buurtwerk Noord", "Subsidie",
                  "Een eigen werkingsbudget", t("print.carried", cycle=1), "Een wijkkrant",
                  "2027-12-01", "Niemand kent onze nieuwsbrief",
                  t("org.group.communication")):
        assert flat(value) in now, value
    assert flat("Maandelijkse intervisie") not in now  # reviewed: it stayed in cycle 1
    assert history.count(flat(t("print.carried_on", cycle=2))) == 2  # an action, a proposal


def test_a_first_cycle_has_no_cycle_headings(tmp_path: Path) -> None:
    session, _ids = cycle_session()
    result = print_pack(session, tmp_path / "report.pdf", ("report",))
    text = flat("".join(page_texts(result.path, raw=True)))
    for value in ("Folder maken", "Bellen", "Subsidie", t("print.report_plan")):
        assert flat(value) in text, value
    assert flat(t("print.report_cycle_current", cycle=1)) not in text
