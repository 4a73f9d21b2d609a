"""The report's phases 4 and 5 cycle by cycle: every closed cycle as read-only history (its
"never done" evaluation, its plan and its phase 5 record, as they were when it closed), then
the current cycle's plan and record. A session still in its first cycle shows the current
plan and record alone, without cycle headings."""

from __future__ import annotations

from collections.abc import Collection

from hefboom_tui.i18n import t
from hefboom_tui.model.organisation import (
    EVALUATION_QUESTIONS,
    OWN,
    Challenge,
    CycleRecord,
    Proposal,
    challenge_order,
)
from hefboom_tui.model.plan import PlanLine, plan_lines
from hefboom_tui.printing.context import Context
from hefboom_tui.printing.report_tables import bullets, section
from hefboom_tui.printing.views import Column, Section


def cycle_sections(ctx: Context) -> list[Section]:
    """Phases 4 and 5 of every closed cycle, oldest first, then of the current one."""
    session = ctx.session
    if not session.cycles:
        return _plan(ctx, session.cycle, 2) + _organisation(ctx, session.organisation, 2,
                                                            session.cycle)
    out: list[Section] = []
    for record in session.cycles:
        carried = t("org.history_carried", actions=len(record.carried_actions),
                    proposals=len(record.carried_proposals))
        out.append(Section(t("print.report_cycle_closed", cycle=record.number,
                             date=record.closed or "–"), [carried]))
        out.append(_evaluation(ctx, record))
        onward = set(record.carried_actions) | set(record.carried_proposals)
        out += _plan(ctx, record.number, 3, always=True, onward=onward)
        out += _organisation(ctx, record.organisation, 3, record.number, always=True,
                             onward=onward)
    out.append(Section(t("print.report_cycle_current", cycle=session.cycle)))
    out += _plan(ctx, session.cycle, 3, always=True)
    out += _organisation(ctx, session.organisation, 3, session.cycle, always=True)
    return out


def _evaluation(ctx: Context, record: CycleRecord) -> Section:
    """The answers to the "never done" questions given when ``record`` closed."""
    where = t("print.report_evaluation")
    rows: list[list[object]] = [
        [t(f"cycle.q.{key}"), ctx.text(getattr(record.evaluation, key), where)]
        for key in EVALUATION_QUESTIONS if getattr(record.evaluation, key)]
    return section(ctx, where, [Column(t("print.question")), Column(t("print.answer_text"))],
                   rows, level=3)


def _carrier(ctx: Context, line: PlanLine, where: str) -> str:
    """Who carries a plan line: the team members, the initiative itself, or the partner."""
    if line.owner == "partner":
        return t("print.owner.partner") + (
            ": " + ctx.text(line.partner, where, t("print.owner")) if line.partner else "")
    if line.owner == "initiative":
        return t("print.owner.initiative")
    return ctx.text(ctx.who(list(line.who)), where) or t("print.owner.team")


def _marks(item_id: str, carried_from: str, cycle: int, onward: Collection[str]) -> str:
    """" (carried over from cycle 1)", " (carried over to cycle 3)", both, or nothing."""
    marks = ([t("print.carried", cycle=cycle - 1)] if carried_from else []) + (
        [t("print.carried_on", cycle=cycle + 1)] if item_id in onward else [])
    return f" ({'; '.join(marks)})" if marks else ""


def _plan(ctx: Context, cycle: int, level: int, always: bool = False,
          onward: Collection[str] = ()) -> list[Section]:
    """The phase 4 plan of ``cycle``: the appointment, the engagements answered yes and the
    actions of every engaged initiative, as the plan screen puts them together (``onward``:
    the ids carried over into the next cycle)."""
    codes = {i.id: i.code for i in ctx.session.initiatives}
    rows: list[list[object]] = []
    for line in plan_lines(ctx.session, cycle=cycle):
        code = codes.get(line.initiative, "?")
        what = ctx.text(line.what, code, t("field.what")) + _marks(
            line.id, line.carried_from, cycle, onward)
        rows.append([code, t(f"acting.source.{line.source}"), what,
                     _carrier(ctx, line, code), f"{line.when} {line.time}".strip() or "–",
                     t("plan." + line.status)])
    if not rows and not always:
        return []
    return [section(ctx, t("print.report_plan"), [
        Column(t("col.code"), nowrap=True), Column(t("export.col.source")),
        Column(t("field.what")), Column(t("print.owner")),
        Column(t("field.by_when"), nowrap=True), Column(t("col.status"), nowrap=True)],
        rows, level)]


def challenge_label(challenge: Challenge) -> str:
    """A challenge's name: its group's, or the team's own name for it."""
    if challenge.group == OWN and challenge.name:
        return challenge.name
    return t(f"org.group.{challenge.group}")


def proposal_text(ctx: Context, proposal: Proposal, cycle: int,
                  onward: Collection[str] = ()) -> str:
    """A proposal with its review date and its review result (or that it has none yet)."""
    where = t("print.report_organisation")
    text = ctx.text(proposal.text, where, t("org.proposals")) + _marks(
        proposal.id, proposal.carried_from, cycle, onward)
    if proposal.review_date:
        text += f" · {t('print.review_on', date=proposal.review_date)}"
    result = ctx.text(proposal.review_result, where, t("print.review_result"))
    return text + " · " + (f"✓ {result}" if result else t("org.not_reviewed"))


def _organisation(ctx: Context, challenges: list[Challenge], level: int, cycle: int,
                  always: bool = False,
                  onward: Collection[str] = ()) -> list[Section]:
    """Phase 5 of one cycle: per challenge whether it applies, examples, and proposals."""
    where = t("print.report_organisation")
    rows: list[list[object]] = []
    for c in sorted(challenges, key=challenge_order):
        rows.append([ctx.text(challenge_label(c), where, t("print.challenge")),
                     t("applies." + c.applies) if c.applies else "–",
                     ctx.text(c.examples, where, t("org.examples")),
                     bullets([proposal_text(ctx, p, cycle, onward) for p in c.proposals])])
    if not rows and not always:
        return []
    return [section(ctx, where, [
        Column(t("print.challenge")), Column(t("org.col.applies"), nowrap=True),
        Column(t("print.examples")), Column(t("org.proposals"))], rows, level)]
