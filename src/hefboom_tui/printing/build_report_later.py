"""The report from phase 3 on: decisions with arguments, tallies as bars, the engagements,
going back to the initiatives, the cooperation plan, feedback, and the organisation."""

from __future__ import annotations

from typing import Any

from hefboom_tui.i18n import t
from hefboom_tui.model.entities import Initiative
from hefboom_tui.printing import facts
from hefboom_tui.printing.context import Context
from hefboom_tui.printing.report_tables import BAR_MAX, bullets, named, section, table
from hefboom_tui.printing.views import Bar, Column, Section


def later_sections(ctx: Context) -> list[Section]:
    """Every section of the report from phase 3 on (those with nothing in them left out)."""
    return _decisions(ctx) + _appointments(ctx) + _plan(ctx) + _organisation(ctx)


def _yes_no(value: object) -> str:
    return t("applies.yes") if value in (True, "yes") else t("applies.no") if value in (
        False, "no") else "–"


def _decisions(ctx: Context) -> list[Section]:
    """Phase 3: every decision with its arguments, then per engaged initiative its tally and
    engagements."""
    decided = [i for i in ctx.session.initiatives if i.decision.decision]
    if not decided:
        return []
    mark = {"engage": "✓ " + t("decision.engage"), "decline": "✗ " + t("decision.decline")}
    rows: list[list[object]] = []
    for item in decided:
        d, where = item.decision, item.name
        rows.append([named(ctx, item), mark[d.decision],
                     ctx.text(d.argument, where, t("field.argument")),
                     ctx.text(d.innovation, where, t("field.innovation")),
                     ctx.text(d.mission, where, t("field.mission")),
                     ctx.text(d.feedback, where, t("field.feedback")),
                     ctx.text(facts.missing(item), where, t("print.missing"))])
    columns = [Column(t("col.name")), Column(t("col.decision"), nowrap=True),
               Column(t("field.argument")), Column(t("field.innovation")),
               Column(t("field.mission")), Column(t("field.feedback")),
               Column(t("print.missing"))]
    out = [section(ctx, t("print.report_decisions"), columns, rows)]
    out += [_engaged(ctx, item) for item in ctx.session.engaged()]
    return out


def _engaged(ctx: Context, item: Initiative) -> Section:
    """The sticker tally of one engaged initiative, and its concrete engagements."""
    counts = [(x.green, x.red, x.option) for x in ctx.session.tallies
              if x.initiative == item.id and (x.green or x.red)]
    counts.sort(key=lambda c: (-c[0], -c[1]))
    top = max([max(green, red) for green, red, _ in counts] or [1])
    rows: list[list[object]] = [
        [ctx.text(ctx.option_text.get(o, "?"), item.name, t("print.option")),
         Bar(green, BAR_MAX * green / top, mark="✓"),
         Bar(red, BAR_MAX * red / top, red=True, mark="✗")]
        for green, red, o in counts]
    blocks: list[object] = []
    if rows:
        blocks.append(table(ctx, [Column(t("print.option")),
                                  Column(t("print.green"), nowrap=True),
                                  Column(t("print.red"), nowrap=True)], rows))
    engagements: list[list[object]] = []
    for e in (e for e in ctx.session.engagements if e.initiative == item.id):
        extra: Any = e
        engagements.append([
            ctx.text(e.what, item.name, t("print.report_engagements")),
            _yes_no(getattr(extra, "answer", "yes")),
            ctx.text(str(getattr(extra, "why", "")), item.name, t("print.why")),
            ctx.text(str(getattr(extra, "how", "")), item.name, t("print.how")),
            ctx.text(str(getattr(extra, "steps", "")), item.name, t("print.steps")),
            ctx.text(ctx.who(e.who), item.name), e.by_when or "–"])
    if engagements:
        blocks.append(table(ctx, [
            Column(t("print.report_engagements")), Column(t("print.answer"), nowrap=True),
            Column(t("print.why")), Column(t("print.how")), Column(t("print.steps")),
            Column(t("field.who")), Column(t("field.by_when"), nowrap=True)], engagements))
    title = f"{item.code} {ctx.text(item.name, item.name)}"
    return Section(title, blocks or [t("print.none_yet")], level=3)


