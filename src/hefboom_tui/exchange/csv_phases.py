"""The blocks of the CSV export: every phase of the method and every cycle.

Each block is a title row, a row of column names, and the data rows; ``export.write_csv``
writes them with an empty row between blocks and every cell made safe for a spreadsheet."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hefboom_tui.i18n import language, t
from hefboom_tui.model.organisation import Challenge, all_proposals
from hefboom_tui.model.plan import plan_lines
from hefboom_tui.model.plenum import principles_list, strong_ranking
from hefboom_tui.model.session import Session

Section = tuple[list[str], list[list[Any]]]


def _section(title: str, columns: list[str], rows: list[list[Any]]) -> Section:
    return [title], [columns, *rows]


def _cols(*keys: str) -> list[str]:
    return [t(f"field.{k}") if not k.startswith("export.") else t(k) for k in keys]


def _yes(value: bool) -> str:
    return t("answer.yes") if value else t("answer.no")


def _lines(items: list[str]) -> str:
    return " · ".join(items)


def challenge_name(challenge: Challenge) -> str:
    """The challenge's own name, or its group's."""
    return challenge.name or t(f"org.group.{challenge.group}")


def csv_sections(session: Session) -> list[Section]:
    """Every block of the CSV export, phase by phase, then cycle by cycle."""
    names = {p.id: p.name for p in session.participants}
    cards = {c.id: c for c in session.cards}

    def who(ids: list[str] | tuple[str, ...]) -> str:
        return ", ".join(names.get(v, v) for v in ids)

    lang = language()
    sections = [_section(t("export.section.initiatives"), _cols(
        "export.col.code", "name", "description", "contact", "theme", "scope", "mode", "size",
        "origin", "added_by", "export.col.round", "status", "why", "principles",
        "principles_note", "doubts", "visitors", "date", "time", "time_needed",
        "visitor_needs"), [
        [i.code, i.name, i.description, i.contact, i.theme, i.scope, i.mode, i.size, i.origin,
         i.added_by, i.round, i.status, i.choice.why,
         _lines([cards[c].text_in(lang) for c in i.choice.principles if c in cards]),
         i.choice.principles_note, i.choice.doubts, who(i.agreement.visitors),
         i.agreement.date, i.agreement.time, i.agreement.time_needed,
         i.agreement.visitor_needs]
        for i in session.initiatives])]
    principle = {p.id: p for p in session.principles}
    members = {d.id: who(d.members) for d in session.duos}
    sections.append(_section(t("export.section.judgements"), _cols(
        "export.col.duo", "visitors", "principle", "export.col.card", "verdict", "argument"), [
        [j.duo.upper(), members.get(j.duo, ""),
         principle[cards[j.card].principle].name if cards[j.card].principle in principle else "",
         cards[j.card].text_in(lang), t("verdict." + j.verdict), j.argument]
        for j in session.judgements if j.card in cards and j.verdict != "undecided"]))
    sections.append(_section(t("export.principles_list"), _cols("principle", "export.col.card"),
                             [[principle[c.principle].name if c.principle in principle
                               else c.principle, c.text] for c in principles_list(session)]))
    by_id = {i.id: i for i in session.initiatives}
    sections.append(_section(t("export.strong"), _cols(
        "export.col.rank", "export.col.code", "name", "export.col.marks"),
        [[r, by_id[i].code, by_id[i].name, n] for r, i, n in strong_ranking(session)]))
    sections.append(_section(t("export.section.visits"), _cols(
        "export.col.code", "name", "date", "visitors", "now", "future", "needs", "partners",
        "wants_support", "notes"), [
        [i.code, i.name, i.visit.date, who(i.visit.visitors), _lines(i.visit.now),
         _lines(i.visit.future), _lines(i.visit.needs), _lines(i.visit.partners),
         t("wants." + (i.visit.wants_support or "open")), i.visit.notes]
        for i in session.initiatives if i.visit.done]))
    decided = [i for i in session.initiatives if i.decision.decision]
    sections.append(_section(t("export.section.decisions"), _cols(
        "export.col.code", "name", "decision", "argument", "innovation", "mission", "feedback",
        "missing", "export.col.cycle"), [
        [i.code, i.name, t("decision." + i.decision.decision), i.decision.argument,
         i.decision.innovation, i.decision.mission, i.decision.feedback, i.decision.missing,
         i.decision.cycle] for i in decided]))
    sections.append(_section(t("export.section.engagements"), _cols(
        "export.col.code", "name", "answer", "what", "why_engagement", "how", "steps", "who",
        "by_when", "status", "export.col.cycle"), [
        [by_id[e.initiative].code if e.initiative in by_id else "", by_id[e.initiative].name
         if e.initiative in by_id else "", t("answer." + e.answer), e.what, e.why, e.how,
         e.steps, who(e.who), e.by_when, t("plan." + e.status), e.cycle]
        for e in session.engagements]))
    sections.append(_section(t("export.section.appointments"), _cols(
        "export.col.code", "name", "decision", "who", "whom", "date", "time", "time_needed",
        "still_needed", "act_together", "report_back", "export.col.done"), [
        [i.code, i.name, t("decision." + i.decision.decision), who(i.appointment.who),
         i.appointment.whom, i.appointment.date, i.appointment.time, i.appointment.time_needed,
         i.appointment.still_needed, i.appointment.act_together, i.appointment.report_back,
         _yes(i.appointment.done)] for i in decided]))
    sections += _phase4(session, who)
    sections += _phase5(session)
    sections.append(_section(t("screen.parking"), [
        t("col.question"), t("field.added_by").capitalize(), t("col.step"), t("col.done")],
        [[n.text, n.by, n.step, _yes(n.done)] for n in session.parking]))
    return sections


def _phase4(session: Session, who: Callable[[tuple[str, ...]], str]) -> list[Section]:
    codes = {i.id: i.code for i in session.initiatives}
    rows = []
    for cycle in range(1, session.cycle + 1):
        for line in plan_lines(session, cycle=cycle):
            carrier = line.partner if line.owner == "partner" else who(line.who)
            rows.append([cycle, codes.get(line.initiative, ""),
                         t("acting.source." + line.source), line.what,
                         t("owner." + line.owner), carrier, line.when, line.time,
                         t("plan." + line.status), line.carried_from])
    plan = _section(t("export.section.plan"), _cols(
        "export.col.cycle", "export.col.code", "export.col.source", "what", "owner", "who",
        "by_when", "time", "status", "export.col.carried_from"), rows)
    cooperation = _section(t("export.section.cooperation"), _cols(
        "export.col.code", "name", "strategy", "communication"), [
        [i.code, i.name, i.cooperation.strategy, i.cooperation.communication]
        for i in session.engaged() if i.cooperation.strategy or i.cooperation.communication])
    return [plan, cooperation]


def _phase5(session: Session) -> list[Section]:
    records = [(r.number, r.organisation) for r in session.cycles]
    records.append((session.cycle, session.organisation))
    rows: list[list[Any]] = []
    for number, challenges in records:
        with_proposals = {c.id for c, _ in all_proposals(challenges)}
        for challenge, proposal in all_proposals(challenges):
            rows.append([number, challenge_name(challenge), challenge.applies and t(
                "applies." + challenge.applies), challenge.examples, proposal.text,
                proposal.review_date, proposal.review_result, proposal.carried_from])
        for challenge in challenges:
            if challenge.id not in with_proposals:
                rows.append([number, challenge_name(challenge), challenge.applies and t(
                    "applies." + challenge.applies), challenge.examples, "", "", "", ""])
    organisation = _section(t("export.section.organisation"), _cols(
        "export.col.cycle", "group", "applies", "examples", "proposal", "review_date",
        "review_result", "export.col.carried_from"), rows)
    evaluations = _section(t("export.section.cycles"), _cols(
        "export.col.cycle", "closed", "steps_taken", "results", "obstacles", "cooperation",
        "next_actions"), [
        [r.number, r.closed, r.evaluation.steps_taken, r.evaluation.results,
         r.evaluation.obstacles, r.evaluation.cooperation, r.evaluation.next_actions]
        for r in session.cycles])
    return [organisation, evaluations]
