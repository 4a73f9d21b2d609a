"""The report from phase 3 on: decisions with arguments, tallies as bars, the engagements,
going back to the initiatives, the joint strategy, then phases 4 and 5 cycle by cycle
(:mod:`build_report_cycles`)."""

from __future__ import annotations

from hefboom_tui.i18n import t
from hefboom_tui.model.entities import Initiative
from hefboom_tui.printing import facts
from hefboom_tui.printing.build_report_cycles import cycle_sections
from hefboom_tui.printing.context import Context
from hefboom_tui.printing.report_tables import BAR_MAX, named, section, table
from hefboom_tui.printing.views import Bar, Column, Section


def later_sections(ctx: Context) -> list[Section]:
    """Every section of the report from phase 3 on (those with nothing in them left out)."""
    return _decisions(ctx) + _appointments(ctx) + _cooperation(ctx) + cycle_sections(ctx)


def _yes_no(value: bool | str) -> str:
    return t("applies.yes") if value in (True, "yes") else t("applies.no")


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
                     ctx.text(d.missing, where, t("print.missing"))])
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
    added: list[list[object]] = [
        [ctx.text(ctx.option_text.get(o.id, ""), item.name, t("print.option")),
         ctx.text(o.added_by, item.name, t("field.added_by"))]
        for o in ctx.session.support_options if o.initiative == item.id]
    if added:  # options a member added to this initiative's list during the round
        blocks.append(table(ctx, [Column(t("print.added_options")),
                                  Column(t("field.added_by").capitalize())], added))
    engagements: list[list[object]] = []
    for e in (e for e in ctx.session.engagements if e.initiative == item.id):
        engagements.append([
            ctx.text(e.what, item.name, t("print.report_engagements")), _yes_no(e.answer),
            ctx.text(e.why, item.name, t("print.why")),
            ctx.text(e.how, item.name, t("print.how")),
            ctx.text(e.steps, item.name, t("print.steps")),
            ctx.text(ctx.who(e.who), item.name), e.by_when or "–"])
    if engagements:
        blocks.append(table(ctx, [
            Column(t("print.report_engagements")), Column(t("print.answer"), nowrap=True),
            Column(t("print.why")), Column(t("print.how")), Column(t("print.steps")),
            Column(t("field.who")), Column(t("field.by_when"), nowrap=True)], engagements))
    title = f"{item.code} {ctx.text(item.name, item.name)}"
    return Section(title, blocks or [t("print.none_yet")], level=3)


def _appointments(ctx: Context) -> list[Section]:
    """Step 3.4 and phase 4: going back to every decided initiative (for a declined one:
    who brings the feedback and the thanks, when, and whether it was done)."""
    decided = [i for i in ctx.session.initiatives if i.decision.decision]
    rows: list[list[object]] = []
    for item in decided:
        a = item.appointment
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


def _cooperation(ctx: Context) -> list[Section]:
    """Phase 4: the joint strategy and the communication agreed with each engaged initiative."""
    rows: list[list[object]] = []
    for item in ctx.session.engaged():
        c = item.cooperation
        if c.strategy or c.communication:
            rows.append([named(ctx, item), ctx.text(c.strategy, item.name, t("print.strategy")),
                         ctx.text(c.communication, item.name, t("print.communication"))])
    if not rows:
        return []
    return [section(ctx, t("print.report_cooperation"), [
        Column(t("col.name")), Column(t("print.strategy")),
        Column(t("print.communication"))], rows)]