def _appointments(ctx: Context) -> list[Section]:
    """Step 3.4 and phase 4: going back to every decided initiative (or, in a session of
    schema 1, how we report back and the feedback given)."""
    decided = [i for i in ctx.session.initiatives if i.decision.decision]
    rows: list[list[object]] = []
    for item in decided:
        a = facts.appointment(item)
        if a is None:  # schema 1
            f = item.follow_up
            if f.reporting or f.feedback_given:
                rows.append([named(ctx, item), "", "", f.feedback_date or "–", "", "", "",
                             ctx.text(f.reporting, item.name, t("print.report_back")),
                             _yes_no(f.feedback_given)])
            continue
        if not (a.who or a.whom or a.date or a.still_needed or a.act_together
                or a.report_back or a.done):
            continue
        where = item.name
        rows.append([named(ctx, item), ctx.text(ctx.who(a.who), where),
                     ctx.text(a.whom, where, t("print.whom")), facts.when(a.date, a.time) or "–",
                     ctx.text(a.time_needed, where, t("field.time_needed")),
                     ctx.text(a.still_needed, where, t("print.still_needed")),
                     ctx.text(a.act_together, where, t("print.act_together")),
                     ctx.text(a.report_back, where, t("print.report_back")), _yes_no(a.done)])
    if not rows:
        return []
    return [section(ctx, t("print.report_appointments"), [
        Column(t("col.name")), Column(t("print.who_goes")), Column(t("print.whom")),
        Column(t("print.when"), nowrap=True), Column(t("field.time_needed")),
        Column(t("print.still_needed")), Column(t("print.act_together")),
        Column(t("print.report_back")), Column(t("print.done_col"), nowrap=True)], rows)]


def _plan(ctx: Context) -> list[Section]:
    """Phase 4: the joint strategy per engaged initiative and the cooperation plan."""
    session, out = ctx.session, []
    together: list[list[object]] = []
    for item in session.engaged():
        c = facts.cooperation(item)
        if c is not None and (c.strategy or c.communication):
            together.append([named(ctx, item),
                             ctx.text(c.strategy, item.name, t("print.strategy")),
                             ctx.text(c.communication, item.name, t("print.communication"))])
    if together:
        out.append(section(ctx, t("print.report_cooperation"), [
            Column(t("col.name")), Column(t("print.strategy")),
            Column(t("print.communication"))], together))
    codes = {i.id: i.code for i in session.initiatives}
    rows: list[list[object]] = []
    for action in session.plan:
        extra: Any = action
        code = codes.get(action.initiative, "?")
        owner = str(getattr(extra, "owner", "team"))
        carrier = t(f"print.owner.{owner}") if owner in ("team", "initiative", "partner") else owner
        partner = str(getattr(extra, "partner", "") or "")
        if owner == "partner" and partner:
            carrier += ": " + ctx.text(partner, code, t("print.owner"))
        rows.append([code, ctx.text(action.what, code, t("field.what")), carrier,
                     ctx.text(ctx.who(action.who), code), action.by_when or "–",
                     t("plan." + action.status)])
    if rows:
        out.append(section(ctx, t("print.report_plan"), [
            Column(t("col.code"), nowrap=True), Column(t("field.what")),
            Column(t("print.owner")), Column(t("field.who")),
            Column(t("field.by_when"), nowrap=True), Column(t("col.status"), nowrap=True)],
            rows))
    return out


def _organisation(ctx: Context) -> list[Section]:
    """Phase 5: the challenges of the fiche "Organiseren van de organisatie"."""
    rows: list[list[object]] = []
    for challenge in ctx.session.organisation:
        c: Any = challenge
        label = t("print.org." + c.group)
        if getattr(c, "name", ""):
            label += ": " + ctx.text(c.name, t("print.org.title"), t("print.challenge"))
        proposals: Any = c.proposals
        if isinstance(proposals, list):  # schema 2: proposals with their review
            cell: object = bullets([_proposal(ctx, p) for p in proposals])
        else:
            cell = ctx.text(str(proposals), t("print.org.title"), t("print.org.proposals"))
        rows.append([label, t("applies." + c.applies) if c.applies else "–",
                     ctx.text(c.examples, t("print.org.title"), t("print.org.examples")), cell,
                     c.review_date or "–"])
    if not rows:
        return []
    return [section(ctx, t("print.org.title"), [
        Column(t("print.challenge")), Column(t("print.org.applies")),
        Column(t("print.org.examples")), Column(t("print.org.proposals")),
        Column(t("field.review_date"), nowrap=True)], rows)]


def _proposal(ctx: Context, proposal: Any) -> str:
    """A proposal with its review date and, once reviewed, the result."""
    where = t("print.org.title")
    text = ctx.text(proposal.text, where, t("print.org.proposals"))
    if proposal.review_date:
        text += f" · {t('print.review_on', date=proposal.review_date)}"
    if proposal.review_result:
        text += " · ✓ " + ctx.text(proposal.review_result, where, t("print.review_result"))
    return text
